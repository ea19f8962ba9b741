// setupWorkbook in the emulator: a blank spreadsheet becomes the cohort's file, running it
// again changes no user data, and a file the coordinator rearranged still works.
import { harness, type Harness } from '../helpers/harness';
import * as budgetArea from '../../src/server/api/budget';
import * as overviewArea from '../../src/server/api/overview';
import * as timelineArea from '../../src/server/api/timeline';
import { addApplicants, admit, snapshot } from './workbook.fixtures';

const SHEETS = ['Oversigt', 'Personer', 'Moduler', 'Fremmøde', 'Budget', 'Udgifter', 'Tidsplan'];

function sheet(emu: Harness['emu'], name: string) {
  const s = emu.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function headerOf(emu: Harness['emu'], name: string): string[] {
  return (emu.sheetValues(name)[0] ?? []).map(String);
}

function colOf(emu: Harness['emu'], name: string, header: string): number {
  const i = headerOf(emu, name).indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${name}`);
  return i + 1;
}

/**
 * Runs fn with the budget, timeline and dashboard steps of setup replaced by no-ops: the
 * part of setup this work owns (their own calls are measured in their tests).
 */
function withoutOtherAreas<T>(fn: () => T): T {
  const spies = [
    jest.spyOn(budgetArea, 'seedBudget').mockImplementation(() => ({ seeded: 0, fixed: 0 })),
    jest.spyOn(timelineArea, 'seedTimeline').mockImplementation(() => ({ seeded: 0 })),
    jest
      .spyOn(overviewArea, 'refreshOverviewSheet')
      .mockImplementation(() => ({}) as ReturnType<typeof overviewArea.refreshOverviewSheet>),
  ];
  try {
    return fn();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

function spreadsheetCalls(h: Harness, fn: () => unknown): number {
  h.emu.calls.reset();
  fn();
  return h.emu.calls.count('Spreadsheet');
}

describe('setupWorkbook on a blank spreadsheet', () => {
  let h: Harness;
  let calls: number;
  let result: { created: string[]; updated: string[] };
  beforeAll(() => {
    h = harness({ today: '2026-01-15', timeZone: 'UTC' });
    h.emu.calls.reset();
    result = h.api.setupWorkbook();
    calls = h.emu.calls.count('Spreadsheet');
  });

  it('creates the seven sheets, turning the empty default sheet into Oversigt', () => {
    expect(result.created).toEqual(SHEETS);
    expect(h.emu.model.sheets.map((s) => s.name).sort()).toEqual([...SHEETS].sort());
  });

  it('sets the time zone to Europe/Copenhagen and says so', () => {
    expect(h.emu.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Copenhagen');
    expect(result.updated.join(' ')).toMatch(/Europe\/Copenhagen/);
  });

  it('writes the headers of SPEC, bold and frozen', () => {
    expect(headerOf(h.emu, 'Personer')).toEqual([
      'ID',
      'Navn',
      'Telefon',
      'E-mail',
      'Boligområde',
      'Sprog',
      'Kilde',
      'Status',
      'Infomøde',
      'Samtale',
      'Samtykke',
      'Børnepasning',
      'Noter',
      'Oprettet',
      'Slettes',
      'Aktiv bydelsmor',
      'Uddannelse/job',
    ]);
    expect(headerOf(h.emu, 'Moduler')).toEqual(['Nr', 'Dato', 'Tema', 'Del', 'Underviser', 'Timer']);
    expect(headerOf(h.emu, 'Udgifter')).toEqual([
      'Dato',
      'Post',
      'Beløb',
      'Beskrivelse',
      'Bilag',
      'Registreret',
    ]);
    expect(headerOf(h.emu, 'Tidsplan')).toEqual([
      'Måned',
      'Aktivitet',
      'Ansvarlig',
      'Frist',
      'Status',
      'Note',
    ]);
    for (const name of SHEETS.slice(1)) {
      expect(h.emu.sheetByName(name)!.frozenRows).toBe(1);
      expect(h.emu.cell(name, 'A1')?.fontWeight).toBe('bold');
    }
  });

  it('formats dates, money, percentages and text columns', () => {
    const fmt = (name: string, header: string) =>
      sheet(h.emu, name)
        .getRange(5, colOf(h.emu, name, header))
        .getNumberFormat();
    expect(fmt('Personer', 'Oprettet')).toBe('dd-mm-yyyy');
    expect(fmt('Personer', 'Telefon')).toBe('@');
    expect(fmt('Fremmøde', 'Fremmøde %')).toBe('0.0%');
    expect(fmt('Fremmøde', 'M1')).toBe('@');
    expect(fmt('Budget', 'Budget')).toBe('#,##0.00 "kr."');
    expect(fmt('Udgifter', 'Dato')).toBe('dd-mm-yyyy');
  });

  it('adds dropdowns, the checkbox and an open list of housing areas', () => {
    const rule = (name: string, header: string) =>
      sheet(h.emu, name)
        .getRange(3, colOf(h.emu, name, header))
        .getDataValidation();
    const status = rule('Personer', 'Status')!;
    expect(status.getCriteriaValues()[0]).toEqual([
      'Interesseret',
      'Samtale aftalt',
      'Optaget',
      'Venteliste',
      'Ikke optaget',
      'Trukket sig',
      'Frafaldet',
      'Uddannet',
    ]);
    expect(status.getAllowInvalid()).toBe(false);
    const area = rule('Personer', 'Boligområde')!;
    expect(area.getCriteriaValues()[0]).toEqual(['Hedeparken', 'Magleparken', 'Grantoften']);
    expect(area.getAllowInvalid()).toBe(true);
    expect(String(rule('Personer', 'Børnepasning')!.getCriteriaType())).toBe('CHECKBOX');
    expect(rule('Fremmøde', 'M15')!.getCriteriaValues()[0]).toEqual(['M', 'A', 'F']);
    expect(rule('Personer', 'Navn')).toBeNull();
  });

  it('colours the attendance status and the marks', () => {
    const rules = h.emu.sheetByName('Fremmøde')!.conditionalFormats;
    const described = rules.map(
      (r) => `${r.condition.type}:${String(r.condition.values[0])}:${r.format.background}`,
    );
    expect(described).toEqual(
      // The Status text may go on after the label ("I risiko · mangler M11"): labels match its start.
      expect.arrayContaining([
        'TEXT_STARTS_WITH:Gennemført:#d9ead3',
        'TEXT_STARTS_WITH:I risiko:#fce5cd',
        'TEXT_STARTS_WITH:Under:#f4cccc',
        'TEXT_EQUAL_TO:F:#f4cccc',
      ]),
    );
  });

  it('protects the computed columns with a warning only', () => {
    const protections = h.emu.model.protections.filter((p) => p.type === 'RANGE');
    expect(protections.every((p) => p.warningOnly)).toBe(true);
    const text = protections.map((p) => p.description).join(' | ');
    for (const name of ['ID', 'Navn', 'Mødt', 'Afholdt', 'Fremmøde %', 'Status', 'Oprettet', 'Slettes'])
      expect(text).toContain(name);
  });

  it('seeds the modules: Nr, Tema, Del, Timer 3, no dates before the first module date is set', () => {
    const rows = h.emu.sheetValues('Moduler').slice(1);
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(rows.every((r) => r[1] === '' && r[5] === 3 && String(r[2]) !== '')).toBe(true);
    expect(rows.filter((r) => String(r[3]).startsWith('4')).length).toBe(4);
  });

  it('stays within 150 Spreadsheet calls for its own part', () => {
    const blank = harness({ today: '2026-01-15', timeZone: 'UTC' });
    const own = withoutOtherAreas(() => spreadsheetCalls(blank, () => blank.api.setupWorkbook()));
    console.log(
      `setup on a blank file: ${own} Spreadsheet calls (${calls} with budget, timeline and dashboard)`,
    );
    expect(own).toBeLessThanOrEqual(150);
    expect(calls).toBeLessThanOrEqual(150);
  });
});

describe('setupWorkbook on a file in use', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 8);
    admit(h.api, ids.slice(0, 6));
    h.api.recordAttendance({ module: 1, present: ids.slice(0, 5), excused: [ids[5]] });
    h.api.recordAttendance({ module: 2, present: ids.slice(1, 6) });
  });

  it('changes no user data and reports nothing', () => {
    // Oversigt is a dashboard, not data: it (and its layout fingerprint in document
    // properties) follows the marks just recorded. Bring it up to date, then compare the rest.
    h.api.refreshOverview();
    const before = snapshot(h.emu, ['Oversigt']);
    expect(h.api.setupWorkbook()).toEqual({ created: [], updated: [] });
    expect(snapshot(h.emu, ['Oversigt'])).toBe(before);
  });

  it('stays within 30 Spreadsheet calls for its own part', () => {
    const all = spreadsheetCalls(h, () => h.api.setupWorkbook());
    const own = withoutOtherAreas(() => spreadsheetCalls(h, () => h.api.setupWorkbook()));
    console.log(`setup again: ${own} Spreadsheet calls (${all} with budget, timeline and dashboard)`);
    expect(own).toBeLessThanOrEqual(30);
  });

  it('stays within 30 Spreadsheet calls with budget, timeline and dashboard included, and 20 once the dashboard is current', () => {
    // First run after new marks: the dashboard changes shape, so it is rewritten and its charts move.
    expect(spreadsheetCalls(h, () => h.api.setupWorkbook())).toBeLessThanOrEqual(30);
    expect(spreadsheetCalls(h, () => h.api.setupWorkbook())).toBeLessThanOrEqual(20);
  });

  it('puts back a Budget formula typed over with a number, though the other figures need no read', () => {
    h.api.setupWorkbook();
    sheet(h.emu, 'Budget').getRange('C3').setValue(999);
    h.api.setupWorkbook();
    expect(h.emu.sheetFormulas('Budget')[2][2]).toBe("=SUMIF('Udgifter'!$B:$B,$A3,'Udgifter'!$C:$C)");
  });

  it('recreates a deleted sheet and a missing column without touching the rest', () => {
    h.emu.spreadsheet.deleteSheet(sheet(h.emu, 'Tidsplan'));
    sheet(h.emu, 'Personer')
      .getRange(1, colOf(h.emu, 'Personer', 'Noter'))
      .setValue('Mine noter');
    const persons = h.emu.sheetValues('Personer');
    const result = h.api.setupWorkbook();
    expect(result.created).toEqual(['Tidsplan']);
    expect(result.updated).toContain('Personer');
    const after = h.emu.sheetValues('Personer');
    expect(after[0]).toEqual([...persons[0], 'Noter']);
    expect(after.slice(1).map((r) => r.slice(0, persons[0].length))).toEqual(persons.slice(1));
    expect(after.slice(1).every((r) => r[persons[0].length] === '')).toBe(true);
  });

  it('works after columns are reordered, a column of her own is inserted and sheets are renamed', () => {
    const att = sheet(h.emu, 'Fremmøde');
    att.moveColumns(att.getRange('C1:D1'), 20); // M1, M2 after the summary columns
    att.insertColumnBefore(2);
    att.getRange('B1').setValue('Telefonliste');
    att.getRange('B2').setValue('ring efter kl. 16');
    const persons = sheet(h.emu, 'Personer');
    persons.moveColumns(persons.getRange('H1'), 1); // Status first
    att.setName('Fremmøde hold 1');
    persons.setName('Deltagere');

    const before = snapshot(h.emu);
    expect(h.api.setupWorkbook().created).toEqual([]);
    expect(JSON.parse(JSON.stringify(h.emu.sheetValues('Deltagere')))).toEqual(
      JSON.parse(before).sheets.find((s: { name: string }) => s.name === 'Deltagere').values,
    );

    const rows = h.api.recordAttendance({ module: 3, present: [ids[0]] });
    expect(rows.find((r) => r.id === ids[0])).toMatchObject({ attended: 2, held: 3 });
    expect(h.emu.sheetValues('Fremmøde hold 1')[1][1]).toBe('ring efter kl. 16');
    const header = headerOf(h.emu, 'Fremmøde hold 1');
    const row = h.emu.sheetValues('Fremmøde hold 1').find((r) => r[header.indexOf('ID')] === ids[0])!;
    expect([row[header.indexOf('M1')], row[header.indexOf('M2')], row[header.indexOf('M3')]]).toEqual([
      'M',
      'F',
      'M',
    ]);
    expect(row[header.indexOf('Mødt')]).toBe(2);

    h.api.addPerson({ name: 'Nour' });
    const added = h.api.listPersons().find((p) => p.name === 'Nour')!;
    expect(added.status).toBe('Interesseret');
    expect(h.api.setPersonStatus(added.id, 'Optaget').status).toBe('Optaget');
    expect(h.api.getAttendance().map((r) => r.id)).toContain(added.id);
  });

  it('keeps the call budgets of the API with her own column inserted in both sheets', () => {
    sheet(h.emu, 'Fremmøde').insertColumnBefore(3);
    sheet(h.emu, 'Personer').insertColumnBefore(2);
    const record = spreadsheetCalls(h, () => h.api.recordAttendance({ module: 3, present: ids.slice(0, 6) }));
    const optaget = spreadsheetCalls(h, () => h.api.setPersonStatus(ids[6], 'Optaget'));
    const add = spreadsheetCalls(h, () => h.api.addPerson({ name: 'Hawa' }));
    // recordAttendance: 9, the documented exception (README "Performance": it reads Moduler too).
    expect([record <= 9, optaget <= 8, add <= 8]).toEqual([true, true, true]);
  });

  it('refuses an API call when a required column is missing, naming sheet and column, and writes nothing', () => {
    sheet(h.emu, 'Fremmøde')
      .getRange(1, colOf(h.emu, 'Fremmøde', 'M3'))
      .setValue('Modul tre');
    const before = snapshot(h.emu);
    expect(() => h.api.recordAttendance({ module: 1, present: [] })).toThrow(/«M3».*«Fremmøde»/);
    expect(() => h.api.getAttendance()).toThrow(/«M3».*«Fremmøde»/);
    expect(snapshot(h.emu)).toBe(before);
  });

  it('keeps the Diplom links when attendance is recorded', () => {
    const att = sheet(h.emu, 'Fremmøde');
    const diplom = colOf(h.emu, 'Fremmøde', 'Diplom');
    const app = (globalThis as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp })
      .SpreadsheetApp;
    const link = app
      .newRichTextValue()
      .setText('Diplom')
      .setLinkUrl('https://docs.google.com/document/d/abc')
      .build();
    att.getRange(2, diplom).setRichTextValue(link);
    h.api.recordAttendance({ module: 3, present: ids.slice(0, 6) });
    expect(att.getRange(2, diplom).getRichTextValue()!.getLinkUrl()).toBe(
      'https://docs.google.com/document/d/abc',
    );
  });
});

describe('setupWorkbook with a first module date', () => {
  it('dates the modules weekly, skipping the holidays', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ firstModuleDate: '2026-03-05' });
    h.api.setupWorkbook();
    const dates = h.emu
      .sheetDisplayValues('Moduler')
      .slice(1)
      .map((r) => r[1]);
    // Thursdays; skærtorsdag 2 April and Kristi himmelfartsdag 14 May are closed.
    expect(dates.slice(0, 6)).toEqual([
      '05-03-2026',
      '12-03-2026',
      '19-03-2026',
      '26-03-2026',
      '09-04-2026',
      '16-04-2026',
    ]);
    expect(dates).not.toContain('14-05-2026');
    expect(dates).toHaveLength(15);
  });

  it('leaves a user sheet alone and creates every sheet beside it', () => {
    const h = harness({ today: '2026-01-15' });
    const own = h.emu.spreadsheet.getSheets()[0];
    own.getRange('A1').setValue('Mine noter');
    const result = h.api.setupWorkbook();
    expect(result.created).toEqual(SHEETS);
    expect(h.emu.model.sheets).toHaveLength(8);
    expect(h.emu.sheetValues(own.getName())).toEqual([['Mine noter']]);
  });
});

describe('setupWorkbook when Google refuses decoration', () => {
  it('still creates the sheets and seeds the data, then applies the refused formats next time', () => {
    const h = harness({ today: '2026-01-15' });
    const { api, emu } = h;
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Every data-validation call fails during the first setup (an environment without them).
    for (let n = 1; n <= 20; n++) emu.calls.failAt(n, { method: 'setDataValidations' });
    const first = api.setupWorkbook();
    emu.calls.clearFaults();
    expect(first.created).toEqual(expect.arrayContaining(SHEETS));
    expect(headerOf(emu, 'Personer')).toContain('Status');
    expect(api.getBudget().budget).toBe(111000);
    const status = () =>
      sheet(emu, 'Personer')
        .getRange(2, colOf(emu, 'Personer', 'Status'))
        .getDataValidation();
    expect(status()).toBeNull();
    expect(warnings.mock.calls.flat().join(' ')).toMatch(/formats of persons: not applied/);

    api.setupWorkbook();
    expect(status()).not.toBeNull();
    warnings.mockRestore();
  });
});
