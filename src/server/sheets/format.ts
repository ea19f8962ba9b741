// How setup makes a sheet look and behave: bold frozen header, column widths, number
// formats, dropdowns and checkboxes, the colours of `Fremmøde`, and warning-only
// protection of the columns the add-on computes.
//
// Call budget: formats and validations go in as one matrix per sheet (setNumberFormats /
// setDataValidations on the body), never per cell or per column, so formatting a sheet costs
// a constant handful of calls whatever its size. Setup remembers the header layout it
// formatted (store.sheetLayouts) and skips a sheet whose layout is unchanged; a changed
// layout (a column added, moved or inserted) formats that sheet again.
import { decorate } from '../decorate';
import type { ColumnDef, SheetKey } from '../../core/schema';
import { moduleNumberOf, sheetColumns, YES_NO } from '../../core/schema';
import { MARKS, PERSON_STATUSES } from '../../shared/api';
import { normalizeHeader } from './table';
import { NUMBER_FORMATS } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Bumped when what setup applies changes, so existing files are formatted again once. */
const FORMAT_VERSION = 3;

/** Marks every protection setup makes, so running setup again replaces instead of piling up. */
export const PROTECTION_PREFIX = 'Bydelsmødre:';

export const HOUSING_AREAS = ['Hedeparken', 'Magleparken', 'Grantoften'] as const;

export { NUMBER_FORMATS };

/** Colours of the attendance status and the marks (Sheets' light palette). */
export const COLOURS = {
  green: '#d9ead3',
  amber: '#fce5cd',
  red: '#f4cccc',
  markPresent: '#d9ead3',
  markExcused: '#fff2cc',
  markAbsent: '#f4cccc',
} as const;

/** A width is set only where it differs clearly from Sheets' 100 px: each costs a call. */
const WIDTH_TOLERANCE = 40;

export interface SheetToFormat {
  key: SheetKey;
  sheet: Sheet;
  /** Header texts of row 1 as they stand now (after setup appended missing columns). */
  header: string[];
  /** Whether setup just created the sheet: no reads are needed, nothing of hers to keep. */
  created: boolean;
  /** Columns (0-based) setup just added: they get widths too. */
  newColumns: number[];
  modules: number;
}

/** The fingerprint of a sheet's header layout that setup formatted. */
export function layoutOf(header: readonly string[], modules: number): string {
  return `${FORMAT_VERSION}|${modules}|${header.map(normalizeHeader).join('|')}`;
}

interface OwnColumn {
  index: number;
  def: ColumnDef;
}

function ownColumns(key: SheetKey, header: readonly string[], modules: number): OwnColumn[] {
  const defs = new Map(sheetColumns(key, modules).map((d) => [normalizeHeader(d.header), d]));
  const out: OwnColumn[] = [];
  const seen = new Set<string>();
  header.forEach((h, index) => {
    const k = normalizeHeader(h);
    const def = defs.get(k);
    if (def && !seen.has(k)) {
      seen.add(k);
      out.push({ index, def });
    }
  });
  return out;
}

/** Consecutive runs of 0-based column indexes, as [first, count]. */
export function runs(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  }
  return out;
}

function validationFor(key: SheetKey, def: ColumnDef): Rule | null {
  const builder = () => SpreadsheetApp.newDataValidation();
  if (key === 'persons' && def.header === 'Status') {
    return builder()
      .requireValueInList([...PERSON_STATUSES], true)
      .setAllowInvalid(false)
      .build();
  }
  if (key === 'persons' && def.header === 'Boligområde') {
    // Other areas may join the project: the list suggests, it does not refuse.
    return builder()
      .requireValueInList([...HOUSING_AREAS], true)
      .setAllowInvalid(true)
      .build();
  }
  if (def.kind === 'checkbox') return builder().requireCheckbox().build();
  if (def.kind === 'yesno')
    return builder()
      .requireValueInList([...YES_NO], true)
      .setAllowInvalid(false)
      .build();
  if (key === 'attendance' && def.kind === 'mark') {
    // M, A or F from the dropdown; anything else typed by hand is rejected where Sheets can
    // (whether Sheets' list check ignores case is not documented: a lower-case 'm' that gets
    // through is read as M and coloured anyway). Whatever still lands in a cell (pasted, or
    // from before) is shown as an unknown mark.
    return builder()
      .requireValueInList([...MARKS], true)
      .setAllowInvalid(false)
      .setHelpText(MARK_HELP)
      .build();
  }
  if (def.kind === 'date' && !def.computed && DATE_CHECKED.includes(key)) {
    // A real date cell, as SPEC asks: Oversigt's formulas (a deadline before TODAY()) see only
    // dates. A date typed the spreadsheet locale's way is one; text that is not (31-05-2026 in
    // a month-first locale) is refused, with a calendar on double-click to choose from.
    return builder().requireDate().setAllowInvalid(false).setHelpText(DATE_HELP).build();
  }
  return null;
}

/** Sheets whose computed columns are protected (with a warning only). */
const PROTECTED: readonly SheetKey[] = ['persons', 'attendance', 'budget'];

/**
 * Applies everything setup wants on one sheet; with `writeHeader`, writes the header row too.
 * The header is data and must be written; the rest is decoration (see decorate.ts): false when
 * some of it failed, so setup tries again next time.
 */
export function formatSheet(target: SheetToFormat, writeHeader: string[] | null): boolean {
  const { key, sheet, header, created } = target;
  const width = Math.max(1, header.length);
  const own = ownColumns(key, header, target.modules);

  const headerRange = sheet.getRange(1, 1, 1, width);
  if (writeHeader) headerRange.setValues([writeHeader]);
  return decorate(`setup: formats of ${key}`, () => {
    headerRange.setFontWeight('bold');
    sheet.setFrozenRows(1);
    const maxRows = sheet.getMaxRows();
    setWidths(sheet, own, created ? null : new Set(target.newColumns));
    formatBody(sheet, key, own, width, created, maxRows);
    if (key === 'attendance') colourAttendance(sheet, own, created, maxRows);
    if (PROTECTED.includes(key)) protectComputed(sheet, own, created, maxRows);
  });
}

function setWidths(sheet: Sheet, own: OwnColumn[], only: Set<number> | null): void {
  const wanted = own.filter(
    (c) =>
      c.def.width !== undefined &&
      Math.abs(c.def.width - 100) >= WIDTH_TOLERANCE &&
      (!only || only.has(c.index)),
  );
  // Runs of neighbours with the same width take one call.
  let i = 0;
  while (i < wanted.length) {
    let j = i;
    while (
      j + 1 < wanted.length &&
      wanted[j + 1].index === wanted[j].index + 1 &&
      wanted[j + 1].def.width === wanted[i].def.width
    )
      j++;
    sheet.setColumnWidths(wanted[i].index + 1, j - i + 1, wanted[i].def.width as number);
    i = j + 1;
  }
}

/** Number formats and validations of the body (row 2 down), one matrix each. */
function formatBody(
  sheet: Sheet,
  key: SheetKey,
  own: OwnColumn[],
  width: number,
  created: boolean,
  maxRows: number,
): void {
  const rows = maxRows - 1;
  if (rows < 1) return;
  const body = sheet.getRange(2, 1, rows, width);
  const formatRow: (string | null)[] = new Array<string | null>(width).fill(null);
  const ruleRow: (Rule | null)[] = new Array<Rule | null>(width).fill(null);
  const ownIndex = new Set<number>();
  for (const { index, def } of own) {
    ownIndex.add(index);
    formatRow[index] = NUMBER_FORMATS[def.kind] ?? null;
    ruleRow[index] = validationFor(key, def);
  }

  if (created) {
    body.setNumberFormats(Array.from({ length: rows }, () => formatRow.map((f) => f ?? 'General')));
    if (ruleRow.some((r) => r !== null))
      body.setDataValidations(Array.from({ length: rows }, () => ruleRow.slice()));
    return;
  }
  // An existing sheet: her own columns keep their formats and validations.
  const formats = body.getNumberFormats();
  const rules = body.getDataValidations() as (Rule | null)[][];
  for (let r = 0; r < rows; r++) {
    for (const c of ownIndex) {
      const f = formatRow[c];
      if (f !== null) formats[r][c] = f;
      rules[r][c] = ruleRow[c];
    }
  }
  body.setNumberFormats(formats);
  body.setDataValidations(rules);
}

/** The help text of a mark cell (the cohort's data language: Danish). */
const MARK_HELP = 'Skriv M (mødt), A (afbud) eller F (fravær).';
/**
 * Sheets whose typed dates are checked: Tidsplan, whose Frist Oversigt's formulas compare with
 * TODAY(), and Personer, which has a validation matrix anyway (no extra call). Elsewhere the
 * add-on reads a date written as text itself (dd-mm-åååå), and no formula needs it, so setup
 * spends no call there (its budget, README "Performance").
 */
const DATE_CHECKED: readonly SheetKey[] = ['timeline', 'persons'];
const DATE_HELP = 'Skriv en dato, eller dobbeltklik og vælg den i kalenderen.';

// The Status cell may go on after the label ("I risiko · mangler M11"), so labels match the start.
const STATUS_RULES: { when: 'equal' | 'startsWith'; text: string; colour: string }[] = [
  { when: 'startsWith', text: 'Gennemført', colour: COLOURS.green },
  { when: 'startsWith', text: 'I risiko', colour: COLOURS.amber },
  // "Under 90 %" — the number follows the required share, so match the start.
  { when: 'startsWith', text: 'Under', colour: COLOURS.red },
];

// Upper and lower case both (whether "text is exactly" ignores case is not documented; with
// both rules a typed 'm' is coloured either way). The order matters: Sheets applies the first
// rule that holds, so every other non-empty cell falls through to "unknown mark".
const MARK_RULES: { text: string; colour: string }[] = [
  { text: 'M', colour: COLOURS.markPresent },
  { text: 'A', colour: COLOURS.markExcused },
  { text: 'F', colour: COLOURS.markAbsent },
  { text: 'm', colour: COLOURS.markPresent },
  { text: 'a', colour: COLOURS.markExcused },
  { text: 'f', colour: COLOURS.markAbsent },
];

/** Not a mark (anything else in a module cell), and a held module's empty cell: look here. */
export const MARK_PROBLEM_COLOURS = { unknown: '#d5a6bd', missing: '#ffe599' } as const;

const OUR_CONDITIONS = new Set([
  ...STATUS_RULES.map(
    (r) => `${r.when === 'equal' ? 'TEXT_EQUAL_TO' : 'TEXT_STARTS_WITH'}:${r.text}:${r.colour}`,
  ),
  // Earlier versions matched the labels exactly: still ours, replaced when setup runs again.
  `TEXT_EQUAL_TO:Gennemført:${COLOURS.green}`,
  `TEXT_EQUAL_TO:I risiko:${COLOURS.amber}`,
  ...MARK_RULES.map((r) => `TEXT_EQUAL_TO:${r.text}:${r.colour}`),
  `CELL_NOT_EMPTY::${MARK_PROBLEM_COLOURS.unknown}`,
]);

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const values = condition.getCriteriaValues();
  const background = String(condition.getBackground() ?? '').toLowerCase();
  if (String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' && background === MARK_PROBLEM_COLOURS.missing)
    return true;
  const signature = `${String(condition.getCriteriaType())}:${String(values[0] ?? '')}:${background}`;
  return OUR_CONDITIONS.has(signature);
}

/**
 * "Held module, empty cell" for the first cell of a run of mark columns: a row with an ID,
 * an empty cell, and a mark somewhere in the column (COUNTIF ignores case). Relative
 * references follow each cell of the range, as in Sheets' own custom-formula rules.
 */
function missingMarkFormula(idColumn: number, firstColumn: number, lastRow: number): string {
  const id = `$${columnLetter(idColumn)}2`;
  const c = columnLetter(firstColumn);
  const all = `${c}$2:${c}$${lastRow}`;
  return `=AND(${id}<>"",${c}2="",COUNTIF(${all},"M")+COUNTIF(${all},"A")+COUNTIF(${all},"F")>0)`;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function colourAttendance(sheet: Sheet, own: OwnColumn[], created: boolean, maxRows: number): void {
  const status = own.find((c) => c.def.header === 'Status');
  const marks = own.filter((c) => c.def.kind === 'mark' && moduleNumberOf(c.def.header) > 0);
  const rows = Math.max(1, maxRows - 1);
  const kept = created ? [] : sheet.getConditionalFormatRules().filter((r) => !isOurRule(r));
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  if (status) {
    const range = sheet.getRange(2, status.index + 1, rows, 1);
    for (const r of STATUS_RULES) {
      const b = SpreadsheetApp.newConditionalFormatRule();
      (r.when === 'equal' ? b.whenTextEqualTo(r.text) : b.whenTextStartsWith(r.text))
        .setBackground(r.colour)
        .setRanges([range]);
      rules.push(b.build());
    }
  }
  if (marks.length > 0) {
    const spans = runs(marks.map((m) => m.index));
    const ranges = spans.map(([first, count]) => sheet.getRange(2, first + 1, rows, count));
    for (const r of MARK_RULES) {
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(r.text)
          .setBackground(r.colour)
          .setRanges(ranges)
          .build(),
      );
    }
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground(MARK_PROBLEM_COLOURS.unknown)
        .setRanges(ranges)
        .build(),
    );
    const id = own.find((c) => c.def.header === 'ID');
    if (id) {
      spans.forEach(([first], i) => {
        rules.push(
          SpreadsheetApp.newConditionalFormatRule()
            .whenFormulaSatisfied(missingMarkFormula(id.index, first, rows + 1))
            .setBackground(MARK_PROBLEM_COLOURS.missing)
            .setRanges([ranges[i]])
            .build(),
        );
      });
    }
  }
  sheet.setConditionalFormatRules([...kept, ...rules]);
}

/** Warning-only protection of the computed columns: she may still edit, after a warning. */
function protectComputed(sheet: Sheet, own: OwnColumn[], created: boolean, maxRows: number): void {
  if (!created) {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (p.getDescription().startsWith(PROTECTION_PREFIX)) p.remove();
    }
  }
  const computed = own.filter((c) => c.def.computed);
  const rows = maxRows;
  for (const [first, count] of runs(computed.map((c) => c.index))) {
    const names = computed
      .filter((c) => c.index >= first && c.index < first + count)
      .map((c) => c.def.header)
      .join(', ');
    sheet
      .getRange(1, first + 1, rows, count)
      .protect()
      .setDescription(`${PROTECTION_PREFIX} ${names} udfyldes af tilføjelsen`)
      .setWarningOnly(true);
  }
}
