// Oversigt: the dashboard. getOverview computes every figure from the sheets and only reads;
// refreshOverview (and setup, through refreshOverviewSheet) also writes them into Oversigt as
// values with two charts that are inserted once and updated afterwards.
//
// Spreadsheet calls are constant: getOverview reads five sheets (3 calls each = 15);
// refreshOverview adds the tidy-up of Budget/Udgifter and the Oversigt write (about 30).
import type { Language, Mark } from '../../shared/api';
import type { LeaderHours, Overview } from '../../shared/budget';
import { parseMark } from '../../core/attendance';
import { isLeaderLine, leaderHours } from '../../core/budget';
import { buildOverview, overviewLayout, type CellStyle, type SheetLayout } from '../../core/dashboard';
import { t, type MessageKey } from '../../core/i18n';
import { attendanceColumns, moduleHeader, PERSON_COLUMNS } from '../../core/schema';
import type { Ctx } from '../runtime';
import { read, write } from '../runtime';
import { toCell } from '../sheets/cells';
import { openTable, requireSheet, type Table } from '../sheets/table';
import {
  BUDGET_REQUIRED,
  budgetFigures,
  budgetLines,
  budgetNote,
  EXPENSE_REQUIRED,
  expenseRows,
  openBudget,
  openExpenses,
  tableOf,
  tidyBudgetSheets,
  type ReadTables,
  type SeedOptions,
} from './budget';
import { openTimeline, TIMELINE_REQUIRED, timelineRows } from './timeline';

export interface OverviewSources {
  budget: Table;
  expenses: Table;
  timeline: Table;
  persons: Table;
  attendance: Table;
}

/** The five sheets the dashboard reads; in setup, the tables it has read already are reused. */
export function openSources(ctx: Ctx, tables?: ReadTables): OverviewSources {
  const persons = PERSON_COLUMNS.map((c) => c.header);
  const attendance = attendanceColumns(ctx.settings.modules).map((c) => c.header);
  return {
    persons: tableOf(ctx, tables, 'persons', () => openTable(ctx, 'persons', persons, ['Status']), ['Status']),
    attendance: tableOf(ctx, tables, 'attendance', () => openTable(ctx, 'attendance', attendance, ['ID']), ['ID']),
    budget: tableOf(ctx, tables, 'budget', () => openBudget(ctx), BUDGET_REQUIRED),
    expenses: tableOf(ctx, tables, 'expenses', () => openExpenses(ctx), EXPENSE_REQUIRED),
    timeline: tableOf(ctx, tables, 'timeline', () => openTimeline(ctx), TIMELINE_REQUIRED),
  };
}

function projectLeaderHours(budget: Table, expenses: Table): LeaderHours | null {
  const line = budgetLines(budget).find((l) => isLeaderLine(l.line));
  if (!line) return null;
  return leaderHours({ line: line.line, note: budgetNote(budget, line.row) }, expenseRows(expenses));
}

/** Every figure of the dashboard from tables already read. Counts only, no names. */
export function computeOverview(ctx: Ctx, s: OverviewSources): Overview {
  const p = s.persons;
  const persons = p.filledRows().map(({ row }) => ({
    status: p.text(row, 'Status'),
    area: p.has('Boligområde') ? p.text(row, 'Boligområde') : '',
    languages: p.has('Sprog') ? p.text(row, 'Sprog') : '',
  }));
  const a = s.attendance;
  const T = ctx.settings.modules;
  const markColumns = Array.from({ length: T }, (_, i) => (a.has(moduleHeader(i + 1)) ? a.col(moduleHeader(i + 1)) : -1));
  const attendance = a
    .filledRows()
    .filter(({ row }) => a.text(row, 'ID') !== '')
    .map(({ row }) => ({
      marks: markColumns.map((c): Mark => (c < 0 ? '' : (parseMark(row[c]) ?? ''))),
      hasDiploma: a.has('Diplom') && a.text(row, 'Diplom') !== '',
    }));
  return buildOverview({
    today: ctx.today,
    settings: ctx.settings,
    persons,
    attendance,
    budget: budgetFigures(ctx, s.budget, s.expenses),
    leaderHours: projectLeaderHours(s.budget, s.expenses),
    timeline: timelineRows(s.timeline, ctx.today),
  });
}

export function getOverview(): Overview {
  return read((ctx) => computeOverview(ctx, openSources(ctx)));
}

export function refreshOverview(): Overview {
  return write((ctx) => refreshOverviewSheet(ctx));
}

const STYLE: Record<CellStyle, { weight: 'bold' | 'normal'; background: string | null; color: string; size: number }> = {
  title: { weight: 'bold', background: null, color: '#1f3864', size: 14 },
  section: { weight: 'bold', background: '#dbe8fb', color: '#1f3864', size: 12 },
  header: { weight: 'bold', background: '#f3f3f3', color: '#000000', size: 10 },
  label: { weight: 'normal', background: null, color: '#000000', size: 10 },
  value: { weight: 'normal', background: null, color: '#000000', size: 10 },
  good: { weight: 'bold', background: '#d9ead3', color: '#000000', size: 10 },
  warn: { weight: 'bold', background: '#fce8b2', color: '#000000', size: 10 },
  over: { weight: 'bold', background: '#f4c7c3', color: '#000000', size: 10 },
  note: { weight: 'normal', background: null, color: '#666666', size: 9 },
};

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Called by setupWorkbook, refreshOverview and anything else that writes: tidies Budget and
 * Udgifter (live formulas, text amounts), then writes the dashboard into Oversigt in one block
 * and inserts or updates its charts. Returns the figures it wrote. Setup passes the tables and
 * the Oversigt sheet it has already found, so nothing is read twice.
 */
export function refreshOverviewSheet(ctx: Ctx, tables?: ReadTables, options: SeedOptions & { sheet?: Sheet } = {}): Overview {
  const sources = openSources(ctx, tables);
  tidyBudgetSheets(ctx, sources.budget, sources.expenses);
  const overview = computeOverview(ctx, sources);
  const layout = overviewLayout(overview, ctx.lang, ctx.settings.requiredShare);
  const created = options.created?.has('overview') ?? false;
  writeLayout(ctx, options.sheet ?? requireSheet(ctx, 'overview'), layout, created);
  console.log(`refreshOverview: ${layout.values.length} rows`);
  return overview;
}

/** FNV-1a: a short, stable fingerprint for document properties (not for security). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Everything of the dashboard but its figures: shape, formats, colours, chart places, language. */
function layoutFingerprint(layout: SheetLayout, lang: Language): string {
  const shape = {
    lang,
    width: layout.width,
    rows: layout.values.length,
    formats: layout.formats,
    styles: layout.styles,
    charts: [layout.budgetChart, layout.attendanceChart],
  };
  return `overview-1|${hash(JSON.stringify(shape))}`;
}

function sameValues(old: unknown[][], next: (string | number)[][]): boolean {
  return next.every((row, i) => row.every((v, j) => old[i][j] === v));
}

/**
 * Writes the dashboard. When the shape, formats, colours and charts are the ones written last
 * time (the fingerprint in store.sheetLayouts), only the figures are written, and nothing at
 * all when they are unchanged: a refresh then costs the one read. Otherwise the sheet is
 * rewritten whole, with its styles and charts.
 */
function writeLayout(ctx: Ctx, sheet: Sheet, layout: SheetLayout, created: boolean): void {
  const fingerprint = layoutFingerprint(layout, ctx.lang);
  const stored = ctx.store.sheetLayouts().overview;
  const old = created ? null : sheet.getDataRange();
  const oldValues = old ? old.getValues() : [];
  const restore = (range: GoogleAppsScript.Spreadsheet.Range) => {
    const formulas = range.getFormulas();
    return () => range.setValues(oldValues.map((r, i) => r.map((v, j) => formulas[i][j] || toCell(v))));
  };
  const sameShape = old !== null && oldValues.length === layout.values.length && oldValues.every((r) => r.length === layout.width);
  if (old && sameShape && stored === fingerprint) {
    if (sameValues(oldValues, layout.values)) return;
    const undo = restore(old);
    old.setValues(layout.values.map((r) => r.map(toCell)));
    ctx.onUndo(undo);
    return;
  }
  if (old) {
    const undo = restore(old);
    sheet.clear();
    ctx.onUndo(() => {
      sheet.clear();
      undo();
    });
  }
  const range = sheet.getRange(1, 1, layout.values.length, layout.width);
  range.setNumberFormats(layout.formats);
  range.setValues(layout.values.map((r) => r.map(toCell)));
  const styles = layout.styles.map((r) => r.map((s) => STYLE[s]));
  range.setFontWeights(styles.map((r) => r.map((s) => s.weight)));
  range.setBackgrounds(styles.map((r) => r.map((s) => s.background)));
  range.setFontColors(styles.map((r) => r.map((s) => s.color)));
  sheet.getRange(1, 1).setFontSize(STYLE.title.size);
  if (upsertCharts(sheet, layout, ctx.lang)) {
    // First time: the widths the layout is made for (later the coordinator's widths stay).
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidths(2, layout.width - 1, 130);
  }
  if (stored !== fingerprint) ctx.store.saveSheetLayouts({ ...ctx.store.sheetLayouts(), overview: fingerprint });
}

function titles(key: MessageKey): string[] {
  return (['da', 'en'] as Language[]).map((lang) => t(lang, key));
}

/**
 * Our charts are found again by their title in either language: one per kind, updated in
 * place (ranges follow the layout), never a second copy. Charts of her own are left alone.
 */
function upsertCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: SheetLayout, lang: Language): boolean {
  const wanted: { key: MessageKey; row: number; rows: number; columns: number; anchorRow: number }[] = [
    { key: 'budgetChartTitle', row: layout.budgetChart.row, rows: layout.budgetChart.rows, columns: 3, anchorRow: layout.budgetChart.row },
  ];
  if (layout.attendanceChart) {
    wanted.push({
      key: 'budgetChartAttendanceTitle',
      row: layout.attendanceChart.row,
      rows: layout.attendanceChart.rows,
      columns: 2,
      anchorRow: layout.attendanceChart.row,
    });
  }
  const existing = sheet.getCharts();
  const anchorColumn = layout.width + 2;
  let inserted = false;
  for (const w of wanted) {
    const range = sheet.getRange(w.row, 1, w.rows, w.columns);
    const known = titles(w.key);
    const chart = existing.find((c) => known.includes(String(c.getOptions().get('title') ?? '')));
    const title = t(lang, w.key);
    if (chart) {
      sheet.updateChart(
        chart.modify().clearRanges().addRange(range).setOption('title', title).setPosition(w.anchorRow, anchorColumn, 0, 0).build(),
      );
    } else {
      sheet.insertChart(
        sheet
          .newChart()
          .asColumnChart()
          .addRange(range)
          .setNumHeaders(1)
          .setOption('title', title)
          .setPosition(w.anchorRow, anchorColumn, 0, 0)
          .build(),
      );
      inserted = true;
    }
  }
  return inserted;
}
