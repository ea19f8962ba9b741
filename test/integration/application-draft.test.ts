// createApplicationDraft (SPEC) and the report's follow-up counts: this cohort's facts in a
// Doc headed like the application, places for her own text marked, counts and money only.
import { harness, type Harness } from '../helpers/harness';
import { completedCohort } from '../helpers/reliability';

const idOf = (url: string) => /\/d\/([^/]+)\//.exec(url)![1];

/** Five admitted (four completed, one below), two applicants more, follow-up on the graduates. */
function cohort(h: Harness): void {
  h.api.saveSettings({ modules: 3, cohortName: 'Ballerup 2026' });
  h.api.setupWorkbook();
  h.api.addPerson({ name: 'Ansøger Uden Plads', phone: '+45 12 12 12 12' }); // P001
  h.api.addPerson({ name: 'Anden Ansøger' }); // P002
  completedCohort(h.api, ['Amal Hassan', 'Øzlem Åberg', 'Leyla Test', 'Nour Test', 'Sara Under'], ['P007']);
  for (const id of ['P003', 'P004', 'P005', 'P006']) h.api.setPersonStatus(id, 'Uddannet');
  h.api.setPersonStatus('P007', 'Frafaldet');
  // Follow-up, typed in Personer: P003 Ja/Ja, P004 Nej/Ja, P005 Ja/empty, P006 unknown.
  const sheet = h.emu.spreadsheet.getSheetByName('Personer')!;
  const header = h.emu.sheetValues('Personer')[0].map(String);
  const col = (name: string) => header.indexOf(name) + 1;
  const set = (row: number, active: string, job: string) => {
    sheet.getRange(row, col('Aktiv bydelsmor')).setValue(active);
    sheet.getRange(row, col('Uddannelse/job')).setValue(job);
  };
  set(4, 'Ja', 'Ja');
  set(5, 'Nej', 'Ja');
  set(6, 'Ja', '');
  h.api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 1250.5, description: 'Papir' });
}

describe('createApplicationDraft', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    cohort(h);
  });

  it("is headed like the application, holds the cohort's facts and marked places, and no personal data", () => {
    const { url } = h.api.createApplicationDraft();
    const id = idOf(url);
    const file = h.emu.drive.files().find((f) => f.id === id)!;
    expect(file.name).toBe('Ansøgning (udkast) - Ballerup 2026 - 15-01-2026');
    const text = h.emu.drive.textOf(id);
    for (const heading of [
      '1. Formål',
      '2. Målgruppe',
      '3. Organisation',
      '4. Budget',
      '5. Tidsplan',
      '6. Forventet effekt',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Ansøgere: 7');
    expect(text).toContain('Optaget på uddannelsen: 5');
    expect(text).toContain('Frafaldet undervejs: 1');
    expect(text).toContain('Gennemført uddannelsen: 4 (mindst 3 af 3 moduler)');
    expect(text).toContain('Andel af de optagne, der gennemførte: 80 %');
    expect(text).toContain(
      'Uddannede, der er aktive som frivillige bydelsmødre: 2 af 3 med kendt svar (4 uddannede i alt)',
    );
    expect(text).toContain(
      'Uddannede, der er startet på uddannelse eller job: 2 af 2 med kendt svar (4 uddannede i alt)',
    );
    expect(text).toContain('Oktober: PR, informationsmøder med fagpersoner, annoncering (Planlagt, 31-10-');
    const marks = text.split('\n').filter((l) => l.startsWith('[Skriv her:'));
    expect(marks).toHaveLength(6);
    // The marked places are yellow in the document.
    const content = h.emu.drive.document(id).body!.content ?? [];
    const yellow = content.filter((c) =>
      (c.paragraph?.elements ?? []).some((e) => e.textRun?.textStyle?.backgroundColor),
    );
    expect(yellow).toHaveLength(6);
    // The budget table: budget and actual per line, an empty column for the new budget.
    const table = content.find((c) => c.table)!.table!;
    const cell = (c: { content?: { paragraph?: { elements?: { textRun?: { content?: string } }[] } }[] }) =>
      (c.content ?? [])
        .map((p) => (p.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join(''))
        .join('')
        .replace(/\n$/, '');
    const rows = (table.tableRows ?? []).map((r) => (r.tableCells ?? []).map(cell));
    expect(rows[0]).toEqual(['Post', 'Budget', 'Forbrug', 'Afvigelse', 'Nyt budget']);
    expect(rows.find((r) => r[0] === 'Administration')).toEqual([
      'Administration',
      '2.500,00 kr.',
      '1.250,50 kr.',
      '1.249,50 kr.',
      '',
    ]);
    expect(rows[rows.length - 1]).toEqual(['I alt', '111.000,00 kr.', '1.250,50 kr.', '109.749,50 kr.', '']);
    for (const personal of ['Amal', 'Øzlem', 'Ansøger Uden Plads', '+45', 'P003'])
      expect(text).not.toContain(personal);
  });

  it('is written in English when the language is English', () => {
    h.api.saveSettings({ language: 'en' });
    const text = h.emu.drive.textOf(idOf(h.api.createApplicationDraft().url));
    expect(text).toContain('1. Purpose');
    expect(text).toContain('[Write here:');
    expect(text).toContain('2 of 3 with a known answer (4 graduates in all)');
  });

  it('reads Oversigt, Budget and Tidsplan once each: 7 Spreadsheet calls at any size', () => {
    h.emu.calls.reset();
    h.api.createApplicationDraft();
    const small = h.emu.calls.count('Spreadsheet');
    for (let i = 0; i < 30; i++) h.api.addPerson({ name: `Flere ${i}` });
    h.emu.calls.reset();
    h.api.createApplicationDraft();
    expect(h.emu.calls.count('Spreadsheet')).toBe(small);
    expect(small).toBe(7);
  });

  /** The draft's text (the same day, so the same name and heading each time). */
  const factsOf = (url: string) => h.emu.drive.textOf(idOf(url));

  it('counts from Personer and Fremmøde, with the same figures, when Oversigt is gone', () => {
    const fromOverview = factsOf(h.api.createApplicationDraft().url);
    h.emu.spreadsheet.deleteSheet(h.emu.spreadsheet.getSheetByName('Oversigt')!);
    h.emu.calls.reset();
    const fromSheets = factsOf(h.api.createApplicationDraft().url);
    // 1 + Oversigt looked for by id and by name (2) + four sheets read (8).
    expect(h.emu.calls.count('Spreadsheet')).toBe(11);
    expect(fromSheets).toBe(fromOverview);
    expect(fromSheets).toContain('Gennemført uddannelsen: 4 (mindst 3 af 3 moduler)');
  });

  it('does not take a count from an Oversigt she changed: a label gone or her own text over a figure', () => {
    const expected = factsOf(h.api.createApplicationDraft().url);
    const sheet = h.emu.spreadsheet.getSheetByName('Oversigt')!;
    const values = h.emu.sheetValues('Oversigt');
    const rowOf = (label: string) => values.findIndex((r) => r[0] === label) + 1;
    // A figure replaced by her own text: the counts come from the sheets.
    sheet.getRange(rowOf('Ansøgere i alt'), 2).setValue('mange');
    expect(factsOf(h.api.createApplicationDraft().url)).toBe(expected);
    // A label renamed: likewise.
    sheet.getRange(rowOf('Gennemført'), 1).setValue('Færdige');
    expect(factsOf(h.api.createApplicationDraft().url)).toBe(expected);
  });

  it('follows the sheets at once: a woman admitted and one who drops out change the counts', () => {
    h.api.setPersonStatus('P001', 'Optaget');
    h.api.setPersonStatus('P001', 'Frafaldet');
    const text = factsOf(h.api.createApplicationDraft().url);
    expect(text).toContain('Optaget på uddannelsen: 6');
    expect(text).toContain('Frafaldet undervejs: 2');
  });
});

describe('createReport counts the follow-up', () => {
  it('says how many of how many graduates are known to be active and in education or a job', () => {
    const h = harness({ today: '2026-01-15' });
    cohort(h);
    const text = h.emu.drive.textOf(idOf(h.api.createReport().url));
    expect(text).toContain(
      'Uddannede, der er aktive som frivillige bydelsmødre: 2 af 3 med kendt svar (4 uddannede i alt)',
    );
    expect(text).toContain(
      'Uddannede, der er startet på uddannelse eller job: 2 af 2 med kendt svar (4 uddannede i alt)',
    );
  });

  it('says there are no graduates yet rather than 0 of 0', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    const text = h.emu.drive.textOf(idOf(h.api.createReport().url));
    expect(text).toContain('Uddannede, der er aktive som frivillige bydelsmødre: ingen uddannede endnu');
  });
});
