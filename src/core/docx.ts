// Is this file a Word document (.docx)? Checked before anything is uploaded (SPEC
// `importTemplate`): a .docx is a zip (ECMA-376 Part 2, Open Packaging Conventions) whose
// main part is `word/document.xml`. Only the zip's central directory is read — the list of
// names at the end of the file (PKWARE APPNOTE.TXT §4.3.12 and §4.3.16) — so nothing is
// decompressed and no Apps Script service is needed: a PDF, an image, a renamed text file,
// an empty file, an .xlsx or a .pptx are all told apart by their bytes, not their names.

/** At most 10 MB (SPEC), checked on the decoded bytes. */
export const DOCX_MAX_BYTES = 10 * 1024 * 1024;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Why a file is not a usable .docx; null when it is one. */
export type DocxProblem = 'empty' | 'tooLarge' | 'notZip' | 'notWord';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

type Bytes = ArrayLike<number>;

/** Little-endian reads over signed (Apps Script) or unsigned bytes alike. */
const u8 = (b: Bytes, i: number): number => b[i] & 0xff;
const u16 = (b: Bytes, i: number): number => u8(b, i) | (u8(b, i + 1) << 8);
const u32 = (b: Bytes, i: number): number => (u16(b, i) + u16(b, i + 2) * 0x10000) >>> 0;

/** The names in a zip's central directory, or null when the bytes are not a readable zip. */
export function zipEntryNames(bytes: Bytes): string[] | null {
  const n = bytes.length;
  if (n < EOCD_MIN || u32(bytes, 0) !== LOCAL_SIGNATURE) return null;
  // The end-of-central-directory record is the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let i = n - EOCD_MIN; i >= Math.max(0, n - EOCD_MIN - MAX_COMMENT); i--) {
    if (u32(bytes, i) === EOCD_SIGNATURE && i + EOCD_MIN + u16(bytes, i + 20) === n) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (offset + size > eocd) return null;
  const names: string[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== CENTRAL_SIGNATURE) return null;
    const nameLength = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    if (p + 46 + nameLength > eocd) return null;
    // Part names in a package are ASCII (OPC §9.1.1); anything else is kept as a code point.
    let name = '';
    for (let i = 0; i < nameLength; i++) name += String.fromCharCode(u8(bytes, p + 46 + i));
    names.push(name);
    p += 46 + nameLength + extra + comment;
  }
  return names;
}

/** What is wrong with a would-be .docx, or null when it is one. */
export function docxProblem(bytes: Bytes): DocxProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > DOCX_MAX_BYTES) return 'tooLarge';
  const names = zipEntryNames(bytes);
  if (names === null) return 'notZip';
  return names.some((name) => name.toLowerCase() === 'word/document.xml') ? null : 'notWord';
}

/** Base64 as FileReader gives it (a data: URL prefix is allowed); '' when it is not base64. */
export function stripDataUrl(text: string): string {
  const comma = text.startsWith('data:') ? text.indexOf(',') : -1;
  const body = (comma >= 0 ? text.slice(comma + 1) : text).replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]*={0,2}$/.test(body) && body.length % 4 === 0 ? body : '';
}

/** Decoded size of a base64 string, so a too-large file is refused before it is decoded. */
export function base64Size(body: string): number {
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  return (body.length / 4) * 3 - padding;
}
