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
/** A whole date the way a locale writes it: day and month (in the locale's order), a 4-digit year. */
const LOCAL_DATE = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

/** Locales that write the month first (1/31/2026); every other one writes the day first. */
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'fil_PH', 'es_PA', 'en_CA']);

/** The spreadsheet's default locale in the emulator: a Danish municipality's file. */
export const DEFAULT_LOCALE = 'da_DK';

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
 * apostrophe forces literal text (and is not part of it), numbers, TRUE/FALSE, ISO dates and
 * a whole date written the spreadsheet locale's way (31-05-2026 in da_DK, 5/31/2026 in
 * en_US) are recognised — unless the cell is formatted as plain text ('@'), which keeps the
 * text as typed; there the leading apostrophe follows the reading.
 */
export function typeIn(
  text: string,
  numberFormat: string | undefined,
  timeZone: string,
  reading: ApostropheReading = DEFAULT_APOSTROPHE_READING,
  locale: string = DEFAULT_LOCALE,
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
  const local = LOCAL_DATE.exec(text);
  if (local) {
    const [first, second, y] = [Number(local[1]), Number(local[3]), Number(local[4])];
    const [d, mo] = MONTH_FIRST.has(locale) ? [second, first] : [first, second];
    const days = mo >= 1 && mo <= 12 ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 0;
    if (d >= 1 && d <= days) return { value: new Date(zonedToInstant(y, mo, d, 0, 0, 0, 0, timeZone)) };
  }
  return { value: text };
}

/** Converts any value a script passes to setValue(s) into what the cell stores. */
export function writeValue(
  value: unknown,
  numberFormat: string | undefined,
  timeZone: string,
  reading?: ApostropheReading,
  locale?: string,
): Written {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') return typeIn(value, numberFormat, timeZone, reading, locale);
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (isDate(value)) return { value: new Date(value.getTime()) };
  return typeIn(String(value), numberFormat, timeZone, reading, locale);
}

export function copyScalar<T>(value: T): T {
  return (isDate(value) ? new Date((value as unknown as Date).getTime()) : value) as T;
}

export function isEmptyValue(value: unknown): boolean {
  return value === '' || value === undefined || value === null;
}
