// The active spreadsheet and the SpreadsheetApp global.

import { parseA1 } from './a1';
import { ConditionalFormatRuleBuilder, DataValidationBuilder, RichTextValueBuilder } from './builders';
import { serviceClass, unwrap } from './counting';
import type { Env } from './env';
import { fail } from './env';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from './enums';
import { addMetadata, metadataObjects, NamedRange } from './metadata';
import { createSheetModel, defaultSheetName, sheetById, sheetByName } from './model';
import { Range } from './range';
import { Sheet } from './sheet';
import { isValidTimeZone } from './timezone';
import { Ui } from './ui';

export class Spreadsheet {
  constructor(readonly env: Env) {}

  private get book() {
    return this.env.book;
  }

  getId() {
    return this.book.id;
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getName() {
    return this.book.name;
  }
  rename(name: string) {
    this.book.name = String(name);
    return this;
  }
  getSpreadsheetTimeZone() {
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string) {
    if (!isValidTimeZone(String(timeZone))) fail(this.env, `Invalid argument: ${timeZone}`);
    this.book.timeZone = String(timeZone);
  }
  getSpreadsheetLocale() {
    return this.book.locale;
  }
  setSpreadsheetLocale(locale: string) {
    this.book.locale = String(locale);
  }

  getSheets() {
    return this.book.sheets.map((s) => new Sheet(this.env, s));
  }
  getNumSheets() {
    return this.book.sheets.length;
  }
  getSheetByName(name: string) {
    const s = sheetByName(this.book, String(name));
    return s ? new Sheet(this.env, s) : null;
  }
  getSheetById(id: number) {
    const s = sheetById(this.book, Number(id));
    return s ? new Sheet(this.env, s) : null;
  }
  getActiveSheet() {
    const s = sheetById(this.book, this.book.activeSheetId) ?? this.book.sheets[0];
    return new Sheet(this.env, s);
  }
  setActiveSheet(sheet: unknown) {
    const raw = unwrap(sheet);
    if (!(raw instanceof Sheet))
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.setActiveSheet.",
      );
    return raw.activate();
  }
  getActiveRange() {
    return this.getActiveSheet().getRange(1, 1);
  }

  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). */
  insertSheet(a?: unknown, b?: unknown) {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    else if (a !== undefined && a !== null && typeof a !== 'object')
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.insertSheet.",
      );
    if (name !== undefined && sheetByName(this.book, name)) {
      fail(this.env, `A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      while (sheetByName(this.book, defaultSheetName(this.book.locale, n))) n++;
      name = defaultSheetName(this.book.locale, n);
    }
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this.book.sheets.length)) {
      fail(this.env, `Invalid argument: sheetIndex`);
    }
    const model = createSheetModel(this.book, name);
    this.book.sheets.splice(index ?? this.book.sheets.length, 0, model);
    this.book.activeSheetId = model.id;
    return new Sheet(this.env, model);
  }
  deleteSheet(sheet: unknown) {
    const raw = unwrap(sheet);
    if (!(raw instanceof Sheet))
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.",
      );
    if (!this.book.sheets.includes(raw.model))
      fail(this.env, `The sheet ${raw.model.name} has been deleted.`);
    if (this.book.sheets.length === 1) fail(this.env, "You can't remove all the sheets in a document.");
    this.book.sheets = this.book.sheets.filter((s) => s !== raw.model);
    this.book.protections = this.book.protections.filter((p) => p.sheetId !== raw.model.id);
    this.book.namedRanges = this.book.namedRanges.filter((n) => n.range.sheetId !== raw.model.id);
    if (this.book.activeSheetId === raw.model.id) this.book.activeSheetId = this.book.sheets[0].id;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number) {
    const active = sheetById(this.book, this.book.activeSheetId)!;
    this.book.sheets = this.book.sheets.filter((s) => s !== active);
    this.book.sheets.splice(Math.max(0, Math.min(pos - 1, this.book.sheets.length)), 0, active);
  }

  /** getRange('A1:B2') on the active sheet or getRange("'Sheet name'!A1:B2"). */
  getRange(a1Notation: string) {
    const ref = parseA1(String(a1Notation));
    if (!ref) fail(this.env, 'Range not found');
    const sheet = ref.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(ref.sheetName);
    if (!sheet) fail(this.env, 'Range not found');
    const bang = String(a1Notation).lastIndexOf('!');
    return sheet.getRange(bang >= 0 ? String(a1Notation).slice(bang + 1) : String(a1Notation));
  }
  getRangeByName(name: string) {
    const n = this.book.namedRanges.find((x) => x.name === name);
    return n ? new NamedRange(this.env, n).getRange() : null;
  }
  setNamedRange(name: string, range: unknown) {
    const raw = unwrap(range);
    if (!(raw instanceof Range))
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.setNamedRange.",
      );
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name)
    ) {
      fail(
        this.env,
        'Named ranges must start with a letter or underscore, contain only letters, numbers and underscores, and not look like a cell reference.',
      );
    }
    const existing = this.book.namedRanges.find((x) => x.name === name);
    if (existing) existing.range = raw.gridRange();
    else this.book.namedRanges.push({ name, range: raw.gridRange() });
  }
  removeNamedRange(name: string) {
    this.book.namedRanges = this.book.namedRanges.filter((x) => x.name !== name);
  }
  getNamedRanges() {
    return this.book.namedRanges.map((n) => new NamedRange(this.env, n));
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown) {
    addMetadata(this.env, this.book.developerMetadata, key, a, b);
    return this;
  }
  getDeveloperMetadata() {
    return metadataObjects(this.env, this.book.developerMetadata);
  }

  toast(message: unknown, title?: unknown, timeoutSeconds?: number) {
    this.env.ui.toasts.push({
      message: String(message ?? ''),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  toString() {
    return 'Spreadsheet';
  }
}
serviceClass(Spreadsheet, 'Spreadsheet');

/** The SpreadsheetApp global. Builder factories are local calls (not counted). */
export class SpreadsheetApp {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly SheetType = SheetType;

  constructor(private readonly env: Env) {}

  getActive() {
    return new Spreadsheet(this.env);
  }
  getActiveSpreadsheet() {
    return new Spreadsheet(this.env);
  }
  getActiveSheet() {
    return new Spreadsheet(this.env).getActiveSheet();
  }
  getActiveRange() {
    return new Spreadsheet(this.env).getActiveRange();
  }
  setActiveSheet(sheet: unknown) {
    return new Spreadsheet(this.env).setActiveSheet(sheet);
  }
  getUi() {
    return new Ui(this.env);
  }
  flush() {}
  /** The add-on's scope is spreadsheets.currentonly: opening other files is refused. */
  openById(id: string) {
    fail(
      this.env,
      `You do not have permission to call SpreadsheetApp.openById (requested ${id}). Required permissions: https://www.googleapis.com/auth/spreadsheets`,
    );
  }
  openByUrl(url: string) {
    fail(
      this.env,
      `You do not have permission to call SpreadsheetApp.openByUrl (requested ${url}). Required permissions: https://www.googleapis.com/auth/spreadsheets`,
    );
  }
  create(name: string) {
    fail(
      this.env,
      `You do not have permission to call SpreadsheetApp.create (${name}). Required permissions: https://www.googleapis.com/auth/spreadsheets`,
    );
  }
  newDataValidation() {
    return new DataValidationBuilder(this.env);
  }
  newConditionalFormatRule() {
    return new ConditionalFormatRuleBuilder(this.env);
  }
  newRichTextValue() {
    return new RichTextValueBuilder();
  }
  newTextStyle() {
    const builder = {
      setBold: () => builder,
      setItalic: () => builder,
      setForegroundColor: () => builder,
      setFontSize: () => builder,
      setUnderline: () => builder,
      build: () => ({}),
    };
    return builder;
  }
}
serviceClass(
  SpreadsheetApp,
  'Spreadsheet',
  ['newDataValidation', 'newConditionalFormatRule', 'newRichTextValue', 'newTextStyle'],
  { getUi: 'Ui' },
);
