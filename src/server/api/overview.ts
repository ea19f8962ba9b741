// Oversigt: the dashboard. getOverview computes every figure from the sheets and only reads;
// refreshOverview (and setup, through refreshOverviewSheet) also writes them into Oversigt as
// values with two charts that are inserted once and updated afterwards.
//
// Spreadsheet calls are constant (figures in `npm run bench`): getOverview reads each sheet it
// needs once; refreshOverview adds the tidy-up of Budget/Udgifter and the Oversigt write.
import { decorate } from '../decorate';
import type { Language, Mark } from '../../shared/api';
import type { Overview } from '../../shared/budget';
import { formatShare, parseMark } from '../../core/attendance';
import {
  buildOverview,
  outlookLabel,
  overviewLayout,
  type CellStyle,
  type OverviewRefs,
  type SheetLayout,
} from '../../core/dashboard';
import { t, type MessageKey } from '../../core/i18n';
import { attendanceColumns, moduleHeader, PERSON_COLUMNS } from '../../core/schema';
import type { Ctx } from '../runtime';
import { read, write } from '../runtime';
import { cellValue, PLAIN_TEXT, toCell } from '../sheets/cells';
import { findSheet, openTable, readSheet, requireSheet, sheetName, type Table } from '../sheets/table';
import { DocumentStore } from '../store';
import {
  BUDGET_REQUIRED,
  budgetFigures,
  columnLetters,
  COLOURS,
  EXPENSE_REQUIRED,
  openBudget,
  openExpenses,
  projectLeaderHours,
  sameFormula,
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
    persons: tableOf(ctx, tables, 'persons', () => openTable(ctx, 'persons', persons, ['Status']), [
      'Status',
    ]),
    attendance: tableOf(ctx, tables, 'attendance', () => openTable(ctx, 'attendance', attendance, ['ID']), [
      'ID',
    ]),
    budget: tableOf(ctx, tables, 'budget', () => openBudget(ctx), BUDGET_REQUIRED),
    expenses: tableOf(ctx, tables, 'expenses', () => openExpenses(ctx), EXPENSE_REQUIRED),
    timeline: tableOf(ctx, tables, 'timeline', () => openTimeline(ctx), TIMELINE_REQUIRED),
  };
}

/** Every figure of the dashboard from tables already read. Counts only, no names. */
export function computeOverview(ctx: Ctx, s: OverviewSources): Overview {
  const p = s.persons;
  const statusById = new Map<string, string>();
  const persons = p.filledRows().map(({ row }) => {
    if (p.has('ID')) statusById.set(p.text(row, 'ID'), p.text(row, 'Status'));
    return {
      name: p.has('Navn') ? p.text(row, 'Navn') : undefined,
      status: p.text(row, 'Status'),
      area: p.has('Boligområde') ? p.text(row, 'Boligområde') : '',
      languages: p.has('Sprog') ? p.text(row, 'Sprog') : '',
      activeVolunteer: p.has('Aktiv bydelsmor') ? p.text(row, 'Aktiv bydelsmor') : '',
      educationOrJob: p.has('Uddannelse/job') ? p.text(row, 'Uddannelse/job') : '',
    };
  });
  const a = s.attendance;
  const T = ctx.settings.modules;
  const markColumns = Array.from({ length: T }, (_, i) =>
    a.has(moduleHeader(i + 1)) ? a.col(moduleHeader(i + 1)) : -1,
  );
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
    budget: budgetFigures(ctx, s.budget, s.expenses, s.attendance),
    leaderHours: projectLeaderHours(s.budget, s.expenses),
    timeline: timelineRows(s.timeline, ctx.today),
  });
}

export function getOverview(): Overview {
  return read((ctx) => computeOverview(ctx, openSources(ctx)));
}

/** The sidebar-opening refresh (menu.ts): nothing before setup has made Oversigt. */
export function refreshOverviewIfSetUp(): void {
  if (new DocumentStore().sheetIds().overview === undefined) return;
  write((ctx) => {
    if (findSheet(ctx, 'overview') !== null) refreshOverviewSheet(ctx);
  });
}

export function refreshOverview(): Overview {
  return write((ctx) => refreshOverviewSheet(ctx));
}

const STYLE: Record<
  CellStyle,
  { weight: 'bold' | 'normal'; background: string | null; color: string; size: number }
> = {
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
export function refreshOverviewSheet(
  ctx: Ctx,
  tables?: ReadTables,
  options: SeedOptions & { sheet?: Sheet } = {},
): Overview {
  const sources = openSources(ctx, tables);
  tidyBudgetSheets(ctx, sources.budget, sources.expenses);
  const overview = computeOverview(ctx, sources);
  const lines = overview.budget.lines.map((l) => ({
    line: l.line,
    oneOff: l.oneOff,
    perModule: l.perModule,
  }));
  const layoutWith = (names: boolean) =>
    overviewLayout(lines, overviewRefs(ctx, sources, names), ctx.settings, ctx.lang);
  const layout = layoutWith(false);
  const created = options.created?.has('overview') ?? false;
  writeLayout(ctx, options.sheet ?? requireSheet(ctx, 'overview'), layout, created, () => layoutWith(true));
  console.log(`refreshOverview: ${layout.values.length} rows`);
  return overview;
}

/**
 * Where the dashboard's formulas read, from the columns as they stand today (found by header).
 * Without `names` the sheets are a placeholder: enough to compare with the formulas in place
 * (Sheets rewrites sheet references itself when a sheet is renamed), so their names are asked
 * for only when the dashboard must be written.
 */
export function overviewRefs(ctx: Ctx, s: OverviewSources, names = true): OverviewRefs {
  const sheetRef = (table: Table) => (names ? `'${sheetName(ctx, table.sheet).replace(/'/g, "''")}'` : "'_'");
  const letter = (t: Table, header: string) => columnLetters(t.col(header) + 1);
  const maybe = (t: Table, header: string) => (t.has(header) ? letter(t, header) : null);
  const p = s.persons.require(['ID', 'Navn', 'Status']);
  const a = s.attendance.require(['ID', 'Status', 'Fremmøde %']);
  return {
    persons: {
      sheet: sheetRef(p),
      name: letter(p, 'Navn'),
      status: letter(p, 'Status'),
      id: letter(p, 'ID'),
      active: maybe(p, 'Aktiv bydelsmor'),
      educationOrJob: maybe(p, 'Uddannelse/job'),
    },
    attendance: {
      sheet: sheetRef(a),
      id: letter(a, 'ID'),
      status: letter(a, 'Status'),
      rate: letter(a, 'Fremmøde %'),
      diploma: maybe(a, 'Diplom'),
      modules: Array.from({ length: ctx.settings.modules }, (_, i) => maybe(a, moduleHeader(i + 1)) ?? ''),
    },
    budget: { sheet: sheetRef(s.budget), line: letter(s.budget, 'Post'), amount: letter(s.budget, 'Budget') },
    expenses: {
      sheet: sheetRef(s.expenses),
      line: letter(s.expenses, 'Post'),
      amount: letter(s.expenses, 'Beløb'),
    },
    timeline: {
      sheet: sheetRef(s.timeline),
      activity: letter(s.timeline, 'Aktivitet'),
      deadline: letter(s.timeline, 'Frist'),
      status: letter(s.timeline, 'Status'),
    },
  };
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
function layoutFingerprint(
  layout: SheetLayout,
  lang: Language,
): { shape: string; styles: string; charts: string } {
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

/** Column A holds labels and line names only; a figure in any other column starting with '=' is a formula. */
const isFormula = (value: unknown, column: number) =>
  column > 0 && typeof value === 'string' && value.startsWith('=');

/** Whether the sheet already holds the layout: the same formulas (as Sheets may respell them) and values. */
function sameContent(oldValues: unknown[][], oldFormulas: string[][], next: (string | number)[][]): boolean {
  return next.every((row, i) =>
    row.every((v, j) => {
      const formula = oldFormulas[i]?.[j] ?? '';
      if (isFormula(v, j)) return formula !== '' && sameFormula(formula, v as string);
      return formula === '' && oldValues[i]?.[j] === v;
    }),
  );
}

/**
 * Writes the dashboard with as few calls as the change allows, guided by the fingerprint of
 * what was written last time (store.sheetLayouts().overview): an unchanged dashboard costs the
 * read of its values and formulas; a new layout one write; new colours three more; a new shape
 * rewrites the block (clearing only rows it no longer uses, so the title keeps its size);
 * charts are touched only when their places or language change. The figures are formulas, so
 * nothing here runs when data change — only when the shape does (lines, modules, settings).
 */
function writeLayout(
  ctx: Ctx,
  sheet: Sheet,
  layout: SheetLayout,
  created: boolean,
  withNames: () => SheetLayout,
): void {
  const next = layoutFingerprint(layout, ctx.lang);
  const [version, shape, styles, charts] = (ctx.store.sheetLayouts().overview ?? '').split('|');
  const known = version === 'overview-3';
  const oldValues = created ? [] : (readSheet(sheet) as unknown[][]);
  const oldRows = oldValues.length;
  const oldWidth = oldValues.reduce((w, r) => Math.max(w, r.length), 0);
  const rows = layout.values.length;
  const range = sheet.getRange(1, 1, rows, layout.width);
  const sameShape = known && shape === next.shape && oldRows === rows && oldWidth === layout.width;
  const oldFormulas = oldRows > 0 ? sheet.getRange(1, 1, oldRows, Math.max(1, oldWidth)).getFormulas() : [];
  const valuesChanged = !sameShape || !sameContent(oldValues, oldFormulas, layout.values);
  const stylesChanged = !sameShape || styles !== next.styles;
  const chartsChanged = !known || charts !== next.charts || created;
  if (!valuesChanged && !stylesChanged && !chartsChanged) return;

  // An empty Oversigt (new, or the blank sheet setup renamed) is emptied again on failure.
  if (oldRows === 0) ctx.onUndo(() => range.clear());
  if (oldRows > 0 && valuesChanged) {
    // Undo puts the old dashboard back, its formulas as formulas and anything else as values.
    const old = oldValues.map((r, i) =>
      padTo(r, oldWidth).map((v, j) => (oldFormulas[i]?.[j] ? oldFormulas[i][j] : toCell(v))),
    );
    ctx.onUndo(() => {
      sheet.clear();
      sheet.getRange(1, 1, oldRows, Math.max(1, oldWidth)).setValues(old);
    });
  }
  if (!sameShape) {
    // Rows or columns the new layout no longer uses are cleared; the rest is overwritten.
    if (oldRows > rows)
      sheet.getRange(rows + 1, 1, oldRows - rows, Math.max(1, oldWidth, layout.width)).clear();
    if (oldWidth > layout.width) sheet.getRange(1, layout.width + 1, rows, oldWidth - layout.width).clear();
    range.setNumberFormats(layout.formats);
  }
  // Its text cells are plain text ('@'): text goes in as it is there (cells.ts, README "Text cells").
  if (valuesChanged) {
    range.setValues(
      withNames().values.map((r, i) =>
        r.map((v, j) => (isFormula(v, j) ? v : cellValue(v, layout.formats[i]?.[j] === PLAIN_TEXT))),
      ),
    );
  }
  if (stylesChanged) {
    const cells = layout.styles.map((r) => r.map((s) => STYLE[s]));
    range.setFontWeights(cells.map((r) => r.map((s) => s.weight)));
    range.setBackgrounds(cells.map((r) => r.map((s) => s.background)));
    range.setFontColors(cells.map((r) => r.map((s) => s.color)));
    decorate('overview: colours', () =>
      setOutlookColours(sheet, range, ctx.lang, ctx.settings.requiredShare),
    );
  }
  if (oldRows === 0) sheet.getRange(1, 1).setFontSize(STYLE.title.size);
  let chartsPart = next.charts;
  if (chartsChanged) {
    // Charts are decoration (decorate.ts): the figures beside them are the data.
    let inserted = false;
    if (!decorate('overview: charts', () => (inserted = upsertCharts(sheet, layout, ctx.lang))))
      chartsPart = 'charts-failed';
    if (inserted) {
      // First time: the widths the layout is made for (later the coordinator's widths stay).
      sheet.setColumnWidth(1, 300);
      sheet.setColumnWidths(2, layout.width - 1, 130);
    }
  }
  const fingerprint = ['overview-3', next.shape, next.styles, chartsPart].join('|');
  if (ctx.store.sheetLayouts().overview !== fingerprint)
    ctx.store.saveSheetLayouts({ ...ctx.store.sheetLayouts(), overview: fingerprint });
}

/**
 * The colours that follow the figures (they are formulas, so the colours are conditional rules,
 * all on the dashboard's one block — one call; the sheet is a dashboard, not hers): an outlook
 * red when over budget and amber when it asks her to look, a negative amount red, "I risiko"
 * amber and "Under 90 %" red when not 0.
 */
function setOutlookColours(
  sheet: Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  lang: Language,
  requiredShare: number,
): void {
  const rule = () => SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  const amber = ['overPace', 'underPace', 'notSpentLate'] as const;
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const flag = (label: string) => `=AND($A1=${quoted(label)},ISNUMBER(B1),B1>0)`;
  sheet.setConditionalFormatRules([
    rule().whenTextEqualTo(outlookLabel('over', lang)).setBackground(COLOURS.red).build(),
    ...amber.map((o) => rule().whenTextEqualTo(outlookLabel(o, lang)).setBackground(COLOURS.amber).build()),
    rule().whenNumberLessThan(0).setBackground(COLOURS.red).build(),
    rule()
      .whenFormulaSatisfied(flag(t(lang, 'attendanceStatusAtRisk')))
      .setBackground(COLOURS.amber)
      .build(),
    rule()
      .whenFormulaSatisfied(
        flag(t(lang, 'attendanceStatusBelow', { percent: formatShare(requiredShare, lang) })),
      )
      .setBackground(COLOURS.red)
      .build(),
  ]);
}

function titles(key: MessageKey): string[] {
  return (['da', 'en'] as Language[]).map((lang) => t(lang, key));
}

/**
 * Our charts are found again by their title in either language: one per kind, updated in
 * place (ranges follow the layout), never a second copy. Charts of her own are left alone.
 */
function upsertCharts(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: SheetLayout,
  lang: Language,
): boolean {
  const wanted: { key: MessageKey; row: number; rows: number; columns: number; anchorRow: number }[] = [
    {
      key: 'budgetChartTitle',
      row: layout.budgetChart.row,
      rows: layout.budgetChart.rows,
      columns: 3,
      anchorRow: layout.budgetChart.row,
    },
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
  const existing = sheet
    .getCharts()
    .map((chart) => ({ chart, title: String(chart.getOptions().get('title') ?? '') }));
  const anchorColumn = layout.width + 2;
  let inserted = false;
  for (const w of wanted) {
    const range = sheet.getRange(w.row, 1, w.rows, w.columns);
    const known = titles(w.key);
    const chart = existing.find((c) => known.includes(c.title))?.chart;
    const title = t(lang, w.key);
    if (chart) {
      sheet.updateChart(
        chart
          .modify()
          .clearRanges()
          .addRange(range)
          .setOption('title', title)
          .setPosition(w.anchorRow, anchorColumn, 0, 0)
          .build(),
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
