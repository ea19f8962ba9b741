// Range: a block of cells on one sheet, 1-based like Apps Script. Reads and writes go
// through cells.ts (value semantics) and the sheet model; every grid setter checks the
// data's size against the range with Apps Script's messages before changing anything.

import { toA1 } from './a1';
import { DataValidation, RichTextValue, validationModelOf } from './builders';
import {
  computedValue,
  displayValue,
  formulaOf,
  scriptValue,
  setContent,
  violatesValidation,
  writeCell,
} from './cells';
import { serviceClass, unwrap } from './counting';
import type { Env } from './env';
import { fail, outArray } from './env';
import type { BorderModel, Cell, GridRange, SheetModel } from './model';
import {
  cellForWrite,
  checkboxStates,
  cloneCell,
  cloneValidation,
  FORMAT_KEYS,
  getCell,
  newId,
} from './model';
import { localeInfo } from './numberformat';
import { Protection } from './protection';
// sheet.ts imports Range too; both are only used at call time, so the cycle is harmless.
import { Sheet } from './sheet';
import { isDate } from './values';

type StyleKey =
  | 'bg'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontSize'
  | 'fontFamily'
  | 'fontLine'
  | 'hAlign'
  | 'vAlign'
  | 'wrap'
  | 'note'
  | 'fmt';

const STYLE_DEFAULTS: Record<StyleKey, unknown> = {
  bg: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  fontLine: 'none',
  hAlign: 'general',
  vAlign: 'bottom',
  wrap: 'OVERFLOW',
  note: '',
  fmt: '0.###############',
};

export interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  commentsOnly?: boolean;
  skipFilteredRows?: boolean;
}

export class Range {
  constructor(
    readonly env: Env,
    readonly sheetModel: SheetModel,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    /** How the A1 notation was open-ended ('A:C' or '2:5'), for getA1Notation. */
    private readonly openEnded?: 'rows' | 'columns',
  ) {}

  gridRange(): GridRange {
    return {
      sheetId: this.sheetModel.id,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
  }

  private grid<T>(fn: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.numColumns; j++) line.push(fn(this.row + i, this.column + j));
      out.push(outArray(this.env, line));
    }
    return outArray(this.env, out);
  }

  private each(fn: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numColumns; j++) fn(this.row + i, this.column + j, i, j);
  }

  /** Validates a 2D array against the range's size with Apps Script's messages. */
  private checkGrid(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) {
      fail(
        this.env,
        `The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const rows = data as unknown[][];
    if (rows.length !== this.numRows) {
      fail(
        this.env,
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.numRows}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this.numColumns) {
        fail(
          this.env,
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    return rows;
  }

  private checkValidation(values: unknown[][]): void {
    this.each((r, c, i, j) => {
      if (violatesValidation(this.env, this.sheetModel, r, c, values[i][j])) {
        fail(
          this.env,
          `The data you entered in cell ${toA1(r, c)} violates the data validation rules set on this cell.`,
        );
      }
    });
  }

  // ------------------------------------------------------------ geometry

  getRow() {
    return this.row;
  }
  getRowIndex() {
    return this.row;
  }
  getColumn() {
    return this.column;
  }
  getColumnIndex() {
    return this.column;
  }
  getNumRows() {
    return this.numRows;
  }
  getNumColumns() {
    return this.numColumns;
  }
  getHeight() {
    return this.numRows;
  }
  getWidth() {
    return this.numColumns;
  }
  getLastRow() {
    return this.row + this.numRows - 1;
  }
  getLastColumn() {
    return this.column + this.numColumns - 1;
  }
  getA1Notation() {
    const full = toA1(this.row, this.column, this.numRows, this.numColumns);
    if (this.openEnded === 'rows') return full.replace(/\d+/g, '');
    if (this.openEnded === 'columns') return full.replace(/[A-Z]+/g, '');
    return full;
  }
  getSheet() {
    return new Sheet(this.env, this.sheetModel);
  }
  getGridId() {
    return this.sheetModel.id;
  }
  getCell(row: number, column: number) {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      fail(this.env, 'Cell reference out of range');
    }
    return new Range(this.env, this.sheetModel, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    return new Sheet(this.env, this.sheetModel).getRange(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
  activate() {
    this.env.book.activeSheetId = this.sheetModel.id;
    return this;
  }
  isBlank() {
    let blank = true;
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (cell && (cell.f || (cell.v !== undefined && cell.v !== ''))) blank = false;
    });
    return blank;
  }

  // ------------------------------------------------------------ values and formulas

  getValues() {
    return this.grid((r, c) => scriptValue(this.env, this.sheetModel, r, c));
  }
  getValue() {
    return scriptValue(this.env, this.sheetModel, this.row, this.column);
  }
  getDisplayValues() {
    return this.grid((r, c) => displayValue(this.env, this.sheetModel, r, c));
  }
  getDisplayValue() {
    return displayValue(this.env, this.sheetModel, this.row, this.column);
  }
  setValues(values: unknown[][]) {
    const rows = this.checkGrid(values, 'setValues');
    this.checkValidation(rows);
    this.each((r, c, i, j) => writeCell(this.env, this.sheetModel, r, c, rows[i][j]));
    return this;
  }
  setValue(value: unknown) {
    if (Array.isArray(value))
      fail(
        this.env,
        "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValue.",
      );
    this.checkValidation(Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value)));
    this.each((r, c) => writeCell(this.env, this.sheetModel, r, c, value));
    return this;
  }
  getFormulas() {
    return this.grid((r, c) => formulaOf(this.sheetModel, r, c));
  }
  getFormula() {
    return formulaOf(this.sheetModel, this.row, this.column);
  }
  setFormulas(formulas: string[][]) {
    const rows = this.checkGrid(formulas, 'setFormulas');
    this.each((r, c, i, j) => this.putFormula(r, c, rows[i][j]));
    return this;
  }
  /** On a larger range the formula is the top-left cell's; relative references move with each cell. */
  setFormula(formula: string) {
    this.each((r, c, i, j) =>
      this.putFormula(r, c, typeof formula === 'string' ? shiftReferences(formula, i, j) : formula),
    );
    return this;
  }
  private putFormula(r: number, c: number, formula: unknown) {
    const text = formula === null || formula === undefined ? '' : String(formula);
    if (text === '') {
      const cell = getCell(this.sheetModel, r, c);
      if (cell) setContent(cell, '');
      return;
    }
    // A formula without '=' is stored like a typed value, as Sheets does.
    if (!text.startsWith('=')) return writeCell(this.env, this.sheetModel, r, c, text);
    setContent(cellForWrite(this.sheetModel, r, c), '', text);
  }

  // ------------------------------------------------------------ clearing

  clearContent() {
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (cell) setContent(cell, '');
    });
    return this;
  }
  clearFormat() {
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (cell) for (const key of FORMAT_KEYS) delete cell[key];
    });
    return this;
  }
  clearNote() {
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (cell) delete cell.note;
    });
    return this;
  }
  clearDataValidations() {
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (cell) delete cell.dv;
    });
    return this;
  }
  /** clear() removes contents and formats; options select parts, as in Apps Script. */
  clear(options?: ClearOptions) {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this;
  }

  // ------------------------------------------------------------ formats

  private setStyle(key: StyleKey, value: unknown) {
    this.each((r, c) => setStyleOn(this.sheetModel, r, c, key, value));
    return this;
  }
  private setStyles(key: StyleKey, values: unknown[][], method: string) {
    const rows = this.checkGrid(values, method);
    this.each((r, c, i, j) => setStyleOn(this.sheetModel, r, c, key, rows[i][j]));
    return this;
  }
  private getStyle(key: StyleKey, r = this.row, c = this.column): unknown {
    const cell = getCell(this.sheetModel, r, c);
    const v = cell?.[key];
    if (v !== undefined) return v;
    if (key === 'fmt' && isDate(cell?.v)) return dateDefaultFormat(this.env);
    return STYLE_DEFAULTS[key];
  }
  private getStyles(key: StyleKey) {
    return this.grid((r, c) => this.getStyle(key, r, c));
  }

  setNumberFormat(format: string) {
    return this.setStyle('fmt', format);
  }
  setNumberFormats(formats: string[][]) {
    return this.setStyles('fmt', formats, 'setNumberFormats');
  }
  getNumberFormat() {
    return this.getStyle('fmt');
  }
  getNumberFormats() {
    return this.getStyles('fmt');
  }
  setBackground(color: string | null) {
    return this.setStyle('bg', color);
  }
  setBackgrounds(colors: (string | null)[][]) {
    return this.setStyles('bg', colors, 'setBackgrounds');
  }
  getBackground() {
    return this.getStyle('bg');
  }
  getBackgrounds() {
    return this.getStyles('bg');
  }
  setFontColor(color: string | null) {
    return this.setStyle('fontColor', color);
  }
  setFontColors(colors: (string | null)[][]) {
    return this.setStyles('fontColor', colors, 'setFontColors');
  }
  getFontColor() {
    return this.getStyle('fontColor');
  }
  getFontColors() {
    return this.getStyles('fontColor');
  }
  setFontWeight(weight: string | null) {
    return this.setStyle('fontWeight', weight);
  }
  setFontWeights(weights: (string | null)[][]) {
    return this.setStyles('fontWeight', weights, 'setFontWeights');
  }
  getFontWeight() {
    return this.getStyle('fontWeight');
  }
  getFontWeights() {
    return this.getStyles('fontWeight');
  }
  setFontStyle(style: string | null) {
    return this.setStyle('fontStyle', style);
  }
  setFontStyles(styles: (string | null)[][]) {
    return this.setStyles('fontStyle', styles, 'setFontStyles');
  }
  getFontStyle() {
    return this.getStyle('fontStyle');
  }
  getFontStyles() {
    return this.getStyles('fontStyle');
  }
  setFontSize(size: number) {
    return this.setStyle('fontSize', size);
  }
  getFontSize() {
    return this.getStyle('fontSize');
  }
  setFontFamily(family: string | null) {
    return this.setStyle('fontFamily', family);
  }
  getFontFamily() {
    return this.getStyle('fontFamily');
  }
  setFontLine(line: string | null) {
    return this.setStyle('fontLine', line);
  }
  getFontLine() {
    return this.getStyle('fontLine');
  }
  setHorizontalAlignment(alignment: string | null) {
    return this.setStyle('hAlign', alignment);
  }
  setHorizontalAlignments(alignments: (string | null)[][]) {
    return this.setStyles('hAlign', alignments, 'setHorizontalAlignments');
  }
  getHorizontalAlignment() {
    return this.getStyle('hAlign');
  }
  getHorizontalAlignments() {
    return this.getStyles('hAlign');
  }
  setVerticalAlignment(alignment: string | null) {
    return this.setStyle('vAlign', alignment);
  }
  getVerticalAlignment() {
    return this.getStyle('vAlign');
  }
  setWrap(wrap: boolean) {
    return this.setStyle('wrap', wrap ? 'WRAP' : 'OVERFLOW');
  }
  setWraps(wraps: boolean[][]) {
    return this.setStyles(
      'wrap',
      this.checkGrid(wraps, 'setWraps').map((r) => r.map((w) => (w ? 'WRAP' : 'OVERFLOW'))),
      'setWraps',
    );
  }
  /** A cell with no wrap setting of its own (new, or after clearFormat) reads as wrapping. */
  getWrap() {
    return this.wrapOf(this.row, this.column);
  }
  getWraps() {
    return this.grid((r, c) => this.wrapOf(r, c));
  }
  private wrapOf(r: number, c: number): boolean {
    const own = getCell(this.sheetModel, r, c)?.wrap;
    return own === undefined ? true : own === 'WRAP';
  }
  setWrapStrategy(strategy: string) {
    return this.setStyle('wrap', String(strategy));
  }
  setWrapStrategies(strategies: string[][]) {
    return this.setStyles('wrap', strategies, 'setWrapStrategies');
  }
  getWrapStrategy() {
    return this.getStyle('wrap');
  }
  getWrapStrategies() {
    return this.getStyles('wrap');
  }
  setNote(note: string | null) {
    return this.setStyle('note', note === null || note === undefined || note === '' ? null : String(note));
  }
  setNotes(notes: (string | null)[][]) {
    return this.setStyles('note', notes, 'setNotes');
  }
  getNote() {
    return this.getStyle('note');
  }
  getNotes() {
    return this.getStyles('note');
  }
  /** Stores which edges have a border (null = leave unchanged, false = remove). */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: string | null,
  ) {
    const lastRow = this.getLastRow();
    const lastColumn = this.getLastColumn();
    this.each((r, c) => {
      const edge = (outer: boolean, outerValue: boolean | null, inner: boolean | null) =>
        outer ? outerValue : inner;
      const patch: BorderModel = {
        top: edge(r === this.row, top, horizontal) ?? undefined,
        bottom: edge(r === lastRow, bottom, horizontal) ?? undefined,
        left: edge(c === this.column, left, vertical) ?? undefined,
        right: edge(c === lastColumn, right, vertical) ?? undefined,
      };
      const cell = cellForWrite(this.sheetModel, r, c);
      const border: BorderModel = { ...(cell.border ?? {}) };
      for (const k of ['top', 'bottom', 'left', 'right'] as const)
        if (patch[k] !== undefined) border[k] = patch[k];
      if (color !== undefined) border.color = color;
      if (style !== undefined) border.style = style;
      cell.border = border;
    });
    return this;
  }

  // ------------------------------------------------------------ data validation and checkboxes

  setDataValidation(rule: unknown) {
    const model = validationModelOf(this.env, rule);
    this.each((r, c) => {
      if (model) cellForWrite(this.sheetModel, r, c).dv = cloneValidation(model);
      else {
        const cell = getCell(this.sheetModel, r, c);
        if (cell) delete cell.dv;
      }
    });
    return this;
  }
  setDataValidations(rules: unknown[][]) {
    const rows = this.checkGrid(rules, 'setDataValidations');
    const models = rows.map((r) => r.map((rule) => validationModelOf(this.env, rule)));
    this.each((r, c, i, j) => {
      const model = models[i][j];
      if (model) cellForWrite(this.sheetModel, r, c).dv = model;
      else {
        const cell = getCell(this.sheetModel, r, c);
        if (cell) delete cell.dv;
      }
    });
    return this;
  }
  getDataValidation() {
    const dv = getCell(this.sheetModel, this.row, this.column)?.dv;
    return dv ? new DataValidation(this.env, dv) : null;
  }
  getDataValidations() {
    return this.grid((r, c) => {
      const dv = getCell(this.sheetModel, r, c)?.dv;
      return dv ? new DataValidation(this.env, dv) : null;
    });
  }
  /** Checkbox cells hold the checked/unchecked values; all cells start unchecked. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown) {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    this.each((r, c) => {
      const cell = cellForWrite(this.sheetModel, r, c);
      cell.dv = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: '' };
      setContent(cell, unchecked);
    });
    return this;
  }
  removeCheckboxes() {
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (!cell?.dv || cell.dv.criteria !== 'CHECKBOX') return;
      const [checked, unchecked] = checkboxStates(cell.dv.values);
      if (!cell.f && (cell.v === checked || cell.v === unchecked)) setContent(cell, '');
      delete cell.dv;
    });
    return this;
  }
  private setChecked(state: boolean) {
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (!cell?.dv || cell.dv.criteria !== 'CHECKBOX') return;
      const [checked, unchecked] = checkboxStates(cell.dv.values);
      setContent(cell, state ? checked : unchecked);
    });
    return this;
  }
  check() {
    return this.setChecked(true);
  }
  uncheck() {
    return this.setChecked(false);
  }
  /** true when every checkbox is checked, false when none is, null when mixed or none. */
  isChecked() {
    const states = new Set<boolean>();
    this.each((r, c) => {
      const cell = getCell(this.sheetModel, r, c);
      if (!cell?.dv || cell.dv.criteria !== 'CHECKBOX') return;
      const [checked] = checkboxStates(cell.dv.values);
      states.add(computedValue(this.env, this.sheetModel, r, c) === checked);
    });
    return states.size === 1 ? [...states][0] : null;
  }

  // ------------------------------------------------------------ rich text

  setRichTextValue(value: unknown) {
    const rich = unwrap(value);
    if (!(rich instanceof RichTextValue))
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Range.setRichTextValue.",
      );
    this.each((r, c) => putRich(this.sheetModel, r, c, rich));
    return this;
  }
  setRichTextValues(values: unknown[][]) {
    const rows = this.checkGrid(values, 'setRichTextValues');
    this.each((r, c, i, j) => putRich(this.sheetModel, r, c, unwrap(rows[i][j]) as RichTextValue));
    return this;
  }
  getRichTextValue() {
    return richOf(this.env, this.sheetModel, this.row, this.column);
  }
  getRichTextValues() {
    return this.grid((r, c) => richOf(this.env, this.sheetModel, r, c));
  }

  // ------------------------------------------------------------ protection, merges, copy, sort

  protect() {
    const model = {
      id: newId(this.env.book),
      type: 'RANGE' as const,
      sheetId: this.sheetModel.id,
      range: this.gridRange(),
      description: '',
      warningOnly: false,
      editors: [this.env.options.userEmail],
      domainEdit: false,
      unprotected: [],
    };
    this.env.book.protections.push(model);
    return new Protection(this.env, model);
  }

  merge() {
    const g = this.gridRange();
    this.sheetModel.merges = this.sheetModel.merges.filter((m) => !overlaps(m, g));
    this.sheetModel.merges.push(g);
    this.each((r, c) => {
      if (r === this.row && c === this.column) return;
      const cell = getCell(this.sheetModel, r, c);
      if (cell) setContent(cell, '');
    });
    return this;
  }
  mergeAcross() {
    for (let i = 0; i < this.numRows; i++)
      new Range(this.env, this.sheetModel, this.row + i, this.column, 1, this.numColumns).merge();
    return this;
  }
  mergeVertically() {
    for (let j = 0; j < this.numColumns; j++)
      new Range(this.env, this.sheetModel, this.row, this.column + j, this.numRows, 1).merge();
    return this;
  }
  breakApart() {
    const g = this.gridRange();
    this.sheetModel.merges = this.sheetModel.merges.filter((m) => !overlaps(m, g));
    return this;
  }
  isPartOfMerge() {
    const g = this.gridRange();
    return this.sheetModel.merges.some((m) => overlaps(m, g));
  }
  getMergedRanges() {
    const g = this.gridRange();
    return this.sheetModel.merges
      .filter((m) => overlaps(m, g))
      .map((m) => new Range(this.env, this.sheetModel, m.row, m.column, m.numRows, m.numColumns));
  }

  /** Copies contents and formats to the destination's top-left cell (options: contentsOnly, formatOnly). */
  copyTo(destination: unknown, options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    const dest = unwrap(destination);
    if (!(dest instanceof Range))
      fail(this.env, "The parameters don't match the method signature for SpreadsheetApp.Range.copyTo.");
    const snapshot: (Cell | undefined)[][] = [];
    this.each((r, c, i, j) => ((snapshot[i] ??= [])[j] = cloneCell(getCell(this.sheetModel, r, c))));
    new Sheet(this.env, dest.sheetModel).getRange(dest.row, dest.column, this.numRows, this.numColumns);
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        const src = snapshot[i][j];
        const target = cellForWrite(dest.sheetModel, dest.row + i, dest.column + j);
        if (!options?.formatOnly) {
          setContent(target, src?.v ?? '', src?.f);
          if (src?.link) target.link = src.link;
        }
        if (!options?.contentsOnly) {
          for (const key of FORMAT_KEYS) {
            if (src?.[key] !== undefined) (target as Record<string, unknown>)[key] = src[key];
            else delete target[key];
          }
          if (src?.dv) target.dv = cloneValidation(src.dv);
        }
      }
    }
    return this;
  }

  /** sort(column) / sort({column, ascending}) / sort([...]): rows move whole. */
  sort(spec: unknown) {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : {
            column: Number((s as { column: number }).column),
            ascending: (s as { ascending?: boolean }).ascending !== false,
          },
    );
    const rows: (Cell | undefined)[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      rows.push([]);
      for (let j = 0; j < this.numColumns; j++)
        rows[i].push(getCell(this.sheetModel, this.row + i, this.column + j));
    }
    const keyed = rows.map((cells, i) => ({
      cells,
      keys: specs.map((s) => computedValue(this.env, this.sheetModel, this.row + i, s.column)),
    }));
    keyed.sort((a, b) => {
      for (let k = 0; k < specs.length; k++) {
        const cmp = compareForSort(a.keys[k], b.keys[k]);
        if (cmp !== 0) return specs[k].ascending ? cmp : -cmp;
      }
      return 0;
    });
    keyed.forEach(({ cells }, i) => {
      const line = (this.sheetModel.cells[this.row + i - 1] ??= []);
      cells.forEach((cell, j) => (line[this.column + j - 1] = cell));
    });
    return this;
  }

  toString() {
    return 'Range';
  }
}
serviceClass(Range, 'Spreadsheet');

function describe(value: unknown): string {
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  if (value === null) return 'null';
  const t = typeof value;
  return t === 'string' ? 'String' : t === 'number' ? 'number' : t === 'boolean' ? 'Boolean' : 'Object';
}

function setStyleOn(sheet: SheetModel, r: number, c: number, key: StyleKey, value: unknown): void {
  // 'general' is the automatic format: Sheets stores no format and reads back its default.
  if (key === 'fmt' && typeof value === 'string' && /^general$/i.test(value)) value = null;
  // 'normal' alignment reads back as Sheets' name for it.
  if (key === 'hAlign' && value === 'normal') value = 'general-left';
  if (value === null || value === undefined) {
    const cell = getCell(sheet, r, c);
    if (cell) delete cell[key];
    return;
  }
  (cellForWrite(sheet, r, c) as Record<string, unknown>)[key] = value;
}

function dateDefaultFormat(env: Env): string {
  return localeInfo(env.book.locale).dateTimeDefault;
}

function putRich(sheet: SheetModel, r: number, c: number, rich: RichTextValue): void {
  const cell = cellForWrite(sheet, r, c);
  setContent(cell, rich.text);
  if (rich.link) cell.link = rich.link;
}

function richOf(env: Env, sheet: SheetModel, r: number, c: number): RichTextValue | null {
  const cell = getCell(sheet, r, c);
  const value = computedValue(env, sheet, r, c);
  if (typeof value !== 'string') return value === '' ? new RichTextValue('', null) : null;
  return new RichTextValue(value, cell?.link ?? null);
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function compareForSort(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    v === '' ? 3 : typeof v === 'number' || isDate(v) ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
  return Number(a) - Number(b);
}

/**
 * A formula as it reads `rows` rows down and `columns` columns right of where it was written:
 * A1-style references without a `$` move, absolute parts stay; text in quotes and function
 * names are left alone.
 */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  if ((rows === 0 && columns === 0) || !formula.startsWith('=')) return formula;
  return formula.replace(
    /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (whole, str, sheet, colAbs, col, rowAbs, row, offset, text) => {
      if (str || sheet) return whole;
      const before = offset > 0 ? (text as string)[offset - 1] : '';
      if (/[\w.]/.test(before)) return whole;
      let column = String(col).toUpperCase();
      if (!colAbs) column = columnLetters(columnNumber(column) + columns);
      const rowNumber = rowAbs ? Number(row) : Number(row) + rows;
      return `${colAbs}${column}${rowAbs}${rowNumber}`;
    },
  );
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}
