// The emulator's model of two Google behaviours the diploma waves rely on:
// - Drive's import of a .docx into a Google Doc (Drive API guide "Upload file data", section
//   "Import to Google Docs types": files.create with mimeType application/vnd.google-apps.document
//   and Word media converts the upload; anything Drive cannot import is refused);
// - UrlFetchApp.fetchAll (Apps Script reference, UrlFetchApp.fetchAll(requests)): one call,
//   one HTTPResponse per request in order; with muteHttpExceptions a failing response is
//   returned, without it an exception is thrown — the other requests of the batch have run.
import { CallLog } from '../../dev/emulator/calls';
import { createDriveServices } from '../../dev/emulator/drive';
import { newBlob } from '../../dev/emulator/blob';
import { diplomaDocx, makeDocx, zip } from '../helpers/docx';
import { estimate, serviceRoundTrips } from '../../dev/bench/latency';

const DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TOKEN = 'tok';
type Json = Record<string, unknown>;

function services() {
  const log = new CallLog();
  const s = createDriveServices(log, undefined, TOKEN);
  return { log, ...s };
}

const auth = { Authorization: `Bearer ${TOKEN}` };

describe('Drive: a .docx uploaded with the Docs type becomes a Doc', () => {
  test('paragraphs, runs joined, header, page size and alignment come through', () => {
    const { Drive, Docs, store } = services();
    const file = Drive.Files.create(
      { name: 'Diplom', mimeType: DOC },
      newBlob(Array.from(diplomaDocx()), DOCX),
      { fields: 'id,mimeType' },
    ) as Json;
    expect(file.mimeType).toBe(DOC);
    const text = store.textOf(String(file.id));
    // "{{Na" + "vn}}" were two runs in Word: one field in the Doc, as replaceAllText sees it.
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'DIPLOM',
        '{{Navn}}',
        '{{Sted}}, {{Dato}}',
        '{{Underskriver}}',
        'Ballerup Kommune',
      ]),
    );
    const doc = Docs.Documents.get(String(file.id)) as unknown as {
      documentStyle: Json;
      body: { content: Json[] };
    };
    expect(doc.documentStyle.pageSize).toEqual({
      width: { magnitude: 841.9, unit: 'PT' },
      height: { magnitude: 595.3, unit: 'PT' },
    });
    const title = doc.body.content.find((c) => c.paragraph as Json | undefined) as {
      paragraph: { paragraphStyle: Json; elements: { textRun: { textStyle: Json } }[] };
    };
    expect(title.paragraph.paragraphStyle.alignment).toBe('CENTER');
    expect(title.paragraph.elements[0].textRun.textStyle).toMatchObject({
      bold: true,
      fontSize: { magnitude: 40, unit: 'PT' },
    });
    // The converted Doc takes merges like any Doc.
    Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: 'Søs' } },
        ],
      },
      String(file.id),
    );
    expect(store.textOf(String(file.id))).toContain('Søs');
  });

  test('a portrait file stays portrait; XML entities are decoded', () => {
    const { Drive, store } = services();
    const file = Drive.Files.create(
      { name: 'x', mimeType: DOC },
      newBlob(Array.from(makeDocx(['A & B <{{Navn}}>'], { landscape: false })), DOCX),
      { fields: 'id' },
    ) as Json;
    expect(store.textOf(String(file.id))).toContain('A & B <{{Navn}}>');
    expect(
      (store.document(String(file.id)) as unknown as { documentStyle: Json }).documentStyle.pageSize,
    ).toEqual({ width: { magnitude: 595.3, unit: 'PT' }, height: { magnitude: 841.9, unit: 'PT' } });
  });

  test.each([
    ['a PDF', Buffer.from('%PDF-1.4\n%%EOF')],
    ['a zip without word/document.xml', zip({ 'xl/workbook.xml': '<x/>' })],
    ['an empty file', Buffer.alloc(0)],
  ])('%s is refused like a file Drive cannot convert, and nothing is made', (_what, bytes) => {
    const { Drive, store } = services();
    const before = store.files().length;
    expect(() =>
      Drive.Files.create({ name: 'x', mimeType: DOC }, newBlob(Array.from(bytes), DOCX), {}),
    ).toThrow(/API call to drive\.files\.create failed with error: .*not a Word document/);
    expect(store.files()).toHaveLength(before);
  });
});

describe('UrlFetchApp.fetchAll against the Drive and Docs REST endpoints', () => {
  function setup() {
    const s = services();
    const folder = s.Drive.Files.create(
      { name: 'F', mimeType: 'application/vnd.google-apps.folder' },
      undefined,
      { fields: 'id' },
    ) as Json;
    const template = s.Drive.Files.create({ name: 'T', mimeType: DOC, parents: [folder.id] }, undefined, {
      fields: 'id',
    }) as Json;
    s.Docs.Documents.batchUpdate(
      { requests: [{ insertText: { location: { index: 1 }, text: 'Til {{Navn}}' } }] },
      String(template.id),
    );
    s.log.reset();
    const copy = (name: string) => ({
      url: `https://www.googleapis.com/drive/v3/files/${template.id}/copy?fields=id,name`,
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ name, parents: [folder.id] }),
      headers: auth,
      muteHttpExceptions: true,
    });
    return { ...s, folderId: String(folder.id), templateId: String(template.id), copy };
  }

  test('one round trip, one response per request in order; each request is counted under its API', () => {
    const { UrlFetchApp, log, copy, store } = setup();
    const responses = UrlFetchApp.fetchAll([copy('A'), copy('B'), copy('C')]);
    expect(responses.map((r) => r.getResponseCode())).toEqual([200, 200, 200]);
    expect(responses.map((r) => (JSON.parse(r.getContentText()) as Json).name)).toEqual(['A', 'B', 'C']);
    expect(store.byName('B')).toHaveLength(1);
    expect(log.count('UrlFetch')).toBe(1);
    expect(log.count('Drive')).toBe(3);
    expect(serviceRoundTrips(log.entries)).toBe(1);
    // Priced as one round trip as slow as its slowest request (a Drive copy: 400 ms).
    expect(estimate(log.entries).ms).toBe(400);
  });

  test('a request failing inside the batch answers 503 (muted); the others are done', () => {
    const { UrlFetchApp, log, copy, store } = setup();
    log.failAt(2, { service: 'Drive', method: 'files.copy' });
    const responses = UrlFetchApp.fetchAll([copy('A'), copy('B'), copy('C')]);
    expect(responses.map((r) => r.getResponseCode())).toEqual([200, 503, 200]);
    expect(JSON.parse(responses[1].getContentText()).error.code).toBe(503);
    expect(store.byName('A')).toHaveLength(1);
    expect(store.byName('B')).toHaveLength(0);
    expect(store.byName('C')).toHaveLength(1);
  });

  test('a fault whose message says "rate limit" answers 429 rateLimitExceeded, the way Google says "slow down"', () => {
    const { UrlFetchApp, log, copy, store } = setup();
    log.failAt(1, { service: 'Drive', method: 'files.copy', message: 'Rate limit exceeded' });
    const [slowed, fine] = UrlFetchApp.fetchAll([copy('A'), copy('B')]);
    expect(slowed.getResponseCode()).toBe(429);
    expect(JSON.parse(slowed.getContentText()).error.errors[0].reason).toBe('rateLimitExceeded');
    expect(fine.getResponseCode()).toBe(200);
    expect(store.byName('A')).toHaveLength(0);
  });

  test('without muteHttpExceptions the call throws, but the other requests have run (they went out together)', () => {
    const { UrlFetchApp, copy, store } = setup();
    const loud = (name: string) => ({ ...copy(name), muteHttpExceptions: false });
    const bad = { ...loud('B'), url: 'https://www.googleapis.com/drive/v3/files/nope/copy' };
    expect(() => UrlFetchApp.fetchAll([loud('A'), bad, loud('C')])).toThrow(
      /Request failed for https:\/\/www\.googleapis\.com returned code 404/,
    );
    expect(store.byName('A')).toHaveLength(1);
    expect(store.byName('C')).toHaveLength(1);
  });

  test('Docs batchUpdate, export, multipart upload and trash over REST; a wrong token is 401', () => {
    const { UrlFetchApp, copy, store, folderId } = setup();
    const [made] = UrlFetchApp.fetchAll([copy('D')]);
    const id = String((JSON.parse(made.getContentText()) as Json).id);
    const [merged, missing, noAuth] = UrlFetchApp.fetchAll([
      {
        url: `https://docs.googleapis.com/v1/documents/${id}:batchUpdate`,
        method: 'post',
        contentType: 'application/json',
        payload: JSON.stringify({
          requests: [
            { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: 'Åse' } },
          ],
        }),
        headers: auth,
        muteHttpExceptions: true,
      },
      {
        url: 'https://docs.googleapis.com/v1/documents/missing:batchUpdate',
        method: 'post',
        payload: '{"requests":[{"insertText":{"location":{"index":1},"text":"x"}}]}',
        headers: auth,
        muteHttpExceptions: true,
      },
      {
        url: `https://www.googleapis.com/drive/v3/files/${id}/export?mimeType=application%2Fpdf`,
        headers: { Authorization: 'Bearer wrong' },
        muteHttpExceptions: true,
      },
    ]);
    expect(merged.getResponseCode()).toBe(200);
    expect(store.textOf(id)).toContain('Til Åse');
    expect(missing.getResponseCode()).toBe(404);
    expect(noAuth.getResponseCode()).toBe(401);

    const [pdf] = UrlFetchApp.fetchAll([
      {
        url: `https://www.googleapis.com/drive/v3/files/${id}/export?mimeType=application%2Fpdf`,
        headers: auth,
      },
    ]);
    const body = Buffer.concat([
      Buffer.from(
        `--b1\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify({ name: 'D.pdf', mimeType: 'application/pdf', parents: [folderId], appProperties: { k: 'v' } })}\r\n--b1\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from(pdf.getBlob().rawBytes()),
      Buffer.from('\r\n--b1--'),
    ]);
    const [up] = UrlFetchApp.fetchAll([
      {
        url: 'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart&fields=id,appProperties',
        method: 'post',
        contentType: 'multipart/related; boundary=b1',
        payload: Array.from(body),
        headers: auth,
      },
    ]);
    const uploaded = JSON.parse(up.getContentText()) as Json;
    expect(uploaded.appProperties).toEqual({ k: 'v' });
    expect(Buffer.from(store.contentOf(String(uploaded.id))).toString('latin1')).toMatch(/^%PDF-/);

    const [trashed] = UrlFetchApp.fetchAll([
      {
        url: `https://www.googleapis.com/drive/v3/files/${id}?fields=id`,
        method: 'patch',
        contentType: 'application/json',
        payload: '{"trashed":true}',
        headers: auth,
      },
    ]);
    expect(trashed.getResponseCode()).toBe(200);
    expect(store.files().find((f) => f.id === id)!.trashed).toBe(true);
  });

  test('a fault on the fetchAll itself sends nothing; an unknown host fails the whole call', () => {
    const { UrlFetchApp, log, copy, store } = setup();
    log.failAt(1, { service: 'UrlFetch', method: 'fetchAll' });
    expect(() => UrlFetchApp.fetchAll([copy('A')])).toThrow(/injected fault/);
    expect(store.byName('A')).toHaveLength(0);
    expect(() => UrlFetchApp.fetchAll([copy('A'), { url: 'https://example.org/x' }])).toThrow(
      /Address unavailable/,
    );
    expect(store.byName('A')).toHaveLength(0);
  });
});
