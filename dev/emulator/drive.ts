// The Drive v3 advanced service (global `Drive`) and the in-memory Drive it shares with the
// Docs and UrlFetch emulations.
//
// Behaviour follows the v3 REST API as an add-on with only the `drive.file` scope sees it:
// - only files the add-on created are visible; anything else is "File not found";
// - without `fields`, methods return only kind, id, name and mimeType (v3's default), so
//   code that forgets `fields` fails here as it would in production;
// - a file has at most one parent (My Drive no longer allows more); `parents` cannot be
//   written by update, only moved with addParents/removeParents;
// - `trashed` of a file inside a trashed folder is true (explicitlyTrashed stays false),
//   and files.list returns trashed files unless the query says `trashed = false`;
// - errors read "API call to drive.files.<method> failed with error: <API message>".
// On top, documents created per day are limited (`store.createLimit`, 250 like a consumer
// account), which Apps Script enforces and the REST API alone would not.
// Import on upload: a .docx created with the Docs mimeType becomes a Doc (docx.ts); no other
// conversion. Not emulated: shared drives, permissions, revisions,
// alt=media downloads, emptyTrash, full-text search and most query terms.

import type { CallLog } from './calls';
import { blobBytes, blobContentType } from './blob';
import {
  ApiError,
  asApiCall,
  createDocsService,
  docsDocuments,
  DocModel,
  documentPlainText,
  LETTER,
  type DocumentJson,
} from './docs';
import { docxToDocument, DocxError } from './docx';
import { createUrlFetchService } from './urlfetch';

export { GoogleJsonResponseException } from './docs';

type Json = Record<string, unknown>;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';

/** Apps Script's message when a daily quota is used up. */
export const DOCS_CREATE_QUOTA_MESSAGE = 'Service invoked too many times for one day: docs create.';

/** The OAuth token the emulated ScriptApp hands out unless told otherwise. */
export const DEFAULT_OAUTH_TOKEN = 'emulator-oauth-token';

interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  explicitlyTrashed: boolean;
  createdTime: string;
  modifiedTime: string;
  description?: string;
  appProperties?: Record<string, string>;
  /** False for files the user has but the add-on did not create (invisible to drive.file). */
  appCreated: boolean;
  content?: Uint8Array;
  doc?: DocModel;
}

/** What the inspection helpers return: plain data, safe to keep or print. */
export interface FileInfo {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  explicitlyTrashed: boolean;
  createdTime: string;
  modifiedTime: string;
  appCreated: boolean;
  size?: number;
}

interface StoredFile extends Omit<FileRecord, 'content' | 'doc'> {
  contentBase64?: string;
  document?: DocumentJson;
}

export interface DriveStoreJSON {
  version: 1;
  seq: number;
  createLimit: number;
  quota: { day: string; count: number };
  files: StoredFile[];
}

const ROOT_ID = '0AEmuRootFolderMyDrive';

export class DriveStore {
  /** Documents the add-on may create per day before Apps Script refuses. */
  createLimit = 250;
  /** Clock for createdTime/modifiedTime and the quota day; tests may replace it. */
  clock: () => Date = () => new Date();
  /** Page size of a new document (the account's default). */
  defaultPageSize = LETTER;
  readonly rootId = ROOT_ID;
  private readonly map = new Map<string, FileRecord>();
  private seq = 0;
  private quota = { day: '', count: 0 };

  // ---- inspection (uncounted; for tests and the local preview) ---------------------------

  files(): FileInfo[] {
    return [...this.map.values()].map((r) => this.info(r));
  }

  byName(name: string): FileInfo[] {
    return this.files().filter((f) => f.name === name);
  }

  childrenOf(folderId: string): FileInfo[] {
    return this.files().filter((f) => f.parents.includes(folderId));
  }

  /** All text of a document: body (page breaks as '\f'), then headers, then footers. */
  textOf(docId: string): string {
    return this.requireRecord(docId).doc?.plainText() ?? '';
  }

  /** The document's API JSON, as Docs.Documents.get would return it. */
  document(docId: string): DocumentJson {
    return this.documentJson(docId);
  }

  contentOf(fileId: string): Uint8Array {
    return new Uint8Array(this.requireRecord(fileId).content ?? new Uint8Array());
  }

  /** How many documents were created on the clock's current day (quota bookkeeping). */
  documentsCreatedToday(): number {
    return this.quota.day === this.today() ? this.quota.count : 0;
  }

  /** Seeds a file directly (e.g. one the user made outside the add-on: appCreated false). */
  addFile(file: {
    name: string;
    mimeType: string;
    parents?: string[];
    content?: Uint8Array | string;
    appCreated?: boolean;
  }): string {
    const rec = this.newRecord(file.name, file.mimeType, file.parents ?? [ROOT_ID]);
    rec.appCreated = file.appCreated ?? true;
    if (file.mimeType === DOC_MIME) rec.doc = new DocModel(this.defaultPageSize);
    else if (file.mimeType !== FOLDER_MIME) {
      rec.content =
        typeof file.content === 'string'
          ? new Uint8Array(Buffer.from(file.content, 'utf8'))
          : new Uint8Array(file.content ?? []);
    }
    return rec.id;
  }

  toJSON(): DriveStoreJSON {
    return {
      version: 1,
      seq: this.seq,
      createLimit: this.createLimit,
      quota: { ...this.quota },
      files: [...this.map.values()].map(({ content, doc, ...meta }) => ({
        ...JSON.parse(JSON.stringify(meta)),
        ...(content ? { contentBase64: Buffer.from(content).toString('base64') } : {}),
        ...(doc ? { document: doc.toJSON(meta.id, meta.name) } : {}),
      })),
    };
  }

  static fromJSON(json: DriveStoreJSON): DriveStore {
    const store = new DriveStore();
    store.seq = json.seq;
    store.createLimit = json.createLimit;
    store.quota = { ...json.quota };
    for (const { contentBase64, document, ...meta } of json.files) {
      const rec: FileRecord = { ...meta, parents: [...meta.parents] };
      if (contentBase64 !== undefined) rec.content = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      if (document) rec.doc = DocModel.fromJSON(document);
      store.map.set(rec.id, rec);
    }
    return store;
  }

  // ---- used by the emulated services ------------------------------------------------------

  /** Creates an empty Google Doc in My Drive (Docs.Documents.create). */
  createDocument(title: string, method: string): string {
    this.chargeDocumentCreation(method);
    const rec = this.newRecord(title, DOC_MIME, [ROOT_ID]);
    rec.doc = new DocModel(this.defaultPageSize);
    return rec.id;
  }

  /** The document model, with the Docs API's errors for what is not one. */
  requireDocument(id: string): DocModel {
    const rec = typeof id === 'string' ? this.map.get(id) : undefined;
    if (!rec) throw new ApiError(404, 'Requested entity was not found.');
    if (!rec.appCreated) throw new ApiError(403, 'The caller does not have permission');
    if (!rec.doc) throw new ApiError(400, 'This operation is not supported for this document');
    return rec.doc;
  }

  replaceDocument(id: string, doc: DocModel): void {
    const rec = this.requireRecord(id);
    rec.doc = doc;
    rec.modifiedTime = this.now();
  }

  documentJson(id: string): DocumentJson {
    const rec = this.requireRecord(id);
    if (!rec.doc) throw new Error(`Not a Google Doc: ${id}`);
    return rec.doc.toJSON(rec.id, rec.name);
  }

  /** A file the add-on may see, or the Drive API's 404. */
  visible(id: unknown): FileRecord {
    const key = id === 'root' ? ROOT_ID : id;
    const rec = typeof key === 'string' ? this.map.get(key) : undefined;
    if (!rec || !rec.appCreated) throw new ApiError(404, `File not found: ${String(id)}.`);
    return rec;
  }

  isTrashed(rec: FileRecord): boolean {
    for (let r: FileRecord | undefined = rec; r; r = this.map.get(r.parents[0])) {
      if (r.explicitlyTrashed) return true;
    }
    return false;
  }

  /** Apps Script's per-day limit on creating documents; checked before anything is made. */
  chargeDocumentCreation(_method: string): void {
    const day = this.today();
    if (this.quota.day !== day) this.quota = { day, count: 0 };
    if (this.quota.count >= this.createLimit) {
      const err = new Error(DOCS_CREATE_QUOTA_MESSAGE);
      err.name = 'Exception';
      throw err;
    }
    this.quota.count += 1;
  }

  newRecord(name: string, mimeType: string, parents: string[]): FileRecord {
    this.seq += 1;
    const kind = mimeType === FOLDER_MIME ? 'Fld' : mimeType === DOC_MIME ? 'Doc' : 'Bin';
    const id = `1Emu${kind}${String(this.seq).padStart(6, '0')}xYz`;
    const now = this.now();
    const rec: FileRecord = {
      id,
      name,
      mimeType,
      parents,
      explicitlyTrashed: false,
      createdTime: now,
      modifiedTime: now,
      appCreated: true,
    };
    this.map.set(id, rec);
    return rec;
  }

  /** Deletes a file and, for a folder, everything below it. */
  deleteTree(id: string): void {
    for (const child of [...this.map.values()].filter((r) => r.parents.includes(id))) {
      this.deleteTree(child.id);
    }
    this.map.delete(id);
  }

  /** Visible files, oldest first. */
  visibleFiles(): FileRecord[] {
    return [...this.map.values()].filter((r) => r.appCreated && r.id !== ROOT_ID);
  }

  isAncestor(ancestorId: string, rec: FileRecord): boolean {
    for (let r: FileRecord | undefined = rec; r; r = this.map.get(r.parents[0])) {
      if (r.id === ancestorId) return true;
    }
    return false;
  }

  now(): string {
    return this.clock().toISOString();
  }

  constructor() {
    const now = new Date(0).toISOString();
    this.map.set(ROOT_ID, {
      id: ROOT_ID,
      name: 'My Drive',
      mimeType: FOLDER_MIME,
      parents: [],
      explicitlyTrashed: false,
      createdTime: now,
      modifiedTime: now,
      appCreated: true,
    });
  }

  private today(): string {
    return this.clock().toISOString().slice(0, 10);
  }

  private requireRecord(id: string): FileRecord {
    const rec = this.map.get(id);
    if (!rec) throw new Error(`No such file in the emulated Drive: ${id}`);
    return rec;
  }

  private info(r: FileRecord): FileInfo {
    return {
      id: r.id,
      name: r.name,
      mimeType: r.mimeType,
      parents: [...r.parents],
      trashed: this.isTrashed(r),
      explicitlyTrashed: r.explicitlyTrashed,
      createdTime: r.createdTime,
      modifiedTime: r.modifiedTime,
      appCreated: r.appCreated,
      ...(r.content ? { size: r.content.length } : {}),
    };
  }
}

// ---- v3 File resources and field masks --------------------------------------------------

const FILE_FIELDS = [
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'trashed',
  'explicitlyTrashed',
  'createdTime',
  'modifiedTime',
  'webViewLink',
  'size',
  'description',
  'appProperties',
  'ownedByMe',
];
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const LIST_FIELDS = ['kind', 'nextPageToken', 'incompleteSearch', 'files'];
const DEFAULT_LIST_FIELDS = 'kind,nextPageToken,incompleteSearch,files(kind,id,name,mimeType)';

function webViewLink(rec: FileRecord): string {
  if (rec.mimeType === DOC_MIME) return `https://docs.google.com/document/d/${rec.id}/edit?usp=drivesdk`;
  if (rec.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${rec.id}`;
  return `https://drive.google.com/file/d/${rec.id}/view?usp=drivesdk`;
}

function fullResource(store: DriveStore, rec: FileRecord): Json {
  const res: Json = {
    kind: 'drive#file',
    id: rec.id,
    name: rec.name,
    mimeType: rec.mimeType,
    // My Drive's root has no parent: the field is absent, not empty.
    ...(rec.id === store.rootId ? {} : { parents: [...rec.parents] }),
    trashed: store.isTrashed(rec),
    explicitlyTrashed: rec.explicitlyTrashed,
    createdTime: rec.createdTime,
    modifiedTime: rec.modifiedTime,
    webViewLink: webViewLink(rec),
    ownedByMe: true,
  };
  // int64 fields are strings in the JSON API; Google files have no size.
  if (rec.content) res.size = String(rec.content.length);
  if (rec.description !== undefined) res.description = rec.description;
  if (rec.appProperties) res.appProperties = { ...rec.appProperties };
  return res;
}

type Mask = Map<string, Mask | null>;

/** Parses "a,b(c,d),e" into a tree; '*' selects everything at its level. */
function parseMask(text: string): Mask {
  let i = 0;
  const level = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      let name = '';
      while (i < text.length && !',()'.includes(text[i])) name += text[i++];
      name = name.trim();
      let sub: Mask | null = null;
      if (text[i] === '(') {
        i++;
        sub = level();
        if (text[i] !== ')') throw new ApiError(400, `Invalid field selection ${text}`);
        i++;
      }
      if (!name) throw new ApiError(400, `Invalid field selection ${text}`);
      mask.set(name, sub);
      if (text[i] !== ',') return mask;
      i++;
    }
  };
  const mask = level();
  if (i !== text.length) throw new ApiError(400, `Invalid field selection ${text}`);
  return mask;
}

function pickFields(obj: Json, mask: Mask | null, allowed: string[]): Json {
  if (!mask || mask.has('*')) return obj;
  const out: Json = {};
  for (const [name] of mask) {
    if (!allowed.includes(name)) throw new ApiError(400, `Invalid field selection ${name}`);
    if (obj[name] !== undefined) out[name] = obj[name];
  }
  return out;
}

function fileFields(store: DriveStore, rec: FileRecord, fields: unknown): Json {
  const mask = parseMask(typeof fields === 'string' && fields.trim() ? fields : DEFAULT_FILE_FIELDS);
  return pickFields(fullResource(store, rec), mask, FILE_FIELDS);
}

// ---- files.list queries -------------------------------------------------------------------

type Predicate = (rec: FileRecord) => boolean;

/**
 * A small parser for Drive's query language: `'<id>' in parents`, `name` / `mimeType`
 * with = != contains, `trashed` = != true/false, joined by and / or / not and parentheses.
 * Anything else is refused with the API's "Invalid Value", so an unsupported query is
 * noticed here rather than silently matching everything.
 */
function parseQuery(q: string, store: DriveStore): Predicate {
  const tokens: string[] = [];
  const re = /\s*('(?:[^'\\]|\\.)*'|!=|<=|>=|[=<>()]|[A-Za-z_]+)\s*/y;
  const text = q.trim();
  while (re.lastIndex < text.length) {
    const m = re.exec(text);
    if (!m) throw new ApiError(400, 'Invalid Value');
    tokens.push(m[1]);
  }
  let i = 0;
  const invalid = (): never => {
    throw new ApiError(400, 'Invalid Value');
  };
  const str = (t: string | undefined): string =>
    t && t.startsWith("'") ? t.slice(1, -1).replace(/\\(.)/g, '$1') : invalid();
  const kw = (t: string | undefined, w: string) => (t ?? '').toLowerCase() === w;

  const term = (): Predicate => {
    const t = tokens[i++];
    if (t === '(') {
      const inner = or();
      if (tokens[i++] !== ')') invalid();
      return inner;
    }
    if (kw(t, 'not')) {
      const inner = term();
      return (r) => !inner(r);
    }
    if (t?.startsWith("'")) {
      const value = str(t);
      if (!kw(tokens[i++], 'in') || tokens[i++] !== 'parents') invalid();
      const id = value === 'root' ? store.rootId : value;
      return (r) => r.parents.includes(id);
    }
    const op = tokens[i++];
    const operand = tokens[i++];
    if (t === 'name' || t === 'mimeType') {
      const value = str(operand);
      const field = (r: FileRecord) => (t === 'name' ? r.name : r.mimeType);
      if (op === '=') return (r) => field(r) === value;
      if (op === '!=') return (r) => field(r) !== value;
      if (kw(op, 'contains') && t === 'name') {
        return (r) => r.name.toLowerCase().includes(value.toLowerCase());
      }
      return invalid();
    }
    if (t === 'trashed') {
      if (!kw(operand, 'true') && !kw(operand, 'false')) invalid();
      const value = kw(operand, 'true');
      if (op === '=') return (r) => store.isTrashed(r) === value;
      if (op === '!=') return (r) => store.isTrashed(r) !== value;
    }
    return invalid();
  };
  const and = (): Predicate => {
    let p = term();
    while (kw(tokens[i], 'and')) {
      i++;
      const left = p;
      const right = term();
      p = (r) => left(r) && right(r);
    }
    return p;
  };
  const or = (): Predicate => {
    let p = and();
    while (kw(tokens[i], 'or')) {
      i++;
      const left = p;
      const right = and();
      p = (r) => left(r) || right(r);
    }
    return p;
  };
  if (tokens.length === 0) return () => true;
  const predicate = or();
  if (i !== tokens.length) invalid();
  return predicate;
}

function orderBy(spec: unknown): ((a: FileRecord, b: FileRecord) => number) | undefined {
  if (typeof spec !== 'string' || !spec.trim()) return undefined;
  const keys = spec.split(',').map((s) => {
    const [key, dir] = s.trim().split(/\s+/);
    if (!['name', 'createdTime', 'modifiedTime', 'folder'].includes(key)) {
      throw new ApiError(400, 'Invalid Value');
    }
    return { key, sign: dir === 'desc' ? -1 : 1 };
  });
  const value = (r: FileRecord, key: string) =>
    key === 'folder' ? (r.mimeType === FOLDER_MIME ? '0' : '1') : String(r[key as keyof FileRecord]);
  return (a, b) => {
    for (const { key, sign } of keys) {
      const c = value(a, key).localeCompare(value(b, key));
      if (c) return c * sign;
    }
    return 0;
  };
}

// ---- the Drive global --------------------------------------------------------------------

/** Resolves and checks a parent list: at most one, visible, a folder. */
function resolveParents(store: DriveStore, parents: unknown, fallback: string[]): string[] {
  if (parents === undefined || parents === null) return fallback;
  if (!Array.isArray(parents)) throw new ApiError(400, 'Invalid Value');
  if (parents.length > 1) throw new ApiError(403, 'Increasing the number of parents is not allowed.');
  return parents.map((p) => {
    const rec = store.visible(p);
    if (rec.mimeType !== FOLDER_MIME)
      throw new ApiError(400, `The specified parent is not a folder: ${String(p)}.`);
    return rec.id;
  });
}

const WRITABLE_ON_UPDATE = new Set([
  'name',
  'description',
  'trashed',
  'mimeType',
  'appProperties',
  'starred',
]);

/**
 * The v3 Files methods without counting: the advanced service below counts each call as one
 * Drive round trip, the REST endpoints in urlfetch.ts count each request of a fetchAll.
 */
export function driveFiles(store: DriveStore) {
  const Files = {
    create(resource: Json = {}, mediaData?: unknown, optionalArgs: Json = {}): Json {
      return asApiCall('drive.files.create', () => {
        const mimeType =
          (resource?.mimeType as string | undefined) ??
          (mediaData ? blobContentType(mediaData) : null) ??
          'application/octet-stream';
        const isGoogleType = mimeType.startsWith('application/vnd.google-apps.');
        if (isGoogleType && mimeType !== FOLDER_MIME && mimeType !== DOC_MIME) {
          throw new Error(`The emulator cannot create files of type ${mimeType}.`);
        }
        if (isGoogleType && mediaData && mimeType !== DOC_MIME) {
          throw new Error('The emulator converts only Word files (.docx) into Google files.');
        }
        const name = (resource?.name as string | undefined) ?? 'Untitled';
        // An upload with the Docs type is an import: only a readable .docx becomes a Doc.
        const imported =
          mimeType === DOC_MIME && mediaData ? importDocx(store, blobBytes(mediaData), name) : null;
        const parents = resolveParents(store, resource?.parents, [store.rootId]);
        if (mimeType === DOC_MIME) store.chargeDocumentCreation('drive.files.create');
        const rec = store.newRecord(name, mimeType, parents);
        if (mimeType === DOC_MIME) rec.doc = imported ?? new DocModel(store.defaultPageSize);
        else if (mimeType !== FOLDER_MIME) rec.content = mediaData ? blobBytes(mediaData) : new Uint8Array();
        if (typeof resource?.description === 'string') rec.description = resource.description;
        if (resource?.appProperties)
          rec.appProperties = { ...(resource.appProperties as Record<string, string>) };
        return fileFields(store, rec, optionalArgs?.fields);
      });
    },

    copy(resource: Json = {}, fileId: string, optionalArgs: Json = {}): Json {
      return asApiCall('drive.files.copy', () => {
        const source = store.visible(fileId);
        if (source.mimeType === FOLDER_MIME) {
          throw new ApiError(403, 'This file cannot be copied by the user.');
        }
        const parents = resolveParents(store, resource?.parents, [...source.parents]);
        if (source.doc) store.chargeDocumentCreation('drive.files.copy');
        const name = (resource?.name as string | undefined) ?? `Copy of ${source.name}`;
        const rec = store.newRecord(name, source.mimeType, parents);
        if (source.doc) rec.doc = source.doc.clone();
        if (source.content) rec.content = new Uint8Array(source.content);
        if (typeof resource?.description === 'string') rec.description = resource.description;
        return fileFields(store, rec, optionalArgs?.fields);
      });
    },

    get(fileId: string, optionalArgs: Json = {}): Json {
      return asApiCall('drive.files.get', () => {
        if (optionalArgs?.alt === 'media') {
          throw new Error('The emulator does not download file content with alt=media.');
        }
        return fileFields(store, store.visible(fileId), optionalArgs?.fields);
      });
    },

    update(resource: Json = {}, fileId: string, mediaData?: unknown, optionalArgs: Json = {}): Json {
      return asApiCall('drive.files.update', () => {
        const rec = store.visible(fileId);
        const patch = resource ?? {};
        if ('parents' in patch) {
          throw new ApiError(
            403,
            'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
          );
        }
        for (const key of Object.keys(patch)) {
          if (!WRITABLE_ON_UPDATE.has(key)) {
            throw new ApiError(403, 'The resource body includes fields which are not directly writable.');
          }
        }
        if (mediaData && (rec.doc || rec.mimeType === FOLDER_MIME)) {
          throw new Error('The emulator only replaces the content of ordinary (non-Google) files.');
        }
        // Work out the new parents fully before changing anything.
        const split = (v: unknown) =>
          typeof v === 'string' && v
            ? v.split(',').map((s) => (s.trim() === 'root' ? store.rootId : s.trim()))
            : [];
        const removing = split(optionalArgs?.removeParents);
        const adding = split(optionalArgs?.addParents);
        let parents = rec.parents.filter((p) => !removing.includes(p));
        for (const id of adding) {
          const folder = store.visible(id);
          if (folder.mimeType !== FOLDER_MIME)
            throw new ApiError(400, `The specified parent is not a folder: ${id}.`);
          if (store.isAncestor(rec.id, folder))
            throw new ApiError(400, 'A folder cannot be moved into itself or its descendants.');
          if (!parents.includes(folder.id)) parents = [...parents, folder.id];
        }
        if (parents.length > 1) throw new ApiError(403, 'Increasing the number of parents is not allowed.');
        if (
          patch.mimeType !== undefined &&
          patch.mimeType !== rec.mimeType &&
          (rec.doc || rec.mimeType === FOLDER_MIME)
        ) {
          throw new ApiError(403, 'The mimeType of a Google file cannot be changed.');
        }

        rec.parents = parents;
        if (typeof patch.name === 'string') rec.name = patch.name;
        if (typeof patch.description === 'string') rec.description = patch.description;
        if (typeof patch.trashed === 'boolean') rec.explicitlyTrashed = patch.trashed;
        if (typeof patch.mimeType === 'string') rec.mimeType = patch.mimeType;
        if (patch.appProperties) {
          const props = { ...(rec.appProperties ?? {}) };
          for (const [k, v] of Object.entries(patch.appProperties as Json)) {
            if (v === null) delete props[k];
            else props[k] = String(v);
          }
          rec.appProperties = props;
        }
        if (mediaData) rec.content = blobBytes(mediaData);
        rec.modifiedTime = store.now();
        return fileFields(store, rec, optionalArgs?.fields);
      });
    },

    /** files.delete; the advanced service calls it `remove` because `delete` is reserved. */
    remove(fileId: string, _optionalArgs: Json = {}): void {
      asApiCall('drive.files.delete', () => {
        const rec = store.visible(fileId);
        if (rec.id === store.rootId)
          throw new ApiError(403, 'The user does not have sufficient permissions for this file.');
        store.deleteTree(rec.id);
      });
    },

    list(optionalArgs: Json = {}): Json {
      return asApiCall('drive.files.list', () => {
        const args = optionalArgs ?? {};
        const predicate = parseQuery(typeof args.q === 'string' ? args.q : '', store);
        const sort = orderBy(args.orderBy);
        const pageSize = args.pageSize === undefined ? 100 : Number(args.pageSize);
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
          throw new ApiError(400, 'Invalid Value');
        let offset = 0;
        if (args.pageToken !== undefined) {
          const m = /^emu-page-(\d+)$/.exec(String(args.pageToken));
          if (!m) throw new ApiError(400, 'Invalid Value');
          offset = Number(m[1]);
        }
        const matches = store.visibleFiles().filter(predicate);
        if (sort) matches.sort(sort);
        const page = matches.slice(offset, offset + pageSize);

        const mask = parseMask(
          typeof args.fields === 'string' && args.fields.trim() ? args.fields : DEFAULT_LIST_FIELDS,
        );
        const filesMask = mask.has('*') ? null : mask.has('files') ? (mask.get('files') ?? null) : undefined;
        const result: Json = {
          kind: 'drive#fileList',
          incompleteSearch: false,
          files: page.map((r) => pickFields(fullResource(store, r), filesMask ?? null, FILE_FIELDS)),
        };
        if (offset + pageSize < matches.length) result.nextPageToken = `emu-page-${offset + pageSize}`;
        return pickFields(result, mask, LIST_FIELDS);
      });
    },
  };
  return { Files };
}

/** The `Drive` global: every method records one counted call before doing anything. */
export function createDriveService(log: CallLog, store: DriveStore) {
  const impl = driveFiles(store).Files;
  const Files = {
    create(resource?: Json, mediaData?: unknown, optionalArgs?: Json): Json {
      log.record('Drive', 'Files.create');
      return impl.create(resource, mediaData, optionalArgs);
    },
    copy(resource: Json, fileId: string, optionalArgs?: Json): Json {
      log.record('Drive', 'Files.copy');
      return impl.copy(resource, fileId, optionalArgs);
    },
    get(fileId: string, optionalArgs?: Json): Json {
      log.record('Drive', 'Files.get');
      return impl.get(fileId, optionalArgs);
    },
    update(resource: Json, fileId: string, mediaData?: unknown, optionalArgs?: Json): Json {
      log.record('Drive', 'Files.update');
      return impl.update(resource, fileId, mediaData, optionalArgs);
    },
    /** files.delete; the advanced service calls it `remove` because `delete` is reserved. */
    remove(fileId: string, optionalArgs?: Json): void {
      log.record('Drive', 'Files.remove');
      impl.remove(fileId, optionalArgs);
    },
    list(optionalArgs?: Json): Json {
      log.record('Drive', 'Files.list');
      return impl.list(optionalArgs);
    },
  };
  return { Files };
}

/** A .docx converted the way Drive imports it (docx.ts), on the account's default page. */
function importDocx(store: DriveStore, bytes: Uint8Array, title: string): DocModel {
  let json: Json;
  try {
    json = docxToDocument(bytes, title);
  } catch (error) {
    if (error instanceof DocxError)
      throw new ApiError(400, 'The file cannot be converted to a Google Doc: it is not a Word document.');
    throw error;
  }
  const model = DocModel.fromJSON(json as DocumentJson);
  model.documentStyle = { ...new DocModel(store.defaultPageSize).documentStyle, ...model.documentStyle };
  return model;
}

export type DriveService = ReturnType<typeof createDriveService>;

/**
 * Drive, Docs and UrlFetchApp over one shared store: what a test or the preview installs as
 * globals. `token` is what ScriptApp.getOAuthToken() returns in that same emulator (pass a
 * function when it can change); the export URL accepts only that bearer token.
 */
export function createDriveServices(
  log: CallLog,
  store: DriveStore = new DriveStore(),
  token: string | (() => string) = DEFAULT_OAUTH_TOKEN,
) {
  return {
    Drive: createDriveService(log, store),
    Docs: createDocsService(log, store),
    UrlFetchApp: createUrlFetchService(log, store, token, {
      files: driveFiles(store).Files,
      documents: docsDocuments(store).Documents,
    }),
    store,
  };
}

export { documentPlainText };
