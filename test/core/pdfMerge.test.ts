import {
  binaryToBytes,
  binaryToSignedBytes,
  bytesToBinary,
  countPages,
  mergePdfs,
} from '../../src/core/pdfMerge';
import { parsePdfText, renderPdf } from '../../dev/emulator/pdf';

// ---- building test PDFs -----------------------------------------------------------------

interface Obj {
  num: number;
  gen?: number;
  body: string;
  stream?: string;
}

interface BuildOptions {
  eol?: string;
  /** Break every xref offset by this many bytes. */
  shiftOffsets?: number;
  version?: string;
  extraTrailer?: string;
}

/** Writes objects and a correct classic xref table (unless told to break it). */
function buildPdf(objs: Obj[], root: number, opts: BuildOptions = {}): string {
  const eol = opts.eol ?? '\n';
  let out = `%PDF-${opts.version ?? '1.4'}${eol}%\u00e2\u00e3\u00cf\u00d3${eol}`;
  const offsets = new Map<number, { off: number; gen: number }>();
  for (const o of objs) {
    offsets.set(o.num, { off: out.length, gen: o.gen ?? 0 });
    out += `${o.num} ${o.gen ?? 0} obj${eol}${o.body}`;
    if (o.stream !== undefined)
      out += `${eol}stream${eol === '\r\n' ? '\r\n' : '\n'}${o.stream}${eol}endstream`;
    out += `${eol}endobj${eol}`;
  }
  const size = Math.max(...objs.map((o) => o.num)) + 1;
  const xrefAt = out.length;
  out += `xref${eol}0 ${size}${eol}0000000000 65535 f\r\n`;
  for (let n = 1; n < size; n++) {
    const e = offsets.get(n);
    const off = e ? e.off + (opts.shiftOffsets ?? 0) : 0;
    out += e
      ? `${String(off).padStart(10, '0')} ${String(e.gen).padStart(5, '0')} n\r\n`
      : `0000000000 00001 f\r\n`;
  }
  out += `trailer${eol}<< /Size ${size} /Root ${root} 0 R${opts.extraTrailer ?? ''} >>${eol}startxref${eol}${xrefAt}${eol}%%EOF${eol}`;
  return out;
}

/** A simple PDF: catalog 1, pages 2, font 3, then page/content pairs. */
function simplePdf(contents: string[], opts: BuildOptions & { size?: [number, number] } = {}): string {
  const [w, h] = opts.size ?? [842, 595];
  const objs: Obj[] = [
    { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
    {
      num: 2,
      body: `<< /Type /Pages /Kids [${contents.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    },
    { num: 3, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
  ];
  contents.forEach((c, i) => {
    objs.push({
      num: 4 + 2 * i,
      body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    });
    objs.push({ num: 5 + 2 * i, body: `<< /Length ${c.length} >>`, stream: c });
  });
  return buildPdf(objs, 1, opts);
}

const content = (text: string) => `BT /F1 24 Tf 72 500 Td (${text}) Tj ET`;

// ---- reading the merged file back, independently of the merger --------------------------

interface Checked {
  objects: Map<number, string>;
  trailer: string;
  size: number;
}

/** Verifies the xref table entry by entry and returns the objects by number. */
function checkXref(pdf: string): Checked {
  expect(pdf.startsWith('%PDF-1.')).toBe(true);
  expect(pdf.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)![1]);
  expect(pdf.slice(startxref, startxref + 5)).toBe('xref\n');
  const head = /^xref\n0 (\d+)\n/.exec(pdf.slice(startxref))!;
  const size = Number(head[1]);
  let at = startxref + head[0].length;
  const entry = (i: number) => pdf.slice(at + 20 * i, at + 20 * (i + 1));
  expect(entry(0)).toBe('0000000000 65535 f \n');
  const offsets: number[] = [];
  for (let n = 1; n < size; n++) {
    const e = entry(n);
    expect(e).toMatch(/^\d{10} 00000 n \n$/);
    const off = Number(e.slice(0, 10));
    expect(pdf.slice(off, off + `${n} 0 obj\n`.length)).toBe(`${n} 0 obj\n`);
    offsets[n] = off;
  }
  // An object runs up to the next object (or the xref table): stream data may hold anything.
  const starts = [...offsets.slice(1), startxref].sort((a, b) => a - b);
  const objects = new Map<number, string>();
  for (let n = 1; n < size; n++) {
    const end = starts[starts.indexOf(offsets[n]) + 1];
    const text = pdf.slice(offsets[n] + `${n} 0 obj\n`.length, end);
    expect(text.endsWith('\nendobj\n')).toBe(true);
    objects.set(n, text.slice(0, -'\nendobj\n'.length));
  }
  at += 20 * size;
  const trailer = pdf.slice(at, pdf.indexOf('startxref', at));
  expect(trailer).toContain(`/Size ${size}`);
  expect(trailer).toContain('/Root 1 0 R');
  return { objects, trailer, size };
}

function pagesOf(c: Checked): number[] {
  expect(c.objects.get(1)).toContain('/Type /Catalog');
  expect(c.objects.get(1)).toContain('/Pages 2 0 R');
  const pages = c.objects.get(2)!;
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(pages)![1].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  expect(pages).toContain(`/Count ${kids.length}`);
  return kids;
}

function streamOf(c: Checked, pageNum: number): string {
  const page = c.objects.get(pageNum)!;
  const contentsNum = Number(/\/Contents (\d+) 0 R/.exec(page)![1]);
  const obj = c.objects.get(contentsNum)!;
  const m = /^(<<[\s\S]*?>>)\nstream\n([\s\S]*)\nendstream$/.exec(obj)!;
  const length = Number(/\/Length (\d+)/.exec(m[1])![1]);
  expect(m[2].length).toBe(length);
  return m[2];
}

// ---- tests ------------------------------------------------------------------------------

describe('mergePdfs', () => {
  test('merges pages in order, with a correct xref table and one page tree', () => {
    const a = simplePdf([content('Anna 1')]);
    const b = simplePdf([content('Birgit 1'), content('Birgit 2')]);
    const c = simplePdf([content('Cem 1')]);
    const result = mergePdfs([a, b, c]);
    if (!result.ok) throw new Error(result.detail);
    expect(result.pageCount).toBe(4);
    const checked = checkXref(result.pdf);
    const kids = pagesOf(checked);
    expect(kids).toHaveLength(4);
    expect(kids.map((k) => streamOf(checked, k))).toEqual([
      content('Anna 1'),
      content('Birgit 1'),
      content('Birgit 2'),
      content('Cem 1'),
    ]);
    for (const k of kids) {
      expect(checked.objects.get(k)).toContain('/Parent 2 0 R');
      expect(checked.objects.get(k)).toContain('/Type /Page');
    }
    // Every reference points at an object that exists.
    for (const body of checked.objects.values()) {
      for (const m of body.matchAll(/(\d+) (\d+) R/g)) {
        expect(Number(m[2])).toBe(0);
        expect(checked.objects.has(Number(m[1]))).toBe(true);
      }
    }
    // Old catalogs and page trees are gone: exactly one of each.
    const all = [...checked.objects.values()];
    expect(all.filter((o) => o.includes('/Type /Catalog'))).toHaveLength(1);
    expect(all.filter((o) => /\/Type \/Pages\b/.test(o))).toHaveLength(1);
    expect(countPages(result.pdf)).toBe(4);
  });

  test('the merged file can itself be merged again (it is a valid classic PDF)', () => {
    const once = mergePdfs([simplePdf([content('x')]), simplePdf([content('y')])]);
    if (!once.ok) throw new Error(once.detail);
    const twice = mergePdfs([once.pdf, simplePdf([content('z')])]);
    if (!twice.ok) throw new Error(twice.detail);
    const checked = checkXref(twice.pdf);
    expect(pagesOf(checked).map((k) => streamOf(checked, k))).toEqual([
      content('x'),
      content('y'),
      content('z'),
    ]);
  });

  test('copies stream bytes exactly, including binary and "endstream" inside the data', () => {
    let binary = '';
    for (let b = 0; b < 256; b++) binary += String.fromCharCode(b);
    const tricky = `${binary}endstream\nendobj\n1 0 obj${binary}`;
    const pdf = simplePdf([tricky]);
    const result = mergePdfs([pdf, simplePdf([content('next')])]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    const kids = pagesOf(checked);
    expect(streamOf(checked, kids[0])).toBe(tricky);
    expect(streamOf(checked, kids[1])).toBe(content('next'));
  });

  test('does not renumber what only looks like a reference inside a string', () => {
    const objs: Obj[] = [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      {
        num: 3,
        body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R /Note (see 4 0 R \\) and (nested 1 0 R)) /Hex <34 30 20 52> >>',
      },
      { num: 4, body: '<< /Length 3 >>', stream: 'q Q' },
    ];
    const result = mergePdfs([simplePdf([content('first')]), buildPdf(objs, 1)]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    const page = checked.objects.get(pagesOf(checked)[1])!;
    expect(page).toContain('(see 4 0 R \\) and (nested 1 0 R))');
    expect(page).toContain('<34 30 20 52>');
  });

  test('copies inherited MediaBox, Resources and Rotate onto pages from intermediate nodes', () => {
    const objs: Obj[] = [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /Outlines 9 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 2 /MediaBox [0 0 842 595] /Resources 8 0 R >>' },
      { num: 3, body: '<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 6 0 R] /Count 2 /Rotate 90 >>' },
      { num: 4, body: '<< /Type /Page /Parent 3 0 R /Contents 5 0 R >>' },
      { num: 5, body: '<< /Length 7 >>', stream: 'page 1!' },
      { num: 6, body: '<< /Type /Page /Parent 3 0 R /Contents 7 0 R /MediaBox [0 0 100 100] >>' },
      { num: 7, body: '<< /Length 8 >>', stream: 'page two' },
      { num: 8, body: '<< /Font << /F1 10 0 R >> >>' },
      { num: 9, body: '<< /Type /Outlines /Count 0 >>' },
      { num: 10, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>' },
    ];
    const result = mergePdfs([buildPdf(objs, 1)]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    const [p1, p2] = pagesOf(checked).map((k) => checked.objects.get(k)!);
    expect(p1).toContain('/MediaBox [0 0 842 595]');
    expect(p1).toContain('/Rotate 90');
    expect(p2).toContain('/MediaBox [0 0 100 100]');
    expect(p2).not.toContain('/MediaBox [0 0 842 595]');
    const resources = Number(/\/Resources (\d+) 0 R/.exec(p1)![1]);
    expect(checked.objects.get(resources)).toMatch(/\/Font <<\/F1 \d+ 0 R>>/);
    expect([...checked.objects.values()].some((o) => o.includes('/Times-Roman'))).toBe(true);
    // The outline belonged to the old catalog and is not reachable from any page.
    expect([...checked.objects.values()].some((o) => o.includes('/Outlines'))).toBe(false);
  });

  test('resolves an indirect /Length and writes it directly', () => {
    const objs: Obj[] = [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>' },
      { num: 4, body: '<< /Length 5 0 R >>', stream: 'endstream-ish data' },
      { num: 5, body: String('endstream-ish data'.length) },
    ];
    const result = mergePdfs([buildPdf(objs, 1)]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    expect(streamOf(checked, pagesOf(checked)[0])).toBe('endstream-ish data');
  });

  test('reads files with CRLF line ends, a wrong /Length, and incremental updates', () => {
    const crlf = simplePdf([content('crlf')], { eol: '\r\n' });
    const wrongLength = simplePdf([content('long')]).replace(
      `/Length ${content('long').length}`,
      '/Length 3',
    );
    // An incremental update replaces the content of page 1 and points /Prev at the old table.
    const base = simplePdf([content('old')]);
    const oldXref = Number(/startxref\n(\d+)/.exec(base)![1]);
    const newStream = content('new');
    const objAt = base.length;
    let updated =
      base + `5 0 obj\n<< /Length ${newStream.length} >>\nstream\n${newStream}\nendstream\nendobj\n`;
    const xrefAt = updated.length;
    updated += `xref\n5 1\n${String(objAt).padStart(10, '0')} 00000 n\r\ntrailer\n<< /Size 6 /Root 1 0 R /Prev ${oldXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const result = mergePdfs([crlf, wrongLength, updated]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    expect(pagesOf(checked).map((k) => streamOf(checked, k))).toEqual([
      content('crlf'),
      content('long'),
      newStream,
    ]);
  });

  test('repairs shifted xref offsets (bytes before the header) by scanning objects', () => {
    const shifted = simplePdf([content('shifted')], { shiftOffsets: -7 });
    const result = mergePdfs([shifted]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    expect(streamOf(checked, pagesOf(checked)[0])).toBe(content('shifted'));
  });

  test('keeps the highest PDF version of the inputs', () => {
    const result = mergePdfs([simplePdf([content('a')]), simplePdf([content('b')], { version: '1.6' })]);
    if (!result.ok) throw new Error(result.detail);
    expect(result.pdf.startsWith('%PDF-1.6\n')).toBe(true);
  });

  test('accepts Uint8Array, signed byte arrays and binary strings alike', () => {
    const text = simplePdf([`(\u00e6\u00f8\u00e5 \u00ff\u0080) Tj`]);
    const bytes = binaryToBytes(text);
    const signed = binaryToSignedBytes(text);
    expect(signed.some((b) => b < 0)).toBe(true);
    expect(bytesToBinary(signed)).toBe(text);
    expect(bytesToBinary(bytes)).toBe(text);
    const result = mergePdfs([bytes, signed, text]);
    if (!result.ok) throw new Error(result.detail);
    const checked = checkXref(result.pdf);
    expect(pagesOf(checked).map((k) => streamOf(checked, k))).toEqual(
      Array(3).fill(`(\u00e6\u00f8\u00e5 \u00ff\u0080) Tj`),
    );
  });

  test('merges the emulator export of 16 diplomas into a 16-page file the emulator can read', () => {
    const docs = Array.from({ length: 16 }, (_, i) => ({
      title: `Diplom ${i}`,
      documentStyle: {
        pageSize: { width: { magnitude: 842, unit: 'PT' }, height: { magnitude: 595, unit: 'PT' } },
      },
      body: {
        content: [
          { endIndex: 1, sectionBreak: {} },
          {
            startIndex: 1,
            endIndex: 10,
            paragraph: { elements: [{ textRun: { content: `Kvinde ${i}\n` } }] },
          },
        ],
      },
    }));
    const pdfs = docs.map((d) => renderPdf(d as never));
    const result = mergePdfs(pdfs);
    if (!result.ok) throw new Error(result.detail);
    expect(result.pageCount).toBe(16);
    checkXref(result.pdf);
    const parsed = parsePdfText(binaryToBytes(result.pdf));
    expect(parsed.pageCount).toBe(16);
    expect(parsed.pageSizes.every((s) => s.width === 842 && s.height === 595)).toBe(true);
    expect(parsed.pageTexts.map((t) => t.trim())).toEqual(docs.map((_, i) => `Kvinde ${i}`));
  });
});

describe('mergePdfs failures', () => {
  test('object streams are refused with a clear reason', () => {
    const objs: Obj[] = [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Page /Parent 2 0 R /Resources 4 0 R >>' },
      { num: 4, body: '<< /Type /ObjStm /N 1 /First 4 /Length 10 >>', stream: '5 0 << >>' },
    ];
    const result = mergePdfs([simplePdf([content('fine')]), buildPdf(objs, 1)]);
    expect(result).toMatchObject({ ok: false, input: 1, reason: 'objectStreams' });
  });

  test('a cross-reference stream is refused as object-stream compression', () => {
    const body = '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';
    const xrefObj = `3 0 obj\n<< /Type /XRef /Size 4 /W [1 2 1] /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n`;
    const pdf = `%PDF-1.5\n${body}`;
    const file = `${pdf}${xrefObj}startxref\n${pdf.length}\n%%EOF\n`;
    expect(mergePdfs([file])).toMatchObject({ ok: false, input: 0, reason: 'objectStreams' });
  });

  test('a hybrid file (/XRefStm) is refused', () => {
    const pdf = simplePdf([content('x')], { extraTrailer: ' /XRefStm 12' });
    expect(mergePdfs([pdf])).toMatchObject({ ok: false, reason: 'objectStreams' });
  });

  test('encrypted files, non-PDFs, truncated files and empty input are refused', () => {
    expect(mergePdfs([simplePdf([content('x')], { extraTrailer: ' /Encrypt 9 0 R' })])).toMatchObject({
      ok: false,
      reason: 'encrypted',
    });
    expect(mergePdfs(['<html>not a pdf</html>'])).toMatchObject({ ok: false, input: 0, reason: 'notPdf' });
    const whole = simplePdf([content('x')]);
    const cut = whole.slice(0, whole.indexOf('4 0 obj') + 20);
    expect(mergePdfs([whole, cut])).toMatchObject({ ok: false, input: 1, reason: 'unreadable' });
    expect(mergePdfs([])).toMatchObject({ ok: false, reason: 'noPages' });
  });

  test('a file without pages is refused', () => {
    const objs: Obj[] = [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [] /Count 0 >>' },
    ];
    expect(mergePdfs([buildPdf(objs, 1)])).toMatchObject({ ok: false, reason: 'noPages' });
  });

  test('a page tree with a cycle is refused instead of looping', () => {
    const objs: Obj[] = [
      { num: 1, body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
      { num: 3, body: '<< /Type /Pages /Kids [2 0 R] /Count 1 >>' },
    ];
    expect(mergePdfs([buildPdf(objs, 1)])).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  test('never throws on random damage', () => {
    const whole = simplePdf([content('x'), content('y')]);
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 300; i++) {
      const chars = whole.split('');
      for (let j = 0; j < 5; j++)
        chars[Math.floor(rand() * chars.length)] = String.fromCharCode(Math.floor(rand() * 256));
      const result = mergePdfs([chars.join('')]);
      if (result.ok) checkXref(result.pdf);
    }
  });
});
