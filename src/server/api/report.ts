// createReport: the municipality's report (afrapportering) as a Google Doc. The content is
// built by core/report.ts from the dashboard's figures (counts and money only); here it is
// only rendered, in a constant number of calls whatever the size of the budget: one Drive files.create (a Doc,
// in the cohort's folder when there is one); one Docs batchUpdate writing the paragraphs,
// their styles and an empty table (insertTable at the table's own empty paragraph); one
// Documents.get to learn where the table's cells start; one batchUpdate writing the cell
// texts in reverse index order (so the indexes not yet used stay valid) and styling them.
// That is the technique of Google's "Work with tables" guide. Only the Drive v3 and Docs v1
// advanced services are used, which the `drive.file` scope allows for a file the add-on
// creates itself.
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
import { createDoc, trashFile } from '../google/drive';
import { batchUpdate, getDocument } from '../google/docs';
import { docUrl } from '../../core/diplomas';
import { computeOverview, openSources } from './overview';
import { followUpCounts, type FollowUpCounts } from '../../core/followUp';
import type { Table } from '../sheets/table';

/** The follow-up counts from `Personer` (already read); columns missing = nothing known. */
export function followUpOf(persons: Table): FollowUpCounts {
  const text = (row: unknown[], h: string) => (persons.has(h) ? persons.text(row, h) : '');
  return followUpCounts(
    persons.filledRows().map(({ row }) => ({
      status: text(row, 'Status'),
      activeVolunteer: text(row, 'Aktiv bydelsmor'),
      educationOrJob: text(row, 'Uddannelse/job'),
    })),
  );
}

/** Dates of the modules held, from Moduler (Nr → Dato). */
function heldModuleDates(ctx: Ctx, held: number[]): string[] {
  const modules = openTable(
    ctx,
    'modules',
    MODULE_COLUMNS.map((c) => c.header),
    ['Nr', 'Dato'],
  );
  const dateOf = new Map<number, string>();
  for (const { row } of modules.filledRows()) {
    const nr = numberOfCell(modules.get(row, 'Nr'));
    if (nr !== null) dateOf.set(nr, isoOfCell(modules.get(row, 'Dato')));
  }
  return held.map((n) => dateOf.get(n) ?? '');
}

type Request = Record<string, unknown>;

/**
 * The Docs requests that write a report into a new, empty document: the paragraphs with
 * their styles, then the empty table at its paragraph (the API inserts a newline there first,
 * so the table has an empty paragraph before and after it).
 */
export function reportRequests(doc: ReportDoc): Request[] {
  const text = doc.paragraphs.map((p) => `${p.text}\n`).join('');
  const requests: Request[] = [{ insertText: { location: { index: 1 }, text } }];
  let index = 1;
  let tableAt = 1;
  doc.paragraphs.forEach((p, i) => {
    if (i === doc.table.at) tableAt = index;
    const end = index + p.text.length + 1;
    requests.push({
      updateParagraphStyle: {
        range: { startIndex: index, endIndex: end },
        paragraphStyle: { namedStyleType: p.style },
        fields: 'namedStyleType',
      },
    });
    if (p.highlight && p.text.length > 0) {
      // A place for the coordinator's own text: yellow and italic, so it cannot be missed.
      requests.push({
        updateTextStyle: {
          range: { startIndex: index, endIndex: end - 1 },
          textStyle: {
            italic: true,
            backgroundColor: { color: { rgbColor: { red: 1, green: 0.95, blue: 0.6 } } },
          },
          fields: 'italic,backgroundColor',
        },
      });
    }
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
  });
  const rows = doc.table.rows;
  requests.push({
    insertTable: { rows: rows.length, columns: rows[0].length, location: { index: tableAt } },
  });
  return requests;
}

/** Start index of each cell's first paragraph, row by row, of the document's first table. */
export function tableCellStarts(document: GoogleAppsScript.Docs.Schema.Document): number[][] {
  const table = (document.body?.content ?? []).find((c) => c.table)?.table;
  if (!table) throw new Error('createReport: the inserted table is missing');
  return (table.tableRows ?? []).map((r) =>
    (r.tableCells ?? []).map((c) => {
      const start = c.content?.[0]?.startIndex;
      if (typeof start !== 'number') throw new Error('createReport: a table cell has no paragraph');
      return start;
    }),
  );
}

/**
 * The requests that fill the table: each non-empty cell's text inserted at its paragraph's
 * start, highest index first so the others stay valid; then, with the indexes as they are
 * after all the inserts, the header and total rows in bold and the amounts right-aligned.
 */
export interface TableLook {
  /** Rows in bold: the header and the total row (the report), or the header only. */
  bold: 'edges' | 'header';
  /** Columns whose cells (below the header) are right-aligned: amounts. */
  alignEnd: (column: number) => boolean;
  /** Space above and below each row's text, in points (room to sign on a paper list). */
  rowSpace?: number;
}

const REPORT_TABLE: TableLook = { bold: 'edges', alignEnd: (c) => c >= 1 && c <= 3 };

export function tableFillRequests(
  rows: string[][],
  starts: number[][],
  look: TableLook = REPORT_TABLE,
): Request[] {
  const cells = rows.flatMap((row, r) => row.map((text, c) => ({ r, c, text, start: starts[r][c] })));
  const inserts: Request[] = cells
    .filter((cell) => cell.text !== '')
    .sort((a, b) => b.start - a.start)
    .map((cell) => ({ insertText: { location: { index: cell.start }, text: cell.text } }));
  const styles: Request[] = [];
  let shift = 0;
  for (const cell of [...cells].sort((a, b) => a.start - b.start)) {
    const start = cell.start + shift;
    const end = start + cell.text.length;
    const edge = cell.r === 0 || (look.bold === 'edges' && cell.r === rows.length - 1);
    if (edge && cell.text !== '') {
      styles.push({
        updateTextStyle: {
          range: { startIndex: start, endIndex: end },
          textStyle: { bold: true },
          fields: 'bold',
        },
      });
    }
    if (cell.r > 0 && look.alignEnd(cell.c)) {
      styles.push({
        updateParagraphStyle: {
          range: { startIndex: start, endIndex: end + 1 },
          paragraphStyle: { alignment: 'END' },
          fields: 'alignment',
        },
      });
    }
    if (look.rowSpace && cell.r > 0) {
      const space = { magnitude: look.rowSpace, unit: 'PT' };
      styles.push({
        updateParagraphStyle: {
          range: { startIndex: start, endIndex: end + 1 },
          paragraphStyle: { spaceAbove: space, spaceBelow: space },
          fields: 'spaceAbove,spaceBelow',
        },
      });
    }
    shift += cell.text.length;
  }
  return [...inserts, ...styles];
}

export function createDocument(name: string, folderId: string | undefined): string {
  if (folderId) {
    try {
      return createDoc(name, folderId).id;
    } catch (error) {
      // The cohort folder was deleted or trashed: the report goes to My Drive instead.
      console.warn(
        `createReport: cohort folder unavailable (${error instanceof Error ? error.message : error})`,
      );
    }
  }
  return createDoc(name).id;
}

export function createReport(): { url: string } {
  return write((ctx) => {
    const sources = openSources(ctx);
    const overview = computeOverview(ctx, sources);
    const held = overview.attendance.perModule.filter((m) => m.held).map((m) => m.module);
    const report = buildReport(
      {
        overview,
        period: { start: ctx.settings.periodStart, end: ctx.settings.periodEnd },
        heldModuleDates: held.length > 0 ? heldModuleDates(ctx, held) : [],
        followUp: followUpOf(sources.persons),
      },
      ctx.lang,
    );
    const state = ctx.store.driveState();
    const name = t(ctx.lang, 'reportDocName', {
      cohort: ctx.settings.cohortName,
      date: displayDate(ctx.today),
    });
    let id: string;
    try {
      id = createDocument(name, state.folderId);
    } catch (error) {
      console.error(`createReport: create failed (${error instanceof Error ? error.message : error})`);
      throw new UserError('reportDriveFailed');
    }
    ctx.onUndo(() => trashFile(id));
    batchUpdate(id, reportRequests(report));
    const starts = tableCellStarts(getDocument(id) as GoogleAppsScript.Docs.Schema.Document);
    batchUpdate(id, tableFillRequests(report.table.rows, starts));
    ctx.store.saveDriveState({ ...state, reportId: id });
    console.log(
      `createReport: ${report.paragraphs.length} paragraphs, table ${report.table.rows.length} rows`,
    );
    return { url: docUrl(id) };
  });
}
