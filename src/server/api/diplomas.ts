// Diplomas (SPEC "Diplomas", `generateDiplomas`): from `Fremmøde` to a Drive folder with one
// Doc and one PDF per participant who completed, linked in her `Diplom` cell, and one
// combined PDF for printing. The rules are core's (src/core/diplomas.ts); Drive, Docs and the
// PDF export are thin adapters (src/server/google). Only the Drive v3 / Docs v1 advanced
// services and UrlFetchApp are used, so the add-on needs `drive.file`, never full Drive or
// `documents` (SPEC "Privacy and scopes").
//
// Resumable and never duplicating, by design:
// - The Doc link in `Diplom` is the record of "she has one". A link to a live Doc is never
//   replaced; a link to a trashed or deleted Doc is cleared and she gets a new diploma.
// - Drive work cannot be rolled back, so this request does not roll back what records it
//   either: the links, the folder id and the template id are kept even when the call fails
//   part of the way (see `durable`). Links are written in ONE sheet write per call, at the
//   end — and, when a Drive/Docs/UrlFetch call fails mid-batch, in the catch path before the
//   error is rethrown — so every finished Doc is linked and the next call carries on. Writing
//   after each woman would cost a Spreadsheet call per diploma (the budget is a constant
//   per request); the one gap left is a failure of that sheet write itself or Apps Script
//   killing the run at 6 minutes, and then the next call trashes the unlinked files of the
//   interrupted attempt ("orphans") before it makes hers again, so there is still no duplicate.
//   A soft deadline stops starting new diplomas well before the 6 minutes.
// - Each diploma costs a fixed few Drive/Docs calls (copy, batchUpdate, create PDF) plus its
//   share of one UrlFetchApp.fetchAll export; the combined PDF re-exports the Docs in one
//   more fetchAll (Drive's alt=media download is not needed). Per call a constant more:
//   folder, template, listing, the template's text, the combined file.
import type { DiplomaOptions, DiplomaResult } from '../../shared/api';
import type { DiplomaStatus } from '../../shared/diplomas';
import {
  APP_PROPERTY,
  classifyFolder,
  cohortFolderName,
  cohortMergeValues,
  combinedPdfName,
  decideEligibility,
  diplomaDateIso,
  diplomaDocName,
  diplomaPdfName,
  docUrl,
  documentText,
  emptySettingWarnings,
  fileIdOfLink,
  isQuotaError,
  KIND_COMBINED_PDF,
  KIND_DIPLOMA_PDF,
  KIND_PREVIEW_PDF,
  mergeRequests,
  planCall,
  templateWarnings,
  validateDiplomaOptions,
  type DiplomaFiles,
  type Eligibility,
  type Participant,
  type WorkItem,
} from '../../core/diplomas';
import { pagedFormatRequest, templateName, templateRequests } from '../../core/docTemplate';
import { decorate } from '../decorate';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { binaryToSignedBytes, mergePdfs } from '../../core/pdfMerge';
import { isoOfCell, textOfCell } from '../sheets/cells';
import { openTable, writeRows, type Cell, type Table } from '../sheets/table';
import { read, write, type Ctx } from '../runtime';
import { ensureCohortFolder, existingCohortFolder } from '../cohortFolder';
import { batchUpdate, getDocument } from '../google/docs';
import {
  createDoc,
  createFile,
  DOC_MIME,
  fileUrl,
  folderUrl,
  getFile,
  listFolder,
  replaceContent,
  trashFile,
  type DriveFile,
} from '../google/drive';
import { exportPdfs } from '../google/pdfExport';
import { copyRequest, exportRequest, mergeRequest, trashRequest, uploadRequest, wave } from '../google/rest';
import {
  MODULE_HEADERS,
  openAttendance,
  participants,
  PERSON_HEADERS,
  personIndex,
  summaries,
} from './attendance';

/** New diplomas are not started after this much of Apps Script's 6 minutes. */
const SOFT_DEADLINE_MS = 3.5 * 60 * 1000;
/** Women per set of waves: a fetchAll of more requests than this is split over rounds. */
const ROUND_SIZE = 25;

type Blob = GoogleAppsScript.Base.Blob;

// ---- reading the cohort -----------------------------------------------------------------------

export interface Cohort {
  attendance: Table;
  diplomCol: number;
  list: Participant[];
  eligibility: Eligibility;
}

/** `Personer` and `Fremmøde`, each read once; `Diplom` must exist before anything is made. */
export function readCohort(ctx: Ctx): Cohort {
  const persons = openTable(ctx, 'persons', PERSON_HEADERS, ['ID', 'Navn', 'Status']);
  const attendance = openAttendance(ctx);
  const diplomCol = attendance.col('Diplom');
  const people = personIndex(persons);
  const rows = participants(attendance, ctx.settings.modules);
  const figures = summaries(rows, ctx.settings);
  const list: Participant[] = rows.map((p, i) => {
    const key = p.id.toUpperCase();
    return {
      id: p.id,
      name: people.name.get(key) || p.name,
      personStatus: people.status.get(key) ?? '',
      summary: figures[i],
      index: p.index,
      link: textOfCell(attendance.rows[p.index][diplomCol]),
    };
  });
  return { attendance, diplomCol, list, eligibility: decideEligibility(list, ctx.lang) };
}

/** The last module's date from `Moduler` (only read when no ceremony date is set). */
export function moduleDates(ctx: Ctx): string[] {
  const modules = openTable(ctx, 'modules', MODULE_HEADERS, ['Dato']);
  const col = modules.col('Dato');
  return modules.rows.map((row) => isoOfCell(row[col]));
}

// ---- Drive: folder, template, listing ---------------------------------------------------------

function isLive(file: DriveFile | null, mimeType: string): file is DriveFile {
  return file !== null && file.trashed !== true && file.mimeType === mimeType;
}

/**
 * The template's id: the one in settings while it is a live Doc, else a new default one in
 * the folder (its id saved in settings). A template the add-on did not create is invisible
 * under `drive.file`, exactly like a deleted one, so both get a new default and a warning.
 */
export function ensureTemplate(ctx: Ctx, folderId: string, warnings: string[]): string {
  const current = ctx.settings.templateId;
  const folderName = cohortFolderName(ctx.settings.cohortName);
  if (current) {
    const file = getFile(current);
    if (file && file.trashed !== true) {
      if (file.mimeType !== DOC_MIME) throw new UserError('diplomasTemplateNotDoc');
      return current;
    }
  }
  const doc = createDoc(templateName(ctx.lang, ctx.settings.cohortName), folderId);
  try {
    batchUpdate(doc.id, templateRequests(ctx.lang));
    ctx.store.saveStoredSettings({ ...ctx.store.storedSettings(), templateId: doc.id });
    decorate('diplomas: paged template', () => batchUpdate(doc.id, [pagedFormatRequest()]));
  } catch (error) {
    // A template that is empty or not remembered would be left behind and a second one made
    // next time: trash it (should that fail too, it is one stray file in the folder).
    try {
      trashFile(doc.id);
    } catch {
      // nothing more to do
    }
    throw error;
  }
  warnings.push(
    t(ctx.lang, current ? 'diplomasTemplateRecreated' : 'diplomasTemplateCreated', { folder: folderName }),
  );
  console.log(`diplomas: ${current ? 're' : ''}created the default template`);
  return doc.id;
}

interface Folder {
  files: DiplomaFiles;
  /** Whether a linked Doc is live: from the listing, asking Drive only about Docs outside it. */
  live(docId: string): boolean;
}

function readFolder(folderId: string | null): Folder {
  const files = classifyFolder(folderId ? listFolder(folderId) : []);
  const outside = new Map<string, boolean>();
  return {
    files,
    live(docId: string): boolean {
      if (files.docs.has(docId)) return true;
      if (!outside.has(docId)) outside.set(docId, isLive(getFile(docId), DOC_MIME));
      return outside.get(docId)!;
    },
  };
}

// ---- generateDiplomas ---------------------------------------------------------------------------

/**
 * The request context for Drive work: nothing it records is rolled back on failure (the
 * files it made cannot be un-made, so forgetting them would only cause duplicates).
 */
export function durable(ctx: Ctx): Ctx {
  ctx.store.journal = null;
  const out = Object.create(ctx) as Ctx;
  out.onUndo = () => undefined;
  return out;
}

interface Made {
  item: WorkItem;
  docId: string;
  link: string;
  pdf?: Blob;
  done: boolean;
}

export function generateDiplomas(o?: DiplomaOptions): DiplomaResult {
  return write((request) => {
    const options = validateDiplomaOptions(o);
    return runGeneration(durable(request), options.batchSize, options.regenerate);
  });
}

function runGeneration(ctx: Ctx, batchSize: number, regenerate: boolean): DiplomaResult {
  const { lang, settings } = ctx;
  const warnings: string[] = [];
  const cohort = readCohort(ctx);
  const { eligibility, attendance, diplomCol } = cohort;
  for (const id of eligibility.duplicateIds) warnings.push(t(lang, 'diplomasDuplicateId', { id }));
  for (const p of eligibility.linkedButNotEligible)
    warnings.push(t(lang, 'diplomasNoLongerEligible', { id: p.id }));

  // Read-only first: what exists, and what this call would do.
  const state = ctx.store.driveState();
  const existing = existingCohortFolder(state);
  let folder = readFolder(existing);
  let plan = planCall(eligibility, folder.files, folder.live);
  const willMake = regenerate ? eligibility.eligible.length > 0 : plan.todo.length > 0;

  // The date is checked before anything is changed: without one, no diploma can be made.
  let dateIso = '';
  if (willMake) {
    dateIso = diplomaDateIso(settings.ceremonyDate, settings.ceremonyDate ? [] : moduleDates(ctx));
    if (!dateIso) throw new UserError('diplomasNoDate');
  }

  const folderId = ensureCohortFolder(ctx, existing);
  const templateId = ensureTemplate(ctx, folderId, warnings);
  const next: Cell[][] = attendance.rows.map((r) => r.slice());
  let skipped = plan.complete.length;

  if (regenerate) {
    trashEverything(ctx, cohort, folder);
    for (const p of cohort.list) next[p.index][diplomCol] = '';
    folder = readFolder(null);
    plan = planCall(
      {
        ...eligibility,
        eligible: eligibility.eligible.map((p) => ({ ...p, link: '' })),
        linkedButNotEligible: [],
      },
      folder.files,
      () => false,
    );
    skipped = 0;
  } else {
    trashAll(plan.orphans.map((file) => file.id));
    if (plan.orphans.length)
      console.log(`diplomas: trashed ${plan.orphans.length} files of an interrupted call`);
    for (const p of plan.deadLinks) next[p.index][diplomCol] = '';
  }

  const batch = plan.todo.slice(0, batchSize);
  const made: Made[] = [];
  if (batch.length > 0) {
    const template = documentText(getDocument(templateId));
    warnings.push(...templateWarnings(lang, template), ...emptySettingWarnings(lang, settings, template));
    const shared = cohortMergeValues(settings, dateIso);
    try {
      makeBatch(ctx, batch, made, { folderId, templateId, shared, next, diplomCol });
    } catch (error) {
      if (error instanceof UserError) throw error;
      // Keep what is finished: link every Doc that was completed, then tell her what happened.
      writeRows(ctx, attendance, next);
      // Counted as the coordinator sees it: a linked Doc is made (its PDF follows next call).
      const newDocs = made.filter((m) => m.item.kind === 'full').length;
      const linked = plan.complete.length + plan.todo.filter((w) => w.kind === 'pdf').length + newDocs;
      const detail = error instanceof Error ? error.message : String(error);
      console.error(
        `generateDiplomas: stopped after ${made.length} of ${batch.length} in this batch: ${detail}`,
      );
      throw new UserError(isQuotaError(detail) ? 'diplomasQuota' : 'diplomasInterrupted', {
        made: newDocs,
        remaining: Math.max(0, eligibility.eligible.length - linked),
      });
    }
  }
  writeRows(ctx, attendance, next);

  const created = made.filter((m) => m.done).length;
  const complete = [
    ...plan.complete.map((c) => ({ participant: c.participant, docId: c.docId })),
    ...made.filter((m) => m.done).map((m) => ({ participant: m.item.participant, docId: m.docId })),
  ].sort((a, b) => a.participant.index - b.participant.index);
  const remaining = eligibility.eligible.filter(
    (p) => !complete.some((c) => c.participant.id === p.id),
  ).length;

  if (remaining === 0 && complete.length > 0) {
    const combined = liveCombined(ctx, folder.files);
    // SPEC: made (or remade) when a call brings remaining to 0; a call with nothing to do
    // leaves an existing one as it is (and makes one only if there is none).
    if (created > 0 || !combined) {
      const pdfs = new Map(made.filter((m) => m.pdf).map((m) => [m.docId, m.pdf as Blob]));
      const names = complete.map((c) => diplomaPdfName(c.participant.name, settings.cohortName));
      makeCombined(
        ctx,
        folderId,
        folder.files,
        complete.map((c) => c.docId),
        names,
        pdfs,
        warnings,
      );
    }
  }
  if (eligibility.eligible.length === 0) warnings.push(t(lang, 'diplomasNoneEligible'));

  console.log(
    `generateDiplomas: created ${created}, skipped ${skipped}, remaining ${remaining}, left out ${eligibility.leftOut.length}` +
      (regenerate ? ' (regenerate)' : ''),
  );
  return { created, skipped, remaining, leftOut: eligibility.leftOut, warnings };
}

interface BatchContext {
  folderId: string;
  templateId: string;
  shared: ReturnType<typeof cohortMergeValues>;
  next: Cell[][];
  diplomCol: number;
}

/**
 * One batch in parallel waves (UrlFetchApp.fetchAll, src/server/google/rest.ts), at most
 * ROUND_SIZE women at a time: every copy of the template together, then every merge, then
 * every PDF export (with the trashing of copies whose merge failed), then every PDF upload.
 * So the round trips grow with the waves, not with the women.
 *
 * A request that fails inside a wave costs only that woman's progress: a failed copy leaves
 * her for the next call; a failed merge trashes her copy (in the next wave; should that fail
 * too, the next call clears it away as an orphan); a failed export or upload leaves her Doc
 * linked and the next call makes only the PDF. Her Doc is linked (in `next`) as soon as its
 * fields are merged. Everyone else's work in the wave goes on; when the batch is through,
 * the first failure is thrown so the coordinator hears what happened, and the caller writes
 * the links of everything finished.
 */
function makeBatch(ctx: Ctx, batch: WorkItem[], made: Made[], b: BatchContext): void {
  const started = Date.now();
  const failures: string[] = [];
  for (let at = 0; at < batch.length; at += ROUND_SIZE) {
    if (Date.now() - started > SOFT_DEADLINE_MS) break;
    makeRound(ctx, batch.slice(at, at + ROUND_SIZE), made, b, failures);
  }
  if (failures.length > 0) {
    console.error(`diplomas: ${failures.length} requests failed in this batch`);
    throw new Error(failures[0]);
  }
}

function makeRound(ctx: Ctx, round: WorkItem[], made: Made[], b: BatchContext, failures: string[]): void {
  const cohortName = ctx.settings.cohortName;
  const full = round.filter((item) => item.kind === 'full');
  const ready: Made[] = round
    .filter((item) => item.kind === 'pdf')
    .map((item) => ({ item, docId: item.docId as string, link: '', done: false }));

  // Wave 1: her Doc, a copy of the template.
  const copies = wave(
    full.map((item) =>
      copyRequest(b.templateId, diplomaDocName(item.participant.name, cohortName), b.folderId),
    ),
  );
  const copied: { item: WorkItem; docId: string; link: string }[] = [];
  copies.forEach((r, i) => {
    const docId = r.ok ? String(r.json.id ?? '') : '';
    if (docId) copied.push({ item: full[i], docId, link: String(r.json.webViewLink ?? '') || docUrl(docId) });
    else failures.push(r.error || 'copy: no id in the answer');
  });

  // Wave 2: her name and the cohort's fields merged in.
  const merges = wave(
    copied.map((c) => mergeRequest(c.docId, mergeRequests({ ...b.shared, Navn: c.item.participant.name }))),
  );
  const halfMade: string[] = [];
  merges.forEach((r, i) => {
    const c = copied[i];
    if (!r.ok) {
      failures.push(r.error);
      halfMade.push(c.docId);
      return;
    }
    b.next[c.item.participant.index][b.diplomCol] = c.link;
    const m: Made = { item: c.item, docId: c.docId, link: c.link, done: false };
    made.push(m);
    ready.push(m);
  });
  for (const m of ready) if (m.item.kind === 'pdf') made.push(m);

  // Wave 3: the PDFs, and the half-made copies to the trash (a 404 means already gone).
  const third = wave([
    ...ready.map((m) => exportRequest(m.docId)),
    ...halfMade.map((id) => trashRequest(id)),
  ]);
  third.slice(ready.length).forEach((r) => {
    if (!r.ok && r.code !== 404)
      console.error(`diplomas: a half-made copy stays for the next call (${r.error})`);
  });
  const exported: Made[] = [];
  ready.forEach((m, i) => {
    const r = third[i];
    if (r.ok && r.blob) {
      m.pdf = r.blob;
      exported.push(m);
    } else failures.push(r.error);
  });

  // Wave 4: the PDF files, each with the add-on's private marks.
  const uploads = wave(
    exported.map((m) =>
      uploadRequest(diplomaPdfName(m.item.participant.name, cohortName), b.folderId, m.pdf as Blob, {
        [APP_PROPERTY.kind]: KIND_DIPLOMA_PDF,
        [APP_PROPERTY.doc]: m.docId,
        [APP_PROPERTY.person]: m.item.participant.id,
      }),
    ),
  );
  uploads.forEach((r, i) => {
    if (r.ok) exported[i].done = true;
    else failures.push(r.error);
  });
}

/** Moves files to the trash in one wave; a file already gone is fine. Throws on any other failure. */
export function trashAll(ids: readonly string[]): void {
  const results = wave(ids.map((id) => trashRequest(id)));
  const failed = results.filter((r) => !r.ok && r.code !== 404);
  if (failed.length)
    throw new Error(`${failed.length} of ${ids.length} files could not be trashed: ${failed[0].error}`);
}

/** Regenerate: every diploma Doc and PDF of the cohort and the combined PDF go to the trash. */
function trashEverything(ctx: Ctx, cohort: Cohort, folder: Folder): number {
  const ids = new Set<string>();
  for (const id of folder.files.docs.keys()) ids.add(id);
  for (const pdf of folder.files.pdfByDoc.values()) ids.add(pdf.id);
  for (const f of [...folder.files.duplicatePdfs, ...folder.files.combined]) ids.add(f.id);
  // Linked Docs the coordinator moved out of the folder are hers too.
  for (const p of cohort.list) {
    const docId = fileIdOfLink(p.link);
    if (docId && !ids.has(docId) && folder.live(docId)) ids.add(docId);
  }
  const state = ctx.store.driveState();
  if (state.combinedPdfId && !ids.has(state.combinedPdfId)) {
    const combined = getFile(state.combinedPdfId);
    if (combined && combined.trashed !== true) ids.add(state.combinedPdfId);
  }
  trashAll([...ids]);
  if (state.combinedPdfId) ctx.store.saveDriveState({ ...state, combinedPdfId: undefined });
  console.log(`diplomas: regenerate trashed ${ids.size} files`);
  return ids.size;
}

// ---- the combined PDF ---------------------------------------------------------------------------

/** The combined PDF's id when it is still in the folder. */
function liveCombined(ctx: Ctx, files: DiplomaFiles): string | null {
  const id = ctx.store.driveState().combinedPdfId;
  return id && files.combined.some((f) => f.id === id) ? id : null;
}

/**
 * Merges the diplomas (Docs exported to PDF; those made in this call are already in memory)
 * into `Diplomer - <Holdnavn>.pdf`, in place when it exists so its link stays valid. When a
 * PDF cannot be merged, the coordinator gets a warning and no (stale) combined file is left.
 */
function makeCombined(
  ctx: Ctx,
  folderId: string,
  files: DiplomaFiles,
  docIds: string[],
  pdfNames: string[],
  have: Map<string, Blob>,
  warnings: string[],
): void {
  const missing = docIds.filter((id) => !have.has(id));
  const exported = exportPdfs(missing);
  missing.forEach((id, i) => have.set(id, exported[i]));
  const result = mergePdfs(docIds.map((id) => (have.get(id) as Blob).getBytes()));
  const existing = liveCombined(ctx, files);
  const name = combinedPdfName(ctx.settings.cohortName);
  // Any other combined file (an older one, or one of an earlier cohort name) is stale.
  for (const f of files.combined) if (f.id !== existing) trashFile(f.id);
  if (!result.ok) {
    warnings.push(t(ctx.lang, 'diplomasCombinedFailed', { file: pdfNames[result.input] ?? '' }));
    console.error(`diplomas: combined PDF not made, input ${result.input + 1}: ${result.reason}`);
    if (existing) trashFile(existing);
    if (ctx.store.driveState().combinedPdfId)
      ctx.store.saveDriveState({ ...ctx.store.driveState(), combinedPdfId: undefined });
    return;
  }
  const blob = Utilities.newBlob(binaryToSignedBytes(result.pdf), 'application/pdf', name);
  const file = existing
    ? replaceContent(existing, name, blob)
    : createFile(name, folderId, blob, { [APP_PROPERTY.kind]: KIND_COMBINED_PDF });
  if (ctx.store.driveState().combinedPdfId !== file.id)
    ctx.store.saveDriveState({ ...ctx.store.driveState(), combinedPdfId: file.id });
  console.log(`diplomas: combined PDF ${existing ? 'remade' : 'made'} with ${result.pageCount} pages`);
}

/**
 * Remakes the combined PDF from the diplomas now in the folder, if one exists (deletePerson
 * calls this after trashing her files). Order: by participant ID, as `Fremmøde` has them.
 * Reads only Drive. Returns whether a combined PDF exists afterwards, and any warnings.
 */
export function remakeCombinedPdf(
  ctx: Ctx,
  opts: { excludeDocIds?: readonly string[] } = {},
): { remade: boolean; warnings: string[] } {
  const warnings: string[] = [];
  const state = ctx.store.driveState();
  const folderId = existingCohortFolder(state);
  if (!folderId || !state.combinedPdfId) return { remade: false, warnings };
  const { files } = readFolder(folderId);
  const combinedId = liveCombined(ctx, files);
  if (!combinedId) return { remade: false, warnings };
  const exclude = new Set(opts.excludeDocIds ?? []);
  const diplomas = [...files.pdfByDoc.entries()]
    .filter(([docId]) => files.docs.has(docId) && !exclude.has(docId))
    .map(([docId, pdf]) => ({
      docId,
      person: pdf.appProperties?.[APP_PROPERTY.person] ?? '',
      name: pdf.name,
    }))
    .sort((a, b) => a.person.localeCompare(b.person, 'en', { numeric: true }));
  if (diplomas.length === 0) {
    trashFile(combinedId);
    ctx.store.saveDriveState({ ...state, combinedPdfId: undefined });
    return { remade: false, warnings };
  }
  makeCombined(
    ctx,
    folderId,
    files,
    diplomas.map((d) => d.docId),
    diplomas.map((d) => d.name),
    new Map(),
    warnings,
  );
  return { remade: Boolean(ctx.store.driveState().combinedPdfId), warnings };
}

// ---- one person's files (data-protection requests) -------------------------------------------

export interface DiplomaOwner {
  /** Her ID, e.g. 'P003': finds the PDFs the add-on marked with it. */
  id?: string;
  /** Her name as on the diplomas: used only when nothing else finds her files. */
  name?: string;
  /** What her `Diplom` cell holds (the Doc's link). */
  link?: string;
}

function ownerOf(who: string | DiplomaOwner): DiplomaOwner {
  if (typeof who !== 'string') return who;
  return /^[A-Za-z]{0,3}\d+$/.test(who.trim()) ? { id: who.trim() } : { name: who };
}

/** Her diploma files (Docs and PDFs) that are not trashed. Reads only Drive. */
export function diplomaFilesOf(ctx: Ctx, who: string | DiplomaOwner): DriveFile[] {
  const owner = ownerOf(who);
  const state = ctx.store.driveState();
  const folderId = existingCohortFolder(state);
  const listing = folderId ? listFolder(folderId) : [];
  const found = new Map<string, DriveFile>();
  const docId = owner.link ? fileIdOfLink(owner.link) : '';
  if (docId) {
    const doc = listing.find((f) => f.id === docId) ?? getFile(docId);
    if (doc && doc.trashed !== true) found.set(doc.id, doc);
  }
  for (const f of listing) {
    const props = f.appProperties ?? {};
    // Her preview PDF names her too (data-protection requests must find it).
    if (
      props[APP_PROPERTY.kind] === KIND_PREVIEW_PDF &&
      owner.id &&
      props[APP_PROPERTY.person]?.toUpperCase() === owner.id.toUpperCase()
    ) {
      found.set(f.id, f);
      continue;
    }
    if (props[APP_PROPERTY.kind] !== KIND_DIPLOMA_PDF) continue;
    if (
      (owner.id && props[APP_PROPERTY.person]?.toUpperCase() === owner.id.toUpperCase()) ||
      (docId && props[APP_PROPERTY.doc] === docId)
    ) {
      found.set(f.id, f);
      // Her PDF names her Doc even when her link is gone.
      const ofDoc = listing.find((d) => d.id === props[APP_PROPERTY.doc]);
      if (ofDoc) found.set(ofDoc.id, ofDoc);
    }
  }
  if (found.size === 0 && owner.name) {
    const cohort = ctx.settings.cohortName;
    const names = new Set([diplomaDocName(owner.name, cohort), diplomaPdfName(owner.name, cohort)]);
    for (const f of listing) if (names.has(f.name)) found.set(f.id, f);
  }
  return [...found.values()];
}

/**
 * Moves her diploma Doc(s) and PDF(s) to the trash. Returns how many files and the Doc ids
 * (to leave out of the combined PDF — pass them to remakeCombinedPdf). Reads only Drive;
 * clearing her `Diplom` cell is the caller's (deletePerson removes her row anyway).
 */
export function trashDiplomasOf(ctx: Ctx, who: string | DiplomaOwner): { trashed: number; docIds: string[] } {
  const files = diplomaFilesOf(ctx, who);
  for (const f of files) trashFile(f.id);
  return { trashed: files.length, docIds: files.filter((f) => f.mimeType === DOC_MIME).map((f) => f.id) };
}

// ---- getDiplomaStatus ---------------------------------------------------------------------------

export function getDiplomaStatus(): DiplomaStatus {
  return read((ctx) => {
    const cohort = readCohort(ctx);
    const state = ctx.store.driveState();
    const folderId = existingCohortFolder(state);
    const folder = readFolder(folderId);
    const plan = planCall(cohort.eligibility, folder.files, folder.live);
    const combined = folderId ? liveCombined(ctx, folder.files) : null;
    const eligible = cohort.eligibility.eligible.length;
    return {
      eligible,
      made: plan.complete.length,
      remaining: eligible - plan.complete.length,
      leftOut: cohort.eligibility.leftOut,
      folderUrl: folderId ? folderUrl(folderId) : '',
      combinedPdfUrl: combined ? fileUrl(combined) : '',
      templateUrl: ctx.settings.templateId ? docUrl(ctx.settings.templateId) : '',
    };
  });
}
