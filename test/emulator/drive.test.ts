import { CallLog } from '../../dev/emulator/calls';
import {
  createDriveServices,
  DOCS_CREATE_QUOTA_MESSAGE,
  DriveStore,
  FOLDER_MIME,
  DOC_MIME,
} from '../../dev/emulator/drive';
import { newBlob } from '../../dev/emulator/blob';

// Tests walk the API's JSON freely; its precise typing would only add noise here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function setup(store = new DriveStore()) {
  const log = new CallLog();
  return { log, ...createDriveServices(log, store, 'tok') };
}

describe('Blob', () => {
  test('bytes are the truth: UTF-8 in, signed bytes out, and back', () => {
    const blob = newBlob('Åse ø', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-61, -123, 115, 101, 32, -61, -72]);
    expect(newBlob(blob.getBytes()).getDataAsString()).toBe('Åse ø');
    expect(blob.getDataAsString('ISO-8859-1')).toBe('Ã\u0085se Ã¸');
    expect(blob.copyBlob().setName('b.txt').getName()).toBe('b.txt');
    expect(blob.getName()).toBe('a.txt');
    expect(() => blob.getAs('application/pdf')).toThrow('not supported');
    expect(newBlob([1], 'application/pdf', 'x.doc').getAs('application/pdf').getName()).toBe('x.pdf');
    expect(() => newBlob([300])).toThrow('Invalid byte');
  });
});

describe('Drive.Files', () => {
  test('create returns only v3 default fields unless fields are asked for', () => {
    const { Drive } = setup();
    const folder = Drive.Files.create({ name: 'Diplomer', mimeType: FOLDER_MIME });
    expect(folder).toEqual({ kind: 'drive#file', id: folder.id, name: 'Diplomer', mimeType: FOLDER_MIME });
    const doc = Drive.Files.create(
      { name: 'Skabelon', mimeType: DOC_MIME, parents: [folder.id] },
      undefined,
      { fields: 'id,name,parents,trashed,webViewLink' },
    );
    expect(doc).toEqual({
      id: doc.id,
      name: 'Skabelon',
      parents: [folder.id],
      trashed: false,
      webViewLink: `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`,
    });
    expect(() => Drive.Files.get(doc.id as string, { fields: 'id,nmae' })).toThrow(
      'Invalid field selection nmae',
    );
  });

  test("unknown ids fail with the API message; other users' files are invisible (drive.file)", () => {
    const store = new DriveStore();
    const foreign = store.addFile({ name: 'Privat', mimeType: DOC_MIME, appCreated: false });
    const { Drive, Docs } = setup(store);
    expect(() => Drive.Files.get('nope')).toThrow(
      'API call to drive.files.get failed with error: File not found: nope.',
    );
    expect(() => Drive.Files.get(foreign)).toThrow(`File not found: ${foreign}.`);
    expect(() => Drive.Files.copy({}, foreign)).toThrow('API call to drive.files.copy failed');
    expect(() => Docs.Documents.get(foreign)).toThrow('The caller does not have permission');
    expect(Drive.Files.list({ q: "name = 'Privat'" }).files).toEqual([]);
    try {
      Drive.Files.get('nope');
    } catch (e) {
      expect((e as Error).name).toBe('GoogleJsonResponseException');
      expect((e as Json).details.code).toBe(404);
    }
  });

  test('copy copies the document model and lands in the requested folder', () => {
    const { Drive, Docs, store } = setup();
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const template = Docs.Documents.create({ title: 'Skabelon' });
    Docs.Documents.batchUpdate(
      { requests: [{ insertText: { text: 'Diplom {{Navn}}', location: { index: 1 } } }] },
      template.documentId!,
    );
    const copy = Drive.Files.copy({ name: 'Diplom - Hodan', parents: [folder.id] }, template.documentId!, {
      fields: 'id,parents,mimeType',
    });
    expect(copy.parents).toEqual([folder.id]);
    expect(copy.mimeType).toBe(DOC_MIME);
    expect(store.textOf(copy.id as string)).toBe('Diplom {{Navn}}\n');
    // The copy is independent of the template.
    Docs.Documents.batchUpdate(
      {
        requests: [
          { replaceAllText: { containsText: { text: '{{Navn}}', matchCase: true }, replaceText: 'Hodan' } },
        ],
      },
      copy.id as string,
    );
    expect(store.textOf(template.documentId!)).toBe('Diplom {{Navn}}\n');
    expect((Docs.Documents.get(copy.id as string) as Json).title).toBe('Diplom - Hodan');
    // Without parents, a copy stays beside its original.
    const sibling = Drive.Files.copy({}, copy.id as string, { fields: 'name,parents' });
    expect(sibling).toEqual({ name: 'Copy of Diplom - Hodan', parents: [folder.id] });
    expect(() => Drive.Files.copy({}, folder.id as string)).toThrow('cannot be copied');
  });

  test('update moves with addParents/removeParents, renames, trashes, and refuses parents', () => {
    const { Drive, Docs, store } = setup();
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const doc = Docs.Documents.create({ title: 'Skabelon' });
    const id = doc.documentId!;
    expect(store.files().find((f) => f.id === id)!.parents).toEqual([store.rootId]);
    const moved = Drive.Files.update({}, id, null, {
      addParents: folder.id,
      removeParents: 'root',
      fields: 'parents',
    });
    expect(moved).toEqual({ parents: [folder.id] });
    expect(() => Drive.Files.update({ parents: ['x'] }, id)).toThrow(
      'The parents field is not directly writable',
    );
    expect(() => Drive.Files.update({}, id, null, { addParents: store.rootId })).toThrow(
      'Increasing the number of parents is not allowed.',
    );
    expect(() => Drive.Files.update({ id: 'x' }, id)).toThrow('not directly writable');
    Drive.Files.update({ name: 'Min skabelon' }, id);
    expect((Docs.Documents.get(id) as Json).title).toBe('Min skabelon');
    expect(() => Drive.Files.update({}, folder.id as string, null, { addParents: folder.id })).toThrow(
      'cannot be moved into itself',
    );
  });

  test('trashing a folder trashes what is inside; get and list show it', () => {
    const { Drive, Docs } = setup();
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const child = Drive.Files.create(
      { name: 'a.pdf', parents: [folder.id], mimeType: 'application/pdf' },
      newBlob('x'),
    );
    Drive.Files.update({ trashed: true }, folder.id as string);
    expect(Drive.Files.get(child.id as string, { fields: 'trashed,explicitlyTrashed' })).toEqual({
      trashed: true,
      explicitlyTrashed: false,
    });
    const q = `'${folder.id}' in parents`;
    expect(Drive.Files.list({ q: `${q} and trashed = false` }).files).toEqual([]);
    // v3 lists trashed files unless the query excludes them.
    expect((Drive.Files.list({ q }).files as Json[]).map((f) => f.name)).toEqual(['a.pdf']);
    // Trashed documents can still be read, as in Drive.
    const doc = Docs.Documents.create({ title: 'T' });
    Drive.Files.update({ trashed: true }, doc.documentId!);
    expect(() => Docs.Documents.get(doc.documentId!)).not.toThrow();
    Drive.Files.update({ trashed: false }, folder.id as string);
    expect(Drive.Files.get(child.id as string, { fields: 'trashed' })).toEqual({ trashed: false });
  });

  test('remove deletes a folder with everything below it', () => {
    const { Drive, store } = setup();
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const child = Drive.Files.create({ name: 'a', parents: [folder.id] });
    expect(Drive.Files.remove(folder.id as string)).toBeUndefined();
    expect(() => Drive.Files.get(child.id as string)).toThrow('File not found');
    expect(store.files().map((f) => f.id)).toEqual([store.rootId]);
    expect((Drive.Files as Json).delete).toBeUndefined();
  });

  test('update with a blob replaces the content in place', () => {
    const { Drive, store } = setup();
    const pdf = Drive.Files.create(
      { name: 'Diplomer - Hold.pdf', mimeType: 'application/pdf' },
      newBlob('v1', 'application/pdf'),
    );
    Drive.Files.update({}, pdf.id as string, newBlob('version 2', 'application/pdf'));
    expect(Buffer.from(store.contentOf(pdf.id as string)).toString()).toBe('version 2');
    expect(Drive.Files.get(pdf.id as string, { fields: 'size' })).toEqual({ size: '9' });
    expect(store.byName('Diplomer - Hold.pdf')).toHaveLength(1);
  });
});

describe('Drive.Files.list queries', () => {
  function populated() {
    const s = setup();
    const { Drive } = s;
    const a = Drive.Files.create({ name: 'Hold A', mimeType: FOLDER_MIME });
    const b = Drive.Files.create({ name: 'Hold B', mimeType: FOLDER_MIME });
    Drive.Files.create({ name: "N'Golo.pdf", parents: [a.id], mimeType: 'application/pdf' }, newBlob('1'));
    Drive.Files.create({ name: 'Diplom - Åse', parents: [a.id], mimeType: DOC_MIME });
    Drive.Files.create({ name: 'Diplom - Åse', parents: [b.id], mimeType: DOC_MIME });
    const trashed = Drive.Files.create(
      { name: 'gammel.pdf', parents: [a.id], mimeType: 'application/pdf' },
      newBlob('2'),
    );
    Drive.Files.update({ trashed: true }, trashed.id as string);
    return { ...s, a, b };
  }
  const names = (r: Json) => (r.files as Json[]).map((f) => f.name);

  test('parents, name, mimeType, trashed combined with and', () => {
    const { Drive, a } = populated();
    expect(names(Drive.Files.list({ q: `'${a.id}' in parents and trashed = false` }))).toEqual([
      "N'Golo.pdf",
      'Diplom - Åse',
    ]);
    expect(
      names(Drive.Files.list({ q: `'${a.id}' in parents and name = 'Diplom - Åse' and trashed = false` })),
    ).toEqual(['Diplom - Åse']);
    expect(names(Drive.Files.list({ q: `mimeType = '${FOLDER_MIME}'` }))).toEqual(['Hold A', 'Hold B']);
    expect(names(Drive.Files.list({ q: "name = 'N\\'Golo.pdf'" }))).toEqual(["N'Golo.pdf"]);
    expect(
      names(Drive.Files.list({ q: "mimeType != 'application/pdf' and not name contains 'hold'" })),
    ).toEqual(['Diplom - Åse', 'Diplom - Åse']);
    expect(names(Drive.Files.list({ q: "name = 'Hold A' or (name = 'Hold B')" }))).toEqual([
      'Hold A',
      'Hold B',
    ]);
  });

  test('fields, default fields, paging and ordering', () => {
    const { Drive } = populated();
    const all = Drive.Files.list({});
    expect(Object.keys(all).sort()).toEqual(['files', 'incompleteSearch', 'kind']);
    expect(Object.keys((all.files as Json[])[0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const page1 = Drive.Files.list({
      pageSize: 2,
      orderBy: 'name',
      fields: 'nextPageToken,files(name,trashed)',
    });
    expect(page1.files).toEqual([
      { name: 'Diplom - Åse', trashed: false },
      { name: 'Diplom - Åse', trashed: false },
    ]);
    const page2 = Drive.Files.list({
      pageSize: 2,
      orderBy: 'name',
      pageToken: page1.nextPageToken,
      fields: 'files(name)',
    });
    expect(names(page2)).toEqual(['gammel.pdf', 'Hold A']);
    expect(page2.nextPageToken).toBeUndefined();
  });

  test('unsupported queries fail loudly instead of matching everything', () => {
    const { Drive } = populated();
    expect(() => Drive.Files.list({ q: "fullText contains 'x'" })).toThrow(
      'API call to drive.files.list failed with error: Invalid Value',
    );
    expect(() => Drive.Files.list({ q: "name = 'x' and" })).toThrow('Invalid Value');
    expect(() => Drive.Files.list({ q: "name = 'unterminated" })).toThrow('Invalid Value');
  });
});

describe('quota, counting and faults', () => {
  test('documents created per day are limited; the next day is fresh', () => {
    const store = new DriveStore();
    let now = new Date('2026-06-12T10:00:00Z');
    store.clock = () => now;
    store.createLimit = 3;
    const { Drive, Docs } = setup(store);
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const template = Docs.Documents.create({ title: 'Skabelon' });
    Drive.Files.copy({ name: 'c1' }, template.documentId!);
    Drive.Files.create({ name: 'c2', mimeType: DOC_MIME, parents: [folder.id] });
    const before = store.files().length;
    expect(() => Drive.Files.copy({ name: 'c3' }, template.documentId!)).toThrow(DOCS_CREATE_QUOTA_MESSAGE);
    expect(() => Docs.Documents.create({ title: 'x' })).toThrow(DOCS_CREATE_QUOTA_MESSAGE);
    expect(store.files()).toHaveLength(before);
    // PDFs and folders are not documents.
    Drive.Files.create({ name: 'a.pdf', mimeType: 'application/pdf' }, newBlob('x'));
    expect(store.documentsCreatedToday()).toBe(3);
    now = new Date('2026-06-13T10:00:00Z');
    expect(() => Drive.Files.copy({ name: 'c3' }, template.documentId!)).not.toThrow();
    expect(new DriveStore().createLimit).toBe(250);
  });

  test('every call is counted once per service; blob methods are not', () => {
    const { log, Drive, Docs, UrlFetchApp } = setup();
    const f = Drive.Files.create({ name: 'F', mimeType: FOLDER_MIME });
    const d = Docs.Documents.create({ title: 'T' });
    Docs.Documents.get(d.documentId!);
    Drive.Files.list({ q: `'${f.id}' in parents` });
    const res = UrlFetchApp.fetch(
      `https://www.googleapis.com/drive/v3/files/${d.documentId}/export?mimeType=application/pdf`,
      {
        headers: { Authorization: 'Bearer tok' },
      },
    );
    res.getBlob().getBytes();
    // The export request inside the fetch is counted under Drive too, as part of that fetch.
    expect(log.snapshot()).toEqual({ Drive: 3, Docs: 2, UrlFetch: 1 });
    expect(
      log.entries.map(
        (e) => `${e.service}.${e.method}${e.within === undefined ? '' : ` (within ${e.within})`}`,
      ),
    ).toEqual([
      'Drive.Files.create',
      'Docs.Documents.create',
      'Docs.Documents.get',
      'Drive.Files.list',
      'UrlFetch.fetch',
      'Drive.files.export (within 4)',
    ]);
    expect(log.roundTrips()).toBe(5);
  });

  test('a fault on the N-th Drive call throws before any effect', () => {
    const { log, Drive, store } = setup();
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    log.failAt(2, { service: 'Drive' });
    Drive.Files.create({ name: 'one', parents: [folder.id] });
    const before = JSON.stringify(store.toJSON());
    expect(() => Drive.Files.create({ name: 'two', parents: [folder.id] })).toThrow('injected fault');
    expect(JSON.stringify(store.toJSON())).toBe(before);
    expect(() => Drive.Files.update({ trashed: true }, folder.id as string)).not.toThrow();
    expect(log.count('Drive')).toBe(3);
  });

  test('a fault on a Docs or UrlFetch call also changes nothing', () => {
    const { log, Docs, UrlFetchApp, store } = setup();
    const d = Docs.Documents.create({ title: 'T' });
    log.failAt(1, { service: 'Docs', method: 'Documents.batchUpdate' });
    expect(() =>
      Docs.Documents.batchUpdate(
        { requests: [{ insertText: { text: 'x', location: { index: 1 } } }] },
        d.documentId!,
      ),
    ).toThrow('injected fault');
    expect(store.textOf(d.documentId!)).toBe('\n');
    log.failAt(1, { service: 'UrlFetch' });
    expect(() =>
      UrlFetchApp.fetch('https://www.googleapis.com/drive/v3/files/x/export?mimeType=application/pdf'),
    ).toThrow('injected fault');
  });
});

describe('store persistence', () => {
  test('toJSON / fromJSON keeps files, content, documents and the quota', () => {
    const { Drive, Docs, store } = setup();
    const folder = Drive.Files.create({ name: 'Hold', mimeType: FOLDER_MIME });
    const d = Docs.Documents.create({ title: 'Diplom' });
    Docs.Documents.batchUpdate(
      { requests: [{ insertText: { text: 'فاطمة 😀', location: { index: 1 } } }] },
      d.documentId!,
    );
    Drive.Files.create(
      { name: 'a.pdf', parents: [folder.id], mimeType: 'application/pdf' },
      newBlob([0, 255, 37]),
    );
    const json = JSON.parse(JSON.stringify(store.toJSON()));
    const restored = DriveStore.fromJSON(json);
    expect(restored.files()).toEqual(store.files());
    expect(restored.document(d.documentId!)).toEqual(store.document(d.documentId!));
    expect([...restored.contentOf(restored.byName('a.pdf')[0].id)]).toEqual([0, 255, 37]);
    expect(restored.documentsCreatedToday()).toBe(1);
    // New ids never collide with restored ones.
    const again = setup(restored);
    const next = again.Drive.Files.create({ name: 'ny' });
    expect(store.files().map((f) => f.id)).not.toContain(next.id);
  });
});
