// The diploma template before any diploma exists (SPEC `createTemplate`, `importTemplate`,
// `previewDiploma`): make the default now, bring her own design from Word, and see one
// diploma as a PDF. Like generateDiplomas these make Drive files, which cannot be rolled
// back, so what they record (folder, template id) is kept even when a later step fails
// (`durable`); every check of her input comes before the first Drive call, so a refused file
// creates nothing.
import type { ImportedTemplate, TemplateFile } from '../../shared/diplomas';
import {
  APP_PROPERTY,
  cohortMergeValues,
  diplomaDateIso,
  docUrl,
  documentText,
  KIND_PREVIEW_PDF,
  mergeRequests,
  mergeToken,
  PREVIEW_PREFIX,
  previewPdfName,
  SAMPLE_NAME,
  scanMergeFields,
} from '../../core/diplomas';
import { base64Size, DOCX_MAX_BYTES, DOCX_MIME, docxProblem, stripDataUrl } from '../../core/docx';
import { UserError } from '../../core/errors';
import { requireText, ownFields, shownKey } from '../../core/validate';
import { write, type Ctx } from '../runtime';
import { getDocument } from '../google/docs';
import { DOC_MIME, fileUrl, getFile, importWordAsDoc, listFolder, trashFile } from '../google/drive';
import { copyRequest, exportRequest, mergeRequest, trashRequest, uploadRequest, wave } from '../google/rest';
import { durable, ensureTemplate, moduleDates, readCohort } from './diplomas';
import { ensureCohortFolder } from '../cohortFolder';

/** `importTemplate({ name, base64 })`: shape, name, and the bytes of a real .docx (core/docx.ts). */
function validateTemplateFile(input: unknown): { name: string; bytes: number[] } {
  let name: string | undefined;
  let base64: unknown;
  for (const [key, value] of ownFields(input)) {
    if (key === 'name') name = requireText(value, 'diplomasFieldFileName', { max: 200, required: true });
    else if (key === 'base64') base64 = value;
    else throw new UserError('unknownField', { field: shownKey(key) });
  }
  if (name === undefined) throw new UserError('required', { field: 'diplomasFieldFileName' });
  if (typeof base64 !== 'string') throw new UserError('diplomasImportNotDocx');
  const body = stripDataUrl(base64);
  if (body === '' && base64.trim() !== '' && !/^data:[^,]*,$/.test(base64.trim()))
    throw new UserError('diplomasImportNotDocx');
  if (base64Size(body) > DOCX_MAX_BYTES) throw new UserError('diplomasImportTooLarge');
  const bytes = body === '' ? [] : Utilities.base64Decode(body);
  const problem = docxProblem(bytes);
  if (problem === 'empty') throw new UserError('diplomasImportEmpty');
  if (problem === 'tooLarge') throw new UserError('diplomasImportTooLarge');
  if (problem) throw new UserError('diplomasImportNotDocx');
  return { name: name.replace(/\.docx$/i, '').trim() || name, bytes };
}

export function importTemplate(f: TemplateFile): ImportedTemplate {
  return write((request) => {
    const file = validateTemplateFile(f);
    const ctx = durable(request);
    const folderId = ensureCohortFolder(ctx);
    const doc = importWordAsDoc(
      file.name,
      folderId,
      Utilities.newBlob(file.bytes, DOCX_MIME, `${file.name}.docx`),
    );
    let missing: string[];
    try {
      missing = scanMergeFields(documentText(getDocument(doc.id))).missing.map(mergeToken);
      ctx.store.saveStoredSettings({ ...ctx.store.storedSettings(), templateId: doc.id });
    } catch (error) {
      // A Doc that is not remembered as the template would be a stray file: trash it.
      try {
        trashFile(doc.id);
      } catch {
        // one stray file in the folder at worst
      }
      throw error;
    }
    console.log(`importTemplate: converted a Word file, ${missing.length} fields missing`);
    return { url: doc.webViewLink || docUrl(doc.id), missingFields: missing };
  });
}

/** The template's id while it is a live Doc the add-on can open; null otherwise. */
function liveTemplate(ctx: Ctx): string | null {
  const id = ctx.settings.templateId;
  if (!id) return null;
  const file = getFile(id);
  return file && file.trashed !== true && file.mimeType === DOC_MIME ? id : null;
}

export function createTemplate(): { url: string; created: boolean } {
  return write((request) => {
    const ctx = durable(request);
    const existing = liveTemplate(ctx);
    if (existing) return { url: docUrl(existing), created: false };
    const folderId = ensureCohortFolder(ctx);
    const id = ensureTemplate(ctx, folderId, []);
    console.log('createTemplate: made the default template');
    return { url: docUrl(id), created: true };
  });
}

/**
 * One diploma as a PDF named `Prøve - …`: a temporary copy of the template is merged,
 * exported and trashed; the PDF carries a private mark so it is never taken for a diploma
 * (not linked, not counted, not in the combined PDF) and the next preview replaces it.
 */
export function previewDiploma(id?: string): { url: string } {
  return write((request) => {
    if (id !== undefined && id !== null && typeof id !== 'string')
      throw new UserError('diplomasPreviewUnknownId', { id: '…' });
    const wanted = typeof id === 'string' ? id.trim() : '';
    const ctx = durable(request);
    let name = SAMPLE_NAME;
    let personId = '';
    if (wanted) {
      const cohort = readCohort(ctx);
      const p = cohort.list.find((x) => x.id.toUpperCase() === wanted.toUpperCase());
      if (!p) throw new UserError('diplomasPreviewUnknownId', { id: shownKey(wanted) });
      if (!p.name.trim()) throw new UserError('diplomasLeftOutNoName');
      name = p.name;
      personId = p.id;
    }
    const { settings } = ctx;
    // The real date when one is known; before the modules have dates, today's.
    const dateIso =
      diplomaDateIso(settings.ceremonyDate, settings.ceremonyDate ? [] : moduleDatesOrNone(ctx)) || ctx.today;
    const folderId = ensureCohortFolder(ctx);
    const templateId = ensureTemplate(ctx, folderId, []);
    // Earlier previews, and a temporary copy an interrupted preview left behind (its name
    // starts like a preview, never like a diploma, so a real diploma is never taken for one).
    const oldPreviews = listFolder(folderId)
      .filter(
        (f) =>
          f.appProperties?.[APP_PROPERTY.kind] === KIND_PREVIEW_PDF ||
          (f.mimeType === DOC_MIME && f.name.startsWith(PREVIEW_PREFIX)),
      )
      .map((f) => f.id);

    const [copy] = wave([
      copyRequest(templateId, previewPdfName(name, settings.cohortName).replace(/\.pdf$/, ''), folderId),
    ]);
    const docId = copy.ok ? String(copy.json.id ?? '') : '';
    if (!docId) throw new Error(copy.error || 'copy: no id');
    try {
      const [merged] = wave([
        mergeRequest(docId, mergeRequests({ ...cohortMergeValues(settings, dateIso), Navn: name })),
      ]);
      if (!merged.ok) throw new Error(merged.error);
      const [pdf] = wave([exportRequest(docId)]);
      if (!pdf.ok || !pdf.blob) throw new Error(pdf.error);
      const [uploaded, ...trashed] = wave([
        uploadRequest(previewPdfName(name, settings.cohortName), folderId, pdf.blob, {
          [APP_PROPERTY.kind]: KIND_PREVIEW_PDF,
          ...(personId ? { [APP_PROPERTY.person]: personId } : {}),
        }),
        trashRequest(docId),
        ...oldPreviews.map((old) => trashRequest(old)),
      ]);
      if (!uploaded.ok) throw new Error(uploaded.error);
      if (trashed.some((r) => !r.ok && r.code !== 404))
        console.error('previewDiploma: an old preview or the temporary copy stays in the folder');
      console.log(
        `previewDiploma: made a preview${personId ? ' for a participant' : ' with the sample name'}`,
      );
      return { url: fileUrl(String(uploaded.json.id ?? '')) };
    } catch (error) {
      try {
        trashFile(docId);
      } catch {
        // The next preview trashes the temporary copy (its name starts with PREVIEW_PREFIX).
      }
      throw error;
    }
  });
}

function moduleDatesOrNone(ctx: Ctx): string[] {
  try {
    return moduleDates(ctx);
  } catch (error) {
    // Before setup there is no `Moduler` sheet: the preview still shows today's date.
    if (error instanceof UserError) return [];
    throw error;
  }
}
