import fc from 'fast-check';
import { danishClosedDayName, danishClosedDays, easterSunday, isClosed } from '../../src/core/holidays';
import { addDays, weekday } from '../../src/core/dates';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });
});

describe('Danish closed days', () => {
  it('lists 2023 with store bededag on 5 May', () => {
    expect(danishClosedDays(2023).map((d) => d.date)).toEqual([
      '2023-01-01',
      '2023-04-06',
      '2023-04-07',
      '2023-04-09',
      '2023-04-10',
      '2023-05-05',
      '2023-05-18',
      '2023-05-28',
      '2023-05-29',
      '2023-06-05',
      '2023-12-24',
      '2023-12-25',
      '2023-12-26',
      '2023-12-31',
    ]);
    expect(danishClosedDayName('2023-05-05')).toBe('timelineHolidayGreatPrayerDay');
  });

  it('has no store bededag from 2024 on', () => {
    expect(isClosed('2024-04-26')).toBe(false);
    expect(danishClosedDays(2024).some((d) => d.name === 'timelineHolidayGreatPrayerDay')).toBe(false);
    expect(danishClosedDays(2026)).toHaveLength(13);
  });

  it('knows the 2026 days', () => {
    expect(isClosed('2026-04-02')).toBe(true); // skærtorsdag
    expect(isClosed('2026-04-03')).toBe(true); // langfredag
    expect(isClosed('2026-04-06')).toBe(true); // 2. påskedag
    expect(isClosed('2026-05-14')).toBe(true); // Kristi himmelfartsdag
    expect(isClosed('2026-05-25')).toBe(true); // 2. pinsedag
    expect(isClosed('2026-06-05')).toBe(true); // grundlovsdag
    expect(isClosed('2026-12-24')).toBe(true);
    expect(isClosed('2026-12-31')).toBe(true);
    expect(isClosed('2026-04-07')).toBe(false);
    expect(isClosed('2026-05-15')).toBe(false);
  });

  it('knows 2025 and 2027 relative to Easter', () => {
    expect(danishClosedDayName('2025-05-29')).toBe('timelineHolidayAscensionDay');
    expect(danishClosedDayName('2025-06-09')).toBe('timelineHolidayWhitMonday');
    expect(danishClosedDayName('2027-03-25')).toBe('timelineHolidayMaundyThursday');
    expect(danishClosedDayName('2027-05-16')).toBe('timelineHolidayWhitSunday');
    expect(danishClosedDayName('2027-01-02')).toBeNull();
  });

  it('adds the cohort closed dates', () => {
    expect(isClosed('2026-02-10', ['2026-02-10'])).toBe(true);
    expect(isClosed('2026-02-17', ['2026-02-10'])).toBe(false);
  });

  it('keeps the Easter days in their weekdays (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const easter = easterSunday(year);
        expect(weekday(addDays(easter, -3))).toBe(4);
        expect(weekday(addDays(easter, 39))).toBe(4);
        expect(isClosed(addDays(easter, 50))).toBe(true);
      }),
    );
  });
});
