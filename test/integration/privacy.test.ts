// Privacy (SPEC "Privacy and scopes"): no column for ethnic origin or nationality anywhere,
// Sprog only with a consent date, exportPerson (everything stored about her, JSON-safe),
// deletePerson (every sheet, her diploma files, the combined PDF remade without her, her ID
// never reused), and the retention reminder.
import { harness, type Harness } from '../helpers/harness';
import { completedCohort, expectSentence, liveDrive } from '../helpers/reliability';
import { PERSON_COLUMNS, SHEET_ORDER, sheetColumns } from '../../src/core/schema';

const FORBIDDEN =
  /etni|ethnic|nationalit|oprindelse|origin|herkomst|race|religion|statsborger|citizen|hudfarve|fødeland|country of birth/i;

describe('no special-category columns', () => {
  it('the schema has none', () => {
    for (const key of SHEET_ORDER)
      for (const c of sheetColumns(key, 40)) expect(c.header).not.toMatch(FORBIDDEN);
  });

  it('no sheet header after setup has one, and addPerson refuses such fields', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    for (const sheet of h.emu.model.sheets) {
      const header = (h.emu.sheetValues(sheet.name)[0] ?? []).map(String);
      expect([sheet.name, header.filter((x) => FORBIDDEN.test(x))]).toEqual([sheet.name, []]);
    }
    for (const field of ['nationality', 'ethnicity', 'origin', 'nationalitet', 'oprindelse', 'religion']) {
      expect(expectSentence(() => h.api.addPerson({ name: 'Amal', [field]: 'x' } as never))).toContain(field);
    }
  });

  it('Sprog is stored only with a consent date', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    expect(() => h.api.addPerson({ name: 'Amal', languages: 'somali' })).toThrow(/samtykke/);
    h.api.addPerson({ name: 'Amal', languages: 'somali', consentDate: '2026-01-10' });
    const values = h.emu.sheetValues('Personer');
    const hd = values[0].map(String);
    expect(values[1][hd.indexOf('Sprog')]).toBe('somali');
    expect(values[1][hd.indexOf('Samtykke')]).toBeInstanceOf(Date);
    expect(PERSON_COLUMNS.map((c) => c.header)).toContain('Samtykke');
  });
});

describe('exportPerson', () => {
  it('returns every stored field of her rows, JSON-safe with ISO dates, and her diplomas', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ modules: 3 });
    h.api.setupWorkbook();
    h.api.addPerson({
      name: 'Søs Ørnebjerg',
      phone: '+45 20 30 40 50',
      email: 'soes@example.dk',
      area: 'Hedeparken',
      languages: 'arabisk, dansk',
      source: 'Informationsmøde',
      infoMeetingDate: '2025-11-12',
      interviewDate: '2025-12-03',
      consentDate: '2026-01-10',
      childcare: true,
      notes: '=ikke en formel',
    });
    // A column of her own in Personer is exported too.
    const persons = h.emu.spreadsheet.getSheetByName('Personer')!;
    const own = persons.getLastColumn() + 1;
    persons.getRange(1, own).setValue('Egen kolonne');
    persons.getRange(2, own).setValue('egen note');
    completedCohort(h.api, ['Hodan Test']);
    h.api.setPersonStatus('P001', 'Optaget');
    h.api.generateDiplomas();
    const x = h.api.exportPerson('p001'); // case-insensitive
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
    expect(x.person).toEqual({
      ID: 'P001',
      Navn: 'Søs Ørnebjerg',
      Telefon: '+45 20 30 40 50',
      'E-mail': 'soes@example.dk',
      Boligområde: 'Hedeparken',
      Sprog: 'arabisk, dansk',
      Kilde: 'Informationsmøde',
      Status: 'Optaget',
      Infomøde: '2025-11-12',
      Samtale: '2025-12-03',
      Samtykke: '2026-01-10',
      Børnepasning: true,
      Noter: '=ikke en formel',
      Oprettet: '2026-01-15',
      Slettes: '',
      'Aktiv bydelsmor': '',
      'Uddannelse/job': '',
      'Egen kolonne': 'egen note',
    });
    expect(x.attendance).toMatchObject({ ID: 'P001', Navn: 'Søs Ørnebjerg', M1: '', Mødt: 0 });
    expect(x.diplomas).toEqual([]);
    const hodan = h.api.exportPerson('P002');
    expect(hodan.attendance).toMatchObject({ M1: 'M', M2: 'M', M3: 'M', Mødt: 3, Status: 'Gennemført' });
    expect(hodan.diplomas.map((d) => d.name).sort()).toEqual([
      'Diplom - Hodan Test - Bydelsmødre',
      'Diplom - Hodan Test - Bydelsmødre.pdf',
    ]);
    for (const d of hodan.diplomas) expect(d.url).toMatch(/^https:\/\//);
  });

  it('works without the lock and writes nothing; an unknown ID is a sentence', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    h.api.addPerson({ name: 'Amal' });
    h.emu.lock.available = false;
    expect(h.api.exportPerson('P001').person.Navn).toBe('Amal');
    expect(expectSentence(() => h.api.exportPerson('P404'))).toContain('P404');
  });
});

describe('deletePerson', () => {
  const names = ['Hodan Unik', 'Søs Særnavn', 'Leyla Enestående'];

  function cohort(): Harness {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ modules: 3 });
    h.api.setupWorkbook();
    h.api.addPerson({
      name: 'Amal Ansøger',
      phone: '+45 99 88 77 66',
      email: 'amal.ansoger@example.dk',
      notes: 'ringer tirsdag',
    }); // P001
    completedCohort(h.api, names); // P002–P004
    expect(h.api.generateDiplomas().remaining).toBe(0);
    return h;
  }

  /** Everything the add-on keeps: every sheet's values, the properties, Drive's live files and their text. */
  function everything(h: Harness): string {
    const sheets = h.emu.model.sheets.map((s) => JSON.stringify(h.emu.sheetValues(s.name)));
    const props = JSON.stringify([...h.emu.properties.document.entries()]);
    const live = liveDrive(h.emu) as { id: string; name: string; mimeType: string }[];
    const texts = live
      .filter((f) => f.mimeType === 'application/vnd.google-apps.document')
      .map((f) => h.emu.drive.textOf(f.id));
    const pdfs = live
      .filter((f) => f.mimeType === 'application/pdf')
      .map((f) => Buffer.from(h.emu.drive.contentOf(f.id)).toString('latin1'));
    return [...sheets, props, JSON.stringify(live), ...texts, ...pdfs].join('\n');
  }

  it('removes an applicant from Personer and nowhere else leaves her', () => {
    const h = cohort();
    expect(everything(h)).toContain('Amal Ansøger');
    expect(h.api.deletePerson('P001')).toEqual({ removed: 1 });
    const all = everything(h);
    for (const s of ['Amal Ansøger', '99 88 77 66', 'amal.ansoger@example.dk', 'ringer tirsdag'])
      expect(all).not.toContain(s);
    expect(h.api.listPersons().map((p) => p.id)).toEqual(['P002', 'P003', 'P004']);
  });

  it('removes a participant from Personer and Fremmøde, trashes her diplomas and remakes the combined PDF without her', () => {
    const h = cohort();
    const combined = () =>
      h.emu.drive.files().filter((f) => f.name === 'Diplomer - Bydelsmødre.pdf' && !f.trashed);
    const pdfText = () => Buffer.from(h.emu.drive.contentOf(combined()[0].id)).toString('latin1');
    expect(combined()).toHaveLength(1);
    const before = pdfText();
    const herFiles = h.emu.drive.files().filter((f) => f.name.includes('Søs Særnavn'));
    expect(herFiles).toHaveLength(2);

    expect(h.api.deletePerson('P003')).toEqual({ removed: 2 });
    for (const f of herFiles) expect(h.emu.drive.files().find((x) => x.id === f.id)!.trashed).toBe(true);
    expect(combined()).toHaveLength(1);
    expect(pdfText()).not.toBe(before);
    const all = everything(h);
    expect(all).not.toContain('Søs Særnavn');
    expect(all).not.toContain('P003');
    // The others keep their rows, marks and diplomas.
    expect(h.api.getAttendance().map((r) => [r.id, r.status])).toEqual([
      ['P002', 'completed'],
      ['P004', 'completed'],
    ]);
    expect(h.api.getDiplomaStatus()).toMatchObject({ eligible: 2, made: 2, remaining: 0 });
    // Her ID is never issued again.
    expect(h.api.addPerson({ name: 'Ny' }).id).toBe('P005');
  });

  it('trashes the combined PDF when she was the only one with a diploma', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ modules: 3 });
    h.api.setupWorkbook();
    completedCohort(h.api, ['Eneste Kvinde']);
    h.api.generateDiplomas();
    h.api.deletePerson('P001');
    expect(h.emu.drive.files().filter((f) => !f.trashed && f.name.includes('.pdf'))).toEqual([]);
    expect(everything(h)).not.toContain('Eneste Kvinde');
  });

  it('never reuses the ID of a row typed by hand with a number above the counter', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    h.api.addPerson({ name: 'Amal' }); // P001, counter 1
    h.emu.spreadsheet.getSheetByName('Personer')!.appendRow(['P010', 'Hodan']);
    h.api.deletePerson('P010');
    expect(h.api.addPerson({ name: 'Ilham' }).id).toBe('P011');
  });

  it('refuses an ID that stands in two rows of Personer (hand edit), naming the sheet', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    h.api.addPerson({ name: 'Amal' });
    h.emu.spreadsheet.getSheetByName('Personer')!.appendRow(['P001', 'Anden']);
    const message = expectSentence(() => h.api.deletePerson('P001'));
    expect(message).toContain('«Personer»');
    expect(h.api.listPersons()).toHaveLength(2);
  });

  it('never trashes another woman’s diploma with the same name', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ modules: 3 });
    h.api.setupWorkbook();
    completedCohort(h.api, ['Fatima Ali']); // P001 completed
    h.api.generateDiplomas();
    h.api.addPerson({ name: 'Fatima Ali' }); // P002, an applicant with the same name
    h.api.deletePerson('P002');
    expect(
      h.emu.drive.files().filter((f) => !f.trashed && f.name.startsWith('Diplom - Fatima Ali')),
    ).toHaveLength(2);
  });
});

describe('getRetentionReminders', () => {
  it('lists those whose Slettes date has come, with id, name, status, date and row', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.saveSettings({ retentionMonths: 1 });
    h.api.setupWorkbook();
    for (const name of ['Amal', 'Hodan', 'Søs']) h.api.addPerson({ name });
    h.api.setPersonStatus('P001', 'Ikke optaget'); // Slettes 2026-02-15
    h.api.setPersonStatus('P002', 'Trukket sig');
    expect(h.api.getRetentionReminders()).toEqual([]);
    h.setToday('2026-02-15');
    expect(h.api.getRetentionReminders()).toEqual([
      { id: 'P001', name: 'Amal', status: 'Ikke optaget', deleteAfter: '2026-02-15', row: 2 },
      { id: 'P002', name: 'Hodan', status: 'Trukket sig', deleteAfter: '2026-02-15', row: 3 },
    ]);
    h.api.setPersonStatus('P002', 'Optaget'); // admitting her clears Slettes
    expect(h.api.getRetentionReminders().map((r) => r.id)).toEqual(['P001']);
    h.api.deletePerson('P001');
    expect(h.api.getRetentionReminders()).toEqual([]);
  });

  it('is empty before setup', () => {
    const h = harness({ today: '2026-01-15' });
    expect(h.api.getRetentionReminders()).toEqual([]);
  });
});
