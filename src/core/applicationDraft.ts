// THE NEXT APPLICATION, DRAFTED (SPEC `createApplicationDraft`): a document headed like the
// grant application the cohort was funded by — purpose, target group, organisation, budget,
// timeline, expected effect — with this cohort's facts filled in and yellow places for the
// text only the coordinator can write. Counts and money only: the input has no names.
import type { Language } from '../shared/api';
import { displayDate } from './dates';
import { t, type MessageKey, type MessageParams } from './i18n';
import { formatKr } from './money';
import { followUpText, type ReportDoc, type ReportParagraph } from './report';
import type { FollowUpCounts } from './followUp';

export interface DraftInput {
  cohortName: string;
  /** Today, 'YYYY-MM-DD'. */
  asOf: string;
  applicants: number;
  /** Ever admitted: Optaget, Frafaldet or Uddannet. */
  admitted: number;
  dropouts: number;
  completed: number;
  required: number;
  modulesTotal: number;
  diplomas: number;
  followUp: FollowUpCounts;
  /** Budget and actual per line, øre. */
  lines: { line: string; budgetOere: number; spentOere: number }[];
  timeline: { month: string; activity: string; deadline: string; status: string }[];
}

/** completed / admitted, or null when nobody was admitted. */
export function completionShare(completed: number, admitted: number): number | null {
  return admitted > 0 ? completed / admitted : null;
}

const percent = (share: number, lang: Language) => {
  const text = String(Math.round(share * 1000) / 10);
  return `${lang === 'da' ? text.replace('.', ',') : text} %`;
};

export function buildApplicationDraft(input: DraftInput, lang: Language): ReportDoc {
  const L = (k: MessageKey, params?: MessageParams) => t(lang, k, params);
  const out: ReportParagraph[] = [];
  const p = (style: ReportParagraph['style'], text: string) => out.push({ style, text });
  const field = (label: string, value: string) =>
    out.push({ style: 'NORMAL_TEXT', text: `${label}: ${value}`, boldPrefix: label.length + 1 });
  const write = (what: MessageKey) =>
    out.push({ style: 'NORMAL_TEXT', text: L('draftWrite', { what: L(what) }), highlight: true });
  const money = (oere: number) => formatKr(oere, lang);

  const title = L('draftTitle');
  p('TITLE', title);
  p('SUBTITLE', L('draftSubtitle', { cohort: input.cohortName, date: displayDate(input.asOf) }));
  p('NORMAL_TEXT', L('draftIntro'));

  p('HEADING_1', L('draftPurpose'));
  write('draftPurposeWhat');

  p('HEADING_1', L('draftTargetGroup'));
  write('draftTargetGroupWhat');
  p('HEADING_2', L('draftLastCohort', { cohort: input.cohortName }));
  field(L('reportApplicants'), String(input.applicants));
  field(L('reportAdmitted'), String(input.admitted));
  field(L('reportDropouts'), String(input.dropouts));
  field(
    L('reportCompleted'),
    `${input.completed} (${L('reportCompletedRule', { required: input.required, total: input.modulesTotal })})`,
  );
  const share = completionShare(input.completed, input.admitted);
  field(L('draftCompletionShare'), share === null ? '–' : percent(share, lang));
  field(L('reportDiplomas'), String(input.diplomas));
  const f = input.followUp;
  field(L('followUpActive'), followUpText(lang, f.graduates, f.activeVolunteer));
  field(L('followUpEducation'), followUpText(lang, f.graduates, f.educationOrJob));

  p('HEADING_1', L('draftOrganisation'));
  write('draftOrganisationWhat');
  field(L('draftModules'), String(input.modulesTotal));

  p('HEADING_1', L('draftBudget'));
  p('NORMAL_TEXT', L('draftBudgetIntro'));
  const sum = (k: 'budgetOere' | 'spentOere') => input.lines.reduce((s, l) => s + l[k], 0);
  const row = (line: string, budget: number, spent: number) => [
    line,
    money(budget),
    money(spent),
    money(budget - spent),
    '',
  ];
  const rows = [
    [L('reportColLine'), L('reportBudget'), L('reportSpent'), L('reportDeviation'), L('draftNewBudget')],
    ...input.lines.map((l) => row(l.line, l.budgetOere, l.spentOere)),
    row(L('reportTotal'), sum('budgetOere'), sum('spentOere')),
  ];
  p('NORMAL_TEXT', '');
  const table = { at: out.length - 1, rows };
  write('draftBudgetWhat');

  p('HEADING_1', L('draftTimeline'));
  p('NORMAL_TEXT', L('draftTimelineIntro'));
  for (const a of input.timeline) {
    const when = a.deadline ? displayDate(a.deadline) : L('draftNoDeadline');
    const label = a.month ? `${a.month}: ` : '';
    p('NORMAL_TEXT', `${label}${a.activity} (${[a.status, when].filter((x) => x !== '').join(', ')})`);
  }
  write('draftTimelineWhat');

  p('HEADING_1', L('draftEffect'));
  write('draftEffectWhat');

  return { title, paragraphs: out, table };
}
