// The simple onEdit trigger: when the coordinator types in `Fremmøde` (a mark by hand), the
// computed columns follow at once; when she changes a status or a name in `Personer`, a
// participant set to Optaget gets her `Fremmøde` row and names follow. It runs under the
// document lock like any writer (so it cannot interleave with a sidebar's request; if the
// lock is busy it gives up — the next request or edit recomputes anyway) and never throws at
// her: a failure is logged without any cell content.
import { normalizeHeader } from './sheets/table';
import { openTable } from './sheets/table';
import { DocumentStore } from './store';
import { write } from './runtime';
import {
  openAttendance,
  PERSON_HEADERS,
  refreshAttendance,
  syncAttendanceWithPersons,
} from './api/attendance';

interface EditEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
}

/** Columns of `Personer` whose edit matters to `Fremmøde`. */
const PERSON_TRIGGERS = ['Status', 'Navn', 'ID'].map(normalizeHeader);

export function onEdit(e?: EditEvent): void {
  try {
    const range = e?.range;
    if (!range) return;
    const ids = new DocumentStore().sheetIds();
    if (ids.attendance === undefined && ids.persons === undefined) return;
    const sheetId = range.getSheet().getSheetId();
    if (sheetId === ids.attendance) {
      write((ctx) => refreshAttendance(ctx, openAttendance(ctx)));
    } else if (sheetId === ids.persons) {
      const first = range.getColumn();
      const count = range.getNumColumns();
      write((ctx) => {
        const persons = openTable(ctx, 'persons', PERSON_HEADERS, ['ID', 'Navn', 'Status']);
        const touched = persons.header
          .slice(first - 1, first - 1 + count)
          .some((h) => PERSON_TRIGGERS.includes(normalizeHeader(h)));
        if (touched) syncAttendanceWithPersons(ctx, openAttendance(ctx), persons);
      });
    }
  } catch (error) {
    console.error(`onEdit: recompute skipped (${error instanceof Error ? error.name : 'error'})`);
  }
}
