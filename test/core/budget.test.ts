import {
  computeBudget,
  elapsedShare,
  findLine,
  LEADER_PLAN_NOTE,
  leaderHours,
  lineKey,
  oereOfKroner,
  pace,
  parseHourPlan,
  parseHoursEntry,
  DEFAULT_HOUR_PLAN,
  SEEDED_BUDGET,
  spendLevel,
  validateExpense,
  type ExpenseInput,
} from '../../src/core/budget';
import { UserError } from '../../src/core/errors';
import { formatKr, sumOere, toOere } from '../../src/core/money';

const LINES = SEEDED_BUDGET.map((l) => l.line);
const ok = {
  date: '2026-02-03',
  line: 'Forplejning og materialer',
  amount: 249.5,
  description: 'Kaffe og kage, modul 2',
};

function keyOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e.key;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('seeded budget', () => {
  it('has the ten lines of SPEC totalling 111.000 kr.', () => {
    expect(SEEDED_BUDGET).toHaveLength(10);
    expect(sumOere(SEEDED_BUDGET.map((l) => toOere(l.budget)))).toBe(11_100_000);
    expect(formatKr(sumOere(SEEDED_BUDGET.map((l) => toOere(l.budget))))).toBe('111.000,00 kr.');
    expect(LINES).toEqual([
      'Honorar til gæstelærere',
      'Transport og gaver til undervisere',
      'Support/koncept/merchandise fra Landssekretariatet',
      'Forplejning og materialer',
      'Afslutningsfest/diplomoverrækkelse',
      'Projektleder',
      'Rengøring og sprit',
      'Administration',
      'Børnepasning',
      'Uforudsete udgifter',
    ]);
    expect(SEEDED_BUDGET.find((l) => l.line === 'Projektleder')?.budget).toBe(48000);
  });
});

describe('validateExpense', () => {
  it('accepts a good expense and returns the exact line text and øre', () => {
    expect(
      validateExpense({ ...ok, line: '  Forplejning   og materialer ', receipt: 'B-12' }, LINES),
    ).toEqual({
      date: '2026-02-03',
      line: 'Forplejning og materialer',
      amountOere: 24950,
      description: 'Kaffe og kage, modul 2',
      receipt: 'B-12',
    });
  });

  it.each([
    ['NaN', { amount: NaN }, 'budgetMustBeNumber'],
    ['Infinity', { amount: Infinity }, 'budgetMustBeNumber'],
    ['a string amount', { amount: '100' }, 'budgetMustBeNumber'],
    ['-1', { amount: -1 }, 'budgetMustBePositive'],
    ['0', { amount: 0 }, 'budgetMustBePositive'],
    ['1.005', { amount: 1.005 }, 'budgetTooManyDecimals'],
    ['an absurd amount', { amount: 50_000_000 }, 'budgetExpenseTooLarge'],
    ['2025-02-30', { date: '2025-02-30' }, 'invalidDate'],
    ['a Danish date', { date: '03-02-2026' }, 'invalidDate'],
    ['an unknown line', { line: 'Kaffe' }, 'budgetUnknownLine'],
    ['a line in another case', { line: 'forplejning og materialer' }, 'budgetUnknownLine'],
    ['a missing description', { description: '   ' }, 'required'],
    ['a too long description', { description: 'x'.repeat(301) }, 'tooLong'],
    ['a missing line', { line: undefined }, 'required'],
  ])('refuses %s', (_name, change, key) => {
    expect(keyOf(() => validateExpense({ ...ok, ...change }, LINES))).toBe(key);
  });

  it('refuses unknown fields, also a __proto__ key from JSON, and non-objects', () => {
    expect(
      keyOf(() => validateExpense(JSON.parse('{"__proto__": {"x": 1}, "date": "2026-02-03"}'), LINES)),
    ).toBe('unknownField');
    expect(keyOf(() => validateExpense({ ...ok, extra: 1 }, LINES))).toBe('unknownField');
    expect(keyOf(() => validateExpense(null, LINES))).toBe('notAnObject');
    expect(keyOf(() => validateExpense([ok], LINES))).toBe('notAnObject');
  });

  it('accepts amounts with two decimals that are inexact in binary', () => {
    expect(validateExpense({ ...ok, amount: 19.99 }, LINES).amountOere).toBe(1999);
    expect(validateExpense({ ...ok, amount: 0.1 }, LINES).amountOere).toBe(10);
  });
});

describe('findLine', () => {
  it('takes the line as the grant application writes it, with its explanation in brackets', () => {
    const lines = SEEDED_BUDGET.map((l) => l.line);
    expect(findLine(lines, `Projektleder (${LEADER_PLAN_NOTE})`)).toBe('Projektleder');
    expect(findLine(lines, 'Projektleder')).toBe('Projektleder');
    expect(findLine(lines, 'Administration (kontor)')).toBe('Administration');
    expect(findLine(lines, 'Projekt (120 t)')).toBeUndefined();
    expect(findLine(lines, '(Administration)')).toBeUndefined();
  });
});

describe('computeBudget', () => {
  const lines = SEEDED_BUDGET.map((l, i) => ({ line: l.line, budgetOere: toOere(l.budget), row: i + 2 }));
  const period = { start: '2025-10-01', end: '2026-06-30' };

  it('sums thousands of 0.1 + 0.2-style amounts exactly', () => {
    const expenses: ExpenseInput[] = [];
    for (let i = 0; i < 3000; i++) {
      expenses.push({ line: 'Administration', amountOere: oereOfKroner(0.1), row: i + 2 });
      expenses.push({ line: 'Administration', amountOere: oereOfKroner(0.2), row: i + 2 });
    }
    const b = computeBudget(lines, expenses, { grantOere: 11_100_000, period, today: '2026-01-01' });
    const admin = b.lines.find((l) => l.line === 'Administration')!;
    expect(admin.spent).toBe(900);
    expect(admin.remaining).toBe(1600);
    expect(b.spent).toBe(900);
    expect(b.remaining).toBe(110100);
    // The naive float sum is not exact: the point of counting in øre.
    let naive = 0;
    for (let i = 0; i < 3000; i++) naive += 0.1 + 0.2;
    expect(naive).not.toBe(900);
  });

  it('matches lines like SUMIF (trimmed, any case), counts unassigned and unreadable rows', () => {
    const b = computeBudget(
      lines,
      [
        { line: ' administration ', amountOere: 10000, row: 2 },
        { line: 'Kontorartikler', amountOere: 5000, row: 3 },
        { line: 'Administration', amountOere: null, row: 4 },
      ],
      { grantOere: 11_100_000, period, today: '2026-01-01' },
    );
    expect(b.lines.find((l) => l.line === 'Administration')!.spent).toBe(100);
    expect(b.unassigned).toBe(50);
    expect(b.spent).toBe(150);
    expect(b.unreadableRows).toEqual([4]);
    expect(b.expenseCount).toBe(2);
    expect(b.budget).toBe(111000);
    expect(b.grant).toBe(111000);
  });

  it('gives colour levels at 90 % and 100 % of a line', () => {
    expect(spendLevel(100000, 89999)).toBe('ok');
    expect(spendLevel(100000, 90000)).toBe('warn');
    expect(spendLevel(100000, 99999)).toBe('warn');
    expect(spendLevel(100000, 100000)).toBe('over');
    expect(spendLevel(0, 1)).toBe('over');
    expect(spendLevel(0, 0)).toBe('ok');
  });
});

describe('spending pace', () => {
  const period = { start: '2025-10-01', end: '2026-06-30' };

  it('measures the elapsed share of the period', () => {
    expect(elapsedShare(period, '2025-09-30')).toBe(0);
    expect(elapsedShare(period, '2025-10-01')).toBeCloseTo(1 / 273, 10);
    expect(elapsedShare(period, '2026-06-30')).toBe(1);
    expect(elapsedShare(period, '2027-01-01')).toBe(1);
  });

  it('projects the final spend linearly and flags over- and underspending', () => {
    expect(pace(100000, 60000, 0.5)).toEqual({
      elapsedShare: 0.5,
      spentShare: 0.6,
      projected: 1200,
      projectedRemaining: -200,
      outlook: 'overPace',
    });
    expect(pace(100000, 40000, 0.5).outlook).toBe('underPace');
    expect(pace(100000, 40000, 0.5).projected).toBe(800);
    expect(pace(100000, 48000, 0.5).outlook).toBe('onTrack');
    expect(pace(100000, 100001, 0.5).outlook).toBe('over');
    expect(pace(100000, 0, 0)).toMatchObject({ projected: null, outlook: 'notStarted' });
    // Early in the period the forecast is shown but not judged; overspending always is.
    expect(pace(100000, 20000, 0.1)).toMatchObject({ projected: 2000, outlook: 'tooEarly' });
    expect(pace(100000, 100001, 0.1).outlook).toBe('over');
    expect(pace(0, 0, 0.5).spentShare).toBeNull();
  });
});

describe('project leader hours', () => {
  it('reads the plan from the seeded note', () => {
    expect(parseHourPlan(LEADER_PLAN_NOTE)).toEqual(DEFAULT_HOUR_PLAN);
    expect(parseHourPlan('100 t á 450 kr.: rekruttering 30 t, facilitering 70 t')).toEqual({
      rate: 450,
      tasks: [
        { task: 'Rekruttering', hours: 30 },
        { task: 'Facilitering', hours: 70 },
      ],
    });
    expect(parseHourPlan('')).toEqual(DEFAULT_HOUR_PLAN);
  });

  it('reads "Task: hours t" descriptions', () => {
    const plan = DEFAULT_HOUR_PLAN;
    expect(parseHoursEntry('Rekruttering: 5 t', plan)).toEqual({ task: 'Rekruttering', hours: 5 });
    expect(parseHoursEntry('facilitering 3,5 timer – modul 4', plan)).toEqual({
      task: 'Facilitering',
      hours: 3.5,
    });
    expect(parseHoursEntry('Underviserkontakt - 2 t', plan)).toEqual({ task: 'Underviserkontakt', hours: 2 });
    expect(parseHoursEntry('Facilitering, modul 3', plan)).toEqual({ task: 'Facilitering', hours: null });
    expect(parseHoursEntry('Rekrutteringsmøde 2 t', plan)).toBeNull();
    expect(parseHoursEntry('Løn januar', plan)).toBeNull();
  });

  it('adds hours per task; without hours, amount ÷ rate', () => {
    const h = leaderHours({ line: 'Projektleder', note: LEADER_PLAN_NOTE }, [
      { line: 'Projektleder', amountOere: 200000, description: 'Rekruttering: 5 t' },
      { line: 'projektleder', amountOere: 140000, description: 'Facilitering 3,5 t' },
      { line: 'Projektleder', amountOere: 120000, description: 'Facilitering, modul 2' },
      { line: 'Projektleder', amountOere: 80000, description: 'Løn' },
      { line: 'Administration', amountOere: 80000, description: 'Rekruttering: 9 t' },
    ]);
    expect(h.rate).toBe(400);
    expect(h.tasks).toEqual([
      { task: 'Rekruttering', planned: 20, used: 5, remaining: 15 },
      { task: 'Underviserkontakt', planned: 20, used: 0, remaining: 20 },
      { task: 'Facilitering', planned: 80, used: 6.5, remaining: 73.5 },
    ]);
    expect(h.unassignedHours).toBe(2);
    expect(h.planned).toBe(120);
    expect(h.used).toBe(13.5);
  });
});

describe('lineKey', () => {
  it('ignores case and spacing', () => {
    expect(lineKey('  Rengøring  og SPRIT ')).toBe('rengøring og sprit');
  });
});
