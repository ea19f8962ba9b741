// Applicants and participants through the server API: addPerson, setPersonStatus, listPersons.
import { harness, installGlobals, type Harness } from '../helpers/harness';
import { addApplicants, admit, snapshot } from './workbook.fixtures';

function row(emu: Harness['emu'], id: string): Record<string, unknown> {
  const values = emu.sheetValues('Personer');
  const header = values[0].map(String);
  const found = values.find((r) => r[header.indexOf('ID')] === id);
  if (!found) throw new Error(`no row ${id}`);
  return Object.fromEntries(header.map((h, i) => [h, found[i]]));
}

function attendanceIds(emu: Harness['emu']): unknown[] {
  return emu
    .sheetValues('Fremmøde')
    .slice(1)
    .map((r) => r[0]);
}

describe('addPerson', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
  });

  it('writes one row with ID, Interesseret, Oprettet today and real date, checkbox and text cells', () => {
    const { id } = h.api.addPerson({
      name: 'Søs Ørnebjerg-Ålund',
      phone: '+45 20 30 40 50',
      email: 'soes@example.dk',
      area: 'Hedeparken',
      languages: 'arabisk, dansk',
      consentDate: '2026-01-10',
      infoMeetingDate: '2025-11-12',
      childcare: true,
      notes: '=HYPERLINK("x")',
    });
    expect(id).toBe('P001');
    const r = row(h.emu, 'P001');
    expect(r).toMatchObject({
      Navn: 'Søs Ørnebjerg-Ålund',
      Telefon: '+45 20 30 40 50',
      'E-mail': 'soes@example.dk',
      Boligområde: 'Hedeparken',
      Sprog: 'arabisk, dansk',
      Status: 'Interesseret',
      Børnepasning: true,
      Noter: '=HYPERLINK("x")',
      Slettes: '',
    });
    expect(r.Oprettet).toBeInstanceOf(Date);
    expect((r.Oprettet as Date).getDate()).toBe(15);
    expect(r.Infomøde).toBeInstanceOf(Date);
    expect(h.emu.sheetFormulas('Personer')[1].every((f) => f === '')).toBe(true);
    expect(
      h.emu.sheetDisplayValues('Personer')[1][h.emu.sheetValues('Personer')[0].indexOf('Oprettet')],
    ).toBe('15-01-2026');
  });

  it('never reuses an ID, also after a row was deleted by hand, and never goes below the sheet', () => {
    addApplicants(h.api, 3);
    h.emu.spreadsheet.getSheetByName('Personer')!.deleteRow(4); // P003
    expect(h.api.addPerson({ name: 'Amal' }).id).toBe('P004');
    // A row typed by hand with a higher ID moves the counter on.
    h.emu.spreadsheet.getSheetByName('Personer')!.appendRow(['P010', 'Hodan']);
    expect(h.api.addPerson({ name: 'Ilham' }).id).toBe('P011');
  });

  it.each([
    [{ name: '' }, /Navn.*udfyldes/],
    [{ name: 'Amal', languages: 'somali' }, /samtykke/],
    [{ name: 'Amal', phone: 'ring mig' }, /Telefonnummeret/],
    [{ name: 'Amal', email: 'amal@' }, /E-mailadressen/],
    [{ name: 'Amal', childcare: 'ja' }, /ja eller nej/],
    [{ name: 'Amal', nationality: 'x' }, /nationality/],
  ])('refuses %j with a message and writes nothing', (input, message) => {
    const before = snapshot(h.emu);
    expect(() => h.api.addPerson(input as never)).toThrow(message);
    expect(snapshot(h.emu)).toBe(before);
  });

  it('names the sheet and the column when a required column is missing, and writes nothing', () => {
    const sheet = h.emu.spreadsheet.getSheetByName('Personer')!;
    const col = (h.emu.sheetValues('Personer')[0] as string[]).indexOf('Kilde') + 1;
    sheet.getRange(1, col).setValue('Hvorfra');
    const before = snapshot(h.emu);
    expect(() => h.api.addPerson({ name: 'Amal' })).toThrow(/Kilde.*Personer/);
    expect(snapshot(h.emu)).toBe(before);
  });
});

describe('setPersonStatus', () => {
  let h: Harness;
  let ids: string[];
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    ids = addApplicants(h.api, 5);
  });

  it('Optaget adds her Fremmøde row with empty marks; moving back removes it while it has no marks', () => {
    admit(h.api, [ids[0]]);
    expect(attendanceIds(h.emu)).toEqual([ids[0]]);
    const values = h.emu.sheetValues('Fremmøde');
    expect(values[1].slice(2, 17).every((v) => v === '')).toBe(true);
    expect(values[1][values[0].indexOf('Status')]).toBe('OK');
    h.api.setPersonStatus(ids[0], 'Venteliste');
    expect(attendanceIds(h.emu)).toEqual([]);
  });

  it('refuses to move a participant with marks out of the training, except to Frafaldet, and back to Optaget keeps her marks', () => {
    admit(h.api, ids.slice(0, 2));
    h.api.recordAttendance({ module: 1, present: [ids[0]] });
    const before = snapshot(h.emu);
    expect(() => h.api.setPersonStatus(ids[0], 'Trukket sig')).toThrow(/Frafaldet/);
    expect(snapshot(h.emu)).toBe(before);
    h.api.setPersonStatus(ids[0], 'Frafaldet');
    expect(attendanceIds(h.emu)).toEqual(ids.slice(0, 2));
    h.api.setPersonStatus(ids[0], 'Optaget');
    expect(h.api.getAttendance()[0]).toMatchObject({ id: ids[0], attended: 1, held: 1 });
    expect(attendanceIds(h.emu)).toHaveLength(2);
  });

  it('sets Slettes for Ikke optaget and Trukket sig, and clears it on Optaget', () => {
    h.api.setPersonStatus(ids[1], 'Ikke optaget');
    const slettes = row(h.emu, ids[1]).Slettes as Date;
    expect(slettes).toBeInstanceOf(Date);
    expect([slettes.getFullYear(), slettes.getMonth() + 1, slettes.getDate()]).toEqual([2026, 7, 15]);
    h.api.setPersonStatus(ids[1], 'Optaget');
    expect(row(h.emu, ids[1]).Slettes).toBe('');
  });

  it('refuses unknown statuses and ids, Frafaldet/Uddannet for applicants, and writes nothing', () => {
    const before = snapshot(h.emu);
    expect(() => h.api.setPersonStatus(ids[0], 'Godkendt' as never)).toThrow(/Godkendt.*ikke en status/);
    expect(() => h.api.setPersonStatus('P999', 'Optaget')).toThrow(/P999/);
    expect(() => h.api.setPersonStatus(ids[0], 'Frafaldet')).toThrow(/optaget på holdet/);
    expect(() => h.api.setPersonStatus(ids[0], 'Uddannet')).toThrow(/optaget på holdet/);
    expect(() => h.api.setPersonStatus(42 as never, 'Optaget')).toThrow(/ID/);
    expect(snapshot(h.emu)).toBe(before);
  });

  it('listPersons returns every person with her fields as ISO dates and booleans', () => {
    h.api.setPersonStatus(ids[0], 'Ikke optaget');
    const list = h.api.listPersons();
    expect(list).toHaveLength(5);
    expect(list[0]).toMatchObject({
      id: ids[0],
      status: 'Ikke optaget',
      created: '2026-01-15',
      deleteAfter: '2026-07-15',
      row: 2,
      childcare: true,
      infoMeetingDate: '2025-11-12',
    });
  });
});

describe('call budget: the same for 20 and 200 people, at most 8', () => {
  function workbook(n: number): { h: Harness; ids: string[] } {
    const h = harness({ today: '2026-01-15' });
    h.emu.calls.recording = false;
    h.api.setupWorkbook();
    const ids = addApplicants(h.api, n);
    admit(h.api, ids.slice(0, n - 3));
    h.api.recordAttendance({ module: 1, present: ids.slice(1, n - 3) });
    h.emu.calls.recording = true;
    return { h, ids };
  }
  function measure(w: { h: Harness; ids: string[] }): Record<string, number> {
    installGlobals(w.h.emu);
    const { h, ids } = w;
    const n = ids.length;
    const count = (fn: () => unknown) => {
      h.emu.calls.reset();
      fn();
      return h.emu.calls.count('Spreadsheet');
    };
    return {
      addPerson: count(() => h.api.addPerson({ name: 'Ny', phone: '20304050' })),
      toInterview: count(() => h.api.setPersonStatus(ids[n - 1], 'Samtale aftalt')),
      toOptaget: count(() => h.api.setPersonStatus(ids[n - 1], 'Optaget')),
      backToWaitingList: count(() => h.api.setPersonStatus(ids[n - 1], 'Venteliste')),
      toFrafaldet: count(() => h.api.setPersonStatus(ids[1], 'Frafaldet')),
      listPersons: count(() => h.api.listPersons()),
      getModules: count(() => h.api.getModules()),
    };
  }

  it('addPerson, setPersonStatus, listPersons, getModules', () => {
    const a = measure(workbook(20));
    const b = measure(workbook(200));
    console.log(`calls (20 / 200 people): ${JSON.stringify(a)} / ${JSON.stringify(b)}`);
    expect(a).toEqual(b);
    for (const n of Object.values(a)) expect(n).toBeLessThanOrEqual(8);
    // getModules finds Moduler and Fremmøde once each and reads each once: 1 + 2 + 2.
    expect(a.getModules).toBe(5);
  });
});

describe('a date cell holding text from before the date check', () => {
  it('is left as it is when her row is corrected, and the correction is saved', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    const { id } = h.api.addPerson({ name: 'Hodan Warsame', phone: '20304050', consentDate: '2026-01-05' });
    const sheet = h.emu.spreadsheet.getSheetByName('Personer')!;
    const head = h.emu.sheetValues('Personer')[0].map(String);
    const infomoede = sheet.getRange(2, head.indexOf('Infomøde') + 1);
    // Text that got in before the cell checked dates (pasted, or from an older file), then the
    // check as setup makes it.
    const rule = infomoede.getDataValidation();
    expect(rule).not.toBeNull();
    infomoede.clearDataValidations().setValue('engang i maj');
    infomoede.setDataValidation(rule);
    expect(() => infomoede.setValue('engang i juni')).toThrow(/violates the data validation/);
    // Telefon and Samtykke lie on either side of Infomøde: one block would rewrite its text.
    h.api.updatePerson(id, { phone: '+45 11 22 33 44', consentDate: '2026-01-10' });
    const row = h.emu.sheetValues('Personer')[1];
    expect(row[head.indexOf('Infomøde')]).toBe('engang i maj');
    expect(row[head.indexOf('Telefon')]).toBe('+45 11 22 33 44');
    expect(h.api.exportPerson(id).person).toMatchObject({ Samtykke: '2026-01-10' });
  });
});
