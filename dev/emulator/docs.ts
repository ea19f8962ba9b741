// The Docs v1 advanced service (global `Docs`), emulated over the shared in-memory Drive.
//
// A document is held as one flat array of UTF-16 code units per segment (body, each
// header, each footer). That makes the API's index arithmetic exact by construction:
// API index = segment base + array position, where the body's base is 1 (index 0 is the
// section break) and headers/footers start at 0. A page break is one unit ('\f', which the
// API strips from inserted text, so it can never be user text) and every '\n' unit carries
// the paragraph style of the paragraph it ends. The API's JSON (paragraphs, text runs,
// start/end indexes) is derived from that array on every `get`.
//
// Faithful details the add-on must cope with in production, kept on purpose:
// - zero-valued fields are omitted like proto3 JSON does: the first element of a header has
//   no `startIndex`, and replaceAllText with no match replies `{ replaceAllText: {} }`;
// - a batchUpdate is all or nothing; errors name the failing request as
//   `Invalid requests[i].<kind>: …`;
// - new documents get the account's default page (US Letter here), so a template that
//   wants A4 landscape has to say so with updateDocumentStyle.
// Tables (insertTable) are held in the same flat array as four marker units, each taking
// the one index the API gives it: TABLE_START at the table's startIndex, ROW_START at each
// row's, CELL_START at each cell's, and TABLE_END, the last index inside the table (so the
// table's endIndex is where the next paragraph starts). With empty cells this gives exactly
// the offsets of Google's "Work with tables" guide for a 2x2 table at S: table S..S+12,
// rows S+1..S+6 and S+6..S+11, cells S+2..S+4, S+4..S+6, S+7..S+9, S+9..S+11, each cell's
// paragraph 1 after the cell's start. The markers are control characters, which the API
// strips from inserted text, so they can never be user text.
// Not emulated: nested tables, table edits (insert/delete rows or columns, cell styles,
// merges, deleting a table), lists, images, named ranges, suggestions, tabs, footnotes,
// first-page/even-page headers, writeControl, updateNamedStyle.

import type { CallLog } from './calls';
import type { DriveStore } from './drive';

type Json = Record<string, unknown>;
export type DocumentJson = GoogleAppsScript.Docs.Schema.Document;

/** The replies this emulator gives; every other request replies `{}`. */
export type BatchUpdateReply = {
  replaceAllText?: { occurrencesChanged?: number };
  createHeader?: { headerId: string };
  createFooter?: { footerId: string };
};

/** One UTF-16 code unit of a segment. `para` is set exactly on '\n' units. */
interface Unit {
  ch: string;
  style: Json;
  para?: Json;
}

const PAGE_BREAK = '\f';
const TABLE_START = '\u001c';
const TABLE_END = '\u001d';
const ROW_START = '\u001e';
const CELL_START = '\u001f';
const isMarker = (ch: string | undefined): boolean =>
  ch === TABLE_START || ch === TABLE_END || ch === ROW_START || ch === CELL_START;
/** True when a text match would span a paragraph end, a page break or table structure. */
const spansBoundary = (text: string): boolean =>
  [...text].some((ch) => ch === '\n' || ch === PAGE_BREAK || isMarker(ch));
const BODY = '';

/** An error the real API would answer with; the service wraps it in the Apps Script form. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** What an advanced service throws in Apps Script: "API call to <method> failed with error: …". */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };
  constructor(method: string, code: number, message: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

/** Runs an API method body, turning ApiError into what the script would catch. */
export function asApiCall<T>(method: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof ApiError) throw new GoogleJsonResponseException(method, e.code, e.message);
    throw e;
  }
}

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

/** US Letter portrait: what a new document gets unless the account says otherwise. */
export const LETTER = { width: 612, height: 792 };

function defaultDocumentStyle(page: { width: number; height: number }): Json {
  return {
    background: { color: {} },
    pageNumberStart: 1,
    marginTop: pt(72),
    marginBottom: pt(72),
    marginRight: pt(72),
    marginLeft: pt(72),
    pageSize: { height: pt(page.height), width: pt(page.width) },
    marginHeader: pt(36),
    marginFooter: pt(36),
    useCustomHeaderFooterMargins: true,
    documentFormat: { documentMode: 'PAGES' },
  };
}

const DEFAULT_PARAGRAPH: Json = { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };

/** Font sizes of Docs' default named styles; renderers fall back to these. */
export const NAMED_STYLE_FONT_SIZE: Record<string, number> = {
  NORMAL_TEXT: 11,
  TITLE: 26,
  SUBTITLE: 15,
  HEADING_1: 20,
  HEADING_2: 16,
  HEADING_3: 14,
  HEADING_4: 12,
  HEADING_5: 11,
  HEADING_6: 11,
};

function namedStyles(): Json {
  return {
    styles: Object.entries(NAMED_STYLE_FONT_SIZE).map(([namedStyleType, size]) => ({
      namedStyleType,
      textStyle: {
        fontSize: pt(size),
        weightedFontFamily: { fontFamily: 'Arial', weight: 400 },
        ...(namedStyleType === 'SUBTITLE'
          ? { foregroundColor: { color: { rgbColor: { red: 0.4, green: 0.4, blue: 0.4 } } } }
          : {}),
      },
      paragraphStyle: { ...DEFAULT_PARAGRAPH, namedStyleType, alignment: 'START' },
    })),
  };
}

const TEXT_STYLE_FIELDS = new Set([
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'backgroundColor',
  'foregroundColor',
  'fontSize',
  'weightedFontFamily',
  'baselineOffset',
  'link',
]);
const PARAGRAPH_STYLE_FIELDS = new Set([
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'pageBreakBefore',
]);
const DOCUMENT_STYLE_FIELDS = new Set([
  'background',
  'useFirstPageHeaderFooter',
  'useEvenPageHeaderFooter',
  'pageNumberStart',
  'marginTop',
  'marginBottom',
  'marginRight',
  'marginLeft',
  'pageSize',
  'marginHeader',
  'marginFooter',
  'useCustomHeaderFooterMargins',
  'flipPageOrientation',
  'documentFormat',
]);
const ENUMS: Record<string, string[]> = {
  alignment: ['START', 'CENTER', 'END', 'JUSTIFIED'],
  namedStyleType: Object.keys(NAMED_STYLE_FONT_SIZE),
  direction: ['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT'],
  baselineOffset: ['NONE', 'SUPERSCRIPT', 'SUBSCRIPT'],
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Order-insensitive equality of JSON values, to merge neighbouring units into one run. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a as Json);
  const kb = Object.keys(b as Json);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Json)[k], (b as Json)[k]));
}

/**
 * Applies a field mask ("bold,fontSize", "pageSize.width" or "*"): listed fields are copied
 * from `source`, and a listed field absent from `source` is cleared, as the API documents.
 */
function applyMask(target: Json, source: Json, fields: unknown, allowed: Set<string>, where: string): Json {
  if (typeof fields !== 'string' || fields.trim() === '') {
    throw new ApiError(400, `${where}: At least one field must be listed in 'fields'.`);
  }
  const out = clone(target);
  const paths =
    fields.trim() === '*'
      ? [...allowed]
      : fields
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
  for (const path of paths) {
    const parts = path.split('.');
    if (!allowed.has(parts[0])) throw new ApiError(400, `${where}: Invalid field: ${path}`);
    let src: unknown = source;
    for (const p of parts) src = src && typeof src === 'object' ? (src as Json)[p] : undefined;
    let dst = out;
    for (const p of parts.slice(0, -1)) {
      if (typeof dst[p] !== 'object' || dst[p] === null) dst[p] = {};
      dst = dst[p] as Json;
    }
    const last = parts[parts.length - 1];
    if (src === undefined) delete dst[last];
    else dst[last] = clone(src);
  }
  return out;
}

/** Rejects enum values the API would refuse while parsing the request. */
function checkEnums(style: Json, where: string): void {
  for (const [field, values] of Object.entries(ENUMS)) {
    const v = style[field];
    if (v !== undefined && !values.includes(v as string)) {
      throw new ApiError(400, `Invalid value at '${where}.${field}', "${String(v)}"`);
    }
  }
}

function isHigh(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdbff;
}
function isLow(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0xdc00 && ch.charCodeAt(0) <= 0xdfff;
}

/** Control characters and BMP private-use characters are stripped from inserted text. */
function stripInserted(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const stripped = c <= 0x08 || (c >= 0x0c && c <= 0x1f) || (c >= 0xe000 && c <= 0xf8ff);
    if (!stripped) out += text[i];
  }
  return out;
}

/** Case folding that keeps one code unit per code unit, so match offsets stay exact. */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.length > 1) {
      out += ch;
      continue;
    }
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

interface Segment {
  id: string;
  kind: 'body' | 'header' | 'footer';
  base: number;
  units: Unit[];
}

function emptySegmentUnits(): Unit[] {
  return [{ ch: '\n', style: {}, para: { ...DEFAULT_PARAGRAPH } }];
}

export class DocModel {
  body: Unit[];
  headers = new Map<string, Unit[]>();
  footers = new Map<string, Unit[]>();
  documentStyle: Json;
  revision = 1;
  /** Seed for header/footer ids, so ids are deterministic per document. */
  private idSeq = 0;

  constructor(page = LETTER) {
    this.body = emptySegmentUnits();
    this.documentStyle = defaultDocumentStyle(page);
  }

  clone(): DocModel {
    const c = new DocModel();
    c.body = this.body.map((u) => ({ ...u }));
    for (const [id, us] of this.headers)
      c.headers.set(
        id,
        us.map((u) => ({ ...u })),
      );
    for (const [id, us] of this.footers)
      c.footers.set(
        id,
        us.map((u) => ({ ...u })),
      );
    c.documentStyle = clone(this.documentStyle);
    c.revision = this.revision;
    c.idSeq = this.idSeq;
    return c;
  }

  // ---- reading --------------------------------------------------------------------------

  /** The API's JSON for this document (a fresh object each time). */
  toJSON(documentId: string, title: string): DocumentJson {
    const headers: Json = {};
    for (const [id, us] of this.headers) headers[id] = { headerId: id, content: contentJson(us, 0) };
    const footers: Json = {};
    for (const [id, us] of this.footers) footers[id] = { footerId: id, content: contentJson(us, 0) };
    const doc: Json = {
      title,
      body: {
        content: [
          {
            endIndex: 1,
            sectionBreak: {
              sectionStyle: {
                columnSeparatorStyle: 'NONE',
                contentDirection: 'LEFT_TO_RIGHT',
                sectionType: 'CONTINUOUS',
              },
            },
          },
          ...contentJson(this.body, 1),
        ],
      },
      documentStyle: clone(this.documentStyle),
      namedStyles: namedStyles(),
      revisionId: `emu-rev-${this.revision}`,
      suggestionsViewMode: 'SUGGESTIONS_INLINE',
      documentId,
    };
    if (this.headers.size) doc.headers = headers;
    if (this.footers.size) doc.footers = footers;
    return doc as DocumentJson;
  }

  /** Rebuilds a model from the API's JSON (what toJSON gives), e.g. for a saved store. */
  static fromJSON(json: DocumentJson): DocModel {
    const m = new DocModel();
    const j = json as Json;
    m.documentStyle = clone((j.documentStyle as Json) ?? m.documentStyle);
    const content = ((j.body as Json)?.content as Json[]) ?? [];
    m.body = unitsFromContent(content.filter((c) => !c.sectionBreak));
    for (const [id, h] of Object.entries((j.headers as Record<string, Json>) ?? {})) {
      m.headers.set(id, unitsFromContent(h.content as Json[]));
    }
    for (const [id, f] of Object.entries((j.footers as Record<string, Json>) ?? {})) {
      m.footers.set(id, unitsFromContent(f.content as Json[]));
    }
    const rev = /(\d+)$/.exec(String(j.revisionId ?? ''));
    m.revision = rev ? Number(rev[1]) : 1;
    m.idSeq = m.headers.size + m.footers.size;
    return m;
  }

  /**
   * Every segment's text: body (page breaks as '\f'), then headers, then footers. A table
   * gives one line per row with its cells separated by '\t' (a cell of several paragraphs
   * keeps its inner '\n's).
   */
  plainText(): string {
    return [this.body, ...this.headers.values(), ...this.footers.values()].map(segmentText).join('');
  }

  // ---- writing --------------------------------------------------------------------------

  /**
   * Applies a batch in order and returns the replies. Mutates this model, so callers apply
   * to a clone and keep it only if every request succeeded (the API is atomic).
   */
  applyBatch(requests: unknown): Json[] {
    if (!Array.isArray(requests) || requests.length === 0) {
      throw new ApiError(400, 'Invalid requests: must contain at least one request.');
    }
    const replies = requests.map((req, i) => this.applyOne(req as Json, i));
    this.revision += 1;
    return replies;
  }

  private applyOne(req: Json, i: number): Json {
    const kinds = Object.keys(req ?? {});
    if (kinds.length !== 1) {
      throw new ApiError(
        400,
        kinds.length === 0
          ? `Invalid requests[${i}]: no request kind given.`
          : `Invalid requests[${i}]: exactly one request kind per request, got ${kinds.join(', ')}.`,
      );
    }
    const kind = kinds[0];
    const body = (req[kind] ?? {}) as Json;
    const where = `Invalid requests[${i}].${kind}`;
    switch (kind) {
      case 'insertText':
        return this.insertText(body, where);
      case 'replaceAllText':
        return this.replaceAllText(body, where);
      case 'deleteContentRange':
        return this.deleteContentRange(body, where);
      case 'updateTextStyle':
        return this.updateTextStyle(body, where, `requests[${i}].update_text_style.text_style`);
      case 'updateParagraphStyle':
        return this.updateParagraphStyle(
          body,
          where,
          `requests[${i}].update_paragraph_style.paragraph_style`,
        );
      case 'updateDocumentStyle':
        return this.updateDocumentStyle(body, where);
      case 'createHeader':
        return this.createHeaderFooter(body, where, 'header');
      case 'createFooter':
        return this.createHeaderFooter(body, where, 'footer');
      case 'insertPageBreak':
        return this.insertPageBreak(body, where);
      case 'insertTable':
        return this.insertTable(body, where);
      case 'updateTableColumnProperties':
        return this.updateTableColumnProperties(body, where);
      default:
        throw new ApiError(
          400,
          `${where}: the emulator does not support this request kind ('${kind}'). ` +
            'Supported: insertText, replaceAllText, deleteContentRange, updateTextStyle, ' +
            'updateParagraphStyle, updateDocumentStyle, createHeader, createFooter, insertPageBreak, ' +
            'insertTable, updateTableColumnProperties.',
        );
    }
  }

  private segment(segmentId: unknown, where: string): Segment {
    const id = segmentId === undefined || segmentId === null ? BODY : String(segmentId);
    if (id === BODY) return { id, kind: 'body', base: 1, units: this.body };
    const header = this.headers.get(id);
    if (header) return { id, kind: 'header', base: 0, units: header };
    const footer = this.footers.get(id);
    if (footer) return { id, kind: 'footer', base: 0, units: footer };
    throw new ApiError(400, `${where}: Segment with ID ${id} was not found.`);
  }

  /** Resolves `location` or `endOfSegmentLocation` to a segment and array position. */
  private insertionPoint(body: Json, where: string): { seg: Segment; pos: number } {
    const loc = body.location as Json | undefined;
    const end = body.endOfSegmentLocation as Json | undefined;
    if (!!loc === !!end) {
      throw new ApiError(400, `${where}: exactly one of location or endOfSegmentLocation must be set.`);
    }
    if (end) {
      const seg = this.segment(end.segmentId, where);
      return { seg, pos: seg.units.length - 1 };
    }
    const seg = this.segment(loc!.segmentId, where);
    const index = loc!.index;
    if (typeof index !== 'number' || !Number.isInteger(index)) {
      throw new ApiError(400, `${where}: location.index must be an integer.`);
    }
    const segEnd = seg.base + seg.units.length;
    if (index < seg.base) {
      throw new ApiError(
        400,
        `${where}: The insertion index must be inside the bounds of an existing paragraph. ` +
          'You can still create new paragraphs by inserting newlines.',
      );
    }
    if (index >= segEnd) {
      throw new ApiError(
        400,
        `${where}: Index ${index} must be less than the end index of the referenced segment, ${segEnd}.`,
      );
    }
    const pos = index - seg.base;
    if (isMarker(seg.units[pos].ch)) {
      // A table's, row's or cell's own index (e.g. between a table and the paragraph before it).
      throw new ApiError(
        400,
        `${where}: The insertion index must be inside the bounds of an existing paragraph. ` +
          'You can still create new paragraphs by inserting newlines.',
      );
    }
    if (isHigh(seg.units[pos - 1]?.ch) && isLow(seg.units[pos]?.ch)) {
      throw new ApiError(400, `${where}: The insertion index cannot be within a surrogate pair.`);
    }
    return { seg, pos };
  }

  /** Validates an API range and returns array positions [from, to). */
  private rangePositions(
    range: Json | undefined,
    where: string,
    opts: { allowFinalNewline: boolean },
  ): { seg: Segment; from: number; to: number } {
    if (!range) throw new ApiError(400, `${where}: range must be set.`);
    const seg = this.segment(range.segmentId, where);
    const { startIndex, endIndex } = range;
    if (!Number.isInteger(startIndex) || !Number.isInteger(endIndex)) {
      throw new ApiError(400, `${where}: range.startIndex and range.endIndex must be set.`);
    }
    const start = startIndex as number;
    const end = endIndex as number;
    if (start >= end) {
      throw new ApiError(
        400,
        `${where}: The range must not be empty: startIndex ${start} must be less than endIndex ${end}.`,
      );
    }
    if (start < seg.base) {
      throw new ApiError(400, `${where}: Index ${start} must be greater than or equal to ${seg.base}.`);
    }
    const segEnd = seg.base + seg.units.length;
    if (end > segEnd) {
      throw new ApiError(
        400,
        `${where}: Index ${end - 1} must be less than the end index of the referenced segment, ${segEnd}.`,
      );
    }
    if (!opts.allowFinalNewline && end === segEnd) {
      throw new ApiError(
        400,
        `${where}: The range cannot include the newline character at the end of the segment.`,
      );
    }
    const from = start - seg.base;
    const to = end - seg.base;
    for (const p of [from, to]) {
      if (isHigh(seg.units[p - 1]?.ch) && isLow(seg.units[p]?.ch)) {
        throw new ApiError(400, `${where}: The range cannot split a surrogate pair.`);
      }
    }
    return { seg, from, to };
  }

  /** The paragraph style of the paragraph containing array position `pos`. */
  private static paragraphAt(units: Unit[], pos: number): Json {
    for (let p = pos; p < units.length; p++) if (units[p].ch === '\n') return units[p].para!;
    return DEFAULT_PARAGRAPH;
  }

  /**
   * Inserts text at `pos`. New text takes the style of the character before it in the same
   * paragraph (or the one after at a paragraph start), as typing in Docs does; each new '\n'
   * starts a paragraph with the style of the paragraph it splits.
   */
  private static insertUnits(units: Unit[], pos: number, text: string, style?: Json): void {
    const before =
      pos > 0 && units[pos - 1].ch !== '\n' && !isMarker(units[pos - 1].ch) ? units[pos - 1] : undefined;
    const inherited = style ?? (before ?? units[pos]).style;
    const para = DocModel.paragraphAt(units, pos);
    const fresh: Unit[] = [];
    for (let k = 0; k < text.length; k++) {
      const ch = text[k];
      fresh.push(ch === '\n' ? { ch, style: inherited, para: { ...para } } : { ch, style: inherited });
    }
    units.splice(pos, 0, ...fresh);
  }

  private insertText(body: Json, where: string): Json {
    if (typeof body.text !== 'string') throw new ApiError(400, `${where}: text must be set.`);
    const { seg, pos } = this.insertionPoint(body, where);
    const text = stripInserted(body.text);
    if (text.length > 0) DocModel.insertUnits(seg.units, pos, text);
    return {};
  }

  private insertPageBreak(body: Json, where: string): Json {
    const { seg, pos } = this.insertionPoint(body, where);
    if (seg.kind !== 'body') {
      throw new ApiError(400, `${where}: Page breaks can only be inserted in the body.`);
    }
    if (insideTable(seg.units, pos)) {
      throw new ApiError(400, `${where}: Page breaks cannot be inserted inside a table.`);
    }
    DocModel.insertUnits(seg.units, pos, PAGE_BREAK + '\n');
    return {};
  }

  /**
   * insertTable: a newline is inserted at the location (so the table starts at index + 1,
   * as the reference says), then the table with every cell holding one empty paragraph.
   * At endOfSegmentLocation the newline goes before the segment's final newline, so the
   * table sits between the last paragraph and a new empty last paragraph.
   * Guesses: cell paragraphs are NORMAL_TEXT with no text style whatever the paragraph split
   * was; the style objects in the JSON are a small subset of what Google returns.
   */
  private insertTable(body: Json, where: string): Json {
    const { rows, columns } = body;
    if (
      !Number.isInteger(rows) ||
      (rows as number) < 1 ||
      !Number.isInteger(columns) ||
      (columns as number) < 1
    ) {
      throw new ApiError(400, `${where}: rows and columns must be positive integers.`);
    }
    const { seg, pos } = this.insertionPoint(body, where);
    if (insideTable(seg.units, pos)) {
      throw new ApiError(400, `${where}: the emulator does not support nested tables.`);
    }
    DocModel.insertUnits(seg.units, pos, '\n');
    const table: Unit[] = [{ ch: TABLE_START, style: {} }];
    for (let r = 0; r < (rows as number); r++) {
      table.push({ ch: ROW_START, style: {} });
      for (let c = 0; c < (columns as number); c++) {
        table.push({ ch: CELL_START, style: {} }, { ch: '\n', style: {}, para: { ...DEFAULT_PARAGRAPH } });
      }
    }
    table.push({ ch: TABLE_END, style: {} });
    seg.units.splice(pos + 1, 0, ...table);
    return {};
  }

  /**
   * updateTableColumnProperties (Docs API reference, UpdateTableColumnPropertiesRequest): the
   * table is named by its start index; columnIndices are zero-based, none = every column;
   * `fields` is required ('*' for all); a width under 5 points is a 400 error.
   */
  private updateTableColumnProperties(body: Json, where: string): Json {
    const loc = (body.tableStartLocation ?? {}) as Json;
    const seg = this.segment(loc.segmentId, where);
    const index = loc.index;
    if (typeof index !== 'number' || !Number.isInteger(index)) {
      throw new ApiError(400, `${where}: tableStartLocation.index must be an integer.`);
    }
    const pos = index - seg.base;
    const start = seg.units[pos];
    if (!start || start.ch !== TABLE_START) {
      throw new ApiError(
        400,
        `${where}: Invalid table start location. Must specify the start index of the table.`,
      );
    }
    let columns = 0;
    // TABLE_START, ROW_START, then the first row's cells up to the next row (or the end).
    for (
      let p = pos + 2;
      seg.units[p] && seg.units[p].ch !== ROW_START && seg.units[p].ch !== TABLE_END;
      p++
    ) {
      if (seg.units[p].ch === CELL_START) columns++;
    }
    const fields =
      typeof body.fields === 'string'
        ? body.fields
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean)
        : [];
    if (fields.length === 0) throw new ApiError(400, `${where}: fields must be specified.`);
    const names = fields.includes('*') ? ['width', 'widthType'] : fields;
    for (const f of names) {
      if (f !== 'width' && f !== 'widthType') throw new ApiError(400, `${where}: Invalid field: ${f}`);
    }
    const props = (body.tableColumnProperties ?? {}) as Json;
    const width = props.width as Json | undefined;
    if (names.includes('width') && width) {
      if (typeof width.magnitude !== 'number' || width.unit !== 'PT')
        throw new ApiError(400, `${where}: width must be a magnitude in PT.`);
      if (width.magnitude < 5)
        throw new ApiError(400, `${where}: The column width must be at least 5 points.`);
    }
    const indices =
      Array.isArray(body.columnIndices) && body.columnIndices.length > 0
        ? (body.columnIndices as unknown[])
        : Array.from({ length: columns }, (_, i) => i);
    for (const i of indices) {
      if (!Number.isInteger(i) || (i as number) < 0 || (i as number) >= columns)
        throw new ApiError(400, `${where}: column index ${String(i)} is out of range.`);
    }
    const current: Json[] = (
      (start.style.columnProperties as Json[] | undefined) ??
      Array.from({ length: columns }, (): Json => ({ widthType: 'EVENLY_DISTRIBUTED' }))
    ).map((c): Json => ({ ...c }));
    for (const i of indices as number[]) {
      for (const f of names) {
        if (props[f] === undefined) delete current[i][f];
        else current[i][f] = clone(props[f] as Json);
      }
    }
    seg.units[pos] = { ...start, style: { ...start.style, columnProperties: current } };
    return {};
  }

  private deleteContentRange(body: Json, where: string): Json {
    const { seg, from, to } = this.rangePositions(body.range as Json, where, {
      allowFinalNewline: false,
    });
    for (let p = from; p < to; p++) {
      const u = seg.units[p];
      if (isMarker(u.ch)) {
        throw new ApiError(
          400,
          `${where}: the emulator cannot delete table structure (a range must not span a table's edge).`,
        );
      }
      // Emulator wording; the API refuses these too (a cell's last newline, the one before a table).
      if (u.ch === '\n' && isMarker(seg.units[p + 1]?.ch)) {
        throw new ApiError(
          400,
          `${where}: The range cannot delete the newline at the end of a table cell or before a table.`,
        );
      }
    }
    // Merging paragraphs keeps the first one's style, like deleting across them in Docs.
    const firstDeletedBreak = seg.units.slice(from, to).find((u) => u.ch === '\n');
    seg.units.splice(from, to - from);
    if (firstDeletedBreak) {
      const survivor = seg.units.findIndex((u, p) => p >= from && u.ch === '\n');
      seg.units[survivor] = { ...seg.units[survivor], para: firstDeletedBreak.para };
    }
    return {};
  }

  private replaceAllText(body: Json, where: string): Json {
    const contains = (body.containsText ?? {}) as Json;
    const needle = contains.text;
    if (typeof needle !== 'string' || needle.length === 0) {
      throw new ApiError(400, `${where}: containsText.text must not be empty.`);
    }
    const replacement = stripInserted(typeof body.replaceText === 'string' ? body.replaceText : '');
    const matchCase = contains.matchCase === true;
    const key = matchCase ? needle : fold(needle);
    let changed = 0;
    for (const units of [this.body, ...this.headers.values(), ...this.footers.values()]) {
      const hay = units.map((u) => u.ch).join('');
      const searchable = matchCase ? hay : fold(hay);
      const starts: number[] = [];
      let from = 0;
      for (let at = searchable.indexOf(key); at >= 0; at = searchable.indexOf(key, from)) {
        // A match never spans paragraphs, page breaks or cells; matches do not overlap.
        if (spansBoundary(hay.slice(at, at + key.length))) {
          from = at + 1;
        } else {
          starts.push(at);
          from = at + key.length;
        }
      }
      // Replace from the end so earlier positions stay valid.
      for (const at of starts.reverse()) {
        const style = units[at].style;
        units.splice(at, key.length);
        if (replacement) DocModel.insertUnits(units, at, replacement, style);
      }
      changed += starts.length;
    }
    return { replaceAllText: changed ? { occurrencesChanged: changed } : {} };
  }

  private updateTextStyle(body: Json, where: string, enumWhere: string): Json {
    const style = (body.textStyle ?? {}) as Json;
    checkEnums(style, enumWhere);
    checkFontSize(style, where);
    const { seg, from, to } = this.rangePositions(body.range as Json, where, {
      allowFinalNewline: true,
    });
    // Units that shared a style object keep sharing the restyled one (cheap runs).
    const restyled = new Map<Json, Json>();
    for (let p = from; p < to; p++) {
      const old = seg.units[p].style;
      if (!restyled.has(old)) restyled.set(old, applyMask(old, style, body.fields, TEXT_STYLE_FIELDS, where));
      seg.units[p] = { ...seg.units[p], style: restyled.get(old)! };
    }
    return {};
  }

  private updateParagraphStyle(body: Json, where: string, enumWhere: string): Json {
    const style = (body.paragraphStyle ?? {}) as Json;
    checkEnums(style, enumWhere);
    const { seg, from, to } = this.rangePositions(body.range as Json, where, {
      allowFinalNewline: true,
    });
    // Every paragraph the range touches: from the one containing `from` to the one
    // containing `to - 1`, i.e. up to and including the next '\n' at or after to - 1.
    // A range ending on a table's structure does not reach into the table.
    let last = to - 1;
    while (seg.units[last].ch !== '\n' && !isMarker(seg.units[last].ch)) last++;
    for (let p = from; p <= last; p++) {
      const u = seg.units[p];
      if (u.ch !== '\n') continue;
      const para = applyMask(u.para!, style, body.fields, PARAGRAPH_STYLE_FIELDS, where);
      seg.units[p] = { ...u, para };
    }
    return {};
  }

  private updateDocumentStyle(body: Json, where: string): Json {
    const style = (body.documentStyle ?? {}) as Json;
    const size = style.pageSize as Json | undefined;
    for (const side of ['width', 'height']) {
      const dim = size?.[side] as Json | undefined;
      if (dim && (typeof dim.magnitude !== 'number' || dim.magnitude <= 0 || dim.unit !== 'PT')) {
        throw new ApiError(400, `${where}: pageSize.${side} must be a positive magnitude in PT.`);
      }
    }
    this.documentStyle = applyMask(this.documentStyle, style, body.fields, DOCUMENT_STYLE_FIELDS, where);
    return {};
  }

  private createHeaderFooter(body: Json, where: string, kind: 'header' | 'footer'): Json {
    if (body.type !== 'DEFAULT') {
      throw new ApiError(400, `${where}: type must be DEFAULT (got ${String(body.type)}).`);
    }
    const loc = body.sectionBreakLocation as Json | undefined;
    if (loc && (loc.index ?? 0) !== 0) {
      throw new ApiError(
        400,
        `${where}: the emulator has one section; sectionBreakLocation.index must be 0.`,
      );
    }
    const key = kind === 'header' ? 'defaultHeaderId' : 'defaultFooterId';
    if (this.documentStyle[key]) {
      throw new ApiError(400, `${where}: A default ${kind} already exists.`);
    }
    this.idSeq += 1;
    const id = `kix.emu${kind[0]}${this.idSeq.toString(36).padStart(8, '0')}`;
    (kind === 'header' ? this.headers : this.footers).set(id, emptySegmentUnits());
    this.documentStyle[key] = id;
    return kind === 'header' ? { createHeader: { headerId: id } } : { createFooter: { footerId: id } };
  }
}

function checkFontSize(style: Json, where: string): void {
  const size = style.fontSize as Json | undefined;
  if (size && (typeof size.magnitude !== 'number' || size.magnitude <= 0 || size.unit !== 'PT')) {
    throw new ApiError(400, `${where}: fontSize must be a positive magnitude in PT.`);
  }
}

/** True when array position `pos` lies inside a table. */
function insideTable(units: Unit[], pos: number): boolean {
  let depth = 0;
  for (let p = 0; p < pos; p++) {
    if (units[p].ch === TABLE_START) depth++;
    else if (units[p].ch === TABLE_END) depth--;
  }
  return depth > 0;
}

/** Text of one segment, tables as tab-separated cells and one line per row. */
function segmentText(units: Unit[]): string {
  let out = '';
  let firstCell = false;
  for (let p = 0; p < units.length; p++) {
    const ch = units[p].ch;
    if (ch === TABLE_START || ch === TABLE_END) continue;
    if (ch === ROW_START) {
      firstCell = true;
    } else if (ch === CELL_START) {
      if (!firstCell) out += '\t';
      firstCell = false;
    } else if (ch === '\n' && units[p + 1]?.ch === CELL_START) {
      // a cell's last newline: the next cell's tab follows
    } else {
      out += ch;
    }
  }
  return out;
}

const at = (i: number) => (i === 0 ? {} : { startIndex: i });

/** One paragraph: array positions from..last, where `last` is its '\n'. */
function paragraphJson(units: Unit[], base: number, from: number, last: number): Json {
  const elements: Json[] = [];
  let runStart = from;
  for (let q = from; q <= last; q++) {
    const u = units[q];
    if (u.ch === PAGE_BREAK) {
      elements.push({ ...at(base + q), endIndex: base + q + 1, pageBreak: { textStyle: clone(u.style) } });
      runStart = q + 1;
      continue;
    }
    const next = units[q + 1];
    const runEnds = q === last || next.ch === PAGE_BREAK || !sameJson(next.style, u.style);
    if (runEnds) {
      const content = units
        .slice(runStart, q + 1)
        .map((x) => x.ch)
        .join('');
      elements.push({
        ...at(base + runStart),
        endIndex: base + q + 1,
        textRun: { content, textStyle: clone(u.style) },
      });
      runStart = q + 1;
    }
  }
  return {
    ...at(base + from),
    endIndex: base + last + 1,
    paragraph: { elements, paragraphStyle: clone(units[last].para ?? DEFAULT_PARAGRAPH) },
  };
}

/** A table starting at array position `start` (its TABLE_START); returns its JSON and the position after it. */
function tableJson(units: Unit[], base: number, start: number): { json: Json; next: number } {
  let p = start + 1;
  const tableRows: Json[] = [];
  while (units[p].ch === ROW_START) {
    const rowStart = p++;
    const tableCells: Json[] = [];
    while (units[p].ch === CELL_START) {
      const cellStart = p++;
      while (units[p].ch !== CELL_START && units[p].ch !== ROW_START && units[p].ch !== TABLE_END) p++;
      tableCells.push({
        startIndex: base + cellStart,
        endIndex: base + p,
        content: contentJson(units, base, cellStart + 1, p),
        tableCellStyle: { rowSpan: 1, columnSpan: 1 },
      });
    }
    tableRows.push({ startIndex: base + rowStart, endIndex: base + p, tableCells, tableRowStyle: {} });
  }
  // units[p] is TABLE_END: the table's last index.
  const columns = (tableRows[0]?.tableCells as Json[] | undefined)?.length ?? 0;
  const json = {
    ...at(base + start),
    endIndex: base + p + 1,
    table: {
      rows: tableRows.length,
      columns,
      tableRows,
      tableStyle: {
        tableColumnProperties:
          (units[start].style.columnProperties as Json[] | undefined)?.map((c) => clone(c)) ??
          Array.from({ length: columns }, () => ({ widthType: 'EVENLY_DISTRIBUTED' })),
      },
    },
  };
  return { json, next: p + 1 };
}

/** Structural elements (paragraphs and tables) of array positions [from, to), with the API's indexes. */
function contentJson(units: Unit[], base: number, from = 0, to = units.length): Json[] {
  const out: Json[] = [];
  let p = from;
  while (p < to) {
    if (units[p].ch === TABLE_START) {
      const { json, next } = tableJson(units, base, p);
      out.push(json);
      p = next;
      continue;
    }
    let last = p;
    while (units[last].ch !== '\n') last++;
    out.push(paragraphJson(units, base, p, last));
    p = last + 1;
  }
  return out;
}

function unitsOfContent(content: Json[], units: Unit[]): void {
  for (const el of content) {
    const table = el.table as Json | undefined;
    if (table) {
      units.push({ ch: TABLE_START, style: {} });
      for (const row of (table.tableRows as Json[]) ?? []) {
        units.push({ ch: ROW_START, style: {} });
        for (const cell of (row.tableCells as Json[]) ?? []) {
          units.push({ ch: CELL_START, style: {} });
          unitsOfContent((cell.content as Json[]) ?? [], units);
        }
      }
      units.push({ ch: TABLE_END, style: {} });
      continue;
    }
    const para = el.paragraph as Json | undefined;
    if (!para) continue;
    for (const pe of (para.elements as Json[]) ?? []) {
      if (pe.pageBreak) {
        units.push({ ch: PAGE_BREAK, style: clone(((pe.pageBreak as Json).textStyle as Json) ?? {}) });
      } else if (pe.textRun) {
        const run = pe.textRun as Json;
        const style = clone((run.textStyle as Json) ?? {});
        for (const ch of String(run.content ?? '').split('')) units.push({ ch, style });
      }
    }
    const last = units[units.length - 1];
    if (last && last.ch === '\n') last.para = clone((para.paragraphStyle as Json) ?? DEFAULT_PARAGRAPH);
  }
}

function unitsFromContent(content: Json[]): Unit[] {
  const units: Unit[] = [];
  unitsOfContent(content, units);
  return units.length ? units : emptySegmentUnits();
}

/** Plain text of a document given as API JSON (what store.textOf and the PDF carry). */
export function documentPlainText(doc: DocumentJson): string {
  return DocModel.fromJSON(doc).plainText();
}

/** The `Docs` global. Every method records one counted call before doing anything. */
export function createDocsService(log: CallLog, store: DriveStore) {
  const impl = docsDocuments(store).Documents;
  const Documents = {
    create(resource: { title?: string } = {}): DocumentJson {
      log.record('Docs', 'Documents.create');
      return impl.create(resource);
    },
    get(documentId: string, optionalArgs: { includeTabsContent?: boolean } = {}): DocumentJson {
      log.record('Docs', 'Documents.get');
      return impl.get(documentId, optionalArgs);
    },
    batchUpdate(resource: { requests?: unknown[] }, documentId: string) {
      log.record('Docs', 'Documents.batchUpdate');
      return impl.batchUpdate(resource, documentId);
    },
  };
  return { Documents };
}

/** The Documents methods without counting (the REST endpoint in urlfetch.ts counts its own). */
export function docsDocuments(store: DriveStore) {
  const Documents = {
    create(resource: { title?: string } = {}): DocumentJson {
      return asApiCall('docs.documents.create', () => {
        const id = store.createDocument(resource?.title || 'Untitled document', 'docs.documents.create');
        return store.documentJson(id);
      });
    },

    get(documentId: string, optionalArgs: { includeTabsContent?: boolean } = {}): DocumentJson {
      return asApiCall('docs.documents.get', () => {
        store.requireDocument(documentId);
        const doc = store.documentJson(documentId);
        if (!optionalArgs?.includeTabsContent) return doc;
        // With tabs content the document's one tab carries what the legacy fields hold.
        const { body, headers, footers, documentStyle, namedStyles: styles, ...rest } = doc as Json;
        return {
          ...rest,
          tabs: [
            {
              tabProperties: { tabId: 't.0', title: 'Tab 1' },
              documentTab: { body, headers, footers, documentStyle, namedStyles: styles },
            },
          ],
        } as DocumentJson;
      });
    },

    batchUpdate(
      resource: { requests?: unknown[] },
      documentId: string,
    ): { documentId: string; replies: BatchUpdateReply[]; writeControl: { requiredRevisionId: string } } {
      return asApiCall('docs.documents.batchUpdate', () => {
        const current = store.requireDocument(documentId);
        const draft = current.clone();
        const replies = draft.applyBatch(resource?.requests);
        store.replaceDocument(documentId, draft);
        return {
          documentId,
          replies: replies as BatchUpdateReply[],
          writeControl: { requiredRevisionId: `emu-rev-${draft.revision}` },
        };
      });
    },
  };
  return { Documents };
}

export type DocsService = ReturnType<typeof createDocsService>;
