// Diplomas, the rules (SPEC "Diplomas"): who gets one and why the others do not, what the
// five merge fields say, how files are named, which order the replacements go in, and the
// plan for one call — who is done, who is next, which stray files to clear away. No Apps
// Script here: the server hands in what it read from the sheets and from Drive.
import type { Language, LeftOut, Settings } from '../shared/api';
import type { AttendanceSummary } from './attendance';
import { danishLongDate } from './dates';
import { UserError } from './errors';
import { t, type MessageKey } from './i18n';
import { ownFields, requireBoolean, requireWholeNumber, shownKey } from './validate';

export const MERGE_FIELDS = ['Navn', 'Dato', 'Sted', 'Holdnavn', 'Underskriver'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

export const mergeToken = (field: MergeField): string => `{{${field}}}`;

export const BATCH_LIMITS = { min: 1, max: 50, default: 10 } as const;

export interface ValidDiplomaOptions {
  batchSize: number;
  regenerate: boolean;
}

/** `generateDiplomas(o?)`: batchSize a whole number 1–50 (default 10), regenerate a boolean. */
export function validateDiplomaOptions(input: unknown): ValidDiplomaOptions {
  const out: ValidDiplomaOptions = { batchSize: BATCH_LIMITS.default, regenerate: false };
  if (input === undefined || input === null) return out;
  for (const [key, value] of ownFields(input)) {
    if (key === 'batchSize') {
      if (value !== undefined)
        out.batchSize = requireWholeNumber(
          value,
          'diplomasFieldBatchSize',
          BATCH_LIMITS.min,
          BATCH_LIMITS.max,
        );
    } else if (key === 'regenerate') {
      if (value !== undefined) out.regenerate = requireBoolean(value, 'diplomasFieldRegenerate');
    } else {
      throw new UserError('unknownField', { field: shownKey(key) });
    }
  }
  return out;
}

// ---- names ----------------------------------------------------------------------------------

/** Every diploma Doc is named like this; its PDF adds '.pdf'. */
export const DIPLOMA_PREFIX = 'Diplom - ';

export function diplomaDocName(name: string, cohortName: string): string {
  return `${DIPLOMA_PREFIX}${name} - ${cohortName}`;
}

export function diplomaPdfName(name: string, cohortName: string): string {
  return `${diplomaDocName(name, cohortName)}.pdf`;
}

export function combinedPdfName(cohortName: string): string {
  return `Diplomer - ${cohortName}.pdf`;
}

export function cohortFolderName(cohortName: string): string {
  return `Bydelsmødre – ${cohortName}`;
}

/** Whether a file name is one the add-on gives diplomas (Doc or PDF), for clean-up and regenerate. */
export function isDiplomaFileName(name: string): boolean {
  return name.startsWith(DIPLOMA_PREFIX);
}

export function isCombinedPdfName(name: string): boolean {
  return name.startsWith('Diplomer - ') && name.endsWith('.pdf');
}

/** The Drive id in a Diplom cell: a Docs/Drive URL or a bare id; '' when there is none. */
export function fileIdOfLink(link: string): string {
  const text = link.trim();
  if (text === '') return '';
  const path = /\/d\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (path) return path[1];
  const query = /[?&]id=([A-Za-z0-9_-]{10,})/.exec(text);
  if (query) return query[1];
  return /^[A-Za-z0-9_-]{10,}$/.test(text) ? text : '';
}

export function docUrl(docId: string): string {
  return `https://docs.google.com/document/d/${docId}/edit`;
}

// ---- merge fields -----------------------------------------------------------------------------

/** The date on the diplomas: the ceremony date, else the last module's date; '' when neither is known. */
export function diplomaDateIso(ceremonyDate: string, moduleDates: readonly string[]): string {
  if (ceremonyDate) return ceremonyDate;
  const dated = moduleDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dated.length ? dated.reduce((a, b) => (b > a ? b : a)) : '';
}

/** The four fields every diploma of the cohort shares; {{Dato}} is Danish, "12. juni 2026". */
export function cohortMergeValues(
  settings: Pick<Settings, 'cohortName' | 'place' | 'signatory'>,
  dateIso: string,
): Omit<MergeValues, 'Navn'> {
  return {
    Dato: dateIso ? danishLongDate(dateIso) : '',
    Sted: settings.place,
    Holdnavn: settings.cohortName,
    Underskriver: settings.signatory,
  };
}

/**
 * The replaceAllText requests for one diploma. Values go in literally (the Docs API does no
 * pattern expansion, so '$1', '.*' and '\' are just text). Because the replacements run one
 * after another, a value that itself contains a merge token — a name typed as "{{Dato}}" —
 * would be replaced again by a later request; so a field whose value contains another
 * field's token is replaced after that field. (A cycle cannot be ordered; it is left as is.)
 */
export function mergeRequests(
  values: MergeValues,
): { replaceAllText: { containsText: { text: string; matchCase: boolean }; replaceText: string } }[] {
  const order: MergeField[] = [];
  const pending = [...MERGE_FIELDS];
  while (pending.length) {
    const ready = pending.find((f) =>
      pending.every((other) => other === f || !values[f].includes(mergeToken(other))),
    );
    const next = ready ?? pending[0];
    order.push(next);
    pending.splice(pending.indexOf(next), 1);
  }
  return order.map((field) => ({
    replaceAllText: {
      containsText: { text: mergeToken(field), matchCase: true },
      replaceText: values[field],
    },
  }));
}

/** Merge fields a template's text (body, headers and footers together) contains, and unknown {{…}} ones. */
export function scanMergeFields(text: string): { missing: MergeField[]; unknown: string[] } {
  const missing = MERGE_FIELDS.filter((f) => !text.includes(mergeToken(f)));
  const known = new Set<string>(MERGE_FIELDS.map(mergeToken));
  const unknown = [...new Set(text.match(/\{\{[^{}\n]{1,40}\}\}/g) ?? [])].filter(
    (token) => !known.has(token),
  );
  return { missing, unknown };
}

type Json = Record<string, unknown>;

/**
 * All text of a Docs API document: body, headers and footers, with tables and tables of
 * contents walked into. Segments are separated by a newline so a token cannot span two.
 */
export function documentText(doc: Json): string {
  const parts: string[] = [];
  const walk = (content: unknown): void => {
    if (!Array.isArray(content)) return;
    for (const element of content as Json[]) {
      const paragraph = element.paragraph as Json | undefined;
      if (paragraph) {
        for (const pe of (paragraph.elements as Json[] | undefined) ?? []) {
          const run = pe.textRun as Json | undefined;
          if (run && typeof run.content === 'string') parts.push(run.content);
        }
      }
      const table = element.table as Json | undefined;
      for (const row of (table?.tableRows as Json[] | undefined) ?? []) {
        for (const cell of (row.tableCells as Json[] | undefined) ?? []) walk(cell.content);
      }
      walk((element.tableOfContents as Json | undefined)?.content);
    }
    parts.push('\n');
  };
  // A document fetched with tabs content keeps its segments per tab.
  const tabs = Array.isArray(doc.tabs)
    ? (doc.tabs as Json[]).map((tab) => (tab.documentTab as Json) ?? {})
    : [doc];
  for (const tab of tabs) {
    walk((tab.body as Json | undefined)?.content);
    for (const group of [tab.headers, tab.footers] as (Json | undefined)[]) {
      for (const segment of Object.values(group ?? {}) as Json[]) walk(segment.content);
    }
  }
  return parts.join('');
}

/** Warnings about the template: each missing field, each unknown one. */
export function templateWarnings(lang: Language, text: string): string[] {
  const { missing, unknown } = scanMergeFields(text);
  return [
    ...missing.map((f) => t(lang, 'diplomasMissingField', { field: mergeToken(f) })),
    ...unknown.map((token) => t(lang, 'diplomasUnknownField', { field: token })),
  ];
}

/** Warnings about settings a used field would print empty. */
export function emptySettingWarnings(
  lang: Language,
  settings: Pick<Settings, 'place' | 'signatory' | 'cohortName'>,
  templateText: string,
): string[] {
  const fields: [MergeField, keyof typeof settings, MessageKey][] = [
    ['Sted', 'place', 'settingsFieldPlace'],
    ['Underskriver', 'signatory', 'settingsFieldSignatory'],
    ['Holdnavn', 'cohortName', 'settingsFieldCohortName'],
  ];
  return fields
    .filter(([field, key]) => templateText.includes(mergeToken(field)) && settings[key].trim() === '')
    .map(([, , label]) => t(lang, 'diplomasEmptySetting', { field: label }));
}

// ---- who gets one -----------------------------------------------------------------------------

/** One row of `Fremmøde` with what the server found about her. */
export interface Participant {
  id: string;
  /** Her name as typed (from `Personer`, else `Fremmøde`). */
  name: string;
  /** Her status in `Personer` ('' when her row there is missing). */
  personStatus: string;
  summary: AttendanceSummary;
  /** 0-based index into the `Fremmøde` data rows. */
  index: number;
  /** What her `Diplom` cell holds. */
  link: string;
}

export interface Eligibility {
  eligible: Participant[];
  leftOut: LeftOut[];
  /** Participants with a diploma link who are not eligible (any more). */
  linkedButNotEligible: Participant[];
  duplicateIds: string[];
}

/**
 * Only `completed` participants get a diploma (SPEC "The 90 % rule"). A participant marked
 * Frafaldet in `Personer` is left out even if her marks would do: dropping out is the
 * coordinator's own statement. A row without a name cannot be printed. Every other
 * enrolled participant is listed with a short reason in the coordinator's language.
 */
export function decideEligibility(participants: readonly Participant[], lang: Language): Eligibility {
  const out: Eligibility = { eligible: [], leftOut: [], linkedButNotEligible: [], duplicateIds: [] };
  const seen = new Set<string>();
  for (const p of participants) {
    if (seen.has(p.id)) {
      if (!out.duplicateIds.includes(p.id)) out.duplicateIds.push(p.id);
      continue;
    }
    seen.add(p.id);
    const left = leftOutReason(p, lang);
    if (left === null) {
      out.eligible.push(p);
    } else {
      out.leftOut.push({ id: p.id, ...left });
      if (fileIdOfLink(p.link)) out.linkedButNotEligible.push(p);
    }
  }
  return out;
}

/** Statuses in `Personer` of a woman who was never admitted (her Fremmøde row is a hand edit). */
const NOT_ENROLLED = new Set(['Interesseret', 'Samtale aftalt', 'Venteliste', 'Ikke optaget', 'Trukket sig']);

/**
 * Why she gets no diploma, as a code the sidebar groups by (SPEC `leftOut[].code`) and a
 * short reason: `notFinished` while the course runs and she can still reach R, `below` once
 * she cannot, `droppedOut` for Frafaldet, `notEnrolled` for a row in Fremmøde of someone not
 * admitted (or without a name, which cannot be printed).
 */
function leftOutReason(p: Participant, lang: Language): Omit<LeftOut, 'id'> | null {
  const s = p.summary;
  if (p.personStatus === 'Frafaldet')
    return { code: 'droppedOut', reason: t(lang, 'diplomasLeftOutDroppedOut') };
  if (NOT_ENROLLED.has(p.personStatus))
    return { code: 'notEnrolled', reason: t(lang, 'diplomasLeftOutNotEnrolled', { status: p.personStatus }) };
  if (s.status === 'completed')
    return p.name.trim() === '' ? { code: 'notEnrolled', reason: t(lang, 'diplomasLeftOutNoName') } : null;
  const figures = { attended: s.attended, required: s.required, held: s.held, total: s.total };
  if (s.status === 'below') return { code: 'below', reason: t(lang, 'diplomasLeftOutBelow', figures) };
  return { code: 'notFinished', reason: t(lang, 'diplomasLeftOutNotFinished', figures) };
}

// ---- the plan for one call --------------------------------------------------------------------

export const PDF_MIME = 'application/pdf';
export const DOC_MIME = 'application/vnd.google-apps.document';

/** Marks on the PDFs the add-on makes (Drive appProperties: private to the add-on). */
export const APP_PROPERTY = { kind: 'bmKind', doc: 'bmDoc', person: 'bmPerson' } as const;
export const KIND_DIPLOMA_PDF = 'diplomaPdf';
export const KIND_COMBINED_PDF = 'combinedPdf';
/** A preview (`previewDiploma`): never linked, counted or combined; the next preview replaces it. */
export const KIND_PREVIEW_PDF = 'previewPdf';

/** The name on a preview made without a participant (SPEC `previewDiploma`). */
export const SAMPLE_NAME = 'Navn Navnesen';

/** Every preview (its PDF, and the temporary Doc it is made from) is named like this. */
export const PREVIEW_PREFIX = 'Prøve - ';

export function previewPdfName(name: string, cohortName: string): string {
  return `${PREVIEW_PREFIX}${name} - ${cohortName}.pdf`;
}

/** A live (not trashed) file in the cohort's folder, as one files.list call returns it. */
export interface FolderFile {
  id: string;
  name: string;
  mimeType: string;
  appProperties?: Record<string, string>;
}

export interface DiplomaFiles {
  docs: Map<string, FolderFile>;
  /** Diploma PDFs by the id of the Doc they were made from. */
  pdfByDoc: Map<string, FolderFile>;
  combined: FolderFile[];
  /** A second PDF of the same Doc (an attempt whose answer was lost): cleared away. */
  duplicatePdfs: FolderFile[];
  /** Anything else (the template, files without the add-on's marks): left alone. */
  other: FolderFile[];
}

/** Sorts the folder's files into diploma Docs, diploma PDFs and combined PDFs. */
export function classifyFolder(files: readonly FolderFile[]): DiplomaFiles {
  const out: DiplomaFiles = {
    docs: new Map(),
    pdfByDoc: new Map(),
    combined: [],
    duplicatePdfs: [],
    other: [],
  };
  for (const f of files) {
    const props = f.appProperties ?? {};
    if (f.mimeType === DOC_MIME && isDiplomaFileName(f.name)) out.docs.set(f.id, f);
    else if (props[APP_PROPERTY.kind] === KIND_DIPLOMA_PDF && props[APP_PROPERTY.doc]) {
      if (!out.pdfByDoc.has(props[APP_PROPERTY.doc])) out.pdfByDoc.set(props[APP_PROPERTY.doc], f);
      else out.duplicatePdfs.push(f);
    } else if (props[APP_PROPERTY.kind] === KIND_PREVIEW_PDF) {
      out.other.push(f);
    } else if (
      props[APP_PROPERTY.kind] === KIND_COMBINED_PDF ||
      (f.mimeType === PDF_MIME && isCombinedPdfName(f.name))
    ) {
      out.combined.push(f);
    } else out.other.push(f);
  }
  return out;
}

export interface WorkItem {
  participant: Participant;
  /** 'full': a new Doc and PDF; 'pdf': her Doc is there, only its PDF is missing. */
  kind: 'full' | 'pdf';
  docId?: string;
}

export interface CallPlan {
  /** Eligible women whose Doc and PDF are both there. */
  complete: { participant: Participant; docId: string; pdfId: string }[];
  /** Eligible women still to do, in sheet order. */
  todo: WorkItem[];
  /** Links to clear: files that are gone (she gets a new diploma when her turn comes). */
  deadLinks: Participant[];
  /** Diploma files nobody's link points at (left over from an interrupted call): to trash. */
  orphans: FolderFile[];
}

/**
 * Decides what one call does. `live(docId)` says whether a linked Doc still exists and is
 * not trashed (the server answers from the folder listing, asking Drive only about a Doc
 * that has left the folder). Never a duplicate: a woman whose link points at a live Doc is
 * never given a second one.
 */
export function planCall(
  eligibility: Eligibility,
  files: DiplomaFiles,
  live: (docId: string) => boolean,
): CallPlan {
  const plan: CallPlan = { complete: [], todo: [], deadLinks: [], orphans: [] };
  const kept = new Set<string>();
  const everyone = [...eligibility.eligible, ...eligibility.linkedButNotEligible];
  for (const p of everyone) {
    const docId = fileIdOfLink(p.link);
    const eligible = eligibility.eligible.includes(p);
    if (docId && live(docId)) {
      kept.add(docId);
      if (!eligible) continue;
      const pdf = files.pdfByDoc.get(docId);
      if (pdf) plan.complete.push({ participant: p, docId, pdfId: pdf.id });
      else plan.todo.push({ participant: p, kind: 'pdf', docId });
      continue;
    }
    if (docId) plan.deadLinks.push(p);
    if (eligible) plan.todo.push({ participant: p, kind: 'full' });
  }
  plan.todo.sort((a, b) => a.participant.index - b.participant.index);
  for (const [id, doc] of files.docs) if (!kept.has(id)) plan.orphans.push(doc);
  for (const [docId, pdf] of files.pdfByDoc) if (!kept.has(docId)) plan.orphans.push(pdf);
  plan.orphans.push(...files.duplicatePdfs);
  return plan;
}

/** Whether a service error means Google's daily quota (documents created, calls made). */
export function isQuotaError(message: string): boolean {
  return /too many times|quota|rate ?limit|user ?rate ?limit ?exceeded|\b429\b/i.test(message);
}
