// Workbook state as JSON and back: dates become { $date: ISO }, the sparse cell matrix
// becomes a list of [row, column, cell] entries (1-based).

import type { Cell, DimensionMeta, SheetModel, WorkbookModel } from './model';
import { isDate } from './values';

export interface SheetJSON extends Omit<SheetModel, 'cells' | 'rowMeta' | 'columnMeta'> {
  cells: [number, number, unknown][];
  rowMeta: [number, DimensionMeta][];
  columnMeta: [number, DimensionMeta][];
}

export interface WorkbookJSON extends Omit<WorkbookModel, 'sheets'> {
  sheets: SheetJSON[];
}

/** Deep copy with Dates encoded; undefined members are dropped like JSON does. */
export function encode(value: unknown): unknown {
  if (isDate(value)) return { $date: new Date(value.getTime()).toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return value;
}

export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.$date === 'string' && Object.keys(obj).length === 1) return new Date(obj.$date);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = decode(v);
    return out;
  }
  return value;
}

function entries<T>(list: (T | undefined | null)[]): [number, T][] {
  const out: [number, T][] = [];
  list.forEach((v, i) => {
    if (v !== undefined && v !== null) out.push([i + 1, v]);
  });
  return out;
}

export function workbookToJSON(book: WorkbookModel): WorkbookJSON {
  const sheets = book.sheets.map((s): SheetJSON => {
    const cells: [number, number, unknown][] = [];
    s.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && Object.keys(cell).length > 0) cells.push([r + 1, c + 1, encode(cell)]);
      }),
    );
    const { cells: _cells, rowMeta, columnMeta, ...rest } = s;
    return {
      ...(encode(rest) as Omit<SheetJSON, 'cells' | 'rowMeta' | 'columnMeta'>),
      cells,
      rowMeta: entries(rowMeta).map(([i, m]) => [i, { ...m }]),
      columnMeta: entries(columnMeta).map(([i, m]) => [i, { ...m }]),
    };
  });
  return { ...(encode({ ...book, sheets: [] }) as WorkbookJSON), sheets };
}

export function workbookFromJSON(json: WorkbookJSON): WorkbookModel {
  const sheets = json.sheets.map((s): SheetModel => {
    const { cells: cellList, rowMeta, columnMeta, ...rest } = s;
    const cells: (Cell | undefined)[][] = [];
    for (const [r, c, cell] of cellList) (cells[r - 1] ??= [])[c - 1] = decode(cell) as Cell;
    const rows: (DimensionMeta | undefined)[] = [];
    for (const [i, m] of rowMeta) rows[i - 1] = { ...m };
    const columns: (DimensionMeta | undefined)[] = [];
    for (const [i, m] of columnMeta) columns[i - 1] = { ...m };
    return {
      ...(decode(rest) as Omit<SheetModel, 'cells' | 'rowMeta' | 'columnMeta'>),
      cells,
      rowMeta: rows,
      columnMeta: columns,
    };
  });
  return { ...(decode({ ...json, sheets: [] }) as WorkbookModel), sheets };
}
