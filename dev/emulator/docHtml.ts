// An HTML picture of a Docs document for the local preview: pages at their real size
// (A4 landscape shows landscape), the default header and footer on every page, and each
// paragraph with its alignment, size, weight, slant and colour; a table as a simple grid.
//
// Document text is participants' names and whatever the coordinator typed, so every piece
// of it is escaped, and style values are rebuilt from numbers and enums rather than copied.

import { NAMED_STYLE_FONT_SIZE, type DocumentJson } from './docs';

type Json = Record<string, unknown>;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const num = (v: unknown, fallback: number): number => {
  const m = (v as Json | undefined)?.magnitude;
  return typeof m === 'number' && Number.isFinite(m) ? m : fallback;
};

/** A colour channel from the API (0..1) as a CSS byte; anything odd becomes 0. */
const channel = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(Math.min(1, Math.max(0, v)) * 255) : 0;

function runCss(ts: Json, namedSize: number): string {
  const css: string[] = [`font-size:${num(ts.fontSize, namedSize)}pt`];
  if (ts.bold === true) css.push('font-weight:bold');
  if (ts.italic === true) css.push('font-style:italic');
  if (ts.underline === true) css.push('text-decoration:underline');
  const rgb = (((ts.foregroundColor as Json)?.color as Json)?.rgbColor ?? null) as Json | null;
  if (rgb) css.push(`color:rgb(${channel(rgb.red)},${channel(rgb.green)},${channel(rgb.blue)})`);
  const family = ((ts.weightedFontFamily as Json)?.fontFamily ?? '') as string;
  // Only plain font names reach the style attribute.
  if (/^[A-Za-z0-9 -]{1,40}$/.test(family)) css.push(`font-family:'${family}',sans-serif`);
  return css.join(';');
}

const ALIGN: Record<string, string> = { START: 'start', CENTER: 'center', END: 'end', JUSTIFIED: 'justify' };

/** Paragraphs of one segment as HTML, split into pages at page breaks. */
function pagesOf(content: Json[]): string[] {
  const pages: string[] = [''];
  for (const el of content) {
    const table = el.table as Json | undefined;
    if (table) {
      pages[pages.length - 1] += tableHtml(table);
      continue;
    }
    const para = el.paragraph as Json | undefined;
    if (!para) continue;
    const ps = (para.paragraphStyle ?? {}) as Json;
    const namedSize = NAMED_STYLE_FONT_SIZE[String(ps.namedStyleType ?? 'NORMAL_TEXT')] ?? 11;
    const align = ALIGN[String(ps.alignment)] ?? 'start';
    const css =
      `text-align:${align};margin:${num(ps.spaceAbove, 0)}pt 0 ${num(ps.spaceBelow, 0)}pt 0;` +
      `font-size:${namedSize}pt;min-height:1.2em`;
    const open = `<p dir="auto" style="${css}">`;
    let html = open;
    let hasText = false;
    let afterBreak = false;
    for (const pe of (para.elements as Json[]) ?? []) {
      if (pe.pageBreak) {
        pages[pages.length - 1] += html + '</p>';
        pages.push('');
        html = open;
        hasText = false;
        afterBreak = true;
        continue;
      }
      const run = pe.textRun as Json | undefined;
      if (!run) continue;
      const text = String(run.content ?? '').replace(/\n$/, '');
      if (!text) continue;
      const css = runCss((run.textStyle ?? {}) as Json, namedSize);
      html += `<span style="${css}">${escapeHtml(text).split('\u000b').join('<br>')}</span>`;
      hasText = true;
    }
    // The newline left after a page break is not a visible paragraph.
    if (!afterBreak || hasText) pages[pages.length - 1] += html + '</p>';
  }
  return pages;
}

/** A table as an HTML grid; each cell's paragraphs go through pagesOf (so they are escaped). */
function tableHtml(table: Json): string {
  const rows = ((table.tableRows as Json[]) ?? []).map(
    (row) =>
      '<tr>' +
      ((row.tableCells as Json[]) ?? [])
        .map(
          (cell) =>
            '<td style="border:1px solid #000;padding:2pt 4pt;vertical-align:top;overflow-wrap:anywhere">' +
            pagesOf((cell.content as Json[]) ?? []).join('') +
            '</td>',
        )
        .join('') +
      '</tr>',
  );
  return `<table style="border-collapse:collapse;width:100%;table-layout:fixed;margin:4pt 0">${rows.join('')}</table>`;
}

/** Renders a document (Docs API JSON) as an HTML fragment of page boxes. */
export function renderDocumentHtml(doc: DocumentJson): string {
  const ds = (doc.documentStyle ?? {}) as Json;
  const size = (ds.pageSize ?? {}) as Json;
  const width = num(size.width, 612);
  const height = num(size.height, 792);
  const margins = [ds.marginTop, ds.marginRight, ds.marginBottom, ds.marginLeft].map((m) => num(m, 72));
  const segment = (group: unknown, id: unknown): Json[] =>
    id ? (((((group ?? {}) as Json)[String(id)] as Json | undefined)?.content as Json[]) ?? []) : [];
  const header = pagesOf(segment(doc.headers, ds.defaultHeaderId)).join('');
  const footer = pagesOf(segment(doc.footers, ds.defaultFooterId)).join('');
  const body = pagesOf(((doc.body as Json | undefined)?.content as Json[]) ?? []);
  const orientation = width > height ? 'landscape' : 'portrait';

  const page = (content: string, n: number) =>
    `<section class="doc-page" data-page="${n}" style="position:relative;box-sizing:border-box;` +
    `width:${width}pt;height:${height}pt;padding:${margins.map((m) => `${m}pt`).join(' ')};` +
    `margin:0 auto 16pt;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.3);overflow:hidden;` +
    `font-family:Arial,sans-serif;color:#000">` +
    (header
      ? `<header style="position:absolute;left:${margins[3]}pt;right:${margins[1]}pt;top:${num(ds.marginHeader, 36)}pt">${header}</header>`
      : '') +
    `<div class="doc-body">${content}</div>` +
    (footer
      ? `<footer style="position:absolute;left:${margins[3]}pt;right:${margins[1]}pt;bottom:${num(ds.marginFooter, 36)}pt">${footer}</footer>`
      : '') +
    '</section>';

  return (
    `<div class="doc" data-orientation="${orientation}" data-width-pt="${width}" data-height-pt="${height}">` +
    `<h2 class="doc-title" style="font:14px sans-serif">${escapeHtml(String(doc.title ?? ''))}</h2>` +
    body.map(page).join('') +
    '</div>'
  );
}
