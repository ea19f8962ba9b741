// Applicants and participants (`Personer`): adding a person, moving her through the
// recruitment statuses (Optaget puts her in `Fremmøde`), and the recruitment list.
// The rules are core's (src/core/people.ts); this file reads, asks core, and writes.
import type { AttendanceStatus, NewPerson, PersonRow, PersonStatus } from '../../shared/api';
import { summarize } from '../../core/attendance';
import { UserError } from '../../core/errors';
import { nextPersonId, planStatusChange, validateNewPerson } from '../../core/people';
import { shownKey } from '../../core/validate';
import { boolOfCell, dateCell, isoOfCell, textOfCell } from '../sheets/cells';
import { appendRows, deleteRows, openTable, writeRows, type Cell, type Table } from '../sheets/table';
import { read, write, type Ctx } from '../runtime';
import { heldNow, markOfCell, moduleHeaders, newAttendanceRow, openAttendance, PERSON_HEADERS } from './attendance';

const ENROLLED: readonly string[] = ['Optaget', 'Frafaldet', 'Uddannet'];

function openPersons(ctx: Ctx, required: readonly string[] = PERSON_HEADERS): Table {
  return openTable(ctx, 'persons', PERSON_HEADERS, required);
}

export function addPerson(p: NewPerson): { id: string } {
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
    const sheetRow = appendRows(ctx, table, [row]);
    ctx.store.saveCounters({ ...counters, person: counter });
    console.log(`addPerson: row ${sheetRow}`);
    return { id };
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
    const touchesTraining = ENROLLED.includes(from) || (typeof status === 'string' && ENROLLED.includes(status));
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
        attendanceStatus = summarize(cells.map(markOfCell), heldNow(attendance, ctx.settings), ctx.settings).status;
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
      const newRow = newAttendanceRow(attendance, personId, persons.text(row, 'Navn'), heldNow(attendance, ctx.settings), ctx.settings);
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
