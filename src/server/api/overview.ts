// Oversigt: the dashboard. getOverview computes every figure from the sheets and only reads;
// refreshOverview (and setup, through refreshOverviewSheet) also writes them into Oversigt as
// values with two charts that are inserted once and updated afterwards.
//
// Spreadsheet calls are constant (figures in `npm run bench`): getOverview reads each sheet it
// needs once; refreshOverview adds the tidy-up of Budget/Udgifter and the Oversigt write.
import { decorate } from '../decorate';
import type { Language, Mark } from '../../shared/api';
import type { LeaderHours, Overview } from '../../shared/budget';
import { parseMark } from '../../core/attendance';
import { isLeaderLine, leaderHours } from '../../core/budget';
import { buildOverview, overviewLayout, type CellStyle, type SheetLayout } from '../../core/dashboard';
import { t, type MessageKey } from '../../core/i18n';
import { attendanceColumns, moduleHeader, PERSON_COLUMNS } from '../../core/schema';
import type { Ctx } from '../runtime';
import { read, write } from '../runtime';
import { cellValue, PLAIN_TEXT, toCell } from '../sheets/cells';
import { openTable, readSheet, requireSheet, type Table } from '../sheets/table';
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
  const statusById = new Map<string, string>();
  const persons = p.filledRows().map(({ row }) => {
    if (p.has('ID')) statusById.set(p.text(row, 'ID'), p.text(row, 'Status'));
    return {
      status: p.text(row, 'Status'),
      area: p.has('Boligområde') ? p.text(row, 'Boligområde') : '',
      languages: p.has('Sprog') ? p.text(row, 'Sprog') : '',
    };
  });
  const a = s.attendance;
  const T = ctx.settings.modules;
  const markColumns = Array.from({ length: T }, (_, i) => (a.has(moduleHeader(i + 1)) ? a.col(moduleHeader(i + 1)) : -1));
  const attendance = a
    .filledRows()
    .filter(({ row }) => a.text(row, 'ID') !== '')
    .map(({ row }) => ({
      marks: markColumns.map((c): Mark => (c < 0 ? '' : (parseMark(row[c]) ?? ''))),
      hasDiploma: a.has('Diplom') && a.text(row, 'Diplom') !== '',
      droppedOut: statusById.get(a.text(row, 'ID')) === 'Frafaldet',
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

/**
 * The dashboard's fingerprint in three parts — shape (size and number formats), colours, and
 * chart places with the language of their titles — so a refresh rewrites only what changed.
 */
function layoutFingerprint(layout: SheetLayout, lang: Language): { shape: string; styles: string; charts: string } {
  return {
    shape: hash(JSON.stringify([layout.width, layout.values.length, layout.formats])),
    styles: hash(JSON.stringify(layout.styles)),
    charts: hash(JSON.stringify([lang, layout.width, layout.budgetChart, layout.attendanceChart])),
  };
}

function padTo(row: unknown[], width: number): unknown[] {
  const out = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

function sameValues(old: unknown[][], next: (string | number)[][]): boolean {
  return next.every((row, i) => row.every((v, j) => old[i]?.[j] === v));
}

/**
 * Writes the dashboard with as few calls as the change allows, guided by the fingerprint of
 * what was written last time (store.sheetLayouts().overview): unchanged figures cost only the
 * read; new figures one write; new colours three more; a new shape rewrites the block (clearing
 * only rows it no longer uses, so the title keeps its size); charts are touched only when their
 * places or language change.
 */
function writeLayout(ctx: Ctx, sheet: Sheet, layout: SheetLayout, created: boolean): void {
  const next = layoutFingerprint(layout, ctx.lang);
  const [version, shape, styles, charts] = (ctx.store.sheetLayouts().overview ?? '').split('|');
  const known = version === 'overview-2';
  const oldValues = created ? [] : (readSheet(sheet) as unknown[][]);
  const oldRows = oldValues.length;
  const oldWidth = oldValues.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = layout.values.length;
  const sameShape = known && shape === next.shape && oldRows === rows && oldWidth === layout.width;
  const valuesChanged = !sameShape || !sameValues(oldValues, layout.values);
  const stylesChanged = !sameShape || styles !== next.styles;
  const chartsChanged = !known || charts !== next.charts || created;
  if (!valuesChanged && !stylesChanged && !chartsChanged) return;

  const range = sheet.getRange(1, 1, rows, layout.width);
  // An empty Oversigt (new, or the blank sheet setup renamed) is emptied again on failure.
  if (oldRows === 0) ctx.onUndo(() => range.clear());
  if (oldRows > 0 && valuesChanged) {
    // Undo puts the old figures back as values: the dashboard holds no formulas of ours, and a
    // successful refresh would overwrite anything typed there just the same.
    ctx.onUndo(() => {
      sheet.clear();
      sheet.getRange(1, 1, oldRows, Math.max(1, oldWidth)).setValues(oldValues.map((r) => padTo(r, oldWidth).map(toCell)));
    });
  }
  if (!sameShape) {
    // Rows or columns the new layout no longer uses are cleared; the rest is overwritten.
    if (oldRows > rows) sheet.getRange(rows + 1, 1, oldRows - rows, Math.max(1, oldWidth, layout.width)).clear();
    if (oldWidth > layout.width) sheet.getRange(1, layout.width + 1, rows, oldWidth - layout.width).clear();
    range.setNumberFormats(layout.formats);
  }
  // Its text cells are plain text ('@'): text goes in as it is there (cells.ts, README "Text cells").
  if (valuesChanged) range.setValues(layout.values.map((r, i) => r.map((v, j) => cellValue(v, layout.formats[i]?.[j] === PLAIN_TEXT))));
  if (stylesChanged) {
    const cells = layout.styles.map((r) => r.map((s) => STYLE[s]));
    range.setFontWeights(cells.map((r) => r.map((s) => s.weight)));
    range.setBackgrounds(cells.map((r) => r.map((s) => s.background)));
    range.setFontColors(cells.map((r) => r.map((s) => s.color)));
  }
  if (oldRows === 0) sheet.getRange(1, 1).setFontSize(STYLE.title.size);
  let chartsPart = next.charts;
  if (chartsChanged) {
    // Charts are decoration (decorate.ts): the figures beside them are the data.
    let inserted = false;
    if (!decorate('overview: charts', () => (inserted = upsertCharts(sheet, layout, ctx.lang)))) chartsPart = 'charts-failed';
    if (inserted) {
      // First time: the widths the layout is made for (later the coordinator's widths stay).
      sheet.setColumnWidth(1, 300);
      sheet.setColumnWidths(2, layout.width - 1, 130);
    }
  }
  const fingerprint = ['overview-2', next.shape, next.styles, chartsPart].join('|');
  if (ctx.store.sheetLayouts().overview !== fingerprint) ctx.store.saveSheetLayouts({ ...ctx.store.sheetLayouts(), overview: fingerprint });
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
  const existing = sheet.getCharts().map((chart) => ({ chart, title: String(chart.getOptions().get('title') ?? '') }));
  const anchorColumn = layout.width + 2;
  let inserted = false;
  for (const w of wanted) {
    const range = sheet.getRange(w.row, 1, w.rows, w.columns);
    const known = titles(w.key);
    const chart = existing.find((c) => known.includes(c.title))?.chart;
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
