// Cell value semantics: what Sheets stores when a script writes a value, and what a
// read hands back. Dates may come from another realm (a node:vm context), so they are
// recognised by their tag, never by instanceof.

import { zonedToInstant } from './timezone';

export type Scalar = string | number | boolean | Date;

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What a written value becomes: a stored value or a formula. */
export interface Written {
  value: Scalar;
  formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export const PLAIN_TEXT_FORMAT = '@';

/**
 * What Sheets does with a leading apostrophe written into a cell formatted as plain text
 * ('@'): keep it as part of the text, or drop it as it does in any other cell. Google does
 * not document it (README, "Text cells"), so the emulator runs either way: the option
 * `plainTextApostrophe`, else the environment variable EMU_PLAINTEXT_APOSTROPHE, else
 * 'keep', the reading we argue is the likelier.
 */
export type ApostropheReading = 'keep' | 'drop';
export const DEFAULT_APOSTROPHE_READING: ApostropheReading = 'keep';

export function apostropheReading(option?: string): ApostropheReading {
  const chosen = option ?? process.env.EMU_PLAINTEXT_APOSTROPHE;
  if (chosen === undefined || chosen === '') return DEFAULT_APOSTROPHE_READING;
  if (chosen === 'keep' || chosen === 'drop') return chosen;
  throw new Error(
    `EMU_PLAINTEXT_APOSTROPHE / plainTextApostrophe must be keep or drop, not ${JSON.stringify(chosen)}`,
  );
}

/**
 * A string is treated like text typed into the cell: '=…' is a formula, a leading
 * apostrophe forces literal text (and is not part of it), numbers, TRUE/FALSE and ISO dates
 * are recognised — unless the cell is formatted as plain text ('@'), which keeps the text
 * as typed; there the leading apostrophe follows the reading.
 */
export function typeIn(
  text: string,
  numberFormat: string | undefined,
  timeZone: string,
  reading: ApostropheReading = DEFAULT_APOSTROPHE_READING,
): Written {
  if (numberFormat === PLAIN_TEXT_FORMAT)
    return { value: reading === 'drop' && text.startsWith("'") ? text.slice(1) : text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  if (NUMBER.test(text)) return { value: Number(text) };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, mo, d, h, mi, s] = iso.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      return { value: new Date(zonedToInstant(y, mo, d, h, mi, s, 0, timeZone)) };
    }
  }
  return { value: text };
}

/** Converts any value a script passes to setValue(s) into what the cell stores. */
export function writeValue(
  value: unknown,
  numberFormat: string | undefined,
  timeZone: string,
  reading?: ApostropheReading,
): Written {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') return typeIn(value, numberFormat, timeZone, reading);
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  return typeIn(String(value), numberFormat, timeZone, reading);
}

export function copyScalar<T>(value: T): T {
  return (isDate(value) ? new Date((value as unknown as Date).getTime()) : value) as T;
}

export function isEmptyValue(value: unknown): boolean {
  return value === '' || value === undefined || value === null;
}
