// A real, small PDF 1.4 rendering of a document, standing in for Drive's PDF export.
//
// The file is deliberately plain so tests can read it: a classic xref table, uncompressed
// content streams, the standard Helvetica fonts (not embedded, WinAnsi encoding). Layout
// is simple but honest: the page size and margins come from documentStyle, each paragraph
// is set in lines (word-wrapped, aligned), a page break starts a new page and text that
// runs past the bottom margin flows onto a new page, and the default header and footer
// are drawn on every page. A table is a simple grid: equal column widths, each cell's text
// (its paragraphs joined by spaces, the style of its first run) wrapped inside its box, a
// row as tall as its tallest cell.
//
// WinAnsi cannot show Arabic, Ge'ez or most of Latin Extended, so the visible text writes
// those characters as '?'. A real export embeds fonts and would show them; to let tests
// check that names survive *exactly*, the document's complete text (as documentPlainText
// gives it: body with '\f' page breaks, then headers, then footers) is stored as UTF-16BE
// in the document information dictionary's /Subject entry. That is a property of this
// emulator, not of Drive's export.

import { documentPlainText, NAMED_STYLE_FONT_SIZE, type DocumentJson } from './docs';

type Json = Record<string, unknown>;

/** Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard AFM. */
const HELVETICA_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const SPECIAL_WIDTHS: Record<string, number> = { æ: 889, Æ: 1000, ø: 611, Ø: 778, ß: 611 };

/** Width of a WinAnsi-encoded character; accented letters take their base letter's width. */
function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return HELVETICA_ASCII[code - 32];
  if (SPECIAL_WIDTHS[ch]) return SPECIAL_WIDTHS[ch];
  const base = ch.normalize('NFD').charCodeAt(0);
  return base >= 32 && base <= 126 ? HELVETICA_ASCII[base - 32] : 556;
}

/** Text as WinAnsi characters: Latin-1 stays, everything else becomes '?' (per code point). */
function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) ? ch : '?';
  }
  return out;
}

function textWidth(text: string, size: number, bold: boolean): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  // Helvetica-Bold runs about 5 % wider; close enough for centring a line.
  return (w * size * (bold ? 1.05 : 1)) / 1000;
}

/** A PDF literal string; non-ASCII bytes as octal escapes so the file stays 7-bit text. */
function pdfString(winAnsi: string): string {
  let out = '(';
  for (const ch of winAnsi) {
    const c = ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (c > 0x7e) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + ')';
}

function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const magnitude = (v: unknown, fallback: number): number => {
  const m = (v as Json | undefined)?.magnitude;
  return typeof m === 'number' ? m : fallback;
};

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

interface Line {
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: [number, number, number];
  align: 'left' | 'center' | 'right';
  /** Extra space before this line (spaceAbove of a paragraph's first line). */
  before: number;
  after: number;
}

/** One table row: every cell's wrapped lines, drawn as a row of boxes. */
interface Row {
  kind: 'row';
  cells: { lines: string[]; bold: boolean }[];
  size: number;
}

type Block = Line | Row | 'pageBreak';

const CELL_PAD = 3;

const isRow = (b: Block): b is Row => typeof b === 'object' && 'kind' in b;

/** Text of a table cell's paragraphs, joined by spaces. */
function cellText(cell: Json): { text: string; bold: boolean; size: number } {
  const paras = ((cell.content as Json[]) ?? [])
    .map((c) => c.paragraph as Json | undefined)
    .filter(Boolean) as Json[];
  const runs = paras.flatMap(
    (p) => ((p.elements as Json[]) ?? []).map((e) => e.textRun as Json | undefined).filter(Boolean) as Json[],
  );
  const text = paras
    .map((p) =>
      ((p.elements as Json[]) ?? [])
        .map((e) => String((e.textRun as Json | undefined)?.content ?? ''))
        .join('')
        .replace(/\n$/, ''),
    )
    .join(' ')
    .split('\u000b')
    .join(' ');
  const ts = ((runs.find((r) => String(r.content) !== '\n') ?? runs[0])?.textStyle ?? {}) as Json;
  return { text, bold: ts.bold === true, size: magnitude(ts.fontSize, 11) };
}

function tableBlocks(table: Json, width: number): Row[] {
  const rows = (table.tableRows as Json[]) ?? [];
  const columns = Math.max(1, ...rows.map((r) => ((r.tableCells as Json[]) ?? []).length));
  const inner = Math.max(1, width / columns - 2 * CELL_PAD);
  return rows.map((r) => {
    const cells = ((r.tableCells as Json[]) ?? []).map(cellText);
    const size = Math.max(...cells.map((c) => c.size), 1);
    return {
      kind: 'row',
      size,
      cells: cells.map((c) => ({ lines: wrap(c.text, inner, size, c.bold), bold: c.bold })),
    };
  });
}

/** Turns a segment's structural elements into lines and page breaks. */
function blocksOf(content: Json[], width: number): Block[] {
  const blocks: Block[] = [];
  for (const el of content) {
    if (el.table) {
      blocks.push(...tableBlocks(el.table as Json, width));
      continue;
    }
    const para = el.paragraph as Json | undefined;
    if (!para) continue;
    const ps = (para.paragraphStyle ?? {}) as Json;
    const elements = (para.elements as Json[]) ?? [];
    const firstRun = elements.find((e) => e.textRun)?.textRun as Json | undefined;
    const ts = ((firstRun?.textStyle as Json) ?? {}) as Json;
    const named = NAMED_STYLE_FONT_SIZE[String(ps.namedStyleType ?? 'NORMAL_TEXT')] ?? 11;
    const rgb = (((ts.foregroundColor as Json)?.color as Json)?.rgbColor ?? {}) as Json as Record<
      string,
      number
    >;
    const rtl = ps.direction === 'RIGHT_TO_LEFT';
    const align = ps.alignment === 'CENTER' ? 'center' : (ps.alignment === 'END') !== rtl ? 'right' : 'left';
    const style = {
      size: magnitude(ts.fontSize, named),
      bold: ts.bold === true,
      italic: ts.italic === true,
      color: [rgb.red ?? 0, rgb.green ?? 0, rgb.blue ?? 0] as [number, number, number],
      align: align as Line['align'],
    };

    // Split the paragraph at page breaks; each piece is set as its own lines.
    const pieces: string[] = [''];
    for (const pe of elements) {
      if (pe.pageBreak) pieces.push('');
      else if (pe.textRun) pieces[pieces.length - 1] += String((pe.textRun as Json).content ?? '');
    }
    pieces.forEach((piece, k) => {
      if (k > 0) blocks.push('pageBreak');
      const text = piece.replace(/\n$/, '').split('\u000b').join(' ');
      // After a page break, a piece that is only the paragraph's newline shows nothing.
      if (k > 0 && text === '') return;
      const lines = wrap(text, width, style.size, style.bold);
      lines.forEach((t, n) =>
        blocks.push({
          text: t,
          ...style,
          before: n === 0 ? magnitude(ps.spaceAbove, 0) : 0,
          after: n === lines.length - 1 ? magnitude(ps.spaceBelow, 0) : 0,
        }),
      );
    });
  }
  return blocks;
}

/** Greedy word wrap by Helvetica widths; a word longer than the line is broken. */
function wrap(text: string, width: number, size: number, bold: boolean): string[] {
  if (text === '') return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(\s+)/)) {
    const candidate = line + word;
    if (textWidth(toWinAnsi(candidate), size, bold) <= width || line === '') {
      line = candidate;
      while (textWidth(toWinAnsi(line), size, bold) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(toWinAnsi(line.slice(0, cut)), size, bold) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    } else {
      lines.push(line.trimEnd());
      line = word.trimStart();
    }
  }
  lines.push(line.trimEnd());
  return lines;
}

const FONT_NAMES = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];

function showLine(line: Line, left: number, width: number, y: number): string {
  const visible = toWinAnsi(line.text);
  const w = textWidth(visible, line.size, line.bold);
  const x =
    line.align === 'center' ? left + (width - w) / 2 : line.align === 'right' ? left + width - w : left;
  const font = `/F${1 + (line.bold ? 1 : 0) + (line.italic ? 2 : 0)}`;
  const [r, g, b] = line.color;
  return `BT ${font} ${fmt(line.size)} Tf ${fmt(r)} ${fmt(g)} ${fmt(b)} rg ${fmt(x)} ${fmt(y)} Td ${pdfString(visible)} Tj ET\n`;
}

/** Height of a table row. */
const rowHeight = (row: Row) =>
  Math.max(...row.cells.map((c) => c.lines.length), 1) * row.size * 1.2 + 2 * CELL_PAD;

/** Draws a table row with its top at `top`: a box per cell and each cell's lines inside it. */
function showRow(row: Row, left: number, width: number, top: number): string {
  const h = rowHeight(row);
  const w = width / Math.max(1, row.cells.length);
  let out = '';
  row.cells.forEach((cell, k) => {
    const x = left + k * w;
    out += `0 0 0 RG 0.5 w ${fmt(x)} ${fmt(top - h)} ${fmt(w)} ${fmt(h)} re S\n`;
    let y = top - CELL_PAD;
    for (const text of cell.lines) {
      y -= row.size;
      const line: Line = {
        text,
        size: row.size,
        bold: cell.bold,
        italic: false,
        color: [0, 0, 0],
        align: 'left',
        before: 0,
        after: 0,
      };
      out += showLine(line, x + CELL_PAD, w - 2 * CELL_PAD, y);
      y -= row.size * 0.2;
    }
  });
  return out;
}

/** Renders a document (Docs API JSON) as the bytes of a PDF file. */
export function renderPdf(doc: DocumentJson): Uint8Array {
  const ds = (doc.documentStyle ?? {}) as Json;
  const size = (ds.pageSize ?? {}) as Json;
  const W = magnitude(size.width, 612);
  const H = magnitude(size.height, 792);
  const mTop = magnitude(ds.marginTop, 72);
  const mBottom = magnitude(ds.marginBottom, 72);
  const mLeft = magnitude(ds.marginLeft, 72);
  const mRight = magnitude(ds.marginRight, 72);
  const mHeader = magnitude(ds.marginHeader, 36);
  const mFooter = magnitude(ds.marginFooter, 36);
  const textWidthAvail = Math.max(1, W - mLeft - mRight);

  const segment = (group: unknown, id: unknown): Json[] =>
    id ? (((((group ?? {}) as Json)[String(id)] as Json | undefined)?.content as Json[]) ?? []) : [];
  // Header and footer show their paragraphs; a table there is not drawn (the add-on has none).
  const headerLines = blocksOf(segment(doc.headers, ds.defaultHeaderId), textWidthAvail).filter(
    (b): b is Line => b !== 'pageBreak' && !isRow(b),
  );
  const footerLines = blocksOf(segment(doc.footers, ds.defaultFooterId), textWidthAvail).filter(
    (b): b is Line => b !== 'pageBreak' && !isRow(b),
  );

  // Header and footer are the same on every page, so draw them once as a stream prefix.
  let chrome = '';
  let y = H - mHeader;
  for (const line of headerLines) {
    y -= line.before + line.size;
    chrome += showLine(line, mLeft, textWidthAvail, y);
    y -= line.size * 0.2 + line.after;
  }
  y = mFooter + footerLines.reduce((h, l) => h + l.before + l.size * 1.2 + l.after, 0);
  for (const line of footerLines) {
    y -= line.before + line.size;
    chrome += showLine(line, mLeft, textWidthAvail, y);
    y -= line.size * 0.2 + line.after;
  }

  const pages: string[] = [];
  let current = '';
  y = H - mTop;
  const newPage = () => {
    pages.push(current);
    current = '';
    y = H - mTop;
  };
  const body = ((doc.body as Json | undefined)?.content as Json[]) ?? [];
  for (const block of blocksOf(body, textWidthAvail)) {
    if (block === 'pageBreak') {
      newPage();
      continue;
    }
    if (isRow(block)) {
      const h = rowHeight(block);
      if (y - h < mBottom && current !== '') newPage();
      current += showRow(block, mLeft, textWidthAvail, y);
      y -= h;
      continue;
    }
    const needed = block.before + block.size * 1.2;
    if (y - needed < mBottom && current !== '') newPage();
    y -= block.before + block.size;
    current += showLine(block, mLeft, textWidthAvail, y);
    y -= block.size * 0.2 + block.after;
  }
  pages.push(current);

  return assemblePdf({
    width: W,
    height: H,
    streams: pages.map((p) => chrome + p),
    title: String(doc.title ?? ''),
    subject: documentPlainText(doc),
  });
}

/** Writes the objects, the xref table with exact byte offsets, and the trailer. */
function assemblePdf(p: {
  width: number;
  height: number;
  streams: string[];
  title: string;
  subject: string;
}): Uint8Array {
  const objects: string[] = [];
  const firstPage = 8;
  const kids = p.streams.map((_, k) => `${firstPage + 2 * k} 0 R`).join(' ');
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${p.streams.length} >>`;
  FONT_NAMES.forEach((name, k) => {
    objects[3 + k] = `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  });
  objects[7] = `<< /Title ${utf16Hex(p.title)} /Subject ${utf16Hex(p.subject)} /Producer (Bydelsmoedre Apps Script emulator) >>`;
  p.streams.forEach((stream, k) => {
    const pageObj = firstPage + 2 * k;
    objects[pageObj] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${fmt(p.width)} ${fmt(p.height)}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R >> >> /Contents ${pageObj + 1} 0 R >>`;
    objects[pageObj + 1] =
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });

  // A binary comment line after the header tells transfer tools the file is binary.
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(out, 'latin1');
    out += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function fromUtf16Hex(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out.replace(/^\ufeff/, '');
}

export interface ParsedPdf {
  pageCount: number;
  /** Each page's MediaBox width and height in points. */
  pageSizes: { width: number; height: number }[];
  title: string;
  /** The document's exact text, carried in /Subject (see the file comment). */
  subject: string;
  /** The visible (WinAnsi, '?' for what it cannot show) text of each page, one line per Tj. */
  pageTexts: string[];
}

/**
 * Test helper: reads back what renderPdf writes (not a general PDF parser). Accepts the
 * bytes as Apps Script gives them (signed) or as a Uint8Array.
 */
export function parsePdfText(bytes: Uint8Array | number[]): ParsedPdf {
  const text = Buffer.from(Uint8Array.from(bytes, (b) => b & 0xff)).toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj\n/g)) objects.set(Number(m[1]), m[2]);
  const info = [...objects.values()].find((o) => o.includes('/Subject')) ?? '';
  const kids = /\/Kids \[([^\]]*)\]/.exec(objects.get(2) ?? '')?.[1] ?? '';
  const pageIds = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const pageSizes: ParsedPdf['pageSizes'] = [];
  const pageTexts: string[] = [];
  for (const id of pageIds) {
    const page = objects.get(id) ?? '';
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(page);
    pageSizes.push({ width: Number(box?.[1]), height: Number(box?.[2]) });
    const contentId = Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]);
    const stream = /stream\n([\s\S]*)\nendstream/.exec(objects.get(contentId) ?? '')?.[1] ?? '';
    const shown = [...stream.matchAll(/\(((?:[^()\\]|\\[()\\]|\\[0-7]{3})*)\) Tj/g)].map((m) =>
      m[1]
        .replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))
        .replace(/\\([()\\])/g, '$1'),
    );
    pageTexts.push(shown.join('\n'));
  }
  return {
    pageCount: pageIds.length,
    pageSizes,
    title: fromUtf16Hex(/\/Title <([0-9A-Fa-f]*)>/.exec(info)?.[1] ?? ''),
    subject: fromUtf16Hex(/\/Subject <([0-9A-Fa-f]*)>/.exec(info)?.[1] ?? ''),
    pageTexts,
  };
}
