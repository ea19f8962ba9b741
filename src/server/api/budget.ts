// Budget and Udgifter: addExpense, getBudget, and what setup does for both sheets (seed the
// lines, keep the live formulas right, formats, colours, the Post dropdown).
//
// The Budget sheet's Forbrug, Rest and Forbrug % are formulas (SUMIF over Udgifter), so the
// sheet stays live when the coordinator types an expense by hand; addExpense therefore only
// reads Budget and appends one row to Udgifter. getBudget never trusts those formula results:
// it sums the raw Udgifter rows itself in exact øre.
//
// Spreadsheet calls: constant (figures in `npm run bench`); addExpense reads Budget and Udgifter and appends one row.
// updateExpense reads both and writes one block; deleteExpense reads Udgifter and deletes one row.
import { savedSeedOf } from '../seedSource';
import { budgetSeedFromSaved } from '../../core/savedSetup';
import { decorate } from '../decorate';
import type { NewExpense } from '../../shared/api';
import type { BudgetResult, ExpenseListRow, LeaderHours } from '../../shared/budget';
import { UserError } from '../../core/errors';
import {
  computeBudget,
  expenseWarnings,
  expenseWarningText,
  isLeaderLine,
  isOneOffNote,
  isPerModuleNote,
  leaderHours,
  lineKey,
  patchedExpense,
  requireExpected,
  requireExpenseRow,
  sameExpense,
  type ExpectedExpense,
  type ValidExpense,
  oereOfKroner,
  OVER_SHARE,
  WARN_SHARE,
  SEEDED_BUDGET,
  validateExpense,
  type BudgetLineInput,
  type ExpenseInput,
} from '../../core/budget';
import { fromOere } from '../../core/money';
import { BUDGET_COLUMNS, EXPENSE_COLUMNS, type SheetKey } from '../../core/schema';
import type { Ctx } from '../runtime';
import { heldNow, openAttendance } from './attendance';
import { read, write } from '../runtime';
import { dateCell, isoOfCell } from '../sheets/cells';
import { appendRows, deleteRows, openTable, writeRows, type Cell, type Table } from '../sheets/table';

export const BUDGET_HEADERS = BUDGET_COLUMNS.map((c) => c.header);
export const EXPENSE_HEADERS = EXPENSE_COLUMNS.map((c) => c.header);
/** What addExpense and getBudget need; Note and Bilag may be missing. */
export const BUDGET_REQUIRED = ['Post', 'Budget'];
const BUDGET_FORMULA_HEADERS = ['Forbrug', 'Rest', 'Forbrug %'];
export const EXPENSE_REQUIRED = ['Dato', 'Post', 'Beløb', 'Beskrivelse', 'Registreret'];

export const COLOURS = { red: '#f4c7c3', amber: '#fce8b2', green: '#d9ead3', blue: '#dbe8fb' } as const;

// ---- Reading -----------------------------------------------------------------------------

/**
 * An amount as a cell holds it: a number, or text typed by hand in the Danish way
 * ('1.234,50', '1.234', '250 kr.') or the plain way ('1234.50'). Null when it is not an amount.
 */
export function oereOfAmountCell(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? oereOfKroner(value) : null;
  if (typeof value !== 'string') return null;
  let text = value.replace(/kr\.?|dkk/gi, '').replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  return oereOfKroner(Number(text));
}

export function openBudget(ctx: Ctx): Table {
  return openTable(ctx, 'budget', BUDGET_HEADERS, BUDGET_REQUIRED);
}

export function openExpenses(ctx: Ctx): Table {
  return openTable(ctx, 'expenses', EXPENSE_HEADERS, EXPENSE_REQUIRED);
}

export function budgetLines(table: Table): BudgetLineInput[] {
  return table
    .filledRows()
    .filter(({ row }) => table.text(row, 'Post') !== '')
    .map(({ row, index }) => ({
      line: table.text(row, 'Post'),
      budgetOere: oereOfAmountCell(table.get(row, 'Budget')),
      row: index + 2,
      oneOff: table.has('Note') && isOneOffNote(table.text(row, 'Note')),
      perModule: table.has('Note') && isPerModuleNote(table.text(row, 'Note')),
    }));
}

export function budgetNote(table: Table, sheetRow: number): string {
  return table.has('Note') ? table.text(table.rows[sheetRow - 2], 'Note') : '';
}

export interface ExpenseRow extends ExpenseInput {
  description: string;
}

/** Rows of Udgifter that hold an expense (a Post or an amount); empty rows are skipped. */
export function expenseRows(table: Table): ExpenseRow[] {
  const out: ExpenseRow[] = [];
  for (const { row, index } of table.filledRows()) {
    const line = table.text(row, 'Post');
    const raw = table.get(row, 'Beløb');
    if (line === '' && (raw === '' || raw === null)) continue;
    out.push({
      line,
      amountOere: oereOfAmountCell(raw),
      row: index + 2,
      description: table.text(row, 'Beskrivelse'),
    });
  }
  return out;
}

/**
 * Budget against actual. A line marked "pr. modul" runs its pace over the modules held (any
 * mark in Fremmøde), so `attendance` is read — given, or opened — only when such a line exists.
 */
export function budgetFigures(
  ctx: Ctx,
  budget: Table,
  expenses: Table,
  attendance?: Table | (() => Table),
): BudgetResult {
  const lines = budgetLines(budget);
  let courseShare: number | undefined;
  if (lines.some((l) => l.perModule) && attendance !== undefined) {
    const table = typeof attendance === 'function' ? attendance() : attendance;
    const T = ctx.settings.modules;
    courseShare = T > 0 ? heldNow(table, ctx.settings).filter(Boolean).length / T : 0;
  }
  return computeBudget(lines, expenseRows(expenses), {
    grantOere: oereOfKroner(ctx.settings.grant),
    period: { start: ctx.settings.periodStart, end: ctx.settings.periodEnd },
    today: ctx.today,
    courseShare,
  });
}

// ---- The API -----------------------------------------------------------------------------

/** One expense as the sidebar's list shows it (and as `expected` names it back). */
export function expenseListRow(table: Table, index: number): ExpenseListRow {
  const row = table.rows[index];
  const oere = oereOfAmountCell(table.get(row, 'Beløb'));
  return {
    row: index + 2,
    date: isoOfCell(table.get(row, 'Dato')),
    line: table.text(row, 'Post'),
    amount: oere === null ? null : fromOere(oere),
    description: table.text(row, 'Beskrivelse'),
    receipt: table.has('Bilag') ? table.text(row, 'Bilag') : '',
  };
}

function lineBudgetOere(budget: Table, line: string): number {
  const key = lineKey(line);
  return budgetLines(budget)
    .filter((l) => lineKey(l.line) === key)
    .reduce((sum, l) => sum + (l.budgetOere ?? 0), 0);
}

/** What the line holds in Udgifter, leaving out one sheet row (the row being corrected). */
function lineSpentOere(expenses: Table, line: string, exceptRow = -1): number {
  const key = lineKey(line);
  return expenseRows(expenses)
    .filter((e) => e.row !== exceptRow && e.amountOere !== null && lineKey(e.line) === key)
    .reduce((sum, e) => sum + (e.amountOere ?? 0), 0);
}

function warningsFor(
  ctx: Ctx,
  budget: Table,
  expenses: Table,
  expense: ValidExpense,
  exceptRow = -1,
): string[] {
  const found = expenseWarnings(
    expense,
    lineBudgetOere(budget, expense.line),
    lineSpentOere(expenses, expense.line, exceptRow),
    { start: ctx.settings.periodStart, end: ctx.settings.periodEnd },
  );
  return found.map((w) => expenseWarningText(w, ctx.lang));
}

function expenseCells(ctx: Ctx, expenses: Table, expense: ValidExpense): Record<string, Cell> {
  return {
    Dato: dateCell(expense.date),
    Post: expense.line,
    Beløb: fromOere(expense.amountOere),
    Beskrivelse: expense.description,
    ...(expenses.has('Bilag') ? { Bilag: expense.receipt } : {}),
  };
}

export function addExpense(x: NewExpense): { row: number; warnings: string[] } {
  return write((ctx) => {
    const budget = openBudget(ctx);
    const expense = validateExpense(
      x,
      budgetLines(budget).map((l) => l.line),
    );
    const expenses = openExpenses(ctx);
    // Warnings are computed before the row is added: "the line's spending now" = others + this.
    const warnings = warningsFor(ctx, budget, expenses, expense);
    const row = expenses.buildRow({ ...expenseCells(ctx, expenses, expense), Registreret: ctx.now });
    const sheetRow = appendRows(ctx, expenses, [row]);
    console.log(`addExpense: row ${sheetRow}, ${warnings.length} warnings`);
    return { row: sheetRow, warnings };
  });
}

/**
 * The row she means, checked against what she saw: refused when it is not an expense row or
 * no longer holds exactly `expected` (someone sorted, edited or deleted rows meanwhile).
 */
function expenseAt(expenses: Table, row: number, expected: ExpectedExpense): number {
  const index = row - 2;
  const cells = expenses.rows[index];
  if (!cells || (expenses.text(cells, 'Post') === '' && expenses.get(cells, 'Beløb') === '')) {
    throw new UserError('budgetExpenseNoRow', { row });
  }
  const current = expenseListRow(expenses, index);
  const amountOere = current.amount === null ? null : oereOfKroner(current.amount);
  if (!sameExpense({ date: current.date, line: current.line, amountOere }, expected))
    throw new UserError('budgetExpenseChanged', { row });
  return index;
}

export function updateExpense(
  row: number,
  expected: { date: string; line: string; amount: number },
  patch: Partial<NewExpense>,
): { row: number; warnings: string[] } {
  return write((ctx) => {
    const sheetRow = requireExpenseRow(row);
    const want = requireExpected(expected);
    const budget = openBudget(ctx);
    const expenses = openExpenses(ctx);
    const index = expenseAt(expenses, sheetRow, want);
    const now = expenseListRow(expenses, index);
    const merged = patchedExpense(
      {
        date: now.date,
        line: now.line,
        amount: now.amount,
        description: now.description,
        ...(expenses.has('Bilag') ? { receipt: now.receipt } : {}),
      },
      patch,
    );
    const expense = validateExpense(
      merged,
      budgetLines(budget).map((l) => l.line),
    );
    const warnings = warningsFor(ctx, budget, expenses, expense, sheetRow);
    const next = expenses.rows.map((r) => r.slice());
    const cells = expenseCells(ctx, expenses, expense);
    for (const [header, value] of Object.entries(cells)) next[index][expenses.col(header)] = value;
    writeRows(ctx, expenses, next);
    console.log(`updateExpense: row ${sheetRow}, ${warnings.length} warnings`);
    return { row: sheetRow, warnings };
  });
}

export function deleteExpense(
  row: number,
  expected: { date: string; line: string; amount: number },
): { removed: number } {
  return write((ctx) => {
    const sheetRow = requireExpenseRow(row);
    const want = requireExpected(expected);
    const expenses = openExpenses(ctx);
    const index = expenseAt(expenses, sheetRow, want);
    deleteRows(ctx, expenses, [index]);
    console.log(`deleteExpense: row ${sheetRow}`);
    return { removed: 1 };
  });
}

/** Every expense row of Udgifter, newest sheet row first, for the sidebar's list. */
export function getExpenses(): ExpenseListRow[] {
  return read((ctx) => {
    const expenses = openExpenses(ctx);
    return expenseRows(expenses)
      .map((e) => expenseListRow(expenses, e.row - 2))
      .reverse();
  });
}

/** The project leader's hours per task, from the line's Note (the plan) and its expenses. */
export function projectLeaderHours(budget: Table, expenses: Table): LeaderHours | null {
  const line = budgetLines(budget).find((l) => isLeaderLine(l.line));
  if (!line) return null;
  return leaderHours({ line: line.line, note: budgetNote(budget, line.row) }, expenseRows(expenses));
}

export function getBudget(): BudgetResult {
  return read((ctx) => {
    const budget = openBudget(ctx);
    const expenses = openExpenses(ctx);
    return {
      ...budgetFigures(ctx, budget, expenses, () => openAttendance(ctx)),
      leaderHours: projectLeaderHours(budget, expenses),
    };
  });
}

// ---- Setup: seeding, formulas, formats ----------------------------------------------------

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The three live formulas of a Budget row, with the columns where they stand today, as a
 * function of the sheet row (the sheet name and letters are looked up once).
 */
export function budgetFormulas(
  budget: Table,
  expenses: Table,
  sheetName?: string,
): (sheetRow: number) => Record<string, string> {
  const letter = (t: Table, h: string) => columnLetters(t.col(h) + 1);
  const ref = sheetName === undefined ? sheetRef(expenses.sheet.getName()) : sheetName;
  const post = letter(expenses, 'Post');
  const amount = letter(expenses, 'Beløb');
  const [a, b, c] = [letter(budget, 'Post'), letter(budget, 'Budget'), letter(budget, 'Forbrug')];
  return (r) => ({
    Forbrug: `=SUMIF(${ref}!$${post}:$${post},$${a}${r},${ref}!$${amount}:$${amount})`,
    Rest: `=${b}${r}-${c}${r}`,
    'Forbrug %': `=IF(${b}${r}>0,${c}${r}/${b}${r},"")`,
  });
}

/** Any sheet reference ('Udgifter'! or Udgifter!) as one placeholder: Sheets rewrites them on a rename. */
const ANY_SHEET = '\u0000';
const withoutSheet = (f: string) => f.replace(/('(?:[^']|'')*'|[^\s!,()=:$]+)!/g, `${ANY_SHEET}!`);
export const sameFormula = (a: string, b: string) =>
  withoutSheet(a)
    .replace(/[\s'$]/g, '')
    .toUpperCase() ===
  withoutSheet(b)
    .replace(/[\s'$]/g, '')
    .toUpperCase();

/**
 * Writes the live formulas into every Budget row with a Post where they are missing or do not
 * match the columns of today (after a reorder or an inserted column). One read of the
 * formulas, and one write per formula column that needs one. Returns the rows fixed.
 */
export function ensureBudgetFormulas(ctx: Ctx, budget: Table, expenses: Table, fresh = false): number {
  budget.require(BUDGET_FORMULA_HEADERS);
  const lines = budgetLines(budget);
  if (lines.length === 0) return 0;
  const last = lines[lines.length - 1].row;
  const width = budget.header.length;
  if (!fresh && showsLiveFigures(budget, expenses, last)) return 0;
  // A sheet setup created in this request holds no formulas yet: nothing to read.
  const formulas = fresh
    ? Array.from({ length: last - 1 }, () => new Array<string>(width).fill(''))
    : budget.sheet.getRange(2, 1, last - 1, width).getFormulas();
  const fixed = new Set<number>();
  // Compared without the sheet reference (no call for the name); written with the real one.
  const shapeOf = budgetFormulas(budget, expenses, ANY_SHEET);
  let realOf: ((sheetRow: number) => Record<string, string>) | null = null;
  const formulasOf = (r: number) => (realOf ??= budgetFormulas(budget, expenses))(r);
  const columns: { c: number; before: Cell[]; after: Cell[] }[] = [];
  for (const header of BUDGET_FORMULA_HEADERS) {
    const c = budget.col(header);
    const before: Cell[] = [];
    const after: Cell[] = [];
    let changed = false;
    for (let r = 2; r <= last; r++) {
      const formula = formulas[r - 2][c];
      const current = formula !== '' ? formula : (budget.rows[r - 2]?.[c] ?? '');
      const old = formula !== '' ? formula : toLiteral(current);
      before.push(old);
      const hasLine = budget.text(budget.rows[r - 2], 'Post') !== '';
      const wanted = hasLine ? shapeOf(r)[header] : null;
      if (wanted !== null && !sameFormula(formula, wanted)) {
        after.push(formulasOf(r)[header]);
        changed = true;
        fixed.add(r);
      } else after.push(old);
    }
    if (changed) columns.push({ c, before, after });
  }
  // Neighbouring formula columns (Forbrug, Rest, Forbrug % as setup makes them) go in as one
  // block: one write instead of one per column.
  columns.sort((a, b) => a.c - b.c);
  for (let i = 0; i < columns.length;) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1].c === columns[j].c + 1) j++;
    const block = columns.slice(i, j + 1);
    const rows = (pick: 'before' | 'after') => block[0][pick].map((_, r) => block.map((col) => col[pick][r]));
    const range = budget.sheet.getRange(2, block[0].c + 1, last - 1, block.length);
    const before = rows('before');
    range.setValues(rows('after'));
    ctx.onUndo(() => range.setValues(before));
    i = j + 1;
  }
  return fixed.size;
}

const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) < 0.005;

/**
 * Whether every line's Forbrug, Rest and Forbrug % already show what the live formulas give
 * (SUMIF over Udgifter, computed here from the rows in hand). Then the formulas are in place
 * and need not be read; any doubt (an empty cell, text, a different figure) reads them.
 */
function showsLiveFigures(budget: Table, expenses: Table, last: number): boolean {
  const [post, planned, spent, rest, share] = ['Post', 'Budget', 'Forbrug', 'Rest', 'Forbrug %'].map((h) =>
    budget.col(h),
  );
  const [line, amount] = ['Post', 'Beløb'].map((h) => expenses.col(h));
  const sums = new Map<string, number>();
  for (const row of expenses.rows) {
    if (typeof row[amount] !== 'number') continue;
    const key = String(row[line] ?? '').toLowerCase();
    sums.set(key, (sums.get(key) ?? 0) + (row[amount] as number));
  }
  for (let r = 0; r <= last - 2; r++) {
    const row = budget.rows[r];
    if (budget.text(row, 'Post') === '') continue;
    const b = row[planned];
    if (typeof b !== 'number') return false;
    const used = sums.get(String(row[post] ?? '').toLowerCase()) ?? 0;
    if (!near(row[spent], used) || !near(row[rest], b - used)) return false;
    if (b > 0 ? !near(row[share], used / b) : row[share] !== '') return false;
  }
  return true;
}

function toLiteral(value: Cell): Cell {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/**
 * Amounts typed by hand as text ('1.234,50') are invisible to SUMIF: they are turned into the
 * numbers they say, so the Budget sheet's formulas and getBudget agree. Only those cells are
 * written (one block of the Beløb column); formulas in it are kept. Returns the rows fixed.
 */
export function normalizeExpenseAmounts(ctx: Ctx, expenses: Table): number {
  const c = expenses.col('Beløb');
  const fixes = new Map<number, number>();
  expenses.rows.forEach((row, i) => {
    const v = row[c];
    if (typeof v !== 'string' || v.trim() === '') return;
    const oere = oereOfAmountCell(v);
    if (oere !== null) fixes.set(i, fromOere(oere));
  });
  if (fixes.size === 0) return 0;
  const indexes = [...fixes.keys()];
  const top = Math.min(...indexes);
  const bottom = Math.max(...indexes);
  const range = expenses.sheet.getRange(top + 2, c + 1, bottom - top + 1, 1);
  const formulas = range.getFormulas();
  const before: Cell[][] = [];
  const after: Cell[][] = [];
  for (let i = top; i <= bottom; i++) {
    const old = formulas[i - top][0] !== '' ? formulas[i - top][0] : toLiteral(expenses.rows[i][c]);
    before.push([old]);
    after.push([fixes.has(i) ? fixes.get(i)! : old]);
  }
  range.setValues(after);
  ctx.onUndo(() => range.setValues(before));
  for (const [i, n] of fixes) expenses.rows[i][c] = n;
  return fixes.size;
}

/** Budget and Udgifter made ready for the day: live formulas right, text amounts as numbers. */
export function tidyBudgetSheets(ctx: Ctx, budget: Table, expenses: Table, fresh = false): number {
  if (tidied.has(ctx)) return 0;
  tidied.add(ctx);
  return normalizeExpenseAmounts(ctx, expenses) + ensureBudgetFormulas(ctx, budget, expenses, fresh);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A whole data column from row 2 down, as an open-ended A1 range ("C2:C"): one call, where
 * asking for the sheet's size first would cost a second.
 */
export function dataColumn(sheet: Sheet, column0: number): GoogleAppsScript.Spreadsheet.Range {
  const letter = columnLetters(column0 + 1);
  return sheet.getRange(`${letter}2:${letter}`);
}

/**
 * Puts the add-on's own conditional format rules of a sheet (recognised by condition and
 * colour) in place when any is missing, keeping the coordinator's; never duplicates them.
 */
export function ensureOwnRules(
  sheet: Sheet,
  signatures: readonly string[],
  build: () => GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
  force = false,
  fresh = false,
): void {
  // A sheet setup has just created holds no rules of hers: nothing to read or keep.
  if (fresh) {
    sheet.setConditionalFormatRules(build());
    return;
  }
  const existing = sheet.getConditionalFormatRules();
  const have = new Set(existing.map(ruleSignature));
  if (!force && signatures.every((s) => have.has(s))) return;
  const own = new Set(signatures);
  const kept = existing.filter((rule) => !own.has(ruleSignature(rule)));
  sheet.setConditionalFormatRules([...kept, ...build()]);
}

/** What identifies one of the add-on's rules: its condition, its values and its colour. */
export function signature(type: string, values: readonly unknown[], background: string): string {
  return `${type}|${values.map(String).join('|')}|${background.toLowerCase()}`;
}

function ruleSignature(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string {
  const cond = rule.getBooleanCondition();
  if (!cond) return '';
  return signature(
    String(cond.getCriteriaType()),
    cond.getCriteriaValues(),
    String(cond.getBackground() ?? ''),
  );
}

/** Tables setup has already read, passed on so a sheet is not read twice in one request. */
export type ReadTables = Partial<Record<SheetKey, Table>>;

/**
 * Tables already read in this request (by setup, or by an earlier step such as seedBudget
 * before refreshOverviewSheet), so one request reads a sheet once. Safe because every write
 * of these steps goes through the Table, which keeps its rows in step with the sheet.
 */
const readInRequest = new WeakMap<Ctx, ReadTables>();

/** A table read earlier in this request (checked for the required columns), or a fresh read. */
export function tableOf(
  ctx: Ctx,
  tables: ReadTables | undefined,
  key: SheetKey,
  open: () => Table,
  required: readonly string[],
): Table {
  const cache = readInRequest.get(ctx) ?? {};
  readInRequest.set(ctx, cache);
  const known = tables?.[key] ?? cache[key];
  if (known) return (cache[key] = known.require(required));
  return (cache[key] = open());
}

const tidied = new WeakSet<Ctx>();

function budgetRules(budget: Table): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const b = budget.sheet;
  const share = dataColumn(b, budget.col('Forbrug %'));
  const rest = dataColumn(b, budget.col('Rest'));
  return [
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(OVER_SHARE)
      .setBackground(COLOURS.red)
      .setRanges([share])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(WARN_SHARE)
      .setBackground(COLOURS.amber)
      .setRanges([share])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setBackground(COLOURS.red)
      .setRanges([rest])
      .build(),
  ];
}

const BUDGET_RULE_SIGNATURES = [
  signature('NUMBER_GREATER_THAN_OR_EQUAL_TO', [OVER_SHARE], COLOURS.red),
  signature('NUMBER_GREATER_THAN_OR_EQUAL_TO', [WARN_SHARE], COLOURS.amber),
  signature('NUMBER_LESS_THAN', [0], COLOURS.red),
];

/**
 * How a setup step treats its own formats (colours, dropdowns, charts). Outside setup it is
 * 'check': read what is in place and add what is missing. Setup knows more and says so:
 * 'apply' when it formatted the sheet in this run (created, or its header layout changed),
 * 'skip' when the layout fingerprint it stored (store.sheetLayouts) shows the formats were
 * applied to this very layout before — then not even a read is spent on them.
 */
export interface SeedOptions {
  formats?: 'check' | 'apply' | 'skip';
  /** Sheets setup created in this run: they hold nothing of hers to read or keep. */
  created?: ReadonlySet<SheetKey>;
}

/**
 * The colours of Budget (Forbrug % amber from 90 %, red from 100 %; a negative Rest red) and the
 * Post dropdown of Udgifter. Number formats and widths are setup's (src/server/sheets/format.ts).
 * 'check' applies each only when missing (a few calls on a sheet already set up); 'skip' costs none.
 */
function formatBudgetSheets(
  budget: Table,
  expenses: Table,
  mode: 'check' | 'apply' | 'skip',
  created: ReadonlySet<SheetKey>,
): void {
  if (mode === 'skip') return;
  const force = mode === 'apply';
  ensureOwnRules(
    budget.sheet,
    BUDGET_RULE_SIGNATURES,
    () => budgetRules(budget),
    force,
    created.has('budget'),
  );
  if (!force) {
    const rule = expenses.sheet.getRange(2, expenses.col('Post') + 1).getDataValidation();
    if (rule && String(rule.getCriteriaType()) === 'VALUE_IN_RANGE') return;
  }
  const lines = dataColumn(budget.sheet, budget.col('Post'));
  // A line typed otherwise by hand gets a warning triangle, not a refusal.
  dataColumn(expenses.sheet, expenses.col('Post')).setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInRange(lines, true).setAllowInvalid(true).build(),
  );
}

/**
 * Called by setupWorkbook: seeds the ten lines of SPEC when Budget has no line at all (so a
 * line the coordinator deleted or renamed is never put back), then the formulas, formats,
 * colours and the Post dropdown of Udgifter. Safe to run again. Returns null when no data changed.
 */
export function seedBudget(
  ctx: Ctx,
  tables?: ReadTables,
  options: SeedOptions = {},
): { seeded: number; fixed: number } | null {
  const budget = tableOf(ctx, tables, 'budget', () => openBudget(ctx), [
    ...BUDGET_REQUIRED,
    ...BUDGET_FORMULA_HEADERS,
  ]);
  const expenses = tableOf(ctx, tables, 'expenses', () => openExpenses(ctx), EXPENSE_REQUIRED);
  let seeded = 0;
  if (budgetLines(budget).length === 0) {
    const saved = savedSeedOf(ctx);
    const rows = (saved ? budgetSeedFromSaved(saved) : SEEDED_BUDGET).map((l) =>
      budget.buildRow({ Post: l.line, Budget: l.budget, ...(budget.has('Note') ? { Note: l.note } : {}) }),
    );
    appendRows(ctx, budget, rows);
    seeded = rows.length;
  }
  const fixed = tidyBudgetSheets(ctx, budget, expenses, options.created?.has('budget') ?? false);
  const mode = options.formats ?? 'check';
  decorate('setup: budget colours', () =>
    formatBudgetSheets(
      budget,
      expenses,
      seeded > 0 && mode !== 'apply' ? 'apply' : mode,
      options.created ?? new Set(),
    ),
  );
  if (!seeded && !fixed) return null;
  console.log(`seedBudget: ${seeded} lines seeded, ${fixed} rows fixed`);
  return { seeded, fixed };
}
