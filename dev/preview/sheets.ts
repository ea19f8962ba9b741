// The emulated workbook as the preview page draws it: display values, the frozen header,
// column widths, cell colours and the simple conditional formats (text and number rules).
// `e` is what the inline editor starts with when it differs from the shown text: the formula,
// a number or date as one types it, or text with an apostrophe when it would not stay text.
import type { Emulator, SheetModel } from '../emulator';
import { apostropheReading, typeIn } from '../emulator/values';
import type { CellView, SheetView } from './page/wire';

// The shapes the page reads (dev/preview/page/wire.ts, shared with the browser code).
export type { CellView, SheetView } from './page/wire';

const MAX_ROWS = 500;
const MAX_COLUMNS = 60;

type Rule = SheetModel['conditionalFormats'][number];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date as one types it in the spreadsheet's time zone: 2026-11-26 or 2026-11-26 14:30. */
function typedDate(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const day = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.hour && !parts.minute && !parts.second) return day;
  return `${day} ${pad(parts.hour)}:${pad(parts.minute)}${parts.second ? `:${pad(parts.second)}` : ''}`;
}

/** What the editor shows for a cell, so committing it unchanged stores the same value. */
function editText(
  value: unknown,
  formula: string | undefined,
  format: string | undefined,
  timeZone: string,
): string {
  if (formula) return formula;
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    return typedDate(value as Date, timeZone);
  const text = String(value);
  const typed = typeIn(text, format, timeZone, apostropheReading());
  return typed.formula === undefined && typed.value === text ? text : `'${text}`;
}

function matches(rule: Rule, display: string, value: unknown): boolean {
  const [a, b] = rule.condition.values as [unknown, unknown];
  const num = typeof value === 'number' ? value : null;
  switch (rule.condition.type) {
    case 'TEXT_EQUAL_TO':
      return display === String(a);
    case 'TEXT_NOT_EQUAL_TO':
      return display !== String(a);
    case 'TEXT_CONTAINS':
      return display.includes(String(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !display.includes(String(a));
    case 'TEXT_STARTS_WITH':
      return display.startsWith(String(a));
    case 'TEXT_ENDS_WITH':
      return display.endsWith(String(a));
    case 'CELL_EMPTY':
      return display === '';
    case 'CELL_NOT_EMPTY':
      return display !== '';
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= Number(a);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= Number(a);
    case 'NUMBER_EQUAL_TO':
      return num !== null && num === Number(a);
    case 'NUMBER_BETWEEN':
      return num !== null && num >= Math.min(Number(a), Number(b)) && num <= Math.max(Number(a), Number(b));
    default:
      // Custom formulas are not evaluated in the preview.
      return false;
  }
}

export function sheetViews(emu: Emulator): SheetView[] {
  return emu.model.sheets.map((sheet) => {
    const display = emu
      .sheetDisplayValues(sheet.name)
      .slice(0, MAX_ROWS)
      .map((r) => r.slice(0, MAX_COLUMNS));
    const values = emu.sheetValues(sheet.name);
    const columns = Math.max(0, ...display.map((r) => r.length));
    const rows = display.map((line, r) =>
      line.map((text, c) => {
        const cell = sheet.cells[r]?.[c];
        const view: CellView = { t: text };
        const edit = editText(cell?.v, cell?.f, cell?.fmt, emu.model.timeZone);
        if (edit !== text) view.e = edit;
        if (cell?.bg && cell.bg !== '#ffffff') view.bg = cell.bg;
        if (cell?.fontColor && cell.fontColor !== '#000000') view.fc = cell.fontColor;
        if (cell?.fontWeight === 'bold') view.b = true;
        if (cell?.fontStyle === 'italic') view.i = true;
        if (cell?.hAlign) view.al = cell.hAlign.toLowerCase();
        if (cell?.link) view.link = cell.link;
        for (const rule of sheet.conditionalFormats) {
          const inRange = rule.ranges.some(
            (g) =>
              r + 1 >= g.row &&
              r + 1 < g.row + g.numRows &&
              c + 1 >= g.column &&
              c + 1 < g.column + g.numColumns,
          );
          if (!inRange || !matches(rule, text, values[r]?.[c])) continue;
          if (rule.format.background) view.bg = rule.format.background;
          if (rule.format.fontColor) view.fc = rule.format.fontColor;
          if (rule.format.bold) view.b = true;
          break;
        }
        return view;
      }),
    );
    const widths: number[] = [];
    for (let c = 0; c < columns; c++) widths.push(Math.min(360, sheet.columnMeta[c]?.size ?? 100));
    return {
      name: sheet.name,
      hidden: sheet.hidden,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      widths,
      rows,
    };
  });
}
