// Diplomas end to end in the emulator: a cohort of 20 (16 completed) through the real server
// code, Drive/Docs/UrlFetch emulated over one store. Checks the files, the merged text of
// every Doc (names exactly as typed), the links, the combined PDF, resuming after failures
// and quota, regenerate, and the Drive/Docs call budget.
import { harness, type Harness } from '../helpers/harness';
import { parsePdfText } from '../../dev/emulator/pdf';
import type { FileInfo } from '../../dev/emulator/drive';
import type { DiplomaResult } from '../../src/shared/api';
import { danishLongDate } from '../../src/core/dates';

type Api = Harness['api'];

const DOC_MIME = 'application/vnd.google-apps.document';
const PDF_MIME = 'application/pdf';
const COHORT = 'Ballerup forår 2026';
const PLACE = 'Ballerup Rådhus';
const SIGNATORY = 'Borgmester Jesper Würtzen';

/** 20 names in the scripts and forms the cohort really has; index 16–19 do not complete. */
const NAMES = [
  'Søs Ærø-Østergård',
  'Åse Ågård',
  'مريم الحسن',
  'Hodan Cabdi Maxamed',
  'ሰላም ተስፋይ ገብረመድህን',
  'Gülşen Öztürk',
  'زینب خان',
  "Fatima O'Neill",
  'Anne-Marie Holm-Jensen',
  '=1+1',
  '$1 .* \\ (x) [a-z]+ ^$',
  '{{Dato}} Nour',
  'Leyla 🌙 Yılmaz',
  'Ilham Cumar Xasan',
  'Khadija Ben-Ali',
  'Åsa Ørsted',
  'Samira Below-One',
  'Hawa Below-Two',
  'Elif Dropout',
  'Dilan Late',
];
const COMPLETED = NAMES.slice(0, 16);

interface Cohort {
  h: Harness;
  api: Api;
  ids: string[];
  lastModuleDate: string;
}

/** Setup, 20 admitted, 15 modules recorded: 0–15 complete (some miss one), 16–19 do not. */
function cohort(settings: Record<string, unknown> = {}): Cohort {
  const h = harness({ today: '2026-01-15' });
  const { api } = h;
  api.setupWorkbook();
  api.saveSettings({
    cohortName: COHORT,
    place: PLACE,
    signatory: SIGNATORY,
    firstModuleDate: '2026-03-04',
    ...settings,
  });
  const ids = NAMES.map((name) => api.addPerson({ name }).id);
  for (const id of ids) {
    api.setPersonStatus(id, 'Samtale aftalt');
    api.setPersonStatus(id, 'Optaget');
  }
  // The course is over (a module dated after today cannot be recorded).
  h.setToday('2026-07-01');
  for (let m = 1; m <= 15; m++) {
    if (m === 6) api.setPersonStatus(ids[18], 'Frafaldet');
    const absent = new Set<string>();
    if (m === 3) absent.add(ids[2]).add(ids[16]).add(ids[17]);
    if (m === 9) absent.add(ids[16]).add(ids[17]);
    if (m === 12) absent.add(ids[17]);
    if (m <= 2) absent.add(ids[19]);
    api.recordAttendance({
      module: m,
      present: ids.filter((id, i) => !absent.has(id) && !(i === 18 && m >= 6)),
    });
  }
  const modules = api.getModules();
  const lastModuleDate = modules
    .map((m) => m.date)
    .sort()
    .pop() as string;
  return { h, api, ids, lastModuleDate };
}

function live(h: Harness, pred: (f: FileInfo) => boolean = () => true): FileInfo[] {
  return h.emu.drive.files().filter((f) => !f.trashed && f.appCreated && pred(f));
}

const diplomaDocs = (h: Harness) => live(h, (f) => f.mimeType === DOC_MIME && f.name.startsWith('Diplom - '));
const diplomaPdfs = (h: Harness) => live(h, (f) => f.mimeType === PDF_MIME && f.name.startsWith('Diplom - '));
const combinedPdfs = (h: Harness) => live(h, (f) => f.name === `Diplomer - ${COHORT}.pdf`);

function diplomCells(h: Harness): Map<string, string> {
  const values = h.emu.sheetValues('Fremmøde');
  const head = values[0].map(String);
  return new Map(
    values.slice(1).map((r) => [String(r[head.indexOf('ID')]), String(r[head.indexOf('Diplom')] ?? '')]),
  );
}

const docIdOf = (link: string) => /\/d\/([^/]+)/.exec(link)?.[1] ?? '';

function runAll(api: Api, batchSize = 10): DiplomaResult[] {
  const results: DiplomaResult[] = [];
  for (let i = 0; i < 20; i++) {
    const r = api.generateDiplomas({ batchSize });
    results.push(r);
    if (r.remaining === 0) break;
  }
  return results;
}

/** Every completed woman has exactly one live Doc and PDF, linked, with the right text. */
function expectSixteenDiplomas(c: Cohort): void {
  const { h, ids } = c;
  const docs = diplomaDocs(h);
  const pdfs = diplomaPdfs(h);
  expect(docs).toHaveLength(16);
  expect(pdfs).toHaveLength(16);
  expect(new Set(docs.map((d) => d.name)).size).toBe(16);
  const cells = diplomCells(h);
  COMPLETED.forEach((name, i) => {
    const doc = docs.find((d) => d.name === `Diplom - ${name} - ${COHORT}`);
    expect(doc).toBeDefined();
    expect(docIdOf(cells.get(ids[i]) as string)).toBe(doc!.id);
    expect(pdfs.some((p) => p.name === `Diplom - ${name} - ${COHORT}.pdf`)).toBe(true);
  });
  for (let i = 16; i < 20; i++) expect(cells.get(ids[i])).toBe('');
}

describe('generateDiplomas on a cohort of 20 with 16 completed', () => {
  let c: Cohort;
  let first: DiplomaResult[];

  beforeAll(() => {
    c = cohort();
    first = runAll(c.api);
  });

  test('makes exactly 16 diplomas in two batches, then a 16-page combined PDF', () => {
    expect(first.map((r) => [r.created, r.skipped, r.remaining])).toEqual([
      [10, 0, 6],
      [6, 10, 0],
    ]);
    expectSixteenDiplomas(c);
    const combined = combinedPdfs(c.h);
    expect(combined).toHaveLength(1);
    const parsed = parsePdfText(c.h.emu.drive.contentOf(combined[0].id));
    expect(parsed.pageCount).toBe(16);
    expect(parsed.pageSizes.every((s) => s.width === 842 && s.height === 595)).toBe(true);
    // The pages follow Fremmøde's order (the visible text shows '?' for what WinAnsi lacks).
    expect(parsed.pageTexts[0]).toContain('S\u00f8s \u00c6r\u00f8-\u00d8sterg\u00e5rd');
    expect(parsed.pageTexts[15]).toContain('\u00c5sa \u00d8rsted');
  });

  test('leaves out the other four with a short reason each', () => {
    const leftOut = first[first.length - 1].leftOut;
    expect(leftOut.map((l) => l.id)).toEqual(c.ids.slice(16));
    expect(leftOut[0].reason).toBe('Fremmøde 13 af 14 krævede moduler');
    expect(leftOut[1].reason).toBe('Fremmøde 12 af 14 krævede moduler');
    expect(leftOut[2].reason).toBe('Frafaldet');
    expect(leftOut[3].reason).toBe('Fremmøde 13 af 14 krævede moduler');
    expect(leftOut.map((l) => l.code)).toEqual(['below', 'below', 'droppedOut', 'below']);
  });

  test('merges all five fields literally into every Doc (body text checked in the DriveStore)', () => {
    const date = danishLongDate(c.lastModuleDate);
    for (const name of COMPLETED) {
      const doc = diplomaDocs(c.h).find((d) => d.name === `Diplom - ${name} - ${COHORT}`)!;
      const text = c.h.emu.drive.textOf(doc.id);
      const lines = text.split(/[\n\f]/);
      expect(lines).toContain(name);
      expect(lines).toContain(`${PLACE}, ${date}`);
      expect(lines).toContain(SIGNATORY);
      expect(text).toContain(`på holdet ${COHORT}`);
      expect(text.replace(name, '')).not.toMatch(/\{\{(Navn|Dato|Sted|Holdnavn|Underskriver)\}\}/);
      // The PDF carries the exact text too (the emulator keeps it in /Subject).
      const pdf = diplomaPdfs(c.h).find((p) => p.name === `${doc.name}.pdf`)!;
      expect(parsePdfText(c.h.emu.drive.contentOf(pdf.id)).subject).toBe(text);
    }
    expect(date).toMatch(/^\d{1,2}\. juni 2026$/);
  });

  test('a second run creates nothing and leaves the combined PDF as it is', () => {
    const before = c.h.emu.drive.files();
    const r = c.api.generateDiplomas();
    expect(r).toMatchObject({ created: 0, skipped: 16, remaining: 0 });
    expect(c.h.emu.drive.files()).toEqual(before);
  });

  test('getDiplomaStatus reports the round', () => {
    const s = c.api.getDiplomaStatus();
    expect(s).toMatchObject({ eligible: 16, made: 16, remaining: 0 });
    expect(s.leftOut).toHaveLength(4);
    expect(s.folderUrl).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(s.combinedPdfUrl).toContain(combinedPdfs(c.h)[0].id);
    expect(s.templateUrl).toContain(c.api.getSettings().templateId);
  });

  test('a trashed diploma is detected and remade, and the combined PDF is remade in place', () => {
    const combinedId = combinedPdfs(c.h)[0].id;
    const victim = diplomaDocs(c.h).find((d) => d.name.includes(COMPLETED[3]))!;
    const victimPdf = diplomaPdfs(c.h).find((d) => d.name.includes(COMPLETED[3]))!;
    const g = c.h.emu.globals.Drive as { Files: { update(r: object, id: string): unknown } };
    g.Files.update({ trashed: true }, victim.id);
    g.Files.update({ trashed: true }, victimPdf.id);
    const r = c.api.generateDiplomas();
    expect(r).toMatchObject({ created: 1, skipped: 15, remaining: 0 });
    expectSixteenDiplomas(c);
    expect(combinedPdfs(c.h).map((f) => f.id)).toEqual([combinedId]);
    expect(parsePdfText(c.h.emu.drive.contentOf(combinedId)).pageCount).toBe(16);
  });

  test('the default template is A4 landscape, paged, in the cohort folder, and its id is in settings', () => {
    const templateId = c.api.getSettings().templateId;
    const doc = c.h.emu.drive.document(templateId) as unknown as { documentStyle: Record<string, unknown> };
    expect(doc.documentStyle.pageSize).toEqual({
      width: { magnitude: 842, unit: 'PT' },
      height: { magnitude: 595, unit: 'PT' },
    });
    expect(doc.documentStyle.documentFormat).toEqual({ documentMode: 'PAGES' });
    const text = c.h.emu.drive.textOf(templateId);
    for (const field of ['{{Navn}}', '{{Dato}}', '{{Sted}}', '{{Holdnavn}}', '{{Underskriver}}'])
      expect(text).toContain(field);
    expect(text).toContain('Diplom');
    expect(text).toContain('Bydelsmor');
    const folder = live(c.h, (f) => f.name === `Bydelsmødre – ${COHORT}`);
    expect(folder).toHaveLength(1);
    const inFolder = c.h.emu.drive.childrenOf(folder[0].id).filter((f) => !f.trashed);
    expect(inFolder.map((f) => f.id)).toContain(templateId);
    expect(inFolder.filter((f) => f.name.startsWith('Diplom - '))).toHaveLength(32);
    // One diploma is one page, even for the longest name.
    for (const pdf of diplomaPdfs(c.h))
      expect(parsePdfText(c.h.emu.drive.contentOf(pdf.id)).pageCount).toBe(1);
  });
});

describe('resuming after a failure', () => {
  test('one copy failing inside a parallel wave (the 8th of 10) costs only her: 9 linked, the rerun yields exactly 16', () => {
    const c = cohort();
    c.h.emu.calls.failAt(8, { service: 'Drive', method: 'files.copy' });
    expect(() => c.api.generateDiplomas({ batchSize: 10 })).toThrow(/9 nye diplomer blev lavet og er linket/);
    const linked = [...diplomCells(c.h).values()].filter((v) => v !== '');
    expect(linked).toHaveLength(9);
    expect(diplomaDocs(c.h)).toHaveLength(9);
    // The other Docs of the wave got their PDFs too.
    expect(diplomaPdfs(c.h)).toHaveLength(9);
    expect(diplomCells(c.h).get(c.ids[7])).toBe('');
    // The settings (template id) and the folder survived the failed request.
    expect(c.api.getSettings().templateId).not.toBe('');
    const results = runAll(c.api);
    expect(results[results.length - 1].remaining).toBe(0);
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(7);
    expectSixteenDiplomas(c);
    expect(live(c.h, (f) => f.name.startsWith('Bydelsmødre – '))).toHaveLength(1);
    expect(parsePdfText(c.h.emu.drive.contentOf(combinedPdfs(c.h)[0].id)).pageCount).toBe(16);
  });

  test('an upload failing inside the PDF wave keeps the Docs linked; the rerun makes only the missing PDF', () => {
    const c = cohort();
    c.h.emu.calls.failAt(3, { service: 'Drive', method: 'files.create' });
    expect(() => c.api.generateDiplomas({ batchSize: 10 })).toThrow(/Google svarede ikke/);
    expect(diplomaDocs(c.h)).toHaveLength(10);
    expect(diplomaPdfs(c.h)).toHaveLength(9);
    expect([...diplomCells(c.h).values()].filter((v) => v !== '')).toHaveLength(10);
    c.h.emu.calls.reset();
    const r = c.api.generateDiplomas({ batchSize: 10 });
    // Her PDF (from her existing Doc) and 6 new diplomas; no second Doc for her.
    expect(r).toMatchObject({ created: 7, remaining: 0 });
    expect(c.h.emu.calls.entries.filter((e) => e.method === 'files.copy')).toHaveLength(6);
    expectSixteenDiplomas(c);
  });

  test('a merge failing inside its wave trashes that half-made copy in the next wave; no duplicate afterwards', () => {
    const c = cohort();
    c.h.emu.calls.failAt(4, { service: 'Docs', method: 'documents.batchUpdate' });
    expect(() => c.api.generateDiplomas({ batchSize: 10 })).toThrow(/9 nye diplomer/);
    expect(diplomaDocs(c.h)).toHaveLength(9);
    const trashed = c.h.emu.drive.files().filter((f) => f.trashed && f.name.startsWith('Diplom - '));
    expect(trashed.map((f) => f.name)).toEqual([`Diplom - ${COMPLETED[3]} - ${COHORT}`]);
    runAll(c.api);
    expectSixteenDiplomas(c);
  });

  test('a wave that half succeeds (copies, merges, exports and uploads failing here and there) resumes to exactly 16', () => {
    const c = cohort();
    c.h.emu.calls.failAt(2, { service: 'Drive', method: 'files.copy' });
    c.h.emu.calls.failAt(4, { service: 'Drive', method: 'files.copy' });
    c.h.emu.calls.failAt(6, { service: 'Drive', method: 'files.copy' });
    c.h.emu.calls.failAt(1, { service: 'Docs', method: 'documents.batchUpdate' });
    c.h.emu.calls.failAt(2, { service: 'Drive', method: 'files.export' });
    c.h.emu.calls.failAt(5, { service: 'Drive', method: 'files.create' });
    expect(() => c.api.generateDiplomas({ batchSize: 16 })).toThrow(
      /Google svarede ikke, mens diplomerne blev lavet\. 12 nye diplomer/,
    );
    expect(diplomaDocs(c.h)).toHaveLength(12);
    expect(diplomaPdfs(c.h)).toHaveLength(10);
    expect([...diplomCells(c.h).values()].filter((v) => v !== '')).toHaveLength(12);
    expect(combinedPdfs(c.h)).toHaveLength(0);
    const results = runAll(c.api, 16);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ created: 6, remaining: 0 });
    expectSixteenDiplomas(c);
    expect(parsePdfText(c.h.emu.drive.contentOf(combinedPdfs(c.h)[0].id)).pageCount).toBe(16);
  });

  test('requests Google turns away for the rate (429) are sent again after a pause: the call still makes all 10', () => {
    const c = cohort();
    c.h.emu.calls.failAt(3, { service: 'Drive', method: 'files.copy', message: 'Rate limit exceeded' });
    c.h.emu.calls.failAt(5, {
      service: 'Docs',
      method: 'documents.batchUpdate',
      message: 'Rate limit exceeded',
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = c.api.generateDiplomas({ batchSize: 10 });
    warn.mockRestore();
    expect(r).toMatchObject({ created: 10, remaining: 6 });
    expect(c.h.emu.slept).toEqual([1000, 1000]);
    expect(diplomaDocs(c.h)).toHaveLength(10);
    expect(diplomaPdfs(c.h)).toHaveLength(10);
    // A 503 is never repeated blindly (it may have done its work): that woman waits for the next call.
    c.h.emu.calls.failAt(1, { service: 'Drive', method: 'files.copy' });
    expect(() => c.api.generateDiplomas({ batchSize: 10 })).toThrow(/5 nye diplomer/);
    expect(c.h.emu.slept).toEqual([1000, 1000]);
  });

  test('a fetchAll that fails as a whole (no request sent) loses nothing; the rerun yields exactly 16', () => {
    const c = cohort();
    // fetchAll round trips: copies, merges, exports, uploads: the merge wave is lost whole.
    c.h.emu.calls.failAt(2, { service: 'UrlFetch', method: 'fetchAll' });
    expect(() => c.api.generateDiplomas({ batchSize: 10 })).toThrow(
      /Google svarede ikke, mens diplomerne blev lavet\. 0 nye/,
    );
    // Ten unmerged, unlinked copies are left: the next call trashes them as orphans.
    expect(diplomaDocs(c.h)).toHaveLength(10);
    runAll(c.api, 16);
    expectSixteenDiplomas(c);
  });

  test('the daily document quota stops the round with a clear message; the next day it continues', () => {
    const c = cohort();
    c.h.emu.drive.createLimit = 1 + 7; // the template, then 7 diplomas
    let message = '';
    try {
      c.api.generateDiplomas({ batchSize: 10 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^Google tillod ikke flere dokumenter i dag\. 7 nye diplomer blev lavet og er linket i «Fremmøde»; 9 mangler\./,
    );
    expect(diplomaPdfs(c.h)).toHaveLength(7);
    expect(() => c.api.generateDiplomas({ batchSize: 10 })).toThrow(
      /^Google tillod ikke flere dokumenter i dag\. 0 nye/,
    );
    c.h.emu.drive.createLimit = 250;
    runAll(c.api);
    expectSixteenDiplomas(c);
  });

  test('an orphan Doc left by an interrupted run (unlinked) is trashed, not kept as a duplicate', () => {
    const c = cohort();
    c.api.generateDiplomas({ batchSize: 2 });
    const folderId = live(c.h, (f) => f.name.startsWith('Bydelsmødre – '))[0].id;
    const g = c.h.emu.globals.Drive as { Files: { copy(r: object, id: string, o: object): { id: string } } };
    const orphan = g.Files.copy(
      { name: `Diplom - ${COMPLETED[2]} - ${COHORT}`, parents: [folderId] },
      c.api.getSettings().templateId,
      {},
    );
    runAll(c.api);
    expect(c.h.emu.drive.files().find((f) => f.id === orphan.id)!.trashed).toBe(true);
    expectSixteenDiplomas(c);
  });
});

describe('regenerate', () => {
  test('trashes every diploma and the combined PDF, clears the links, and makes them again', () => {
    const c = cohort();
    runAll(c.api, 50);
    const oldFiles = live(c.h, (f) => f.name.startsWith('Diplom - ') || f.name.startsWith('Diplomer - '));
    expect(oldFiles).toHaveLength(33);
    const r = c.api.generateDiplomas({ regenerate: true, batchSize: 10 });
    expect(r).toMatchObject({ created: 10, skipped: 0, remaining: 6 });
    const now = new Map(c.h.emu.drive.files().map((f) => [f.id, f]));
    for (const f of oldFiles) expect(now.get(f.id)!.trashed).toBe(true);
    expect(combinedPdfs(c.h)).toHaveLength(0);
    expect([...diplomCells(c.h).values()].filter((v) => v !== '')).toHaveLength(10);
    const rest = c.api.generateDiplomas({ batchSize: 10 });
    expect(rest).toMatchObject({ created: 6, skipped: 10, remaining: 0 });
    expectSixteenDiplomas(c);
    const combined = combinedPdfs(c.h);
    expect(combined).toHaveLength(1);
    expect(oldFiles.map((f) => f.id)).not.toContain(combined[0].id);
    expect(parsePdfText(c.h.emu.drive.contentOf(combined[0].id)).pageCount).toBe(16);
  });
});

describe('budgets', () => {
  test('round trips stay constant per call (waves, not women); requests stay within 4 per diploma; sheets stay constant', () => {
    const c = cohort({ ceremonyDate: '2026-06-12' });
    const perCall: { trips: number; requests: number; sheet: number; created: number }[] = [];
    for (const batchSize of [5, 5, 50]) {
      c.h.emu.calls.reset();
      const r = c.api.generateDiplomas({ batchSize });
      perCall.push({
        trips: c.h.emu.calls.roundTrips(['Drive', 'Docs', 'UrlFetch']),
        requests: c.h.emu.calls.count('Drive') + c.h.emu.calls.count('Docs'),
        sheet: c.h.emu.calls.count('Spreadsheet'),
        created: r.created,
      });
    }
    expect(perCall.map((p) => p.created)).toEqual([5, 5, 6]);
    for (const p of perCall) {
      expect(p.trips).toBeLessThanOrEqual(12);
      expect(p.sheet).toBeLessThanOrEqual(8);
    }
    // 5 and 6 diplomas cost the same number of round trips apart from the combined PDF's two.
    expect(perCall[2].trips).toBeLessThanOrEqual(perCall[1].trips + 2);
    // Requests per diploma: copy, merge, export, upload; the combined PDF re-exports the 10 older ones.
    expect(perCall[1].requests).toBeLessThanOrEqual(4 * 5 + 4);
    expect(perCall[2].requests).toBeLessThanOrEqual(4 * 6 + 10 + 5);
    c.h.emu.calls.reset();
    c.api.generateDiplomas();
    expect(c.h.emu.calls.count('Spreadsheet')).toBeLessThanOrEqual(8);
    expect(c.h.emu.calls.count('Drive') + c.h.emu.calls.count('Docs')).toBeLessThanOrEqual(4);
    // The Dato field took the ceremony date.
    const doc = diplomaDocs(c.h)[0];
    expect(c.h.emu.drive.textOf(doc.id)).toContain(`${PLACE}, 12. juni 2026`);
  });
});

describe('input, template and language', () => {
  test('refuses bad options before anything is made', () => {
    const c = cohort();
    const files = c.h.emu.drive.files().length;
    for (const bad of [
      { batchSize: 0 },
      { batchSize: 51 },
      { batchSize: 2.5 },
      { batchSize: '10' },
      { regenerate: 'yes' },
      { size: 3 },
      [],
      'x',
    ]) {
      expect(() => c.api.generateDiplomas(bad as never)).toThrow(/.+/);
    }
    expect(() => c.api.generateDiplomas({ batchSize: 0 })).toThrow(
      '«Antal diplomer pr. kørsel» skal være et helt tal fra 1 til 50.',
    );
    expect(() => c.api.generateDiplomas({ foo: 1 } as never)).toThrow(
      'Feltet «foo» kendes ikke. Intet blev gemt.',
    );
    expect(c.h.emu.drive.files().length).toBe(files);
    expect(c.api.generateDiplomas({ batchSize: 1, regenerate: false }).created).toBe(1);
  });

  test('a template that lacks a field gives a warning naming it; a trashed template is replaced', () => {
    const c = cohort();
    c.api.generateDiplomas({ batchSize: 1 });
    const templateId = c.api.getSettings().templateId;
    const docs = c.h.emu.globals.Docs as { Documents: { batchUpdate(r: object, id: string): unknown } };
    docs.Documents.batchUpdate(
      {
        requests: [
          {
            replaceAllText: {
              containsText: { text: '{{Underskriver}}', matchCase: true },
              replaceText: '{{Underskriverr}}',
            },
          },
        ],
      },
      templateId,
    );
    const r = c.api.generateDiplomas({ batchSize: 1 });
    expect(r.warnings).toContain('Skabelonen mangler feltet {{Underskriver}}.');
    expect(r.warnings.some((w) => w.includes('{{Underskriverr}}'))).toBe(true);
    const drive = c.h.emu.globals.Drive as { Files: { update(r: object, id: string): unknown } };
    drive.Files.update({ trashed: true }, templateId);
    const again = c.api.generateDiplomas({ batchSize: 1 });
    expect(again.warnings.some((w) => w.startsWith('Diplomskabelonen kunne ikke findes'))).toBe(true);
    expect(c.api.getSettings().templateId).not.toBe(templateId);
  });

  test('an English cohort gets an English template; the date stays Danish', () => {
    const c = cohort({ language: 'en', ceremonyDate: '2026-06-12' });
    const r = c.api.generateDiplomas({ batchSize: 1 });
    expect(r.leftOut[0].reason).toBe('Attended 13 of 14 required modules');
    const text = c.h.emu.drive.textOf(diplomaDocs(c.h)[0].id);
    expect(text).toContain('Diploma');
    expect(text).toContain('12. juni 2026');
    expect(text).not.toContain('Dette diplom');
  });

  test('no date anywhere: a clear refusal, nothing made', () => {
    const c = cohort({ firstModuleDate: '' });
    expect(() => c.api.generateDiplomas()).toThrow(/Diplomerne mangler en dato/);
    expect(live(c.h)).toHaveLength(1); // only My Drive
  });
});

describe('helpers for data-protection requests', () => {
  test('trashDiplomasOf + remakeCombinedPdf leave a combined PDF without her', () => {
    const c = cohort();
    runAll(c.api, 50);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const runtime = require('../../src/server/runtime') as typeof import('../../src/server/runtime');
    /* eslint-disable @typescript-eslint/no-require-imports */
    const diplomas =
      require('../../src/server/api/diplomas') as typeof import('../../src/server/api/diplomas');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const link = diplomCells(c.h).get(c.ids[4]) as string;
    const result = runtime.write((ctx) => {
      const trashed = diplomas.trashDiplomasOf(ctx, { id: c.ids[4], link });
      return { trashed, remade: diplomas.remakeCombinedPdf(ctx, { excludeDocIds: trashed.docIds }) };
    });
    expect(result.trashed.trashed).toBe(2);
    expect(result.remade.remade).toBe(true);
    expect(diplomaDocs(c.h).some((d) => d.name.includes(NAMES[4]))).toBe(false);
    expect(diplomaPdfs(c.h).some((d) => d.name.includes(NAMES[4]))).toBe(false);
    const combined = combinedPdfs(c.h);
    expect(combined).toHaveLength(1);
    const parsed = parsePdfText(c.h.emu.drive.contentOf(combined[0].id));
    expect(parsed.pageCount).toBe(15);
    // By id alone (her link already gone) her files are found through the PDF's mark.
    const byId = runtime.read((ctx) => diplomas.diplomaFilesOf(ctx, c.ids[5]));
    expect(byId.map((f) => f.mimeType).sort()).toEqual([PDF_MIME, DOC_MIME].sort());
  });
});

test('a template Google will not set to paged mode still makes diplomas (logged, not fatal)', () => {
  const c = cohort();
  const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  // The second batchUpdate is the paged-format request on the new template.
  c.h.emu.calls.failAt(2, { service: 'Docs', method: 'Documents.batchUpdate' });
  const result = c.api.generateDiplomas({ batchSize: 5 });
  expect(result.created).toBe(5);
  expect(warnings.mock.calls.flat().join(' ')).toMatch(/paged template: not applied/);
  warnings.mockRestore();
});
