// Bundle and page weight, and a static check that a sidebar's first paint cannot wait for the
// server: everything it needs is inline (no script, style or font to fetch), no script sits in
// <head> or before the body's markup (a parser-blocking script there delays the first paint),
// and the page either has body markup of its own or its inline script builds the page itself
// (the behavioural half — that it shows content while google.script.run has not answered — is
// test/bench/first-paint.test.ts in Chromium).
import { distHtml, sidebarPages, sizeOf } from './files';

export const CODE_LIMIT_BYTES = 300 * 1024;
export const PAGE_LIMIT_BYTES = 100 * 1024;

export interface PageCheck {
  page: string;
  bytes: number;
  /** Visible text in the body's own markup (scripts and styles removed), trimmed. */
  staticText: number;
  problems: string[];
}

function stripScriptsAndStyles(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '');
}

export function checkPage(page: string, html: string): PageCheck {
  const problems: string[] = [];
  const headEnd = html.search(/<body\b/i);
  if (headEnd < 0) problems.push('no <body>');
  const head = headEnd < 0 ? '' : html.slice(0, headEnd);
  const body = headEnd < 0 ? html : html.slice(headEnd);
  if (/<script\b(?![^>]*\b(defer|async|type=["']?module)\b)/i.test(head)) problems.push('a parser-blocking <script> in <head>');
  if (/<script\b[^>]*\bsrc=/i.test(html)) problems.push('an external script (src=)');
  if (/<link\b[^>]*rel=["']?stylesheet/i.test(html)) problems.push('an external stylesheet');
  if (/@import\s+url\(|url\(\s*["']?https?:/i.test(html)) problems.push('a stylesheet fetches from the network');
  const text = stripScriptsAndStyles(body)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim();
  const scripts = body.match(/<script\b[^>]*>([\s\S]*?)<\/script>/gi) ?? [];
  const script = scripts.join('\n');
  if (text.length === 0) {
    // No markup of its own: the inline script must build the page, i.e. create elements and
    // put them into the document, not only wait for google.script.run.
    const builds = /createElement\s*\(/.test(script) && /\b(append|appendChild|replaceChildren|insertBefore|prepend)\s*\(/.test(script);
    if (!builds) problems.push('an empty body whose script builds nothing itself');
  }
  // The bundle must not stop the page with a synchronous wait of any kind.
  if (/\balert\s*\(|\bwhile\s*\(\s*!\s*\w+\s*\)\s*;/.test(script)) problems.push('a synchronous wait (alert or busy loop) in the script');
  return { page, bytes: Buffer.byteLength(html), staticText: text.length, problems };
}

export interface WeightReport {
  codeBytes: number;
  pages: PageCheck[];
  failures: string[];
}

export function checkWeights(): WeightReport {
  const failures: string[] = [];
  const codeBytes = sizeOf('Code.js');
  if (codeBytes > CODE_LIMIT_BYTES) failures.push(`dist/Code.js is ${kb(codeBytes)}, above ${kb(CODE_LIMIT_BYTES)}`);
  const pages = sidebarPages().map((p) => checkPage(p, distHtml(p)));
  for (const p of pages) {
    if (p.bytes > PAGE_LIMIT_BYTES) failures.push(`dist/${p.page}.html is ${kb(p.bytes)}, above ${kb(PAGE_LIMIT_BYTES)}`);
    for (const problem of p.problems) failures.push(`dist/${p.page}.html: ${problem}`);
  }
  return { codeBytes, pages, failures };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
