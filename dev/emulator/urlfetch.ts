// UrlFetchApp, emulated for the requests the add-on makes, all to Google's own REST APIs
// with the script's OAuth token (ScriptApp.getOAuthToken()):
// - Drive v3: GET files/{id}/export (a Doc as PDF), GET/PATCH files/{id}, POST files/{id}/copy,
//   and POST upload/drive/v3/files?uploadType=multipart (metadata + media in one request);
// - Docs v1: POST documents/{id}:batchUpdate.
// They run over the same store as the advanced services (drive.ts, docs.ts), so a file made
// by REST is the same file Drive.Files sees. The emulator has no network, so every other URL
// fails the way Apps Script fails for a host it cannot reach.
//
// fetchAll (Apps Script reference, UrlFetchApp.fetchAll(requests),
// https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchAll(Object)):
// the requests go out together and the responses come back in request order, one
// HTTPResponse each. `muteHttpExceptions` (per request, default false): when false, a response
// code that indicates failure throws an exception; when true, the HTTPResponse is returned so
// the script can read the code. Since the requests run in parallel, a request that fails does
// not stop the others: the emulator runs every request, then throws for the first failed one
// that is not muted — the others' effects stay, as they would in Google.
// Counting: the fetch/fetchAll is one round trip ('UrlFetch'); each REST request inside it is
// recorded under the API it reaches ('Drive' files.*, 'Docs' documents.*) with `within` set,
// and is a fault point of its own: a fault there answers that one request with HTTP 503, or —
// when the fault's message says "rate limit" — with 429 rateLimitExceeded (Google's "slow
// down": nothing was done), so a script's back-off can be tested.

import type { CallLog, ServiceName } from './calls';
import { EmuBlob, toBytes } from './blob';
import { GoogleJsonResponseException } from './docs';
import type { DriveStore } from './drive';
import { renderPdf } from './pdf';

type Json = Record<string, unknown>;

export interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  muteHttpExceptions?: boolean;
  [other: string]: unknown;
}

const EXPORT_PATH = /^\/drive\/v3\/files\/([^/]+)\/export$/;
const FILE_PATH = /^\/drive\/v3\/files\/([^/:]+)$/;
const COPY_PATH = /^\/drive\/v3\/files\/([^/]+)\/copy$/;
const UPLOAD_PATH = /^\/upload\/drive\/v3\/files$/;
const BATCH_UPDATE_PATH = /^\/v1\/documents\/([^/:]+):batchUpdate$/;

export class EmuHTTPResponse {
  constructor(
    private readonly code: number,
    private readonly body: Uint8Array,
    private readonly headers: Record<string, string>,
  ) {}

  getResponseCode(): number {
    return this.code;
  }

  getContentText(charset = 'UTF-8'): string {
    return this.getBlob().getDataAsString(charset);
  }

  getContent(): number[] {
    return this.getBlob().getBytes();
  }

  getBlob(): EmuBlob {
    return new EmuBlob(this.body, this.headers['Content-Type'] ?? null);
  }

  getAs(contentType: string): EmuBlob {
    return this.getBlob().getAs(contentType);
  }

  getHeaders(): Record<string, string> {
    return { ...this.headers };
  }

  getAllHeaders(): Record<string, string> {
    return { ...this.headers };
  }
}

function appsScriptException(message: string): Error {
  const err = new Error(message);
  err.name = 'Exception';
  return err;
}

/** A Google API error body, as the REST endpoints send it. */
function jsonError(code: number, message: string, reason: string, status: string): EmuHTTPResponse {
  const body = JSON.stringify(
    { error: { code, message, errors: [{ message, domain: 'global', reason }], status } },
    null,
    2,
  );
  return new EmuHTTPResponse(code, new Uint8Array(Buffer.from(body, 'utf8')), {
    'Content-Type': 'application/json; charset=UTF-8',
  });
}

function jsonOk(value: unknown): EmuHTTPResponse {
  return new EmuHTTPResponse(200, new Uint8Array(Buffer.from(JSON.stringify(value ?? {}), 'utf8')), {
    'Content-Type': 'application/json; charset=UTF-8',
  });
}

const STATUS: Record<number, [string, string]> = {
  400: ['badRequest', 'INVALID_ARGUMENT'],
  401: ['authError', 'UNAUTHENTICATED'],
  403: ['forbidden', 'PERMISSION_DENIED'],
  404: ['notFound', 'NOT_FOUND'],
  429: ['rateLimitExceeded', 'RESOURCE_EXHAUSTED'],
  500: ['backendError', 'INTERNAL'],
  503: ['backendError', 'UNAVAILABLE'],
};

function errorResponse(code: number, message: string): EmuHTTPResponse {
  const [reason, status] = STATUS[code] ?? ['backendError', 'INTERNAL'];
  return jsonError(code, message, reason, status);
}

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers![key];
}

/** The request body as bytes: a string (UTF-8), a byte array, or a Blob. */
function payloadBytes(payload: unknown): Uint8Array {
  if (payload === undefined || payload === null) return new Uint8Array();
  if (typeof payload === 'string') return new Uint8Array(Buffer.from(payload, 'utf8'));
  if (Array.isArray(payload) || payload instanceof Uint8Array) return toBytes(payload as number[]);
  const blob = payload as { getBytes?: () => number[] };
  if (typeof blob.getBytes === 'function') return toBytes(blob.getBytes());
  return new Uint8Array(Buffer.from(String(payload), 'utf8'));
}

/** multipart/related (Drive's multipart upload): the JSON metadata part and the media part. */
function parseMultipart(
  body: Uint8Array,
  contentType: string,
): { metadata: Json; media: Uint8Array; mediaType: string } | null {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return null;
  const buf = Buffer.from(body);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let at = buf.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (buf.subarray(start, start + 2).toString() === '--') break;
    const next = buf.indexOf(delimiter, start);
    if (next < 0) return null;
    parts.push(buf.subarray(start, next));
    at = next;
  }
  if (parts.length !== 2) return null;
  const split = (part: Buffer) => {
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) return null;
    const headers = part.subarray(0, sep).toString('utf8');
    let content = part.subarray(sep + 4);
    if (content.subarray(content.length - 2).toString() === '\r\n')
      content = content.subarray(0, content.length - 2);
    return { type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '', content };
  };
  const meta = split(parts[0]);
  const media = split(parts[1]);
  if (!meta || !media || !/json/i.test(meta.type)) return null;
  try {
    return {
      metadata: JSON.parse(meta.content.toString('utf8')) as Json,
      media: new Uint8Array(media.content),
      mediaType: media.type,
    };
  } catch {
    return null;
  }
}

/** The Drive and Docs methods the REST endpoints reach, without their own counting. */
export interface RestBackends {
  files: {
    create(resource?: Json, mediaData?: unknown, optionalArgs?: Json): Json;
    copy(resource: Json, fileId: string, optionalArgs?: Json): Json;
    get(fileId: string, optionalArgs?: Json): Json;
    update(resource: Json, fileId: string, mediaData?: unknown, optionalArgs?: Json): Json;
  };
  documents: { batchUpdate(resource: { requests?: unknown[] }, documentId: string): unknown };
}

interface Route {
  service: ServiceName;
  method: string;
  run(): EmuHTTPResponse;
}

export function createUrlFetchService(
  log: CallLog,
  store: DriveStore,
  token: string | (() => string),
  backends?: RestBackends,
) {
  const currentToken = () => (typeof token === 'function' ? token() : token);

  /** Runs an API method, answering its errors the way the REST endpoint does. */
  const api = (body: () => unknown): EmuHTTPResponse => {
    try {
      return jsonOk(body());
    } catch (error) {
      if (error instanceof GoogleJsonResponseException)
        return errorResponse(error.details.code, error.details.message);
      const message = error instanceof Error ? error.message : String(error);
      // Apps Script's daily document quota, met over REST (an assumption: Google documents it for
      // its services, not for REST): a daily limit, refused for the day, not "slow down".
      if (/too many times/i.test(message))
        return jsonError(403, `Quota exceeded: ${message}`, 'dailyLimitExceeded', 'RESOURCE_EXHAUSTED');
      return errorResponse(500, message);
    }
  };

  function exportResponse(url: URL, params: FetchParams, fileId: string): EmuHTTPResponse {
    if ((params.method ?? 'get').toLowerCase() !== 'get') {
      return jsonError(405, 'Method not allowed.', 'methodNotAllowed', 'INVALID_ARGUMENT');
    }
    const mimeType = url.searchParams.get('mimeType');
    if (!mimeType) return jsonError(400, 'Required parameter: mimeType', 'required', 'INVALID_ARGUMENT');
    let isDoc: boolean;
    try {
      isDoc = store.visible(fileId).doc !== undefined;
    } catch {
      return jsonError(404, `File not found: ${fileId}.`, 'notFound', 'NOT_FOUND');
    }
    if (!isDoc) {
      return jsonError(
        403,
        'Export only supports Docs Editors files.',
        'fileNotExportable',
        'PERMISSION_DENIED',
      );
    }
    const doc = store.documentJson(fileId);
    if (mimeType === 'application/pdf') {
      return new EmuHTTPResponse(200, renderPdf(doc), { 'Content-Type': 'application/pdf' });
    }
    if (mimeType === 'text/plain') {
      // Drive's text export: a BOM, then the body text with CRLF line ends.
      const text = '\ufeff' + store.textOf(fileId).split('\f').join('').replace(/\n/g, '\r\n');
      return new EmuHTTPResponse(200, new Uint8Array(Buffer.from(text, 'utf8')), {
        'Content-Type': 'text/plain; charset=utf-8',
      });
    }
    return jsonError(400, 'The requested conversion is not supported.', 'badRequest', 'INVALID_ARGUMENT');
  }

  /** Which endpoint a request reaches; undefined when it is none the emulator knows. */
  function route(url: URL, params: FetchParams): Route | undefined {
    if (url.protocol !== 'https:') return undefined;
    const method = (params.method ?? 'get').toLowerCase();
    const fields = url.searchParams.get('fields') ?? undefined;
    const json = (): Json => {
      const text = Buffer.from(payloadBytes(params.payload)).toString('utf8');
      return text ? (JSON.parse(text) as Json) : {};
    };
    const needBackends = () => {
      if (!backends) throw new Error('The emulator was built without REST backends.');
      return backends;
    };
    if (url.hostname === 'www.googleapis.com') {
      let m = EXPORT_PATH.exec(url.pathname);
      if (m) {
        const id = decodeURIComponent(m[1]);
        return { service: 'Drive', method: 'files.export', run: () => exportResponse(url, params, id) };
      }
      m = COPY_PATH.exec(url.pathname);
      if (m && method === 'post') {
        const id = decodeURIComponent(m[1]);
        return {
          service: 'Drive',
          method: 'files.copy',
          run: () => api(() => needBackends().files.copy(json(), id, { fields })),
        };
      }
      m = FILE_PATH.exec(url.pathname);
      if (m && (method === 'patch' || method === 'get')) {
        const id = decodeURIComponent(m[1]);
        if (method === 'get')
          return {
            service: 'Drive',
            method: 'files.get',
            run: () => api(() => needBackends().files.get(id, { fields })),
          };
        const extra = {
          fields,
          addParents: url.searchParams.get('addParents') ?? undefined,
          removeParents: url.searchParams.get('removeParents') ?? undefined,
        };
        return {
          service: 'Drive',
          method: 'files.update',
          run: () => api(() => needBackends().files.update(json(), id, undefined, extra)),
        };
      }
      if (UPLOAD_PATH.test(url.pathname) && method === 'post') {
        return {
          service: 'Drive',
          method: 'files.create',
          run: () => {
            if (url.searchParams.get('uploadType') !== 'multipart')
              return errorResponse(400, 'Only uploadType=multipart is emulated.');
            const parsed = parseMultipart(
              payloadBytes(params.payload),
              String(params.contentType ?? header(params.headers, 'Content-Type') ?? ''),
            );
            if (!parsed) return errorResponse(400, 'Malformed multipart body.');
            const media = new EmuBlob(parsed.media, parsed.mediaType || null);
            return api(() => needBackends().files.create(parsed.metadata, media, { fields }));
          },
        };
      }
      return undefined;
    }
    if (url.hostname === 'docs.googleapis.com') {
      const m = BATCH_UPDATE_PATH.exec(url.pathname);
      if (m && method === 'post') {
        const id = decodeURIComponent(m[1]);
        return {
          service: 'Docs',
          method: 'documents.batchUpdate',
          run: () => api(() => needBackends().documents.batchUpdate(json() as { requests?: unknown[] }, id)),
        };
      }
    }
    return undefined;
  }

  interface Prepared {
    route: Route;
    params: FetchParams;
    hostname: string;
  }

  function prepare(url: string, params: FetchParams = {}): Prepared {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw appsScriptException(`Invalid argument: ${url}`);
    }
    const r = route(parsed, params ?? {});
    if (!r) throw appsScriptException(`Address unavailable: ${url}`);
    return { route: r, params: params ?? {}, hostname: parsed.hostname };
  }

  /** One request: authorisation, then the endpoint; a fault armed for it answers 503. */
  function execute(p: Prepared, within: number): EmuHTTPResponse {
    try {
      log.record(p.route.service, p.route.method, within);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/rate ?limit/i.test(message)) return errorResponse(429, `Rate Limit Exceeded (${message})`);
      return errorResponse(503, `The service is currently unavailable. (${message})`);
    }
    const auth = header(p.params.headers, 'Authorization');
    if (auth === undefined) {
      return jsonError(
        401,
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'required',
        'UNAUTHENTICATED',
      );
    }
    if (auth !== `Bearer ${currentToken()}`)
      return jsonError(401, 'Invalid Credentials', 'authError', 'UNAUTHENTICATED');
    return p.route.run();
  }

  function raiseUnlessMuted(p: Prepared, response: EmuHTTPResponse): void {
    const code = response.getResponseCode();
    if (code >= 400 && !p.params.muteHttpExceptions) {
      throw appsScriptException(
        `Request failed for https://${p.hostname} returned code ${code}. ` +
          `Truncated server response: ${response.getContentText().slice(0, 100)}... ` +
          '(use muteHttpExceptions option to examine full response)',
      );
    }
  }

  return {
    fetch(url: string, params?: FetchParams): EmuHTTPResponse {
      log.record('UrlFetch', 'fetch');
      const within = log.entries.length - 1;
      const p = prepare(url, params);
      const response = execute(p, within);
      raiseUnlessMuted(p, response);
      return response;
    },

    /** One counted round trip for the whole batch; every request runs, then failures throw unless muted. */
    fetchAll(requests: (string | (FetchParams & { url: string }))[]): EmuHTTPResponse[] {
      log.record('UrlFetch', 'fetchAll');
      const within = log.entries.length - 1;
      if (!Array.isArray(requests)) throw appsScriptException('Invalid argument: requests');
      const prepared = requests.map((r) => (typeof r === 'string' ? prepare(r) : prepare(r.url, r)));
      const responses = prepared.map((p) => execute(p, within));
      prepared.forEach((p, i) => raiseUnlessMuted(p, responses[i]));
      return responses;
    },
  };
}

export type UrlFetchService = ReturnType<typeof createUrlFetchService>;
