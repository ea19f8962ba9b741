// Budget and Udgifter through the server API in the emulator: a year of 150 realistic
// expenses — most through addExpense, some typed by hand into Udgifter (one as Danish text
// "1.234,50", and with a column the coordinator inserted) — checked against an independent
// ledger in øre, both in getBudget and in the Budget sheet's evaluated formulas.
import { harness, type Harness } from '../helpers/harness';
import { SEEDED_BUDGET } from '../../src/core/budget';

type Emu = Harness['emu'];

const LINES = SEEDED_BUDGET.map((l) => l.line);
const BUDGET_KR = new Map(SEEDED_BUDGET.map((l) => [l.line, l.budget]));

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sheet(emu: Emu, name: string) {
  const s = emu.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function column(emu: Emu, name: string, header: string): unknown[] {
  const values = emu.sheetValues(name);
  const i = values[0].map(String).indexOf(header);
  return values.slice(1).map((r) => r[i]);
}

/** Budget sheet rows as evaluated by the emulator: Post → { Forbrug, Rest, Forbrug % }. */
function budgetSheet(emu: Emu): Map<string, { spent: number; rest: number; share: unknown }> {
  const values = emu.sheetValues('Budget');
  const h = values[0].map(String);
  const out = new Map<string, { spent: number; rest: number; share: unknown }>();
  for (const r of values.slice(1)) {
    if (r[h.indexOf('Post')] === '') continue;
    out.set(String(r[h.indexOf('Post')]), {
      spent: r[h.indexOf('Forbrug')] as number,
      rest: r[h.indexOf('Rest')] as number,
      share: r[h.indexOf('Forbrug %')],
    });
  }
  return out;
}

const kr = (oere: number) => oere / 100;

describe('budget and expenses over a year', () => {
  let h: Harness;
  /** The test's own ledger: øre per line. */
  const ledger = new Map<string, number>(LINES.map((l) => [l, 0]));
  const book = (line: string, oere: number) => ledger.set(line, (ledger.get(line) ?? 0) + oere);
  const total = () => [...ledger.values()].reduce((s, v) => s + v, 0);

  beforeAll(() => {
    h = harness({ today: '2026-06-20' });
    h.api.saveSettings({ coordinatorInitials: 'AB', periodStart: '2025-10-01', periodEnd: '2026-06-30' });
    h.api.setupWorkbook();
  });

  it('seeds the ten lines with live formulas, and setup again neither duplicates nor overwrites', () => {
    const { api, emu } = h;
    expect(column(emu, 'Budget', 'Post')).toEqual(LINES);
    expect(column(emu, 'Budget', 'Budget')).toEqual(SEEDED_BUDGET.map((l) => l.budget));
    const formulas = emu.sheetFormulas('Budget');
    expect(formulas[1].slice(2, 5)).toEqual([
      "=SUMIF('Udgifter'!$B:$B,$A2,'Udgifter'!$C:$C)",
      '=B2-C2',
      '=IF(B2>0,C2/B2,"")',
    ]);
    expect(column(emu, 'Budget', 'Note')[5]).toContain('120 t á 400 kr.');

    // Her changes survive a second setup: a new budget figure and a line of her own.
    sheet(emu, 'Budget').getRange('B3').setValue(3500);
    sheet(emu, 'Budget').appendRow(['Ekstra: bustur', 1200, '', '', '', '']);
    api.setupWorkbook();
    api.setupWorkbook();
    const posts = column(emu, 'Budget', 'Post');
    expect(posts).toEqual([...LINES, 'Ekstra: bustur']);
    expect(column(emu, 'Budget', 'Budget')[1]).toBe(3500);
    // Her line got its formulas too.
    expect(emu.sheetFormulas('Budget')[11][2]).toBe("=SUMIF('Udgifter'!$B:$B,$A12,'Udgifter'!$C:$C)");
    // Conditional colours are not duplicated by running setup again.
    const rules = emu.sheetByName('Budget')!.conditionalFormats;
    expect(rules.filter((r) => r.condition.type === 'NUMBER_GREATER_THAN_OR_EQUAL_TO')).toHaveLength(2);
    sheet(emu, 'Budget').getRange('B3').setValue(3000);
    sheet(emu, 'Budget').deleteRow(12);
  });

  it('books 150 expenses (some by hand) and agrees with an independent ledger, in getBudget and in the sheet', () => {
    const { api, emu } = h;
    const random = rng(2026);
    for (let i = 0; i < 140; i++) {
      const line = LINES[Math.floor(random() * LINES.length)];
      // Amounts in whole øre, many with 0.1/0.2-style binary noise.
      const oere = 1 + Math.floor(random() * 150000);
      const month = 1 + (i % 12);
      const year = month >= 10 ? 2025 : 2026;
      const date = `${year}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const { row } = api.addExpense({
        date,
        line,
        amount: oere / 100,
        description: `Udgift ${i + 1}`,
        receipt: i % 3 ? `B-${i}` : undefined,
      });
      expect(row).toBe(i + 2);
      book(line, oere);
    }
    for (let i = 0; i < 20; i++) {
      api.addExpense({
        date: '2026-03-01',
        line: 'Administration',
        amount: i % 2 ? 0.1 : 0.2,
        description: 'Porto',
      });
      book('Administration', i % 2 ? 10 : 20);
    }

    // By hand: the coordinator inserts her own column before Beløb, then types rows.
    const udgifter = sheet(emu, 'Udgifter');
    udgifter.insertColumnBefore(3);
    udgifter.getRange('C1').setValue('Betalt af');
    const typed: [string, string, string, number][] = [
      ['Forplejning og materialer', "'1.234,50", 'Kaffe, te og frugt', 123450],
      ['Børnepasning', '350', 'Barnepige modul 3', 35000],
      ['Transport og gaver til undervisere', '99.95', 'Blomster', 9995],
      ['Rengøring og sprit', '0.30', 'Sprit', 30],
      ['Honorar til gæstelærere', '2500', 'Oplæg om sundhed', 250000],
    ];
    for (const [line, amount, text] of typed)
      udgifter.appendRow(['2026-04-02', line, 'Kommunen', amount, text, '', '']);
    for (const [line, , , oere] of typed) book(line, oere);
    expect(emu.sheetValues('Udgifter').at(-5)![3]).toBe('1.234,50');

    // getBudget reads the raw rows itself (columns found by header), exact to the øre.
    const b = api.getBudget();
    for (const line of b.lines) {
      expect([line.line, line.spent]).toEqual([line.line, kr(ledger.get(line.line)!)]);
      expect(line.remaining).toBe(kr(BUDGET_KR.get(line.line)! * 100 - ledger.get(line.line)!));
    }
    expect(b.spent).toBe(kr(total()));
    expect(b.budget).toBe(111000);
    expect(b.remaining).toBe(kr(11_100_000 - total()));
    expect(b.expenseCount).toBe(165);
    expect(b.unreadableRows).toEqual([]);

    // refreshOverview tidies the sheets: the text amount becomes a number and the formulas
    // follow the inserted column, so the sheet's own figures agree too.
    api.refreshOverview();
    expect(emu.sheetValues('Udgifter').at(-5)![3]).toBe(1234.5);
    const fromSheet = budgetSheet(emu);
    for (const line of LINES) {
      const want = ledger.get(line)!;
      const got = fromSheet.get(line)!;
      expect([line, Math.round(got.spent * 100)]).toEqual([line, want]);
      expect([line, Math.round(got.rest * 100)]).toEqual([line, BUDGET_KR.get(line)! * 100 - want]);
      expect(got.share).toBeCloseTo(want / (BUDGET_KR.get(line)! * 100), 9);
    }
    expect(emu.sheetFormulas('Budget')[1][2]).toBe("=SUMIF('Udgifter'!$B:$B,$A2,'Udgifter'!$D:$D)");
    expect(api.getBudget()).toEqual(b);
  });

  it('writes a real date, the exact line, a number and the registration time', () => {
    const { api, emu } = h;
    const { row } = api.addExpense({
      date: '2026-05-04',
      line: '  Børnepasning ',
      amount: 12.3,
      description: ' Leg og pasning ',
      receipt: '=HYPERLINK("x")',
    });
    const values = emu.sheetValues('Udgifter');
    const hdr = values[0].map(String);
    const r = values[row - 1];
    expect(r[hdr.indexOf('Dato')]).toBeInstanceOf(Date);
    expect((r[hdr.indexOf('Dato')] as Date).getDate()).toBe(4);
    expect(r[hdr.indexOf('Post')]).toBe('Børnepasning');
    expect(r[hdr.indexOf('Beløb')]).toBe(12.3);
    expect(r[hdr.indexOf('Beskrivelse')]).toBe('Leg og pasning');
    expect(r[hdr.indexOf('Bilag')]).toBe('=HYPERLINK("x")');
    expect(r[hdr.indexOf('Betalt af')]).toBe('');
    expect(r[hdr.indexOf('Registreret')]).toBeInstanceOf(Date);
    expect(emu.sheetFormulas('Udgifter')[row - 1].every((f) => f === '')).toBe(true);
    expect(emu.sheetDisplayValues('Udgifter')[row - 1][hdr.indexOf('Dato')]).toBe('04-05-2026');
    book('Børnepasning', 1230);
  });

  it('refuses bad input with a clear Danish message and changes nothing', () => {
    const { api, emu } = h;
    const good = { date: '2026-02-03', line: 'Administration', amount: 10, description: 'Frimærker' };
    const before = JSON.stringify(emu.sheetValues('Udgifter'));
    const cases: [string, unknown, RegExp][] = [
      ['NaN', { ...good, amount: NaN }, /«Beløb» skal være et tal/],
      ['Infinity', { ...good, amount: Infinity }, /«Beløb» skal være et tal/],
      ['-1', { ...good, amount: -1 }, /større end 0 kr/],
      ['0', { ...good, amount: 0 }, /større end 0 kr/],
      ['1.005', { ...good, amount: 1.005 }, /højst have 2 decimaler/],
      [
        'a date that does not exist',
        { ...good, date: '2025-02-30' },
        /«Dato»: «2025-02-30» er ikke en gyldig dato/,
      ],
      ['an unknown line', { ...good, line: 'Slik' }, /Posten «Slik» findes ikke/],
      ['a missing description', { ...good, description: '' }, /«Beskrivelse» skal udfyldes/],
      [
        'a __proto__ key',
        JSON.parse(
          '{"__proto__":{"amount":5},"date":"2026-02-03","line":"Administration","amount":10,"description":"x"}',
        ),
        /Feltet «__proto__» kendes ikke/,
      ],
      ['no object', 'Administration 10 kr', /kunne ikke læses/],
    ];
    for (const [name, input, message] of cases) {
      expect(() => api.addExpense(input as never)).toThrow(message);
      expect([name, JSON.stringify(emu.sheetValues('Udgifter'))]).toEqual([name, before]);
    }
  });

  it('stays within 8 Spreadsheet calls for addExpense and getBudget, with 150 and with 5,000 expenses', () => {
    const { api, emu } = h;
    const measure = () => {
      emu.calls.reset();
      api.addExpense({ date: '2026-06-01', line: 'Administration', amount: 1, description: 'Kuvert' });
      const add = emu.calls.count('Spreadsheet');
      emu.calls.reset();
      api.getBudget();
      return { add, get: emu.calls.count('Spreadsheet') };
    };
    const small = measure();
    book('Administration', 100);

    // Grow Udgifter to 5,000 rows directly (uncounted), as years of hand entries would.
    const udgifter = sheet(emu, 'Udgifter');
    const start = udgifter.getLastRow() + 1;
    const extra = 5000 - (start - 2);
    udgifter.insertRowsAfter(udgifter.getMaxRows(), extra);
    const rows = Array.from({ length: extra }, (_, i) => [
      new Date(2026, 0, 1 + (i % 28)),
      'Forplejning og materialer',
      '',
      0.05,
      'Kage',
      '',
      new Date(),
    ]);
    udgifter.getRange(start, 1, extra, 7).setValues(rows);
    book('Forplejning og materialer', 5 * extra);
    const large = measure();
    book('Administration', 100);
    console.log(
      `Spreadsheet calls: addExpense ${small.add} → ${large.add}, getBudget ${small.get} → ${large.get}`,
    );
    expect(small.add).toBeLessThanOrEqual(8);
    expect(small.get).toBeLessThanOrEqual(8);
    expect(large).toEqual(small);
    const b = api.getBudget();
    expect(b.expenseCount).toBe(5001);
    expect(b.spent).toBe(kr(total()));
  });

  it('writes nothing and says so when the sheet service fails, or recovers completely', () => {
    const { api, emu } = h;
    const before = JSON.stringify(emu.sheetValues('Udgifter'));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    let succeeded = 0;
    for (let at = 1; at <= 6; at++) {
      emu.calls.failAt(at, { service: 'Spreadsheet' });
      // A failed one-call read is retried with the documented getDataRange().getValues(), so a
      // fault there may end in a complete success; anything else fails and writes nothing.
      let row = 0;
      try {
        row = api.addExpense({
          date: '2026-06-02',
          line: 'Administration',
          amount: 2,
          description: 'Tape',
        }).row;
      } catch (error) {
        expect((error as Error).message).toMatch(/intet blev gemt/);
      }
      emu.calls.clearFaults();
      if (row) {
        succeeded++;
        const after = emu.sheetValues('Udgifter');
        expect(after.length).toBe(JSON.parse(before).length + 1);
        emu.spreadsheet.getSheetByName('Udgifter')!.deleteRow(row);
      }
      expect(JSON.stringify(emu.sheetValues('Udgifter'))).toBe(before);
    }
    expect(succeeded).toBeLessThan(6);
    warnings.mockRestore();
    // The log names the failure, never what she typed.
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/Tape/);
    errors.mockRestore();
  });
});
