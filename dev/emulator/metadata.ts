// Developer metadata (key/value on the spreadsheet or a sheet) and named ranges.

import { serviceClass, unwrap } from './counting';
import type { Env } from './env';
import { fail } from './env';
import type { DeveloperMetadataModel, NamedRangeModel } from './model';
import { newId } from './model';
import { Range } from './range';

export class DeveloperMetadata {
  constructor(
    private readonly env: Env,
    private readonly owner: DeveloperMetadataModel[],
    readonly model: DeveloperMetadataModel,
  ) {}
  getId() {
    return this.model.id;
  }
  getKey() {
    return this.model.key;
  }
  setKey(key: string) {
    this.model.key = String(key);
    return this;
  }
  getValue() {
    return this.model.value;
  }
  setValue(value: string | null) {
    this.model.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  getVisibility() {
    return this.model.visibility;
  }
  setVisibility(visibility: string) {
    this.model.visibility = String(visibility);
    return this;
  }
  remove() {
    const i = this.owner.indexOf(this.model);
    if (i >= 0) this.owner.splice(i, 1);
  }
}
serviceClass(DeveloperMetadata, 'Spreadsheet');

/** addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility). */
export function addMetadata(
  env: Env,
  owner: DeveloperMetadataModel[],
  key: unknown,
  a?: unknown,
  b?: unknown,
): void {
  if (typeof key !== 'string' || key === '') fail(env, 'Invalid argument: key');
  const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
  let value: string | null = null;
  let visibility = 'DOCUMENT';
  if (b !== undefined) {
    value = a === null ? null : String(a);
    visibility = String(b);
  } else if (a !== undefined) {
    if (isVisibility(a)) visibility = String(a);
    else value = a === null ? null : String(a);
  }
  owner.push({ id: newId(env.book), key, value, visibility });
}

export function metadataObjects(env: Env, owner: DeveloperMetadataModel[]): DeveloperMetadata[] {
  return owner.map((m) => new DeveloperMetadata(env, owner, m));
}

export class NamedRange {
  constructor(
    private readonly env: Env,
    readonly model: NamedRangeModel,
  ) {}
  getName() {
    return this.model.name;
  }
  setName(name: string) {
    this.model.name = String(name);
    return this;
  }
  getRange() {
    const g = this.model.range;
    const sheet = this.env.book.sheets.find((s) => s.id === g.sheetId);
    if (!sheet) fail(this.env, 'Range not found');
    return new Range(this.env, sheet, g.row, g.column, g.numRows, g.numColumns);
  }
  setRange(range: unknown) {
    this.model.range = (unwrap(range) as Range).gridRange();
    return this;
  }
  remove() {
    this.env.book.namedRanges = this.env.book.namedRanges.filter((n) => n !== this.model);
  }
}
serviceClass(NamedRange, 'Spreadsheet');
