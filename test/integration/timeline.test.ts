// Tidsplan through the server API: seeded once from the settings, overdue computed when read,
// statuses set by row, her own rows kept.
import { harness, type Harness } from '../helpers/harness';

describe('timeline', () => {
  let h: Harness;

  beforeAll(() => {
    h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ coordinatorInitials: 'SK', periodStart: '2025-10-01', periodEnd: '2026-06-30' });
    h.api.setupWorkbook();
  });

  it('seeds the six activities with the initials and end-of-month deadlines, shown dd-mm-yyyy', () => {
    const rows = h.api.getTimeline();
    expect(rows.map((r) => [r.row, r.month, r.activity, r.responsible, r.deadline, r.status])).toEqual([
      [2, 'Oktober', 'PR, informationsmøder med fagpersoner, annoncering', 'SK', '2025-10-31', 'Planlagt'],
      [3, 'November', 'Informationsmøder for potentielle deltagere', 'SK', '2025-11-30', 'Planlagt'],
      [4, 'December', 'Rekrutteringssamtaler', 'SK', '2025-12-31', 'Planlagt'],
      [5, 'Januar', 'Planlægning og aftaler med undervisere', 'SK', '2026-01-31', 'Planlagt'],
      [6, 'Marts–juni', 'Uddannelsen', 'SK', '2026-06-30', 'Planlagt'],
      [7, 'Juni', 'Diplomoverrækkelse og afslutning', 'SK', '2026-06-30', 'Planlagt'],
    ]);
    expect(rows.filter((r) => r.overdue).map((r) => r.row)).toEqual([2, 3, 4]);
    expect(h.emu.sheetDisplayValues('Tidsplan')[1][3]).toBe('31-10-2025');
    expect(h.emu.sheetValues('Tidsplan')[1][3]).toBeInstanceOf(Date);
  });

  it('sets a status by row, clears the overdue flag when Færdig, and refuses bad input', () => {
    const { api, emu } = h;
    emu.calls.reset();
    const rows = api.setTimelineStatus(2, 'Færdig');
    expect(emu.calls.count('Spreadsheet')).toBeLessThanOrEqual(8);
    expect(rows.find((r) => r.row === 2)).toMatchObject({ status: 'Færdig', overdue: false });
    expect(api.setTimelineStatus(3, 'i gang').find((r) => r.row === 3)).toMatchObject({
      status: 'I gang',
      overdue: true,
    });
    const before = JSON.stringify(emu.sheetValues('Tidsplan'));
    expect(() => api.setTimelineStatus(4, 'Done')).toThrow(
      /Status «Done» findes ikke\. Vælg en af: Planlagt, I gang, Færdig/,
    );
    expect(() => api.setTimelineStatus(1, 'Færdig')).toThrow(/Række 1 er ikke en aktivitet/);
    expect(() => api.setTimelineStatus(99, 'Færdig')).toThrow(/Række 99 er ikke en aktivitet/);
    expect(() => api.setTimelineStatus(2.5, 'Færdig')).toThrow(/ikke en aktivitet/);
    expect(JSON.stringify(emu.sheetValues('Tidsplan'))).toBe(before);
  });

  it('keeps her own rows and her edits when setup runs again, and does not re-add deleted activities', () => {
    const { api, emu } = h;
    const sheet = emu.spreadsheet.getSheetByName('Tidsplan')!;
    sheet.appendRow(['Februar', 'Møde med kommunen', 'SK', new Date(2026, 0, 10), 'Planlagt', '']);
    sheet.getRange('C4').setValue('MH');
    sheet.deleteRow(7);
    api.saveSettings({ coordinatorInitials: 'XY' });
    api.setupWorkbook();
    const rows = api.getTimeline();
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.responsible)).toEqual(['SK', 'SK', 'MH', 'SK', 'SK', 'SK']);
    expect(rows.at(-1)).toMatchObject({
      activity: 'Møde med kommunen',
      deadline: '2026-01-10',
      overdue: true,
    });
    // The overdue colour rule and the status colours are there once.
    const rules = emu.sheetByName('Tidsplan')!.conditionalFormats;
    expect(rules.filter((r) => r.condition.type === 'CUSTOM_FORMULA')).toHaveLength(1);
    expect(rules.filter((r) => r.condition.type === 'TEXT_EQUAL_TO')).toHaveLength(2);
    expect(api.setTimelineStatus(7, 'Færdig').at(-1)!.overdue).toBe(false);
  });
});

describe('a deadline typed by hand', () => {
  /** Oversigt's "Forsinkede" figure, as its formula shows it now. */
  const overdueOnSheet = (h: Harness) =>
    h.emu.sheetValues('Oversigt').find((r) => r[0] === 'Færdige aktiviteter')![3];

  it('is a date cell in a Danish spreadsheet, so Oversigt counts it overdue as the API does', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ periodStart: '2025-10-01', periodEnd: '2026-06-30' });
    h.api.setupWorkbook();
    const frist = h.emu.spreadsheet.getSheetByName('Tidsplan')!.getRange(7, 4);
    frist.setValue('10-01-2026'); // typed the Danish way: the 10th of January, before today
    expect(Object.prototype.toString.call(frist.getValue())).toBe('[object Date]');
    const overdue = h.api.getTimeline().filter((r) => r.overdue);
    expect(overdue.map((r) => r.deadline)).toContain('2026-01-10');
    expect(overdueOnSheet(h)).toBe(overdue.length);
  });

  it('is refused where it is not a date (no such day, or day-first in a month-first locale), and the cell keeps its date', () => {
    for (const [locale, text] of [
      ['da_DK', '31-02-2026'],
      ['en_US', '31-05-2026'],
    ]) {
      const h = harness({ today: '2026-01-15', locale });
      h.api.setupWorkbook();
      const frist = h.emu.spreadsheet.getSheetByName('Tidsplan')!.getRange(2, 4);
      const before = frist.getValue() as Date;
      expect(() => frist.setValue(text)).toThrow(/violates the data validation/);
      expect((frist.getValue() as Date).getTime()).toBe(before.getTime());
      expect(h.api.getTimeline().filter((r) => r.overdue).length).toBe(overdueOnSheet(h));
    }
  });
});
