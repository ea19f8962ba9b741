import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  danishLongDate,
  daysBetween,
  displayDate,
  fromDayNumber,
  isIsoDate,
  isoFromLocalDate,
  isoFromParts,
  localDateFromIso,
  longDate,
  nextWeekdayAfter,
  parseIsoDate,
  parseUserDate,
  requireIsoDate,
  toDayNumber,
  weekday,
} from '../../src/core/dates';
import { UserError } from '../../src/core/errors';

describe('parseIsoDate / isIsoDate', () => {
  it.each([
    '2025-02-30',
    '2025-2-3',
    '2025-02-3',
    '25-02-03',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    ' 2025-01-01',
    '2025-01-01 ',
    '2025/01/01',
    '2025-01-01T00:00',
    '',
    'abc',
    '2023-02-29',
    '1900-02-29',
    '２０２５-01-01',
  ])('refuses %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2026-06-12'])('accepts %p', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it('refuses non-strings', () => {
    for (const value of [null, undefined, 20250101, new Date(), {}]) expect(isIsoDate(value)).toBe(false);
  });

  it('returns the parts', () => {
    expect(parseIsoDate('2026-06-12')).toEqual({ year: 2026, month: 6, day: 12 });
  });
});

describe('requireIsoDate', () => {
  it('throws a UserError naming the field', () => {
    try {
      requireIsoDate('2025-02-30', 'peopleFieldConsentDate');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).key).toBe('invalidDate');
      expect((error as UserError).params).toEqual({ field: 'peopleFieldConsentDate', value: '2025-02-30' });
    }
  });

  it('accepts empty only when allowed', () => {
    expect(requireIsoDate('', 'settingsFieldCeremonyDate', true)).toBe('');
    expect(() => requireIsoDate('', 'settingsFieldCeremonyDate')).toThrow(UserError);
  });

  it('refuses implausible years', () => {
    expect(() => requireIsoDate('0202-01-01', 'settingsFieldCeremonyDate')).toThrow(
      expect.objectContaining({ key: 'dateOutOfRange' }),
    );
  });
});

describe('arithmetic', () => {
  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(toDayNumber('1900-03-01') - toDayNumber('1900-02-28')).toBe(1);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('is not disturbed by daylight-saving changes', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addWeeks('2026-10-20', 1)).toBe('2026-10-27');
  });

  it('clamps month ends when adding months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-10-15', 0)).toBe('2025-10-15');
    expect(addMonths('2025-11-30', 60)).toBe('2030-11-30');
  });

  it('compares and counts days', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(daysBetween('2025-10-01', '2026-06-30')).toBe(272);
  });

  it('knows weekdays (1 Monday … 7 Sunday)', () => {
    expect(weekday('2026-06-12')).toBe(5);
    expect(weekday('2025-04-20')).toBe(7);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-29')).toBe(1);
    expect(nextWeekdayAfter('2026-03-03', 2)).toBe('2026-03-10');
    expect(nextWeekdayAfter('2026-03-03', 4)).toBe('2026-03-05');
  });

  it('refuses invalid dates as programming errors', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => isoFromParts(2025, 2, 29)).toThrow(RangeError);
  });

  it('agrees with the JavaScript calendar (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -800, max: 800 }), (n, k) => {
        const iso = fromDayNumber(n);
        const utc = new Date(Date.UTC(1970, 0, 1 + n));
        expect(iso).toBe(utc.toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(n);
        expect(weekday(iso)).toBe(((utc.getUTCDay() + 6) % 7) + 1);
        expect(daysBetween(iso, addDays(iso, k))).toBe(k);
      }),
    );
  });

  it('adds months to the same day or the month end (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50000, max: 50000 }),
        fc.integer({ min: -120, max: 120 }),
        (n, months) => {
          const from = parseIsoDate(fromDayNumber(n))!;
          const to = parseIsoDate(addMonths(fromDayNumber(n), months))!;
          expect((to.year - from.year) * 12 + to.month - from.month).toBe(months);
          expect(
            to.day === from.day ||
              (to.day < from.day && !isIsoDate(isoFromPartsLoose(to.year, to.month, to.day + 1))),
          ).toBe(true);
        },
      ),
    );
  });
});

function isoFromPartsLoose(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

describe('formatting', () => {
  it('writes the Danish long date of the diplomas', () => {
    expect(danishLongDate('2026-06-12')).toBe('12. juni 2026');
    expect(danishLongDate('2026-01-01')).toBe('1. januar 2026');
    expect(longDate('da', '2026-03-05')).toBe('5. marts 2026');
    expect(longDate('en', '2026-06-12')).toBe('June 12, 2026');
  });

  it('shows dd-mm-yyyy', () => {
    expect(displayDate('2026-06-02')).toBe('02-06-2026');
  });

  it('reads dates typed by hand', () => {
    expect(parseUserDate('2026-06-02')).toBe('2026-06-02');
    expect(parseUserDate(' 2-6-2026 ')).toBe('2026-06-02');
    expect(parseUserDate('02.06.2026')).toBe('2026-06-02');
    expect(parseUserDate('2/6/2026')).toBe('2026-06-02');
    expect(parseUserDate('31-02-2026')).toBeNull();
    expect(parseUserDate('juni')).toBeNull();
  });

  it('converts to and from local dates in Europe/Copenhagen', () => {
    for (const iso of ['2026-03-29', '2026-10-25', '2026-06-12', '1950-01-01', '2100-12-31']) {
      const date = localDateFromIso(iso);
      expect(date.getHours()).toBe(0);
      expect(isoFromLocalDate(date)).toBe(iso);
    }
    expect(isoFromLocalDate(new Date(2026, 5, 12, 23, 59))).toBe('2026-06-12');
  });
});
