// THE DASHBOARD (Oversigt): key figures of every area computed from plain rows, and the
// sheet layout that shows them. Counts and money only: no row here carries a name, phone or
// e-mail, so neither the sheet nor the start sidebar can leak one.
import type { Language, Mark, PersonStatus, Settings } from '../shared/api';
import { PERSON_STATUSES } from '../shared/api';
import type { BudgetResult, LeaderHours, Overview, PaceOutlook, TimelineRow } from '../shared/budget';
import { heldModules, requiredModules, summarize, formatShare } from './attendance';
import { displayDate } from './dates';
import { t, type MessageKey } from './i18n';
import { formatKr } from './money';
import { DONE_STATUS, normalizeStatus } from './timeline';

/** SPEC: recruit 15–20 women. */
export const RECRUITMENT_TARGET = { min: 15, max: 20 } as const;

const ADMITTED: readonly string[] = ['Optaget', 'Frafaldet', 'Uddannet'] satisfies PersonStatus[];
const ACTIVE: readonly string[] = ['Optaget', 'Uddannet'] satisfies PersonStatus[];

export interface PersonFacts {
  status: string;
  area: string;
  languages: string;
}

export interface AttendanceFacts {
  marks: Mark[];
  /** The Diplom cell holds a link or text: a diploma was made. */
  hasDiploma: boolean;
  /** Frafaldet: her row and marks stay, but she is no longer on the course. */
  droppedOut?: boolean;
}

export interface OverviewInput {
  today: string;
  settings: Pick<Settings, 'cohortName' | 'modules' | 'requiredShare' | 'excusedCountsAsAbsent'>;
  persons: PersonFacts[];
  attendance: AttendanceFacts[];
  budget: BudgetResult;
  leaderHours: LeaderHours | null;
  timeline: TimelineRow[];
}

const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Languages as typed ("arabisk, dansk og somali"): split on commas, slashes, "og"/"and". */
export function splitLanguages(text: string): string[] {
  return text
    .split(/[,;/+&\n]|\s+og\s+|\s+and\s+/i)
    .map(key)
    .filter((s) => s !== '');
}

function countDistinct(values: string[]): number {
  return new Set(values.filter((v) => v !== '')).size;
}

export function buildOverview(input: OverviewInput): Overview {
  const { settings } = input;
  const byStatus = new Map<string, number>(PERSON_STATUSES.map((s) => [s, 0]));
  for (const p of input.persons) {
    const status = p.status.trim() || '–';
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const count = (statuses: readonly string[]) => input.persons.filter((p) => statuses.includes(p.status.trim())).length;

  const T = settings.modules;
  const marks = input.attendance.map((a) => a.marks);
  const held = heldModules(marks, T);
  // A module is held once anyone has a mark, but the flags and the average are about the
  // women still on the course: a dropout is not "under 90 %", she has left.
  const summaries = input.attendance.filter((a) => !a.droppedOut).map((a) => summarize(a.marks, held, settings));
  const rates = summaries.map((s) => s.rate).filter((r): r is number => r !== null);
  const countStatus = (status: string) => summaries.filter((s) => s.status === status).length;

  return {
    asOf: input.today,
    cohortName: settings.cohortName,
    recruitment: {
      byStatus: [...byStatus].map(([status, n]) => ({ status, count: n })),
      applicants: input.persons.length,
      admitted: count(ADMITTED),
      active: count(ACTIVE),
      dropouts: count(['Frafaldet']),
      targetMin: RECRUITMENT_TARGET.min,
      targetMax: RECRUITMENT_TARGET.max,
      areas: countDistinct(input.persons.map((p) => key(p.area))),
      languages: countDistinct(input.persons.flatMap((p) => splitLanguages(p.languages))),
    },
    attendance: {
      participants: summaries.length,
      modulesHeld: held.filter(Boolean).length,
      modulesTotal: T,
      required: requiredModules(T, settings.requiredShare),
      averageRate: rates.length === 0 ? null : Math.round((rates.reduce((s, r) => s + r, 0) * 1000) / rates.length) / 1000,
      completed: countStatus('completed'),
      ok: countStatus('ok'),
      atRisk: countStatus('at_risk'),
      below: countStatus('below'),
      perModule: held.map((h, i) => ({
        module: i + 1,
        held: h,
        present: marks.filter((m) => m[i] === 'M').length,
      })),
    },
    budget: input.budget,
    leaderHours: input.leaderHours,
    timeline: {
      total: input.timeline.length,
      done: input.timeline.filter((r) => normalizeStatus(r.status) === DONE_STATUS).length,
      overdue: input.timeline.filter((r) => r.overdue),
    },
    diplomas: {
      eligible: countStatus('completed'),
      made: input.attendance.filter((a) => a.hasDiploma).length,
    },
  };
}

// ---- The Oversigt sheet ------------------------------------------------------------------

export type Cell = string | number;
export type CellStyle = 'title' | 'section' | 'header' | 'label' | 'value' | 'warn' | 'over' | 'good' | 'note';

/** Number formats of the sheet cells (Sheets patterns; the spreadsheet's locale shows , and .). */
export const FORMAT_MONEY = '#,##0.00 "kr."';
export const FORMAT_PERCENT = '0%';
export const FORMAT_HOURS = '0.##';
export const FORMAT_INTEGER = '0';
export const FORMAT_TEXT = '@';

export interface SheetLayout {
  width: number;
  values: Cell[][];
  formats: string[][];
  styles: CellStyle[][];
  /** The budget-per-line table for the chart: 1-based first row, header included, Post/Budget/Forbrug columns 1–3. */
  budgetChart: { row: number; rows: number };
  /** Attendance per module for the second chart: header row + one row per module, columns 1–2. */
  attendanceChart: { row: number; rows: number } | null;
}

export const LAYOUT_WIDTH = 7;

const OUTLOOK_KEYS: Record<PaceOutlook, MessageKey> = {
  over: 'budgetOutlookOver',
  overPace: 'budgetOutlookOverPace',
  underPace: 'budgetOutlookUnderPace',
  onTrack: 'budgetOutlookOnTrack',
  tooEarly: 'budgetOutlookTooEarly',
  notStarted: 'budgetOutlookNotStarted',
};

export function outlookLabel(outlook: PaceOutlook, lang: Language): string {
  return t(lang, OUTLOOK_KEYS[outlook]);
}

function outlookStyle(outlook: PaceOutlook): CellStyle {
  return outlook === 'over' ? 'over' : outlook === 'overPace' || outlook === 'underPace' ? 'warn' : 'value';
}

/**
 * The dashboard as a grid of values with formats and styles, written in one go. Labels follow
 * the language; statuses stay the Danish ones of the sheets (they are the cohort's data).
 */
export function overviewLayout(o: Overview, lang: Language, requiredShare: number): SheetLayout {
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const styles: CellStyle[][] = [];
  const L = (k: MessageKey, params?: Record<string, string | number>) => t(lang, k, params);
  const row = (cells: Cell[], fmt: string[] = [], style: CellStyle[] = []) => {
    const r: Cell[] = [];
    const f: string[] = [];
    const s: CellStyle[] = [];
    for (let i = 0; i < LAYOUT_WIDTH; i++) {
      r.push(cells[i] ?? '');
      f.push(fmt[i] ?? (typeof cells[i] === 'number' ? FORMAT_INTEGER : FORMAT_TEXT));
      s.push(style[i] ?? (i === 0 ? 'label' : 'value'));
    }
    values.push(r);
    formats.push(f);
    styles.push(s);
    return values.length;
  };
  const blank = () => row([]);
  const section = (k: MessageKey) => row([L(k)], [], ['section']);
  const header = (cells: string[]) => row(cells, [], cells.map(() => 'header' as CellStyle));
  const money = (n: number) => Math.round(n * 100) / 100;

  row([L('budgetOverviewTitle', { cohort: o.cohortName }), '', '', '', '', L('budgetOverviewUpdated'), displayDate(o.asOf)], [], [
    'title', 'title', 'title', 'title', 'title', 'note', 'note',
  ]);
  blank();

  // Recruitment
  const r = o.recruitment;
  section('budgetOverviewRecruitment');
  row([L('budgetOverviewApplicants'), r.applicants]);
  const targetStyle: CellStyle = r.active >= r.targetMin && r.active <= r.targetMax ? 'good' : 'warn';
  row([L('budgetOverviewAdmitted'), r.admitted, L('budgetOverviewTarget', { min: r.targetMin, max: r.targetMax }), L('budgetOverviewActive'), r.active], [], [
    'label', 'value', 'note', 'label', targetStyle,
  ]);
  row([L('budgetOverviewAreas'), r.areas, L('budgetOverviewLanguages'), r.languages]);
  header([L('budgetOverviewStatus'), L('budgetOverviewCount')]);
  for (const s of r.byStatus) row([s.status, s.count]);
  blank();

  // Attendance and diplomas
  const a = o.attendance;
  section('budgetOverviewAttendance');
  row([L('budgetOverviewParticipants'), a.participants, L('budgetOverviewModulesHeld'), `${a.modulesHeld} / ${a.modulesTotal}`]);
  row(
    [L('budgetOverviewAverageRate'), a.averageRate === null ? '–' : a.averageRate, L('budgetOverviewRequired'), `${a.required} / ${a.modulesTotal}`],
    ['', FORMAT_PERCENT],
  );
  header([L('budgetOverviewStatus'), L('budgetOverviewCount')]);
  row([L('attendanceStatusOk'), a.ok]);
  row([L('attendanceStatusAtRisk'), a.atRisk], [], ['label', a.atRisk > 0 ? 'warn' : 'value']);
  row([L('attendanceStatusBelow', { percent: formatShare(requiredShare, lang) }), a.below], [], ['label', a.below > 0 ? 'over' : 'value']);
  row([L('attendanceStatusCompleted'), a.completed]);
  row([L('budgetOverviewDiplomas'), `${o.diplomas.made} / ${o.diplomas.eligible}`]);
  blank();

  // Budget
  const b = o.budget;
  section('budgetOverviewBudget');
  row([L('budgetOverviewGrant'), money(b.grant), L('budgetOverviewBudgetTotal'), money(b.budget)], ['', FORMAT_MONEY, '', FORMAT_MONEY]);
  row([L('budgetOverviewSpent'), money(b.spent), L('budgetOverviewRemaining'), money(b.remaining)], ['', FORMAT_MONEY, '', FORMAT_MONEY], [
    'label', 'value', 'label', b.remaining < 0 ? 'over' : 'value',
  ]);
  row(
    [L('budgetOverviewElapsed'), b.pace.elapsedShare, L('budgetOverviewSpentShare'), b.pace.spentShare ?? '–'],
    ['', FORMAT_PERCENT, '', FORMAT_PERCENT],
  );
  row(
    [L('budgetOverviewProjected'), b.pace.projected ?? '–', L('budgetOverviewToRepay'), money(Math.max(0, b.grant - b.spent))],
    ['', FORMAT_MONEY, '', FORMAT_MONEY],
    ['label', outlookStyle(b.pace.outlook), 'label', 'value'],
  );
  row([L('budgetOverviewOutlook'), outlookLabel(b.pace.outlook, lang)], [], ['label', outlookStyle(b.pace.outlook)]);
  if (b.unassigned !== 0) {
    row([L('budgetOverviewUnassigned'), money(b.unassigned)], ['', FORMAT_MONEY], ['label', 'warn']);
  }
  if (b.unreadableRows.length > 0) {
    row([L('budgetOverviewUnreadable', { rows: b.unreadableRows.join(', ') })], [], ['warn']);
  }
  const chartRow = header([
    L('budgetOverviewLine'),
    L('budgetOverviewBudgetColumn'),
    L('budgetOverviewSpentColumn'),
    L('budgetOverviewRemainingColumn'),
    L('budgetOverviewShareColumn'),
    L('budgetOverviewProjectedColumn'),
    L('budgetOverviewOutlook'),
  ]);
  for (const line of b.lines) {
    const level: CellStyle = line.level === 'ok' ? 'value' : line.level;
    row(
      [line.line, money(line.budget), money(line.spent), money(line.remaining), line.pace.spentShare ?? '–', line.pace.projected ?? '–', outlookLabel(line.pace.outlook, lang)],
      ['', FORMAT_MONEY, FORMAT_MONEY, FORMAT_MONEY, FORMAT_PERCENT, FORMAT_MONEY],
      ['label', 'value', 'value', level, level, outlookStyle(line.pace.outlook), outlookStyle(line.pace.outlook)],
    );
  }
  const budgetChart = { row: chartRow, rows: b.lines.length + 1 };
  blank();

  // Project leader's hours
  const h = o.leaderHours;
  if (h) {
    section('budgetOverviewLeaderHours');
    header([L('budgetOverviewTask'), L('budgetOverviewPlannedHours'), L('budgetOverviewUsedHours'), L('budgetOverviewRemainingHours')]);
    for (const task of h.tasks) {
      row([task.task, task.planned, task.used, task.remaining], ['', FORMAT_HOURS, FORMAT_HOURS, FORMAT_HOURS], [
        'label', 'value', 'value', task.remaining < 0 ? 'over' : 'value',
      ]);
    }
    if (h.unassignedHours > 0) row([L('budgetOverviewNoTask'), '', h.unassignedHours], ['', '', FORMAT_HOURS]);
    row([L('budgetOverviewTotal'), h.planned, h.used, Math.round((h.planned - h.used) * 100) / 100], ['', FORMAT_HOURS, FORMAT_HOURS, FORMAT_HOURS]);
    row([L('budgetOverviewHoursConvention')], [], ['note']);
    blank();
  }

  // Timeline
  section('budgetOverviewTimeline');
  row([L('budgetOverviewTimelineDone'), `${o.timeline.done} / ${o.timeline.total}`, L('budgetOverviewOverdue'), o.timeline.overdue.length], [], [
    'label', 'value', 'label', o.timeline.overdue.length > 0 ? 'over' : 'value',
  ]);
  if (o.timeline.overdue.length > 0) {
    header([L('budgetOverviewMonth'), L('budgetOverviewActivity'), L('budgetOverviewResponsible'), L('budgetOverviewDeadline'), L('budgetOverviewStatus')]);
    for (const item of o.timeline.overdue) {
      row([item.month, item.activity, item.responsible, item.deadline ? displayDate(item.deadline) : '', item.status], [], [
        'label', 'value', 'value', 'over', 'value',
      ]);
    }
  }
  blank();

  // Attendance per module (the second chart's data)
  let attendanceChart: SheetLayout['attendanceChart'] = null;
  if (a.perModule.length > 0) {
    section('budgetOverviewPerModule');
    const first = header([L('budgetOverviewModule'), L('budgetOverviewPresent')]);
    for (const m of a.perModule) row([`M${m.module}`, m.held ? m.present : ''], ['', FORMAT_INTEGER]);
    attendanceChart = { row: first, rows: a.perModule.length + 1 };
  }

  return { width: LAYOUT_WIDTH, values, formats, styles, budgetChart, attendanceChart };
}

/** Danish money for texts (the sheets format numbers themselves). */
export function kr(amount: number, lang: Language): string {
  return formatKr(Math.round(amount * 100), lang);
}
