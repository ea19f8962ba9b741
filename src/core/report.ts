// THE REPORT to the municipality (afrapportering, §18): the content as plain paragraphs with
// their style plus one table (budget against actual per line), built from the dashboard's
// figures. Counts and money only: the input has no names, phones or e-mails, so the document
// cannot hold any. The server renders it with Docs batchUpdates (see server/api/report.ts).
import type { Language } from '../shared/api';
import type { Overview } from '../shared/budget';
import { displayDate } from './dates';
import { t, type MessageKey, type MessageParams } from './i18n';
import { formatKr } from './money';
import { oereOfKroner } from './budget';
import type { FollowUpCounts, YesNoCount } from './followUp';

export type ParagraphStyle = 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'NORMAL_TEXT';

export interface ReportParagraph {
  style: ParagraphStyle;
  text: string;
  /** Characters at the start shown in bold (a label such as "Forbrug:"). */
  boldPrefix?: number;
  /** A place for the coordinator's own text, marked in yellow (the application draft). */
  highlight?: boolean;
}

export interface ReportTable {
  /** Index in `paragraphs` of the empty paragraph the table is inserted at. */
  at: number;
  /** Every cell's text, row by row: the header, one row per budget line, the total. */
  rows: string[][];
}

export interface ReportDoc {
  title: string;
  paragraphs: ReportParagraph[];
  table: ReportTable;
}

export interface ReportInput {
  overview: Overview;
  period: { start: string; end: string };
  /** Dates of the modules held ('' when a held module has no date), for the span. */
  heldModuleDates: string[];
  /** What came of the graduates (Aktiv bydelsmor, Uddannelse/job): counts only. */
  followUp?: FollowUpCounts;
}

/** "5 af 8 med kendt svar (10 uddannede i alt)", the same sentence in the report and the draft. */
export function followUpText(lang: Language, graduates: number, c: YesNoCount): string {
  if (graduates === 0) return t(lang, 'followUpNoGraduates');
  return t(lang, 'followUpCount', { yes: c.yes, known: c.known, graduates });
}

const percent = (share: number, lang: Language) => {
  const text = String(Math.round(share * 1000) / 10);
  return `${lang === 'da' ? text.replace('.', ',') : text} %`;
};

export function buildReport(input: ReportInput, lang: Language): ReportDoc {
  const o = input.overview;
  const L = (k: MessageKey, params?: MessageParams) => t(lang, k, params);
  const money = (kr: number) => formatKr(oereOfKroner(kr), lang);
  const moneyOere = (oere: number) => formatKr(oere, lang);
  const out: ReportParagraph[] = [];
  const p = (style: ParagraphStyle, text: string) => out.push({ style, text });
  const field = (label: string, value: string) =>
    out.push({ style: 'NORMAL_TEXT', text: `${label}: ${value}`, boldPrefix: label.length + 1 });

  const title = L('reportTitle', { cohort: o.cohortName });
  p('TITLE', title);
  p(
    'SUBTITLE',
    L('reportSubtitle', {
      start: displayDate(input.period.start),
      end: displayDate(input.period.end),
      date: displayDate(o.asOf),
    }),
  );
  p('NORMAL_TEXT', L('reportIntro'));

  // 1. Activities held
  p('HEADING_1', L('reportActivities'));
  const dates = input.heldModuleDates.filter((d) => d !== '').sort();
  const span =
    dates.length > 0
      ? L('reportModuleSpan', { first: displayDate(dates[0]), last: displayDate(dates[dates.length - 1]) })
      : '';
  field(
    L('reportModulesHeld'),
    `${o.attendance.modulesHeld} ${L('reportOf')} ${o.attendance.modulesTotal}${span ? ` (${span})` : ''}`,
  );
  field(L('reportTimelineDone'), `${o.timeline.done} ${L('reportOf')} ${o.timeline.total}`);
  if (o.timeline.overdue.length > 0) field(L('reportTimelineOverdue'), String(o.timeline.overdue.length));

  // 2. Participants
  p('HEADING_1', L('reportParticipants'));
  const r = o.recruitment;
  field(L('reportApplicants'), String(r.applicants));
  field(L('reportAdmitted'), String(r.admitted));
  field(L('reportDropouts'), String(r.dropouts));
  field(
    L('reportCompleted'),
    `${o.attendance.completed} (${L('reportCompletedRule', { required: o.attendance.required, total: o.attendance.modulesTotal })})`,
  );
  field(L('reportDiplomas'), String(o.diplomas.made));
  if (input.followUp) {
    const f = input.followUp;
    field(L('followUpActive'), followUpText(lang, f.graduates, f.activeVolunteer));
    field(L('followUpEducation'), followUpText(lang, f.graduates, f.educationOrJob));
  }
  if (o.attendance.averageRate !== null)
    field(L('reportAverageRate'), percent(o.attendance.averageRate, lang));
  field(L('reportAreas'), String(r.areas));
  field(L('reportLanguages'), String(r.languages));

  // 3. Budget against actual
  const b = o.budget;
  p('HEADING_1', L('reportEconomy'));
  field(L('reportGrant'), money(b.grant));
  field(L('reportBudget'), money(b.budget));
  field(L('reportSpent'), money(b.spent));
  field(L('reportRemaining'), money(b.remaining));
  if (b.unassigned !== 0) field(L('reportUnassigned'), money(b.unassigned));
  p('HEADING_2', L('reportPerLine'));
  // The table: Post | Budget | Forbrug | Afvigelse (budget − forbrug) | Forklaring, the last
  // column left empty for the coordinator. Sums in øre, so the total row adds up exactly;
  // expenses without a budget line get their own row, so the total equals the figures above.
  const figures = b.lines.map((l) => ({
    line: l.line,
    budget: oereOfKroner(l.budget),
    spent: oereOfKroner(l.spent),
  }));
  if (b.unassigned !== 0)
    figures.push({ line: L('reportUnassigned'), budget: 0, spent: oereOfKroner(b.unassigned) });
  const row = (line: string, budget: number, spent: number) => [
    line,
    moneyOere(budget),
    moneyOere(spent),
    moneyOere(budget - spent),
    '',
  ];
  const sum = (k: 'budget' | 'spent') => figures.reduce((s, f) => s + f[k], 0);
  const rows = [
    [L('reportColLine'), L('reportBudget'), L('reportSpent'), L('reportDeviation'), L('reportExplanation')],
    ...figures.map((f) => row(f.line, f.budget, f.spent)),
    row(L('reportTotal'), sum('budget'), sum('spent')),
  ];
  p('NORMAL_TEXT', '');
  const table = { at: out.length - 1, rows };
  p('HEADING_2', L('reportRepayHeading'));
  field(L('reportToRepay'), money(Math.max(0, b.grant - b.spent)));

  // 4. The coordinator's own words
  p('HEADING_1', L('reportRemarks'));
  p('NORMAL_TEXT', '');

  return { title, paragraphs: out, table };
}

/**
 * The whole text of a report, one paragraph a line (what the document will say), the table
 * in place of its paragraph as one line per row with the cells separated by tabs.
 */
export function reportText(doc: ReportDoc): string {
  return doc.paragraphs
    .map((p, i) => (i === doc.table.at ? doc.table.rows.map((r) => r.join('\t')).join('\n') : p.text))
    .join('\n');
}
