// The dashboard (getOverview, refreshOverview, the Oversigt sheet and its charts) and the
// municipality's report, on a whole cohort: 22 applicants, 18 admitted, 15 modules held,
// expenses including the project leader's hours. Every figure is recomputed here from the
// sheets' raw values with plain arithmetic, independently of src/core.
import { harness, type Harness } from '../helpers/harness';
import { addApplicants, admit, plannedMark } from './workbook.fixtures';
import { SEEDED_BUDGET } from '../../src/core/budget';

type Emu = Harness['emu'];

function table(emu: Emu, name: string): Record<string, unknown>[] {
  const [header, ...rows] = emu.sheetValues(name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** The dashboard's figures recomputed from raw sheet values. */
function recompute(emu: Emu) {
  const persons = table(emu, 'Personer').filter((p) => p.ID !== '');
  const statusCount = (s: string[]) => persons.filter((p) => s.includes(String(p.Status))).length;
  const attendance = table(emu, 'Fremmøde').filter((r) => r.ID !== '');
  const T = 15;
  const R = 14;
  const held = Array.from({ length: T }, (_, i) => attendance.some((r) => r[`M${i + 1}`] !== ''));
  const h = held.filter(Boolean).length;
  // The flags are about the women still on the course: a dropout's row counts for "held" only.
  const dropped = new Set(persons.filter((p) => p.Status === 'Frafaldet').map((p) => p.ID));
  const onCourse = attendance.filter((r) => !dropped.has(r.ID));
  const statuses = onCourse.map((r) => {
    const a = held.filter((x, i) => x && r[`M${i + 1}`] === 'M').length;
    if (h === T && a >= R) return 'completed';
    if (h - a > T - R) return 'below';
    if (h - a === T - R && h < T) return 'at_risk';
    return 'ok';
  });
  const expenses = table(emu, 'Udgifter').filter((r) => r.Post !== '');
  const spentOere = (line?: string) =>
    expenses
      .filter((e) => line === undefined || e.Post === line)
      .reduce((s, e) => s + Math.round(Number(e['Beløb']) * 100), 0);
  const leaderHours = (task: string) =>
    expenses
      .filter((e) => e.Post === 'Projektleder' && String(e.Beskrivelse).startsWith(`${task}:`))
      .reduce((s, e) => s + Number(/(\d+) t/.exec(String(e.Beskrivelse))![1]), 0);
  return {
    applicants: persons.length,
    admitted: statusCount(['Optaget', 'Frafaldet', 'Uddannet']),
    dropouts: statusCount(['Frafaldet']),
    areas: new Set(persons.map((p) => String(p['Boligområde']).toLowerCase()).filter(Boolean)).size,
    participants: onCourse.length,
    held: h,
    completed: statuses.filter((s) => s === 'completed').length,
    below: statuses.filter((s) => s === 'below').length,
    diplomas: attendance.filter((r) => r.Diplom !== '').length,
    spentOere: spentOere(),
    perLine: SEEDED_BUDGET.map((l) => ({ line: l.line, spentOere: spentOere(l.line) })),
    leaderHours: { Rekruttering: leaderHours('Rekruttering'), Facilitering: leaderHours('Facilitering') },
  };
}

describe('dashboard and report on a whole cohort', () => {
  let h: Harness;
  let personal: string[];

  beforeAll(() => {
    h = harness({ today: '2026-01-15' });
    const { api, emu } = h;
    api.saveSettings({
      cohortName: 'Ballerup forår 2026',
      coordinatorInitials: 'AB',
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
      firstModuleDate: '2026-03-03',
    });
    api.setupWorkbook();
    const ids = addApplicants(api, 22);
    admit(api, ids.slice(0, 18));
    for (const id of ids.slice(18, 20)) api.setPersonStatus(id, 'Ikke optaget');
    h.setToday('2026-06-20');
    const admitted = ids.slice(0, 18);
    for (let m = 1; m <= 15; m++) {
      const present = admitted.filter((_, i) => plannedMark(i, m) === 'M');
      const excused = admitted.filter((_, i) => plannedMark(i, m) === 'A');
      if (m === 6) api.setPersonStatus(admitted[15], 'Frafaldet');
      api.recordAttendance({ module: m, present, excused });
    }
    // Three diplomas made (the diploma work fills these links).
    const fremmoede = emu.spreadsheet.getSheetByName('Fremmøde')!;
    const col = emu.sheetValues('Fremmøde')[0].indexOf('Diplom') + 1;
    for (const r of [2, 3, 4])
      fremmoede.getRange(r, col).setValue('https://docs.google.com/document/d/x/edit');
    // Expenses, with project-leader hours by the "Opgave: n t" convention.
    const add = (line: string, amount: number, description: string) =>
      api.addExpense({ date: '2026-03-10', line, amount, description });
    add('Projektleder', 2000, 'Rekruttering: 5 t');
    add('Projektleder', 1200, 'Rekruttering: 3 t');
    add('Projektleder', 4000, 'Facilitering: 10 t');
    add('Forplejning og materialer', 1234.56, 'Mad til modul 1-5');
    add('Forplejning og materialer', 0.1, 'Øre');
    add('Forplejning og materialer', 0.2, 'Øre');
    add('Honorar til gæstelærere', 9500, 'Tre oplæg');
    add('Børnepasning', 3600, 'Pasning hele forløbet');
    personal = table(emu, 'Personer').flatMap((p) =>
      [p.Navn, p.Telefon, p['E-mail']].map(String).filter((s) => s.length > 3),
    );
    expect(personal.length).toBeGreaterThan(22);
  });

  it('getOverview matches an independent recomputation', () => {
    const { api, emu } = h;
    const want = recompute(emu);
    emu.calls.reset();
    const o = api.getOverview();
    console.log(`Spreadsheet calls: getOverview ${emu.calls.count('Spreadsheet')}`);
    expect(emu.calls.count('Spreadsheet')).toBeLessThanOrEqual(20);
    expect(o.recruitment).toMatchObject({
      applicants: want.applicants,
      admitted: want.admitted,
      dropouts: want.dropouts,
      areas: want.areas,
      targetMin: 15,
      targetMax: 20,
    });
    expect(o.recruitment.languages).toBe(2);
    expect(o.attendance).toMatchObject({
      participants: want.participants,
      modulesHeld: want.held,
      completed: want.completed,
      below: want.below,
      modulesTotal: 15,
      required: 14,
    });
    expect(o.diplomas).toEqual({ eligible: want.completed, made: want.diplomas });
    expect(Math.round(o.budget.spent * 100)).toBe(want.spentOere);
    expect(o.budget.lines.map((l) => ({ line: l.line, spentOere: Math.round(l.spent * 100) }))).toEqual(
      want.perLine,
    );
    expect(o.budget.lines.find((l) => l.line === 'Børnepasning')!.level).toBe('over');
    expect(o.budget.lines.find((l) => l.line === 'Honorar til gæstelærere')!.level).toBe('warn');
    expect(o.leaderHours!.tasks.map((t) => [t.task, t.used])).toEqual([
      ['Rekruttering', want.leaderHours.Rekruttering],
      ['Underviserkontakt', 0],
      ['Facilitering', want.leaderHours.Facilitering],
    ]);
    expect(o.timeline.overdue.map((r) => r.month)).toEqual(['Oktober', 'November', 'December', 'Januar']);
    expect(JSON.stringify(o)).not.toMatch(
      new RegExp(personal.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
    );
  });

  it('refreshOverview writes the dashboard with one chart per kind, never duplicated, and no personal data', () => {
    const { api, emu } = h;
    api.refreshOverview();
    api.refreshOverview();
    api.setupWorkbook();
    const values = emu.sheetValues('Oversigt');
    const flat = values.flat().map(String);
    const after = (label: string) => values.find((r) => r[0] === label && r[1] !== '')!;
    const o = api.getOverview();
    expect(after('Ansøgere i alt')[1]).toBe(o.recruitment.applicants);
    expect(after('Forbrug i alt')[1]).toBe(o.budget.spent);
    expect(after('Forbrug i alt')[2]).toBe('Rest i alt');
    expect(after('Forbrug i alt')[3]).toBe(o.budget.remaining);
    // The project leader's hours moved from Oversigt to the expense sidebar (getBudget), where
    // she writes them; Oversigt holds only figures its formulas keep current.
    expect(api.getBudget().leaderHours!.tasks.find((t) => t.task === 'Rekruttering')).toMatchObject({
      planned: 20,
      used: 8,
      remaining: 12,
    });
    expect(after('Børnepasning')[2]).toBe(3600);
    expect(flat).toContain('Forsinkede');
    for (const p of personal) expect(flat.some((v) => v.includes(p))).toBe(false);
    const charts = emu.sheetByName('Oversigt')!.charts;
    expect(charts).toHaveLength(2);
    expect(emu.sheetDisplayValues('Oversigt').flat()).toContain('111.000,00 kr.');
    // Switching the language switches the labels, not the data.
    api.saveSettings({ language: 'en' });
    api.refreshOverview();
    const en = emu.sheetValues('Oversigt').flat().map(String);
    expect(en).toContain('Total spent');
    expect(en).toContain('Børnepasning');
    expect(emu.sheetByName('Oversigt')!.charts).toHaveLength(2);
    api.saveSettings({ language: 'da' });
  });

  it('createReport writes a Google Doc in the cohort folder with every figure and no personal data', () => {
    const { api, emu } = h;
    const folderId = emu.drive.addFile({
      name: 'Diplomer - Ballerup forår 2026',
      mimeType: 'application/vnd.google-apps.folder',
    });
    emu.properties.document.set('bm.diplomas', JSON.stringify({ folderId }));
    const o = api.getOverview();
    const want = recompute(emu);
    emu.calls.reset();
    const { url } = api.createReport();
    console.log(`calls: createReport ${JSON.stringify(emu.calls.snapshot())}`);
    const id = /\/document\/d\/([^/]+)\/edit$/.exec(url)![1];
    const file = emu.drive.files().find((f) => f.id === id)!;
    expect(file.parents).toEqual([folderId]);
    expect(file.name).toBe('Afrapportering - Ballerup forår 2026 - 20-06-2026');
    const text = emu.drive.textOf(id);
    const kr = (oere: number) =>
      `${String(Math.floor(oere / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(oere % 100).padStart(2, '0')} kr.`;
    expect(text).toContain('Afrapportering – Ballerup forår 2026');
    expect(text).toContain(`Afholdte moduler: 15 af 15 (03-03-2026 – `);
    expect(text).toContain(`Ansøgere: ${want.applicants}`);
    expect(text).toContain(`Optaget på uddannelsen: ${want.admitted}`);
    expect(text).toContain(`Gennemført uddannelsen: ${want.completed} (mindst 14 af 15 moduler)`);
    expect(text).toContain(`Diplomer udstedt: ${want.diplomas}`);
    expect(text).toContain('Budget: 111.000,00 kr.');
    expect(text).toContain(`Forbrug: ${kr(want.spentOere)}`);
    expect(text).toContain(`Rest: ${kr(11_100_000 - want.spentOere)}`);
    expect(text).toContain(`Ubrugt beløb til tilbagebetaling: ${kr(11_100_000 - want.spentOere)}`);
    expect(o.budget.lines).toHaveLength(10);
    for (const p of personal) expect(text).not.toContain(p);
    expect(text).not.toMatch(/@|\+45/);
    // Headings are real Docs headings.
    const doc = emu.drive.document(id);
    const content = doc.body!.content ?? [];
    const styles = content.map((c) => c.paragraph?.paragraphStyle?.namedStyleType).filter(Boolean);
    expect(styles.filter((s) => s === 'HEADING_1')).toHaveLength(4);
    expect(styles[0]).toBe('TITLE');
    // Budget against actual is one real table, read from the document's JSON: a header, a
    // row per budget line (figures recomputed from Udgifter), a total, an empty explanation column.
    const tables = content.filter((c) => c.table);
    expect(tables).toHaveLength(1);
    const at = content.indexOf(tables[0]);
    const paraText = (c: (typeof content)[number] | undefined) =>
      (c?.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join('');
    expect(paraText(content[at - 2])).toBe('Budget og forbrug pr. post\n');
    expect(paraText(content[at + 2])).toBe('Ubrugte midler\n');
    const t = tables[0].table!;
    expect(t.rows).toBe(12);
    expect(t.columns).toBe(5);
    const cells = (t.tableRows ?? []).map((r) =>
      (r.tableCells ?? []).map((c) => (c.content ?? []).map(paraText).join('').replace(/\n$/, '')),
    );
    expect(cells[0]).toEqual(['Post', 'Budget', 'Forbrug', 'Afvigelse', 'Forklaring på afvigelser']);
    let budgetSum = 0;
    want.perLine.forEach((l, i) => {
      const budget = SEEDED_BUDGET.find((s) => s.line === l.line)!.budget * 100;
      budgetSum += budget;
      expect(cells[i + 1]).toEqual([l.line, kr(budget), kr(l.spentOere), kr(budget - l.spentOere), '']);
    });
    expect(cells[11]).toEqual([
      'I alt',
      kr(budgetSum),
      kr(want.spentOere),
      kr(budgetSum - want.spentOere),
      '',
    ]);
    // The indexes hold together: rows and cells tile the table without gaps.
    for (const r of t.tableRows ?? []) {
      const cs = r.tableCells ?? [];
      expect(cs[0].startIndex).toBe(r.startIndex! + 1);
      cs.forEach((c, k) => expect(c.endIndex).toBe(k + 1 < cs.length ? cs[k + 1].startIndex : r.endIndex));
    }
    expect(tables[0].endIndex).toBe(t.tableRows![11].endIndex! + 1);
    expect(content[at + 1].startIndex).toBe(tables[0].endIndex);
    // Header and total in bold, the amounts right-aligned.
    const run = (r: number, c: number) => t.tableRows![r].tableCells![c].content![0].paragraph!;
    expect(run(0, 4).elements![0].textRun!.textStyle!.bold).toBe(true);
    expect(run(11, 1).elements![0].textRun!.textStyle!.bold).toBe(true);
    expect(run(3, 1).elements![0].textRun!.textStyle!.bold).toBeUndefined();
    expect(run(3, 2).paragraphStyle!.alignment).toBe('END');
    expect(text).toContain(`I alt\t${kr(budgetSum)}\t${kr(want.spentOere)}\t`);
    expect(text).not.toMatch(/Forklaring på afvigelser: /);
    // A constant number of calls: create + 2 batchUpdates + 1 get.
    expect(emu.calls.count('Docs')).toBe(3);
    expect(emu.calls.count('Drive')).toBe(1);
    expect(JSON.parse(emu.properties.document.get('bm.diplomas')!)).toEqual({ folderId, reportId: id });
  });

  it('createReport falls back to My Drive when the cohort folder is gone', () => {
    const { api, emu } = h;
    emu.properties.document.set('bm.diplomas', JSON.stringify({ folderId: 'missing-folder' }));
    const { url } = api.createReport();
    const id = /\/document\/d\/([^/]+)\/edit$/.exec(url)![1];
    expect(emu.drive.files().find((f) => f.id === id)!.parents).toEqual([emu.drive.rootId]);
  });
});
