// Issue 13 §9: the demo cohort does not contradict itself — module dates, the project period,
// the timeline's months and deadlines and the ceremony come from one calendar, and the
// project leader's expenses put every hour on a task (the convention "Rekruttering: 5 t").
import { buildDemo, demoCalendar } from '../../dev/preview/demo';
import { compareDates, DANISH_MONTHS } from '../../src/core/dates';
import type { ServerApi } from '../../src/shared/api';
import { harness } from '../helpers/harness';

const TODAY = '2026-12-07';

describe('the demo cohort is coherent', () => {
  const h = harness({ today: TODAY });
  const api = h.api as unknown as ServerApi;
  // Typed by hand: a date typed dd-mm-yyyy becomes a date cell, as Sheets does in a Danish file.
  buildDemo(api, TODAY, (sheet, row, column, value) => {
    h.emu.spreadsheet.getSheetByName(sheet)!.getRange(row, column).setValue(value);
  });
  const settings = api.getSettings();
  const inPeriod = (iso: string) =>
    compareDates(iso, settings.periodStart) >= 0 && compareDates(iso, settings.periodEnd) <= 0;

  it('holds ten modules up to today, every module and the ceremony inside the project period', () => {
    const modules = api.getModules();
    expect(modules.filter((m) => m.held)).toHaveLength(10);
    for (const m of modules) expect([m.nr, inPeriod(m.date)]).toEqual([m.nr, true]);
    expect(compareDates(settings.ceremonyDate, modules[modules.length - 1].date)).toBeGreaterThan(0);
    expect(inPeriod(settings.ceremonyDate)).toBe(true);
    expect(settings.periodStart).toBe(demoCalendar(TODAY).periodStart);
  });

  it('has a timeline whose months and deadlines follow the course, inside the period', () => {
    const timeline = api.getTimeline();
    // The deadlines she typed are dates, so Oversigt's overdue count is the API's.
    const oversigt = h.emu.sheetValues('Oversigt').find((r) => r[0] === 'Færdige aktiviteter')!;
    expect(oversigt[3]).toBe(timeline.filter((r) => r.overdue).length);
    const deadlines = timeline.map((r) => r.deadline);
    for (const d of deadlines) expect(inPeriod(d)).toBe(true);
    expect([...deadlines].sort()).toEqual(deadlines);
    const course = timeline.find((r) => r.activity === 'Uddannelsen')!;
    const modules = api.getModules();
    expect(course.deadline).toBe(modules[modules.length - 1].date);
    // "September–januar" for a course from 29-09-2026 to 05-01-2027: the month it names is the month it runs.
    expect(course.month.toLowerCase()).toContain(DANISH_MONTHS[Number(modules[0].date.slice(5, 7)) - 1]);
    expect(timeline.find((r) => r.activity.startsWith('Diplomoverrækkelse'))!.deadline).toBe(
      settings.ceremonyDate,
    );
  });

  it('puts every project-leader hour on a task, and every expense inside the period', () => {
    const b = api.getBudget() as ReturnType<ServerApi['getBudget']> & {
      leaderHours: { unassignedHours: number; tasks: { task: string; used: number }[] };
    };
    expect(b.leaderHours.unassignedHours).toBe(0);
    expect(b.leaderHours.tasks.every((t) => t.used > 0)).toBe(true);
    for (const x of api.getExpenses()) expect([x.row, inPeriod(x.date)]).toEqual([x.row, true]);
  });
});
