// THE TIMELINE (Tidsplan): the seeded activities October–June with a deadline at the end of
// their month inside the project period, the statuses, and the overdue rule.
import { TIMELINE_STATUS_LABELS, type TimelineRow } from '../shared/budget';
import { compareDates, daysInMonth, isoFromParts, parseIsoDate } from './dates';
import { UserError } from './errors';
import { shownValue } from './validate';

export interface SeededActivity {
  month: string;
  activity: string;
  /** Calendar month (1–12) whose last day is the deadline. */
  deadlineMonth: number;
}

/** SPEC "Seeded content": the application's timeline. */
export const SEEDED_TIMELINE: readonly SeededActivity[] = [
  { month: 'Oktober', activity: 'PR, informationsmøder med fagpersoner, annoncering', deadlineMonth: 10 },
  { month: 'November', activity: 'Informationsmøder for potentielle deltagere', deadlineMonth: 11 },
  { month: 'December', activity: 'Rekrutteringssamtaler', deadlineMonth: 12 },
  { month: 'Januar', activity: 'Planlægning og aftaler med undervisere', deadlineMonth: 1 },
  { month: 'Marts–juni', activity: 'Uddannelsen', deadlineMonth: 6 },
  { month: 'Juni', activity: 'Diplomoverrækkelse og afslutning', deadlineMonth: 6 },
];

export const DONE_STATUS = 'Færdig';
export const PLANNED_STATUS = 'Planlagt';
export const IN_PROGRESS = 'I gang';

/**
 * The last day of `month` on or after `from`: the first end of that month that has not
 * passed by then (so October is the October the period begins in).
 */
export function endOfMonthInPeriod(month: number, from: string): string {
  const start = parseIsoDate(from);
  if (!start) throw new RangeError(`not an ISO date: ${from}`);
  const year = month >= start.month ? start.year : start.year + 1;
  return isoFromParts(year, month, daysInMonth(year, month));
}

export interface SeedRow {
  month: string;
  activity: string;
  responsible: string;
  deadline: string;
  status: string;
  note: string;
}

/**
 * The activities follow one another, so each deadline is the first end of its month on or
 * after the previous deadline (and the period's start): October, November, December, then
 * the January and June after them — in order even when the period is longer than a year.
 */
export function seededTimelineRows(periodStart: string, coordinatorInitials: string): SeedRow[] {
  let from = periodStart;
  return SEEDED_TIMELINE.map((a) => {
    const deadline = endOfMonthInPeriod(a.deadlineMonth, from);
    from = deadline;
    return {
      month: a.month,
      activity: a.activity,
      responsible: coordinatorInitials,
      deadline,
      status: PLANNED_STATUS,
      note: '',
    };
  });
}

/** Overdue: the deadline has passed (the deadline day itself is still in time) and not Færdig. */
export function isOverdue(deadline: string, status: string, today: string): boolean {
  if (!parseIsoDate(deadline)) return false;
  return compareDates(deadline, today) < 0 && normalizeStatus(status) !== DONE_STATUS;
}

/** A status typed by hand in another case or with spaces still counts ('færdig ' is Færdig). */
export function normalizeStatus(status: string): string {
  const text = status.trim().replace(/\s+/g, ' ').toLowerCase();
  return TIMELINE_STATUS_LABELS.find((s) => s.toLowerCase() === text) ?? status.trim();
}

export function requireTimelineStatus(value: unknown): string {
  const status =
    typeof value === 'string' ? TIMELINE_STATUS_LABELS.find((s) => s === normalizeStatus(value)) : undefined;
  if (!status) {
    throw new UserError('timelineUnknownStatus', {
      value: shownValue(value),
      statuses: TIMELINE_STATUS_LABELS.join(', '),
    });
  }
  return status;
}

/** A sheet row number sent from a sidebar: a whole number from 2 (row 1 is the header). */
export function requireTimelineRow(value: unknown, lastRow: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > lastRow) {
    throw new UserError('timelineUnknownRow', { row: shownValue(value).slice(0, 20) });
  }
  return value;
}

export function withOverdue(rows: Omit<TimelineRow, 'overdue'>[], today: string): TimelineRow[] {
  return rows.map((r) => ({ ...r, overdue: isOverdue(r.deadline, r.status, today) }));
}
