// The emulated workbook as the preview page draws it: display values, the frozen header,
// column widths, cell colours and the simple conditional formats (text and number rules).
import type { Emulator, SheetModel } from '../emulator';

export interface CellView {
  t: string;
  bg?: string;
  fc?: string;
  b?: boolean;
  i?: boolean;
  al?: string;
  link?: string;
}

export interface SheetView {
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  widths: number[];
  rows: CellView[][];
}

const MAX_ROWS = 500;
const MAX_COLUMNS = 60;

type Rule = SheetModel['conditionalFormats'][number];

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
    const display = emu.sheetDisplayValues(sheet.name).slice(0, MAX_ROWS).map((r) => r.slice(0, MAX_COLUMNS));
    const values = emu.sheetValues(sheet.name);
    const columns = Math.max(0, ...display.map((r) => r.length));
    const rows = display.map((line, r) =>
      line.map((text, c) => {
        const cell = sheet.cells[r]?.[c];
        const view: CellView = { t: text };
        if (cell?.bg && cell.bg !== '#ffffff') view.bg = cell.bg;
        if (cell?.fontColor && cell.fontColor !== '#000000') view.fc = cell.fontColor;
        if (cell?.fontWeight === 'bold') view.b = true;
        if (cell?.fontStyle === 'italic') view.i = true;
        if (cell?.hAlign) view.al = cell.hAlign.toLowerCase();
        if (cell?.link) view.link = cell.link;
        for (const rule of sheet.conditionalFormats) {
          const inRange = rule.ranges.some(
            (g) => r + 1 >= g.row && r + 1 < g.row + g.numRows && c + 1 >= g.column && c + 1 < g.column + g.numColumns,
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
