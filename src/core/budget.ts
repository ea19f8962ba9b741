// THE BUDGET: the seeded lines, the checks on a new expense, budget against actual per line
// in exact øre, the spending pace against the project period, and the project leader's hours.
// Pure: the server reads Budget and Udgifter as plain rows and hands them here.
import type { NewExpense } from '../shared/api';
import type { BudgetLineDetail, BudgetResult, LeaderHours, Pace, SpendLevel } from '../shared/budget';
import type { Language } from '../shared/api';
import { daysBetween, displayDate, requireIsoDate } from './dates';
import { t } from './i18n';
import { UserError } from './errors';
import { formatKr, fromOere, positiveAmountOere } from './money';
import { collapseWhitespace } from './text';
import { ownFields, requireText, shownKey } from './validate';

export interface SeededLine {
  line: string;
  /** Kroner. */
  budget: number;
  note: string;
}

/** The project leader's plan, as it stands in the seeded line's Note (and is read back from it). */
export const LEADER_PLAN_NOTE =
  '120 t á 400 kr.: rekruttering 20 t, underviserkontakt 20 t, facilitering 80 t';

/**
 * The marker of a one-off line in Budget's Note (issue 13 §10): the coordinator types it (or
 * removes it) by hand; setup seeds it on the lines that are one-off by nature and never
 * rewrites a note. Read by isOneOffNote, case-insensitively, anywhere in the note.
 */
export const ONE_OFF_NOTE = 'Engangsudgift';
/**
 * The marker of a line spent module by module (food, teachers, childcare): its straight line
 * runs over the course's modules, not the calendar — the forecast is spent ÷ modules held × T.
 */
export const PER_MODULE_NOTE = 'Pr. modul';

/** SPEC "Seeded content": ten lines, 111.000 kr. */
export const SEEDED_BUDGET: readonly SeededLine[] = [
  { line: 'Honorar til gæstelærere', budget: 10000, note: PER_MODULE_NOTE },
  { line: 'Transport og gaver til undervisere', budget: 3000, note: PER_MODULE_NOTE },
  { line: 'Support/koncept/merchandise fra Landssekretariatet', budget: 15000, note: ONE_OFF_NOTE },
  { line: 'Forplejning og materialer', budget: 17000, note: PER_MODULE_NOTE },
  { line: 'Afslutningsfest/diplomoverrækkelse', budget: 5000, note: ONE_OFF_NOTE },
  { line: 'Projektleder', budget: 48000, note: LEADER_PLAN_NOTE },
  { line: 'Rengøring og sprit', budget: 4000, note: PER_MODULE_NOTE },
  { line: 'Administration', budget: 2500, note: '' },
  { line: 'Børnepasning', budget: 3500, note: PER_MODULE_NOTE },
  { line: 'Uforudsete udgifter', budget: 3000, note: ONE_OFF_NOTE },
];

/** Colours in Budget: amber from 90 % of a line spent, red from 100 %. */
export const WARN_SHARE = 0.9;
export const OVER_SHARE = 1;
/** A forecast that leaves more than this share of a line unspent is flagged (money to repay). */
export const UNDERSPEND_SHARE = 0.1;
/** Before this share of the period has passed a linear forecast says little: no flag yet. */
export const EARLY_SHARE = 0.25;
/**
 * Money left over is flagged only from half the period on: spending on a course is back-loaded
 * (the modules run in the second half), so an early straight line always "leaves money over"
 * (issue 13 §10: amber must mean "look at this").
 */
export const UNDERSPEND_FROM = 0.5;
/** A one-off line with nothing spent is flagged once this share of the period has passed. */
export const ONE_OFF_LATE = 0.9;

/** One expense can be large (the project leader's salary), never above this many kroner. */
export const MAX_EXPENSE_KRONER = 10_000_000;
export const MAX_DESCRIPTION = 300;
export const MAX_RECEIPT = 100;

/** How a budget line is matched: trimmed, inner whitespace collapsed, case-insensitive like SUMIF. */
export function lineKey(text: string): string {
  return collapseWhitespace(text.normalize('NFC')).toLowerCase();
}

export interface ValidExpense {
  date: string;
  /** The line exactly as it stands in Budget. */
  line: string;
  amountOere: number;
  description: string;
  receipt: string;
}

const EXPENSE_FIELDS = ['date', 'line', 'amount', 'description', 'receipt'] as const;

/**
 * The budget line a sidebar or caller names: the exact text, or — as the grant application
 * writes it — the line followed by its explanation in brackets ("Projektleder (120 t á 400 kr.:
 * …)" is the line "Projektleder").
 */
export function findLine(lines: readonly string[], text: string): string | undefined {
  const exact = lines.find((l) => collapseWhitespace(l) === text);
  if (exact !== undefined) return exact;
  const bracketed = /^(.+?)\s*\(.*\)$/.exec(text);
  return bracketed ? lines.find((l) => collapseWhitespace(l) === bracketed[1]) : undefined;
}

/**
 * Checks a new expense against the budget's lines. The line must be one of them, the same
 * text after trimming (and collapsing spaces); a line typed in another case is refused, so
 * what is written is always exactly the budget's text.
 */
export function validateExpense(input: unknown, lines: readonly string[]): ValidExpense {
  const fields = ownFields(input);
  for (const [key] of fields) {
    if (!(EXPENSE_FIELDS as readonly string[]).includes(key))
      throw new UserError('unknownField', { field: shownKey(key) });
  }
  const x = Object.fromEntries(fields) as Partial<Record<keyof NewExpense, unknown>>;
  const date = requireIsoDate(x.date, 'budgetFieldDate');
  const lineText = requireText(x.line ?? '', 'budgetFieldLine', { max: 200, required: true });
  const line = findLine(lines, lineText);
  if (line === undefined) throw new UserError('budgetUnknownLine', { line: lineText });
  const amountOere = positiveAmountOere(x.amount, 'budgetFieldAmount');
  if (amountOere > MAX_EXPENSE_KRONER * 100) {
    throw new UserError('budgetExpenseTooLarge', { max: formatWhole(MAX_EXPENSE_KRONER) });
  }
  const description = requireText(x.description ?? '', 'budgetFieldDescription', {
    max: MAX_DESCRIPTION,
    required: true,
  });
  const receipt =
    x.receipt === undefined ? '' : requireText(x.receipt, 'budgetFieldReceipt', { max: MAX_RECEIPT });
  return { date, line: collapseWhitespace(line), amountOere, description, receipt };
}

function formatWhole(kr: number): string {
  return String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Øre of a number read from a cell, which may carry binary noise (0.1 + 0.2) or, from a
 * formula, more than two decimals: rounded half away from zero after cutting the noise.
 */
export function oereOfKroner(kr: number): number {
  const cents = Number((kr * 100).toPrecision(15));
  return Math.sign(cents) * Math.round(Math.abs(cents)) + 0;
}

export interface BudgetLineInput {
  line: string;
  /** Marked one-off in its Note ("engangsudgift"): judged by whether it is spent. */
  oneOff?: boolean;
  /** Marked "pr. modul" in its Note: its pace runs over the modules held, not the calendar. */
  perModule?: boolean;
  /** Øre; null when the Budget cell is empty or unreadable (counts as 0). */
  budgetOere: number | null;
  row: number;
}

export interface ExpenseInput {
  line: string;
  /** Øre; null when the amount could not be read. */
  amountOere: number | null;
  row: number;
}

export interface Period {
  start: string;
  end: string;
}

/** Share of the project period passed on `today` (both ends inclusive), in [0, 1]. */
export function elapsedShare(period: Period, today: string): number {
  const total = daysBetween(period.start, period.end) + 1;
  if (total <= 0) return 1;
  const passed = daysBetween(period.start, today) + 1;
  return Math.min(1, Math.max(0, passed / total));
}

/** Spending pace of one budget (in øre) against the share of the period passed. */
export function pace(budgetOere: number, spentOere: number, elapsed: number, oneOff = false): Pace {
  const spentShare = budgetOere > 0 ? round3(spentOere / budgetOere) : null;
  if (oneOff) {
    // A one-off cost (the ceremony) is judged by whether it is spent, never by a straight line.
    const outlook: Pace['outlook'] =
      spentOere > budgetOere
        ? 'over'
        : spentOere > 0
          ? 'spent'
          : elapsed >= ONE_OFF_LATE
            ? 'notSpentLate'
            : 'notSpent';
    return {
      elapsedShare: round3(Math.max(0, elapsed)),
      spentShare,
      projected: null,
      projectedRemaining: null,
      outlook,
    };
  }
  if (elapsed <= 0) {
    return {
      elapsedShare: 0,
      spentShare,
      projected: null,
      projectedRemaining: null,
      outlook: spentOere > budgetOere ? 'over' : 'notStarted',
    };
  }
  const projectedOere = Math.round(spentOere / elapsed);
  let outlook: Pace['outlook'] = 'onTrack';
  if (spentOere > budgetOere) outlook = 'over';
  else if (elapsed < EARLY_SHARE) outlook = 'tooEarly';
  else if (projectedOere > budgetOere) outlook = 'overPace';
  else if (elapsed >= UNDERSPEND_FROM && budgetOere - projectedOere > budgetOere * UNDERSPEND_SHARE)
    outlook = 'underPace';
  return {
    elapsedShare: round3(elapsed),
    spentShare,
    projected: fromOere(projectedOere),
    projectedRemaining: fromOere(budgetOere - projectedOere),
    outlook,
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function spendLevel(budgetOere: number, spentOere: number): SpendLevel {
  if (budgetOere <= 0) return spentOere > 0 ? 'over' : 'ok';
  // Integer comparisons in hundredths of a percent, so 90 % of a line is exact.
  if (spentOere * 100 >= budgetOere * Math.round(OVER_SHARE * 100)) return 'over';
  if (spentOere * 100 >= budgetOere * Math.round(WARN_SHARE * 100)) return 'warn';
  return 'ok';
}

/**
 * Budget against actual, in exact øre. Each line sums the expenses whose Post is the line's
 * text (trimmed, case-insensitive, as SUMIF in the Budget sheet matches). An expense whose Post
 * matches no line still counts in the total spent (the money is gone) and is reported as
 * `unassigned`; rows whose amount cannot be read are listed, not guessed.
 */
export function computeBudget(
  lines: readonly BudgetLineInput[],
  expenses: readonly ExpenseInput[],
  opts: { grantOere: number; period: Period; today: string; courseShare?: number },
): BudgetResult {
  const spentByKey = new Map<string, number>();
  const unreadableRows: number[] = [];
  let totalSpent = 0;
  let counted = 0;
  for (const e of expenses) {
    if (e.amountOere === null) {
      unreadableRows.push(e.row);
      continue;
    }
    counted++;
    totalSpent += e.amountOere;
    const key = lineKey(e.line);
    spentByKey.set(key, (spentByKey.get(key) ?? 0) + e.amountOere);
  }
  const elapsed = elapsedShare(opts.period, opts.today);
  const seen = new Set<string>();
  let totalBudget = 0;
  let assigned = 0;
  const details: BudgetLineDetail[] = lines.map((l) => {
    const key = lineKey(l.line);
    const budgetOere = l.budgetOere ?? 0;
    const spentOere = spentByKey.get(key) ?? 0;
    totalBudget += budgetOere;
    if (!seen.has(key)) assigned += spentOere;
    seen.add(key);
    return {
      line: l.line,
      budget: fromOere(budgetOere),
      spent: fromOere(spentOere),
      remaining: fromOere(budgetOere - spentOere),
      row: l.row,
      level: spendLevel(budgetOere, spentOere),
      oneOff: l.oneOff === true,
      perModule: l.perModule === true && l.oneOff !== true,
      pace: pace(
        budgetOere,
        spentOere,
        l.perModule && opts.courseShare !== undefined ? opts.courseShare : elapsed,
        l.oneOff === true,
      ),
    };
  });
  return {
    lines: details,
    budget: fromOere(totalBudget),
    spent: fromOere(totalSpent),
    remaining: fromOere(totalBudget - totalSpent),
    grant: fromOere(opts.grantOere),
    unassigned: fromOere(totalSpent - assigned),
    expenseCount: counted,
    unreadableRows,
    pace: pace(totalBudget, totalSpent, elapsed),
  };
}

// ---- The project leader's hours ------------------------------------------------------------
//
// Convention (README "Projektlederens timer"): an expense on the Projektleder line whose
// Beskrivelse starts with a task of the plan followed by the hours, e.g. "Rekruttering: 5 t",
// "facilitering 3,5 timer — modul 4", counts those hours on that task. A description that names
// a task without hours counts amount ÷ hourly rate on it; one that names no task counts
// amount ÷ rate as hours without a task. The plan is read from the line's Note
// ("120 t á 400 kr.: rekruttering 20 t, underviserkontakt 20 t, facilitering 80 t"), so the
// coordinator changes the plan by editing the note.

export interface HourPlan {
  rate: number;
  tasks: { task: string; hours: number }[];
}

export const DEFAULT_HOUR_PLAN: HourPlan = {
  rate: 400,
  tasks: [
    { task: 'Rekruttering', hours: 20 },
    { task: 'Underviserkontakt', hours: 20 },
    { task: 'Facilitering', hours: 80 },
  ],
};

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const HOURS_UNIT = '(?:t|tim|timer|time|h)\\b\\.?';

function parseDecimal(text: string): number {
  return Number(text.replace(',', '.'));
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}

/** The plan in a Note, or the seeded plan when the note does not state one. */
export function parseHourPlan(note: string): HourPlan {
  const rateMatch = new RegExp(`\\d+\\s*${HOURS_UNIT}\\s*(?:á|à|a|x|×)\\s*${NUMBER}\\s*kr`, 'i').exec(note);
  const afterColon = note.includes(':') ? note.slice(note.indexOf(':') + 1) : '';
  const tasks: HourPlan['tasks'] = [];
  const taskPattern = new RegExp(`([A-Za-zÆØÅæøå][A-Za-zÆØÅæøå\\- ]*?)\\s+${NUMBER}\\s*${HOURS_UNIT}`, 'gi');
  for (const m of afterColon.matchAll(taskPattern)) {
    tasks.push({ task: capitalize(m[1].trim()), hours: parseDecimal(m[2]) });
  }
  if (!rateMatch || tasks.length === 0) return DEFAULT_HOUR_PLAN;
  return { rate: parseDecimal(rateMatch[1]), tasks };
}

/** The task and hours an expense description states, by the convention above. */
export function parseHoursEntry(
  description: string,
  plan: HourPlan,
): { task: string; hours: number | null } | null {
  const text = description.trim().toLowerCase();
  for (const { task } of plan.tasks) {
    const name = task.toLowerCase();
    if (!text.startsWith(name)) continue;
    const rest = text.slice(name.length);
    if (/^[a-zæøå]/.test(rest)) continue;
    const hours = new RegExp(`^\\s*[:\\-–—]?\\s*${NUMBER}\\s*${HOURS_UNIT}`).exec(rest);
    return { task, hours: hours ? parseDecimal(hours[1]) : null };
  }
  return null;
}

/** The budget line that pays the project leader: its text starts with "Projektleder". */
export function isLeaderLine(line: string): boolean {
  return lineKey(line).startsWith('projektleder');
}

const roundHours = (h: number) => Math.round(h * 100) / 100;

export function leaderHours(
  line: { line: string; note: string },
  expenses: readonly { line: string; amountOere: number | null; description: string }[],
): LeaderHours {
  const plan = parseHourPlan(line.note);
  const key = lineKey(line.line);
  // Hundredths of an hour as integers, so many small entries add up exactly.
  const used = new Map<string, number>(plan.tasks.map((t) => [t.task, 0]));
  let unassigned = 0;
  for (const e of expenses) {
    if (e.amountOere === null || lineKey(e.line) !== key) continue;
    const byAmount = plan.rate > 0 ? e.amountOere / (plan.rate * 100) : 0;
    const entry = parseHoursEntry(e.description, plan);
    const hundredths = Math.round((entry?.hours ?? byAmount) * 100);
    if (entry) used.set(entry.task, (used.get(entry.task) ?? 0) + hundredths);
    else unassigned += hundredths;
  }
  const tasks = plan.tasks.map((t) => {
    const u = (used.get(t.task) ?? 0) / 100;
    return { task: t.task, planned: t.hours, used: u, remaining: roundHours(t.hours - u) };
  });
  const planned = roundHours(plan.tasks.reduce((s, t) => s + t.hours, 0));
  const usedTotal = roundHours(tasks.reduce((s, t) => s + t.used, 0) + unassigned / 100);
  return {
    line: line.line,
    rate: plan.rate,
    planned,
    used: usedTotal,
    tasks,
    unassignedHours: unassigned / 100,
  };
}

// ---- Warnings on an expense (SPEC addExpense `warnings`: not refusals) ---------------------

export interface ExpenseWarning {
  key: 'budgetWarnOutsidePeriod' | 'budgetWarnLineOver' | 'budgetWarnAmountOverLine';
  params: Record<string, string | number>;
}

/**
 * What the coordinator should look at before (and after) an expense is saved: the date
 * outside the project period, the line over its budget once this expense counts, the amount
 * alone above the line's whole budget (25000 typed for 250). `otherSpentOere` is what the
 * line holds without this expense (for a correction: without the row being corrected).
 * Pure, so the sidebar's preview and the server say exactly the same.
 */
export function expenseWarnings(
  x: { date: string; line: string; amountOere: number },
  lineBudgetOere: number,
  otherSpentOere: number,
  period: Period,
): ExpenseWarning[] {
  const out: ExpenseWarning[] = [];
  if (period.start !== '' && period.end !== '' && (x.date < period.start || x.date > period.end)) {
    out.push({
      key: 'budgetWarnOutsidePeriod',
      params: { date: x.date, start: period.start, end: period.end },
    });
  }
  if (x.amountOere > lineBudgetOere) {
    out.push({ key: 'budgetWarnAmountOverLine', params: { line: x.line, budgetOere: lineBudgetOere } });
  } else if (otherSpentOere + x.amountOere > lineBudgetOere) {
    out.push({
      key: 'budgetWarnLineOver',
      params: { line: x.line, overOere: otherSpentOere + x.amountOere - lineBudgetOere },
    });
  }
  return out;
}

/** A one-off line (the ceremony, the secretariat's package) is marked by "engang" or "one-off" in its Note. */
export function isOneOffNote(note: string): boolean {
  return /engang|one[-\s]?off/i.test(note);
}

/** A line spent per module is marked by "pr. modul" (or "per module") in its Note. */
export function isPerModuleNote(note: string): boolean {
  return /pr\.?\s*modul|per\s+module/i.test(note);
}

/** A warning as the sentence the coordinator reads, money and dates in her language. */
export function expenseWarningText(w: ExpenseWarning, lang: Language): string {
  const p = w.params;
  if (w.key === 'budgetWarnOutsidePeriod') {
    return t(lang, w.key, {
      date: displayDate(String(p.date)),
      start: displayDate(String(p.start)),
      end: displayDate(String(p.end)),
    });
  }
  if (w.key === 'budgetWarnLineOver')
    return t(lang, w.key, { line: String(p.line), over: formatKr(Number(p.overOere), lang) });
  return t(lang, w.key, { line: String(p.line), budget: formatKr(Number(p.budgetOere), lang) });
}

/** A sheet row of Udgifter named by a caller: a whole number from 2 (row 1 is the header). */
export function requireExpenseRow(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > 10_000_000) {
    throw new UserError('budgetExpenseNoRow', {
      row: typeof value === 'number' && Number.isFinite(value) ? String(value) : '?',
    });
  }
  return value;
}

export interface ExpectedExpense {
  date: string;
  line: string;
  amountOere: number;
}

/** `expected` of updateExpense/deleteExpense: `{ date, line, amount }` as she saw the row. */
export function requireExpected(input: unknown): ExpectedExpense {
  const fields = ownFields(input);
  for (const [key] of fields) {
    if (!['date', 'line', 'amount'].includes(key))
      throw new UserError('unknownField', { field: shownKey(key) });
  }
  const x = Object.fromEntries(fields) as Record<string, unknown>;
  const date = requireIsoDate(x.date, 'budgetFieldDate', true);
  const line = requireText(x.line ?? '', 'budgetFieldLine', { max: 200 });
  if (typeof x.amount !== 'number' || !Number.isFinite(x.amount))
    throw new UserError('budgetMustBeNumber', { field: 'budgetFieldAmount' });
  return { date, line: collapseWhitespace(line), amountOere: oereOfKroner(x.amount) };
}

/** Whether a row still holds what she saw: same date, same line text, same amount in øre. */
export function sameExpense(
  row: { date: string; line: string; amountOere: number | null },
  expected: ExpectedExpense,
): boolean {
  return (
    row.date === expected.date &&
    collapseWhitespace(row.line) === expected.line &&
    row.amountOere === expected.amountOere
  );
}

/** addExpense's fields on top of the row as it stands: the patch names only what changes. */
export function patchedExpense(current: Record<string, unknown>, patch: unknown): Record<string, unknown> {
  const fields = ownFields(patch);
  for (const [key] of fields) {
    if (!(EXPENSE_FIELDS as readonly string[]).includes(key))
      throw new UserError('unknownField', { field: shownKey(key) });
  }
  return { ...current, ...Object.fromEntries(fields) };
}
