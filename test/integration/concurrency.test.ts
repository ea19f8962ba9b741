// Concurrency and locks: every writing function holds the document lock (busy → the "prøv igen"
// sentence and nothing written; onEdit silently does nothing), every reading function works
// without it, two sidebars writing in turn lose nothing, and hand edits between calls (a deleted
// row, a moved column, a renamed sheet, a cleared header) give correct behaviour or a clear
// message naming the sheet and the column.
import { diplomaDocx } from '../helpers/docx';
import { harness, type Harness } from '../helpers/harness';
import {
  BUSY_DA,
  BUSY_EN,
  completedCohort,
  expectSame,
  expectSentence,
  fingerprint,
} from '../helpers/reliability';

type Api = Harness['api'];

/** Every writer, called with valid input (so only the lock can stop it). */
const WRITERS: Record<string, (api: Api) => unknown> = {
  setupWorkbook: (api) => api.setupWorkbook(),
  saveSettings: (api) => api.saveSettings({ cohortName: 'Hold 2026' }),
  addPerson: (api) => api.addPerson({ name: 'Ny Kvinde' }),
  updatePerson: (api) => api.updatePerson('P001', { phone: '20 30 40 50' }),
  setPersonStatus: (api) => api.setPersonStatus('P001', 'Samtale aftalt'),
  recordAttendance: (api) => api.recordAttendance({ module: 1, present: ['P002'] }),
  addExpense: (api) =>
    api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 10, description: 'Papir' }),
  updateExpense: (api) =>
    api.updateExpense(2, { date: '2026-01-09', line: 'Administration', amount: 20 }, { amount: 25 }),
  deleteExpense: (api) => api.deleteExpense(2, { date: '2026-01-09', line: 'Administration', amount: 20 }),
  setTimelineStatus: (api) => api.setTimelineStatus(2, 'Færdig'),
  refreshOverview: (api) => api.refreshOverview(),
  generateDiplomas: (api) => api.generateDiplomas({ batchSize: 10 }),
  createTemplate: (api) => api.createTemplate(),
  importTemplate: (api) => api.importTemplate({ name: 'd.docx', base64: diplomaDocx().toString('base64') }),
  previewDiploma: (api) => api.previewDiploma(),
  createReport: (api) => api.createReport(),
  deletePerson: (api) => api.deletePerson('P001'),
  createAttendanceList: (api) => api.createAttendanceList({ module: 1 }),
  saveCohortSetup: (api) => api.saveCohortSetup(),
  createApplicationDraft: (api) => api.createApplicationDraft(),
};

const READERS: Record<string, (api: Api) => unknown> = {
  getSettings: (api) => api.getSettings(),
  getAttendance: (api) => api.getAttendance(),
  getBudget: (api) => api.getBudget(),
  getExpenses: (api) => api.getExpenses(),
  listPersons: (api) => api.listPersons(),
  getModules: (api) => api.getModules(),
  getTimeline: (api) => api.getTimeline(),
  getOverview: (api) => api.getOverview(),
  getDiplomaStatus: (api) => api.getDiplomaStatus(),
  exportPerson: (api) => api.exportPerson('P002'),
  getRetentionReminders: (api) => api.getRetentionReminders(),
  getSavedCohortSetup: (api) => api.getSavedCohortSetup(),
};

/** Menu handlers and triggers: not google.script.run functions with a result. */
const HANDLERS = ['onOpen', 'onInstall', 'onEdit', 'runSetupFromMenu', 'runSelfTestFromMenu', 'selfTest'];

function arrange(h: Harness): void {
  h.api.setupWorkbook();
  h.api.addPerson({ name: 'Amal Test' }); // P001
  h.api.addExpense({ date: '2026-01-09', line: 'Administration', amount: 20, description: 'Porto' }); // Udgifter row 2
  completedCohort(h.api, ['Hodan Test', 'Søs Test']); // P002, P003: all 15 modules
}

describe('the document lock', () => {
  let h: Harness;
  let before: string;
  beforeAll(() => {
    h = harness({ today: '2026-01-15' });
    arrange(h);
    before = fingerprint(h.emu);
  });
  afterEach(() => {
    h.emu.lock.available = true;
  });

  it('classifies every exported function as a writer, a reader or a handler', () => {
    const exported = Object.keys(h.api).filter(
      (k) => typeof (h.api as Record<string, unknown>)[k] === 'function' && !k.startsWith('show'),
    );
    const known = new Set([...Object.keys(WRITERS), ...Object.keys(READERS), ...HANDLERS]);
    expect(exported.filter((k) => !known.has(k))).toEqual([]);
  });

  it.each(Object.keys(WRITERS).map((k) => [k]))('%s: busy lock → "prøv igen", nothing written', (name) => {
    h.emu.lock.available = false;
    const message = expectSentence(() => WRITERS[name](h.api), 'da');
    expect(message).toBe(BUSY_DA);
    expect(message).toMatch(/Prøv igen/);
    expectSame(before, fingerprint(h.emu));
  });

  it('onEdit with a busy lock silently does nothing', () => {
    h.emu.lock.available = false;
    const sheet = h.emu.spreadsheet.getSheetByName('Fremmøde')!;
    expect(() => h.api.onEdit({ range: sheet.getRange('C2') } as never)).not.toThrow();
    const persons = h.emu.spreadsheet.getSheetByName('Personer')!;
    expect(() => h.api.onEdit({ range: persons.getRange('H2') } as never)).not.toThrow();
    expectSame(before, fingerprint(h.emu));
  });

  it('runSetupFromMenu with a busy lock tells her to try again in an alert', () => {
    h.emu.lock.available = false;
    h.api.runSetupFromMenu();
    expect(
      h.emu.ui.alerts
        .map((a) => (a as { prompt?: string; message?: string }).prompt ?? JSON.stringify(a))
        .pop(),
    ).toContain('Prøv igen');
  });

  it.each(Object.keys(READERS).map((k) => [k]))('%s works without the lock and writes nothing', (name) => {
    h.emu.lock.available = true;
    const withLock = JSON.stringify(READERS[name](h.api));
    h.emu.lock.available = false;
    expect(JSON.stringify(READERS[name](h.api))).toBe(withLock);
    expectSame(before, fingerprint(h.emu));
  });

  it('says it in English when the language is English', () => {
    const e = harness({ today: '2026-01-15' });
    e.api.saveSettings({ language: 'en' });
    e.api.setupWorkbook();
    e.emu.lock.available = false;
    expect(expectSentence(() => e.api.addPerson({ name: 'Amal' }), 'en')).toBe(BUSY_EN);
  });
});

describe('two sidebars writing in turn', () => {
  it('loses nothing: every person, mark and expense from both is there, IDs unique', () => {
    const h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    // A second, separately loaded copy of the server code on the same spreadsheet: the other sidebar.
    let other!: Api;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      other = require('../../src/server/index') as Api;
    });
    expect(other).not.toBe(h.api);
    const sidebars = [h.api, other];
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(sidebars[i % 2].addPerson({ name: `Kvinde ${i + 1}` }).id);
    expect(new Set(ids).size).toBe(10);
    ids.forEach((id, i) => sidebars[(i + 1) % 2].setPersonStatus(id, 'Optaget'));
    // Sidebar A records module 1 from the list it loaded; B adds expenses and records module 2.
    const listA = h.api.getAttendance().map((r) => r.id);
    other.addExpense({ date: '2026-01-10', line: 'Administration', amount: 10, description: 'B1' });
    h.api.recordAttendance({ module: 1, present: listA.slice(0, 5) });
    other.recordAttendance({ module: 2, present: listA.slice(5) });
    h.api.addExpense({ date: '2026-01-11', line: 'Administration', amount: 20, description: 'A1' });
    other.addExpense({
      date: '2026-01-12',
      line: 'Forplejning og materialer',
      amount: 30.5,
      description: 'B2',
    });

    expect(h.api.listPersons().map((p) => p.id)).toEqual(ids);
    const rows = other.getAttendance();
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => r.attended)).toEqual(ids.map(() => 1));
    expect(rows.every((r) => r.held === 2)).toBe(true);
    const b = h.api.getBudget();
    expect(b.spent).toBe(60.5);
    const descriptions = h.emu
      .sheetValues('Udgifter')
      .slice(1)
      .map((r) => r[3]);
    expect(descriptions).toEqual(['B1', 'A1', 'B2']);
  });
});

describe('hand edits between calls', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-01-15' });
    h.api.setupWorkbook();
    for (const name of ['Amal', 'Hodan', 'Søs']) h.api.addPerson({ name });
  });
  const sheet = (name: string) => h.emu.spreadsheet.getSheetByName(name)!;
  const header = (name: string) => h.emu.sheetValues(name)[0].map(String);

  it('a deleted row: the others still work and her ID is not reused', () => {
    sheet('Personer').deleteRow(3); // P002
    h.api.setPersonStatus('P003', 'Optaget');
    expect(h.api.addPerson({ name: 'Ilham' }).id).toBe('P004');
    expect(() => h.api.setPersonStatus('P002', 'Optaget')).toThrow(/ingen person med ID «P002»/);
  });

  it('a moved column: values land under the right headers', () => {
    const s = sheet('Personer');
    const statusCol = header('Personer').indexOf('Status') + 1;
    s.moveColumns(s.getRange(1, statusCol, 1, 1), 1); // Status first
    expect(header('Personer')[0]).toBe('Status');
    h.api.addPerson({ name: 'Ilham', phone: '+45 11 22 33 44' });
    h.api.setPersonStatus('P001', 'Optaget');
    const rows = h.emu.sheetValues('Personer');
    const hd = rows[0].map(String);
    const byId = (id: string) => rows.find((r) => r[hd.indexOf('ID')] === id)!;
    expect(byId('P004')[hd.indexOf('Status')]).toBe('Interesseret');
    expect(byId('P004')[hd.indexOf('Telefon')]).toBe('+45 11 22 33 44');
    expect(byId('P001')[hd.indexOf('Status')]).toBe('Optaget');
    expect(h.api.getAttendance().map((r) => r.id)).toEqual(['P001']);
  });

  it('a renamed sheet: found again by its id', () => {
    sheet('Personer').setName('Deltagere');
    expect(h.api.addPerson({ name: 'Ilham' }).id).toBe('P004');
    expect(h.emu.sheetValues('Deltagere').length).toBe(5);
    sheet('Fremmøde').setName('Mødeliste');
    h.api.setPersonStatus('P001', 'Optaget');
    expect(
      h.emu
        .sheetValues('Mødeliste')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['P001']);
  });

  it('a cleared header cell: a message naming the sheet and the column, nothing written', () => {
    const statusCol = header('Personer').indexOf('Status') + 1;
    sheet('Personer').getRange(1, statusCol).clearContent();
    const before = fingerprint(h.emu);
    const message = expectSentence(() => h.api.setPersonStatus('P001', 'Optaget'));
    expect(message).toContain('«Status»');
    expect(message).toContain('«Personer»');
    expect(expectSentence(() => h.api.addPerson({ name: 'Ilham' }))).toContain('«Status»');
    expectSame(before, fingerprint(h.emu));
  });

  it('a cleared module header in a renamed Fremmøde: the message names the sheet as it is now called', () => {
    h.api.setPersonStatus('P001', 'Optaget');
    sheet('Fremmøde').setName('Mødeliste');
    const m3 = header('Mødeliste').indexOf('M3') + 1;
    sheet('Mødeliste').getRange(1, m3).clearContent();
    const before = fingerprint(h.emu);
    const message = expectSentence(() => h.api.recordAttendance({ module: 1, present: ['P001'] }));
    expect(message).toContain('«M3»');
    expect(message).toContain('«Mødeliste»');
    expectSame(before, fingerprint(h.emu));
  });

  it('a deleted sheet: a message naming it, nothing written', () => {
    h.emu.spreadsheet.deleteSheet(sheet('Udgifter'));
    const before = fingerprint(h.emu);
    const message = expectSentence(() =>
      h.api.addExpense({ date: '2026-01-10', line: 'Administration', amount: 10, description: 'Papir' }),
    );
    expect(message).toContain('«Udgifter»');
    expectSame(before, fingerprint(h.emu));
  });
});
