// The workbook as plain data: what the Spreadsheet service objects read and write, and
// what toJSON/fromJSON persist. Rows and columns are 1-based in GridRange and in every
// public API; the cell matrix is 0-based internally.

import type { Scalar } from './values';

export interface GridRange {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A criteria value that refers to a range (requireValueInRange) is stored as { range }. */
export type CriteriaValue = unknown;

export interface ValidationModel {
  criteria: string;
  values: CriteriaValue[];
  allowInvalid: boolean;
  helpText: string;
}

export interface BorderModel {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
  color?: string | null;
  style?: string | null;
}

export interface Cell {
  v?: Scalar;
  /** Formula text including the leading '='. */
  f?: string;
  /** Number format; undefined = automatic. */
  fmt?: string;
  bg?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: string;
  border?: BorderModel;
  note?: string;
  dv?: ValidationModel;
  link?: string;
}

/** Keys cleared by clearFormat(); values, notes and validation survive it. */
export const FORMAT_KEYS: (keyof Cell)[] = [
  'fmt',
  'bg',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'fontFamily',
  'fontLine',
  'hAlign',
  'vAlign',
  'wrap',
  'border',
];

export interface ConditionModel {
  type: string;
  values: unknown[];
}

export interface ConditionalFormatModel {
  ranges: GridRange[];
  condition: ConditionModel;
  format: {
    background?: string;
    fontColor?: string;
    bold?: boolean;
    italic?: boolean;
    strikethrough?: boolean;
    underline?: boolean;
  };
}

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  range?: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: GridRange[];
}

export interface ChartModel {
  id: number;
  chartType: string;
  ranges: GridRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
}

export interface DimensionMeta {
  size?: number;
  hidden?: boolean;
}

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** cells[row-1][column-1]; rows and cells may be missing (sparse). */
  cells: (Cell | undefined)[][];
  rowMeta: (DimensionMeta | undefined)[];
  columnMeta: (DimensionMeta | undefined)[];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  hidden: boolean;
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  developerMetadata: DeveloperMetadataModel[];
  merges: GridRange[];
}

export interface NamedRangeModel {
  name: string;
  range: GridRange;
}

export interface WorkbookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetModel[];
  activeSheetId: number;
  namedRanges: NamedRangeModel[];
  protections: ProtectionModel[];
  developerMetadata: DeveloperMetadataModel[];
  /** Source of sheet, chart, protection and metadata ids; never reused. */
  nextId: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function newId(book: WorkbookModel): number {
  return book.nextId++;
}

export function createSheetModel(book: WorkbookModel, name: string): SheetModel {
  return {
    id: book.sheets.length === 0 ? 0 : newId(book) * 7919 + 1,
    name,
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    cells: [],
    rowMeta: [],
    columnMeta: [],
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    hidden: false,
    conditionalFormats: [],
    charts: [],
    developerMetadata: [],
    merges: [],
  };
}

export function defaultSheetName(locale: string, n: number): string {
  return `${locale.toLowerCase().startsWith('da') ? 'Ark' : 'Sheet'}${n}`;
}

export function createWorkbookModel(opts: {
  name?: string;
  timeZone: string;
  locale: string;
  id?: string;
}): WorkbookModel {
  const book: WorkbookModel = {
    id: opts.id ?? 'emu-spreadsheet-0001',
    name: opts.name ?? 'Bydelsmødre (emulator)',
    timeZone: opts.timeZone,
    locale: opts.locale,
    sheets: [],
    activeSheetId: 0,
    namedRanges: [],
    protections: [],
    developerMetadata: [],
    nextId: 1,
  };
  const first = createSheetModel(book, defaultSheetName(opts.locale, 1));
  book.sheets.push(first);
  book.activeSheetId = first.id;
  return book;
}

export function getCell(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.cells[row - 1]?.[column - 1];
}

export function cellForWrite(sheet: SheetModel, row: number, column: number): Cell {
  const r = (sheet.cells[row - 1] ??= []);
  return (r[column - 1] ??= {});
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (!!cell.f || (cell.v !== undefined && cell.v !== ''));
}

export function lastRowWithContent(sheet: SheetModel): number {
  for (let r = sheet.cells.length; r >= 1; r--) {
    const row = sheet.cells[r - 1];
    if (row && row.some(hasContent)) return r;
  }
  return 0;
}

export function lastColumnWithContent(sheet: SheetModel): number {
  let last = 0;
  for (const row of sheet.cells) {
    if (!row) continue;
    for (let c = row.length; c > last; c--) {
      if (hasContent(row[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}

export function sheetById(book: WorkbookModel, id: number): SheetModel | undefined {
  return book.sheets.find((s) => s.id === id);
}

export function sheetByName(book: WorkbookModel, name: string): SheetModel | undefined {
  return book.sheets.find((s) => s.name === name);
}

export function within(range: GridRange, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.numRows &&
    column >= range.column &&
    column < range.column + range.numColumns
  );
}

export function cloneCell(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  return structuredCloneCell(cell);
}

function structuredCloneCell(cell: Cell): Cell {
  const out: Cell = { ...cell };
  if (cell.v instanceof Date || Object.prototype.toString.call(cell.v) === '[object Date]')
    out.v = new Date((cell.v as Date).getTime());
  if (cell.border) out.border = { ...cell.border };
  if (cell.dv) out.dv = cloneValidation(cell.dv);
  return out;
}

export function cloneValidation(dv: ValidationModel): ValidationModel {
  return { ...dv, values: dv.values.map(cloneCriterion) };
}

/** A copy of one criteria value: Dates (of any realm) stay Dates, a range reference is copied. */
function cloneCriterion(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
  return v && typeof v === 'object' ? { ...(v as object) } : v;
}

/**
 * The checked and unchecked values of a checkbox rule: TRUE/FALSE by default; with one custom
 * value the unchecked state is an empty cell (requireCheckbox(checkedValue): "the specified
 * value or blank").
 */
export function checkboxStates(values: readonly unknown[]): [unknown, unknown] {
  if (values.length === 0) return [true, false];
  return [values[0], values.length > 1 ? values[1] : ''];
}
