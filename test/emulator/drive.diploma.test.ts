// The add-on's diploma flow, end to end, against the emulated Drive, Docs and UrlFetchApp
// only: folder → default template (batchUpdate) → move → read merge fields → per woman
// copy + replaceAllText + PDF export + PDF upload → combined PDF updated in place.

import { CallLog } from '../../dev/emulator/calls';
import { createDriveServices, DriveStore, DOC_MIME, FOLDER_MIME } from '../../dev/emulator/drive';
import { newBlob } from '../../dev/emulator/blob';
import { parsePdfText } from '../../dev/emulator/pdf';

// Tests walk the API's JSON freely; its precise typing would only add noise here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const TOKEN = 'ya29.emulated';

const NAMES = [
  'Åse Ørsted-Hansen',
  'فاطمة الزهراء',
  'Hodan Cabdi Maxamed',
  "N'Golo",
  'ትግርኛ ስም',
  'Ayşe Yılmaz',
  'نازیہ اردو',
  '$1 \\1 .*',
  '=1+1',
];

const exportUrl = (id: string) =>
  `https://www.googleapis.com/drive/v3/files/${id}/export?mimeType=application/pdf`;

function services() {
  const log = new CallLog();
  const store = new DriveStore();
  return { log, ...createDriveServices(log, store, () => TOKEN) };
}

/** What the add-on does to make its default template: A4 landscape, centred, header/footer. */
function makeTemplate(s: ReturnType<typeof services>, folderId: string): string {
  const { Docs, Drive } = s;
  const id = Docs.Documents.create({ title: 'Diplomskabelon' }).documentId!;
  const lines = [
    'DIPLOM',
    '{{Navn}}',
    'har gennemført uddannelsen til Bydelsmor',
    '{{Dato}}, {{Sted}}',
    '{{Underskriver}}',
  ];
  const text = lines.join('\n');
  const created = Docs.Documents.batchUpdate(
    {
      requests: [
        {
          updateDocumentStyle: {
            documentStyle: {
              pageSize: { width: { magnitude: 842, unit: 'PT' }, height: { magnitude: 595, unit: 'PT' } },
              marginTop: { magnitude: 60, unit: 'PT' },
              marginBottom: { magnitude: 60, unit: 'PT' },
            },
            fields: 'pageSize,marginTop,marginBottom',
          },
        },
        { insertText: { text, location: { index: 1 } } },
        {
          updateParagraphStyle: {
            range: { startIndex: 1, endIndex: 1 + text.length + 1 },
            paragraphStyle: { alignment: 'CENTER' },
            fields: 'alignment',
          },
        },
        {
          updateTextStyle: {
            range: { startIndex: 1, endIndex: 7 },
            textStyle: { bold: true, fontSize: { magnitude: 48, unit: 'PT' } },
            fields: 'bold,fontSize',
          },
        },
        { createHeader: { type: 'DEFAULT' } },
        { createFooter: { type: 'DEFAULT' } },
      ],
    },
    id,
  );
  const headerId = created.replies[4].createHeader!.headerId;
  const footerId = created.replies[5].createFooter!.footerId;
  Docs.Documents.batchUpdate(
    {
      requests: [
        { insertText: { text: 'Bydelsmødre · {{Holdnavn}}', location: { segmentId: headerId, index: 0 } } },
        { insertText: { text: 'Diplom til {{Navn}}', endOfSegmentLocation: { segmentId: footerId } } },
      ],
    },
    id,
  );
  Drive.Files.update({}, id, null, { addParents: folderId, removeParents: 'root' });
  return id;
}

/** Merge fields found in body, headers and footers, as the add-on reads them. */
function mergeFields(doc: Json): string[] {
  const texts: string[] = [];
  const walk = (content: Json[]) =>
    content.forEach((c) =>
      c.paragraph?.elements.forEach((e: Json) => e.textRun && texts.push(e.textRun.content)),
    );
  walk(doc.body.content);
  Object.values(doc.headers ?? {}).forEach((h) => walk((h as Json).content));
  Object.values(doc.footers ?? {}).forEach((f) => walk((f as Json).content));
  return [...new Set(texts.join('').match(/\{\{[^}]+\}\}/g) ?? [])].sort();
}

/** Checks the classic xref table: every in-use entry points at "<n> 0 obj". */
function checkXref(bytes: Uint8Array): void {
  const text = Buffer.from(bytes).toString('latin1');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
  const count = Number(header[1]);
  const table = text.slice(startxref + header[0].length, startxref + header[0].length + count * 20);
  const entries = table.match(/.{20}/gs)!;
  expect(entries).toHaveLength(count);
  expect(entries[0]).toBe('0000000000 65535 f \n');
  entries.slice(1).forEach((entry, i) => {
    expect(entry).toMatch(/^\d{10} 00000 n \n$/);
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
  expect(text).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R`));
  // Stream lengths are exact too.
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = m.index! + m[0].length;
    expect(text.slice(start + Number(m[1]), start + Number(m[1]) + 10)).toBe('\nendstream');
  }
}

describe('diploma flow end to end', () => {
  test('every woman gets a Doc and an exact PDF in the cohort folder', () => {
    const s = services();
    const { Drive, Docs, UrlFetchApp, store, log } = s;
    const folder = Drive.Files.create({ name: 'Diplomer - Ballerup 2026', mimeType: FOLDER_MIME });
    const templateId = makeTemplate(s, folder.id as string);

    const template = Docs.Documents.get(templateId) as Json;
    expect(mergeFields(template)).toEqual([
      '{{Dato}}',
      '{{Holdnavn}}',
      '{{Navn}}',
      '{{Sted}}',
      '{{Underskriver}}',
    ]);
    expect(template.documentStyle.pageSize.width.magnitude).toBe(842);

    log.reset();
    for (const name of NAMES) {
      const copy = Drive.Files.copy(
        { name: `Diplom - ${name} - Ballerup 2026`, parents: [folder.id] },
        templateId,
        {
          fields: 'id,webViewLink',
        },
      );
      const values: Record<string, string> = {
        '{{Navn}}': name,
        '{{Dato}}': '12. juni 2026',
        '{{Sted}}': 'Ballerup Rådhus',
        '{{Holdnavn}}': 'Ballerup 2026',
        '{{Underskriver}}': 'Borgmesteren',
      };
      const res = Docs.Documents.batchUpdate(
        {
          requests: Object.entries(values).map(([text, replaceText]) => ({
            replaceAllText: { containsText: { text, matchCase: true }, replaceText },
          })),
        },
        copy.id as string,
      );
      // Navn is in the body and the footer.
      expect(res.replies.map((r: Json) => r.replaceAllText.occurrencesChanged)).toEqual([2, 1, 1, 1, 1]);
      const response = UrlFetchApp.fetch(exportUrl(copy.id as string), {
        headers: { Authorization: 'Bearer ' + TOKEN },
        muteHttpExceptions: true,
      });
      expect(response.getResponseCode()).toBe(200);
      const pdf = Drive.Files.create(
        { name: `Diplom - ${name} - Ballerup 2026.pdf`, parents: [folder.id], mimeType: 'application/pdf' },
        response.getBlob(),
        { fields: 'id,mimeType,size' },
      );
      expect(pdf.mimeType).toBe('application/pdf');

      const parsed = parsePdfText(store.contentOf(pdf.id as string));
      expect(parsed.pageCount).toBe(1);
      expect(parsed.pageSizes).toEqual([{ width: 842, height: 595 }]);
      expect(parsed.title).toBe(`Diplom - ${name} - Ballerup 2026`);
      expect(parsed.subject).toBe(
        `DIPLOM\n${name}\nhar gennemført uddannelsen til Bydelsmor\n12. juni 2026, Ballerup Rådhus\nBorgmesteren\n` +
          'Bydelsmødre · Ballerup 2026\n' +
          `Diplom til ${name}\n`,
      );
      expect(store.textOf(copy.id as string)).toBe(parsed.subject);
      expect(copy.webViewLink).toBe(`https://docs.google.com/document/d/${copy.id}/edit?usp=drivesdk`);
    }
    // Four round trips per woman, nothing else; the export inside each fetch is also counted
    // as a Drive request (within its fetch, not a round trip of its own).
    expect(log.snapshot()).toEqual({ Drive: 3 * NAMES.length, Docs: NAMES.length, UrlFetch: NAMES.length });
    expect(log.roundTrips()).toBe(4 * NAMES.length);

    const listed = Drive.Files.list({
      q: `'${folder.id}' in parents and trashed = false and mimeType = '${DOC_MIME}'`,
      fields: 'files(id,name)',
      pageSize: 100,
    });
    expect((listed.files as Json[]).map((f) => f.name)).toEqual([
      'Diplomskabelon',
      ...NAMES.map((n) => `Diplom - ${n} - Ballerup 2026`),
    ]);
    // The template is untouched.
    expect(mergeFields(Docs.Documents.get(templateId) as Json)).toHaveLength(5);
  });

  test('the PDF is a valid PDF 1.4 with a consistent xref, Latin-1 visible, the rest as ?', () => {
    const s = services();
    const folder = s.Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const templateId = makeTemplate(s, folder.id as string);
    const copyId = s.Drive.Files.copy({ name: 'Diplom' }, templateId).id as string;
    s.Docs.Documents.batchUpdate(
      {
        requests: [
          {
            replaceAllText: {
              containsText: { text: '{{Navn}}', matchCase: true },
              replaceText: 'Åse (فاطمة) \\ Ø',
            },
          },
        ],
      },
      copyId,
    );
    const response = s.UrlFetchApp.fetch(exportUrl(copyId), {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(response.getHeaders()['Content-Type']).toBe('application/pdf');
    const bytes = Uint8Array.from(response.getContent(), (b) => b & 0xff);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    checkXref(bytes);
    expect(text).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    const parsed = parsePdfText(response.getContent());
    expect(parsed.pageTexts[0].split('\n')).toEqual([
      'Bydelsm\u00f8dre \u00b7 {{Holdnavn}}',
      'Diplom til \u00c5se (?????) \\ \u00d8',
      'DIPLOM',
      '\u00c5se (?????) \\ \u00d8',
      'har gennemf\u00f8rt uddannelsen til Bydelsmor',
      '{{Dato}}, {{Sted}}',
      '{{Underskriver}}',
    ]);
    // Centred lines sit in the middle of the landscape page: DIPLOM at 48 pt.
    const x = Number(/\/F2 48 Tf 0 0 0 rg ([\d.]+) [\d.]+ Td \(DIPLOM\) Tj/.exec(text)![1]);
    const width = ((667 + 278 + 667 + 611 + 778 + 833) * 48 * 1.05) / 1000;
    expect(x + width / 2).toBeCloseTo(72 + (842 - 144) / 2, 0);
  });

  test('page breaks make pages; the combined PDF is updated in place', () => {
    const s = services();
    const { Drive, Docs, UrlFetchApp, store } = s;
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const combined = Docs.Documents.create({ title: 'Diplomer - Hold' }).documentId!;
    const names = ['Åse', 'Hodan', 'فاطمة'];
    const requests: Json[] = [
      {
        updateDocumentStyle: {
          documentStyle: {
            pageSize: { width: { magnitude: 842, unit: 'PT' }, height: { magnitude: 595, unit: 'PT' } },
          },
          fields: 'pageSize',
        },
      },
    ];
    names.forEach((n, i) => {
      if (i > 0) requests.push({ insertPageBreak: { endOfSegmentLocation: {} } });
      requests.push({ insertText: { text: n, endOfSegmentLocation: {} } });
    });
    Docs.Documents.batchUpdate({ requests }, combined);
    const exportPdf = () =>
      UrlFetchApp.fetch(exportUrl(combined), { headers: { Authorization: `Bearer ${TOKEN}` } }).getBlob();

    const pdfFile = Drive.Files.create(
      { name: 'Diplomer - Hold.pdf', parents: [folder.id], mimeType: 'application/pdf' },
      exportPdf(),
    );
    let parsed = parsePdfText(store.contentOf(pdfFile.id as string));
    expect(parsed.pageCount).toBe(3);
    expect(parsed.pageSizes.every((p) => p.width === 842 && p.height === 595)).toBe(true);
    expect(parsed.pageTexts).toEqual(['\u00c5se', 'Hodan', '?????']);
    // A page break is followed by the newline that ends its paragraph.
    expect(parsed.subject).toBe('Åse\f\nHodan\f\nفاطمة\n');

    Docs.Documents.batchUpdate(
      {
        requests: [
          { insertPageBreak: { endOfSegmentLocation: {} } },
          { insertText: { text: 'Ayşe', endOfSegmentLocation: {} } },
        ],
      },
      combined,
    );
    Drive.Files.update({}, pdfFile.id as string, exportPdf());
    parsed = parsePdfText(store.contentOf(pdfFile.id as string));
    expect(parsed.pageCount).toBe(4);
    expect(store.byName('Diplomer - Hold.pdf')).toHaveLength(1);
  });

  test('long text flows onto a new page instead of running off it', () => {
    const s = services();
    const id = s.Docs.Documents.create({ title: 'Lang' }).documentId!;
    const text = Array.from({ length: 80 }, (_, i) => `Linje ${i + 1}`).join('\n');
    s.Docs.Documents.batchUpdate({ requests: [{ insertText: { text, location: { index: 1 } } }] }, id);
    const pdf = s.UrlFetchApp.fetch(exportUrl(id), { headers: { Authorization: `Bearer ${TOKEN}` } });
    const parsed = parsePdfText(pdf.getContent());
    expect(parsed.pageCount).toBeGreaterThan(1);
    expect(parsed.pageTexts.join('\n').split('\n')).toHaveLength(80);
  });
});

describe('UrlFetchApp export errors', () => {
  function withDoc() {
    const s = services();
    const docId = s.Docs.Documents.create({ title: 'D' }).documentId!;
    return { ...s, docId };
  }

  test('missing or wrong token: 401, thrown unless muted', () => {
    const { UrlFetchApp, docId } = withDoc();
    const missing = UrlFetchApp.fetch(exportUrl(docId), { muteHttpExceptions: true });
    expect(missing.getResponseCode()).toBe(401);
    expect(JSON.parse(missing.getContentText()).error.status).toBe('UNAUTHENTICATED');
    const wrong = UrlFetchApp.fetch(exportUrl(docId), {
      headers: { Authorization: 'Bearer stale' },
      muteHttpExceptions: true,
    });
    expect(wrong.getResponseCode()).toBe(401);
    expect(() => UrlFetchApp.fetch(exportUrl(docId), { headers: { Authorization: 'Bearer stale' } })).toThrow(
      /^Request failed for https:\/\/www\.googleapis\.com returned code 401\. Truncated server response: /,
    );
    // Header names are case-insensitive.
    expect(
      UrlFetchApp.fetch(exportUrl(docId), {
        headers: { authorization: `Bearer ${TOKEN}` },
      }).getResponseCode(),
    ).toBe(200);
  });

  test('non-Docs files, unknown files and unsupported formats fail like Drive', () => {
    const { UrlFetchApp, Drive, docId } = withDoc();
    const auth = { headers: { Authorization: `Bearer ${TOKEN}` }, muteHttpExceptions: true };
    const pdf = Drive.Files.create(
      { name: 'a.pdf', mimeType: 'application/pdf' },
      newBlob('%PDF-', 'application/pdf'),
    );
    const notExportable = UrlFetchApp.fetch(exportUrl(pdf.id as string), auth);
    expect(notExportable.getResponseCode()).toBe(403);
    expect(JSON.parse(notExportable.getContentText()).error.message).toBe(
      'Export only supports Docs Editors files.',
    );
    const missing = UrlFetchApp.fetch(exportUrl('nope'), auth);
    expect(missing.getResponseCode()).toBe(404);
    expect(JSON.parse(missing.getContentText()).error.message).toBe('File not found: nope.');
    const csv = UrlFetchApp.fetch(exportUrl(docId).replace('application/pdf', 'text/csv'), auth);
    expect(csv.getResponseCode()).toBe(400);
    const plain = UrlFetchApp.fetch(exportUrl(docId).replace('application/pdf', 'text/plain'), auth);
    expect(plain.getContentText()).toBe('\ufeff\r\n');
  });

  test('any other URL is unreachable, as for a host Apps Script cannot reach', () => {
    const { UrlFetchApp, log } = withDoc();
    expect(() => UrlFetchApp.fetch('https://example.com/')).toThrow(
      'Address unavailable: https://example.com/',
    );
    expect(() => UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/about')).toThrow(
      'Address unavailable',
    );
    expect(() => UrlFetchApp.fetch('not a url')).toThrow('Invalid argument: not a url');
    expect(log.count('UrlFetch')).toBe(3);
  });
});
