// THE DASHBOARD (Oversigt): key figures of every area computed from plain rows, and the
// sheet layout that shows them. Counts and money only: no row here carries a name, phone or
// e-mail, so neither the sheet nor the start sidebar can leak one.
import type { AttendanceStatus, Language, Mark, PersonStatus, Settings } from '../shared/api';
import { PERSON_STATUSES } from '../shared/api';
import type { BudgetResult, LeaderHours, Overview, PaceOutlook, TimelineRow } from '../shared/budget';
import { heldModules, requiredModules, statusLabel, summarize, formatShare } from './attendance';
import { EARLY_SHARE, ONE_OFF_LATE, UNDERSPEND_FROM, UNDERSPEND_SHARE } from './budget';
import { daysBetween } from './dates';
import { t, type MessageKey } from './i18n';
import { DONE_STATUS, normalizeStatus } from './timeline';
import { yesNoOf, type FollowUpCounts } from './followUp';

/** SPEC: recruit 15–20 women. */
export const RECRUITMENT_TARGET = { min: 15, max: 20 } as const;

const ADMITTED: readonly string[] = ['Optaget', 'Frafaldet', 'Uddannet'] satisfies PersonStatus[];
const ACTIVE: readonly string[] = ['Optaget', 'Uddannet'] satisfies PersonStatus[];

export interface PersonFacts {
  /** Navn: a row of Personer counts as an applicant when it has a name (as the sheet's formula counts). */
  name?: string;
  status: string;
  area: string;
  languages: string;
  /** Aktiv bydelsmor and Uddannelse/job: 'Ja', 'Nej' or '' (issue 15 §2). */
  activeVolunteer?: string;
  educationOrJob?: string;
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

/** A status as the sheet's formulas match it: trimmed, any case ("optaget " is Optaget). */
function knownStatus(status: string): string {
  const text = status.trim().replace(/ +/g, ' ');
  return PERSON_STATUSES.find((s) => s.toLowerCase() === text.toLowerCase()) ?? text;
}

export function buildOverview(input: OverviewInput): Overview {
  const { settings } = input;
  const persons = input.persons.filter((p) => p.name === undefined || p.name.trim() !== '');
  const byStatus = new Map<string, number>(PERSON_STATUSES.map((s) => [s, 0]));
  for (const p of persons) {
    const status = knownStatus(p.status) || '–';
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const count = (statuses: readonly string[]) =>
    persons.filter((p) => statuses.includes(knownStatus(p.status))).length;
  const graduates = persons.filter((p) => knownStatus(p.status) === 'Uddannet');
  // Ja and Nej as the report counts them (core/followUp.ts): anything else is not an answer.
  const yes = (v: string | undefined) => yesNoOf(v) === 'Ja';
  const known = (v: string | undefined) => yesNoOf(v) !== '';
  const timeline = input.timeline.filter((r) => r.activity !== '');

  const T = settings.modules;
  const marks = input.attendance.map((a) => a.marks);
  const held = heldModules(marks, T);
  // A module is held once anyone has a mark, but the flags and the average are about the
  // women still on the course: a dropout is not "under 90 %", she has left.
  const summaries = input.attendance
    .filter((a) => !a.droppedOut)
    .map((a) => summarize(a.marks, held, settings));
  const rates = summaries.map((s) => s.rate).filter((r): r is number => r !== null);
  const countStatus = (status: string) => summaries.filter((s) => s.status === status).length;

  return {
    asOf: input.today,
    cohortName: settings.cohortName,
    recruitment: {
      byStatus: [...byStatus].map(([status, n]) => ({ status, count: n })),
      applicants: persons.length,
      admitted: count(ADMITTED),
      active: count(ACTIVE),
      dropouts: count(['Frafaldet']),
      targetMin: RECRUITMENT_TARGET.min,
      targetMax: RECRUITMENT_TARGET.max,
      areas: countDistinct(persons.map((p) => key(p.area))),
      languages: countDistinct(persons.flatMap((p) => splitLanguages(p.languages))),
    },
    followUp: {
      graduates: graduates.length,
      activeVolunteer: graduates.filter((p) => yes(p.activeVolunteer)).length,
      activeVolunteerKnown: graduates.filter((p) => known(p.activeVolunteer)).length,
      educationOrJob: graduates.filter((p) => yes(p.educationOrJob)).length,
      educationOrJobKnown: graduates.filter((p) => known(p.educationOrJob)).length,
    },
    attendance: {
      participants: summaries.length,
      modulesHeld: held.filter(Boolean).length,
      modulesTotal: T,
      required: requiredModules(T, settings.requiredShare),
      averageRate:
        rates.length === 0
          ? null
          : Math.round((rates.reduce((s, r) => s + r, 0) * 1000) / rates.length) / 1000,
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
      total: timeline.length,
      done: timeline.filter((r) => normalizeStatus(r.status) === DONE_STATUS).length,
      overdue: timeline.filter((r) => r.overdue),
    },
    diplomas: {
      eligible: countStatus('completed'),
      made: input.attendance.filter((a) => a.hasDiploma).length,
    },
  };
}

// ---- The Oversigt sheet ------------------------------------------------------------------

export type Cell = string | number;
export type CellStyle =
  'title' | 'section' | 'header' | 'label' | 'value' | 'warn' | 'over' | 'good' | 'note';

/** Number formats of the sheet cells (Sheets patterns; the spreadsheet's locale shows , and .). */
export const FORMAT_MONEY = '#,##0.00 "kr."';
export const FORMAT_PERCENT = '0%';
export const FORMAT_INTEGER = '0';
export const FORMAT_TEXT = '@';
export const FORMAT_DATE = 'dd-mm-yyyy';

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
  spent: 'budgetOutlookSpent',
  notSpent: 'budgetOutlookNotSpent',
  notSpentLate: 'budgetOutlookNotSpentLate',
};

export function outlookLabel(outlook: PaceOutlook, lang: Language): string {
  return t(lang, OUTLOOK_KEYS[outlook]);
}

// Red: over budget. Amber means "look at this": a forecast over or well under, a one-off line
// unspent late — as conditional rules on Oversigt (src/server/api/overview.ts setOutlookColours).

/** Where the dashboard's formulas read: each sheet's reference ('Personer') and column letters. */
export interface OverviewRefs {
  persons: {
    sheet: string;
    name: string;
    status: string;
    id: string;
    active: string | null;
    educationOrJob: string | null;
  };
  attendance: {
    sheet: string;
    id: string;
    status: string;
    rate: string;
    diploma: string | null;
    modules: string[];
  };
  budget: { sheet: string; line: string; amount: string };
  expenses: { sheet: string; line: string; amount: string };
  timeline: { sheet: string; activity: string; deadline: string; status: string };
}

export interface LayoutSettings {
  cohortName: string;
  modules: number;
  requiredShare: number;
  grant: number;
  periodStart: string;
  periodEnd: string;
}

/** Formula text: a string in a double-quoted formula literal. */
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The dashboard as a grid of cells — labels as text, every figure as a formula that reads the
 * sheets themselves — so Oversigt is current after every change, by the add-on or by hand,
 * without the add-on writing to it (issue 13 §1). Only its shape (the budget lines, the number
 * of modules, the settings shown) is written, by setup, saveSettings and when a sidebar opens.
 * Labels follow the language; statuses stay the Danish ones of the sheets.
 */
export function overviewLayout(
  lines: readonly { line: string; oneOff: boolean; perModule?: boolean }[],
  refs: OverviewRefs,
  settings: LayoutSettings,
  lang: Language,
): SheetLayout {
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const styles: CellStyle[][] = [];
  const L = (k: MessageKey, params?: Record<string, string | number>) => t(lang, k, params);
  const row = (cells: Cell[], fmt: string[] = [], style: CellStyle[] = []) => {
    const r: Cell[] = [];
    const f: string[] = [];
    const st: CellStyle[] = [];
    for (let i = 0; i < LAYOUT_WIDTH; i++) {
      const c = cells[i] ?? '';
      r.push(c);
      const isFormula = typeof c === 'string' && c.startsWith('=');
      f.push(fmt[i] || (typeof c === 'number' || isFormula ? FORMAT_INTEGER : FORMAT_TEXT));
      st.push(style[i] ?? (i === 0 ? 'label' : 'value'));
    }
    values.push(r);
    formats.push(f);
    styles.push(st);
    return values.length;
  };
  const blank = () => row([]);
  const section = (k: MessageKey) => row([L(k)], [], ['section']);
  const header = (cells: string[]) =>
    row(
      cells,
      [],
      cells.map(() => 'header' as CellStyle),
    );
  const B = (r: number) => `$B$${r}`;
  const col = (ref: { sheet: string }, letter: string) => `${ref.sheet}!$${letter}$2:$${letter}`;

  const P = refs.persons;
  const F = refs.attendance;
  const pStatus = col(P, P.status);
  const fId = col(F, F.id);
  // A row of Fremmøde that belongs to someone who has not dropped out (Frafaldet in Personer).
  const onCourse = `(${fId}<>"")*(COUNTIFS(${col(P, P.id)},${fId},${pStatus},"Frafaldet")=0)`;
  const isStatus = (status: string) => `(TRIM(${pStatus})=${q(status)})`;

  row(
    [
      L('budgetOverviewTitle', { cohort: settings.cohortName }),
      '',
      '',
      '',
      '',
      L('budgetOverviewToday'),
      '=TODAY()',
    ],
    ['', '', '', '', '', '', FORMAT_DATE],
    ['title', 'title', 'title', 'title', 'title', 'note', 'note'],
  );
  row([L('budgetOverviewLive')], [], ['note']);
  blank();

  // Recruitment
  section('budgetOverviewRecruitment');
  const applicants = row([L('budgetOverviewApplicants'), `=COUNTIF(${col(P, P.name)},"<>")`]);
  const admittedRow = row([]);
  header([L('budgetOverviewStatus'), L('budgetOverviewCount')]);
  const statusRow = new Map<string, number>();
  for (const status of PERSON_STATUSES)
    statusRow.set(status, row([status, `=SUMPRODUCT(${isStatus(status)}*1)`]));
  const firstStatus = statusRow.get(PERSON_STATUSES[0])!;
  const lastStatus = statusRow.get(PERSON_STATUSES[PERSON_STATUSES.length - 1])!;
  row([L('budgetOverviewOtherStatus'), `=${B(applicants)}-SUM($B$${firstStatus}:$B$${lastStatus})`]);
  const sumOf = (statuses: readonly string[]) => `=${statuses.map((st) => B(statusRow.get(st)!)).join('+')}`;
  const admitted = sumOf(ADMITTED);
  const active = sumOf(ACTIVE);
  values[admittedRow - 1] = [
    L('budgetOverviewAdmitted'),
    admitted,
    L('budgetOverviewTarget', { min: RECRUITMENT_TARGET.min, max: RECRUITMENT_TARGET.max }),
    L('budgetOverviewActive'),
    active,
    '',
    '',
  ];
  formats[admittedRow - 1] = [
    FORMAT_TEXT,
    FORMAT_INTEGER,
    FORMAT_TEXT,
    FORMAT_TEXT,
    FORMAT_INTEGER,
    FORMAT_TEXT,
    FORMAT_TEXT,
  ];
  styles[admittedRow - 1] = ['label', 'value', 'note', 'label', 'value', 'value', 'value'];
  blank();

  // Follow-up of the women who became Uddannet (issue 15 §2)
  section('budgetOverviewFollowUp');
  const graduates = B(statusRow.get('Uddannet')!);
  header(['', L('budgetOverviewCount'), L('budgetOverviewKnown'), L('budgetOverviewGraduates')]);
  const followUp = (label: MessageKey, letter: string | null) => {
    if (letter === null) return row([L(label), '–', '–', `=${graduates}`]);
    const c = col(P, letter);
    return row([
      L(label),
      `=SUMPRODUCT(${isStatus('Uddannet')}*(TRIM(${c})="Ja"))`,
      `=SUMPRODUCT(${isStatus('Uddannet')}*((TRIM(${c})="Ja")+(TRIM(${c})="Nej")))`,
      `=${graduates}`,
    ]);
  };
  followUp('budgetOverviewActiveVolunteers', P.active);
  followUp('budgetOverviewEducationJob', P.educationOrJob);
  blank();

  // Attendance and diplomas
  const T = settings.modules;
  const perModuleFirst = { value: 0 };
  section('budgetOverviewAttendance');
  const fRate = col(F, F.rate);
  const fStatus = col(F, F.status);
  const participantsRow = row([]);
  row(
    [
      L('budgetOverviewAverageRate'),
      `=IFERROR(ROUND(SUMPRODUCT(${onCourse}*${fRate})/SUMPRODUCT(${onCourse}*(${fRate}<>"")),3),"–")`,
      L('budgetOverviewRequired'),
      `${requiredModules(T, settings.requiredShare)} / ${T}`,
    ],
    ['', FORMAT_PERCENT],
  );
  header([L('budgetOverviewStatus'), L('budgetOverviewCount')]);
  const countFlag = (code: AttendanceStatus) =>
    `=SUMPRODUCT((${fStatus}=${q(statusLabel(code, settings.requiredShare, 'da'))})*${onCourse})`;
  row([L('attendanceStatusOk'), countFlag('ok')]);
  row([L('attendanceStatusAtRisk'), countFlag('at_risk')]);
  row([
    L('attendanceStatusBelow', { percent: formatShare(settings.requiredShare, lang) }),
    countFlag('below'),
  ]);
  const completedRow = row([L('attendanceStatusCompleted'), countFlag('completed')]);
  const made = F.diploma === null ? '0' : `SUMPRODUCT((${fId}<>"")*(${col(F, F.diploma)}<>""))`;
  row([L('budgetOverviewDiplomas'), `=${made}&" / "&${B(completedRow)}`]);
  blank();

  // Budget
  const Bu = refs.budget;
  const U = refs.expenses;
  section('budgetOverviewBudget');
  const totals = row([]);
  const spentRow = row([]);
  const elapsedRow = row([]);
  const projectedRow = row([]);
  const outlookRow = row([]);
  const unassignedRow = row([]);
  const unreadable = row([
    L('budgetOverviewUnreadableCount'),
    `=COUNTA(${col(U, U.amount)})-COUNT(${col(U, U.amount)})`,
  ]);
  const chartRow = header([
    L('budgetOverviewLine'),
    L('budgetOverviewBudgetColumn'),
    L('budgetOverviewSpentColumn'),
    L('budgetOverviewRemainingColumn'),
    L('budgetOverviewShareColumn'),
    L('budgetOverviewProjectedColumn'),
    L('budgetOverviewOutlook'),
  ]);
  const E = `$B$${elapsedRow}`;
  const label = (o: PaceOutlook) => q(outlookLabel(o, lang));
  /** The share the straight line runs over: the calendar (E), or the modules held for a "pr. modul" line. */
  const HELD_SHARE = '__HELD_SHARE__';
  const linearOutlook = (b: string, c: string, f: string, e = E) =>
    `=IF(${c}>${b},${label('over')},IF(${e}<=0,${label('notStarted')},IF(${e}<${EARLY_SHARE},${label('tooEarly')},IF(${f}>${b},${label('overPace')},IF(AND_UNDER,${label('underPace')},${label('onTrack')})))))`.replace(
      'AND_UNDER',
      `(${e}>=${UNDERSPEND_FROM})*(${b}-${f}>${b}*${UNDERSPEND_SHARE})`,
    );
  const firstLine = chartRow + 1;
  for (const l of lines) {
    const r = values.length + 1;
    const [b, c, f] = [`$B${r}`, `$C${r}`, `$F${r}`];
    row(
      [
        l.line,
        `=SUMIF(${col(Bu, Bu.line)},$A${r},${col(Bu, Bu.amount)})`,
        `=SUMIF(${col(U, U.line)},$A${r},${col(U, U.amount)})`,
        `=${b}-${c}`,
        `=IF(${b}>0,ROUND(${c}/${b},3),"–")`,
        l.oneOff
          ? '–'
          : `=IF(${l.perModule ? HELD_SHARE : E}<=0,"–",ROUND(${c}/${l.perModule ? HELD_SHARE : E},2))`,
        l.oneOff
          ? `=IF(${c}>${b},${label('over')},IF(${c}>0,${label('spent')},IF(${E}>=${ONE_OFF_LATE},${label('notSpentLate')},${label('notSpent')})))`
          : linearOutlook(b, c, f, l.perModule ? HELD_SHARE : E),
      ],
      [
        '',
        FORMAT_MONEY,
        FORMAT_MONEY,
        FORMAT_MONEY,
        FORMAT_PERCENT,
        l.oneOff ? FORMAT_TEXT : FORMAT_MONEY,
        FORMAT_INTEGER,
      ],
    );
  }
  const lastLine = values.length;
  const budgetTotal = `$D$${totals}`;
  const spent = `$B$${spentRow}`;
  const [sy, sm, sd] = settings.periodStart.split('-').map(Number);
  const days = daysBetween(settings.periodStart, settings.periodEnd) + 1;
  const elapsed = days <= 0 ? '1' : `MIN(1,MAX(0,(TODAY()-DATE(${sy},${sm},${sd})+1)/${days}))`;
  const put = (r: number, cells: Cell[], fmt: string[], style: CellStyle[] = []) => {
    values[r - 1] = Array.from({ length: LAYOUT_WIDTH }, (_, i) => cells[i] ?? '');
    formats[r - 1] = Array.from({ length: LAYOUT_WIDTH }, (_, i) => {
      const c = cells[i];
      // A formula in a plain-text cell ('@') would be kept as text by Sheets: never.
      return (
        fmt[i] ||
        (typeof c === 'number' || (typeof c === 'string' && c.startsWith('=')) ? FORMAT_INTEGER : FORMAT_TEXT)
      );
    });
    styles[r - 1] = Array.from({ length: LAYOUT_WIDTH }, (_, i) => style[i] ?? (i === 0 ? 'label' : 'value'));
  };
  const lineSpent = lastLine >= firstLine ? `SUM($C$${firstLine}:$C$${lastLine})` : '0';
  put(
    totals,
    [
      L('budgetOverviewGrant'),
      Math.round(settings.grant * 100) / 100,
      L('budgetOverviewBudgetTotal'),
      `=SUMIF(${col(Bu, Bu.line)},"<>",${col(Bu, Bu.amount)})`,
    ],
    ['', FORMAT_MONEY, '', FORMAT_MONEY],
  );
  put(
    spentRow,
    [
      L('budgetOverviewSpent'),
      `=SUM(${col(U, U.amount)})`,
      L('budgetOverviewRemaining'),
      `=${budgetTotal}-${spent}`,
    ],
    ['', FORMAT_MONEY, '', FORMAT_MONEY],
  );
  put(
    elapsedRow,
    [
      L('budgetOverviewElapsed'),
      `=${elapsed}`,
      L('budgetOverviewSpentShare'),
      `=IF(${budgetTotal}>0,ROUND(${spent}/${budgetTotal},3),"–")`,
    ],
    ['', FORMAT_PERCENT, '', FORMAT_PERCENT],
  );
  put(
    projectedRow,
    [
      L('budgetOverviewProjected'),
      `=IF(${E}<=0,"–",ROUND(${spent}/${E},2))`,
      L('budgetOverviewToRepay'),
      `=MAX(0,$B$${totals}-${spent})`,
    ],
    ['', FORMAT_MONEY, '', FORMAT_MONEY],
  );
  put(outlookRow, [L('budgetOverviewOutlook'), linearOutlook(budgetTotal, spent, `$B$${projectedRow}`)], []);
  put(unassignedRow, [L('budgetOverviewUnassigned'), `=${spent}-${lineSpent}`], ['', FORMAT_MONEY]);
  void unreadable;
  const budgetChart = { row: chartRow, rows: lines.length + 1 };
  row([L('budgetOverviewOneOffNote')], [], ['note']);
  blank();

  // Timeline
  const Ti = refs.timeline;
  const act = `(${col(Ti, Ti.activity)}<>"")`;
  const notDone = `(TRIM(${col(Ti, Ti.status)})<>${q(DONE_STATUS)})`;
  const deadline = col(Ti, Ti.deadline);
  section('budgetOverviewTimeline');
  row([
    L('budgetOverviewTimelineDone'),
    `=SUMPRODUCT(${act}*(TRIM(${col(Ti, Ti.status)})=${q(DONE_STATUS)}))&" / "&SUMPRODUCT(${act}*1)`,
    L('budgetOverviewOverdue'),
    `=SUMPRODUCT(${act}*${notDone}*(${deadline}<>"")*(${deadline}<TODAY()))`,
  ]);
  blank();

  // Attendance per module (the second chart's data)
  let attendanceChart: SheetLayout['attendanceChart'] = null;
  if (T > 0) {
    section('budgetOverviewPerModule');
    const first = header([L('budgetOverviewModule'), L('budgetOverviewPresent')]);
    perModuleFirst.value = first + 1;
    for (let i = 0; i < T; i++) {
      const letter = F.modules[i];
      if (!letter) {
        row([`M${i + 1}`, '']);
        continue;
      }
      const m = `TRIM(${col(F, letter)})`;
      const withId = `(${fId}<>"")`;
      row(
        [
          `M${i + 1}`,
          `=IF(SUMPRODUCT(${withId}*((${m}="M")+(${m}="A")+(${m}="F")))>0,SUMPRODUCT(${withId}*(${m}="M")),"")`,
        ],
        ['', FORMAT_INTEGER],
      );
    }
    attendanceChart = { row: first, rows: T + 1 };
  }
  const held = T > 0 ? `COUNT($B$${perModuleFirst.value}:$B$${perModuleFirst.value + T - 1})` : '0';
  put(
    participantsRow,
    [
      L('budgetOverviewParticipants'),
      `=SUMPRODUCT(${onCourse})`,
      L('budgetOverviewModulesHeld'),
      `=${held}&" / ${T}"`,
    ],
    ['', FORMAT_INTEGER],
  );
  const heldShare = T > 0 ? `(${held}/${T})` : '0';
  for (const r of values)
    r.forEach((c, i) => {
      if (typeof c === 'string' && c.includes(HELD_SHARE)) r[i] = c.split(HELD_SHARE).join(heldShare);
    });
  void applicants;
  return { width: LAYOUT_WIDTH, values, formats, styles, budgetChart, attendanceChart };
}

/** The counts of the next application that Oversigt shows (issue 15 §4). */
export interface CohortCounts {
  applicants: number;
  admitted: number;
  dropouts: number;
  /** On the course (not Frafaldet) with attendance status Gennemført. */
  completed: number;
  diplomas: number;
  followUp: FollowUpCounts;
}

/**
 * The cohort's counts as `Oversigt` shows them, read back from the sheet's values (its
 * formulas read the sheets, so they are current: SPEC). Found by the labels of this layout,
 * in whichever language it was laid out; null when any of them is missing, appears twice
 * or does not hold a whole number (she changed the dashboard, or a formula shows an error),
 * so the caller counts from the sheets themselves instead.
 */
export function countsFromOverviewSheet(values: readonly (readonly unknown[])[]): CohortCounts | null {
  const labelled = (label: string) => values.filter((r) => String(r[0] ?? '').trim() === label);
  for (const lang of ['da', 'en'] as const) {
    const L = (k: MessageKey) => t(lang, k);
    if (labelled(L('budgetOverviewApplicants')).length !== 1) continue;
    const row = (label: string) => {
      const found = labelled(label);
      return found.length === 1 ? found[0] : null;
    };
    const whole = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
    const at = (label: string, column: number) => {
      const r = row(label);
      return r ? whole(r[column]) : null;
    };
    const made = /^(\d+) \/ \d+$/.exec(String(row(L('budgetOverviewDiplomas'))?.[1] ?? '').trim());
    const active = L('budgetOverviewActiveVolunteers');
    const job = L('budgetOverviewEducationJob');
    const figures = [
      at(L('budgetOverviewApplicants'), 1),
      at(L('budgetOverviewAdmitted'), 1),
      at('Frafaldet', 1),
      at(L('attendanceStatusCompleted'), 1),
      made ? Number(made[1]) : null,
      at(active, 3),
      at(active, 1),
      at(active, 2),
      at(job, 1),
      at(job, 2),
    ];
    if (figures.some((v) => v === null)) return null;
    const [
      applicants,
      admitted,
      dropouts,
      completed,
      diplomas,
      graduates,
      activeYes,
      activeKnown,
      jobYes,
      jobKnown,
    ] = figures as number[];
    return {
      applicants,
      admitted,
      dropouts,
      completed,
      diplomas,
      followUp: {
        graduates,
        activeVolunteer: { yes: activeYes, known: activeKnown },
        educationOrJob: { yes: jobYes, known: jobKnown },
      },
    };
  }
  return null;
}
