// setupWorkbook: turns a blank spreadsheet into the cohort's working file, and is safe to run
// again on a file in use. It creates missing sheets, appends missing columns at the end (never
// reorders, deletes or overwrites what the coordinator typed), formats each sheet once per
// header layout (src/server/sheets/format.ts), seeds the modules, brings `Fremmøde` up to
// date, and lets the budget, timeline and dashboard work seed and refresh their sheets.
//
// Call budget (the figures are in dev/bench and README "Performance", enforced by `npm run
// bench` and test/integration/setup.test.ts), budget, timeline and dashboard included: the
// same whatever the cohort's size, and far less on a file already set up. A set-up file costs one getSheetById per
// sheet and one read (getSheetValues) per table, shared with the budget, timeline and
// dashboard steps; every format (setup's, the budget's colours and dropdown, the timeline's
// colours, the dashboard's styles and charts) is skipped while the layout fingerprint is the
// one stored when it was applied.
import type { Language, SetupResult } from '../../shared/api';
import type { SetupOptions } from '../../shared/nextround';
import { setupFromSaved, validateSetupOptions } from './savedSetup';
import { t } from '../../core/i18n';
import { resolveSettings } from '../../core/settings';
import { SHEET_NAMES, SHEET_ORDER, sheetColumns, type SheetKey } from '../../core/schema';
import { formatSheet, layoutOf } from '../sheets/format';
import { normalizeHeader, readSheet, rememberSheetName, sheetById, Table, type Cell } from '../sheets/table';
import { write, type Ctx } from '../runtime';
import { DocumentStore, type SheetIds, type SheetLayouts } from '../store';
import { syncModuleRows } from '../structure';
import * as budgetArea from './budget';
import * as overviewArea from './overview';
import * as timelineArea from './timeline';
import { heldNow, requiredAttendanceHeaders, syncAttendanceWithPersons } from './attendance';
import type { ReadTables, SeedOptions } from './budget';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TIME_ZONE = 'Europe/Copenhagen';
const TABLES: SheetKey[] = SHEET_ORDER.filter((k) => k !== 'overview');

export function setupWorkbook(o?: SetupOptions): SetupResult {
  return write((ctx) => {
    const options = validateSetupOptions(o);
    return options.fromSaved ? setupFromSaved(ctx, runSetup) : runSetup(ctx);
  });
}

/** The menu item: runs setup and tells the coordinator what it did (or why it could not). */
export function runSetupFromMenu(): void {
  let message: string;
  try {
    const result = setupWorkbook();
    const lang = languageForMenu();
    message = setupMessage(lang, result);
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  SpreadsheetApp.getUi().alert(message);
}

/**
 * What setup did, in a sentence: only the parts that happened ("Oprettet: ingen. Opdateret:
 * ingen." after a run that found everything in place read as if setup had failed).
 */
export function setupMessage(lang: Language, result: SetupResult): string {
  if (result.created.length === 0 && result.updated.length === 0) return t(lang, 'setupAlreadyDone');
  const parts = [t(lang, 'setupReady')];
  if (result.created.length > 0)
    parts.push(t(lang, 'setupReadyCreated', { names: result.created.join(', ') }));
  if (result.updated.length > 0)
    parts.push(t(lang, 'setupReadyUpdated', { names: result.updated.join(', ') }));
  return parts.join(' ');
}

function languageForMenu(): Language {
  try {
    return resolveSettings(new DocumentStore().storedSettings(), '2000-01-01').language;
  } catch {
    return 'da';
  }
}

interface Found {
  sheet: Sheet;
  created: boolean;
  /** Found by the id setup remembered (so the stored id is still right). */
  byId?: boolean;
}

export function runSetup(ctx: Ctx): SetupResult {
  const created: string[] = [];
  const updated = new Set<string>();
  const T = ctx.settings.modules;

  ensureTimeZone(ctx, updated);
  const sheets = locateSheets(ctx, created);
  const layouts: SheetLayouts = { ...ctx.store.sheetLayouts() };

  const tables = {} as Record<SheetKey, Table>;
  /** Sheets formatted in this run (created, or their header layout changed). */
  const formatted = new Set<SheetKey>();
  for (const key of TABLES) {
    const { sheet, created: isNew } = sheets[key];
    const expected = sheetColumns(key, T).map((c) => c.header);
    let values: Cell[][];
    let newColumns: number[] = [];
    if (isNew) {
      values = [expected.slice()];
      ensureColumns(sheet, expected.length);
      if (
        formatSheet({ key, sheet, header: expected, created: true, newColumns: [], modules: T }, expected)
      ) {
        layouts[key] = layoutOf(expected, key === 'attendance' ? T : 0);
      }
      formatted.add(key);
    } else {
      values = readSheet(sheet);
      const appended = appendMissingColumns(ctx, sheet, values, expected);
      if (appended) {
        newColumns = appended.columns;
        values = readSheet(sheet);
        updated.add(sheet.getName());
      }
      const header = (values[0] ?? []).map((h) => String(h ?? '').trim());
      const layout = layoutOf(header, key === 'attendance' ? T : 0);
      if (layouts[key] !== layout) {
        if (formatSheet({ key, sheet, header, created: false, newColumns, modules: T }, null))
          layouts[key] = layout;
        formatted.add(key);
        updated.add(sheet.getName());
      }
    }
    tables[key] = new Table(key, sheet, values, expected);
  }

  const names = (key: SheetKey) => (sheets[key].created ? SHEET_NAMES[key] : tables[key].sheet.getName());
  const attendance = tables.attendance.require(requiredAttendanceHeaders(T));
  const modules = tables.modules.require(['Nr']);
  if (
    syncModuleRows(ctx, modules, heldNow(attendance, ctx.settings), { dates: 'fillEmpty' }) &&
    !sheets.modules.created
  ) {
    updated.add(names('modules'));
  }
  if (syncAttendanceWithPersons(ctx, attendance, tables.persons) && !sheets.attendance.created) {
    updated.add(names('attendance'));
  }

  if (JSON.stringify(layouts) !== JSON.stringify(ctx.store.sheetLayouts()))
    ctx.store.saveSheetLayouts(layouts);
  runOtherAreas(ctx, sheets, tables, formatted, updated);

  const createdSet = new Set(created);
  return { created, updated: [...updated].filter((n) => !createdSet.has(n)) };
}

/** Columns a new sheet has (Sheets makes 26); one call only when the header needs more. */
const NEW_SHEET_COLUMNS = 26;

/**
 * A sheet made in this request gets the columns its header needs (Fremmøde of 40 modules has
 * 47). Nothing to undo: the sheet itself is deleted when the request fails.
 */
function ensureColumns(sheet: Sheet, needed: number): void {
  if (needed <= NEW_SHEET_COLUMNS) return;
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

function ensureTimeZone(ctx: Ctx, updated: Set<string>): void {
  const current = ctx.ss.getSpreadsheetTimeZone();
  if (current === TIME_ZONE) return;
  ctx.ss.setSpreadsheetTimeZone(TIME_ZONE);
  ctx.onUndo(() => ctx.ss.setSpreadsheetTimeZone(current));
  updated.add(t(ctx.lang, 'setupTimeZone'));
}

/**
 * Every sheet of SPEC, found by the id setup remembered (a renamed sheet is still ours),
 * else by its Danish name, else created. On a file setup has never seen, a lone empty
 * default sheet ("Ark1") becomes `Oversigt` instead of staying behind empty.
 */
function locateSheets(ctx: Ctx, created: string[]): Record<SheetKey, Found> {
  const ids: SheetIds = ctx.store.sheetIds();
  const found = {} as Record<SheetKey, Found | undefined>;
  const known = Object.keys(ids).length > 0;
  let lone: Sheet | null = null;

  if (known) {
    for (const key of SHEET_ORDER) {
      const id = ids[key];
      const byId = id === undefined ? null : sheetById(ctx.ss, id);
      if (byId) {
        found[key] = { sheet: byId, created: false, byId: true };
        continue;
      }
      const byName = ctx.ss.getSheetByName(SHEET_NAMES[key]);
      if (byName) found[key] = { sheet: byName, created: false };
    }
  } else {
    const all = ctx.ss.getSheets();
    const byName = new Map(
      all.map((s) => {
        const name = s.getName();
        rememberSheetName(ctx, s, name);
        return [normalizeHeader(name), s] as const;
      }),
    );
    for (const key of SHEET_ORDER) {
      const sheet = byName.get(normalizeHeader(SHEET_NAMES[key]));
      if (sheet) found[key] = { sheet, created: false };
    }
    if (
      all.length === 1 &&
      !SHEET_ORDER.some((k) => found[k]) &&
      all[0].getLastRow() === 0 &&
      all[0].getLastColumn() === 0
    ) {
      lone = all[0];
    }
  }

  const next: SheetIds = { ...ids };
  for (const key of SHEET_ORDER) {
    let entry = found[key];
    if (!entry) {
      const name = SHEET_NAMES[key];
      let sheet: Sheet;
      if (lone) {
        sheet = lone;
        const old = sheet.getName();
        sheet.setName(name);
        ctx.onUndo(() => sheet.setName(old));
        lone = null;
      } else {
        sheet = ctx.ss.insertSheet(name);
        ctx.onUndo(() => ctx.ss.deleteSheet(sheet));
      }
      created.push(name);
      rememberSheetName(ctx, sheet, name);
      entry = { sheet, created: true };
      found[key] = entry;
    }
    if (!entry.byId) next[key] = entry.sheet.getSheetId();
  }
  if (JSON.stringify(next) !== JSON.stringify(ids)) ctx.store.saveSheetIds(next);
  return found as Record<SheetKey, Found>;
}

/**
 * Writes the headers SPEC expects that are missing into row 1, after every column that holds
 * anything, so nothing she typed is covered. Returns the new columns (0-based) or null.
 */
function appendMissingColumns(
  ctx: Ctx,
  sheet: Sheet,
  values: Cell[][],
  expected: string[],
): { columns: number[] } | null {
  const header = (values[0] ?? []).map((h) => normalizeHeader(h));
  const empty = values.length <= 1 && header.every((h) => h === '');
  const missing = expected.filter((h) => !header.includes(normalizeHeader(h)));
  if (missing.length === 0) return null;
  const start = empty ? 1 : (values[0]?.length ?? 0) + 1;
  const last = start + missing.length - 1;
  const maxColumns = sheet.getMaxColumns();
  if (last > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, last - maxColumns);
    ctx.onUndo(() => sheet.deleteColumns(maxColumns + 1, last - maxColumns));
  }
  const range = sheet.getRange(1, start, 1, missing.length);
  range.setValues([missing]);
  ctx.onUndo(() => range.setValues([missing.map(() => '')]));
  console.log(`setup: ${missing.length} columns added to a sheet`);
  return { columns: missing.map((_, i) => start - 1 + i) };
}

/**
 * Seeding the budget and timeline and refreshing the dashboard belong to that work
 * (src/server/api/budget.ts, timeline.ts, overview.ts). They are called by name when those
 * files export them — seedBudget, seedTimeline, refreshOverviewSheet — so setup works before
 * and after they land. They get the tables setup has read (no sheet is read twice), the
 * Oversigt sheet it found, and whether their own formats need applying: only for a sheet
 * setup formatted in this run, else they are skipped like setup's own (store.sheetLayouts).
 * A truthy result means the sheet was changed.
 */
function runOtherAreas(
  ctx: Ctx,
  sheets: Record<SheetKey, Found>,
  tables: Record<SheetKey, Table>,
  formatted: ReadonlySet<SheetKey>,
  updated: Set<string>,
): void {
  const created = new Set(SHEET_ORDER.filter((k) => sheets[k].created));
  const formats = (...keys: SheetKey[]): SeedOptions => ({
    formats: keys.some((k) => formatted.has(k) || created.has(k)) ? 'apply' : 'skip',
    created,
  });
  const steps: [SheetKey, unknown, SeedOptions & { sheet?: Sheet }][] = [
    ['budget', (budgetArea as Record<string, unknown>).seedBudget, formats('budget', 'expenses')],
    ['timeline', (timelineArea as Record<string, unknown>).seedTimeline, formats('timeline')],
    [
      'overview',
      (overviewArea as Record<string, unknown>).refreshOverviewSheet,
      { ...formats('overview'), sheet: sheets.overview.sheet },
    ],
  ];
  for (const [key, step, options] of steps) {
    if (typeof step !== 'function') continue;
    const result = (step as (ctx: Ctx, tables: ReadTables, options: SeedOptions) => unknown)(
      ctx,
      tables,
      options,
    );
    if (result && !sheets[key].created && key !== 'overview') updated.add(sheets[key].sheet.getName());
  }
}
