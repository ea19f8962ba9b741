// Protection of a range or a whole sheet. Stored in the workbook model, so it follows
// row/column inserts and deletes like the cells it covers.

import { serviceClass, unwrap } from './counting';
import type { Env } from './env';
import { fail } from './env';
import type { ProtectionModel } from './model';
import { Range } from './range';

export class Protection {
  constructor(
    private readonly env: Env,
    readonly model: ProtectionModel,
  ) {}

  private live(): ProtectionModel {
    if (!this.env.book.protections.includes(this.model)) fail(this.env, 'This protection has been removed.');
    return this.model;
  }
  getProtectionType() {
    return this.model.type;
  }
  getDescription() {
    return this.model.description;
  }
  setDescription(description: string) {
    this.live().description = String(description);
    return this;
  }
  isWarningOnly() {
    return this.model.warningOnly;
  }
  /** A warning-only protection restricts nobody, so it lists no editors. */
  setWarningOnly(warningOnly: boolean) {
    const model = this.live();
    model.warningOnly = !!warningOnly;
    if (model.warningOnly) model.editors = [];
    return this;
  }
  getRange() {
    const sheet = this.env.book.sheets.find((s) => s.id === this.model.sheetId);
    if (!sheet) return null;
    const g = this.model.range ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    return new Range(this.env, sheet, g.row, g.column, g.numRows, g.numColumns);
  }
  setRange(range: unknown) {
    const raw = unwrap(range);
    if (!(raw instanceof Range))
      fail(
        this.env,
        "The parameters don't match the method signature for SpreadsheetApp.Protection.setRange.",
      );
    if (this.model.type === 'SHEET') fail(this.env, 'A sheet protection cannot change its range.');
    this.live().range = raw.gridRange();
    return this;
  }
  getUnprotectedRanges() {
    return this.model.unprotected.flatMap((g) => {
      const sheet = this.env.book.sheets.find((s) => s.id === g.sheetId);
      return sheet ? [new Range(this.env, sheet, g.row, g.column, g.numRows, g.numColumns)] : [];
    });
  }
  setUnprotectedRanges(ranges: unknown[]) {
    if (this.model.type !== 'SHEET') fail(this.env, 'Only a sheet protection can have unprotected ranges.');
    this.live().unprotected = unwrap(ranges).map((r) => (unwrap(r) as Range).gridRange());
    return this;
  }
  remove() {
    this.live();
    this.env.book.protections = this.env.book.protections.filter((p) => p !== this.model);
  }
  canEdit() {
    return true;
  }
  canDomainEdit() {
    return this.model.domainEdit;
  }
  setDomainEdit(editable: boolean) {
    this.live().domainEdit = !!editable;
    return this;
  }
  getEditors() {
    return this.model.editors.map((email) => ({ getEmail: () => email }));
  }
  addEditor(email: unknown) {
    return this.addEditors([email]);
  }
  addEditors(emails: unknown[]) {
    const model = this.live();
    for (const e of emails) {
      const email = typeof e === 'string' ? e : (e as { getEmail(): string }).getEmail();
      if (!model.editors.includes(email)) model.editors.push(email);
    }
    return this;
  }
  removeEditor(email: unknown) {
    return this.removeEditors([email]);
  }
  removeEditors(emails: unknown[]) {
    const drop = new Set(
      emails.map((e) => (typeof e === 'string' ? e : (e as { getEmail(): string }).getEmail())),
    );
    this.live().editors = this.model.editors.filter((e) => !drop.has(e));
    return this;
  }
}
serviceClass(Protection, 'Spreadsheet');
