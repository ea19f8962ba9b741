// A sheet read as one table: one batched read, columns found by header text, and writes that
// touch only the cells that changed, each registered with the request's undo log.
//
// Call budget (see README "Performance"): opening a table costs getSheetById and one
// getSheetValues of the whole data area; writing changed cells back costs getRange of the
// block that spans the changes and one setValues — only that block is rewritten,
// so formulas and links elsewhere in the sheet are never flattened into plain values.
import type { ColumnKind, SheetKey } from '../../core/schema';
import { moduleNumberOf, SHEET_NAMES, sheetColumns } from '../../core/schema';
import { UserError } from '../../core/errors';
import type { Ctx } from '../runtime';
import { cellValue, NUMBER_FORMATS, PLAIN_TEXT, startsRisky } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Cell = unknown;

export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Spreadsheet.getSheetById is the one-call way; older runtimes (and some test doubles) lack
 * it, so fall back to looking through the sheets' ids.
 */
export function sheetById(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, id: number): Sheet | null {
  if (typeof ss.getSheetById === 'function') return ss.getSheetById(id);
  return ss.getSheets().find((sheet) => sheet.getSheetId() === id) ?? null;
}

/** Finds one of the add-on's sheets: by the id it remembered, else by its Danish name. */
export function findSheet(ctx: Ctx, key: SheetKey): Sheet | null {
  const ids = ctx.store.sheetIds();
  const id = ids[key];
  if (id !== undefined) {
    const byId = sheetById(ctx.ss, id);
    if (byId) return byId;
  }
  const byName = ctx.ss.getSheetByName(SHEET_NAMES[key]);
  if (byName) ctx.store.saveSheetIds({ ...ids, [key]: byName.getSheetId() });
  return byName;
}

export function requireSheet(ctx: Ctx, key: SheetKey): Sheet {
  const sheet = findSheet(ctx, key);
  if (!sheet) throw new UserError('sheetMissing', { sheet: SHEET_NAMES[key] });
  return sheet;
}

export class Table {
  /** Header texts as they stand in row 1. */
  readonly header: string[];
  /** Data rows as read (row i is sheet row i + 2), copied so callers can compare. */
  readonly rows: Cell[][];
  private readonly index = new Map<string, number>();

  constructor(
    readonly key: SheetKey,
    readonly sheet: Sheet,
    values: Cell[][],
    /** Headers the add-on owns in this sheet; any other column is the coordinator's own. */
    readonly ownHeaders: readonly string[],
  ) {
    this.header = (values[0] ?? []).map((h) => String(h ?? '').trim());
    this.rows = values.slice(1).map((r) => r.slice());
    this.header.forEach((h, i) => {
      const k = normalizeHeader(h);
      if (k && !this.index.has(k)) this.index.set(k, i);
    });
  }

  get name(): string {
    return SHEET_NAMES[this.key];
  }

  has(header: string): boolean {
    return this.index.has(normalizeHeader(header));
  }

  /** 0-based column index of a header; a missing column is a clear error for the coordinator. */
  col(header: string): number {
    const i = this.index.get(normalizeHeader(header));
    if (i === undefined)
      throw new UserError('columnMissing', { sheet: this.sheet.getName(), column: header });
    return i;
  }

  /** Fails before anything is written when any required column is missing. */
  require(headers: readonly string[]): this {
    for (const h of headers) this.col(h);
    return this;
  }

  get(row: Cell[], header: string): Cell {
    return row[this.col(header)];
  }

  text(row: Cell[], header: string): string {
    const v = row[this.col(header)];
    return v === null || v === undefined ? '' : String(v).trim();
  }

  /** Data rows that hold anything at all, with their 0-based index into `rows`. */
  filledRows(): { row: Cell[]; index: number }[] {
    const out: { row: Cell[]; index: number }[] = [];
    this.rows.forEach((row, index) => {
      if (row.some((v) => v !== '' && v !== null && v !== undefined)) out.push({ row, index });
    });
    return out;
  }

  /**
   * 0-based indexes of columns a write never rewrites unless it changes them, when they hold
   * anything at all: columns whose cells may hold links (Fremmøde's Diplom; setValues would
   * turn a link into plain text), date columns holding text, and her own columns (what she typed there is hers, in
   * whatever format she gave them).
   */
  preservedColumns(): number[] {
    const kept = new Set(
      sheetColumns(this.key, 0)
        .filter((c) => c.kind === 'link')
        .map((c) => normalizeHeader(c.header)),
    );
    // A date column holding text from before its date check (format.ts): written back
    // unchanged, that text would be refused by the check and fail the whole write.
    const dates = new Set(
      sheetColumns(this.key, 0)
        .filter((c) => c.kind === 'date')
        .map((c) => normalizeHeader(c.header)),
    );
    this.header.forEach((h, i) => {
      const k = normalizeHeader(h);
      if (dates.has(k) && this.rows.some((r) => typeof r[i] === 'string' && r[i] !== '')) kept.add(k);
    });
    const own = new Set(
      [...this.ownHeaders, ...sheetColumns(this.key, 0).map((c) => c.header)].map(normalizeHeader),
    );
    const out: number[] = [];
    this.header.forEach((h, i) => {
      const k = normalizeHeader(h);
      const foreign = h !== '' && !own.has(k) && !(this.key === 'attendance' && moduleNumberOf(h) > 0);
      if (!kept.has(k) && !foreign) return;
      if (this.rows.some((r) => r[i] !== '' && r[i] !== null && r[i] !== undefined)) out.push(i);
    });
    return out;
  }

  /**
   * 0-based indexes of the columns setup formats as plain text ('@'): the add-on's own text
   * columns, known from the schema (SPEC's headers), whatever this table was opened with.
   * Text goes into them without an apostrophe (cells.ts).
   */
  plainTextColumns(): Set<number> {
    if (!this.plainText) {
      const kinds = new Map<string, ColumnKind>(
        sheetColumns(this.key, 0).map((c) => [normalizeHeader(c.header), c.kind]),
      );
      const plain = new Set<number>();
      this.header.forEach((h, i) => {
        const kind =
          this.key === 'attendance' && moduleNumberOf(h) > 0 ? 'mark' : kinds.get(normalizeHeader(h));
        if (kind && NUMBER_FORMATS[kind] === PLAIN_TEXT) plain.add(i);
      });
      this.plainText = plain;
    }
    return this.plainText;
  }
  private plainText: Set<number> | null = null;

  /** Values as they go into the cells of columns `from`…: see cells.ts. */
  cells(rows: Cell[][], from = 0): Cell[][] {
    const plain = this.plainTextColumns();
    return rows.map((row) => row.map((v, j) => cellValue(v, plain.has(from + j))));
  }

  hasForeignColumns(): boolean {
    const own = new Set(this.ownHeaders.map(normalizeHeader));
    return this.header.some((h) => h !== '' && !own.has(normalizeHeader(h)));
  }

  /** A row array in this sheet's column order from values by header; other columns stay empty. */
  buildRow(values: Record<string, Cell>): Cell[] {
    const row: Cell[] = this.header.map(() => '');
    for (const [header, value] of Object.entries(values)) row[this.col(header)] = value;
    return row;
  }
}

/**
 * Every value from A1 to the last row and column with content, in one call (-1 = up to the
 * last one with content); [] for an empty sheet.
 */
/** Sheet names a request already knows (setup named or listed them): no call to ask again. */
const knownNames = new WeakMap<object, Map<Sheet, string>>();

export function rememberSheetName(ctx: object, sheet: Sheet, name: string): void {
  const names = knownNames.get(ctx) ?? new Map<Sheet, string>();
  knownNames.set(ctx, names);
  names.set(sheet, name);
}

/** A sheet's name, asked of Sheets only when this request does not know it yet. */
export function sheetName(ctx: object, sheet: Sheet): string {
  const known = knownNames.get(ctx)?.get(sheet);
  if (known !== undefined) return known;
  const name = sheet.getName();
  rememberSheetName(ctx, sheet, name);
  return name;
}

export function readSheet(sheet: Sheet): Cell[][] {
  // getSheetValues with -1 sizes reads up to the last row and column with content in one call
  // (widely used, not in Google's reference; selfTest checks it in real Google). Where it is
  // refused — on an empty sheet, or by an environment that does not know the -1 form — the
  // documented getDataRange().getValues() reads the same data in two calls; a service failure
  // there propagates as usual.
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1) as Cell[][];
    if (Array.isArray(values) && values.length > 0 && Array.isArray(values[0])) return values;
  } catch {
    // fall through to the documented form
  }
  const values = sheet.getDataRange().getValues() as Cell[][];
  const empty = values.length === 1 && values[0].every((v) => v === '' || v === null);
  return empty ? [] : values;
}

/** Reads a whole sheet in one batch; `sheet` when the caller has already found it. */
export function openTable(
  ctx: Ctx,
  key: SheetKey,
  ownHeaders: readonly string[],
  required: readonly string[] = ownHeaders,
  sheet: Sheet = requireSheet(ctx, key),
): Table {
  const table = new Table(key, sheet, readSheet(sheet), ownHeaders);
  return table.require(required);
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return a === b;
}

/**
 * Writes `next` (a full copy of table.rows with changes) back to the sheet: only the block
 * that spans the changed cells (split around link columns it does not change). Values go
 * through toCell so text stays literal text. Registers the undo. Returns the number of rows
 * that changed.
 */
export function writeRows(ctx: Ctx, table: Table, next: Cell[][]): number {
  if (next.length !== table.rows.length) throw new Error('writeRows: row count changed');
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  let changedRows = 0;
  next.forEach((row, r) => {
    let changed = false;
    row.forEach((v, c) => {
      if (!sameCell(v, table.rows[r][c])) {
        changed = true;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
    if (changed) changedRows++;
  });
  if (bottom < 0) return 0;

  const width = table.header.length;
  for (const [from, to] of columnSegments(
    left,
    right,
    table.preservedColumns(),
    next,
    table.rows,
    top,
    bottom,
  )) {
    const block = (rows: Cell[][]) =>
      rows.slice(top, bottom + 1).map((r) => padRow(r, Math.max(width, to + 1)).slice(from, to + 1));
    const range = table.sheet.getRange(top + 2, from + 1, bottom - top + 1, to - from + 1);
    const before = block(table.rows);
    putValues(table, range, block(next), from);
    ctx.onUndo(() => putValues(table, range, before, from));
  }
  next.forEach((row, r) => (table.rows[r] = row.slice()));
  return changedRows;
}

/**
 * The column spans [from, to] to write within [left, right]: split around preserved columns
 * that hold no change, each span trimmed to the columns that do change.
 */
function columnSegments(
  left: number,
  right: number,
  preserved: number[],
  next: Cell[][],
  rows: Cell[][],
  top: number,
  bottom: number,
): [number, number][] {
  const changed = (c: number) => {
    for (let r = top; r <= bottom; r++) if (!sameCell(next[r][c], rows[r][c])) return true;
    return false;
  };
  const skip = new Set(preserved.filter((c) => c >= left && c <= right && !changed(c)));
  const segments: [number, number][] = [];
  let start = -1;
  for (let c = left; c <= right + 1; c++) {
    const inside = c <= right && !skip.has(c);
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      let from = start;
      let to = c - 1;
      while (from <= to && !changed(from)) from++;
      while (to >= from && !changed(to)) to--;
      if (from <= to) segments.push([from, to]);
      start = -1;
    }
  }
  return segments;
}

function padRow(row: Cell[], width: number): Cell[] {
  if (row.length === width) return row;
  const out = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/** Appends rows after the last row with content, registering their removal as the undo. */
export function appendRows(ctx: Ctx, table: Table, rows: Cell[][]): number {
  if (rows.length === 0) return 0;
  const firstRow = table.rows.length + 2;
  const padded = rows.map((r) => padRow(r, table.header.length));
  const values = table.cells(padded);
  const sheet = table.sheet;
  const width = values[0].length;
  if (values.length === 1) {
    // appendRow grows the sheet when it is full and is atomic against hand edits.
    sheet.appendRow(values[0]);
    checkRiskyText(table, padded, values, 0, {
      read: () => sheet.getRange(firstRow, 1, 1, width).getValues(),
      rewrite: (fixed) => sheet.getRange(firstRow, 1, 1, width).setValues(fixed),
    });
  } else {
    const maxRows = sheet.getMaxRows();
    const missing = firstRow + values.length - 1 - maxRows;
    if (missing > 0) {
      sheet.insertRowsAfter(maxRows, missing);
      ctx.onUndo(() => sheet.deleteRows(maxRows + 1, missing));
    }
    putValues(table, sheet.getRange(firstRow, 1, values.length, width), padded, 0);
  }
  // Undo empties the cells again rather than deleting the rows: the rows were there (empty,
  // with the column's formats and validation) before, and deleting them would shrink the sheet.
  // (A row appendRow added to a full sheet stays as an empty row: harmless.)
  ctx.onUndo(() => sheet.getRange(firstRow, 1, values.length, width).clearContent());
  for (const row of rows) table.rows.push(padRow(row, table.header.length));
  return firstRow;
}

/** Deletes data rows (0-based indexes into table.rows), bottom-up so indexes stay valid. */
export function deleteRows(ctx: Ctx, table: Table, indexes: number[]): void {
  const sorted = [...new Set(indexes)].sort((a, b) => b - a);
  for (const index of sorted) {
    const sheetRow = index + 2;
    const old = padRow(table.rows[index], table.header.length);
    table.sheet.deleteRow(sheetRow);
    ctx.onUndo(() => {
      table.sheet.insertRowsAfter(sheetRow - 1, 1);
      putValues(table, table.sheet.getRange(sheetRow, 1, 1, old.length), [old], 0);
    });
    table.rows.splice(index, 1);
  }
}

/**
 * Writes `rows` (the table's values, columns `from`…) into `range` the way cells.ts says,
 * then checks text whose first character Sheets may treat specially (README, "Text cells").
 */
export function putValues(
  table: Table,
  range: GoogleAppsScript.Spreadsheet.Range,
  rows: Cell[][],
  from: number,
): void {
  const cells = table.cells(rows, from);
  range.setValues(cells);
  checkRiskyText(table, rows, cells, from, {
    read: () => range.getValues(),
    rewrite: (fixed) => range.setValues(fixed),
  });
}

/**
 * Text starting with ', =, +, - or @ was written as it is into a plain-text column: the one
 * place where what Sheets stores depends on what we cannot know for sure (whether a plain-text
 * cell keeps a leading apostrophe; whether she changed the column's format). Such text is
 * read back once (1 call; the rare case only), and a cell that does not hold exactly the
 * text is written again with the documented leading apostrophe (1 call): a cell that dropped
 * an apostrophe gets it back, a cell that is no longer plain text keeps the text as text.
 */
function checkRiskyText(
  table: Table,
  rows: Cell[][],
  cells: Cell[][],
  from: number,
  io: { read: () => Cell[][]; rewrite: (cells: Cell[][]) => void },
): void {
  const plain = table.plainTextColumns();
  const spots: [number, number][] = [];
  rows.forEach((row, r) =>
    row.forEach((v, j) => {
      if (typeof v === 'string' && plain.has(from + j) && startsRisky(v)) spots.push([r, j]);
    }),
  );
  if (spots.length === 0) return;
  const back = io.read();
  const wrong = spots.filter(([r, j]) => back[r]?.[j] !== rows[r][j]);
  if (wrong.length === 0) return;
  const fixed = cells.map((row) => row.slice());
  for (const [r, j] of wrong) fixed[r][j] = `'${rows[r][j] as string}`;
  io.rewrite(fixed);
}
