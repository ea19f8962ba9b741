// createAttendanceList: the printable attendance list ("fremmødeliste") as a Google Doc and a
// PDF in the cohort's folder (SPEC). Reads Personer and Moduler (2 Spreadsheet calls each),
// writes nothing to the sheets. Drive/Docs: the folder (1, or 2 when it must be made), the Doc
// (1 create + 3 Docs calls), its PDF (1 UrlFetch + 1 create), and the old list of the same
// module to the trash (2). Only files the add-on creates, so `drive.file` covers everything.
//
// The list names women, so the add-on remembers which people each list names (their ids,
// in the document properties: core/attendanceList.ts) and deletePerson trashes every list that
// names her. All or nothing: when anything fails, the new files go to the trash, the old list
// comes back, and the registry is as it was.
import {
  attendanceListName,
  buildAttendanceList,
  listKey,
  listsNaming,
  parseRegistry,
  validateListOptions,
  withList,
  withoutLists,
  type ListModule,
  type ListPerson,
} from '../../core/attendanceList';
import { docUrl } from '../../core/diplomas';
import { UserError } from '../../core/errors';
import { MODULE_COLUMNS } from '../../core/schema';
import type { AttendanceListOptions } from '../../shared/nextround';
import { ensureCohortFolder } from '../cohortFolder';
import { renderDoc } from '../google/docRender';
import { createDoc, createFile, fileUrl, isNotFound, trashFile } from '../google/drive';
import { exportPdfs } from '../google/pdfExport';
import { write, type Ctx } from '../runtime';
import { isoOfCell, numberOfCell, textOfCell } from '../sheets/cells';
import { openTable } from '../sheets/table';
import { PERSON_HEADERS } from './attendance';

export const KIND_ATTENDANCE_LIST_PDF = 'attendanceListPdf';

type V3 = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

function setTrashed(id: string, trashed: boolean): void {
  const files = (Drive as unknown as { Files: V3 }).Files;
  files.update({ trashed }, id, null as unknown as GoogleAppsScript.Base.Blob, { fields: 'id' });
}

function readModules(ctx: Ctx): ListModule[] {
  const table = openTable(
    ctx,
    'modules',
    MODULE_COLUMNS.map((c) => c.header),
    ['Nr'],
  );
  const byNr = new Map<number, ListModule>();
  for (const { row } of table.filledRows()) {
    const nr = numberOfCell(table.get(row, 'Nr'));
    if (nr === null || !Number.isInteger(nr) || byNr.has(nr)) continue;
    byNr.set(nr, {
      nr,
      date: table.has('Dato') ? isoOfCell(table.get(row, 'Dato')) : '',
      theme: table.has('Tema') ? textOfCell(table.get(row, 'Tema')) : '',
    });
  }
  return Array.from(
    { length: ctx.settings.modules },
    (_, i) => byNr.get(i + 1) ?? { nr: i + 1, date: '', theme: '' },
  );
}

function admitted(ctx: Ctx): ListPerson[] {
  const table = openTable(ctx, 'persons', PERSON_HEADERS, ['ID', 'Navn', 'Status']);
  return table
    .filledRows()
    .filter(
      ({ row }) => table.text(row, 'Status').toLowerCase() === 'optaget' && table.text(row, 'ID') !== '',
    )
    .map(({ row }) => ({ id: table.text(row, 'ID'), name: table.text(row, 'Navn') }));
}

export function createAttendanceList(o?: AttendanceListOptions): { url: string; pdfUrl: string } {
  return write((ctx) => {
    const { module } = validateListOptions(o, ctx.settings.modules);
    const people = admitted(ctx);
    if (people.length === 0) throw new UserError('attendanceListNobody');
    const modules = readModules(ctx);
    const doc = buildAttendanceList(
      {
        cohortName: ctx.settings.cohortName,
        module: module === null ? null : modules[module - 1],
        modules,
        people,
      },
      ctx.lang,
    );
    const name = attendanceListName(ctx.lang, ctx.settings.cohortName, module);

    let folderId: string;
    let docId: string;
    try {
      folderId = ensureCohortFolder(ctx);
      docId = createDoc(name, folderId).id;
    } catch (error) {
      console.error(
        `createAttendanceList: create failed (${error instanceof Error ? error.message : error})`,
      );
      throw new UserError('attendanceListDriveFailed');
    }
    ctx.onUndo(() => trashFile(docId));
    renderDoc(
      docId,
      doc,
      { bold: 'header', alignEnd: () => false, rowSpace: module === null ? 4 : 8 },
      { landscape: doc.landscape },
      doc.widths,
    );
    const [pdf] = exportPdfs([docId]);
    const pdfName = `${name}.pdf`;
    const pdfFile = createFile(pdfName, folderId, pdf.setName(pdfName), { bmKind: KIND_ATTENDANCE_LIST_PDF });
    ctx.onUndo(() => trashFile(pdfFile.id));

    // The list it replaces goes to the trash (and comes back should anything after this fail).
    const key = listKey(module);
    const registry = parseRegistry(ctx.store.attendanceLists());
    const old = registry.lists[key];
    if (old) {
      for (const id of [old.docId, old.pdfId]) trashQuietly(ctx, id);
    }
    ctx.store.saveAttendanceLists(
      JSON.stringify(
        withList(
          registry,
          key,
          { docId, pdfId: pdfFile.id },
          people.map((p) => p.id),
        ),
      ),
    );
    console.log(
      `createAttendanceList: ${module === null ? 'all modules' : `module ${module}`}, ${people.length} lines${old ? ', replaced the old list' : ''}`,
    );
    return { url: docUrl(docId), pdfUrl: fileUrl(pdfFile.id) };
  });
}

/** Trashes a file the add-on made, registering how to take it out again; a file already gone is fine. */
function trashQuietly(ctx: Ctx, id: string): void {
  try {
    setTrashed(id, true);
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  ctx.onUndo(() => setTrashed(id, false));
}

/**
 * deletePerson: every attendance list that names her goes to the trash (Doc and PDF), and the
 * registry forgets them. Undoable like the rest of the erasure. Returns the number of files.
 */
export function trashAttendanceListsOf(ctx: Ctx, id: string): number {
  const registry = parseRegistry(ctx.store.attendanceLists());
  const keys = listsNaming(registry, id);
  if (keys.length === 0) return 0;
  let files = 0;
  for (const key of keys) {
    for (const fileId of [registry.lists[key].docId, registry.lists[key].pdfId]) {
      trashQuietly(ctx, fileId);
      files++;
    }
  }
  ctx.store.saveAttendanceLists(JSON.stringify(withoutLists(registry, keys)));
  return files;
}
