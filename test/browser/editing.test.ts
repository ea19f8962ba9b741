// Typing in the preview's grid, as in Sheets: the value goes in as typed input and the add-on's
// onEdit runs, so the computed columns of Fremmøde follow a mark typed by hand, Budget's Forbrug
// formulas follow an expense row typed into Udgifter, and a formula in Noter runs nothing.
import type { Page } from 'playwright-core';
import { fillDemo } from '../../dev/preview/server';
import { attendanceStatus, requiredModules, statusLabel } from '../../src/core/attendance';
import type { BudgetFigures, Settings } from '../../src/shared/api';
import { sheetRows, setup, type Env } from './helpers';

let env: Env;

beforeAll(async () => {
  env = await setup();
  fillDemo(env.preview.session);
  await env.page.reload();
  await env.page.waitForSelector('#tabs button');
});

afterAll(async () => {
  await env?.close();
});

afterEach(() => {
  expect(env.dialogs).toEqual([]);
  expect(env.errors).toEqual([]);
});

function api<T>(fn: string, ...args: unknown[]): T {
  const result = env.preview.session.run(fn, args);
  if (!result.ok) throw new Error(`${fn}: ${result.error}`);
  return result.value as T;
}

function cell(sheet: string, row: number, column: number): string {
  return `table.cells[data-sheet="${sheet}"] td[data-r="${row}"][data-c="${column}"]`;
}

/** Waits until the edit has been written, onEdit has run and the sheet is drawn again. */
async function written(page: Page): Promise<void> {
  await page.waitForSelector('#busy', { state: 'hidden', timeout: 30000 });
}

/** Selects a cell with a click, then types over it (typing opens the editor) and presses Enter. */
async function typeOver(page: Page, sheet: string, row: number, column: number, text: string): Promise<void> {
  await page.click(cell(sheet, row, column));
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await written(page);
}

/** "12.345,50 kr." → 12345.5 */
function amountOf(display: string): number {
  return Number(display.replace(/[^\d,-]/g, '').replace(',', '.'));
}

test('a mark typed by hand in Fremmøde updates Mødt, Afholdt, Fremmøde % and Status', async () => {
  const settings = api<Settings>('getSettings');
  const T = settings.modules;
  const R = requiredModules(T, settings.requiredShare);
  const rows = await sheetRows(env.page, 'Fremmøde');
  const header = rows[0];
  const [attendedCol, heldCol, rateCol, statusCol] = ['Mødt', 'Afholdt', 'Fremmøde %', 'Status'].map((h) =>
    header.indexOf(h),
  );
  const markCols = header.map((h, i) => (/^M\d+$/.test(h) ? i : -1)).filter((i) => i >= 0);
  expect(markCols.length).toBe(T);
  // A participant with an 'M' whose status changes when that M becomes an F, else the first with an M.
  const candidates = rows
    .map((line, r) => ({ line, r }))
    .filter(({ line, r }) => r > 0 && markCols.some((c) => line[c] === 'M'));
  expect(candidates.length).toBeGreaterThan(0);
  const expectedStatus = ({ line }: { line: string[] }) =>
    statusLabel(
      attendanceStatus(Number(line[attendedCol]) - 1, Number(line[heldCol]), T, R),
      settings.requiredShare,
    );
  const pick = candidates.find((c) => expectedStatus(c) !== c.line[statusCol]) ?? candidates[0];
  const before = pick.line;
  const markCol = markCols.find((c) => before[c] === 'M') as number;

  await typeOver(env.page, 'Fremmøde', pick.r + 1, markCol + 1, 'F');
  // Enter moved the selection one row down, as in Sheets, and it is focused after the redraw.
  expect(
    await env.page.evaluate(() => [
      document.activeElement?.getAttribute('data-r'),
      document.activeElement?.getAttribute('data-c'),
    ]),
  ).toEqual([String(pick.r + 2), String(markCol + 1)]);

  const after = (await sheetRows(env.page, 'Fremmøde'))[pick.r];
  expect(after[header.indexOf('Navn')]).toBe(before[header.indexOf('Navn')]);
  expect(after[markCol]).toBe('F');
  expect(Number(after[attendedCol])).toBe(Number(before[attendedCol]) - 1);
  expect(after[heldCol]).toBe(before[heldCol]);
  expect(after[rateCol]).not.toBe(before[rateCol]);
  expect(after[statusCol]).toBe(expectedStatus(pick));
});

test('Escape cancels an edit; the editor is named after its cell', async () => {
  const rows = await sheetRows(env.page, 'Fremmøde');
  const name = rows[1][1];
  await env.page.dblclick(cell('Fremmøde', 2, 2));
  const editor = env.page.getByRole('textbox', { name: 'Fremmøde B2' });
  expect(await editor.inputValue()).toBe(name);
  await editor.fill('Noget andet');
  await env.page.keyboard.press('Escape');
  expect(await editor.count()).toBe(0);
  expect(await env.page.textContent(cell('Fremmøde', 2, 2))).toBe(name);
  expect((await sheetRows(env.page, 'Fremmøde'))[1][1]).toBe(name);
});

test('an expense row typed into Udgifter shows in Budget’s Forbrug', async () => {
  const budgetBefore = api<BudgetFigures>('getBudget');
  const line = budgetBefore.lines[0].line;
  const budgetRows = await sheetRows(env.page, 'Budget');
  const budgetHeader = budgetRows[0];
  const lineRow = budgetRows.findIndex((r) => r[budgetHeader.indexOf('Post')] === line);
  const spentBefore = amountOf(budgetRows[lineRow][budgetHeader.indexOf('Forbrug')]);

  const rows = await sheetRows(env.page, 'Udgifter');
  const header = rows[0];
  const row = rows.findIndex((r, i) => i > 0 && r.every((t) => t === '')) + 1;
  expect(row).toBeGreaterThan(1);
  // ISO date and '1234.5': the emulator reads typed text only as numbers and ISO dates (real
  // Sheets in da_DK would also take '20-11-2026' and '1.234,50').
  const date = header.indexOf('Dato') + 1;
  await env.page.dblclick(cell('Udgifter', row, date));
  const editor = env.page.getByRole('textbox', { name: `Udgifter ${String.fromCharCode(64 + date)}${row}` });
  await editor.fill('2026-11-20');
  await editor.press('Tab');
  await written(env.page);
  await typeOver(env.page, 'Udgifter', row, header.indexOf('Post') + 1, line);
  await typeOver(env.page, 'Udgifter', row, header.indexOf('Beløb') + 1, '1234.5');
  await typeOver(env.page, 'Udgifter', row, header.indexOf('Beskrivelse') + 1, 'Indtastet i hånden');

  const typed = (await sheetRows(env.page, 'Udgifter'))[row - 1];
  expect(typed[header.indexOf('Post')]).toBe(line);
  expect(typed[header.indexOf('Dato')]).not.toBe('2026-11-20'); // a date, shown in the sheet's format
  const budgetAfter = api<BudgetFigures>('getBudget');
  expect(budgetAfter.lines[0].spent).toBeCloseTo(budgetBefore.lines[0].spent + 1234.5, 2);
  const after = await sheetRows(env.page, 'Budget');
  expect(amountOf(after[lineRow][budgetHeader.indexOf('Forbrug')])).toBeCloseTo(spentBefore + 1234.5, 2);
});

test('a formula or markup typed into Noter stays what was typed and runs nothing', async () => {
  const rows = await sheetRows(env.page, 'Personer');
  const notes = rows[0].indexOf('Noter') + 1;
  const formula = '=HYPERLINK("x")';
  const hostile = '<img src=x onerror=alert(1)>';
  await typeOver(env.page, 'Personer', 2, notes, formula);
  await typeOver(env.page, 'Personer', 3, notes, hostile);
  // Noter is formatted as plain text, so Sheets (and the emulator) keep the formula as text;
  // in an automatic cell it would be stored as a formula. Either way: exactly what was typed.
  const column = String.fromCharCode(64 + notes);
  const stored = env.preview.session.emu.cell('Personer', `${column}2`);
  expect(stored?.f ?? stored?.v).toBe(formula);
  expect(await env.page.textContent(cell('Personer', 2, notes))).toBe(stored?.f ? '' : formula);
  await env.page.click(cell('Personer', 2, notes));
  await env.page.keyboard.press('F2');
  const editor = env.page.getByRole('textbox', { name: `Personer ${column}2` });
  expect(await editor.inputValue()).toBe(formula);
  await editor.press('Escape');
  expect(await env.page.textContent(cell('Personer', 3, notes))).toBe(hostile);
  expect(await env.page.locator('#grid img, #grid a').count()).toBe(0);
  // The sheet still works for the add-on.
  expect(api<unknown[]>('listPersons').length).toBeGreaterThan(0);
});
