// The days on which no module is held: the Danish public holidays, the days the country
// treats as closed (grundlovsdag, juleaften, nytårsaftensdag), and the cohort's own
// `closedDates` (school holidays).
import { addDays, isoFromParts, parseIsoDate } from './dates';
import type { MessageKey } from './i18n';

export interface ClosedDay {
  date: string;
  /** The day's name, translated with t() where it is shown. */
  name: MessageKey;
}

/** Store bededag was abolished as a public holiday from 2024 on. */
const LAST_YEAR_WITH_GREAT_PRAYER_DAY = 2023;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoFromParts(year, month, day);
}

/** Every fixed closed day of one year, in date order. */
export function danishClosedDays(year: number): ClosedDay[] {
  const easter = easterSunday(year);
  const relative = (days: number, name: MessageKey): ClosedDay => ({ date: addDays(easter, days), name });
  const fixed = (month: number, day: number, name: MessageKey): ClosedDay => ({
    date: isoFromParts(year, month, day),
    name,
  });
  const days: ClosedDay[] = [
    fixed(1, 1, 'timelineHolidayNewYearsDay'),
    relative(-3, 'timelineHolidayMaundyThursday'),
    relative(-2, 'timelineHolidayGoodFriday'),
    relative(0, 'timelineHolidayEasterSunday'),
    relative(1, 'timelineHolidayEasterMonday'),
    relative(39, 'timelineHolidayAscensionDay'),
    relative(49, 'timelineHolidayWhitSunday'),
    relative(50, 'timelineHolidayWhitMonday'),
    fixed(6, 5, 'timelineHolidayConstitutionDay'),
    fixed(12, 24, 'timelineHolidayChristmasEve'),
    fixed(12, 25, 'timelineHolidayChristmasDay'),
    fixed(12, 26, 'timelineHolidayBoxingDay'),
    fixed(12, 31, 'timelineHolidayNewYearsEve'),
  ];
  if (year <= LAST_YEAR_WITH_GREAT_PRAYER_DAY) {
    // The fourth Friday after Easter.
    days.push(relative(26, 'timelineHolidayGreatPrayerDay'));
  }
  return days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, Map<string, MessageKey>>();

function closedDaysByDate(year: number): Map<string, MessageKey> {
  let byDate = cache.get(year);
  if (!byDate) {
    byDate = new Map(danishClosedDays(year).map((d) => [d.date, d.name] as [string, MessageKey]));
    cache.set(year, byDate);
  }
  return byDate;
}

/** The name of the Danish closed day on `date`, or null when it is an ordinary day. */
export function danishClosedDayName(date: string): MessageKey | null {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${String(date)}`);
  return closedDaysByDate(parts.year).get(date) ?? null;
}

/** Whether no module can be held on `date`: a Danish closed day or one of the cohort's `extra`. */
export function isClosed(date: string, extra: readonly string[] = []): boolean {
  return danishClosedDayName(date) !== null || extra.includes(date);
}
