// Issue 13 points 0, 2, 4, 6, 7 through the server API in the emulator: re-recording a module
// keeps its marks, a module dated after today is refused, missing and unknown marks are listed
// and shown, updatePerson corrects a woman (and her Fremmøde row follows), addPerson warns
// about a second woman with the same name or phone, and dates are named dd-mm-åååå.
import { harness, type Harness } from '../helpers/harness';
import { addApplicants, admit } from './workbook.fixtures';

function values(h: Harness, sheet: string): unknown[][] {
  return h.emu.sheetValues(sheet).map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v)));
}

function cell(h: Harness, sheet: string, id: string, column: string): unknown {
  const rows = h.emu.sheetValues(sheet);
  const header = rows[0].map(String);
  const row = rows.find((r) => r[header.indexOf('ID')] === id);
  return row ? row[header.indexOf(column)] : undefined;
}

function sheetOf(h: Harness, name: string) {
  const sheet = h.emu.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function columnOf(h: Harness, sheet: string, header: string): number {
  return h.emu.sheetValues(sheet)[0].map(String).indexOf(header) + 1;
}

function rowOf(h: Harness, sheet: string, id: string): number {
  return h.emu.sheetValues(sheet).findIndex((r) => r[0] === id) + 1;
}

describe('point 0: re-recording a module keeps its marks', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 5);
    admit(h.api, ids);
    h.api.recordAttendance({ module: 1, present: [ids[0], ids[1], ids[4]], excused: [ids[2]] });
  });

  it('getAttendance returns every row’s marks as in the sheet', () => {
    const rows = h.api.getAttendance();
    const byId = new Map(rows.map((r) => [r.id, r.marks?.[0]]));
    expect(ids.map((id) => byId.get(id))).toEqual(['M', 'M', 'A', 'F', 'M']);
    expect(rows[0].marks).toHaveLength(15);
  });

  it('saving a module unchanged changes no cell, also a hand-typed lower-case mark', () => {
    const sheet = sheetOf(h, 'Fremmøde');
    const r = rowOf(h, 'Fremmøde', ids[0]);
    // Whether Sheets' dropdown check lets a typed 'm' through is not documented (our emulator
    // rejects it): a pasted cell brings no validation, so this is how an 'm' lands either way.
    sheet.getRange(r, columnOf(h, 'Fremmøde', 'M1')).clearDataValidations();
    sheet.getRange(r, columnOf(h, 'Fremmøde', 'M1')).setValue('m');
    h.api.onEdit({ range: sheet.getRange(r, columnOf(h, 'Fremmøde', 'M1')) } as never);
    const before = values(h, 'Fremmøde');
    // What the sidebar sends when she re-opens module 1 and saves without a change.
    const rows = h.api.getAttendance();
    const present = rows.filter((x) => x.marks?.[0] === 'M').map((x) => x.id);
    const excused = rows.filter((x) => x.marks?.[0] === 'A').map((x) => x.id);
    h.emu.calls.reset();
    h.emu.calls.recording = true;
    h.api.recordAttendance({ module: 1, present, excused });
    expect(h.emu.calls.entries.filter((e) => e.method === 'setValues' || e.method === 'setValue')).toEqual(
      [],
    );
    expect(values(h, 'Fremmøde')).toEqual(before);
    expect(cell(h, 'Fremmøde', ids[0], 'M1')).toBe('m');
  });

  it('correcting one woman changes her mark only', () => {
    const before = values(h, 'Fremmøde');
    h.api.recordAttendance({ module: 1, present: [ids[0], ids[1], ids[3], ids[4]], excused: [ids[2]] });
    const after = values(h, 'Fremmøde');
    const m1 = columnOf(h, 'Fremmøde', 'M1') - 1;
    const changed: string[] = [];
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        if (c <= m1 + 14 && v !== before[r][c]) changed.push(`${String(row[0])}:${c === m1 ? 'M1' : c}`);
      }),
    );
    expect(changed).toEqual([`${ids[3]}:M1`]);
    expect(cell(h, 'Fremmøde', ids[2], 'M1')).toBe('A');
  });
});

describe('point 2: a module dated after today cannot be recorded', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-03-10' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 3);
    admit(h.api, ids);
  });

  it('an undated module is accepted', () => {
    expect(h.api.recordAttendance({ module: 4, present: ids })).toHaveLength(3);
  });

  it('refuses a future module, naming its date and where to change it, and writes nothing', () => {
    h.api.saveSettings({ firstModuleDate: '2026-03-03' }); // a Tuesday: M1 03-03, M2 10-03, M3 17-03
    expect(h.api.recordAttendance({ module: 2, present: ids })).toHaveLength(3); // today is allowed
    const before = values(h, 'Fremmøde');
    expect(() => h.api.recordAttendance({ module: 3, present: ids })).toThrow(
      /Modul 3 er dateret 17-03-2026.*i dag er det 10-03-2026.*«Moduler».*første moduldato/,
    );
    expect(values(h, 'Fremmøde')).toEqual(before);
    h.api.saveSettings({ language: 'en' });
    expect(() => h.api.recordAttendance({ module: 3, present: ids })).toThrow(/Module 3 is dated 17-03-2026/);
  });

  it('follows a date typed by hand in Moduler', () => {
    h.api.saveSettings({ firstModuleDate: '2026-03-03' });
    const moduler = sheetOf(h, 'Moduler');
    moduler.getRange(4, columnOf(h, 'Moduler', 'Dato')).setValue(new Date(2026, 2, 9));
    expect(h.api.recordAttendance({ module: 3, present: ids })).toHaveLength(3);
    h.setToday('2026-03-02');
    expect(() => h.api.recordAttendance({ module: 1, present: ids })).toThrow(/03-03-2026/);
  });
});

describe('point 4: missing and unknown marks are listed, shown, never silent', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 4);
    admit(h.api, ids);
  });

  it('one hand-typed mark in M11 makes module 11 held: the others show "mangler M11"', () => {
    const sheet = sheetOf(h, 'Fremmøde');
    const range = sheet.getRange(rowOf(h, 'Fremmøde', ids[0]), columnOf(h, 'Fremmøde', 'M11'));
    range.clearDataValidations();
    range.setValue(' m ');
    h.api.onEdit({ range } as never);
    const rows = h.api.getAttendance();
    const first = rows.find((r) => r.id === ids[0])!;
    expect(first).toMatchObject({ attended: 1, held: 1, unrecorded: [], unknownMarks: [] });
    for (const id of ids.slice(1)) {
      expect(rows.find((r) => r.id === id)).toMatchObject({
        attended: 0,
        held: 1,
        unrecorded: [11],
        unknownMarks: [],
      });
      expect(cell(h, 'Fremmøde', id, 'Status')).toBe('I risiko · mangler M11');
    }
    expect(cell(h, 'Fremmøde', ids[0], 'Status')).toBe('OK');
  });

  it('"x", "1" and "Syg" are unknown marks: counted as empty, listed and named on the sheet', () => {
    h.api.recordAttendance({ module: 1, present: ids });
    const sheet = sheetOf(h, 'Fremmøde');
    const m7 = columnOf(h, 'Fremmøde', 'M7');
    const range = sheet.getRange(rowOf(h, 'Fremmøde', ids[1]), m7, 1, 1);
    range.clearDataValidations(); // pasted from elsewhere: no dropdown came with it
    range.setValue('Syg');
    h.api.onEdit({ range } as never);
    const row = h.api.getAttendance().find((r) => r.id === ids[1])!;
    expect(row).toMatchObject({ attended: 1, held: 1, unknownMarks: [7], unrecorded: [] });
    expect(cell(h, 'Fremmøde', ids[1], 'Status')).toBe('OK · ukendt mærke i M7');
  });

  it('mark cells offer M/A/F and reject anything else typed in', () => {
    const sheet = sheetOf(h, 'Fremmøde');
    const target = sheet.getRange(rowOf(h, 'Fremmøde', ids[0]), columnOf(h, 'Fremmøde', 'M2'));
    const rule = target.getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['M', 'A', 'F']);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(() => target.setValue('x')).toThrow(/violates the data validation/);
    expect(target.getValue()).toBe('');
  });

  it('colours a lower-case mark like its upper case, and gives unknown and missing marks their own colour', () => {
    const rules = sheetOf(h, 'Fremmøde').getConditionalFormatRules();
    const colourOf = (text: string) =>
      rules
        .find(
          (r) =>
            String(r.getBooleanCondition()?.getCriteriaType()) === 'TEXT_EQUAL_TO' &&
            r.getBooleanCondition()?.getCriteriaValues()[0] === text,
        )
        ?.getBooleanCondition()
        ?.getBackground();
    expect(colourOf('m')).toBe(colourOf('M'));
    expect(colourOf('f')).toBe(colourOf('F'));
    const types = rules.map((r) => String(r.getBooleanCondition()?.getCriteriaType()));
    // Sheets applies the first rule that holds: the mark rules come before "any other text".
    expect(types.lastIndexOf('TEXT_EQUAL_TO')).toBeLessThan(types.indexOf('CELL_NOT_EMPTY'));
    const missing = rules.find(
      (r) => String(r.getBooleanCondition()?.getCriteriaType()) === 'CUSTOM_FORMULA',
    );
    // Setup again (e.g. after a column was added) replaces its own rules instead of piling them up.
    h.api.saveSettings({ modules: 16 });
    h.api.setupWorkbook();
    expect(sheetOf(h, 'Fremmøde').getConditionalFormatRules()).toHaveLength(rules.length);
    expect(missing?.getBooleanCondition()?.getCriteriaValues()[0]).toMatch(
      /^=AND\(\$A2<>"",C2="",COUNTIF\(C\$2:C\$\d+,"M"\)/,
    );
  });
});

describe('point 6: updatePerson and same-person warnings', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 3);
  });

  it('corrects a phone and a date, clears an optional field with "", and leaves everything else', () => {
    h.api.updatePerson(ids[1], { notes: 'Ring efter kl. 16' });
    const before = values(h, 'Personer');
    const result = h.api.updatePerson(ids[1], {
      phone: '+45 61 62 63 64',
      interviewDate: '2026-01-08',
      notes: '',
    });
    expect(result).toEqual({ id: ids[1], warnings: [] });
    expect(cell(h, 'Personer', ids[1], 'Telefon')).toBe('+45 61 62 63 64');
    expect(cell(h, 'Personer', ids[1], 'Samtale')).toEqual(new Date(2026, 0, 8));
    expect(cell(h, 'Personer', ids[1], 'Noter')).toBe('');
    const after = values(h, 'Personer');
    const header = after[0].map(String);
    const touched = ['Telefon', 'Samtale', 'Noter'].map((c) => header.indexOf(c));
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!(r === rowOf(h, 'Personer', ids[1]) - 1 && touched.includes(c)))
          expect([r, c, v]).toEqual([r, c, before[r][c]]);
      }),
    );
  });

  it('fills the follow-up columns Aktiv bydelsmor and Uddannelse/job with Ja / Nej / empty', () => {
    h.api.updatePerson(ids[0], { activeVolunteer: 'Ja', educationOrJob: 'Nej' });
    expect(cell(h, 'Personer', ids[0], 'Aktiv bydelsmor')).toBe('Ja');
    expect(cell(h, 'Personer', ids[0], 'Uddannelse/job')).toBe('Nej');
    h.api.updatePerson(ids[0], { educationOrJob: '' });
    expect(cell(h, 'Personer', ids[0], 'Uddannelse/job')).toBe('');
    expect(h.api.listPersons().find((p) => p.id === ids[0])).toMatchObject({
      activeVolunteer: 'Ja',
      educationOrJob: '',
    });
  });

  it.each([
    ['the name cleared', { name: '' }, /Navnet kan ikke fjernes/],
    [
      'a follow-up answer that is not Ja/Nej',
      { activeVolunteer: 'Måske' },
      /«Aktiv bydelsmor» skal være «Ja», «Nej» eller tom/,
    ],
    ['a bad phone', { phone: '12' }, /Telefonnummeret «12»/],
    ['a Danish date where ISO is required', { consentDate: '12-01-2026' }, /Skriv datoen som dd-mm-åååå/],
    ['languages without consent', { languages: 'somali', consentDate: '' }, /samtykke/],
    ['an unknown field', { ethnicity: 'x' }, /ethnicity/],
    ['an empty patch', {}, /ingen ændringer/],
  ])('refuses %s and writes nothing', (_what, patch, message) => {
    const before = values(h, 'Personer');
    expect(() => h.api.updatePerson(ids[2], patch as never)).toThrow(message);
    expect(values(h, 'Personer')).toEqual(before);
  });

  it('refuses an unknown id', () => {
    expect(() => h.api.updatePerson('P999', { phone: '20304050' })).toThrow(/ingen person med ID «P999»/);
  });

  it('her Fremmøde row follows a name change, marks untouched', () => {
    admit(h.api, [ids[0]]);
    h.api.recordAttendance({ module: 1, present: [ids[0]] });
    h.api.updatePerson(ids[0], { name: 'Aisha Rahman' });
    expect(cell(h, 'Personer', ids[0], 'Navn')).toBe('Aisha Rahman');
    expect(cell(h, 'Fremmøde', ids[0], 'Navn')).toBe('Aisha Rahman');
    expect(cell(h, 'Fremmøde', ids[0], 'M1')).toBe('M');
    expect(h.api.getAttendance()[0].name).toBe('Aisha Rahman');
  });

  it('addPerson warns about the same name (case and spaces ignored) or the same phone digits, and still saves', () => {
    const first = h.api.listPersons()[0];
    const twin = h.api.addPerson({ name: `  ${first.name.toUpperCase().replace(' ', '  ')} ` });
    expect(twin.warnings).toEqual([
      `Der er allerede en person med navnet «${first.name}» (${first.id}). Er det den samme?`,
    ]);
    const byPhone = h.api.addPerson({
      name: 'Hodan Ali',
      phone: first.phone.replace('+45', '').replace(/ /g, ''),
    });
    expect(byPhone.warnings).toEqual([
      `${first.name} (${first.id}) har samme telefonnummer. Er det den samme?`,
    ]);
    expect(h.api.addPerson({ name: 'Helt Ny', phone: '99 88 77 66' }).warnings).toEqual([]);
    expect(h.api.listPersons()).toHaveLength(6);
  });

  it('updatePerson warns when her new name is another woman’s, but not about herself', () => {
    const [a, b] = h.api.listPersons();
    expect(h.api.updatePerson(a.id, { name: a.name }).warnings).toEqual([]);
    expect(h.api.updatePerson(a.id, { name: b.name.toLowerCase() }).warnings).toEqual([
      `Der er allerede en person med navnet «${b.name}» (${b.id}). Er det den samme?`,
    ]);
  });
});

describe('point 7: one date format in messages', () => {
  it('names dd-mm-åååå (da) and dd-mm-yyyy (en) for a bad date', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    expect(() => h.api.addPerson({ name: 'A', infoMeetingDate: '2026-02-30' })).toThrow(
      /Skriv datoen som dd-mm-åååå/,
    );
    h.api.saveSettings({ language: 'en' });
    expect(() => h.api.addPerson({ name: 'A', infoMeetingDate: '2026-02-30' })).toThrow(
      /Write the date as dd-mm-yyyy/,
    );
  });
});

describe('point 3: "Fortryd" is the previous status set back with the normal rules', () => {
  it('undoing Optaget removes her empty Fremmøde row; undoing a move with marks out is refused', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    const [a, b] = addApplicants(h.api, 2);
    h.api.setPersonStatus(a, 'Samtale aftalt');
    h.api.setPersonStatus(a, 'Optaget');
    expect(h.api.getAttendance().map((r) => r.id)).toEqual([a]);
    h.api.setPersonStatus(a, 'Samtale aftalt'); // Fortryd
    expect(h.api.getAttendance()).toEqual([]);
    expect(h.api.listPersons().find((p) => p.id === a)?.status).toBe('Samtale aftalt');

    admit(h.api, [b]);
    h.api.recordAttendance({ module: 1, present: [b] });
    h.api.setPersonStatus(b, 'Frafaldet');
    // Undoing Frafaldet puts her back as Optaget with her marks.
    h.api.setPersonStatus(b, 'Optaget');
    expect(h.api.getAttendance()[0]).toMatchObject({ id: b, attended: 1 });
    // A change the rules refuse stays refused when it comes from Fortryd.
    expect(() => h.api.setPersonStatus(b, 'Samtale aftalt')).toThrow(/fremmøde registreret/);
  });

  it('undoing Ikke optaget keeps the deletion date, as the SPEC rule says (only Optaget clears it)', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    const [a] = addApplicants(h.api, 1);
    h.api.setPersonStatus(a, 'Ikke optaget');
    h.api.setPersonStatus(a, 'Interesseret');
    expect(h.api.listPersons()[0]).toMatchObject({ status: 'Interesseret', deleteAfter: '2026-07-15' });
  });
});
