// Drive v3 and Docs v1 over REST, many requests in one UrlFetchApp.fetchAll: a "wave". The
// advanced services make one round trip per call, one after another; a wave sends every
// woman's copy (or merge, export, upload) together, so a cohort costs a handful of round
// trips instead of four per woman. Authorised with the script's own token
// (ScriptApp.getOAuthToken(): `drive.file` covers the files the add-on made, and Docs accepts
// `drive.file` too), reaching only the URL prefixes the manifest's urlFetchWhitelist lists.
//
// Every request is muted (muteHttpExceptions): one failing request must not hide the answers
// of the others, because their files exist either way. Each result says ok or not; the
// caller decides what a failure means for that one woman. Errors name ids and HTTP codes only.
const DRIVE = 'https://www.googleapis.com/drive/v3/files/';
const UPLOAD = 'https://www.googleapis.com/upload/drive/v3/files?uploadType=multipart';
const DOCS = 'https://docs.googleapis.com/v1/documents/';

/** The fields a Drive answer carries (as the advanced-service adapter asks for). */
const FILE_FIELDS = 'id,name,mimeType,trashed,webViewLink,appProperties';

type Blob = GoogleAppsScript.Base.Blob;
type Json = Record<string, unknown>;

export interface RestRequest {
  /** What it is, for logs: 'copy', 'merge', 'export', 'upload', 'trash'. */
  kind: string;
  params: GoogleAppsScript.URL_Fetch.URLFetchRequest;
}

export interface RestResult {
  ok: boolean;
  code: number;
  /** The JSON answer (Drive file, Docs reply), or {} for a binary one. */
  json: Json;
  /** The body of a binary answer (an exported PDF). */
  blob: Blob | null;
  /** For logs: kind, HTTP code and Google's message (ids, never names). */
  error: string;
}

/** JSON with every non-ASCII character escaped, so its UTF-8 bytes are its char codes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const asciiBytes = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

function jsonRequest(kind: string, method: 'post' | 'patch', url: string, body: unknown): RestRequest {
  return {
    kind,
    params: { url, method, contentType: 'application/json; charset=UTF-8', payload: asciiJson(body) },
  };
}

export function copyRequest(templateId: string, name: string, folderId: string): RestRequest {
  return jsonRequest('copy', 'post', `${DRIVE}${encodeURIComponent(templateId)}/copy?fields=${FILE_FIELDS}`, {
    name,
    parents: [folderId],
  });
}

export function mergeRequest(docId: string, requests: Json[]): RestRequest {
  return jsonRequest('merge', 'post', `${DOCS}${encodeURIComponent(docId)}:batchUpdate`, { requests });
}

export function exportRequest(docId: string): RestRequest {
  return {
    kind: 'export',
    params: { url: `${DRIVE}${encodeURIComponent(docId)}/export?mimeType=application%2Fpdf`, method: 'get' },
  };
}

export function trashRequest(fileId: string): RestRequest {
  return jsonRequest('trash', 'patch', `${DRIVE}${encodeURIComponent(fileId)}?fields=id`, { trashed: true });
}

/**
 * A new PDF file with its metadata in ONE request (Drive's multipart upload, for files up to
 * 5 MB: a diploma PDF is a few KB). The body is bytes: the JSON part is ASCII by construction.
 */
export function uploadRequest(
  name: string,
  folderId: string,
  pdf: Blob,
  appProperties: Record<string, string>,
): RestRequest {
  const boundary = `bm${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const head =
    `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n` +
    `${asciiJson({ name, mimeType: 'application/pdf', parents: [folderId], appProperties })}\r\n` +
    `--${boundary}\r\nContent-Type: application/pdf\r\n\r\n`;
  const payload = asciiBytes(head).concat(pdf.getBytes(), asciiBytes(`\r\n--${boundary}--`));
  return {
    kind: 'upload',
    params: {
      url: `${UPLOAD}&fields=${FILE_FIELDS}`,
      method: 'post',
      contentType: `multipart/related; boundary=${boundary}`,
      payload,
    },
  };
}

function errorMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: { message?: string } };
    return String(parsed.error?.message ?? '').slice(0, 200);
  } catch {
    return '';
  }
}

/** Google's "slow down" answers: the request was refused before anything was done. */
function isRateLimited(code: number, text: string): boolean {
  if (code === 429) return true;
  if (code !== 403) return false;
  return /"reason"\s*:\s*"(userRateLimitExceeded|rateLimitExceeded)"/.test(text);
}

/** Waits before the retries (Drive's and Docs' usage-limits guides: back off, then try again). */
const BACKOFF_MS = [1000, 2000];

function answer(request: RestRequest, response: GoogleAppsScript.URL_Fetch.HTTPResponse): RestResult {
  const code = response.getResponseCode();
  const ok = code >= 200 && code < 300;
  const kind = request.kind;
  if (kind === 'export' && ok)
    return { ok, code, json: {}, blob: response.getBlob().setContentType('application/pdf'), error: '' };
  const text = response.getContentText();
  let json: Json = {};
  if (kind !== 'export') {
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      json = {};
    }
  }
  return { ok, code, json, blob: null, error: ok ? '' : `${kind}: HTTP ${code} ${errorMessage(text)}` };
}

/**
 * Sends the requests in one fetchAll and answers each. Requests Google turned away for the
 * rate (429, or 403 userRateLimitExceeded/rateLimitExceeded: nothing was done) are sent again
 * in one more fetchAll after a pause, twice at most; any other failure is answered as it is
 * (a 5xx may have done its work, so it is never repeated blindly). If a fetchAll itself fails
 * (Apps Script could not send it at all), that error is thrown: nothing is known of any request.
 */
export function wave(requests: readonly RestRequest[]): RestResult[] {
  if (requests.length === 0) return [];
  const headers = { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` };
  const results: RestResult[] = new Array<RestResult>(requests.length);
  let pending = requests.map((_r, i) => i);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 0) Utilities.sleep(BACKOFF_MS[attempt - 1]);
    const responses = UrlFetchApp.fetchAll(
      pending.map((i) => ({ ...requests[i].params, headers, muteHttpExceptions: true })),
    );
    const again: number[] = [];
    pending.forEach((i, k) => {
      const response = responses[k];
      const code = response.getResponseCode();
      if (attempt < BACKOFF_MS.length && isRateLimited(code, code >= 400 ? response.getContentText() : ''))
        again.push(i);
      else results[i] = answer(requests[i], response);
    });
    if (again.length) console.warn(`diplomas: ${again.length} requests slowed down by Google, sent again`);
    pending = again;
  }
  return results;
}
