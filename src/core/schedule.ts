// The dates of the modules (the `Dato` column of `Moduler`), per SPEC "Seeded content".
import { addWeeks, displayDate, isIsoDate, nextWeekdayAfter, requireIsoDate, weekday } from './dates';
import { UserError } from './errors';
import { isClosed } from './holidays';

export interface ScheduleInput {
  /** Number of modules in the cohort. */
  T: number;
  /** '' while the coordinator has not chosen it: then only marked modules have dates. */
  firstModuleDate: string;
  closedDates: readonly string[];
  /** Per module (index 0 = module 1): whether any participant has a mark for it. */
  marked: readonly boolean[];
  /** Per module: the date it has now, '' if none. */
  existingDates: readonly string[];
}

/** Refuses a first module date no module could be held on. */
export function assertFirstModuleDateOpen(firstModuleDate: string, closedDates: readonly string[]): void {
  requireIsoDate(firstModuleDate, 'settingsFieldFirstModuleDate', true);
  if (firstModuleDate !== '' && isClosed(firstModuleDate, closedDates)) {
    throw new UserError('settingsFirstModuleDateClosed', { date: displayDate(firstModuleDate) });
  }
}

/**
 * One date per module (or '' before `firstModuleDate` is set).
 *
 * A module with marks has been held on its date, so that date is history and is kept.
 * Every other module, in number order, takes the next open date on the first module's
 * weekday after the last marked module (from `firstModuleDate` itself when nothing is
 * marked). A module without marks before a marked one (skipped that evening) is therefore
 * rescheduled after it. A closed date is skipped, moving the rest one week on.
 */
export function scheduleModules(input: ScheduleInput): string[] {
  const { T, firstModuleDate, closedDates, marked, existingDates } = input;
  const kept = (i: number): string => (marked[i] ? (existingDates[i] ?? '') : '');
  if (firstModuleDate === '') return Array.from({ length: T }, (_, i) => kept(i));
  assertFirstModuleDateOpen(firstModuleDate, closedDates);

  let next = firstFreeDate(input);
  const dates: string[] = [];
  for (let i = 0; i < T; i++) {
    if (marked[i]) {
      dates.push(kept(i));
      continue;
    }
    while (isClosed(next, closedDates)) next = addWeeks(next, 1);
    dates.push(next);
    next = addWeeks(next, 1);
  }
  return dates;
}

/** The first date an unmarked module may take: on the first module's weekday, after every held module. */
function firstFreeDate({ T, firstModuleDate, marked, existingDates }: ScheduleInput): string {
  const heldDates = existingDates
    .slice(0, T)
    .filter((date, i) => marked[i] && isIsoDate(date))
    .sort();
  const lastHeld = heldDates[heldDates.length - 1];
  if (lastHeld === undefined || lastHeld < firstModuleDate) return firstModuleDate;
  return nextWeekdayAfter(lastHeld, weekday(firstModuleDate));
}
