// Inserting, deleting and moving rows or columns, as Sheets does: cell contents,
// formats, notes and validation move with their cells, and every stored range
// (protections, named ranges, conditional formats, charts, merges, validation source
// ranges) is shifted, grown, shrunk or dropped accordingly.

import type { Cell, GridRange, SheetModel, WorkbookModel } from './model';
import { FORMAT_KEYS } from './model';

export type Dimension = 'ROWS' | 'COLUMNS';

/** Maps an inclusive span of indices to its new span, or null when it vanished. */
type SpanMap = (start: number, end: number) => [number, number] | null;

function eachRangeOf(book: WorkbookModel, sheetId: number, visit: (r: GridRange) => boolean): void {
  // visit returns false when the range vanished; the owner is then dropped.
  book.namedRanges = book.namedRanges.filter((n) => n.range.sheetId !== sheetId || visit(n.range));
  book.protections = book.protections.filter((p) => {
    p.unprotected = p.unprotected.filter((r) => r.sheetId !== sheetId || visit(r));
    return !p.range || p.range.sheetId !== sheetId || visit(p.range);
  });
  for (const sheet of book.sheets) {
    if (sheet.id === sheetId) {
      sheet.merges = sheet.merges.filter(visit);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => {
        rule.ranges = rule.ranges.filter(visit);
        return rule.ranges.length > 0;
      });
    }
    for (const chart of sheet.charts)
      chart.ranges = chart.ranges.filter((r) => r.sheetId !== sheetId || visit(r));
    for (const row of sheet.cells) {
      if (!row) continue;
      for (const cell of row) {
        if (!cell?.dv) continue;
        for (const v of cell.dv.values) {
          const ref = (v as { range?: GridRange } | null)?.range;
          if (ref && ref.sheetId === sheetId) visit(ref);
        }
      }
    }
  }
}

function shiftRanges(book: WorkbookModel, sheet: SheetModel, dim: Dimension, map: SpanMap): void {
  eachRangeOf(book, sheet.id, (r) => {
    const [startKey, sizeKey] =
      dim === 'ROWS' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
    const span = map(r[startKey], r[startKey] + r[sizeKey] - 1);
    if (!span) return false;
    r[startKey] = span[0];
    r[sizeKey] = span[1] - span[0] + 1;
    return true;
  });
  if (dim === 'ROWS') {
    for (const chart of sheet.charts) {
      const span = map(chart.position.row, chart.position.row);
      if (span) chart.position.row = span[0];
    }
  } else {
    for (const chart of sheet.charts) {
      const span = map(chart.position.column, chart.position.column);
      if (span) chart.position.column = span[0];
    }
  }
}

function formatOnly(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  const out: Cell = {};
  let any = false;
  for (const key of FORMAT_KEYS) {
    if (cell[key] !== undefined) {
      (out as Record<string, unknown>)[key] = key === 'border' ? { ...cell.border } : cell[key];
      any = true;
    }
  }
  if (cell.dv) {
    out.dv = { ...cell.dv, values: [...cell.dv.values] };
    any = true;
  }
  return any ? out : undefined;
}

/**
 * Inserts `count` rows/columns so that the first new one has index `at`. New cells take
 * the formats and validation of the `inheritFrom` row/column (in pre-insert indices),
 * like Sheets' insert above/below.
 */
export function insertDimension(
  book: WorkbookModel,
  sheet: SheetModel,
  dim: Dimension,
  at: number,
  count: number,
  inheritFrom?: number,
): void {
  if (dim === 'ROWS') {
    const template = inheritFrom ? sheet.cells[inheritFrom - 1] : undefined;
    const fresh = Array.from({ length: count }, () => (template ? template.map(formatOnly) : []));
    padTo(sheet.cells, at - 1);
    sheet.cells.splice(at - 1, 0, ...fresh);
    padTo(sheet.rowMeta, at - 1);
    sheet.rowMeta.splice(at - 1, 0, ...new Array(count).fill(undefined));
    sheet.maxRows += count;
  } else {
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r];
      if (!row) continue;
      const template = inheritFrom ? formatOnly(row[inheritFrom - 1]) : undefined;
      padTo(row, at - 1);
      row.splice(
        at - 1,
        0,
        ...Array.from({ length: count }, () => (template ? formatOnly(template) : undefined)),
      );
    }
    padTo(sheet.columnMeta, at - 1);
    sheet.columnMeta.splice(at - 1, 0, ...new Array(count).fill(undefined));
    sheet.maxColumns += count;
  }
  shiftRanges(book, sheet, dim, (s, e) => [s >= at ? s + count : s, e >= at ? e + count : e]);
  if (dim === 'ROWS' && sheet.frozenRows >= at) sheet.frozenRows += count;
  if (dim === 'COLUMNS' && sheet.frozenColumns >= at) sheet.frozenColumns += count;
}

export function deleteDimension(
  book: WorkbookModel,
  sheet: SheetModel,
  dim: Dimension,
  at: number,
  count: number,
): void {
  const last = at + count - 1;
  if (dim === 'ROWS') {
    sheet.cells.splice(at - 1, count);
    sheet.rowMeta.splice(at - 1, count);
    sheet.maxRows -= count;
  } else {
    for (const row of sheet.cells) row?.splice(at - 1, count);
    sheet.columnMeta.splice(at - 1, count);
    sheet.maxColumns -= count;
  }
  shiftRanges(book, sheet, dim, (s, e) => {
    if (e < at) return [s, e];
    if (s > last) return [s - count, e - count];
    const ns = s < at ? s : at;
    const ne = e > last ? e - count : at - 1;
    return ne < ns ? null : [ns, ne];
  });
  const frozenKey = dim === 'ROWS' ? 'frozenRows' : 'frozenColumns';
  const frozen = sheet[frozenKey];
  if (frozen >= at) sheet[frozenKey] = Math.max(at - 1, frozen - count);
}

/** Moves [start, start+count) to before `destination` (pre-move index), like moveRows/moveColumns. */
export function moveDimension(
  book: WorkbookModel,
  sheet: SheetModel,
  dim: Dimension,
  start: number,
  count: number,
  destination: number,
): void {
  const size = dim === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  const moved: number[] = [];
  const rest: number[] = [];
  for (let i = 1; i <= size; i++) (i >= start && i < start + count ? moved : rest).push(i);
  const pos = rest.filter((i) => i < destination).length;
  const order = [...rest.slice(0, pos), ...moved, ...rest.slice(pos)];
  const newIndex = new Array<number>(size + 1);
  order.forEach((old, i) => (newIndex[old] = i + 1));

  const permute = <T>(arr: T[]): T[] => {
    const out: T[] = [];
    for (let old = 1; old <= Math.min(arr.length, size); old++)
      if (arr[old - 1] !== undefined) out[newIndex[old] - 1] = arr[old - 1];
    return out;
  };
  if (dim === 'ROWS') {
    sheet.cells = permute(sheet.cells);
    sheet.rowMeta = permute(sheet.rowMeta);
  } else {
    sheet.cells = sheet.cells.map((row) => (row ? permute(row) : row));
    sheet.columnMeta = permute(sheet.columnMeta);
  }
  shiftRanges(book, sheet, dim, (s, e) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = s; i <= Math.min(e, size); i++) {
      lo = Math.min(lo, newIndex[i]);
      hi = Math.max(hi, newIndex[i]);
    }
    return lo === Infinity ? [s, e] : [lo, hi];
  });
}

function padTo<T>(arr: T[], length: number): void {
  while (arr.length < length) arr.push(undefined as T);
}
