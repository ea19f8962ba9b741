// Text the add-on writes reads back exactly as given (getValues and getDisplayValues) under
// both readings of a leading apostrophe in a plain-text cell (README, "Text cells"), what she
// types by hand into a plain-text column stays text, and setup keeps her own validations
// (a date rule included) when it rewrites a sheet's validations.
import { harness, type Harness } from '../helpers/harness';
import { completedCohort } from '../helpers/reliability';

type Emu = Harness['emu'];

// The server logs counts and row numbers; these tests read the sheets instead.
let quiet: jest.SpyInstance[] = [];
beforeEach(() => {
  quiet = [
    jest.spyOn(console, 'log').mockImplementation(() => undefined),
    jest.spyOn(console, 'error').mockImplementation(() => undefined),
  ];
});
afterEach(() => {
  for (const spy of quiet) spy.mockRestore();
});

const NAMES = [
  '=Amal Ali',
  '+Amal Ali',
  "'Amal Ali",
  '@Amal Ali',
  '-Amal Ali',
  "O'Brien Amal",
  'Søs Ørnebjerg Åse',
  'مريم أحمد',
  '=HYPERLINK("x";"y")',
];

function columnOf(
  emu: Emu,
  sheet: string,
  header: string,
): { values: unknown[]; shown: string[]; formulas: string[] } {
  const values = emu.sheetValues(sheet);
  const i = values[0].map(String).indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${sheet}`);
  return {
    values: values.slice(1).map((r) => r[i]),
    shown: emu
      .sheetDisplayValues(sheet)
      .slice(1)
      .map((r) => r[i]),
    formulas: emu
      .sheetFormulas(sheet)
      .slice(1)
      .map((r) => r[i]),
  };
}

describe.each(['keep', 'drop'] as const)('reading "%s"', (reading) => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15', plainTextApostrophe: reading });
    h.api.setupWorkbook();
  });

  test("names with =, +, ', @, -, æøå and Arabic and a +45 phone read back exactly, in Personer and Fremmøde", () => {
    const ids = NAMES.map(
      (name) => h.api.addPerson({ name, phone: '+45 20 30 40 50', consentDate: '2026-01-10' }).id,
    );
    const navn = columnOf(h.emu, 'Personer', 'Navn');
    expect(navn.values).toEqual(NAMES);
    expect(navn.shown).toEqual(NAMES);
    expect(navn.formulas.every((f) => f === '')).toBe(true);
    const phone = columnOf(h.emu, 'Personer', 'Telefon');
    expect(phone.values).toEqual(NAMES.map(() => '+45 20 30 40 50'));
    expect(phone.shown).toEqual(NAMES.map(() => '+45 20 30 40 50'));
    expect(columnOf(h.emu, 'Personer', 'ID').values).toEqual(ids);
    for (const id of ids) h.api.setPersonStatus(id, 'Optaget');
    const enrolled = columnOf(h.emu, 'Fremmøde', 'Navn');
    expect(enrolled.values).toEqual(NAMES);
    expect(enrolled.shown).toEqual(NAMES);
    expect(JSON.stringify(h.api.exportPerson(ids[2]))).toContain(JSON.stringify("'Amal Ali"));
  });

  test('expense descriptions and receipts that look like formulas, numbers or dates stay text', () => {
    const texts = ["'kvittering", '=SUM(1;2)', '12-06-2026', '007', '+1'];
    for (const t of texts)
      h.api.addExpense({
        date: '2026-01-10',
        line: 'Administration',
        amount: 10,
        description: t,
        receipt: t,
      });
    expect(columnOf(h.emu, 'Udgifter', 'Beskrivelse').values).toEqual(texts);
    expect(columnOf(h.emu, 'Udgifter', 'Beskrivelse').shown).toEqual(texts);
    expect(columnOf(h.emu, 'Udgifter', 'Bilag').values).toEqual(texts);
  });

  test('a phone typed by hand into Personer stays text, and the add-on reads it', () => {
    const personer = h.emu.spreadsheet.getSheetByName('Personer');
    if (!personer) throw new Error('no Personer');
    const header = (h.emu.sheetValues('Personer')[0] ?? []).map(String);
    const row = header.map(() => '' as unknown);
    row[header.indexOf('ID')] = 'P900';
    row[header.indexOf('Navn')] = 'Hånd Skrevet';
    row[header.indexOf('Telefon')] = '+45 20 30 40 50';
    row[header.indexOf('Status')] = 'Interesseret';
    // As typed in the sheet: no apostrophe, no help from the add-on.
    personer.getRange(2, 1, 1, row.length).setValues([row]);
    expect(columnOf(h.emu, 'Personer', 'Telefon').values).toEqual(['+45 20 30 40 50']);
    expect(columnOf(h.emu, 'Personer', 'Telefon').shown).toEqual(['+45 20 30 40 50']);
    // Digits only would be a number in a general cell; here they stay text.
    row[header.indexOf('ID')] = 'P901';
    row[header.indexOf('Telefon')] = '20304050';
    personer.getRange(3, 1, 1, row.length).setValues([row]);
    expect(columnOf(h.emu, 'Personer', 'Telefon').values).toEqual(['+45 20 30 40 50', '20304050']);
    // The add-on reads both as the text typed.
    expect(JSON.stringify(h.api.exportPerson('P900'))).toContain('"Telefon":"+45 20 30 40 50"');
    expect(JSON.stringify(h.api.exportPerson('P901'))).toContain('"Telefon":"20304050"');
  });

  test('after a whole cohort flow no cell of any sheet shows a stray apostrophe', () => {
    h.api.saveSettings({ coordinatorInitials: 'AB' });
    completedCohort(h.api, ['Amal Ali', 'Søs Ørnebjerg', 'مريم أحمد', 'Fatima 2'], []);
    h.api.addExpense({
      date: '2026-01-10',
      line: 'Forplejning og materialer',
      amount: 1234.5,
      description: 'Kaffe 12 pers.',
      receipt: 'B-7',
    });
    h.api.generateDiplomas({ batchSize: 10 });
    for (const sheet of h.emu.model.sheets.map((s) => s.name)) {
      const stray = h.emu
        .sheetDisplayValues(sheet)
        .flat()
        .filter((v) => v.startsWith("'"));
      expect({ sheet, stray }).toEqual({ sheet, stray: [] });
    }
  });

  test('a write spanning a column of her own leaves her text, format and formula there untouched', () => {
    const { id } = h.api.addPerson({ name: 'Amal Ali', consentDate: '2026-01-10' });
    const personer = h.emu.spreadsheet.getSheetByName('Personer');
    if (!personer) throw new Error('no Personer');
    const header = (h.emu.sheetValues('Personer')[0] ?? []).map(String);
    // Her two columns between Status and Slettes, which setPersonStatus both writes.
    const at = header.indexOf('Noter') + 1;
    personer.insertColumnsAfter(at, 2);
    personer.getRange(1, at + 1, 1, 2).setValues([['Egen note', 'Egen formel']]);
    personer
      .getRange(2, at + 1)
      .setNumberFormat('@')
      .setValue('ring 12/3');
    personer.getRange(2, at + 2).setFormula('=LEN("abc")');
    h.api.setPersonStatus(id, 'Ikke optaget');
    expect(personer.getRange(2, at + 1).getValue()).toBe('ring 12/3');
    expect(personer.getRange(2, at + 1).getDisplayValue()).toBe('ring 12/3');
    expect(personer.getRange(2, at + 2).getFormula()).toBe('=LEN("abc")');
    const row = h.emu.sheetValues('Personer')[1];
    expect(row[header.indexOf('Status')]).toBe('Ikke optaget');
    expect(Object.prototype.toString.call(row[h.emu.sheetValues('Personer')[0].indexOf('Slettes')])).toBe(
      '[object Date]',
    );
  });

  test('Oversigt shows its text with no stray apostrophe (its text cells are plain text)', () => {
    h.api.addPerson({ name: 'Amal Ali', consentDate: '2026-01-10' });
    h.api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 10, description: 'x' });
    const shown = h.emu.sheetDisplayValues('Oversigt').flat();
    expect(shown.filter((v) => v.startsWith("'"))).toEqual([]);
    // Text that looks like a date or a fraction is still shown as written.
    expect(shown).toEqual(expect.arrayContaining(['15-01-2026']));
    expect(shown.some((v) => /^\d+ \/ \d+$/.test(v))).toBe(true);
  });

  test('a text column she reformatted away from plain text still gets the text exactly (checked, then quoted)', () => {
    const personer = h.emu.spreadsheet.getSheetByName('Personer');
    if (!personer) throw new Error('no Personer');
    const header = (h.emu.sheetValues('Personer')[0] ?? []).map(String);
    personer
      .getRange(2, header.indexOf('Navn') + 1, personer.getMaxRows() - 1, 1)
      .setNumberFormat('0.###############');
    for (const name of ['=1+1 Amal', "'Amal", 'Amal']) h.api.addPerson({ name, consentDate: '2026-01-10' });
    const navn = columnOf(h.emu, 'Personer', 'Navn');
    expect(navn.values).toEqual(['=1+1 Amal', "'Amal", 'Amal']);
    expect(navn.formulas).toEqual(['', '', '']);
  });
});

describe('setup keeps her own validations', () => {
  test('a date rule of her own column survives setup rewriting the sheet validations', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    h.api.addPerson({ name: 'Amal Ali', consentDate: '2026-01-10' });
    const personer = h.emu.spreadsheet.getSheetByName('Personer');
    if (!personer) throw new Error('no Personer');
    const width = (h.emu.sheetValues('Personer')[0] ?? []).length;
    // Her own column at the end, with a rule: a date on or after 1 March 2026.
    personer.getRange(1, width + 1).setValue('Opfølgning');
    const from = new Date(2026, 2, 1);
    const rule = SpreadsheetApp.newDataValidation().requireDateOnOrAfter(from).setAllowInvalid(false).build();
    personer.getRange(2, width + 1, personer.getMaxRows() - 1, 1).setDataValidation(rule);
    h.api.setupWorkbook();
    for (const row of [2, 5, personer.getMaxRows()]) {
      const back = personer.getRange(row, width + 1).getDataValidation();
      expect(String(back?.getCriteriaType())).toBe('DATE_ON_OR_AFTER');
      const values = back?.getCriteriaValues() ?? [];
      expect(Object.prototype.toString.call(values[0])).toBe('[object Date]');
      expect((values[0] as Date).getTime()).toBe(from.getTime());
      expect(back?.getAllowInvalid()).toBe(false);
    }
  });
});
