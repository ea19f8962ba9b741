import fc from 'fast-check';
import { scheduleModules, assertFirstModuleDateOpen } from '../../src/core/schedule';
import { addDays, addWeeks, isIsoDate, weekday } from '../../src/core/dates';
import { isClosed } from '../../src/core/holidays';
import { UserError } from '../../src/core/errors';

const none = (T: number) => ({
  marked: new Array<boolean>(T).fill(false),
  existingDates: new Array<string>(T).fill(''),
});

describe('scheduleModules', () => {
  it('leaves dates empty until the first module date is set', () => {
    expect(scheduleModules({ T: 3, firstModuleDate: '', closedDates: [], ...none(3) })).toEqual(['', '', '']);
  });

  it('keeps the dates of marked modules even without a first module date', () => {
    const dates = scheduleModules({
      T: 3,
      firstModuleDate: '',
      closedDates: [],
      marked: [true, false, false],
      existingDates: ['2026-03-03', '2026-03-10', ''],
    });
    expect(dates).toEqual(['2026-03-03', '', '']);
  });

  it('schedules weekly from the first module date', () => {
    expect(scheduleModules({ T: 3, firstModuleDate: '2026-02-03', closedDates: [], ...none(3) })).toEqual([
      '2026-02-03',
      '2026-02-10',
      '2026-02-17',
    ]);
  });

  it('moves the rest one week on past a holiday', () => {
    // Thursdays in spring 2026: skærtorsdag 2 April and Kristi himmelfartsdag 14 May are closed.
    const dates = scheduleModules({ T: 8, firstModuleDate: '2026-03-19', closedDates: [], ...none(8) });
    expect(dates).toEqual([
      '2026-03-19',
      '2026-03-26',
      '2026-04-09',
      '2026-04-16',
      '2026-04-23',
      '2026-04-30',
      '2026-05-07',
      '2026-05-21',
    ]);
  });

  it('skips the cohort closed dates (winter holiday)', () => {
    const dates = scheduleModules({
      T: 3,
      firstModuleDate: '2026-02-03',
      closedDates: ['2026-02-10'],
      ...none(3),
    });
    expect(dates).toEqual(['2026-02-03', '2026-02-17', '2026-02-24']);
  });

  it('keeps marked modules and schedules the others after the last marked one', () => {
    const dates = scheduleModules({
      T: 5,
      firstModuleDate: '2026-02-03',
      closedDates: [],
      marked: [true, true, false, false, false],
      existingDates: ['2026-02-03', '2026-02-12', '2026-02-17', '', ''],
    });
    expect(dates).toEqual(['2026-02-03', '2026-02-12', '2026-02-17', '2026-02-24', '2026-03-03']);
  });

  it('reschedules a skipped unmarked module after the last marked one', () => {
    const dates = scheduleModules({
      T: 4,
      firstModuleDate: '2026-02-03',
      closedDates: [],
      marked: [true, false, true, false],
      existingDates: ['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24'],
    });
    expect(dates).toEqual(['2026-02-03', '2026-02-24', '2026-02-17', '2026-03-03']);
  });

  it('follows a first module date moved later than the held modules', () => {
    const dates = scheduleModules({
      T: 3,
      firstModuleDate: '2026-04-14',
      closedDates: [],
      marked: [true, false, false],
      existingDates: ['2026-02-03', '', ''],
    });
    expect(dates).toEqual(['2026-02-03', '2026-04-14', '2026-04-21']);
  });

  it('refuses a first module date that is not a date', () => {
    expect(() =>
      scheduleModules({ T: 2, firstModuleDate: '2026-02-30', closedDates: [], ...none(2) }),
    ).toThrow(expect.objectContaining({ key: 'invalidDate' }));
  });

  it('refuses a closed first module date', () => {
    expect(() =>
      scheduleModules({ T: 2, firstModuleDate: '2026-06-05', closedDates: [], ...none(2) }),
    ).toThrow(UserError);
    expect(() => assertFirstModuleDateOpen('2026-02-10', ['2026-02-10'])).toThrow(
      expect.objectContaining({ key: 'settingsFirstModuleDateClosed', params: { date: '10-02-2026' } }),
    );
  });

  it('gives open, weekly, increasing dates on the first weekday (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
        (T, startOffset, closedOffsets) => {
          const first = addDays('2024-01-02', startOffset);
          const closed = closedOffsets.map((d) => addDays(first, d));
          if (isClosed(first, closed)) {
            expect(() =>
              scheduleModules({ T, firstModuleDate: first, closedDates: closed, ...none(T) }),
            ).toThrow(UserError);
            return;
          }
          const dates = scheduleModules({ T, firstModuleDate: first, closedDates: closed, ...none(T) });
          expect(dates).toHaveLength(T);
          expect(dates[0]).toBe(first);
          dates.forEach((date, i) => {
            expect(isIsoDate(date)).toBe(true);
            expect(weekday(date)).toBe(weekday(first));
            expect(isClosed(date, closed)).toBe(false);
            if (i > 0) {
              expect(date > dates[i - 1]).toBe(true);
              // Every week skipped between two modules was closed.
              for (let d = addWeeks(dates[i - 1], 1); d < date; d = addWeeks(d, 1))
                expect(isClosed(d, closed)).toBe(true);
            }
          });
        },
      ),
    );
  });
});
