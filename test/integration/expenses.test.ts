// Issue 13 points 2, 5, 6 (expenses), 10: addExpense's warnings, updateExpense and
// deleteExpense with the `expected` guard, getExpenses for the sidebar, one-off lines.
import { harness, type Harness } from '../helpers/harness';

type Emu = Harness['emu'];

function udgifter(emu: Emu): unknown[][] {
  return emu.sheetValues('Udgifter');
}

describe('expenses: warnings, correction, deletion', () => {
  let h: Harness;
  beforeEach(() => {
    jest.resetModules();
    h = harness({ today: '2026-12-07' });
    h.api.saveSettings({ periodStart: '2026-10-01', periodEnd: '2027-06-30' });
    h.api.setupWorkbook();
  });

  it('addExpense returns no warning for an ordinary expense inside the period', () => {
    const r = h.api.addExpense({
      date: '2026-11-05',
      line: 'Administration',
      amount: 250,
      description: 'Porto',
    });
    expect(r).toEqual({ row: 2, warnings: [] });
  });

  it('warns (not refuses) about a date outside the project period, naming the date and the period', () => {
    const before = h.api.addExpense({
      date: '2020-01-10',
      line: 'Administration',
      amount: 10,
      description: 'Gammel',
    });
    expect(before.warnings).toHaveLength(1);
    expect(before.warnings[0]).toContain('10-01-2020');
    expect(before.warnings[0]).toContain('01-10-2026');
    expect(before.warnings[0]).toContain('30-06-2027');
    const after = h.api.addExpense({
      date: '2030-01-10',
      line: 'Administration',
      amount: 10,
      description: 'Fremtid',
    });
    expect(after.warnings[0]).toMatch(/projektperioden/);
    // The first and last day of the period are inside.
    expect(
      h.api.addExpense({ date: '2026-10-01', line: 'Administration', amount: 1, description: 'a' }).warnings,
    ).toEqual([]);
    expect(
      h.api.addExpense({ date: '2027-06-30', line: 'Administration', amount: 1, description: 'b' }).warnings,
    ).toEqual([]);
    // Saved all the same.
    expect(udgifter(h.emu)).toHaveLength(5);
  });

  it('warns when the line goes over budget with this expense, and when the amount alone exceeds the whole line', () => {
    // Børnepasning 3.500 kr.: 1.499 left after 2.001 … like the 5.000 on 2.001 left.
    expect(
      h.api.addExpense({ date: '2026-11-05', line: 'Børnepasning', amount: 2001, description: 'a' }).warnings,
    ).toEqual([]);
    expect(
      h.api.addExpense({ date: '2026-11-06', line: 'Børnepasning', amount: 1499, description: 'b' }).warnings,
    ).toEqual([]); // exactly the budget
    const over = h.api.addExpense({
      date: '2026-11-07',
      line: 'Børnepasning',
      amount: 0.5,
      description: 'c',
    });
    expect(over.warnings).toEqual(['Med denne udgift er posten «Børnepasning» 0,50 kr. over budget.']);
    // 25000 typed for 250 on Administration (2.500 kr.): one warning, the stronger one.
    const typo = h.api.addExpense({
      date: '2026-11-08',
      line: 'Administration',
      amount: 25000,
      description: 'Tastefejl',
    });
    expect(typo.warnings).toEqual([
      'Beløbet alene er større end hele budgettet for «Administration» (2.500,00 kr.). Tjek beløbet.',
    ]);
  });

  it('speaks English when the language is English', () => {
    h.api.saveSettings({ language: 'en' });
    const r = h.api.addExpense({
      date: '2031-01-01',
      line: 'Administration',
      amount: 3000,
      description: 'x',
    });
    expect(r.warnings).toEqual([
      'The date 01-01-2031 is outside the project period 01-10-2026 – 30-06-2027. Please check the date (the period is changed in Settings).',
      'The amount alone is more than the whole budget of “Administration” (DKK 2,500.00). Please check the amount.',
    ]);
  });

  it('getExpenses lists the rows newest first, with what `expected` needs', () => {
    h.api.addExpense({
      date: '2026-11-05',
      line: 'Administration',
      amount: 250,
      description: 'Porto',
      receipt: 'B-1',
    });
    h.api.addExpense({ date: '2026-11-06', line: 'Børnepasning', amount: 99.95, description: 'Barnepige' });
    expect(h.api.getExpenses()).toEqual([
      {
        row: 3,
        date: '2026-11-06',
        line: 'Børnepasning',
        amount: 99.95,
        description: 'Barnepige',
        receipt: '',
      },
      {
        row: 2,
        date: '2026-11-05',
        line: 'Administration',
        amount: 250,
        description: 'Porto',
        receipt: 'B-1',
      },
    ]);
  });

  it('updateExpense corrects one row, keeps the rest of it and its Registreret, and warns as addExpense', () => {
    h.api.addExpense({
      date: '2026-11-05',
      line: 'Administration',
      amount: 2500,
      description: 'Porto',
      receipt: 'B-1',
    });
    h.api.addExpense({ date: '2026-11-06', line: 'Børnepasning', amount: 100, description: 'Barnepige' });
    const registered = udgifter(h.emu)[1][5];
    // Correcting 2.500 to 250 on a line of 2.500: no warning (the row itself is not counted twice).
    const r = h.api.updateExpense(
      2,
      { date: '2026-11-05', line: 'Administration', amount: 2500 },
      { amount: 250 },
    );
    expect(r).toEqual({ row: 2, warnings: [] });
    expect(h.api.getExpenses()[1]).toEqual({
      row: 2,
      date: '2026-11-05',
      line: 'Administration',
      amount: 250,
      description: 'Porto',
      receipt: 'B-1',
    });
    expect(udgifter(h.emu)[1][5]).toEqual(registered);
    expect(h.api.getBudget().lines.find((l) => l.line === 'Administration')!.spent).toBe(250);
    // Moving it to another line and out of the period warns.
    const moved = h.api.updateExpense(
      2,
      { date: '2026-11-05', line: 'Administration', amount: 250 },
      { line: 'Børnepasning', date: '2027-08-01' },
    );
    expect(moved.warnings).toHaveLength(1);
    expect(moved.warnings[0]).toContain('01-08-2027');
    expect(h.api.getBudget().lines.find((l) => l.line === 'Børnepasning')!.spent).toBe(350);
  });

  it('refuses a stale or wrong `expected`, an invalid patch, or a row that is not an expense, writing nothing', () => {
    h.api.addExpense({ date: '2026-11-05', line: 'Administration', amount: 250, description: 'Porto' });
    h.api.addExpense({ date: '2026-11-06', line: 'Børnepasning', amount: 100, description: 'Barnepige' });
    const before = JSON.stringify(udgifter(h.emu));
    const seen = { date: '2026-11-05', line: 'Administration', amount: 250 };
    // She changed the amount by hand after opening the list.
    h.emu.spreadsheet.getSheetByName('Udgifter')!.getRange('C2').setValue(260);
    const changed = JSON.stringify(udgifter(h.emu));
    expect(() => h.api.updateExpense(2, seen, { amount: 300 })).toThrow(
      'Udgiften i række 2 er ændret i arket',
    );
    expect(() => h.api.deleteExpense(2, seen)).toThrow('Udgiften i række 2 er ændret i arket');
    expect(JSON.stringify(udgifter(h.emu))).toBe(changed);
    h.emu.spreadsheet.getSheetByName('Udgifter')!.getRange('C2').setValue(250);
    expect(JSON.stringify(udgifter(h.emu))).toBe(before);
    // Wrong row number: row 3 holds another expense.
    expect(() => h.api.updateExpense(3, seen, { amount: 300 })).toThrow('ændret i arket');
    expect(() => h.api.deleteExpense(9, seen)).toThrow('Række 9 i «Udgifter» er ikke en udgift');
    expect(() => h.api.deleteExpense(1, seen)).toThrow('Række 1 i «Udgifter» er ikke en udgift');
    // The patch is validated as addExpense.
    expect(() => h.api.updateExpense(2, seen, { amount: -5 })).toThrow('større end 0 kr.');
    expect(() => h.api.updateExpense(2, seen, { line: 'Findes ikke' })).toThrow(
      'Posten «Findes ikke» findes ikke',
    );
    expect(() => h.api.updateExpense(2, seen, { description: '' })).toThrow();
    expect(() => h.api.updateExpense(2, seen, { colour: 'red' } as never)).toThrow(
      'Feltet «colour» kendes ikke',
    );
    expect(JSON.stringify(udgifter(h.emu))).toBe(before);
  });

  it('deleteExpense removes the sheet row; the rows below move up and the budget follows', () => {
    h.api.addExpense({ date: '2026-11-05', line: 'Administration', amount: 250, description: 'Porto' });
    h.api.addExpense({ date: '2026-11-06', line: 'Børnepasning', amount: 100, description: 'Barnepige' });
    h.api.addExpense({ date: '2026-11-07', line: 'Administration', amount: 50, description: 'Kuverter' });
    expect(h.api.deleteExpense(2, { date: '2026-11-05', line: 'Administration', amount: 250 })).toEqual({
      removed: 1,
    });
    expect(udgifter(h.emu)).toHaveLength(3);
    expect(h.api.getExpenses().map((e) => [e.row, e.description])).toEqual([
      [3, 'Kuverter'],
      [2, 'Barnepige'],
    ]);
    expect(h.api.getBudget().lines.find((l) => l.line === 'Administration')!.spent).toBe(50);
    // The old row number now holds another expense: deleting "row 2" again is refused.
    expect(() => h.api.deleteExpense(2, { date: '2026-11-05', line: 'Administration', amount: 250 })).toThrow(
      'ændret i arket',
    );
  });
});
