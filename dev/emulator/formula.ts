// A deliberately small formula evaluator: numbers, strings, booleans, references to
// cells and ranges on the same or another sheet, + - * / ^ & and comparisons, and
// SUM, COUNTIF, COUNTA, SUMIF, IF, ROUND, HYPERLINK; and for the dashboard (Oversigt) SUMPRODUCT
// with array arithmetic inside it, COUNTIFS (an array criterion inside SUMPRODUCT), COUNT,
// MIN, MAX, TRIM, IFERROR, TODAY and DATE. Anything else is '#NAME?'.
// The add-on writes values, not formulas; this exists so a formula a user types (or a
// HYPERLINK the add-on writes) reads back sensibly.

import { lettersToColumn } from './a1';
import { isDate } from './values';
import { generalNumber } from './numberformat';

export class FormulaError {
  constructor(readonly code: string) {}
}

const EMPTY = Symbol('empty');
type Blank = typeof EMPTY;
type Scalar = number | string | boolean | FormulaError | Blank;
interface Area {
  area: Scalar[][];
}
type Value = Scalar | Area;

export interface FormulaHost {
  /** Computed value of a cell ('' when empty), or a FormulaError. */
  read(sheetName: string | undefined, row: number, column: number): unknown;
  /** Size of a sheet, or undefined when no such sheet exists. */
  size(sheetName: string | undefined): { rows: number; columns: number } | undefined;
  /** Date cells take part in arithmetic as serial numbers. */
  toSerial(date: Date): number;
  locale: string;
}

type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; r1?: number; c1?: number; r2?: number; c2?: number }
  | { t: 'fn'; v: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*))!/;
const CELL_AREA = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/;
const COLUMN_AREA = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![\w(])/;
const ROW_AREA = /^\$?(\d+):\$?(\d+)/;
/** "A2:A": from a row down to the end of the sheet (Sheets' open-ended range). */
const OPEN_AREA = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})(?![\w($])/;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (src[j] === '"') break;
        else s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const fn = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/.exec(rest);
    if (fn) {
      out.push({ t: 'fn', v: fn[1].toUpperCase() });
      i += fn[0].length;
      continue;
    }
    let sheet: string | undefined;
    let body = rest;
    const prefix = SHEET_PREFIX.exec(rest);
    if (prefix) {
      sheet = prefix[1] !== undefined ? prefix[1].replace(/''/g, "'") : prefix[2];
      body = rest.slice(prefix[0].length);
    }
    const open = OPEN_AREA.exec(body);
    if (open) {
      out.push({
        t: 'ref',
        sheet,
        r1: Number(open[2]),
        c1: lettersToColumn(open[1]),
        c2: lettersToColumn(open[3]),
      });
      i += (prefix?.[0].length ?? 0) + open[0].length;
      continue;
    }
    const col = COLUMN_AREA.exec(body);
    const rowArea = !col && ROW_AREA.exec(body);
    const cell = !col && !rowArea && CELL_AREA.exec(body);
    if (col) {
      out.push({ t: 'ref', sheet, c1: lettersToColumn(col[1]), c2: lettersToColumn(col[2]) });
      i += (prefix?.[0].length ?? 0) + col[0].length;
      continue;
    }
    if (rowArea && prefix) {
      out.push({ t: 'ref', sheet, r1: Number(rowArea[1]), r2: Number(rowArea[2]) });
      i += prefix[0].length + rowArea[0].length;
      continue;
    }
    if (cell && !/^[A-Za-z0-9_]/.test(body.slice(cell[0].length))) {
      const r1 = Number(cell[2]);
      const c1 = lettersToColumn(cell[1]);
      out.push({
        t: 'ref',
        sheet,
        r1,
        c1,
        r2: cell[4] ? Number(cell[4]) : r1,
        c2: cell[3] ? lettersToColumn(cell[3]) : c1,
      });
      i += (prefix?.[0].length ?? 0) + cell[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      out.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>(),;%:])/.exec(rest);
    if (!op) throw new FormulaError('#ERROR!');
    out.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return out;
}

/** Functions whose arguments Sheets evaluates as arrays (SUMPRODUCT's "array1, array2…"). */
const ARRAY_CONTEXT = new Set(['SUMPRODUCT', 'ARRAYFORMULA']);

class Evaluator {
  private pos = 0;
  /** > 0 inside SUMPRODUCT: operators then work cell by cell on ranges. */
  private arrayMode = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly host: FormulaHost,
  ) {}

  /**
   * An operator on two operands: on scalars as before; inside an array context, element-wise
   * over ranges of the same size (a single value applies to every element).
   */
  private binary(left: Value, right: Value, f: (a: Scalar, b: Scalar) => Scalar): Value {
    if (this.arrayMode === 0 || (!isArea(left) && !isArea(right)))
      return f(this.scalar(left), this.scalar(right));
    const shape = (isArea(left) ? left : (right as Area)).area;
    const at = (v: Value, r: number, c: number): Scalar => {
      if (!isArea(v)) return v;
      if (v.area.length === 1 && v.area[0].length === 1) return v.area[0][0];
      return v.area[r]?.[c] ?? new FormulaError('#VALUE!');
    };
    if (
      isArea(left) &&
      isArea(right) &&
      (left.area.length !== right.area.length || left.area[0]?.length !== right.area[0]?.length)
    ) {
      const single = (a: Area) => a.area.length === 1 && a.area[0].length === 1;
      if (!single(left) && !single(right)) return new FormulaError('#VALUE!');
    }
    return { area: shape.map((row, r) => row.map((_, c) => f(at(left, r, c), at(right, r, c)))) };
  }

  private unaryArray(v: Value, f: (a: Scalar) => Scalar): Value {
    if (this.arrayMode > 0 && isArea(v)) return { area: v.area.map((row) => row.map(f)) };
    return f(this.scalar(v));
  }

  run(): Value {
    const v = this.comparison();
    if (this.pos < this.toks.length) return new FormulaError('#ERROR!');
    return v;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.toks[this.pos];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private comparison(): Value {
    let left = this.concat();
    for (
      let op = this.peekOp('=', '<>', '<', '>', '<=', '>=');
      op;
      op = this.peekOp('=', '<>', '<', '>', '<=', '>=')
    ) {
      this.pos++;
      const right = this.concat();
      left = this.binary(left, right, (a, b) => compareValues(a, b, op));
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.peekOp('&')) {
      this.pos++;
      const right = this.additive();
      left = this.binary(left, right, (a, b) => {
        if (a instanceof FormulaError) return a;
        if (b instanceof FormulaError) return b;
        return toText(a, this.host.locale) + toText(b, this.host.locale);
      });
    }
    return left;
  }

  private additive(): Value {
    let left = this.multiplicative();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.pos++;
      left = this.binary(left, this.multiplicative(), (a, b) => arithmetic(a, b, op));
    }
    return left;
  }

  private multiplicative(): Value {
    let left = this.power();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.pos++;
      left = this.binary(left, this.power(), (a, b) => arithmetic(a, b, op));
    }
    return left;
  }

  private power(): Value {
    let left = this.unary();
    while (this.peekOp('^')) {
      this.pos++;
      left = arithmetic(this.scalar(left), this.scalar(this.unary()), '^');
    }
    return left;
  }

  private unary(): Value {
    const op = this.peekOp('-', '+');
    if (op) {
      this.pos++;
      const v = this.unary();
      return op === '-' ? this.unaryArray(v, (a) => arithmetic(0, a, '-')) : v;
    }
    const v = this.primary();
    if (this.peekOp('%')) {
      this.pos++;
      return arithmetic(this.scalar(v), 100, '/');
    }
    return v;
  }

  private primary(): Value {
    const t = this.toks[this.pos++];
    if (!t) return new FormulaError('#ERROR!');
    switch (t.t) {
      case 'num':
      case 'str':
        return t.v;
      case 'name':
        if (t.v === 'TRUE') return true;
        if (t.v === 'FALSE') return false;
        return new FormulaError('#NAME?');
      case 'ref':
        return this.reference(t);
      case 'fn': {
        const array = ARRAY_CONTEXT.has(t.v);
        if (array) this.arrayMode++;
        try {
          return this.call(t.v, this.args());
        } finally {
          if (array) this.arrayMode--;
        }
      }
      case 'op':
        if (t.v === '(') {
          const v = this.comparison();
          if (!this.peekOp(')')) return new FormulaError('#ERROR!');
          this.pos++;
          return v;
        }
        return new FormulaError('#ERROR!');
    }
  }

  private args(): Value[] {
    const args: Value[] = [];
    if (this.peekOp(')')) {
      this.pos++;
      return args;
    }
    for (;;) {
      args.push(this.comparison());
      const sep = this.peekOp(',', ';', ')');
      if (!sep) throw new FormulaError('#ERROR!');
      this.pos++;
      if (sep === ')') return args;
    }
  }

  private reference(t: Extract<Tok, { t: 'ref' }>): Value {
    const size = this.host.size(t.sheet);
    if (!size) return new FormulaError('#REF!');
    const r1 = t.r1 ?? 1;
    const c1 = t.c1 ?? 1;
    const r2 = Math.min(t.r2 ?? size.rows, size.rows);
    const c2 = Math.min(t.c2 ?? size.columns, size.columns);
    // An open-ended range ("A2:A") past the sheet's last row is empty, not an error.
    if (t.r2 === undefined && t.r1 !== undefined && r1 > size.rows && c1 <= size.columns)
      return { area: [[EMPTY]] };
    if (r1 > size.rows || c1 > size.columns) return new FormulaError('#REF!');
    const area: Scalar[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: Scalar[] = [];
      for (let c = c1; c <= c2; c++) row.push(this.fromCell(this.host.read(t.sheet, r, c)));
      area.push(row);
    }
    return { area };
  }

  private fromCell(v: unknown): Scalar {
    if (v === '' || v === undefined || v === null) return EMPTY;
    if (v instanceof FormulaError) return v;
    if (isDate(v)) return this.host.toSerial(v);
    if (typeof v === 'string' && /^#[A-Z/0!?]+[!?A]?$/.test(v) && ERROR_CODES.includes(v))
      return new FormulaError(v);
    return v as Scalar;
  }

  /** A range used where one value is expected yields its first cell. */
  private scalar(v: Value): Scalar {
    if (isArea(v)) return v.area[0]?.[0] ?? EMPTY;
    return v;
  }

  private call(name: string, args: Value[]): Value {
    const values = (v: Value): Scalar[] => (isArea(v) ? v.area.flat() : [v]);
    switch (name) {
      case 'SUM': {
        let sum = 0;
        for (const a of args) {
          for (const v of values(a)) {
            if (v instanceof FormulaError) return v;
            if (typeof v === 'number') sum += v;
            else if (!isArea(a)) {
              const n = toNumber(v);
              if (n instanceof FormulaError) return n;
              sum += n;
            }
          }
        }
        return sum;
      }
      case 'COUNTA':
        return args.reduce<number>((n, a) => n + values(a).filter((v) => v !== EMPTY).length, 0);
      case 'COUNTIF': {
        if (args.length !== 2) return new FormulaError('#N/A');
        const test = criterion(this.scalar(args[1]));
        return values(args[0]).filter(test).length;
      }
      case 'SUMIF': {
        if (args.length < 2 || args.length > 3) return new FormulaError('#N/A');
        const test = criterion(this.scalar(args[1]));
        const tested = values(args[0]);
        const summed = args[2] ? values(args[2]) : tested;
        let sum = 0;
        tested.forEach((v, i) => {
          const s = summed[i];
          if (test(v) && typeof s === 'number') sum += s;
        });
        return sum;
      }
      case 'IF': {
        if (args.length < 2 || args.length > 3) return new FormulaError('#N/A');
        const cond = this.scalar(args[0]);
        if (cond instanceof FormulaError) return cond;
        const truthy = cond === EMPTY ? false : typeof cond === 'string' ? toNumber(cond) : cond;
        if (truthy instanceof FormulaError) return new FormulaError('#VALUE!');
        if (truthy) return args[1];
        return args.length === 3 ? args[2] : false;
      }
      case 'ROUND': {
        const x = toNumber(this.scalar(args[0] ?? 0));
        const d = toNumber(this.scalar(args[1] ?? 0));
        if (x instanceof FormulaError) return x;
        if (d instanceof FormulaError) return d;
        const f = Math.pow(10, Math.trunc(d));
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      case 'HYPERLINK': {
        const url = this.scalar(args[0] ?? '');
        const label = args.length > 1 ? this.scalar(args[1]) : url;
        if (label instanceof FormulaError) return label;
        return label === EMPTY ? '' : label;
      }
      // https://support.google.com/docs/answer/3094294 — SUMPRODUCT: the sum of the products
      // of corresponding entries of equally sized arrays; one array alone is summed.
      case 'SUMPRODUCT': {
        if (args.length === 0) return new FormulaError('#N/A');
        const arrays = args.map((a) => (isArea(a) ? a.area.flat() : [a]));
        const n = arrays[0].length;
        if (arrays.some((a) => a.length !== n)) return new FormulaError('#VALUE!');
        let sum = 0;
        for (let i = 0; i < n; i++) {
          let product = 1;
          for (const a of arrays) {
            const v = a[i];
            if (v instanceof FormulaError) return v;
            product *= typeof v === 'number' ? v : 0;
          }
          sum += product;
        }
        return sum;
      }
      // https://support.google.com/docs/answer/3256550 — COUNTIFS: every criterion holds for the
      // same position of its range. Inside SUMPRODUCT a criterion may be a range: one count
      // per criterion value (the array form).
      case 'COUNTIFS': {
        if (args.length < 2 || args.length % 2 !== 0) return new FormulaError('#N/A');
        const ranges: Scalar[][] = [];
        const crits: Value[] = [];
        for (let i = 0; i < args.length; i += 2) {
          ranges.push(values(args[i]));
          crits.push(args[i + 1]);
        }
        if (ranges.some((r) => r.length !== ranges[0].length)) return new FormulaError('#VALUE!');
        const countWith = (picked: Scalar[]) => {
          const tests = picked.map((c) => criterion(c));
          let n = 0;
          for (let i = 0; i < ranges[0].length; i++) if (tests.every((test, k) => test(ranges[k][i]))) n++;
          return n;
        };
        const arrayCrit = this.arrayMode > 0 ? crits.find(isArea) : undefined;
        if (!arrayCrit) return countWith(crits.map((c) => this.scalar(c)));
        // Plain text criteria (an id) are equality tests: the rows are counted once per distinct
        // key, so a join of two columns is linear, not quadratic. Anything else is tested as usual.
        const plainText = (v: Scalar) =>
          v === EMPTY ||
          (typeof v === 'string' && v !== '' && !/^[<>=]/.test(v) && Number.isNaN(Number(v.trim())));
        const keyOfCell = (v: Scalar) =>
          v === EMPTY || v === '' ? '\u0001' : typeof v === 'string' ? v.toLowerCase() : '\u0002';
        const arrayAt = crits.map((k, idx) => (isArea(k) ? idx : -1)).filter((idx) => idx >= 0);
        const scalarTests = crits.map((k) => (isArea(k) ? null : criterion(this.scalar(k))));
        let grouped: Map<string, number> | null = null;
        const groupedCounts = () => {
          if (grouped) return grouped;
          grouped = new Map<string, number>();
          for (let i = 0; i < ranges[0].length; i++) {
            if (!scalarTests.every((test, k) => test === null || test(ranges[k][i]))) continue;
            const key = arrayAt.map((k) => keyOfCell(ranges[k][i])).join('\u0000');
            grouped.set(key, (grouped.get(key) ?? 0) + 1);
          }
          return grouped;
        };
        const memo = new Map<string, number>();
        const keyOf = (v: Scalar) =>
          v === EMPTY ? '' : v instanceof FormulaError ? `#${v.code}` : `${typeof v}:${String(v)}`;
        return {
          area: arrayCrit.area.map((row, r) =>
            row.map((_, c) => {
              const picked = crits.map((k) => (isArea(k) ? (k.area[r]?.[c] ?? EMPTY) : this.scalar(k)));
              if (arrayAt.every((k) => plainText(picked[k]))) {
                return groupedCounts().get(arrayAt.map((k) => keyOfCell(picked[k])).join('\u0000')) ?? 0;
              }
              const key = picked.map(keyOf).join('\u0000');
              let n = memo.get(key);
              if (n === undefined) memo.set(key, (n = countWith(picked)));
              return n;
            }),
          ),
        };
      }
      // https://support.google.com/docs/answer/3093620 — COUNT: the numeric values.
      case 'COUNT':
        return args.reduce<number>((n, a) => n + values(a).filter((v) => typeof v === 'number').length, 0);
      // https://support.google.com/docs/answer/3094013 and /3094017 — MAX and MIN of the numbers
      // given (0 when there is none).
      case 'MAX':
      case 'MIN': {
        const nums: number[] = [];
        for (const a of args) {
          for (const v of values(a)) {
            if (v instanceof FormulaError) return v;
            if (typeof v === 'number') nums.push(v);
            else if (!isArea(a)) {
              const n = toNumber(v);
              if (n instanceof FormulaError) return n;
              nums.push(n);
            }
          }
        }
        if (nums.length === 0) return 0;
        return name === 'MAX' ? Math.max(...nums) : Math.min(...nums);
      }
      // https://support.google.com/docs/answer/3094140 — TRIM: leading, trailing and repeated
      // spaces removed (element-wise inside SUMPRODUCT).
      case 'TRIM': {
        if (args.length !== 1) return new FormulaError('#N/A');
        return this.unaryArray(args[0], (v) =>
          v instanceof FormulaError ? v : toText(v, this.host.locale).replace(/ +/g, ' ').trim(),
        );
      }
      // https://support.google.com/docs/answer/3093304 — IFERROR: the value, or the second
      // argument (blank when absent) when the value is an error.
      case 'IFERROR': {
        if (args.length < 1 || args.length > 2) return new FormulaError('#N/A');
        const v = this.scalar(args[0]);
        if (v instanceof FormulaError) return args.length > 1 ? args[1] : EMPTY;
        return args[0];
      }
      // https://support.google.com/docs/answer/3092984 — TODAY: the current date, no time part,
      // in the spreadsheet's time zone.
      case 'TODAY':
        return Math.floor(this.host.toSerial(new Date()));
      // https://support.google.com/docs/answer/3092969 — DATE(year, month, day) as a date value.
      case 'DATE': {
        const [y, m, d] = args.map((a) => toNumber(this.scalar(a)));
        for (const n of [y, m, d])
          if (n === undefined || n instanceof FormulaError) return n ?? new FormulaError('#N/A');
        return (
          Date.UTC(Math.trunc(y as number), Math.trunc(m as number) - 1, Math.trunc(d as number)) /
            86_400_000 +
          25_569
        );
      }
      default:
        return new FormulaError('#NAME?');
    }
  }
}

const ERROR_CODES = ['#NAME?', '#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#ERROR!', '#NULL!'];

function isArea(v: Value): v is Area {
  return typeof v === 'object' && v !== null && 'area' in v;
}

function toNumber(v: Scalar): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === EMPTY) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const trimmed = v.trim();
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  return new FormulaError('#VALUE!');
}

function toText(v: Scalar, locale: string): string {
  if (v === EMPTY) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return generalNumber(v, locale);
  return String(v);
}

function arithmetic(a: Scalar, b: Scalar, op: string): Scalar {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof FormulaError) return x;
  if (y instanceof FormulaError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new FormulaError('#DIV/0!') : x / y;
    default:
      return Math.pow(x, y);
  }
}

/** Sheets orders numbers < text < booleans; text compares case-insensitively. */
function rank(v: Scalar): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function compareValues(a: Scalar, b: Scalar, op: string): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  const x = a === EMPTY ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === EMPTY ? (typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0) : b;
  let cmp: number;
  if (rank(x) !== rank(y)) cmp = rank(x) - rank(y);
  else if (typeof x === 'string') cmp = x.toLowerCase().localeCompare((y as string).toLowerCase());
  else cmp = Number(x) - Number(y);
  switch (op) {
    case '=':
      return cmp === 0;
    case '<>':
      return cmp !== 0;
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    case '<=':
      return cmp <= 0;
    default:
      return cmp >= 0;
  }
}

/** COUNTIF/SUMIF criteria: 5, "5", ">5", "<>x", "=x", text (case-insensitive). */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (typeof c === 'number' || typeof c === 'boolean') return (v) => v === c;
  if (c === EMPTY || c instanceof FormulaError) return (v) => v === EMPTY || v === '';
  const m = /^(<=|>=|<>|=|<|>)?(.*)$/s.exec(c)!;
  const op = m[1] ?? '=';
  const operand = m[2];
  const asNumber = operand.trim() !== '' && !Number.isNaN(Number(operand)) ? Number(operand) : undefined;
  return (v) => {
    if (v instanceof FormulaError) return false;
    if (operand === '' && (op === '=' || op === '<>')) {
      const blank = v === EMPTY || v === '';
      return op === '=' ? blank : !blank;
    }
    if (v === EMPTY) return op === '<>';
    if (asNumber !== undefined && typeof v === 'number') return compareValues(v, asNumber, op) === true;
    if (asNumber !== undefined && op !== '=' && op !== '<>') return false;
    if (typeof v !== 'string') return op === '<>';
    return compareValues(v, operand, op) === true;
  };
}

/** Evaluates a formula ('=…'); returns a number, string, boolean or an error code string. */
export function evaluateFormula(formula: string, host: FormulaHost): number | string | boolean {
  let result: Value;
  try {
    result = new Evaluator(tokenize(formula.replace(/^=/, '')), host).run();
  } catch (e) {
    result = e instanceof FormulaError ? e : new FormulaError('#ERROR!');
  }
  if (isArea(result)) result = result.area[0]?.[0] ?? EMPTY;
  if (result instanceof FormulaError) return result.code;
  if (result === EMPTY) return '';
  return result;
}
