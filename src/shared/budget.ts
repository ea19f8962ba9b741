// Types for the budget, timeline and dashboard sidebars beyond SPEC's API. JSON-safe: dates
// are 'YYYY-MM-DD', money is kroner (computed in whole øre and converted only at the edge).
import type { BudgetFigures, BudgetLineFigures, NewExpense } from './api';

/** Status of a timeline activity: the Danish labels are the cohort's data (Tidsplan). */
export const TIMELINE_STATUS_LABELS = ['Planlagt', 'I gang', 'Færdig'] as const;
export type TimelineStatusLabel = (typeof TIMELINE_STATUS_LABELS)[number];

export interface TimelineRow {
  /** Sheet row (1-based), the handle for setTimelineStatus. */
  row: number;
  month: string;
  activity: string;
  responsible: string;
  /** 'YYYY-MM-DD' or '' when no deadline is set. */
  deadline: string;
  /** One of TIMELINE_STATUS_LABELS, or what the coordinator typed by hand. */
  status: string;
  note: string;
  /** Deadline passed (before today) and the status is not Færdig; computed when read. */
  overdue: boolean;
}

/**
 * Spending pace of a line or the whole budget against the project period.
 * - `elapsedShare`: share of the period passed (0 before it starts, 1 after it ends);
 * - `spentShare`: spent / budget (null when the budget is 0);
 * - `projected`: linear forecast of the final spend, spent / elapsedShare (null before the start);
 * - `outlook`: `over` already over budget; `overPace` the forecast runs over; `underPace`
 *   the forecast leaves more than 10 % unspent (money to pay back); `onTrack`; `tooEarly` less
 *   than a quarter of the period has passed (the forecast is shown, not judged); `notStarted`.
 *   `underPace` only from half the period on. A one-off line (Note says "engangsudgift") has no
 *   forecast: `spent`, `notSpent`, or `notSpentLate` (nothing spent and 90 % of the period gone).
 */
export type PaceOutlook =
  | 'over'
  | 'overPace'
  | 'underPace'
  | 'onTrack'
  | 'tooEarly'
  | 'notStarted'
  | 'spent'
  | 'notSpent'
  | 'notSpentLate';

export interface Pace {
  elapsedShare: number;
  spentShare: number | null;
  projected: number | null;
  projectedRemaining: number | null;
  outlook: PaceOutlook;
}

/** Colour level of a line in Budget: `warn` from 90 % of its budget spent, `over` from 100 %. */
export type SpendLevel = 'ok' | 'warn' | 'over';

export interface BudgetLineDetail extends BudgetLineFigures {
  /** Sheet row of the line in Budget (1-based). */
  row: number;
  level: SpendLevel;
  /** Marked one-off in its Note ("engangsudgift"): judged by whether it is spent, not by pace. */
  oneOff: boolean;
  /** Marked "pr. modul" in its Note: the forecast runs over the modules held (held ÷ T), not the calendar. */
  perModule: boolean;
  pace: Pace;
}

/** getBudget(): SPEC's figures plus what the sidebars and the dashboard show. */
export interface BudgetResult extends BudgetFigures {
  lines: BudgetLineDetail[];
  /** The granted amount from the settings; `grant - spent` is what may have to be paid back. */
  grant: number;
  /** Spent on rows of Udgifter whose Post matches no budget line (included in `spent`). */
  unassigned: number;
  /** Rows of Udgifter counted, and rows skipped because their amount could not be read. */
  expenseCount: number;
  unreadableRows: number[];
  pace: Pace;
  /** The project leader's hours per task (the expense sidebar shows them); null without such a line. */
  leaderHours?: LeaderHours | null;
}

/** Project-leader hours: one task of the plan (e.g. Rekruttering 20 t) and the hours used. */
export interface LeaderTaskHours {
  task: string;
  planned: number;
  used: number;
  remaining: number;
}

export interface LeaderHours {
  /** The budget line the hours belong to (Projektleder …). */
  line: string;
  /** Kroner per hour (400 in the seeded plan). */
  rate: number;
  planned: number;
  used: number;
  tasks: LeaderTaskHours[];
  /** Hours on the line that name no task (amount ÷ rate). */
  unassignedHours: number;
}

export interface StatusCount {
  status: string;
  count: number;
}

export interface Overview {
  /** The day the figures were computed, 'YYYY-MM-DD'. */
  asOf: string;
  cohortName: string;
  recruitment: {
    byStatus: StatusCount[];
    /** Every row of Personer. */
    applicants: number;
    /** Ever admitted: Optaget, Frafaldet or Uddannet. */
    admitted: number;
    /** Currently Optaget or Uddannet. */
    active: number;
    dropouts: number;
    targetMin: number;
    targetMax: number;
    /** Distinct housing areas and languages (counts only, never who). */
    areas: number;
    languages: number;
  };
  /** Of the women with status Uddannet: active volunteers and in education or a job (Ja), and how many are known. */
  followUp: {
    graduates: number;
    activeVolunteer: number;
    activeVolunteerKnown: number;
    educationOrJob: number;
    educationOrJobKnown: number;
  };
  attendance: {
    participants: number;
    modulesHeld: number;
    modulesTotal: number;
    required: number;
    /** Mean of the participants' rates (null before any module is held). */
    averageRate: number | null;
    completed: number;
    ok: number;
    atRisk: number;
    below: number;
    /** Present (M) per module, 1-based module numbers. */
    perModule: { module: number; present: number; held: boolean }[];
  };
  budget: BudgetResult;
  leaderHours: LeaderHours | null;
  timeline: {
    total: number;
    done: number;
    overdue: TimelineRow[];
  };
  diplomas: {
    eligible: number;
    made: number;
  };
}

/** One row of Udgifter for the expense sidebar's list; `amount` null when the cell is not an amount. */
export interface ExpenseListRow {
  row: number;
  date: string;
  line: string;
  amount: number | null;
  description: string;
  receipt: string;
}

export interface BudgetExtraApi {
  getExpenses(): ExpenseListRow[];
  updateExpense(
    row: number,
    expected: { date: string; line: string; amount: number },
    patch: Partial<NewExpense>,
  ): { row: number; warnings: string[] };
  deleteExpense(row: number, expected: { date: string; line: string; amount: number }): { removed: number };
  getTimeline(): TimelineRow[];
  setTimelineStatus(row: number, status: string): TimelineRow[];
  getOverview(): Overview;
  refreshOverview(): Overview;
}
