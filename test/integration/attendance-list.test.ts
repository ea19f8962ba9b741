// createAttendanceList (SPEC): a printable Doc and PDF in the cohort's folder, one line per
// Optaget participant, replaced by a new list of the same module, trashed by deletePerson when
// it names her; validation refuses with a sentence and writes nothing.
import { harness, type Harness } from '../helpers/harness';
import { expectSentence, fingerprint, expectSame } from '../helpers/reliability';
import {
  encodeIds,
  emptyRegistry,
  listsNaming,
  parseRegistry,
  tokensName,
  withList,
  withoutLists,
} from '../../src/core/attendanceList';

const DOC = 'application/vnd.google-apps.document';
const idOf = (url: string) => /\/d\/([^/]+)\//.exec(url)![1];

function cohort(h: Harness): void {
  h.api.saveSettings({ modules: 4, firstModuleDate: '2026-03-05', cohortName: 'Ballerup 2026' });
  h.api.setupWorkbook();
  h.api.addPerson({ name: 'Øzlem Åberg' }); // P001
  h.api.addPerson({ name: 'Amal Hassan', phone: '+45 11 22 33 44' }); // P002
  h.api.addPerson({ name: 'Interesseret Ikkeoptaget' }); // P003 stays Interesseret
  h.api.addPerson({ name: 'فاطمة علي' }); // P004
  for (const id of ['P001', 'P002', 'P004']) h.api.setPersonStatus(id, 'Optaget');
}

const live = (h: Harness) =>
  h.emu.drive.files().filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder');

describe('createAttendanceList', () => {
  let h: Harness;
  beforeEach(() => {
    h = harness({ today: '2026-03-20' });
    cohort(h);
  });

  it('makes the list of one module as a Doc and a PDF in the cohort folder, admitted women only, sorted', () => {
    const { url, pdfUrl } = h.api.createAttendanceList({ module: 2 });
    const docId = idOf(url);
    const pdfId = idOf(pdfUrl);
    const doc = h.emu.drive.files().find((f) => f.id === docId)!;
    const pdf = h.emu.drive.files().find((f) => f.id === pdfId)!;
    expect(doc.name).toBe('Fremmødeliste - Modul 2 - Ballerup 2026');
    expect(doc.mimeType).toBe(DOC);
    expect(pdf.name).toBe('Fremmødeliste - Modul 2 - Ballerup 2026.pdf');
    expect(pdf.mimeType).toBe('application/pdf');
    const folder = h.emu.drive.files().find((f) => f.name === 'Bydelsmødre – Ballerup 2026')!;
    expect(doc.parents).toEqual([folder.id]);
    expect(pdf.parents).toEqual([folder.id]);
    expect(Buffer.from(h.emu.drive.contentOf(pdfId)).subarray(0, 5).toString()).toBe('%PDF-');

    const text = h.emu.drive.textOf(docId);
    expect(text).toContain('Fremmødeliste');
    expect(text).toContain('Hold: Ballerup 2026');
    expect(text).toContain('Modul: 2');
    expect(text).toContain('Dato: 12-03-2026');
    const theme = (h.emu.sheetValues('Moduler')[2] as unknown[])[2];
    expect(text).toContain(`Tema: ${String(theme)}`);
    expect(text).not.toContain('Interesseret Ikkeoptaget');
    expect(text).not.toContain('+45');

    const content = h.emu.drive.document(docId).body!.content ?? [];
    const table = content.find((c) => c.table)!.table!;
    const cellText = (c: {
      content?: { paragraph?: { elements?: { textRun?: { content?: string } }[] } }[];
    }) =>
      (c.content ?? [])
        .map((p) => (p.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? '').join(''))
        .join('')
        .replace(/\n$/, '');
    const rows = (table.tableRows ?? []).map((r) => (r.tableCells ?? []).map(cellText));
    expect(rows[0]).toEqual(['Navn', 'Mødt (✓)', 'Underskrift']);
    // A narrow tick column and room to sign, within the portrait page's 515 pt of text width.
    const widths = (table.tableStyle?.tableColumnProperties ?? []).map((c) => c.width?.magnitude ?? 0);
    expect(widths[1]).toBeLessThan(widths[0]);
    expect(widths[2]).toBeGreaterThan(150);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(515);
    expect(h.emu.drive.document(docId).documentStyle?.pageSize?.width?.magnitude).toBe(595);
    // Sorted the Danish way (Å after Z), names exactly as typed, tick and signature empty.
    expect(rows.slice(1)).toEqual([
      ['Amal Hassan', '', ''],
      ['Øzlem Åberg', '', ''],
      ['فاطمة علي', '', ''],
    ]);
  });

  it('all modules: a grid with one tick column per module and the modules listed', () => {
    const { url } = h.api.createAttendanceList();
    const docId = idOf(url);
    expect(h.emu.drive.files().find((f) => f.id === docId)!.name).toBe(
      'Fremmødeliste - Alle moduler - Ballerup 2026',
    );
    const text = h.emu.drive.textOf(docId);
    expect(text).toContain('1. 05-03-2026 – ');
    expect(text).toContain('4. 26-03-2026 – ');
    const table = (h.emu.drive.document(docId).body!.content ?? []).find((c) => c.table)!.table!;
    expect(table.columns).toBe(4 + 2);
    const widths = (table.tableStyle?.tableColumnProperties ?? []).map((c) => c.width?.magnitude ?? 0);
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(515);
    expect(table.rows).toBe(1 + 3);
  });

  it('prints a grid of 40 modules in landscape with columns that fit the page', () => {
    h.api.saveSettings({ modules: 40 });
    const { url } = h.api.createAttendanceList();
    const doc = h.emu.drive.document(idOf(url));
    expect(doc.documentStyle?.pageSize?.width?.magnitude).toBe(842);
    const table = (doc.body!.content ?? []).find((c) => c.table)!.table!;
    expect(table.columns).toBe(42);
    const widths = (table.tableStyle?.tableColumnProperties ?? []).map((c) => c.width?.magnitude ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(5);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(762);
  });

  it('writes the fixed text in English when the language is English (names and file name stay)', () => {
    h.api.saveSettings({ language: 'en' });
    const { url } = h.api.createAttendanceList({ module: 1 });
    const text = h.emu.drive.textOf(idOf(url));
    expect(text).toContain('Attendance list');
    expect(text).toContain('Cohort: Ballerup 2026');
    expect(text).toContain('Signature');
    expect(text).not.toContain('Underskrift');
    expect(h.emu.drive.files().find((f) => f.id === idOf(url))!.name).toBe(
      'Fremmødeliste - Modul 1 - Ballerup 2026',
    );
  });

  it('a new list of the same module replaces the old one; another module keeps its own', () => {
    const first = h.api.createAttendanceList({ module: 1 });
    const other = h.api.createAttendanceList({ module: 3 });
    const second = h.api.createAttendanceList({ module: 1 });
    const trashed = new Set(
      h.emu.drive
        .files()
        .filter((f) => f.trashed)
        .map((f) => f.id),
    );
    expect(trashed.has(idOf(first.url)) && trashed.has(idOf(first.pdfUrl))).toBe(true);
    for (const u of [other.url, other.pdfUrl, second.url, second.pdfUrl])
      expect(trashed.has(idOf(u))).toBe(false);
    expect(
      live(h)
        .map((f) => f.name)
        .sort(),
    ).toEqual([
      'Fremmødeliste - Modul 1 - Ballerup 2026',
      'Fremmødeliste - Modul 1 - Ballerup 2026.pdf',
      'Fremmødeliste - Modul 3 - Ballerup 2026',
      'Fremmødeliste - Modul 3 - Ballerup 2026.pdf',
    ]);
  });

  it('deletePerson trashes every list that names her and keeps the lists that do not', () => {
    const before = h.api.createAttendanceList({ module: 1 }); // P001, P002, P004
    h.api.addPerson({ name: 'Sen Optaget' }); // P005
    h.api.setPersonStatus('P005', 'Optaget');
    const withHer = h.api.createAttendanceList({ module: 2 });
    const all = h.api.createAttendanceList();
    h.api.deletePerson('P005');
    const trashed = new Set(
      h.emu.drive
        .files()
        .filter((f) => f.trashed)
        .map((f) => f.id),
    );
    for (const u of [withHer.url, withHer.pdfUrl, all.url, all.pdfUrl])
      expect(trashed.has(idOf(u))).toBe(true);
    for (const u of [before.url, before.pdfUrl]) expect(trashed.has(idOf(u))).toBe(false);
    // The registry forgot the trashed lists: deleting someone on the kept list trashes it only.
    h.api.deletePerson('P001');
    const now = new Set(
      h.emu.drive
        .files()
        .filter((f) => f.trashed)
        .map((f) => f.id),
    );
    expect(now.has(idOf(before.url)) && now.has(idOf(before.pdfUrl))).toBe(true);
    expect(live(h)).toEqual([]);
  });

  it('refuses bad options and an empty cohort with a sentence, writing nothing', () => {
    const B = fingerprint(h.emu);
    for (const bad of [
      { module: 0 },
      { module: 5 },
      { module: 1.5 },
      { module: '2' },
      { modul: 1 },
      'x',
      [1],
      { module: NaN },
    ]) {
      expectSentence(() => h.api.createAttendanceList(bad as never));
    }
    expectSame(B, fingerprint(h.emu));
    for (const id of ['P001', 'P002', 'P004']) h.api.setPersonStatus(id, 'Venteliste');
    const C = fingerprint(h.emu);
    expect(expectSentence(() => h.api.createAttendanceList({ module: 1 }))).toMatch(/Optaget/);
    expectSame(C, fingerprint(h.emu));
  });

  it('logs no name', () => {
    h.emu.logs.length = 0;
    h.api.createAttendanceList({ module: 1 });
    h.api.createAttendanceList();
    const logs = h.emu.logs.join('\n');
    for (const name of ['Øzlem', 'Amal', 'فاطمة']) expect(logs).not.toContain(name);
  });
});

describe('the registry of lists (core)', () => {
  it('stores runs of ids as pairs and finds who is named', () => {
    const ids = ['P001', 'P002', 'P003', 'P005', 'p006', 'X-7', 'P010', 'P0011'];
    const tokens = encodeIds(ids);
    expect(tokens).toEqual([['P001', 'P003'], 'P005', 'p006', 'P010', 'P0011', 'X-7']);
    for (const id of ids) expect(tokensName(tokens, id)).toBe(true);
    for (const id of ['P004', 'P007', 'P011', 'P0010', 'X-8', 'Q002'])
      expect(tokensName(tokens, id)).toBe(false);
  });

  it('40 module lists of 2,000 participants stay small, and a removed list is forgotten', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `P${String(i + 1).padStart(4, '0')}`);
    let reg = emptyRegistry();
    for (let m = 1; m <= 40; m++)
      reg = withList(
        reg,
        String(m),
        { docId: `doc${m}-xxxxxxxxxxxxxxxxxxxxxxxxxxxx`, pdfId: `pdf${m}-xxxxxxxxxxxxxxxxxxxxxxxxxx` },
        ids,
      );
    expect(reg.sets).toHaveLength(1);
    expect(JSON.stringify(reg).length).toBeLessThan(5000);
    reg = withList(
      reg,
      'all',
      { docId: 'd', pdfId: 'p' },
      ids.filter((_, i) => i % 2 === 0),
    );
    expect(reg.sets).toHaveLength(2);
    expect(listsNaming(reg, 'P0002').sort()).toHaveLength(40);
    expect(listsNaming(reg, 'P0001')).toHaveLength(41);
    reg = withoutLists(reg, listsNaming(reg, 'P0002'));
    expect(reg.sets).toHaveLength(1);
    expect(parseRegistry(JSON.stringify(reg))).toEqual(reg);
    expect(parseRegistry('{broken')).toEqual(emptyRegistry());
  });

  it('a registry larger than one property is kept in pieces under 9 KB each', () => {
    const h = harness({ today: '2026-03-20' });
    cohort(h);
    // Ids with no runs at all and non-Latin letters: the worst case for size.
    const ids = Array.from({ length: 3000 }, (_, i) => `Ø${i * 2}`);
    const json = JSON.stringify(withList(emptyRegistry(), '1', { docId: 'd', pdfId: 'p' }, ids));
    expect(json.length).toBeGreaterThan(20000);
    h.emu.properties.document.set('bm.attendanceLists', '1');
    h.emu.properties.document.set('bm.attendanceLists.0', JSON.stringify(json.slice(0, 10)));
    // Saved through the real store by a request: pieces, each under the limit.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DocumentStore } = require('../../src/server/store') as typeof import('../../src/server/store');
    const store = new DocumentStore();
    store.saveAttendanceLists(json);
    const pieces = [...h.emu.properties.document.entries()].filter(([k]) =>
      k.startsWith('bm.attendanceLists.'),
    );
    expect(pieces.length).toBeGreaterThan(3);
    for (const [, v] of pieces) expect(Buffer.byteLength(v)).toBeLessThan(9 * 1024);
    expect(new DocumentStore().attendanceLists()).toBe(json);
    store.saveAttendanceLists('{"lists":{},"sets":[]}');
    expect([...h.emu.properties.document.keys()].filter((k) => k.startsWith('bm.attendanceLists.'))).toEqual([
      'bm.attendanceLists.0',
    ]);
  });
});
