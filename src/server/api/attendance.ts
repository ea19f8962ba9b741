// `Fremmøde` and `Moduler`: registering a module's attendance, the 90 % rule's figures for
// every participant, and the modules list. The rule itself is core's (src/core/attendance.ts);
// this file reads the sheet, hands the marks to core and writes the result back.
//
// Marks typed by hand are respected: 'M', 'A', 'F' in any case and with spaces around them
// are marks; anything else in a module cell (a note, a stray character) is not a mark and
// counts as an empty cell — absence once the module is held.
import type { AttendanceRecord, AttendanceRow, Mark, PersonStatus, Settings } from '../../shared/api';
import type { ModuleRow } from '../../shared/workbook';
import {
  heldModules,
  markGaps,
  parseMark,
  statusLabel,
  statusText,
  summarize,
  type AttendanceSummary,
  type MarkGaps,
} from '../../core/attendance';
import { compareDates, displayDate } from '../../core/dates';
import { UserError } from '../../core/errors';
import { shownKey } from '../../core/validate';
import { attendanceColumns, moduleHeader, MODULE_COLUMNS, PERSON_COLUMNS } from '../../core/schema';
import { isoOfCell, numberOfCell, textOfCell } from '../sheets/cells';
import { appendRows, findSheet, openTable, readSheet, Table, writeRows, type Cell } from '../sheets/table';
import { read, write, type Ctx } from '../runtime';

export const PERSON_HEADERS = PERSON_COLUMNS.map((c) => c.header);
export const MODULE_HEADERS = MODULE_COLUMNS.map((c) => c.header);
export const attendanceHeaders = (modules: number): string[] =>
  attendanceColumns(modules).map((c) => c.header);

/** What the add-on computes in each `Fremmøde` row. */
export const COMPUTED_ATTENDANCE = ['Mødt', 'Afholdt', 'Fremmøde %', 'Status'] as const;

export function moduleHeaders(modules: number): string[] {
  return Array.from({ length: modules }, (_, i) => moduleHeader(i + 1));
}

/** Columns every use of `Fremmøde` needs (Diplom is the diploma work's). */
export function requiredAttendanceHeaders(modules: number): string[] {
  return ['ID', 'Navn', ...moduleHeaders(modules), ...COMPUTED_ATTENDANCE];
}

/** `Fremmøde` read once; `sheet` when the caller has already found it (no second look-up). */
export function openAttendance(ctx: Ctx, sheet?: GoogleAppsScript.Spreadsheet.Sheet): Table {
  const T = ctx.settings.modules;
  return openTable(ctx, 'attendance', attendanceHeaders(T), requiredAttendanceHeaders(T), sheet);
}

/** A cell's mark; anything that is not a mark reads as empty. */
export function markOfCell(value: unknown): Mark {
  return parseMark(value) ?? '';
}

export interface Participant {
  /** 0-based index into table.rows. */
  index: number;
  id: string;
  name: string;
  marks: Mark[];
  /** Per module: the cell holds something that is not a mark (counts as empty; shown as such). */
  unknown: boolean[];
}

/** The rows of `Fremmøde` that belong to someone (have an ID); `rows` defaults to the table's. */
export function participants(
  table: Table,
  modules: number,
  rows: readonly Cell[][] = table.rows,
): Participant[] {
  const idCol = table.col('ID');
  const nameCol = table.col('Navn');
  const markCols = moduleHeaders(modules).map((h) => table.col(h));
  const out: Participant[] = [];
  rows.forEach((row, index) => {
    const id = textOfCell(row[idCol]);
    if (id === '') return;
    out.push({
      index,
      id,
      name: textOfCell(row[nameCol]),
      marks: markCols.map((c) => markOfCell(row[c])),
      unknown: markCols.map((c) => parseMark(row[c]) === null),
    });
  });
  return out;
}

type RuleSettings = Pick<Settings, 'modules' | 'requiredShare' | 'excusedCountsAsAbsent'>;

export function summaries(list: readonly Participant[], settings: RuleSettings): AttendanceSummary[] {
  const held = heldModules(
    list.map((p) => p.marks),
    settings.modules,
  );
  return list.map((p) => summarize(p.marks, held, settings));
}

/** The computed cells of one row, as the sheet shows them (Danish labels always). */
export function computedCells(
  summary: AttendanceSummary,
  requiredShare: number,
  gaps: MarkGaps = { unrecorded: [], unknownMarks: [] },
): Record<(typeof COMPUTED_ATTENDANCE)[number], Cell> {
  return {
    Mødt: summary.attended,
    Afholdt: summary.held,
    'Fremmøde %': summary.rate === null ? '' : summary.rate,
    Status: statusText(statusLabel(summary.status, requiredShare, 'da'), gaps),
  };
}

/** Held modules with an empty cell, and cells holding something that is not a mark (SPEC). */
export function gapsOf(p: Pick<Participant, 'marks' | 'unknown'>, held: readonly boolean[]): MarkGaps {
  return markGaps(p.marks, p.unknown, held);
}

export function toAttendanceRow(p: Participant, s: AttendanceSummary, gaps: MarkGaps): AttendanceRow {
  return {
    id: p.id,
    name: p.name,
    attended: s.attended,
    held: s.held,
    total: s.total,
    required: s.required,
    rate: s.rate,
    status: s.status,
    unrecorded: gaps.unrecorded,
    unknownMarks: gaps.unknownMarks,
    marks: p.marks.slice(),
  };
}

/**
 * Rewrites the computed columns (and, given `names`, Navn as `Personer` has it) of every row
 * from the marks in `rows` — the full next state of table.rows, marks already changed by the
 * caller — writing only the cells that change, then appends `extra` rows (new participants)
 * with their figures. The held modules are counted over all of them. Returns every row's figures.
 */
export function refreshAttendance(
  ctx: Ctx,
  table: Table,
  rows?: Cell[][],
  names?: ReadonlyMap<string, string>,
  extra: Cell[][] = [],
): AttendanceRow[] {
  return refreshAttendanceSheet(ctx, table, rows, names, extra).rows;
}

/** refreshAttendance, also telling how many rows were written or added. */
export function refreshAttendanceSheet(
  ctx: Ctx,
  table: Table,
  rows: Cell[][] = table.rows.map((r) => r.slice()),
  names?: ReadonlyMap<string, string>,
  extra: Cell[][] = [],
): { rows: AttendanceRow[]; changed: number } {
  const settings = ctx.settings;
  const all = [...rows, ...extra];
  const list = participants(table, settings.modules, all);
  const figures = summaries(list, settings);
  const held = heldModules(
    list.map((p) => p.marks),
    settings.modules,
  );
  const gaps = list.map((p) => gapsOf(p, held));
  const cols = COMPUTED_ATTENDANCE.map((h) => [h, table.col(h)] as const);
  const nameCol = table.col('Navn');
  list.forEach((p, i) => {
    const row = all[p.index];
    const cells = computedCells(figures[i], settings.requiredShare, gaps[i]);
    for (const [h, c] of cols) row[c] = cells[h];
    const name = names?.get(p.id.toUpperCase());
    if (name !== undefined && name !== '' && name !== p.name) {
      row[nameCol] = name;
      p.name = name;
    }
  });
  const changed = writeRows(ctx, table, rows);
  if (changed > 0) console.log(`Fremmøde: ${changed} rows recomputed`);
  if (extra.length > 0) {
    const first = appendRows(ctx, table, extra);
    console.log(`Fremmøde: ${extra.length} rows added from row ${first}`);
  }
  return {
    rows: list.map((p, i) => toAttendanceRow(p, figures[i], gaps[i])),
    changed: changed + extra.length,
  };
}

/** A new `Fremmøde` row for a participant: empty marks, figures as of now. */
export function newAttendanceRow(
  table: Table,
  id: string,
  name: string,
  heldNow: readonly boolean[],
  settings: RuleSettings,
): Cell[] {
  const marks: Mark[] = new Array<Mark>(settings.modules).fill('');
  const gaps = gapsOf({ marks, unknown: marks.map(() => false) }, heldNow);
  const cells = computedCells(summarize(marks, heldNow, settings), settings.requiredShare, gaps);
  return table.buildRow({ ID: id, Navn: name, ...cells });
}

export function heldNow(table: Table, settings: RuleSettings): boolean[] {
  return heldModules(
    participants(table, settings.modules).map((p) => p.marks),
    settings.modules,
  );
}

/**
 * `Fremmøde` from `Personer`: a participant whose status was set to Optaget in the sheet by
 * hand gets her row, names follow `Personer`, and the computed columns are recomputed.
 */
export function syncAttendanceWithPersons(ctx: Ctx, attendance: Table, persons: Table): boolean {
  if (!persons.has('ID') || !persons.has('Status') || !persons.has('Navn')) return false;
  const people = personIndex(persons);
  const idCol = attendance.col('ID');
  const have = new Set(
    attendance.rows.map((r) => textOfCell(r[idCol]).toUpperCase()).filter((id) => id !== ''),
  );
  const held = heldNow(attendance, ctx.settings);
  const extra: Cell[][] = [];
  for (const [key, status] of people.status) {
    if (status !== 'Optaget' || have.has(key)) continue;
    extra.push(
      newAttendanceRow(
        attendance,
        people.id.get(key) as string,
        people.name.get(key) ?? '',
        held,
        ctx.settings,
      ),
    );
  }
  return refreshAttendanceSheet(ctx, attendance, undefined, people.name, extra).changed > 0;
}

// ---- recordAttendance ------------------------------------------------------------------------

interface ValidRecord {
  module: number;
  present: string[];
  excused: string[];
}

function idList(value: unknown, field: 'attendanceFieldPresent' | 'attendanceFieldExcused'): string[] {
  if (!Array.isArray(value)) throw new UserError('listExpected', { field });
  return value.map((id) => {
    if (typeof id !== 'string' || id.trim() === '') throw new UserError('attendanceIdNotText', { field });
    return id.trim();
  });
}

export function validateRecord(input: unknown, modules: number): ValidRecord {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UserError('notAnObject');
  const r = input as Partial<AttendanceRecord> & Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (key !== 'module' && key !== 'present' && key !== 'excused')
      throw new UserError('unknownField', { field: key.slice(0, 40) });
  }
  const module = r.module;
  if (typeof module !== 'number' || !Number.isInteger(module) || module < 1 || module > modules) {
    throw new UserError('attendanceModuleRange', { max: modules });
  }
  const present = idList(r.present, 'attendanceFieldPresent');
  const excused = r.excused === undefined ? [] : idList(r.excused, 'attendanceFieldExcused');
  const seen = new Set<string>();
  const presentSet = new Set(present.map((id) => id.toUpperCase()));
  for (const id of [...present, ...excused]) {
    const key = id.toUpperCase();
    if (seen.has(key)) {
      if (presentSet.has(key) && excused.some((e) => e.toUpperCase() === key))
        throw new UserError('attendanceBothLists', { id: shownKey(id) });
      throw new UserError('attendanceDuplicateId', { id: shownKey(id) });
    }
    seen.add(key);
  }
  return { module, present, excused };
}

/** From `Personer`, keyed by upper-case ID: status, name, and the ID as written. */
export function personIndex(persons: Table): {
  status: Map<string, string>;
  name: Map<string, string>;
  id: Map<string, string>;
} {
  const status = new Map<string, string>();
  const name = new Map<string, string>();
  const id = new Map<string, string>();
  const idCol = persons.col('ID');
  const statusCol = persons.col('Status');
  const nameCol = persons.col('Navn');
  for (const row of persons.rows) {
    const pid = textOfCell(row[idCol]);
    if (pid === '') continue;
    const key = pid.toUpperCase();
    if (status.has(key)) continue;
    status.set(key, textOfCell(row[statusCol]));
    name.set(key, textOfCell(row[nameCol]));
    id.set(key, pid);
  }
  return { status, name, id };
}

const ENROLLED_STATUS: PersonStatus = 'Optaget';

export function recordAttendance(input: AttendanceRecord): AttendanceRow[] {
  return write((ctx) => {
    const settings = ctx.settings;
    const record = validateRecord(input, settings.modules);
    refuseFutureModule(ctx, record.module);
    const persons = openTable(ctx, 'persons', PERSON_HEADERS, ['ID', 'Navn', 'Status']);
    const table = openAttendance(ctx);
    const people = personIndex(persons);

    for (const id of [...record.present, ...record.excused]) {
      const status = people.status.get(id.toUpperCase());
      if (status === undefined) throw new UserError('peopleNotFound', { id: shownKey(id) });
      if (status !== ENROLLED_STATUS) throw new UserError('attendanceNotEnrolled', { id: shownKey(id) });
    }
    const present = new Set(record.present.map((id) => id.toUpperCase()));
    const excused = new Set(record.excused.map((id) => id.toUpperCase()));
    const markFor = (id: string): Mark => (present.has(id) ? 'M' : excused.has(id) ? 'A' : 'F');

    const col = table.col(moduleHeader(record.module));
    const rows = table.rows.map((r) => r.slice());
    const withRow = new Set<string>();
    for (const p of participants(table, settings.modules)) {
      const key = p.id.toUpperCase();
      withRow.add(key);
      // A cell that already holds this mark (also typed as 'm' or ' M ') is left as it is, so
      // saving a module unchanged changes no cell.
      if (people.status.get(key) === ENROLLED_STATUS && p.marks[record.module - 1] !== markFor(key))
        rows[p.index][col] = markFor(key);
    }
    // An Optaget participant without a row (status chosen in the sheet by hand) gets one now.
    const missing: Cell[][] = [];
    for (const [key, status] of people.status) {
      if (status !== ENROLLED_STATUS || withRow.has(key)) continue;
      const id = people.id.get(key) as string;
      const row = table.buildRow({ ID: id, Navn: people.name.get(key) ?? '' });
      row[col] = markFor(key);
      missing.push(row);
    }

    const result = refreshAttendance(ctx, table, rows, people.name, missing);
    console.log(`recordAttendance: module ${record.module}, ${result.length} rows`);
    return result;
  });
}

/**
 * A module dated after today (Europe/Copenhagen) cannot be recorded yet (SPEC): the message
 * names its date and where to change it. An undated module, or a missing `Moduler`, is accepted.
 */
function refuseFutureModule(ctx: Ctx, module: number): void {
  const sheet = findSheet(ctx, 'modules');
  if (!sheet) return;
  const modules = new Table('modules', sheet, readSheet(sheet), MODULE_HEADERS);
  if (!modules.has('Nr') || !modules.has('Dato')) return;
  for (const { row } of modules.filledRows()) {
    if (numberOfCell(modules.get(row, 'Nr')) !== module) continue;
    const date = isoOfCell(modules.get(row, 'Dato'));
    if (date !== '' && compareDates(date, ctx.today) > 0) {
      throw new UserError('attendanceModuleInFuture', {
        nr: module,
        date: displayDate(date),
        today: displayDate(ctx.today),
      });
    }
    return;
  }
}

export function getAttendance(): AttendanceRow[] {
  return read((ctx) => {
    const table = openAttendance(ctx);
    const list = participants(table, ctx.settings.modules);
    const figures = summaries(list, ctx.settings);
    const held = heldModules(
      list.map((p) => p.marks),
      ctx.settings.modules,
    );
    return list.map((p, i) => toAttendanceRow(p, figures[i], gapsOf(p, held)));
  });
}

// ---- Moduler ---------------------------------------------------------------------------------

export function getModules(): ModuleRow[] {
  return read((ctx) => {
    const T = ctx.settings.modules;
    const modules = openTable(ctx, 'modules', MODULE_HEADERS, ['Nr']);
    const attendance = findSheet(ctx, 'attendance');
    const held = attendance
      ? heldNow(openAttendance(ctx, attendance), ctx.settings)
      : new Array<boolean>(T).fill(false);
    const cell = (row: Cell[], h: string) => (modules.has(h) ? row[modules.col(h)] : '');
    const out: ModuleRow[] = [];
    for (const { row } of modules.filledRows()) {
      const nr = numberOfCell(cell(row, 'Nr'));
      if (nr === null || !Number.isInteger(nr) || nr < 1) continue;
      out.push({
        nr,
        date: isoOfCell(cell(row, 'Dato')),
        theme: textOfCell(cell(row, 'Tema')),
        part: textOfCell(cell(row, 'Del')),
        teacher: textOfCell(cell(row, 'Underviser')),
        hours: numberOfCell(cell(row, 'Timer')) ?? 0,
        held: nr <= T ? held[nr - 1] : false,
      });
    }
    return out.sort((a, b) => a.nr - b.nr);
  });
}
