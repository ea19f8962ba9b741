// How values cross between the add-on and a cell (README, design notes, "Text cells").
// Text must read back exactly as given, never as a formula, number or date, with no stray
// character, whether or not Sheets keeps a leading apostrophe written into a plain-text cell
// (Google does not say). So an apostrophe is never written into a cell the add-on formats as
// plain text ('@'): there text is written as it is, and the format keeps it text (also what
// she types by hand, like a phone "+45 20 30 40 50"). Anywhere else a string that Sheets
// could read as something else gets the documented leading apostrophe. Dates are real date
// cells at local midnight.
import type { ColumnKind } from '../../core/schema';

/** The number format of plain text: what is typed stays text. */
export const PLAIN_TEXT = '@';

/** The number format setup gives each kind of column (format.ts applies them). */
export const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  id: PLAIN_TEXT,
  text: PLAIN_TEXT,
  longtext: PLAIN_TEXT,
  phone: PLAIN_TEXT,
  email: PLAIN_TEXT,
  status: PLAIN_TEXT,
  yesno: PLAIN_TEXT,
  mark: PLAIN_TEXT,
  date: 'dd-mm-yyyy',
  datetime: 'dd-mm-yyyy hh:mm',
  money: '#,##0.00 "kr."',
  number: '0',
  hours: '0.0',
  percent: '0.0%',
};

const BOOLEAN_WORDS = new Set(['TRUE', 'FALSE', 'SAND', 'FALSK']);

/**
 * Text that any cell stores as typed, whatever its format: it starts with a letter, holds no
 * digit (so no number, date, time or amount can be read into it) — or is an ID like P001 —
 * and is no boolean word. Such text is written as it is everywhere.
 */
export function isPlainWord(text: string): boolean {
  if (!/^\p{L}/u.test(text)) return false;
  if (BOOLEAN_WORDS.has(text.trim().toUpperCase())) return false;
  return !/\d/.test(text) || /^\p{L}{1,4}\d{1,9}$/u.test(text);
}

/**
 * Text whose first character Sheets may treat as more than a character when it is written as
 * it is: an apostrophe (dropped or kept), '=' (a formula), '+', '-', '@'. Written into a
 * plain-text cell, such text is read back once to check it (table.ts).
 */
export function startsRisky(text: string): boolean {
  return /^['=+\-@]/.test(text);
}

/**
 * What to write for a value into a cell that is (`plainText`) or may not be formatted as
 * plain text: in a plain-text cell the text as it is, elsewhere a leading apostrophe unless
 * the text is a plain word.
 */
export function cellValue(value: unknown, plainText: boolean): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    if (value === '' || plainText || isPlainWord(value)) return value;
    return `'${value}`;
  }
  return value;
}

/** A value for a cell that is not formatted as plain text (Oversigt, a scratch cell). */
export function toCell(value: unknown): unknown {
  return cellValue(value, false);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DANISH = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;

/** A real date cell for an ISO date ('' stays empty). */
export function dateCell(iso: string): Date | '' {
  const m = ISO.exec(iso);
  if (!m) return '';
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !isNaN((value as Date).getTime());
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO date a cell shows: a date cell (read in the script's time zone, which setup makes
 * the spreadsheet's too), or text typed as dd-mm-yyyy or yyyy-mm-dd. Anything else is ''.
 */
export function isoOfCell(value: unknown): string {
  if (isDate(value)) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  const text = String(value ?? '').trim();
  if (ISO.test(text)) return text;
  const m = DANISH.exec(text);
  if (m) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return '';
}

/** A number from a cell: a number, or text in Danish (1.234,50) or plain (1234.50) form. */
export function numberOfCell(value: unknown): number | null {
  if (typeof value === 'number') return isFinite(value) ? value : null;
  const text = String(value ?? '')
    .replace(/kr\.?|dkk/gi, '')
    .replace(/\s/g, '')
    .trim();
  if (text === '') return null;
  const normalized = /,\d{1,2}$/.test(text)
    ? text.replace(/\./g, '').replace(',', '.')
    : text.replace(/,/g, '');
  const n = Number(normalized);
  return isFinite(n) ? n : null;
}

export function boolOfCell(value: unknown): boolean {
  return value === true || String(value).trim().toUpperCase() === 'TRUE';
}

export function textOfCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return isoOfCell(value);
  return String(value).trim();
}
