import type { Mark } from '../../src/shared/api';
import { computeBudget, SEEDED_BUDGET } from '../../src/core/budget';
import { buildOverview, overviewLayout, splitLanguages, type OverviewInput } from '../../src/core/dashboard';
import { toOere } from '../../src/core/money';

const settings = { cohortName: 'Hold 2026', modules: 15, requiredShare: 0.9, excusedCountsAsAbsent: true };
const marks = (s: string): Mark[] => s.split('').map((c) => (c === '.' ? '' : (c as Mark)));

function input(): OverviewInput {
  const budget = computeBudget(
    SEEDED_BUDGET.map((l, i) => ({ line: l.line, budgetOere: toOere(l.budget), row: i + 2 })),
    [
      { line: 'Administration', amountOere: 230000, row: 2 },
      { line: 'Børnepasning', amountOere: 100000, row: 3 },
    ],
    { grantOere: 11_100_000, period: { start: '2025-10-01', end: '2026-06-30' }, today: '2026-03-01' },
  );
  return {
    today: '2026-03-01',
    settings,
    persons: [
      { status: 'Optaget', area: 'Hedeparken', languages: 'arabisk, dansk' },
      { status: 'Optaget', area: 'hedeparken ', languages: 'Dansk og somali' },
      { status: 'Uddannet', area: 'Magleparken', languages: 'urdu' },
      { status: 'Frafaldet', area: 'Grantoften', languages: '' },
      { status: 'Interesseret', area: '', languages: 'tyrkisk' },
      { status: 'Ikke optaget', area: 'Hedeparken', languages: '' },
    ],
    attendance: [
      { marks: marks('MMMMMMMMMMMMMMM'), hasDiploma: true },
      { marks: marks('MMMMMFM........'), hasDiploma: false },
      { marks: marks('MFFA...........'), hasDiploma: false },
      { marks: marks('MMMMMMFMMMMMMMM'), hasDiploma: false },
    ],
    budget,
    leaderHours: null,
    timeline: [
      { row: 2, month: 'Oktober', activity: 'PR', responsible: 'AB', deadline: '2025-10-31', status: 'Færdig', note: '', overdue: false },
      { row: 3, month: 'Januar', activity: 'Aftaler', responsible: 'AB', deadline: '2026-01-31', status: 'I gang', note: '', overdue: true },
    ],
  };
}

describe('buildOverview', () => {
  const o = buildOverview(input());

  it('counts the recruitment funnel, areas and languages (counts only)', () => {
    expect(o.recruitment.applicants).toBe(6);
    expect(o.recruitment.admitted).toBe(4);
    expect(o.recruitment.active).toBe(3);
    expect(o.recruitment.dropouts).toBe(1);
    expect(o.recruitment.byStatus.find((s) => s.status === 'Optaget')!.count).toBe(2);
    expect(o.recruitment.byStatus.find((s) => s.status === 'Venteliste')!.count).toBe(0);
    expect(o.recruitment.areas).toBe(3);
    expect(o.recruitment.languages).toBe(5);
    expect([o.recruitment.targetMin, o.recruitment.targetMax]).toEqual([15, 20]);
  });

  it('summarises attendance with the 90 % rule', () => {
    const a = o.attendance;
    expect(a.participants).toBe(4);
    expect(a.modulesHeld).toBe(15);
    expect(a.required).toBe(14);
    expect(a.completed).toBe(2);
    expect(a.below).toBe(2);
    expect(a.ok + a.atRisk).toBe(0);
    expect(a.perModule[0]).toEqual({ module: 1, held: true, present: 4 });
    expect(a.perModule[1].present).toBe(3);
    // Rates 1, 6/15, 1/15, 14/15 → mean 0.6.
    expect(a.averageRate).toBeCloseTo(0.6, 3);
    expect(o.diplomas).toEqual({ eligible: 2, made: 1 });
  });

  it('leaves a dropout out of the flags and the average, but her marks still make modules held', () => {
    const i = input();
    i.attendance[2] = { ...i.attendance[2], droppedOut: true };
    i.attendance[1] = { marks: marks('MMMMMMMMMMMMMM.'), hasDiploma: false };
    const a = buildOverview(i).attendance;
    expect(a.participants).toBe(3);
    expect(a.below).toBe(0);
    expect(a.modulesHeld).toBe(15);
    // Rates 1, 0.933, 0.933 (each to 3 decimals) → mean 0.955; the dropout's 0.067 is not in it.
    expect(a.averageRate).toBe(0.955);
  });

  it('carries timeline and budget figures', () => {
    expect(o.timeline.done).toBe(1);
    expect(o.timeline.overdue.map((r) => r.row)).toEqual([3]);
    expect(o.budget.spent).toBe(3300);
  });

  it('has no personal data anywhere', () => {
    const text = JSON.stringify(o);
    expect(text).not.toMatch(/arabisk|somali|Hedeparken/i);
  });
});

describe('splitLanguages', () => {
  it('splits the ways languages are typed', () => {
    expect(splitLanguages('Arabisk, dansk og Somali / urdu; tyrkisk')).toEqual(['arabisk', 'dansk', 'somali', 'urdu', 'tyrkisk']);
  });
});

describe('overviewLayout', () => {
  it('is a rectangular grid with the budget table for the chart, in either language', () => {
    const o = buildOverview(input());
    for (const lang of ['da', 'en'] as const) {
      const layout = overviewLayout(o, lang, 0.9);
      expect(layout.values.every((r) => r.length === layout.width)).toBe(true);
      expect(layout.formats).toHaveLength(layout.values.length);
      expect(layout.styles).toHaveLength(layout.values.length);
      const header = layout.values[layout.budgetChart.row - 1];
      expect(header[0]).toBe(lang === 'da' ? 'Post' : 'Budget line');
      const first = layout.values[layout.budgetChart.row];
      expect(first.slice(0, 3)).toEqual(['Honorar til gæstelærere', 10000, 0]);
      expect(layout.budgetChart.rows).toBe(11);
    }
    const da = overviewLayout(o, 'da', 0.9).values.flat();
    expect(da).toContain('Under 90 %');
    expect(da).toContain('Budget og forbrug');
    expect(overviewLayout(o, 'en', 0.9).values.flat()).toContain('Budget and spending');
  });
});
