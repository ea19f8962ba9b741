// UrlFetchApp, emulated for the one request the add-on makes: Drive's export of a Doc as
// PDF, authorised with the script's own OAuth token. The emulator has no network, so every
// other URL fails the way Apps Script fails for a host it cannot reach; a test never
// passes because the emulator quietly answered a request production would send elsewhere.

import type { CallLog } from './calls';
import { EmuBlob } from './blob';
import type { DriveStore } from './drive';
import { renderPdf } from './pdf';

export interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  muteHttpExceptions?: boolean;
  [other: string]: unknown;
}

const EXPORT_PATH = /^\/drive\/v3\/files\/([^/]+)\/export$/;

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

function header(headers: Record<string, string> | undefined, name: string): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers![key];
}

export function createUrlFetchService(log: CallLog, store: DriveStore, token: string | (() => string)) {
  const currentToken = () => (typeof token === 'function' ? token() : token);

  /** What Drive's export endpoint answers; `undefined` when the URL is not that endpoint. */
  function exportResponse(url: URL, params: FetchParams): EmuHTTPResponse | undefined {
    const match = EXPORT_PATH.exec(url.pathname);
    if (url.protocol !== 'https:' || url.hostname !== 'www.googleapis.com' || !match) return undefined;
    if ((params.method ?? 'get').toLowerCase() !== 'get') {
      return jsonError(405, 'Method not allowed.', 'methodNotAllowed', 'INVALID_ARGUMENT');
    }
    const auth = header(params.headers, 'Authorization');
    if (auth === undefined) {
      return jsonError(
        401,
        'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        'required',
        'UNAUTHENTICATED',
      );
    }
    if (auth !== `Bearer ${currentToken()}`) {
      return jsonError(401, 'Invalid Credentials', 'authError', 'UNAUTHENTICATED');
    }
    const fileId = decodeURIComponent(match[1]);
    const mimeType = url.searchParams.get('mimeType');
    if (!mimeType) return jsonError(400, 'Required parameter: mimeType', 'required', 'INVALID_ARGUMENT');
    let isDoc: boolean;
    try {
      isDoc = store.visible(fileId).doc !== undefined;
    } catch {
      return jsonError(404, `File not found: ${fileId}.`, 'notFound', 'NOT_FOUND');
    }
    if (!isDoc) {
      return jsonError(403, 'Export only supports Docs Editors files.', 'fileNotExportable', 'PERMISSION_DENIED');
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

  function fetchOne(url: string, params: FetchParams = {}): EmuHTTPResponse {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw appsScriptException(`Invalid argument: ${url}`);
    }
    const response = exportResponse(parsed, params ?? {});
    if (!response) throw appsScriptException(`Address unavailable: ${url}`);
    const code = response.getResponseCode();
    if (code >= 400 && !params?.muteHttpExceptions) {
      throw appsScriptException(
        `Request failed for https://${parsed.hostname} returned code ${code}. ` +
          `Truncated server response: ${response.getContentText().slice(0, 100)}... ` +
          '(use muteHttpExceptions option to examine full response)',
      );
    }
    return response;
  }

  return {
    fetch(url: string, params?: FetchParams): EmuHTTPResponse {
      log.record('UrlFetch', 'fetch');
      return fetchOne(url, params);
    },

    /** One counted call for the whole batch, like the real round trip. */
    fetchAll(requests: (string | (FetchParams & { url: string }))[]): EmuHTTPResponse[] {
      log.record('UrlFetch', 'fetchAll');
      return requests.map((r) => (typeof r === 'string' ? fetchOne(r) : fetchOne(r.url, r)));
    },
  };
}

export type UrlFetchService = ReturnType<typeof createUrlFetchService>;
