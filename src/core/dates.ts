// Calendar dates as 'YYYY-MM-DD' strings, computed on whole day numbers (days since
// 1970-01-01) so no time zone or daylight-saving change can shift a date. Core never reads
// the clock: whoever needs "today" computes it in Europe/Copenhagen and passes it in.
import type { Language } from '../shared/api';
import { UserError } from './errors';
import type { MessageKey } from './i18n';
import { shownValue } from './validate';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Years a coordinator can mean; anything else is a typo (e.g. 0202 or 20255). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict: exactly YYYY-MM-DD with a day that exists ('2025-02-30' and '2025-2-3' are not). */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null;
  const match = ISO_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/**
 * A date the coordinator entered, or a UserError naming the field. `allowEmpty` accepts ''
 * for the optional dates (an empty setting or cell means "not decided yet").
 */
export function requireIsoDate(value: unknown, field: MessageKey, allowEmpty = false): string {
  if (allowEmpty && value === '') return '';
  if (value === undefined || value === '') throw new UserError('required', { field });
  const parts = parseIsoDate(value);
  if (!parts) throw new UserError('invalidDate', { field, value: describeValue(value) });
  if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    throw new UserError('dateOutOfRange', { field, min: MIN_YEAR, max: MAX_YEAR });
  }
  return value as string;
}

/** What she sent, as a message may show it: never "undefined" or "[object Object]". */
function describeValue(value: unknown): string {
  return shownValue(value);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Builds an ISO date; invalid parts are a programming error, not a user's typo. */
export function isoFromParts(year: number, month: number, day: number): string {
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isIsoDate(iso)) throw new RangeError(`invalid date parts ${year}-${month}-${day}`);
  return iso;
}

function partsOf(iso: string): DateParts {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`not an ISO date: ${String(iso)}`);
  return parts;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic for the
// proleptic Gregorian calendar, no Date object involved.
export function toDayNumber(iso: string): number {
  const { year, month, day } = partsOf(iso);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoFromParts(year, month, day);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function addWeeks(iso: string, weeks: number): string {
  return addDays(iso, 7 * weeks);
}

/** Calendar months; a day the target month lacks clamps to its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = partsOf(iso);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return isoFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** -1, 0 or 1, for sorting. Valid ISO dates order like their strings; parsing guards the input. */
export function compareDates(a: string, b: string): number {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 Monday … 7 Sunday (the Danish week starts on Monday). */
export function weekday(iso: string): number {
  // Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
  const mod = (((toDayNumber(iso) + 3) % 7) + 7) % 7;
  return mod + 1;
}

/** The first date strictly after `iso` that falls on ISO weekday `day`. */
export function nextWeekdayAfter(iso: string, day: number): string {
  const ahead = (((day - weekday(iso)) % 7) + 7) % 7;
  return addDays(iso, ahead === 0 ? 7 : ahead);
}

/** Month names as Danish writes them in running text (`12. juni 2026`). */
export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The Danish way dates are written on diplomas: '12. juni 2026'. */
export function danishLongDate(iso: string): string {
  const { year, month, day } = partsOf(iso);
  return `${day}. ${DANISH_MONTHS[month - 1]} ${year}`;
}

/** The long date of the generated documents in the cohort's language. */
export function longDate(lang: Language, iso: string): string {
  if (lang !== 'en') return danishLongDate(iso);
  const { year, month, day } = partsOf(iso);
  return `${ENGLISH_MONTHS[month - 1]} ${day}, ${year}`;
}

/** How the sheets show dates, dd-mm-yyyy; also used in messages. */
export function displayDate(iso: string): string {
  const { year, month, day } = partsOf(iso);
  return `${pad(day, 2)}-${pad(month, 2)}-${pad(year, 4)}`;
}

/**
 * A date typed as text into a cell, in the ways a Danish coordinator writes one:
 * ISO, or day-month-year with '-', '.' or '/' ('5-3-2026', '05.03.2026'). Null if none.
 */
export function parseUserDate(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[3]}-${pad(Number(match[2]), 2)}-${pad(Number(match[1]), 2)}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The calendar date of a Date in the runtime's local zone. Apps Script (V8) and the tests
 * both run in the script zone Europe/Copenhagen, so a date cell read at local midnight
 * gives back the date the sheet shows.
 */
export function isoFromLocalDate(date: Date): string {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Local midnight of an ISO date, for writing a real date cell. */
export function localDateFromIso(iso: string): Date {
  const { year, month, day } = partsOf(iso);
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}
