// Text the coordinator typed, made safe to store in a cell exactly as typed.

/**
 * Sheets interprets a typed or written string: '=…' becomes a formula (also a way to smuggle
 * one in), '+45 12 34 56 78' or '004512345678' becomes a number (losing the '+' or the
 * leading zeros), '12-06-2026' a date, '50%' a percentage, '1e5' 100000, 'TRUE' a boolean. A leading
 * apostrophe makes Sheets store the text literally (and it is not shown). A string that
 * already starts with an apostrophe gets a second one, or Sheets would swallow hers.
 */
export function literalCellText(s: string): string {
  return needsApostrophe(s) ? `'${s}` : s;
}

function needsApostrophe(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@'\t\r\n]/.test(s)) return true;
  const trimmed = s.trim();
  // Digits with the punctuation of numbers, phone numbers, amounts, dates, times and percentages.
  if (/\d/.test(trimmed) && /^[\d\s+\-.,/:()%$€£]+$/.test(trimmed)) return true;
  if (/^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i.test(trimmed)) return true;
  // Currency amounts such as '100 kr.' or 'kr 100' stay text; booleans would not.
  return /^(true|false)$/i.test(trimmed);
}

// C0 and C1 control characters; tab and line breaks are handled separately by the callers.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_GLOBAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible,
// and able to make a name or a file name read differently from what is stored ("Trojan
// Source"). The marks U+200E/U+200F that Arabic text may carry are allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Whether text holds invisible control characters (tabs and line breaks allowed only when asked). */
export function hasControl(s: string, allowLineBreaks = false): boolean {
  if (CONTROL.test(s) || BIDI_CONTROL.test(s)) return true;
  return !allowLineBreaks && /[\t\r\n]/.test(s);
}

/**
 * Removes control characters. Line breaks are normalised to '\n' and kept when
 * `keepLineBreaks`, else replaced by a space like tabs, so words do not run together.
 */
export function stripControl(s: string, keepLineBreaks = false): string {
  const cleaned = s.replace(/\r\n?/g, '\n').replace(CONTROL_GLOBAL, '').replace(/\t/g, ' ');
  return keepLineBreaks ? cleaned : cleaned.replace(/\n/g, ' ');
}

/** Trimmed, with every run of whitespace (also tabs and line breaks) one space: for names. */
export function collapseWhitespace(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

/** Length in characters as a person counts them (an emoji or a non-BMP letter is one). */
export function charLength(s: string): number {
  return Array.from(s).length;
}
