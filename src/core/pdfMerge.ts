// A small PDF merger for the combined diploma file ("Diplomer - <Holdnavn>.pdf").
//
// Apps Script has no PDF library and the add-on may not ask for more scopes to use one, so
// the combined file is assembled here in plain TypeScript from the individual PDFs that
// Drive's export produced. It understands classic PDFs (a cross-reference *table*, as
// Drive's export and most writers produce) and nothing fancier: a file with object streams
// or a cross-reference stream (PDF 1.5 compression), an encrypted file, or one it cannot
// read gives a clear failure instead of a broken result, and the caller reports it.
//
// How: each input is parsed (xref table, incremental updates via /Prev, objects), its pages
// are found by walking the page tree from /Root (attributes a page inherits — Resources,
// MediaBox, CropBox, Rotate — are copied onto the page, because the page gets a new parent),
// every object reachable from the pages is copied with new object numbers, and one new
// catalog and page tree hold all pages in order. Stream data is copied byte for byte. The
// old catalogs, outlines and info dictionaries are left behind: a print file needs none.
//
// Works on "binary strings" (one char per byte, latin1) so byte offsets are string indexes;
// `bytesToBinary` / `binaryToBytes` convert from and to bytes (Apps Script's signed ones too).

export type PdfInput = string | Uint8Array | ArrayLike<number>;

export type MergeFailureReason = 'notPdf' | 'objectStreams' | 'encrypted' | 'unreadable' | 'noPages';

export type MergeResult =
  | { ok: true; pdf: string; pageCount: number }
  | { ok: false; input: number; reason: MergeFailureReason; detail: string };

// ---- bytes ----------------------------------------------------------------------------------

/** Bytes (signed -128..127 or unsigned) as a binary string, one char per byte. */
export function bytesToBinary(bytes: PdfInput): string {
  if (typeof bytes === 'string') return bytes;
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) codes[j - i] = bytes[j] & 0xff;
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** A binary string as unsigned bytes. */
export function binaryToBytes(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

/** A binary string as Java-style signed bytes, what Utilities.newBlob takes in Apps Script. */
export function binaryToSignedBytes(binary: string): number[] {
  const out = new Array<number>(binary.length);
  for (let i = 0; i < binary.length; i++) {
    const b = binary.charCodeAt(i) & 0xff;
    out[i] = b > 127 ? b - 256 : b;
  }
  return out;
}

// ---- values ---------------------------------------------------------------------------------

/** A parsed PDF value. Numbers, names and strings keep their source text, so they round-trip. */
export type PdfValue =
  | { k: 'atom'; raw: string }
  | { k: 'name'; raw: string; name: string }
  | { k: 'ref'; num: number; gen: number }
  | { k: 'arr'; items: PdfValue[] }
  | { k: 'dict'; entries: DictEntry[] };

export interface DictEntry {
  key: string;
  raw: string;
  value: PdfValue;
}

class ParseError extends Error {}

const WHITESPACE = '\0\t\n\f\r ';
const DELIMITERS = '()<>[]{}/%';

function isWhite(ch: string): boolean {
  return ch !== '' && WHITESPACE.includes(ch);
}

function isRegular(ch: string): boolean {
  return ch !== '' && !WHITESPACE.includes(ch) && !DELIMITERS.includes(ch);
}

function decodeName(raw: string): string {
  return raw.slice(1).replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function dictGet(dict: PdfValue | undefined, key: string): PdfValue | undefined {
  if (!dict || dict.k !== 'dict') return undefined;
  for (let i = dict.entries.length - 1; i >= 0; i--)
    if (dict.entries[i].key === key) return dict.entries[i].value;
  return undefined;
}

function nameOf(value: PdfValue | undefined): string | undefined {
  return value && value.k === 'name' ? value.name : undefined;
}

function intOf(value: PdfValue | undefined): number | undefined {
  if (!value || value.k !== 'atom' || !/^[+-]?\d+$/.test(value.raw)) return undefined;
  return Number(value.raw);
}

/** A cursor over the binary string of one PDF file. */
class Lexer {
  constructor(
    readonly s: string,
    public pos = 0,
  ) {}

  skipWhite(): void {
    const s = this.s;
    for (;;) {
      const ch = s.charAt(this.pos);
      if (isWhite(ch)) {
        this.pos++;
      } else if (ch === '%') {
        while (this.pos < s.length && s[this.pos] !== '\n' && s[this.pos] !== '\r') this.pos++;
      } else {
        return;
      }
    }
  }

  /** The regular characters at the cursor (a number or keyword), without moving. */
  peekWord(): string {
    let end = this.pos;
    while (isRegular(this.s.charAt(end))) end++;
    return this.s.slice(this.pos, end);
  }

  readWord(): string {
    const word = this.peekWord();
    this.pos += word.length;
    return word;
  }

  /** A non-negative integer after optional white space; NaN when there is none. */
  readInt(): number {
    this.skipWhite();
    const word = this.readWord();
    return /^\d+$/.test(word) ? Number(word) : NaN;
  }

  expectWord(word: string): void {
    this.skipWhite();
    if (this.readWord() !== word) throw new ParseError(`expected "${word}" at byte ${this.pos}`);
  }

  parseValue(depth = 0): PdfValue {
    if (depth > 200) throw new ParseError('values nested too deeply');
    this.skipWhite();
    const s = this.s;
    const start = this.pos;
    const ch = s.charAt(start);
    if (ch === '') throw new ParseError('unexpected end of file');
    if (ch === '<' && s.charAt(start + 1) === '<') {
      this.pos += 2;
      const entries: DictEntry[] = [];
      for (;;) {
        this.skipWhite();
        if (s.startsWith('>>', this.pos)) {
          this.pos += 2;
          return { k: 'dict', entries };
        }
        const key = this.parseValue(depth + 1);
        if (key.k !== 'name') throw new ParseError(`dictionary key expected at byte ${this.pos}`);
        const value = this.parseValue(depth + 1);
        entries.push({ key: key.name, raw: key.raw, value });
      }
    }
    if (ch === '<') {
      const end = s.indexOf('>', start);
      if (end < 0) throw new ParseError('unterminated hex string');
      this.pos = end + 1;
      return { k: 'atom', raw: s.slice(start, end + 1) };
    }
    if (ch === '(') {
      let depthParen = 0;
      let i = start;
      for (; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') i++;
        else if (c === '(') depthParen++;
        else if (c === ')' && --depthParen === 0) break;
      }
      if (i >= s.length) throw new ParseError('unterminated string');
      this.pos = i + 1;
      return { k: 'atom', raw: s.slice(start, i + 1) };
    }
    if (ch === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipWhite();
        if (s.charAt(this.pos) === ']') {
          this.pos++;
          return { k: 'arr', items };
        }
        items.push(this.parseValue(depth + 1));
      }
    }
    if (ch === '/') {
      let end = start + 1;
      while (isRegular(s.charAt(end))) end++;
      this.pos = end;
      const raw = s.slice(start, end);
      return { k: 'name', raw, name: decodeName(raw) };
    }
    if (ch === '{' || ch === '}') {
      this.pos++;
      return { k: 'atom', raw: ch };
    }
    const word = this.readWord();
    if (word === '') throw new ParseError(`unexpected "${ch}" at byte ${start}`);
    if (/^\d+$/.test(word)) {
      // "n g R" is a reference; look ahead without committing.
      const save = this.pos;
      this.skipWhite();
      const gen = this.readWord();
      if (/^\d+$/.test(gen)) {
        this.skipWhite();
        if (this.peekWord() === 'R') {
          this.pos += 1;
          return { k: 'ref', num: Number(word), gen: Number(gen) };
        }
      }
      this.pos = save;
    }
    if (word === 'endobj' || word === 'stream' || word === 'endstream' || word === 'obj' || word === 'R') {
      throw new ParseError(`unexpected keyword "${word}" at byte ${start}`);
    }
    return { k: 'atom', raw: word };
  }
}

/** Writes a value back, with references mapped by `ref`. */
function serialize(value: PdfValue, ref: (num: number, gen: number) => string): string {
  switch (value.k) {
    case 'atom':
    case 'name':
      return value.raw;
    case 'ref':
      return ref(value.num, value.gen);
    case 'arr':
      return `[${value.items.map((v) => serialize(v, ref)).join(' ')}]`;
    case 'dict':
      return `<<${value.entries.map((e) => `${e.raw} ${serialize(e.value, ref)}`).join(' ')}>>`;
  }
}

// ---- one input file -------------------------------------------------------------------------

interface PdfObject {
  value: PdfValue;
  /** Raw stream data, when the object is a stream. */
  stream?: string;
}

class MergeFailure extends Error {
  constructor(
    readonly reason: MergeFailureReason,
    detail: string,
  ) {
    super(detail);
  }
}

const key = (num: number, gen: number) => `${num} ${gen}`;

/** One parsed input: its objects (loaded lazily through the xref) and its pages. */
class PdfFile {
  readonly version: number;
  private readonly offsets = new Map<string, number>();
  private readonly cache = new Map<string, PdfObject | null>();
  /** Object numbers a newer xref section marks free: older sections' entries for them are dead. */
  private readonly freed = new Set<number>();
  trailer: PdfValue = { k: 'dict', entries: [] };

  constructor(private readonly s: string) {
    const header = /%PDF-(\d)\.(\d)/.exec(s.slice(0, 1024));
    if (!header) throw new MergeFailure('notPdf', 'no %PDF header');
    this.version = Number(header[1]) * 10 + Number(header[2]);
    if (!this.readXref()) this.scanObjects();
    if (dictGet(this.trailer, 'Encrypt')) throw new MergeFailure('encrypted', 'the file is encrypted');
  }

  /** Reads the cross-reference tables; false when they are unusable (then objects are scanned). */
  private readXref(): boolean {
    const at = this.s.lastIndexOf('startxref');
    if (at < 0) return false;
    const first = new Lexer(this.s, at + 'startxref'.length).readInt();
    if (!Number.isInteger(first)) return false;
    const seen = new Set<number>();
    let offset: number | undefined = first;
    let newestTrailer: PdfValue | null = null;
    try {
      while (offset !== undefined && !seen.has(offset)) {
        seen.add(offset);
        const trailer = this.readXrefSection(offset);
        if (!newestTrailer) newestTrailer = trailer;
        if (dictGet(trailer, 'XRefStm'))
          throw new MergeFailure('objectStreams', 'hybrid file with a cross-reference stream');
        offset = intOf(dictGet(trailer, 'Prev'));
      }
    } catch (error) {
      if (error instanceof MergeFailure) throw error;
      this.offsets.clear();
      return false;
    }
    this.trailer = newestTrailer ?? this.trailer;
    // Offsets that do not point at their object mean a damaged or shifted file: scan instead.
    for (const [k, off] of this.offsets) {
      const m = /^(\d+)\s+(\d+)\s+obj/.exec(this.s.slice(off, off + 40));
      if (!m || key(Number(m[1]), Number(m[2])) !== k) {
        this.offsets.clear();
        return false;
      }
    }
    return true;
  }

  private readXrefSection(offset: number): PdfValue {
    const lex = new Lexer(this.s, offset);
    lex.skipWhite();
    if (lex.peekWord() !== 'xref') {
      // A cross-reference stream ("n g obj << /Type /XRef … >> stream") is PDF 1.5 compression.
      if (/^\d+\s+\d+\s+obj/.test(this.s.slice(lex.pos, lex.pos + 40))) {
        throw new MergeFailure('objectStreams', 'the file uses a cross-reference stream');
      }
      throw new ParseError('no xref table at startxref');
    }
    lex.readWord();
    for (;;) {
      lex.skipWhite();
      if (lex.peekWord() === 'trailer') break;
      const start = lex.readInt();
      const count = lex.readInt();
      if (!Number.isInteger(start) || !Number.isInteger(count)) throw new ParseError('bad xref subsection');
      for (let n = 0; n < count; n++) {
        const off = lex.readInt();
        const gen = lex.readInt();
        lex.skipWhite();
        const type = lex.readWord();
        if (!Number.isInteger(off) || !Number.isInteger(gen) || (type !== 'n' && type !== 'f')) {
          throw new ParseError('bad xref entry');
        }
        const k = key(start + n, gen);
        // Newer sections are read first and win over the ones /Prev points to.
        if (type === 'n' && !this.offsets.has(k) && !this.freed.has(start + n)) this.offsets.set(k, off);
        if (type === 'f' && start + n !== 0 && !this.offsets.has(k)) this.freed.add(start + n);
      }
    }
    lex.readWord();
    const trailer = lex.parseValue();
    if (trailer.k !== 'dict') throw new ParseError('trailer is not a dictionary');
    return trailer;
  }

  /** Repair path: find every "n g obj" in the file; a later definition wins, like an update. */
  private scanObjects(): void {
    this.offsets.clear();
    const re = /(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+obj\b/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.s))) {
      const before = m.index === 0 ? '\n' : this.s[m.index - 1];
      if (!isWhite(before)) continue;
      this.offsets.set(key(Number(m[1]), Number(m[2])), m.index);
      // Skip over a stream's data so its bytes are not taken for objects.
      try {
        const obj = this.parseObjectAt(m.index, Number(m[1]), Number(m[2]), true);
        if (obj.end > re.lastIndex) re.lastIndex = obj.end;
      } catch {
        // Not a real object after all; keep scanning.
      }
    }
    const at = this.s.lastIndexOf('trailer');
    if (at < 0) {
      if (/\/Type\s*\/XRef\b/.test(this.s))
        throw new MergeFailure('objectStreams', 'the file uses a cross-reference stream');
      throw new MergeFailure('unreadable', 'no cross-reference table or trailer found');
    }
    try {
      const lex = new Lexer(this.s, at + 'trailer'.length);
      this.trailer = lex.parseValue();
    } catch {
      throw new MergeFailure('unreadable', 'the trailer cannot be read');
    }
  }

  /** The object n g, or null when the file does not define it (a reference to it means null). */
  get(num: number, gen: number): PdfObject | null {
    const k = key(num, gen);
    if (this.cache.has(k)) return this.cache.get(k)!;
    const offset = this.offsets.get(k);
    let obj: PdfObject | null = null;
    if (offset !== undefined) {
      try {
        obj = this.parseObjectAt(offset, num, gen, false).obj;
      } catch (error) {
        if (error instanceof MergeFailure) throw error;
        throw new MergeFailure(
          'unreadable',
          `object ${num} ${gen}: ${error instanceof Error ? error.message : error}`,
        );
      }
    }
    if (obj && nameOf(dictGet(obj.value, 'Type')) === 'ObjStm') {
      throw new MergeFailure('objectStreams', 'the file uses object streams');
    }
    this.cache.set(k, obj);
    return obj;
  }

  resolve(value: PdfValue | undefined): PdfValue | undefined {
    for (let hops = 0; value && value.k === 'ref' && hops < 32; hops++) {
      value = this.get(value.num, value.gen)?.value;
    }
    return value && value.k === 'ref' ? undefined : value;
  }

  private parseObjectAt(
    offset: number,
    num: number,
    gen: number,
    scanning: boolean,
  ): { obj: PdfObject; end: number } {
    const lex = new Lexer(this.s, offset);
    if (lex.readInt() !== num) throw new ParseError(`object ${num} not at its offset`);
    if (lex.readInt() !== gen) throw new ParseError(`object ${num} has another generation`);
    lex.expectWord('obj');
    const value = lex.parseValue();
    lex.skipWhite();
    if (lex.peekWord() !== 'stream') {
      return { obj: { value }, end: lex.pos };
    }
    lex.readWord();
    // The data start after the EOL that follows "stream" (CRLF or LF; a lone CR is tolerated).
    let start = lex.pos;
    if (this.s.startsWith('\r\n', start)) start += 2;
    else if (this.s[start] === '\n' || this.s[start] === '\r') start += 1;
    const declared = this.streamLength(value, scanning);
    let end = -1;
    if (declared !== undefined && declared >= 0 && start + declared <= this.s.length) {
      const after = new Lexer(this.s, start + declared);
      after.skipWhite();
      if (after.peekWord() === 'endstream') end = start + declared;
    }
    if (end < 0) {
      // A wrong /Length: fall back to the endstream keyword, dropping the EOL before it.
      const found = this.s.indexOf('endstream', start);
      if (found < 0) throw new ParseError(`stream of object ${num} has no end`);
      end = found;
      if (this.s.slice(end - 2, end) === '\r\n') end -= 2;
      else if (this.s[end - 1] === '\n' || this.s[end - 1] === '\r') end -= 1;
      if (end < start) end = start;
    }
    const tail = new Lexer(this.s, end);
    tail.skipWhite();
    tail.readWord();
    return { obj: { value, stream: this.s.slice(start, end) }, end: tail.pos };
  }

  private streamLength(dict: PdfValue, scanning: boolean): number | undefined {
    const length = dictGet(dict, 'Length');
    if (!length) return undefined;
    if (length.k === 'ref') {
      // While scanning, other objects may not be known yet: the endstream fallback applies.
      if (scanning) return undefined;
      return intOf(this.get(length.num, length.gen)?.value);
    }
    return intOf(length);
  }

  /** Leaf pages in order, each with the attributes it inherits from the page tree. */
  pages(): { ref: { num: number; gen: number }; dict: PdfValue; inherited: DictEntry[] }[] {
    const root = this.resolve(dictGet(this.trailer, 'Root'));
    if (!root || root.k !== 'dict') throw new MergeFailure('unreadable', 'no document catalog (/Root)');
    const top = dictGet(root, 'Pages');
    if (!top || top.k !== 'ref') throw new MergeFailure('unreadable', 'the catalog has no page tree');
    const out: ReturnType<PdfFile['pages']> = [];
    const visited = new Set<string>();
    const walk = (ref: { num: number; gen: number }, inherited: DictEntry[], depth: number) => {
      const k = key(ref.num, ref.gen);
      if (visited.has(k) || depth > 64) throw new MergeFailure('unreadable', 'the page tree has a cycle');
      visited.add(k);
      const node = this.get(ref.num, ref.gen)?.value;
      if (!node || node.k !== 'dict') return;
      const kids = this.resolve(dictGet(node, 'Kids'));
      const type = nameOf(dictGet(node, 'Type'));
      if (type === 'Pages' || (type !== 'Page' && kids && kids.k === 'arr')) {
        const passDown = [...inherited.filter((e) => !dictGet(node, e.key))];
        for (const e of node.entries) if (INHERITABLE.includes(e.key)) passDown.push(e);
        if (kids && kids.k === 'arr') {
          for (const kid of kids.items) if (kid.k === 'ref') walk(kid, passDown, depth + 1);
        }
        return;
      }
      out.push({ ref, dict: node, inherited });
    };
    walk(top, [], 0);
    return out;
  }
}

const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];

// ---- merging --------------------------------------------------------------------------------

/**
 * Merges PDF files into one, pages in input order. Never throws for bad input: a file it
 * cannot take apart gives `{ ok: false, input, reason, detail }` (input is 0-based).
 */
export function mergePdfs(inputs: readonly PdfInput[]): MergeResult {
  if (inputs.length === 0) return { ok: false, input: -1, reason: 'noPages', detail: 'nothing to merge' };
  const objects: string[] = ['', '', ''];
  const kids: string[] = [];
  let version = 14;

  for (let i = 0; i < inputs.length; i++) {
    try {
      const file = new PdfFile(bytesToBinary(inputs[i]));
      version = Math.max(version, file.version);
      const pages = file.pages();
      if (pages.length === 0) throw new MergeFailure('noPages', 'the file has no pages');
      // New numbers in order of discovery; the page objects get theirs first.
      const numbers = new Map<string, number>();
      const queue: { num: number; gen: number }[] = [];
      const number = (num: number, gen: number): string => {
        const k = key(num, gen);
        let n = numbers.get(k);
        if (n === undefined) {
          if (!file.get(num, gen)) return 'null';
          n = objects.length;
          objects.push('');
          numbers.set(k, n);
          queue.push({ num, gen });
        }
        return `${n} 0 R`;
      };
      const pageKeys = new Set(pages.map((p) => key(p.ref.num, p.ref.gen)));
      for (const page of pages) kids.push(number(page.ref.num, page.ref.gen));
      const inheritedOf = new Map(pages.map((p) => [key(p.ref.num, p.ref.gen), p.inherited]));

      while (queue.length) {
        const { num, gen } = queue.shift()!;
        const k = key(num, gen);
        const obj = file.get(num, gen)!;
        let value = obj.value;
        if (pageKeys.has(k) && value.k === 'dict') {
          const own = value.entries.filter((e) => e.key !== 'Parent');
          const added = inheritedOf.get(k)!.filter((e) => !own.some((o) => o.key === e.key));
          value = {
            k: 'dict',
            entries: [
              { key: 'Parent', raw: '/Parent', value: { k: 'ref', num: -2, gen: 0 } },
              ...own,
              ...added,
            ],
          };
        }
        if (obj.stream !== undefined && value.k === 'dict') {
          // The length is written out directly; an indirect length object is no longer needed.
          value = {
            k: 'dict',
            entries: [
              ...value.entries.filter((e) => e.key !== 'Length'),
              { key: 'Length', raw: '/Length', value: { k: 'atom', raw: String(obj.stream.length) } },
            ],
          };
        }
        const body = serialize(value, (n, g) => (n === -2 ? '2 0 R' : number(n, g)));
        const n = numbers.get(k)!;
        objects[n] =
          obj.stream === undefined
            ? `${n} 0 obj\n${body}\nendobj\n`
            : `${n} 0 obj\n${body}\nstream\n${obj.stream}\nendstream\nendobj\n`;
      }
    } catch (error) {
      if (error instanceof MergeFailure)
        return { ok: false, input: i, reason: error.reason, detail: error.message };
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, input: i, reason: 'unreadable', detail };
    }
  }

  objects[1] = `1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n`;
  objects[2] = `2 0 obj\n<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>\nendobj\n`;
  return { ok: true, pdf: assemble(objects, version), pageCount: kids.length };
}

/** Header, objects 1…n with their exact offsets in a classic xref table, trailer. */
function assemble(objects: string[], version: number): string {
  const parts: string[] = [`%PDF-${Math.floor(version / 10)}.${version % 10}\n%\u00e2\u00e3\u00cf\u00d3\n`];
  let offset = parts[0].length;
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = offset;
    parts.push(objects[n]);
    offset += objects[n].length;
  }
  const xref = [`xref\n0 ${objects.length}\n0000000000 65535 f \n`];
  for (let n = 1; n < objects.length; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  parts.push(xref.join(''));
  parts.push(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`);
  return parts.join('');
}

/** Page count of a PDF this module can read (for checks and tests); null when it cannot. */
export function countPages(input: PdfInput): number | null {
  try {
    return new PdfFile(bytesToBinary(input)).pages().length;
  } catch {
    return null;
  }
}
