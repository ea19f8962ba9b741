// THE 90 % RULE (SPEC "The 90 % rule, exactly"). T modules, required share p: a participant
// must attend R = ceil(p × T) of them. The rule decides her status in `Fremmøde` and who
// gets a diploma. T and p come from the settings; nothing here assumes 15 or 0.9.
import type { AttendanceStatus, Language, Mark, Settings } from '../shared/api';
import { t } from './i18n';
import { moduleHeader } from './schema';

export type RuleSettings = Pick<Settings, 'modules' | 'requiredShare' | 'excusedCountsAsAbsent'>;

export interface AttendanceSummary {
  /** a: held modules she counts as attending. */
  attended: number;
  /** h: modules held so far (for the whole cohort). */
  held: number;
  /** T */
  total: number;
  /** R */
  required: number;
  /** a / h to 3 decimals; null before the first module is held. */
  rate: number | null;
  status: AttendanceStatus;
}

/**
 * p × T is rounded to 9 decimals before the ceiling, so the binary noise of decimal
 * shares cannot push an exact product up (0.28 × 25 is 7.000000000000001 in floating
 * point: R = 7, not 8). Any share a person types has far fewer than 9 decimals, so no
 * true product is moved across an integer. A positive share always requires at least one.
 */
export function requiredModules(T: number, p: number): number {
  const product = Math.round(p * T * 1e9) / 1e9;
  return Math.min(T, Math.max(p > 0 ? 1 : 0, Math.ceil(product)));
}

/** Cell text to a mark: tolerant of case and spaces typed by hand; null for anything else. */
export function parseMark(value: unknown): Mark | null {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return null;
  const text = value.trim().toUpperCase();
  return text === '' || text === 'M' || text === 'A' || text === 'F' ? text : null;
}

/** A module is held, for everyone, as soon as any participant has a mark for it. */
export function heldModules(marksByParticipant: readonly (readonly Mark[])[], T: number): boolean[] {
  const held: boolean[] = new Array<boolean>(T).fill(false);
  for (const marks of marksByParticipant) {
    for (let i = 0; i < T; i++) if (marks[i]) held[i] = true;
  }
  return held;
}

/**
 * Whether a mark counts as attending. When excused absence does not count as absence
 * (`excusedCountsAsAbsent: false`), an `A` counts as attended for the rule: the module
 * is not held against her, so `attended` then means "present or excused".
 */
export function countsAsAttended(mark: Mark, excusedCountsAsAbsent: boolean): boolean {
  return mark === 'M' || (mark === 'A' && !excusedCountsAsAbsent);
}

/**
 * One participant's figures. `marks[i]` and `heldFlags[i]` describe module i + 1. A held
 * module with an empty cell counts as absence (she was admitted late or not registered).
 * Her own mark also makes a module held, so inconsistent input cannot give a > h.
 */
export function summarize(
  marks: readonly Mark[],
  heldFlags: readonly boolean[],
  settings: RuleSettings,
): AttendanceSummary {
  const T = settings.modules;
  const R = requiredModules(T, settings.requiredShare);
  let attended = 0;
  let held = 0;
  for (let i = 0; i < T; i++) {
    const mark = marks[i] ?? '';
    if (!heldFlags[i] && mark === '') continue;
    held++;
    if (countsAsAttended(mark, settings.excusedCountsAsAbsent)) attended++;
  }
  return {
    attended,
    held,
    total: T,
    required: R,
    rate: held === 0 ? null : Math.round((attended * 1000) / held) / 1000,
    status: attendanceStatus(attended, held, T, R),
  };
}

/** The four statuses in SPEC order; the first that applies wins. */
export function attendanceStatus(attended: number, held: number, T: number, R: number): AttendanceStatus {
  const missed = held - attended;
  const mayMiss = T - R;
  if (held === T && attended >= R) return 'completed';
  if (missed > mayMiss) return 'below';
  if (missed === mayMiss && held < T) return 'at_risk';
  return 'ok';
}

/** p as a percentage without trailing zeros: 0.9 → '90', 0.875 → '87,5' in Danish. */
export function formatShare(p: number, lang: Language = 'da'): string {
  const percent = Math.round(p * 100 * 1e9) / 1e9;
  const text = String(percent);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/**
 * The label of a status. The sheets always show the Danish labels (they are the cohort's
 * data: 'Gennemført', 'Under 90 %', 'I risiko', 'OK'); sidebars may ask for English.
 */
export function statusLabel(status: AttendanceStatus, requiredShare: number, lang: Language = 'da'): string {
  switch (status) {
    case 'completed':
      return t(lang, 'attendanceStatusCompleted');
    case 'below':
      return t(lang, 'attendanceStatusBelow', { percent: formatShare(requiredShare, lang) });
    case 'at_risk':
      return t(lang, 'attendanceStatusAtRisk');
    case 'ok':
      return t(lang, 'attendanceStatusOk');
  }
}

/** Per row (SPEC): held modules whose cell is empty, and modules whose cell holds an unknown mark. */
export interface MarkGaps {
  unrecorded: number[];
  unknownMarks: number[];
}

/**
 * `marks[i]`, `unknown[i]` (the cell holds something that is not a mark) and `held[i]` describe
 * module i + 1. An unknown mark counts like an empty cell but is listed as unknown, not missing.
 */
export function markGaps(
  marks: readonly Mark[],
  unknown: readonly boolean[],
  held: readonly boolean[],
): MarkGaps {
  const unrecorded: number[] = [];
  const unknownMarks: number[] = [];
  marks.forEach((mark, i) => {
    if (unknown[i]) unknownMarks.push(i + 1);
    else if (mark === '' && held[i]) unrecorded.push(i + 1);
  });
  return { unrecorded, unknownMarks };
}

/**
 * The Status cell of `Fremmøde`: the rule's label, then what she must look at, in the sheet's
 * language (Danish, like the labels): 'I risiko · mangler M11', 'OK · ukendt mærke i M7'.
 */
export function statusText(label: string, gaps: MarkGaps): string {
  const parts = [label];
  if (gaps.unrecorded.length) parts.push(`mangler ${gaps.unrecorded.map(moduleHeader).join(', ')}`);
  if (gaps.unknownMarks.length)
    parts.push(`ukendt mærke i ${gaps.unknownMarks.map(moduleHeader).join(', ')}`);
  return parts.join(' · ');
}
