// Issue 13 §1 (and the follow-up counts of issue 15 §2): Oversigt is always current. Its
// figures are formulas that read the sheets, so after every writer — and after hand edits,
// at the latest when the next sidebar opens — every figure equals what getAttendance,
// getBudget, the timeline and the diploma state say. Each check below recomputes the
// expectation from the API (and the raw Diplom cells), never from Oversigt's own code.
import { formatShare } from '../../src/core/attendance';
import { t, type MessageKey } from '../../src/core/i18n';
import { PERSON_STATUSES } from '../../src/shared/api';
import { harness, type Harness } from '../helpers/harness';

type Emu = Harness['emu'];
const L = (k: MessageKey, p?: Record<string, string | number>) => t('da', k, p);

function oversigt(emu: Emu): unknown[][] {
  return emu.sheetValues('Oversigt');
}

function rowOf(values: unknown[][], label: string): unknown[] {
  const found = values.find((r) => r[0] === label);
  if (!found) throw new Error(`Oversigt has no row «${label}»`);
  return found;
}

/** Every figure of Oversigt against the API, at this moment. */
function expectCurrent(h: Harness): void {
  const { api, emu } = h;
  const v = oversigt(emu);
  const persons = api.listPersons();
  const status = new Map(persons.map((p) => [p.id, p.status]));
  const count = (s: string) => persons.filter((p) => p.status === s).length;

  // Recruitment
  expect(rowOf(v, L('budgetOverviewApplicants'))[1]).toBe(persons.length);
  for (const s of PERSON_STATUSES) expect([s, rowOf(v, s)[1]]).toEqual([s, count(s)]);
  const admitted = rowOf(v, L('budgetOverviewAdmitted'));
  expect(admitted[1]).toBe(count('Optaget') + count('Frafaldet') + count('Uddannet'));
  expect(admitted[4]).toBe(count('Optaget') + count('Uddannet'));

  // Follow-up of graduates (Personer's Aktiv bydelsmor and Uddannelse/job, read raw)
  const personer = emu.sheetValues('Personer');
  const head = personer[0].map(String);
  const graduates = personer.slice(1).filter((r) => r[head.indexOf('Status')] === 'Uddannet');
  const col = (name: string) => head.indexOf(name);
  for (const [label, column] of [
    [L('budgetOverviewActiveVolunteers'), 'Aktiv bydelsmor'],
    [L('budgetOverviewEducationJob'), 'Uddannelse/job'],
  ] as const) {
    expect(rowOf(v, label).slice(1, 4)).toEqual([
      graduates.filter((r) => r[col(column)] === 'Ja').length,
      graduates.filter((r) => /^(ja|nej)$/i.test(String(r[col(column)]).trim())).length,
      graduates.length,
    ]);
  }

  // Attendance: getAttendance, leaving out dropouts as the dashboard does
  const rows = api.getAttendance();
  const onCourse = rows.filter((r) => status.get(r.id) !== 'Frafaldet');
  const T = api.getSettings().modules;
  const held = rows.length > 0 ? rows[0].held : 0;
  const participants = rowOf(v, L('budgetOverviewParticipants'));
  expect(participants[1]).toBe(onCourse.length);
  expect(participants[3]).toBe(`${held} / ${T}`);
  const rates = onCourse.map((r) => r.rate).filter((r): r is number => r !== null);
  const average = rowOf(v, L('budgetOverviewAverageRate'))[1];
  if (rates.length === 0) expect(average).toBe('–');
  else expect(average).toBeCloseTo(rates.reduce((s, r) => s + r, 0) / rates.length, 3);
  const flags = (code: string) => onCourse.filter((r) => r.status === code).length;
  expect(rowOf(v, L('attendanceStatusOk'))[1]).toBe(flags('ok'));
  expect(rowOf(v, L('attendanceStatusAtRisk'))[1]).toBe(flags('at_risk'));
  const share = api.getSettings().requiredShare;
  expect(rowOf(v, L('attendanceStatusBelow', { percent: formatShare(share, 'da') }))[1]).toBe(flags('below'));
  expect(rowOf(v, L('attendanceStatusCompleted'))[1]).toBe(flags('completed'));
  // Diplomas: the non-empty Diplom cells of Fremmøde.
  const fremmoede = emu.sheetValues('Fremmøde');
  const diplom = fremmoede[0].map(String).indexOf('Diplom');
  const made = fremmoede.slice(1).filter((r) => r[0] !== '' && r[diplom] !== '').length;
  expect(rowOf(v, L('budgetOverviewDiplomas'))[1]).toBe(`${made} / ${flags('completed')}`);
  // Per module: present marks, blank while not held.
  const heads = fremmoede[0].map(String);
  for (let m = 1; m <= T; m++) {
    const c = heads.indexOf(`M${m}`);
    const marks = fremmoede.slice(1).map((r) => String(r[c]).trim().toUpperCase());
    const isHeld = marks.some((x) => ['M', 'A', 'F'].includes(x));
    expect([m, rowOf(v, `M${m}`)[1]]).toEqual([m, isHeld ? marks.filter((x) => x === 'M').length : '']);
  }

  // Budget: getBudget, to the øre
  const b = api.getBudget();
  const spent = rowOf(v, L('budgetOverviewSpent'));
  expect(spent[1]).toBeCloseTo(b.spent, 2);
  expect(spent[3]).toBeCloseTo(b.remaining, 2);
  expect(rowOf(v, L('budgetOverviewGrant'))[3]).toBeCloseTo(b.budget, 2);
  expect(rowOf(v, L('budgetOverviewUnassigned'))[1]).toBeCloseTo(b.unassigned, 2);
  expect(rowOf(v, L('budgetOverviewOutlook'))[1]).toBe(outlook(b.pace.outlook));
  for (const line of b.lines) {
    const r = rowOf(v, line.line);
    expect([line.line, r[1], r[2], r[3]]).toEqual([
      line.line,
      line.budget,
      expect.closeTo(line.spent, 2),
      expect.closeTo(line.remaining, 2),
    ]);
    expect([line.line, r[6]]).toEqual([line.line, outlook(line.pace.outlook)]);
    if (line.pace.projected === null) expect(r[5]).toBe('–');
    else expect(r[5]).toBeCloseTo(line.pace.projected, 2);
  }

  // Timeline
  const timeline = api.getTimeline().filter((r) => r.activity !== '');
  const done = timeline.filter((r) => r.status === 'Færdig').length;
  const tl = rowOf(v, L('budgetOverviewTimelineDone'));
  expect(tl[1]).toBe(`${done} / ${timeline.length}`);
  expect(tl[3]).toBe(timeline.filter((r) => r.overdue).length);
}

function outlook(code: string): string {
  const key = `budgetOutlook${code.charAt(0).toUpperCase()}${code.slice(1)}` as MessageKey;
  return L(key);
}

describe('Oversigt is always current', () => {
  let h: Harness;
  beforeAll(() => {
    h = harness({ today: '2026-10-05' });
    h.api.saveSettings({
      modules: 3,
      coordinatorInitials: 'AB',
      periodStart: '2026-10-01',
      periodEnd: '2027-06-30',
      ceremonyDate: '2027-06-12',
    });
    h.api.setupWorkbook();
  });

  it('right after setup', () => {
    expectCurrent(h);
  });

  it('after every writer of a season, without any refresh', () => {
    const { api } = h;
    const ids = ['Amal', 'Hodan', 'Søs', 'Leyla', 'Fatima'].map(
      (n) => api.addPerson({ name: `${n} Test`, area: 'Hedeparken' }).id,
    );
    expectCurrent(h);
    for (const id of ids.slice(0, 4)) api.setPersonStatus(id, 'Optaget');
    api.setPersonStatus(ids[4], 'Ikke optaget');
    expectCurrent(h);
    api.recordAttendance({ module: 1, present: ids.slice(0, 3), excused: [ids[3]] });
    expectCurrent(h);
    api.recordAttendance({ module: 2, present: ids.slice(0, 3) });
    expectCurrent(h);
    api.addExpense({
      date: '2026-10-03',
      line: 'Forplejning og materialer',
      amount: 1234.5,
      description: 'Kaffe',
    });
    api.addExpense({
      date: '2026-10-04',
      line: 'Afslutningsfest/diplomoverrækkelse',
      amount: 300,
      description: 'Depositum',
    });
    expectCurrent(h);
    const [latest] = api.getExpenses();
    api.updateExpense(
      latest.row,
      { date: latest.date, line: latest.line, amount: latest.amount! },
      { amount: 5300 },
    );
    expectCurrent(h);
    api.deleteExpense(2, { date: '2026-10-03', line: 'Forplejning og materialer', amount: 1234.5 });
    expectCurrent(h);
    api.setTimelineStatus(2, 'Færdig');
    expectCurrent(h);
    api.setPersonStatus(ids[3], 'Frafaldet');
    expectCurrent(h);
    api.recordAttendance({ module: 3, present: ids.slice(0, 3) });
    expectCurrent(h);
    const result = api.generateDiplomas({ batchSize: 2 });
    expect(result.created).toBe(2);
    expectCurrent(h);
    api.setPersonStatus(ids[0], 'Uddannet');
    expectCurrent(h);
    h.setToday('2027-06-10');
    // Time passes: the pace and the overdue deadlines follow TODAY() in the formulas.
    expectCurrent(h);
    api.saveSettings({ grant: 120000, requiredShare: 0.6 });
    expectCurrent(h);
  });

  it('after hand edits: at once where formulas reach, and the shape when the next sidebar opens', () => {
    const { api, emu } = h;
    const ss = emu.spreadsheet;
    // A follow-up answer typed in Personer, and an expense typed in Udgifter.
    const personer = ss.getSheetByName('Personer')!;
    const head = emu.sheetValues('Personer')[0].map(String);
    personer.getRange(2, head.indexOf('Aktiv bydelsmor') + 1).setValue('Ja');
    personer.getRange(2, head.indexOf('Uddannelse/job') + 1).setValue('Nej');
    ss.getSheetByName('Udgifter')!.appendRow([
      new Date(2027, 0, 5),
      'Børnepasning',
      450,
      'Barnepige',
      '',
      new Date(),
    ]);
    expectCurrent(h);
    // Answers as the report reads them, where she took the cells' validation away: ' nej ' is
    // Nej, 'måske' is no answer (not known).
    personer.getRange(2, 1, 1, head.length).clearDataValidations();
    personer.getRange(2, head.indexOf('Uddannelse/job') + 1).setValue(' nej ');
    personer.getRange(2, head.indexOf('Aktiv bydelsmor') + 1).setValue('måske');
    expectCurrent(h);
    // A new budget line typed by hand: Oversigt gains its row when a sidebar opens.
    ss.getSheetByName('Budget')!.appendRow(['Ekstra: bustur', 1200, '', '', '', '']);
    api.addExpense({ date: '2027-01-06', line: 'Ekstra: bustur', amount: 800, description: 'Bus' });
    expect(() => rowOf(oversigt(emu), 'Ekstra: bustur')).toThrow();
    api.showExpense();
    expectCurrent(h);
    expect(rowOf(oversigt(emu), 'Ekstra: bustur').slice(1, 4)).toEqual([1200, 800, 400]);
  });

  it('marks a one-off line by its Note and judges it by whether it is spent, not by pace', () => {
    const { api } = h;
    const lines = api.getBudget().lines;
    const fest = lines.find((l) => l.line === 'Afslutningsfest/diplomoverrækkelse')!;
    expect(fest.oneOff).toBe(true);
    expect(fest.pace.projected).toBeNull();
    expect(fest.pace.outlook).toBe('over'); // 5.300 on 5.000
    const admin = lines.find((l) => l.line === 'Administration')!;
    expect(admin.oneOff).toBe(false);
    // Nothing spent on a one-off line with 90 % of the period gone: "look at this".
    expect(lines.find((l) => l.line === 'Uforudsete udgifter')!.pace.outlook).toBe('notSpentLate');
    expect(admin.pace.outlook).toBe('underPace');
    // A "pr. modul" line runs its straight line over the modules held (3 of 3), not the calendar.
    const food = lines.find((l) => l.line === 'Forplejning og materialer')!;
    expect(food.perModule).toBe(true);
    expect(food.pace.elapsedShare).toBe(1);
    expect(food.pace.projected).toBe(food.spent);
    expectCurrent(h);
  });

  it('setup says what it did, and does not say "Oprettet: ingen. Opdateret: ingen."', () => {
    const { api, emu } = h;
    api.setupWorkbook();
    api.runSetupFromMenu();
    const alert = emu.ui.alerts.at(-1)!;
    const text = [alert.title, alert.prompt].join(' ');
    expect(text).toContain('allerede sat op');
    expect(text).not.toContain('ingen');
  });
});
