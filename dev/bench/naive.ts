// Reference implementations of two operations "the common way", to compare with the add-on in
// the same run, on the same data: recordAttendance with getValue/setValue per cell in a loop,
// and addExpense as appendRow followed by a recompute of every budget line. The rules (90 %
// rule, labels) are core's, so the results match the add-on's; only the way the sheet is used
// differs. They run on a copy of the arranged workbook (the naive addExpense writes plain
// numbers over the Budget sheet's live formulas, which would spoil the later measurements).
import { heldModules, markGaps, parseMark, statusLabel, statusText, summarize } from '../../src/core/attendance';
import type { Mark } from '../../src/shared/api';
import type { AppsScriptGlobals } from '../emulator';

type Settings = { modules: number; requiredShare: number; excusedCountsAsAbsent: boolean };

export function naiveRecordAttendance(
  g: AppsScriptGlobals,
  record: { module: number; present: string[]; excused: string[] },
  settings: Settings,
): void {
  const ss = g.SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName('Fremmøde')!;
  const people = ss.getSheetByName('Personer')!.getDataRange().getValues();
  const status = new Map(people.slice(1).map((r) => [String(r[0]), String(r[7])]));
  const lastRow = sheet.getLastRow();
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  const col = (h: string) => header.indexOf(h) + 1;
  const markCol = col(`M${record.module}`);
  for (let r = 2; r <= lastRow; r++) {
    const id = String(sheet.getRange(r, col('ID')).getValue());
    if (status.get(id) !== 'Optaget') continue;
    const mark = record.present.includes(id) ? 'M' : record.excused.includes(id) ? 'A' : 'F';
    sheet.getRange(r, markCol).setValue(mark);
  }
  // Recompute: which modules are held (one read per module column), then each row's figures.
  const T = settings.modules;
  const first = col('M1');
  const columns = Array.from({ length: T }, (_, m) => sheet.getRange(2, first + m, lastRow - 1, 1).getValues().map((r) => parseMark(r[0]) ?? ''));
  const held = heldModules(
    columns[0].map((_, i) => columns.map((c) => c[i] as Mark)),
    T,
  );
  for (let r = 2; r <= lastRow; r++) {
    const cells = sheet.getRange(r, first, 1, T).getValues()[0];
    const marks = cells.map((v) => (parseMark(v) ?? '') as Mark);
    const s = summarize(marks, held, settings);
    const gaps = markGaps(
      marks,
      cells.map((v) => parseMark(v) === null),
      held,
    );
    sheet.getRange(r, col('Mødt')).setValue(s.attended);
    sheet.getRange(r, col('Afholdt')).setValue(s.held);
    sheet.getRange(r, col('Fremmøde %')).setValue(s.rate === null ? '' : s.rate);
    sheet.getRange(r, col('Status')).setValue(statusText(statusLabel(s.status, settings.requiredShare, 'da'), gaps));
  }
}

export function naiveAddExpense(
  g: AppsScriptGlobals,
  x: { date: string; line: string; amount: number; description: string; receipt?: string },
): number {
  const ss = g.SpreadsheetApp.getActive();
  const budget = ss.getSheetByName('Budget')!;
  const expenses = ss.getSheetByName('Udgifter')!;
  const lastLine = budget.getLastRow();
  let known = false;
  for (let r = 2; r <= lastLine; r++) if (budget.getRange(r, 1).getValue() === x.line) known = true;
  if (!known) throw new Error(`Unknown budget line ${x.line}`);
  expenses.appendRow([new Date(`${x.date}T12:00:00`), x.line, x.amount, x.description, x.receipt ?? '', new Date()]);
  // Per-line recompute: each line re-reads the expenses and writes its three figures.
  for (let r = 2; r <= lastLine; r++) {
    const line = budget.getRange(r, 1).getValue();
    const planned = Number(budget.getRange(r, 2).getValue());
    const rows = expenses.getDataRange().getValues().slice(1);
    const spent = rows.filter((e) => e[1] === line).reduce((sum, e) => sum + Number(e[2]), 0);
    budget.getRange(r, 3).setValue(spent);
    budget.getRange(r, 4).setValue(planned - spent);
    budget.getRange(r, 5).setValue(planned > 0 ? spent / planned : '');
  }
  return expenses.getLastRow();
}
