// The Drive v3 advanced service, thinly wrapped. The add-on's scope is `drive.file`: it sees
// only files it created itself, which is why the diploma template, the folder and every
// diploma are made here and never looked up by name in the user's Drive. Every function
// is one Drive call (list: one per 1000 files) and asks for exactly the fields it uses,
// because v3 returns only id, name and mimeType otherwise.
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  trashed?: boolean;
  webViewLink?: string;
  appProperties?: Record<string, string>;
}

const FILE_FIELDS = 'id,name,mimeType,trashed,webViewLink,appProperties';

type V3 = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type V3File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Blob = GoogleAppsScript.Base.Blob;

// @types declares both Drive v2 and v3 under the one global `Drive`; the add-on enables v3.
function files(): V3 {
  const drive = (typeof Drive === 'undefined' ? undefined : Drive) as unknown as { Files?: V3 } | undefined;
  if (!drive || !drive.Files) throw new Error('The Drive advanced service (v3) is not enabled.');
  return drive.Files;
}

/** What optional arguments pass as "no media" (Apps Script takes null for an absent blob). */
const NO_MEDIA = null as unknown as Blob;

function toFile(f: V3File): DriveFile {
  return {
    id: String(f.id ?? ''),
    name: String(f.name ?? ''),
    mimeType: String(f.mimeType ?? ''),
    ...(f.trashed !== undefined ? { trashed: f.trashed === true } : {}),
    ...(f.webViewLink ? { webViewLink: f.webViewLink } : {}),
    ...(f.appProperties ? { appProperties: { ...(f.appProperties as Record<string, string>) } } : {}),
  };
}

/** Whether an advanced-service error means "no such file (for this add-on)". */
export function isNotFound(error: unknown): boolean {
  const details = (error as { details?: { code?: number } } | null)?.details;
  if (details && details.code === 404) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /\b404\b|not found|File not found/i.test(message);
}

/** The file, or null when it does not exist or the add-on may not see it. */
export function getFile(id: string): DriveFile | null {
  try {
    return toFile(files().get(id, { fields: FILE_FIELDS }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export function createFolder(name: string): DriveFile {
  return toFile(files().create({ name, mimeType: FOLDER_MIME }, NO_MEDIA, { fields: FILE_FIELDS }));
}

/** An empty Google Doc in the folder, or in My Drive without one (counts against the daily document quota). */
export function createDoc(name: string, folderId?: string): DriveFile {
  return toFile(
    files().create({ name, mimeType: DOC_MIME, ...(folderId ? { parents: [folderId] } : {}) }, NO_MEDIA, {
      fields: FILE_FIELDS,
    }),
  );
}

/**
 * A Word file converted into a new Google Doc in the folder: files.create with the Docs type
 * and the .docx as media is an import (Drive API guide "Upload file data", "Import to Google
 * Docs types"). The add-on made the Doc, so `drive.file` lets it open it afterwards.
 */
export function importWordAsDoc(name: string, folderId: string, docx: Blob): DriveFile {
  return toFile(
    files().create({ name, mimeType: DOC_MIME, parents: [folderId] }, docx, { fields: FILE_FIELDS }),
  );
}

/** A copy of a file into the folder under a new name (a Doc copy counts against the quota). */
export function copyFile(id: string, name: string, folderId: string): DriveFile {
  return toFile(files().copy({ name, parents: [folderId] }, id, { fields: FILE_FIELDS }));
}

/** A new ordinary file (a PDF) with the add-on's private marks. */
export function createFile(
  name: string,
  folderId: string,
  blob: Blob,
  appProperties: Record<string, string>,
): DriveFile {
  return toFile(
    files().create({ name, mimeType: PDF_MIME, parents: [folderId], appProperties }, blob, {
      fields: FILE_FIELDS,
    }),
  );
}

/** New content (and name) for an existing file, keeping its id and its links. */
export function replaceContent(id: string, name: string, blob: Blob): DriveFile {
  return toFile(files().update({ name }, id, blob, { fields: FILE_FIELDS }));
}

/** Moves a file to the trash (the user can restore it for 30 days); a file already gone is fine. */
export function trashFile(id: string): void {
  try {
    files().update({ trashed: true }, id, NO_MEDIA, { fields: 'id' });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Drive query strings quote with ' and escape ' and \ with a backslash. */
export function quoteQuery(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The live (not trashed) files directly in a folder. */
export function listFolder(folderId: string): DriveFile[] {
  const out: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = files().list({
      q: `${quoteQuery(folderId)} in parents and trashed = false`,
      fields: `nextPageToken,files(${FILE_FIELDS})`,
      pageSize: 1000,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? []) out.push(toFile(f));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

export function folderUrl(folderId: string): string {
  return `https://drive.google.com/drive/folders/${folderId}`;
}

export function fileUrl(fileId: string): string {
  return `https://drive.google.com/file/d/${fileId}/view`;
}
