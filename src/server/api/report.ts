// createReport: the municipality's report (afrapportering) as a Google Doc. The content is
// built by core/report.ts from the dashboard's figures (counts and money only); here it is
// only rendered: one Drive files.create (a Doc, in the cohort's folder when there is one) and
// one Docs batchUpdate. Only the Drive v3 and Docs v1 advanced services are used, which the
// `drive.file` scope allows for a file the add-on creates itself.
import type { ReportDoc } from '../../core/report';
import { buildReport } from '../../core/report';
import { displayDate } from '../../core/dates';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n';
import { MODULE_COLUMNS } from '../../core/schema';
import type { Ctx } from '../runtime';
import { write } from '../runtime';
import { isoOfCell, numberOfCell } from '../sheets/cells';
import { openTable } from '../sheets/table';
import { computeOverview, openSources } from './overview';

const DOC_MIME = 'application/vnd.google-apps.document';

// The advanced services are declared optional in the types (they exist once enabled in
// appsscript.json); a missing one is a deployment error, reported as a service failure.
function drive(): { Files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection } {
  if (typeof Drive === 'undefined' || !Drive.Files) throw new Error('Drive advanced service is not enabled');
  return Drive as ReturnType<typeof drive>;
}

function docs(): { Documents: GoogleAppsScript.Docs.Collection.DocumentsCollection } {
  if (typeof Docs === 'undefined' || !Docs.Documents) throw new Error('Docs advanced service is not enabled');
  return Docs as ReturnType<typeof docs>;
}

/** Dates of the modules held, from Moduler (Nr → Dato). */
function heldModuleDates(ctx: Ctx, held: number[]): string[] {
  const modules = openTable(ctx, 'modules', MODULE_COLUMNS.map((c) => c.header), ['Nr', 'Dato']);
  const dateOf = new Map<number, string>();
  for (const { row } of modules.filledRows()) {
    const nr = numberOfCell(modules.get(row, 'Nr'));
    if (nr !== null) dateOf.set(nr, isoOfCell(modules.get(row, 'Dato')));
  }
  return held.map((n) => dateOf.get(n) ?? '');
}

/** The Docs requests that write a report into a new, empty document. */
export function reportRequests(doc: ReportDoc): GoogleAppsScript.Docs.Schema.Request[] {
  const text = doc.paragraphs.map((p) => `${p.text}\n`).join('');
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [{ insertText: { location: { index: 1 }, text } }];
  let index = 1;
  for (const p of doc.paragraphs) {
    const end = index + p.text.length + 1;
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: index, endIndex: end },
        paragraphStyle: { namedStyleType: p.style },
        fields: 'namedStyleType',
      },
    });
    if (p.boldPrefix) {
      requests.push({
        updateTextStyle: {
          range: { startIndex: index, endIndex: index + p.boldPrefix },
          textStyle: { bold: true },
          fields: 'bold',
        },
      });
    }
    index = end;
  }
  return requests;
}

function createDocument(name: string, folderId: string | undefined): string {
  const create = (parents?: string[]) => {
    const resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File = { name, mimeType: DOC_MIME, ...(parents ? { parents } : {}) };
    // v3 answers with id, name and mimeType by default: no `fields` needed.
    const file = drive().Files.create(resource);
    return { id: String(file.id) };
  };
  if (folderId) {
    try {
      return create([folderId]).id;
    } catch (error) {
      // The cohort folder was deleted or trashed: the report goes to My Drive instead.
      console.warn(`createReport: cohort folder unavailable (${error instanceof Error ? error.message : error})`);
    }
  }
  return create().id;
}

export function createReport(): { url: string } {
  return write((ctx) => {
    const overview = computeOverview(ctx, openSources(ctx));
    const held = overview.attendance.perModule.filter((m) => m.held).map((m) => m.module);
    const report = buildReport(
      {
        overview,
        period: { start: ctx.settings.periodStart, end: ctx.settings.periodEnd },
        heldModuleDates: held.length > 0 ? heldModuleDates(ctx, held) : [],
      },
      ctx.lang,
    );
    const state = ctx.store.driveState();
    const name = t(ctx.lang, 'reportDocName', { cohort: ctx.settings.cohortName, date: displayDate(ctx.today) });
    let id: string;
    try {
      id = createDocument(name, state.folderId);
    } catch (error) {
      console.error(`createReport: create failed (${error instanceof Error ? error.message : error})`);
      throw new UserError('reportDriveFailed');
    }
    ctx.onUndo(() => drive().Files.update({ trashed: true }, id));
    docs().Documents.batchUpdate({ requests: reportRequests(report) }, id);
    ctx.store.saveDriveState({ ...state, reportId: id });
    console.log(`createReport: ${report.paragraphs.length} paragraphs`);
    return { url: `https://docs.google.com/document/d/${id}/edit` };
  });
}
