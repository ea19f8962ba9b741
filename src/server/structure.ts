// The parts of the workbook that follow the settings: the rows of `Moduler` (one per module,
// dated by the schedule) and the module columns of `Fremmøde` (M1 … MT). Used by setup and
// by saveSettings; the rules (themes, parts, dates) are core's.
import { UserError } from '../core/errors';
import { partLabel, seededModules } from '../core/modules';
import { scheduleModules } from '../core/schedule';
import { moduleHeader, moduleNumberOf, SHEET_NAMES } from '../core/schema';
import { dateCell, isoOfCell, numberOfCell, textOfCell } from './sheets/cells';
import { appendRows, deleteRows, normalizeHeader, writeRows, type Cell, type Table } from './sheets/table';
import type { Ctx } from './runtime';
import { COMPUTED_ATTENDANCE } from './api/attendance';
import { savedSeedOf } from './seedSource';

export interface ModuleRowsPlan {
  /** 'reflow': every unmarked module takes the schedule's date (a settings change);
   *  'fillEmpty': only empty dates are filled (setup never overwrites a typed date). */
  dates: 'reflow' | 'fillEmpty';
  /** The module count before a settings change: rows still holding that count's seeded
   *  theme and part take the new count's, rows above the new count are removed. */
  previousModules?: number;
}

/** Brings `Moduler` in line with the settings. Returns whether anything was written. */
export function syncModuleRows(
  ctx: Ctx,
  table: Table,
  marked: readonly boolean[],
  plan: ModuleRowsPlan,
): boolean {
  const { modules: T, firstModuleDate, closedDates } = ctx.settings;
  const nrCol = table.col('Nr');
  const col = (h: string) => (table.has(h) ? table.col(h) : -1);
  const dateCol = col('Dato');
  const themeCol = col('Tema');
  const partCol = col('Del');

  const indexByNr = new Map<number, number>();
  const beyond: number[] = [];
  table.rows.forEach((row, index) => {
    const nr = numberOfCell(row[nrCol]);
    if (nr === null || !Number.isInteger(nr) || nr < 1 || indexByNr.has(nr)) return;
    if (nr > T) beyond.push(index);
    else indexByNr.set(nr, index);
  });

  const next = table.rows.map((r) => r.slice());
  const seedNew = seededModules(T);
  if (plan.previousModules !== undefined && plan.previousModules !== T && themeCol >= 0 && partCol >= 0) {
    const seedOld = seededModules(plan.previousModules);
    for (const [nr, index] of indexByNr) {
      const old = seedOld[nr - 1];
      const row = next[index];
      if (
        old &&
        textOfCell(row[themeCol]) === old.theme &&
        textOfCell(row[partCol]) === partLabel(old.part)
      ) {
        row[themeCol] = seedNew[nr - 1].theme;
        row[partCol] = partLabel(seedNew[nr - 1].part);
      }
    }
  }

  const existingDates = Array.from({ length: T }, (_, i) => {
    const index = indexByNr.get(i + 1);
    return index === undefined || dateCol < 0 ? '' : isoOfCell(table.rows[index][dateCol]);
  });
  const reflow = plan.dates === 'reflow';
  const dates =
    firstModuleDate === '' && !reflow
      ? null
      : scheduleModules({ T, firstModuleDate, closedDates, marked, existingDates });
  if (dates && dateCol >= 0) {
    for (const [nr, index] of indexByNr) {
      if (!reflow && existingDates[nr - 1] !== '') continue;
      if (existingDates[nr - 1] !== dates[nr - 1]) next[index][dateCol] = dateCell(dates[nr - 1]);
    }
  }

  let wrote = writeRows(ctx, table, next) > 0;
  if (plan.previousModules !== undefined && beyond.length > 0) {
    deleteRows(ctx, table, beyond);
    console.log(`Moduler: ${beyond.length} rows removed`);
    wrote = true;
  }
  const missing: Cell[][] = [];
  // A setup started from the last cohort's saved setup seeds its themes, parts, teachers and hours.
  const saved = new Map((savedSeedOf(ctx)?.modules ?? []).map((m) => [m.nr, m]));
  for (let nr = 1; nr <= T; nr++) {
    if (indexByNr.has(nr)) continue;
    const seed = seedNew[nr - 1];
    const values: Record<string, Cell> = { Nr: nr };
    const last = saved.get(nr);
    if (themeCol >= 0) values.Tema = last ? last.theme : seed.theme;
    if (partCol >= 0) values.Del = last ? last.part : partLabel(seed.part);
    if (table.has('Timer')) values.Timer = last ? (last.hours ?? '') : seed.hours;
    if (last && last.teacher !== '' && table.has('Underviser')) values.Underviser = last.teacher;
    if (dates && dateCol >= 0) values.Dato = dateCell(dates[nr - 1]);
    missing.push(table.buildRow(values));
  }
  if (missing.length > 0) {
    const first = appendRows(ctx, table, missing);
    console.log(`Moduler: ${missing.length} rows added from row ${first}`);
    wrote = true;
  }
  return wrote;
}

/**
 * Gives `Fremmøde` the module columns M1 … M<modules>: new ones are inserted before the
 * summary columns, surplus ones (above the count) removed — refused, before anything is
 * written, when one holds anything. Returns whether the columns changed.
 */
export function resizeModuleColumns(ctx: Ctx, table: Table, modules: number): boolean {
  const sheet = table.sheet;
  const surplus: { index: number; header: string }[] = [];
  table.header.forEach((h, index) => {
    const n = moduleNumberOf(h);
    if (n > modules) surplus.push({ index, header: h });
  });
  for (const { index, header } of surplus) {
    if (table.rows.some((row) => textOfCell(row[index]) !== '')) {
      throw new UserError('settingsModuleColumnNotEmpty', {
        modules,
        column: header,
        sheet: sheet.getName(),
      });
    }
  }
  const wanted: string[] = [];
  for (let n = 1; n <= modules; n++) if (!table.has(moduleHeader(n))) wanted.push(moduleHeader(n));
  if (surplus.length === 0 && wanted.length === 0) return false;

  // Remove from the right so the positions of the others stay valid.
  for (const { index, header } of [...surplus].sort((a, b) => b.index - a.index)) {
    sheet.deleteColumn(index + 1);
    ctx.onUndo(() => {
      if (index > 0) sheet.insertColumnAfter(index);
      else sheet.insertColumnBefore(1);
      sheet.getRange(1, index + 1).setValue(header);
    });
  }
  if (wanted.length > 0) {
    const header = table.header.filter((_, i) => !surplus.some((s) => s.index === i));
    const summary = new Set<string>([...COMPUTED_ATTENDANCE, 'Diplom'].map(normalizeHeader));
    let at = header.findIndex((h) => summary.has(normalizeHeader(h)));
    if (at < 0) {
      const lastModule = header.reduce((last, h, i) => (moduleNumberOf(h) > 0 ? i : last), -1);
      at = lastModule >= 0 ? lastModule + 1 : header.length;
    }
    const column = at + 1;
    // Each step's undo is registered as soon as it has happened, so a failure in the next one
    // (the header write) still takes the inserted columns out again.
    if (at < header.length) {
      sheet.insertColumnsBefore(column, wanted.length);
      ctx.onUndo(() => sheet.deleteColumns(column, wanted.length));
    } else {
      const maxColumns = sheet.getMaxColumns();
      if (header.length + wanted.length > maxColumns) {
        sheet.insertColumnsAfter(maxColumns, wanted.length);
        ctx.onUndo(() => sheet.deleteColumns(maxColumns + 1, wanted.length));
      }
    }
    const range = sheet.getRange(1, column, 1, wanted.length);
    range.setValues([wanted]);
    if (at >= header.length) ctx.onUndo(() => range.setValues([wanted.map(() => '')]));
  }
  console.log(`${SHEET_NAMES.attendance}: module columns ${surplus.length} removed, ${wanted.length} added`);
  return true;
}
