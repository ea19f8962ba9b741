// Sheet: one tab of the workbook. getRange in every overload, sizes, row/column
// structure changes (delegated to dimensions.ts so contents, formats, validation and
// protections move together), frozen rows, widths, protections, conditional formats
// and embedded charts.

import { parseA1, toA1 } from './a1';
import {
  ConditionalFormatRule,
  EmbeddedChart,
  EmbeddedChartBuilder,
  cloneChart,
  cloneConditionalFormat,
} from './builders';
import { displayValue, violatesValidation, writeCell } from './cells';
import { serviceClass, unwrap } from './counting';
import type { Dimension } from './dimensions';
import { deleteDimension, insertDimension, moveDimension } from './dimensions';
import type { Env } from './env';
import { fail, outArray } from './env';
import { addMetadata, metadataObjects } from './metadata';
import type { SheetModel } from './model';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  lastColumnWithContent,
  lastRowWithContent,
  newId,
  sheetByName,
} from './model';
import { Protection } from './protection';
import type { ClearOptions } from './range';
import { Range } from './range';
// spreadsheet.ts imports Sheet too; both are only used at call time.
import { Spreadsheet } from './spreadsheet';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export class Sheet {
  constructor(
    readonly env: Env,
    readonly model: SheetModel,
  ) {}

  private checkAlive(): void {
    if (!this.env.book.sheets.includes(this.model))
      fail(this.env, `The sheet ${this.model.name} has been deleted.`);
  }

  getName() {
    return this.model.name;
  }
  setName(name: string) {
    const text = String(name);
    const clash = sheetByName(this.env.book, text);
    if (clash && clash !== this.model)
      fail(this.env, `A sheet with the name "${text}" already exists. Please enter another name.`);
    if (text.trim() === '') fail(this.env, 'Invalid argument: name');
    this.model.name = text;
    return this;
  }
  getSheetId() {
    return this.model.id;
  }
  getSheetName() {
    return this.model.name;
  }
  getIndex() {
    return this.env.book.sheets.indexOf(this.model) + 1;
  }
  getType() {
    return 'GRID';
  }
  getParent() {
    return new Spreadsheet(this.env);
  }
  activate() {
    this.checkAlive();
    this.env.book.activeSheetId = this.model.id;
    return this;
  }
  showSheet() {
    this.model.hidden = false;
    return this;
  }
  hideSheet() {
    const visible = this.env.book.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.model)
      fail(this.env, "You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  isSheetHidden() {
    return this.model.hidden;
  }
  setTabColor(color: string | null) {
    this.model.tabColor = color ?? null;
    return this;
  }
  getTabColor() {
    return this.model.tabColor;
  }

  // ------------------------------------------------------------ ranges

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(a: unknown, column?: number, numRows?: number, numColumns?: number): Range {
    this.checkAlive();
    if (typeof a === 'string') return this.rangeFromA1(a);
    if (typeof a !== 'number' || typeof column !== 'number') {
      fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    return this.rangeAt(a, column, numRows ?? 1, numColumns ?? 1);
  }

  rangeAt(
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    openEnded?: 'rows' | 'columns',
  ): Range {
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      !Number.isInteger(numRows) ||
      !Number.isInteger(numColumns)
    ) {
      fail(this.env, 'The coordinates or dimensions of the range are invalid.');
    }
    if (row < 1) fail(this.env, 'The starting row of the range is too small.');
    if (column < 1) fail(this.env, 'The starting column of the range is too small.');
    if (numRows < 1) fail(this.env, 'The number of rows in the range must be at least 1.');
    if (numColumns < 1) fail(this.env, 'The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.model.maxRows || column + numColumns - 1 > this.model.maxColumns)
      fail(this.env, OUTSIDE);
    return new Range(this.env, this.model, row, column, numRows, numColumns, openEnded);
  }

  private rangeFromA1(text: string): Range {
    const ref = parseA1(text);
    if (!ref) fail(this.env, 'Range not found');
    let target: SheetModel = this.model;
    if (ref.sheetName !== undefined && ref.sheetName !== this.model.name) {
      const other = sheetByName(this.env.book, ref.sheetName);
      if (!other) fail(this.env, 'Range not found');
      target = other;
    }
    const sheet = target === this.model ? this : new Sheet(this.env, target);
    const r1 = ref.startRow ?? 1;
    const c1 = ref.startColumn ?? 1;
    const r2 = ref.endRow ?? target.maxRows;
    const c2 = ref.endColumn ?? target.maxColumns;
    const open = ref.startRow === undefined ? 'rows' : ref.startColumn === undefined ? 'columns' : undefined;
    return sheet.rangeAt(r1, c1, r2 - r1 + 1, c2 - c1 + 1, open);
  }

  getDataRange() {
    return this.rangeAt(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number) {
    const lastRow = numRows === -1 ? this.getLastRow() - row + 1 : numRows;
    const lastColumn = numColumns === -1 ? this.getLastColumn() - column + 1 : numColumns;
    return this.rangeAt(row, column, lastRow, lastColumn).getValues();
  }
  getLastRow() {
    return lastRowWithContent(this.model);
  }
  getLastColumn() {
    return lastColumnWithContent(this.model);
  }
  getMaxRows() {
    return this.model.maxRows;
  }
  getMaxColumns() {
    return this.model.maxColumns;
  }

  appendRow(rowContents: unknown[]) {
    if (!Array.isArray(rowContents))
      fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this.getLastRow() + 1;
    if (rowContents.length > this.model.maxColumns) {
      insertDimension(
        this.env.book,
        this.model,
        'COLUMNS',
        this.model.maxColumns + 1,
        rowContents.length - this.model.maxColumns,
      );
    }
    rowContents.forEach((v, i) => {
      if (row <= this.model.maxRows && violatesValidation(this.env, this.model, row, i + 1, v)) {
        fail(
          this.env,
          `The data you entered in cell ${toA1(row, i + 1)} violates the data validation rules set on this cell.`,
        );
      }
    });
    if (row > this.model.maxRows) insertDimension(this.env.book, this.model, 'ROWS', row, 1);
    rowContents.forEach((v, i) => writeCell(this.env, this.model, row, i + 1, v));
    return this;
  }

  // ------------------------------------------------------------ structure

  private checkPosition(dim: Dimension, position: number, count = 1): void {
    const max = dim === 'ROWS' ? this.model.maxRows : this.model.maxColumns;
    if (
      !Number.isInteger(position) ||
      !Number.isInteger(count) ||
      count < 1 ||
      position < 1 ||
      position + count - 1 > max
    ) {
      fail(this.env, dim === 'ROWS' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    }
  }
  private insertAfter(dim: Dimension, after: number, count: number) {
    this.checkPosition(dim, after);
    if (!Number.isInteger(count) || count < 1) fail(this.env, 'Invalid argument: howMany');
    insertDimension(this.env.book, this.model, dim, after + 1, count, after);
    return this;
  }
  private insertBefore(dim: Dimension, before: number, count: number) {
    this.checkPosition(dim, before);
    if (!Number.isInteger(count) || count < 1) fail(this.env, 'Invalid argument: howMany');
    insertDimension(this.env.book, this.model, dim, before, count, before);
    return this;
  }
  private remove(dim: Dimension, position: number, count: number) {
    this.checkPosition(dim, position, count);
    const max = dim === 'ROWS' ? this.model.maxRows : this.model.maxColumns;
    if (count >= max) {
      fail(
        this.env,
        `Sorry, it is not possible to delete all non-frozen ${dim === 'ROWS' ? 'rows' : 'columns'}.`,
      );
    }
    deleteDimension(this.env.book, this.model, dim, position, count);
  }

  insertRowAfter(afterPosition: number) {
    return this.insertAfter('ROWS', afterPosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    return this.insertAfter('ROWS', afterPosition, howMany);
  }
  insertRowBefore(beforePosition: number) {
    return this.insertBefore('ROWS', beforePosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    return this.insertBefore('ROWS', beforePosition, howMany);
  }
  insertRows(rowIndex: number, numRows = 1) {
    this.insertBefore('ROWS', rowIndex, numRows);
  }
  deleteRow(rowPosition: number) {
    this.remove('ROWS', rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number) {
    this.remove('ROWS', rowPosition, howMany);
  }
  insertColumnAfter(afterPosition: number) {
    return this.insertAfter('COLUMNS', afterPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    return this.insertAfter('COLUMNS', afterPosition, howMany);
  }
  insertColumnBefore(beforePosition: number) {
    return this.insertBefore('COLUMNS', beforePosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    return this.insertBefore('COLUMNS', beforePosition, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1) {
    this.insertBefore('COLUMNS', columnIndex, numColumns);
  }
  deleteColumn(columnPosition: number) {
    this.remove('COLUMNS', columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number) {
    this.remove('COLUMNS', columnPosition, howMany);
  }

  private move(dim: Dimension, spec: unknown, destinationIndex: number) {
    const range = unwrap(spec);
    if (!(range instanceof Range) || range.sheetModel !== this.model) {
      fail(
        this.env,
        `The parameters don't match the method signature for SpreadsheetApp.Sheet.move${dim === 'ROWS' ? 'Rows' : 'Columns'}.`,
      );
    }
    const start = dim === 'ROWS' ? range.row : range.column;
    const count = dim === 'ROWS' ? range.numRows : range.numColumns;
    const max = dim === 'ROWS' ? this.model.maxRows : this.model.maxColumns;
    if (!Number.isInteger(destinationIndex) || destinationIndex < 1 || destinationIndex > max + 1) {
      fail(this.env, dim === 'ROWS' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    }
    if (destinationIndex > start && destinationIndex < start + count) {
      fail(this.env, 'The destination of the move must not be inside the moved range.');
    }
    moveDimension(this.env.book, this.model, dim, start, count, destinationIndex);
  }
  /** Moves the columns of columnSpec to before destinationIndex (a pre-move column index). */
  moveColumns(columnSpec: unknown, destinationIndex: number) {
    this.move('COLUMNS', columnSpec, destinationIndex);
  }
  moveRows(rowSpec: unknown, destinationIndex: number) {
    this.move('ROWS', rowSpec, destinationIndex);
  }

  setFrozenRows(rows: number) {
    if (!Number.isInteger(rows) || rows < 0 || rows >= this.model.maxRows)
      fail(this.env, 'Invalid argument: rows');
    this.model.frozenRows = rows;
    return this;
  }
  getFrozenRows() {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number) {
    if (!Number.isInteger(columns) || columns < 0 || columns >= this.model.maxColumns)
      fail(this.env, 'Invalid argument: columns');
    this.model.frozenColumns = columns;
    return this;
  }
  getFrozenColumns() {
    return this.model.frozenColumns;
  }

  private meta(dim: Dimension, index: number) {
    const list = dim === 'ROWS' ? this.model.rowMeta : this.model.columnMeta;
    return (list[index - 1] ??= {});
  }
  setColumnWidth(columnPosition: number, width: number) {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    this.checkPosition('COLUMNS', startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.meta('COLUMNS', c).size = width;
    return this;
  }
  getColumnWidth(columnPosition: number) {
    this.checkPosition('COLUMNS', columnPosition);
    return this.model.columnMeta[columnPosition - 1]?.size ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number) {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number) {
    this.checkPosition('ROWS', startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) this.meta('ROWS', r).size = height;
    return this;
  }
  getRowHeight(rowPosition: number) {
    this.checkPosition('ROWS', rowPosition);
    return this.model.rowMeta[rowPosition - 1]?.size ?? DEFAULT_ROW_HEIGHT;
  }
  /** Fits widths to the longest displayed text (about 7 px a character). */
  autoResizeColumns(startColumn: number, numColumns: number) {
    this.checkPosition('COLUMNS', startColumn, numColumns);
    const lastRow = this.getLastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= lastRow; r++)
        longest = Math.max(longest, displayValue(this.env, this.model, r, c).length);
      this.meta('COLUMNS', c).size = Math.max(DEFAULT_COLUMN_WIDTH / 2, longest * 7 + 12);
    }
    return this;
  }
  autoResizeColumn(columnPosition: number) {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeRows(startRow: number, numRows: number) {
    this.checkPosition('ROWS', startRow, numRows);
    return this;
  }
  private setHidden(dim: Dimension, index: unknown, count: number | undefined, hidden: boolean) {
    let start: number;
    let n: number;
    const raw = unwrap(index);
    if (raw instanceof Range) {
      start = dim === 'ROWS' ? raw.row : raw.column;
      n = dim === 'ROWS' ? raw.numRows : raw.numColumns;
    } else {
      start = Number(raw);
      n = count ?? 1;
    }
    this.checkPosition(dim, start, n);
    for (let i = start; i < start + n; i++) this.meta(dim, i).hidden = hidden;
  }
  hideColumns(columnIndex: number, numColumns?: number) {
    this.setHidden('COLUMNS', columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns?: number) {
    this.setHidden('COLUMNS', columnIndex, numColumns, false);
  }
  hideColumn(column: unknown) {
    this.setHidden('COLUMNS', column, undefined, true);
  }
  unhideColumn(column: unknown) {
    this.setHidden('COLUMNS', column, undefined, false);
  }
  isColumnHiddenByUser(columnPosition: number) {
    return !!this.model.columnMeta[columnPosition - 1]?.hidden;
  }
  hideRows(rowIndex: number, numRows?: number) {
    this.setHidden('ROWS', rowIndex, numRows, true);
  }
  showRows(rowIndex: number, numRows?: number) {
    this.setHidden('ROWS', rowIndex, numRows, false);
  }
  hideRow(row: unknown) {
    this.setHidden('ROWS', row, undefined, true);
  }
  unhideRow(row: unknown) {
    this.setHidden('ROWS', row, undefined, false);
  }
  isRowHiddenByUser(rowPosition: number) {
    return !!this.model.rowMeta[rowPosition - 1]?.hidden;
  }

  private whole(): Range {
    return new Range(this.env, this.model, 1, 1, this.model.maxRows, this.model.maxColumns);
  }
  /** Clears contents and formats (options as Range.clear). */
  clear(options?: ClearOptions) {
    this.whole().clear(options);
    return this;
  }
  clearContents() {
    this.whole().clearContent();
    return this;
  }
  clearFormats() {
    this.whole().clearFormat();
    return this;
  }
  clearNotes() {
    this.whole().clearNote();
    return this;
  }

  // ------------------------------------------------------------ protections

  getProtections(type: string) {
    return this.env.book.protections
      .filter((p) => p.sheetId === this.model.id && p.type === type)
      .map((p) => new Protection(this.env, p));
  }
  /** A sheet has at most one sheet protection; protect() returns it when it exists. */
  protect() {
    const existing = this.env.book.protections.find((p) => p.sheetId === this.model.id && p.type === 'SHEET');
    if (existing) return new Protection(this.env, existing);
    const model = {
      id: newId(this.env.book),
      type: 'SHEET' as const,
      sheetId: this.model.id,
      description: '',
      warningOnly: false,
      editors: [this.env.options.userEmail],
      domainEdit: false,
      unprotected: [],
    };
    this.env.book.protections.push(model);
    return new Protection(this.env, model);
  }

  // ------------------------------------------------------------ conditional formats

  setConditionalFormatRules(rules: unknown[]) {
    if (!Array.isArray(rules))
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    const models = unwrap(rules).map((r) => {
      const raw = unwrap(r);
      if (!(raw instanceof ConditionalFormatRule))
        fail(
          this.env,
          "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
        );
      return cloneConditionalFormat(raw.model);
    });
    for (const m of models) {
      if (m.ranges.some((g) => g.sheetId !== this.model.id))
        fail(this.env, 'Conditional format rule cannot reference a different sheet.');
    }
    this.model.conditionalFormats = models;
  }
  getConditionalFormatRules() {
    return outArray(
      this.env,
      this.model.conditionalFormats.map((m) => new ConditionalFormatRule(this.env, m)),
    );
  }
  clearConditionalFormatRules() {
    this.model.conditionalFormats = [];
  }

  // ------------------------------------------------------------ charts

  newChart() {
    return new EmbeddedChartBuilder(this.env, this.model.id);
  }
  insertChart(chart: unknown) {
    const raw = unwrap(chart);
    if (!(raw instanceof EmbeddedChart))
      fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    const model = cloneChart(raw.model);
    model.id = newId(this.env.book);
    this.model.charts.push(model);
  }
  getCharts() {
    return this.model.charts.map((m) => new EmbeddedChart(this.env, this.model.id, cloneChart(m)));
  }
  removeChart(chart: unknown) {
    const raw = unwrap(chart) as EmbeddedChart;
    this.model.charts = this.model.charts.filter((m) => m.id !== raw.model.id);
  }
  updateChart(chart: unknown) {
    const raw = unwrap(chart) as EmbeddedChart;
    const i = this.model.charts.findIndex((m) => m.id === raw.model.id);
    if (i < 0) fail(this.env, 'The chart to update is not on this sheet.');
    this.model.charts[i] = cloneChart(raw.model);
  }

  // ------------------------------------------------------------ metadata, named ranges

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown) {
    addMetadata(this.env, this.model.developerMetadata, key, a, b);
    return this;
  }
  getDeveloperMetadata() {
    return metadataObjects(this.env, this.model.developerMetadata);
  }
  getNamedRanges() {
    return new Spreadsheet(this.env).getNamedRanges().filter((n) => n.model.range.sheetId === this.model.id);
  }

  toString() {
    return 'Sheet';
  }
}
serviceClass(Sheet, 'Spreadsheet', ['newChart']);
