// Danish ways of writing dates and money in the sidebars, and reading what she types.
import { displayDate, isIsoDate, parseUserDate } from '../../core/dates';
import { formatKr } from '../../core/money';
import { currentLang } from './i18n';

/** 'YYYY-MM-DD' → 'dd-mm-yyyy'; '' stays ''. */
export function showDate(iso: string): string {
  return iso && isIsoDate(iso) ? displayDate(iso) : iso || '';
}

/** Kroner → '111.000,00 kr.' (Danish) or 'DKK 111,000.00' (English). */
export function showMoney(kr: number): string {
  return formatKr(Math.round(kr * 100), currentLang());
}

/**
 * A typed date: 'dd-mm-yyyy' (also with '.' or '/', one-digit day/month) or ISO.
 * '' for empty, null when it is not a date.
 */
export function readDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return parseUserDate(trimmed);
}

/**
 * A typed amount of kroner, the Danish way: '1.234,50', '1234,5', '1 234,50 kr.'. A dot
 * alone is a thousands separator when it groups three digits ('1.234' = 1234), otherwise a
 * decimal point ('12.50' = 12,50). Null when it is not an amount; more than two decimals
 * are kept so the server's rule (and message) decides.
 */
export function readAmount(text: string, lang = currentLang()): number | null {
  // English writes 1,234.50 (the hint says so): a comma there groups thousands.
  const plain = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/^(kr\.?|dkk)/i, '')
    .replace(/(kr\.?|dkk)$/i, '');
  if (lang === 'en' && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(plain)) return Number(plain.replace(/,/g, ''));
  if (lang === 'en' && /^-?\d+\.\d+$/.test(plain)) return Number(plain);
  let s = text
    .trim()
    .replace(/\s+/g, '')
    .replace(/^kr\.?/i, '')
    .replace(/(kr\.?|dkk)$/i, '');
  s = s.replace(/^dkk/i, '');
  if (s === '') return null;
  let sign = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  }
  let normal: string;
  if (s.includes(',')) {
    const [whole, decimals, ...rest] = s.split(',');
    if (rest.length || !/^\d+$/.test(decimals ?? '')) return null;
    if (!/^\d{1,3}(\.\d{3})*$/.test(whole) && !/^\d+$/.test(whole)) return null;
    normal = `${whole.replace(/\./g, '')}.${decimals}`;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    normal = s.replace(/\./g, '');
  } else if (/^\d+(\.\d+)?$/.test(s)) {
    normal = s;
  } else {
    return null;
  }
  const value = Number(normal) * sign;
  return Number.isFinite(value) ? value : null;
}

/** Kroner as she would type them back: 1234.5 → '1.234,50' (Danish) or '1,234.50' (English). */
export function amountText(kr: number): string {
  return showMoney(kr)
    .replace(/\s*kr\.$/, '')
    .replace(/^DKK\s*/, '');
}

/** Text that must not wrap inside (a phone number after "+45"): its spaces become non-breaking. */
export function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** A long name (a budget line) may wrap after a slash, never inside a word. */
export function wrapAtSlashes(text: string): string {
  return text.replace(/\//g, '/\u200b');
}

/** The error text of a failed call, without the runtime's 'Exception: ' prefix. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Exception|Error|ScriptError):\s*/i, '');
}

export { isIsoDate };
