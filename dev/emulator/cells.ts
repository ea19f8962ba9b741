// Reading and writing single cells: computed values (formulas evaluated on read), what
// getValue(s)/getDisplayValue(s) hand back, and the write path shared by setValue(s),
// appendRow and friends.

import type { Env } from './env';
import { outDate } from './env';
import { evaluateFormula, FormulaError } from './formula';
import type { Cell, SheetModel } from './model';
import { cellForWrite, checkboxStates, getCell, sheetByName } from './model';
import { readThroughFormat, renderValue } from './numberformat';
import { instantToSerial } from './timezone';
import { isDate, writeValue } from './values';

const evaluating = new Set<string>();

/** The value a cell holds after evaluating its formula; Dates are the stored objects. */
export function computedValue(env: Env, sheet: SheetModel, row: number, column: number): unknown {
  const cell = getCell(sheet, row, column);
  if (!cell) return '';
  if (!cell.f) return cell.v ?? '';
  const key = `${sheet.id}:${row}:${column}`;
  if (evaluating.has(key)) return '#REF!';
  evaluating.add(key);
  try {
    const find = (name: string | undefined) => (name === undefined ? sheet : sheetByName(env.book, name));
    return evaluateFormula(cell.f, {
      locale: env.book.locale,
      size: (name) => {
        const s = find(name);
        return s ? { rows: s.maxRows, columns: s.maxColumns } : undefined;
      },
      read: (name, r, c) => {
        const s = find(name);
        if (!s) return new FormulaError('#REF!');
        return computedValue(env, s, r, c);
      },
      toSerial: (d) => instantToSerial(d.getTime(), env.book.timeZone),
    });
  } finally {
    evaluating.delete(key);
  }
}

/** What getValue returns for a cell: '' when empty, a fresh Date in the script's realm. */
export function scriptValue(env: Env, sheet: SheetModel, row: number, column: number): unknown {
  const cell = getCell(sheet, row, column);
  const value = readThroughFormat(computedValue(env, sheet, row, column), cell?.fmt, env.book.timeZone);
  return isDate(value) ? outDate(env, value.getTime()) : value;
}

export function displayValue(env: Env, sheet: SheetModel, row: number, column: number): string {
  const cell = getCell(sheet, row, column);
  return renderValue(computedValue(env, sheet, row, column), cell?.fmt, env.book.locale, env.book.timeZone);
}

export function formulaOf(sheet: SheetModel, row: number, column: number): string {
  return getCell(sheet, row, column)?.f ?? '';
}

/** Writes a value as a script would (typing semantics for strings). */
export function writeCell(env: Env, sheet: SheetModel, row: number, column: number, value: unknown): void {
  const existing = getCell(sheet, row, column);
  const written = writeValue(
    value,
    existing?.fmt,
    env.book.timeZone,
    env.options.plainTextApostrophe,
    env.book.locale,
  );
  if (!existing && written.value === '' && !written.formula) return;
  const cell = cellForWrite(sheet, row, column);
  setContent(cell, written.value, written.formula);
}

export function setContent(cell: Cell, value: unknown, formula?: string): void {
  delete cell.link;
  if (formula) {
    cell.f = formula;
    delete cell.v;
  } else {
    delete cell.f;
    if (value === '' || value === undefined) delete cell.v;
    else cell.v = value as Cell['v'];
  }
}

/** A write that would break a rejecting validation rule, or undefined when it is fine. */
export function violatesValidation(
  env: Env,
  sheet: SheetModel,
  row: number,
  column: number,
  value: unknown,
): boolean {
  const dv = getCell(sheet, row, column)?.dv;
  if (!dv || dv.allowInvalid) return false;
  const written = writeValue(
    value,
    getCell(sheet, row, column)?.fmt,
    env.book.timeZone,
    env.options.plainTextApostrophe,
    env.book.locale,
  );
  if (written.formula) return false;
  const v = written.value;
  if (v === '') return false;
  const values = dv.values;
  switch (dv.criteria) {
    case 'VALUE_IN_LIST':
      return !(values[0] as string[]).includes(String(typeof v === 'number' ? v : v));
    case 'VALUE_IN_RANGE': {
      const ref = (
        values[0] as {
          range: { sheetId: number; row: number; column: number; numRows: number; numColumns: number };
        }
      ).range;
      const src = env.book.sheets.find((s) => s.id === ref.sheetId);
      if (!src) return false;
      for (let r = ref.row; r < ref.row + ref.numRows; r++)
        for (let c = ref.column; c < ref.column + ref.numColumns; c++)
          if (String(computedValue(env, src, r, c)) === String(v)) return false;
      return true;
    }
    case 'CHECKBOX': {
      const [checked, unchecked] = checkboxStates(values);
      return v !== checked && v !== unchecked;
    }
    case 'DATE_IS_VALID_DATE':
      return !isDate(v);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'NUMBER_BETWEEN':
      return typeof v !== 'number' || v < Number(values[0]) || v > Number(values[1]);
    case 'NUMBER_GREATER_THAN':
      return typeof v !== 'number' || !(v > Number(values[0]));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return typeof v !== 'number' || !(v >= Number(values[0]));
    case 'NUMBER_LESS_THAN':
      return typeof v !== 'number' || !(v < Number(values[0]));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return typeof v !== 'number' || !(v <= Number(values[0]));
    default:
      return false;
  }
}
