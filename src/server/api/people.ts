// Applicants and participants (`Personer`): adding a person, moving her through the
// recruitment statuses (Optaget puts her in `Fremmøde`), and the recruitment list.
// The rules are core's (src/core/people.ts); this file reads, asks core, and writes.
import type {
  AttendanceStatus,
  NewPerson,
  PersonPatch,
  PersonResult,
  PersonRow,
  PersonStatus,
} from '../../shared/api';
import { summarize } from '../../core/attendance';
import { UserError } from '../../core/errors';
import {
  nextPersonId,
  planStatusChange,
  samePersonWarnings,
  validateNewPerson,
  validatePersonPatch,
  type ValidPerson,
} from '../../core/people';
import { t } from '../../core/i18n';
import { shownKey } from '../../core/validate';
import { boolOfCell, dateCell, isoOfCell, textOfCell } from '../sheets/cells';
import {
  appendRows,
  deleteRows,
  findSheet,
  openTable,
  readSheet,
  Table as TableClass,
  writeRows,
  type Cell,
  type Table,
} from '../sheets/table';
import { read, write, type Ctx } from '../runtime';
import {
  attendanceHeaders,
  heldNow,
  markOfCell,
  moduleHeaders,
  newAttendanceRow,
  openAttendance,
  PERSON_HEADERS,
} from './attendance';

const ENROLLED: readonly string[] = ['Optaget', 'Frafaldet', 'Uddannet'];

function openPersons(ctx: Ctx, required: readonly string[] = PERSON_HEADERS): Table {
  return openTable(ctx, 'persons', PERSON_HEADERS, required);
}

/** The same-person warnings in her language, against every other row of `Personer`. */
function warningsFor(ctx: Ctx, table: Table, person: { name: string; phone: string }, self = ''): string[] {
  const has = (h: string) => table.has(h);
  const others = table.rows
    .map((r) => ({
      id: has('ID') ? textOfCell(r[table.col('ID')]) : '',
      name: has('Navn') ? textOfCell(r[table.col('Navn')]) : '',
      phone: has('Telefon') ? textOfCell(r[table.col('Telefon')]) : '',
    }))
    .filter((o) => o.id !== '' || o.name !== '');
  return samePersonWarnings(person, others, self).map((w) => t(ctx.lang, w.key, w.params));
}

export function addPerson(p: NewPerson): PersonResult {
  return write((ctx) => {
    const person = validateNewPerson(p, ctx.today);
    const table = openPersons(ctx);
    const idCol = table.col('ID');
    const counters = ctx.store.counters();
    const { id, counter } = nextPersonId(
      table.rows.map((r) => textOfCell(r[idCol])),
      counters.person,
    );
    const row = table.buildRow({
      ID: id,
      Navn: person.name,
      Telefon: person.phone,
      'E-mail': person.email,
      Boligområde: person.area,
      Sprog: person.languages,
      Kilde: person.source,
      Status: 'Interesseret',
      Infomøde: dateCell(person.infoMeetingDate),
      Samtale: dateCell(person.interviewDate),
      Samtykke: dateCell(person.consentDate),
      Børnepasning: person.childcare,
      Noter: person.notes,
      Oprettet: dateCell(ctx.today),
      Slettes: '',
    });
    const warnings = warningsFor(ctx, table, person);
    const sheetRow = appendRows(ctx, table, [row]);
    ctx.store.saveCounters({ ...counters, person: counter });
    console.log(`addPerson: row ${sheetRow}${warnings.length ? `, ${warnings.length} warnings` : ''}`);
    return { id, warnings };
  });
}

function requireId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') throw new UserError('mustBeText', { field: 'ID' });
  return id.trim();
}

function findRow(table: Table, id: string): number {
  const idCol = table.col('ID');
  const key = id.toUpperCase();
  return table.rows.findIndex((r) => textOfCell(r[idCol]).toUpperCase() === key);
}

export function setPersonStatus(id: string, status: PersonStatus): { id: string; status: PersonStatus } {
  return write((ctx) => {
    const wanted = requireId(id);
    const persons = openPersons(ctx, ['ID', 'Navn', 'Status', 'Slettes']);
    const index = findRow(persons, wanted);
    if (index < 0) throw new UserError('peopleNotFound', { id: shownKey(wanted) });
    const row = persons.rows[index];
    const from = persons.text(row, 'Status');
    const personId = persons.text(row, 'ID');

    // `Fremmøde` matters only when she is, or becomes, a participant.
    const touchesTraining =
      ENROLLED.includes(from) || (typeof status === 'string' && ENROLLED.includes(status));
    const attendance = touchesTraining ? openAttendance(ctx) : null;
    const T = ctx.settings.modules;
    let attIndex = -1;
    let hasMarks = false;
    let attendanceStatus: AttendanceStatus | null = null;
    if (attendance) {
      attIndex = findRow(attendance, personId);
      if (attIndex >= 0) {
        const cells = moduleHeaders(T).map((h) => attendance.rows[attIndex][attendance.col(h)]);
        // Any content in a module cell keeps her row: only an empty row may be removed.
        hasMarks = cells.some((v) => textOfCell(v) !== '');
        attendanceStatus = summarize(
          cells.map(markOfCell),
          heldNow(attendance, ctx.settings),
          ctx.settings,
        ).status;
      }
    }

    const plan = planStatusChange({
      from,
      to: status,
      hasMarks,
      attendanceStatus,
      retentionMonths: ctx.settings.retentionMonths,
      today: ctx.today,
      hasAttendanceRow: attendance ? attIndex >= 0 : undefined,
    });

    const next = persons.rows.map((r) => r.slice());
    next[index][persons.col('Status')] = plan.to;
    if (plan.deleteAfter !== 'keep') next[index][persons.col('Slettes')] = dateCell(plan.deleteAfter);
    writeRows(ctx, persons, next);

    if (attendance && plan.addAttendanceRow) {
      const newRow = newAttendanceRow(
        attendance,
        personId,
        persons.text(row, 'Navn'),
        heldNow(attendance, ctx.settings),
        ctx.settings,
      );
      const at = appendRows(ctx, attendance, [newRow]);
      console.log(`setPersonStatus: Fremmøde row ${at} added`);
    }
    if (attendance && plan.removeAttendanceRow && attIndex >= 0) {
      deleteRows(ctx, attendance, [attIndex]);
      console.log(`setPersonStatus: Fremmøde row ${attIndex + 2} removed`);
    }
    console.log(`setPersonStatus: Personer row ${index + 2}`);
    return { id: personId, status: plan.to };
  });
}

/** Columns of `Personer` per field of updatePerson's patch. */
const PATCH_COLUMNS: Readonly<Record<keyof PersonPatch, string>> = {
  name: 'Navn',
  phone: 'Telefon',
  email: 'E-mail',
  area: 'Boligområde',
  languages: 'Sprog',
  source: 'Kilde',
  infoMeetingDate: 'Infomøde',
  interviewDate: 'Samtale',
  consentDate: 'Samtykke',
  childcare: 'Børnepasning',
  notes: 'Noter',
  activeVolunteer: 'Aktiv bydelsmor',
  educationOrJob: 'Uddannelse/job',
};
const DATE_PATCH = new Set(['infoMeetingDate', 'interviewDate', 'consentDate']);

function validPersonOf(p: PersonRow): ValidPerson {
  return {
    name: p.name,
    phone: p.phone,
    email: p.email,
    area: p.area,
    languages: p.languages,
    source: p.source,
    infoMeetingDate: p.infoMeetingDate,
    interviewDate: p.interviewDate,
    consentDate: p.consentDate,
    childcare: p.childcare,
    notes: p.notes,
  };
}

/**
 * Corrects one person (SPEC updatePerson): only the fields the patch names are written, with
 * addPerson's rules; '' clears an optional field; the name cannot be cleared. When her name
 * changes and she has a `Fremmøde` row, that row's Navn follows. Returns the same-person
 * warnings (another row with her new name or phone), never a refusal for that.
 */
export function updatePerson(id: string, patch: PersonPatch): PersonResult {
  return write((ctx) => {
    const wanted = requireId(id);
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
      throw new UserError('notAnObject');
    const persons = openPersons(ctx, ['ID', 'Navn']);
    const index = findRow(persons, wanted);
    if (index < 0) throw new UserError('peopleNotFound', { id: shownKey(wanted) });
    const current = personRow(persons, persons.rows[index], index);
    const valid = validatePersonPatch(patch, validPersonOf(current), ctx.today);
    if (valid.fields.length === 0) throw new UserError('peopleNothingToUpdate');
    persons.require(valid.fields.map((f) => PATCH_COLUMNS[f as keyof PersonPatch]));

    const next = persons.rows.map((r) => r.slice());
    const row = next[index];
    for (const field of valid.fields) {
      const col = persons.col(PATCH_COLUMNS[field as keyof PersonPatch]);
      if (field === 'activeVolunteer' || field === 'educationOrJob') row[col] = valid[field] ?? '';
      else if (DATE_PATCH.has(field)) {
        const iso = valid.person[field as keyof ValidPerson] as string;
        // An unchanged date stays the very cell it was (a hand-typed text date is not rewritten).
        if (iso !== isoOfCell(row[col])) row[col] = dateCell(iso);
      } else if (field === 'childcare') row[col] = valid.person.childcare;
      else row[col] = valid.person[field as keyof ValidPerson];
    }
    writeRows(ctx, persons, next);

    const personId = current.id;
    const nameChanged = valid.fields.includes('name') && valid.person.name !== current.name;
    const attendanceSheet = nameChanged ? findSheet(ctx, 'attendance') : null;
    if (attendanceSheet) {
      const attendance = new TableClass(
        'attendance',
        attendanceSheet,
        readSheet(attendanceSheet),
        attendanceHeaders(ctx.settings.modules),
      ).require(['ID', 'Navn']);
      const attIndex = findRow(attendance, personId);
      if (attIndex >= 0) {
        const rows = attendance.rows.map((r) => r.slice());
        rows[attIndex][attendance.col('Navn')] = valid.person.name;
        writeRows(ctx, attendance, rows);
        console.log(`updatePerson: Fremmøde row ${attIndex + 2} renamed`);
      }
    }
    console.log(`updatePerson: Personer row ${index + 2}, ${valid.fields.length} fields`);
    const warnings =
      valid.fields.includes('name') || valid.fields.includes('phone')
        ? warningsFor(ctx, persons, valid.person, personId)
        : [];
    return { id: personId, warnings };
  });
}

function personRow(table: Table, row: Cell[], index: number): PersonRow {
  const text = (h: string) => (table.has(h) ? textOfCell(row[table.col(h)]) : '');
  const date = (h: string) => (table.has(h) ? isoOfCell(row[table.col(h)]) : '');
  return {
    id: text('ID'),
    name: text('Navn'),
    phone: text('Telefon'),
    email: text('E-mail'),
    area: text('Boligområde'),
    languages: text('Sprog'),
    source: text('Kilde'),
    status: text('Status'),
    infoMeetingDate: date('Infomøde'),
    interviewDate: date('Samtale'),
    consentDate: date('Samtykke'),
    childcare: table.has('Børnepasning') ? boolOfCell(row[table.col('Børnepasning')]) : false,
    notes: text('Noter'),
    created: date('Oprettet'),
    deleteAfter: date('Slettes'),
    activeVolunteer: text('Aktiv bydelsmor'),
    educationOrJob: text('Uddannelse/job'),
    row: index + 2,
  };
}

/** Every person in `Personer` with an ID or a name (rows typed by hand included). */
export function listPersons(): PersonRow[] {
  return read((ctx) => {
    const table = openPersons(ctx, ['ID', 'Navn', 'Status']);
    return table
      .filledRows()
      .map(({ row, index }) => personRow(table, row, index))
      .filter((p) => p.id !== '' || p.name !== '');
  });
}
