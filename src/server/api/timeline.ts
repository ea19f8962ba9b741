// Tidsplan: getTimeline, setTimelineStatus, and what setup does for the sheet (seed the six
// activities of SPEC once, the status dropdown, date format, colours). Overdue is computed
// when read (no time-driven triggers). Spreadsheet calls: constant (see `npm run bench`).
import { decorate } from '../decorate';
import { savedSeedOf } from '../seedSource';
import { timelineSeedFromSaved } from '../../core/savedSetup';
import type { TimelineRow } from '../../shared/budget';
import {
  DONE_STATUS,
  IN_PROGRESS,
  requireTimelineRow,
  requireTimelineStatus,
  seededTimelineRows,
  withOverdue,
} from '../../core/timeline';
import { UserError } from '../../core/errors';
import { TIMELINE_COLUMNS } from '../../core/schema';
import type { Ctx } from '../runtime';
import { read, write } from '../runtime';
import { dateCell, isoOfCell } from '../sheets/cells';
import { appendRows, openTable, writeRows, type Table } from '../sheets/table';
import {
  COLOURS,
  columnLetters,
  dataColumn,
  ensureOwnRules,
  signature,
  tableOf,
  type ReadTables,
  type SeedOptions,
} from './budget';

export const TIMELINE_HEADERS = TIMELINE_COLUMNS.map((c) => c.header);
export const TIMELINE_REQUIRED = ['Aktivitet', 'Frist', 'Status'];

export function openTimeline(ctx: Ctx): Table {
  return openTable(ctx, 'timeline', TIMELINE_HEADERS, TIMELINE_REQUIRED);
}

const optional = (table: Table, row: unknown[], header: string) =>
  table.has(header) ? table.text(row, header) : '';

/** The activities of Tidsplan: every row with anything in it (her own rows too). */
export function timelineRows(table: Table, today: string): TimelineRow[] {
  return withOverdue(
    table.filledRows().map(({ row, index }) => ({
      row: index + 2,
      month: optional(table, row, 'Måned'),
      activity: table.text(row, 'Aktivitet'),
      responsible: optional(table, row, 'Ansvarlig'),
      deadline: isoOfCell(table.get(row, 'Frist')),
      status: table.text(row, 'Status'),
      note: optional(table, row, 'Note'),
    })),
    today,
  );
}

export function getTimeline(): TimelineRow[] {
  return read((ctx) => timelineRows(openTimeline(ctx), ctx.today));
}

/** Sets the Status of one activity (row = its sheet row); returns the whole timeline. */
export function setTimelineStatus(row: number, status: string): TimelineRow[] {
  return write((ctx) => {
    const label = requireTimelineStatus(status);
    const table = openTimeline(ctx);
    const sheetRow = requireTimelineRow(row, table.rows.length + 1);
    const current = table.rows[sheetRow - 2];
    if (current.every((v) => v === '' || v === null))
      throw new UserError('timelineUnknownRow', { row: sheetRow });
    const next = table.rows.map((r) => r.slice());
    next[sheetRow - 2][table.col('Status')] = label;
    writeRows(ctx, table, next);
    console.log(`setTimelineStatus: row ${sheetRow}`);
    return timelineRows(table, ctx.today);
  });
}

/**
 * Called by setupWorkbook: the six activities of SPEC when Tidsplan has no row at all (a row
 * she deleted is never put back), Ansvarlig = the coordinator's initials, Frist = the end of
 * the month inside the project period; then the status dropdown, date format and colours.
 */
export function seedTimeline(
  ctx: Ctx,
  tables?: ReadTables,
  options: SeedOptions = {},
): { seeded: number } | null {
  const table = tableOf(ctx, tables, 'timeline', () => openTimeline(ctx), TIMELINE_REQUIRED);
  let seeded = 0;
  if (table.filledRows().length === 0) {
    const saved = savedSeedOf(ctx);
    const seeds = saved
      ? timelineSeedFromSaved(saved, ctx.settings.periodStart, ctx.settings.coordinatorInitials)
      : seededTimelineRows(ctx.settings.periodStart, ctx.settings.coordinatorInitials);
    const rows = seeds.map((a) =>
      table.buildRow({
        ...(table.has('Måned') ? { Måned: a.month } : {}),
        Aktivitet: a.activity,
        ...(table.has('Ansvarlig') ? { Ansvarlig: a.responsible } : {}),
        Frist: dateCell(a.deadline),
        Status: a.status,
      }),
    );
    appendRows(ctx, table, rows);
    seeded = rows.length;
    console.log(`seedTimeline: ${seeded} activities seeded`);
  }
  const mode = seeded > 0 ? 'apply' : (options.formats ?? 'check');
  if (mode !== 'skip') {
    decorate('setup: timeline colours', () =>
      colourTimeline(table, mode === 'apply', options.created?.has('timeline') ?? false),
    );
  }
  return seeded > 0 ? { seeded } : null;
}

/**
 * Colours of Tidsplan: Færdig green, I gang blue, an overdue deadline red (the same rule as
 * `overdue`, evaluated by Sheets every day). The status dropdown and the date format are
 * setup's (src/server/sheets/format.ts).
 */
function colourTimeline(table: Table, force: boolean, fresh: boolean): void {
  const sheet = table.sheet;
  const d = columnLetters(table.col('Frist') + 1);
  const s = columnLetters(table.col('Status') + 1);
  const overdue = `=AND($${d}2<>"",$${d}2<TODAY(),$${s}2<>"${DONE_STATUS}")`;
  const signatures = [
    signature('TEXT_EQUAL_TO', [DONE_STATUS], COLOURS.green),
    signature('TEXT_EQUAL_TO', [IN_PROGRESS], COLOURS.blue),
    signature('CUSTOM_FORMULA', [overdue], COLOURS.red),
  ];
  ensureOwnRules(
    sheet,
    signatures,
    () => {
      const status = dataColumn(sheet, table.col('Status'));
      const deadline = dataColumn(sheet, table.col('Frist'));
      return [
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(DONE_STATUS)
          .setBackground(COLOURS.green)
          .setRanges([status])
          .build(),
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(IN_PROGRESS)
          .setBackground(COLOURS.blue)
          .setRanges([status])
          .build(),
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(overdue)
          .setBackground(COLOURS.red)
          .setRanges([deadline])
          .build(),
      ];
    },
    force,
    fresh,
  );
}
