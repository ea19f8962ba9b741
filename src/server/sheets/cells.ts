// How values cross between the add-on and a cell. Text is always written with a leading
// apostrophe, which Sheets stores as "this is text": a name like "=HYPERLINK(…)", a phone
// number "+45 12 34 56 78" or a note "1/2" is kept exactly as typed, never turned into a
// formula, a number or a date. Dates are real date cells at local midnight.

export function toCell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
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
  const normalized = /,\d{1,2}$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
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
