// Drive's import of a Word file (.docx) into a Google Doc, emulated far enough for the
// add-on: files.create with `mimeType: application/vnd.google-apps.document` and .docx media
// converts the upload (Drive API guide "Upload file data", section "Import to Google Docs
// types": a file uploaded with a Google Workspace mimeType is converted when its type is one
// Drive can import, and .docx → Docs is one of them).
//
// What is kept: the body's paragraphs with their text (runs joined, so a merge field Word
// split over several runs reads whole, as in the converted Doc), bold/italic/font size, the
// paragraph alignment, page breaks, the first header and footer, and the page size and
// orientation of the last section (w:pgSz, twentieths of a point). Not kept: images, tables,
// fonts, colours, numbering, text boxes — the real conversion keeps far more, which is why
// docs/deploy.md asks for one look at a converted template in real Google.
//
// The zip is read with node's zlib (stored and deflated entries); a file that is not a zip
// or has no word/document.xml is refused the way Drive refuses a file it cannot convert.
import { inflateRawSync } from 'node:zlib';

type Json = Record<string, unknown>;

export class DocxError extends Error {}

/** The entries of a zip archive by name (central directory → local headers → data). */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxError('not a zip archive');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = new Map<string, Uint8Array>();
  for (let k = 0; k < count; k++) {
    if (b.readUInt32LE(p) !== 0x02014b50) throw new DocxError('broken central directory');
    const method = b.readUInt16LE(p + 10);
    const compressed = b.readUInt32LE(p + 20);
    const nameLength = b.readUInt16LE(p + 28);
    const extra = b.readUInt16LE(p + 30);
    const comment = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    if (b.readUInt32LE(local) !== 0x04034b50) throw new DocxError('broken local header');
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + compressed);
    if (method === 0) out.set(name, new Uint8Array(data));
    else if (method === 8) out.set(name, new Uint8Array(inflateRawSync(data)));
    else throw new DocxError(`compression method ${method}`);
    p += 46 + nameLength + extra + comment;
  }
  return out;
}

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const ALIGN: Record<string, string> = {
  center: 'CENTER',
  right: 'END',
  end: 'END',
  both: 'JUSTIFIED',
  left: 'START',
  start: 'START',
};

/** The paragraphs of one WordprocessingML part as Docs API structural elements. */
function paragraphsOf(xml: string): Json[] {
  const out: Json[] = [];
  for (const p of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    const paragraphStyle: Json = { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };
    const jc = /<w:jc\b[^>]*>/.exec(p);
    if (jc) paragraphStyle.alignment = ALIGN[attr(jc[0], 'w:val') ?? ''] ?? 'START';
    const elements: Json[] = [];
    for (const run of p.match(/<w:r[\s>][\s\S]*?<\/w:r>/g) ?? []) {
      const textStyle: Json = {};
      if (/<w:b(\s[^>]*)?\/>/.test(run) && !/<w:b w:val="(0|false)"/.test(run)) textStyle.bold = true;
      if (/<w:i(\s[^>]*)?\/>/.test(run) && !/<w:i w:val="(0|false)"/.test(run)) textStyle.italic = true;
      const sz = /<w:sz w:val="(\d+)"/.exec(run);
      if (sz) textStyle.fontSize = { magnitude: Number(sz[1]) / 2, unit: 'PT' };
      for (const piece of run.match(/<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>|<w:br\b[^>]*\/>|<w:tab\/>/g) ?? []) {
        if (piece.startsWith('<w:br')) {
          if (attr(piece, 'w:type') === 'page') elements.push({ pageBreak: { textStyle } });
          else elements.push({ textRun: { content: '\u000b', textStyle } });
        } else if (piece === '<w:tab/>') elements.push({ textRun: { content: '\t', textStyle } });
        else
          elements.push({
            textRun: { content: decodeXml(piece.replace(/^<w:t[^>]*>|<\/w:t>$/g, '')), textStyle },
          });
      }
    }
    elements.push({ textRun: { content: '\n', textStyle: {} } });
    out.push({ paragraph: { elements, paragraphStyle } });
  }
  return out.length
    ? out
    : [
        {
          paragraph: {
            elements: [{ textRun: { content: '\n', textStyle: {} } }],
            paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
          },
        },
      ];
}

/** The part a relationship id points at, e.g. rId7 → word/header1.xml. */
function relationshipTarget(parts: Map<string, Uint8Array>, id: string): string | undefined {
  const rels = parts.get('word/_rels/document.xml.rels');
  if (!rels) return undefined;
  const xml = Buffer.from(rels).toString('utf8');
  for (const tag of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
    if (attr(tag, 'Id') === id) {
      const target = attr(tag, 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `word/${target}`;
    }
  }
  return undefined;
}

/**
 * The Docs API JSON of the Doc Drive makes from a .docx (what DocModel.fromJSON takes), or a
 * DocxError when the bytes are not a Word document.
 */
export function docxToDocument(bytes: Uint8Array, title: string): Json {
  let parts: Map<string, Uint8Array>;
  try {
    parts = readZip(bytes);
  } catch (error) {
    throw error instanceof DocxError ? error : new DocxError(String(error));
  }
  const main = parts.get('word/document.xml');
  if (!main) throw new DocxError('no word/document.xml');
  const xml = Buffer.from(main).toString('utf8');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const doc: Json = {
    title,
    body: { content: paragraphsOf(body.replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/g, '')) },
  };

  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/g;
  const sections = body.match(sect) ?? [];
  const last = sections[sections.length - 1] ?? '';
  const pgSz = /<w:pgSz\b[^>]*>/.exec(last)?.[0];
  const documentStyle: Json = { documentFormat: { documentMode: 'PAGES' } };
  if (pgSz) {
    const w = Number(attr(pgSz, 'w:w')) / 20;
    const h = Number(attr(pgSz, 'w:h')) / 20;
    if (w > 0 && h > 0)
      documentStyle.pageSize = { width: { magnitude: w, unit: 'PT' }, height: { magnitude: h, unit: 'PT' } };
  }
  for (const side of ['Top', 'Bottom', 'Left', 'Right']) {
    const value = Number(attr(/<w:pgMar\b[^>]*>/.exec(last)?.[0] ?? '', `w:${side.toLowerCase()}`));
    if (value >= 0 && Number.isFinite(value) && /<w:pgMar\b/.test(last))
      documentStyle[`margin${side}`] = { magnitude: value / 20, unit: 'PT' };
  }
  doc.documentStyle = documentStyle;

  for (const [kind, key] of [
    ['header', 'headers'],
    ['footer', 'footers'],
  ] as const) {
    const ref = new RegExp(`<w:${kind}Reference\\b[^>]*>`).exec(last)?.[0];
    const target = ref ? relationshipTarget(parts, attr(ref, 'r:id') ?? '') : undefined;
    const part = target ? parts.get(target) : undefined;
    if (part) {
      const id = `kix.emu${kind}1`;
      doc[key] = { [id]: { [`${kind}Id`]: id, content: paragraphsOf(Buffer.from(part).toString('utf8')) } };
      documentStyle[kind === 'header' ? 'defaultHeaderId' : 'defaultFooterId'] = id;
    }
  }
  return doc;
}
