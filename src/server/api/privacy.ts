// Data-protection requests (SPEC "Privacy and scopes"): everything stored about one person as
// JSON (access request), her erasure from every sheet and her diploma files (erasure), and
// the retention reminder for applicants who were not admitted.
//
// Erasure is one request that either succeeds completely or leaves everything as it was:
// - every read (Personer, Fremmøde, her Drive files) happens before anything is written;
// - sheet rows are deleted through the table layer (undo: the row is put back as it was);
// - her files go to Drive's trash, each registered with an undo that takes it out again;
// - the combined PDF is remade last (its new content is the one write that cannot be
//   undone, so nothing that could fail comes after it).
// Her ID is never reused: the person counter is raised to her number when it was lower (a
// row typed by hand with a higher ID than the add-on ever issued).
//
// Logs: counts and row numbers only — never her ID, name, phone or e-mail.
import type { PersonExport } from '../../shared/api';
import type { RetentionReminder } from '../../shared/privacy';
import { docUrl } from '../../core/diplomas';
import { UserError } from '../../core/errors';
import { retentionDue } from '../../core/people';
import { shownKey } from '../../core/validate';
import {
  attendanceHeaders,
  PERSON_HEADERS,
  refreshAttendance,
  requiredAttendanceHeaders,
} from './attendance';
import { diplomaFilesOf, remakeCombinedPdf } from './diplomas';
import { trashAttendanceListsOf } from './attendanceList';
import { DOC_MIME, fileUrl, type DriveFile } from '../google/drive';
import { isoOfCell, textOfCell } from '../sheets/cells';
import { deleteRows, findSheet, openTable, type Cell, type Table } from '../sheets/table';
import { read, write, type Ctx } from '../runtime';

/** IDs are short codes such as P001 (hand-typed ones too): letters, digits, '-' and '_'. */
const ID_PATTERN = /^[\p{L}\p{N}_-]{1,20}$/u;

export function requirePersonId(value: unknown): string {
  if (typeof value !== 'string') throw new UserError('mustBeText', { field: 'privacyFieldId' });
  const id = value.trim();
  if (id === '') throw new UserError('required', { field: 'privacyFieldId' });
  if (!ID_PATTERN.test(id)) throw new UserError('privacyIdInvalid', { id: shown(id) });
  return id;
}

/** What a refused ID may show of itself: short, printable. */
function shown(text: string): string {
  const visible = Array.from(text)
    .map((c) => (/[\p{L}\p{N}\p{P}\p{S} ]/u.test(c) ? c : '?'))
    .join('');
  return visible.length > 20 ? `${visible.slice(0, 20)}…` : visible;
}

/** 0-based indexes of the rows whose ID is `id` (case-insensitive). */
function rowsOf(table: Table, id: string): number[] {
  const col = table.col('ID');
  const key = id.toUpperCase();
  const out: number[] = [];
  table.rows.forEach((row, index) => {
    if (textOfCell(row[col]).toUpperCase() === key) out.push(index);
  });
  return out;
}

interface Found {
  persons: Table;
  /** Her one row in `Personer`. */
  index: number;
  /** `Fremmøde`, when the sheet exists. */
  attendance: Table | null;
  attendanceRows: number[];
  /** The ID as written in her row. */
  id: string;
}

/** Finds her in `Personer` (exactly one row) and `Fremmøde` (any rows with her ID). Reads only. */
function findPerson(ctx: Ctx, wanted: string): Found {
  const persons = openTable(ctx, 'persons', PERSON_HEADERS, ['ID']);
  const matches = rowsOf(persons, wanted);
  if (matches.length === 0) throw new UserError('peopleNotFound', { id: shownKey(wanted) });
  if (matches.length > 1)
    throw new UserError('privacyDuplicateRows', { id: wanted, sheet: persons.sheet.getName() });
  const attendance = findSheet(ctx, 'attendance')
    ? openTable(ctx, 'attendance', attendanceHeaders(ctx.settings.modules), ['ID'])
    : null;
  return {
    persons,
    index: matches[0],
    attendance,
    attendanceRows: attendance ? rowsOf(attendance, wanted) : [],
    id: textOfCell(persons.rows[matches[0]][persons.col('ID')]),
  };
}

/** Her diploma files (Docs and PDFs, not trashed): found by her ID and her Diplom link only. */
function diplomaFiles(ctx: Ctx, found: Found): DriveFile[] {
  const { attendance } = found;
  const links =
    attendance && attendance.has('Diplom')
      ? found.attendanceRows
          .map((i) => textOfCell(attendance.rows[i][attendance.col('Diplom')]))
          .filter((l) => l !== '')
      : [];
  if (!ctx.store.driveState().folderId && links.length === 0) return [];
  // Never by name: another woman may have the same name, and her diploma must stay.
  const files = new Map<string, DriveFile>();
  for (const link of links.length > 0 ? links : ['']) {
    for (const f of diplomaFilesOf(ctx, link ? { id: found.id, link } : { id: found.id })) files.set(f.id, f);
  }
  return [...files.values()];
}

// ---- exportPerson ---------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as JSON: dates ISO ('YYYY-MM-DD', with the time when it has one), text trimmed. */
function jsonCell(value: Cell): string | number | boolean {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (isNaN(d.getTime())) return '';
    const date = isoOfCell(d);
    const time =
      d.getHours() || d.getMinutes() || d.getSeconds()
        ? `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
        : '';
    return date + time;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean') return value;
  return textOfCell(value);
}

/** Her row as { header: value } for every column with a header (her own columns too). */
function record(table: Table, row: Cell[]): Record<string, string | number | boolean> {
  const entries: [string, string | number | boolean][] = [];
  const seen = new Set<string>();
  table.header.forEach((header, i) => {
    if (header === '' || seen.has(header)) return;
    seen.add(header);
    entries.push([header, jsonCell(row[i] ?? '')]);
  });
  // Object.fromEntries defines own properties: a header such as "__proto__" stays a plain key.
  return Object.fromEntries(entries);
}

export function exportPerson(id: string): PersonExport {
  return read((ctx) => {
    const found = findPerson(ctx, requirePersonId(id));
    const { persons, attendance } = found;
    const files = diplomaFiles(ctx, found);
    console.log(
      `exportPerson: Personer row ${found.index + 2}, ${found.attendanceRows.length} Fremmøde rows, ${files.length} files`,
    );
    return {
      person: record(persons, persons.rows[found.index]),
      attendance:
        attendance && found.attendanceRows.length > 0
          ? record(attendance, attendance.rows[found.attendanceRows[0]])
          : null,
      diplomas: files.map((f) => ({
        name: f.name,
        url: f.webViewLink || (f.mimeType === DOC_MIME ? docUrl(f.id) : fileUrl(f.id)),
      })),
    };
  });
}

// ---- deletePerson ---------------------------------------------------------------------------

type V3 = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

function driveFiles(): V3 {
  const drive = (typeof Drive === 'undefined' ? undefined : Drive) as unknown as { Files?: V3 } | undefined;
  if (!drive || !drive.Files) throw new Error('The Drive advanced service (v3) is not enabled.');
  return drive.Files;
}

function setTrashed(id: string, trashed: boolean): void {
  driveFiles().update({ trashed }, id, null as unknown as GoogleAppsScript.Base.Blob, { fields: 'id' });
}

export function deletePerson(id: string): { removed: number } {
  return write((ctx) => {
    const found = findPerson(ctx, requirePersonId(id));
    const { persons, attendance } = found;
    const files = diplomaFiles(ctx, found);
    const combinedId = ctx.store.driveState().combinedPdfId;

    // Sheets first (undoable), her ID's number kept in the counter so it is never issued again.
    deleteRows(ctx, persons, [found.index]);
    let removed = 1;
    if (attendance && found.attendanceRows.length > 0) {
      deleteRows(ctx, attendance, found.attendanceRows);
      removed += found.attendanceRows.length;
      // The modules held are counted over everyone: the others' figures may change.
      if (requiredAttendanceHeaders(ctx.settings.modules).every((h) => attendance.has(h)))
        refreshAttendance(ctx, attendance);
    }
    const number = /^P(\d+)$/i.exec(found.id);
    const counters = ctx.store.counters();
    if (number && Number(number[1]) > counters.person)
      ctx.store.saveCounters({ ...counters, person: Number(number[1]) });

    // Her files to the trash, each one taken out again should anything after it fail.
    for (const f of files) {
      setTrashed(f.id, true);
      ctx.onUndo(() => setTrashed(f.id, false));
    }
    // Every paper attendance list that names her, to the trash too.
    const lists = trashAttendanceListsOf(ctx, found.id);
    // Last: the combined PDF without her (remade in place, or trashed when she was the only one).
    if (files.length > 0 && combinedId) {
      ctx.onUndo(() => setTrashed(combinedId, false));
      remakeCombinedPdf(ctx, {
        excludeDocIds: files.filter((f) => f.mimeType === DOC_MIME).map((f) => f.id),
      });
    }
    console.log(
      `deletePerson: ${removed} rows removed (Personer row ${found.index + 2}), ${files.length} files and ${lists} attendance list files trashed`,
    );
    return { removed };
  });
}

// ---- getRetentionReminders ----------------------------------------------------------------

/**
 * Applicants whose `Slettes` date has come (SPEC: a reminder when a sidebar opens; no
 * time-driven trigger). Before setup, or without `Personer`, there is nothing to remind of.
 */
export function getRetentionReminders(): RetentionReminder[] {
  return read((ctx) => {
    if (!findSheet(ctx, 'persons')) return [];
    const table = openTable(ctx, 'persons', PERSON_HEADERS, ['ID', 'Slettes']);
    const text = (row: Cell[], h: string) => (table.has(h) ? textOfCell(row[table.col(h)]) : '');
    const people = table.filledRows().map(({ row, index }) => ({
      id: text(row, 'ID'),
      name: text(row, 'Navn'),
      status: text(row, 'Status'),
      deleteAfter: isoOfCell(row[table.col('Slettes')]),
      row: index + 2,
    }));
    return retentionDue(people, ctx.today).filter((p) => p.id !== '' || p.name !== '');
  });
}
