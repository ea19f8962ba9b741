import type { Mark } from '../../src/shared/api';
import { computeBudget, SEEDED_BUDGET } from '../../src/core/budget';
import {
  buildOverview,
  countsFromOverviewSheet,
  overviewLayout,
  splitLanguages,
  type OverviewInput,
  type OverviewRefs,
} from '../../src/core/dashboard';
import { toOere } from '../../src/core/money';
import { t, type MessageKey } from '../../src/core/i18n';

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
      {
        row: 2,
        month: 'Oktober',
        activity: 'PR',
        responsible: 'AB',
        deadline: '2025-10-31',
        status: 'Færdig',
        note: '',
        overdue: false,
      },
      {
        row: 3,
        month: 'Januar',
        activity: 'Aftaler',
        responsible: 'AB',
        deadline: '2026-01-31',
        status: 'I gang',
        note: '',
        overdue: true,
      },
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
    expect(splitLanguages('Arabisk, dansk og Somali / urdu; tyrkisk')).toEqual([
      'arabisk',
      'dansk',
      'somali',
      'urdu',
      'tyrkisk',
    ]);
  });
});

describe('overviewLayout', () => {
  const refs: OverviewRefs = {
    persons: { sheet: "'Personer'", name: 'B', status: 'H', id: 'A', active: 'P', educationOrJob: null },
    attendance: {
      sheet: "'Fremmøde'",
      id: 'A',
      status: 'U',
      rate: 'T',
      diploma: 'V',
      modules: ['C', 'D', 'E'],
    },
    budget: { sheet: "'Budget'", line: 'A', amount: 'B' },
    expenses: { sheet: "'Udgifter'", line: 'B', amount: 'C' },
    timeline: { sheet: "'Tidsplan'", activity: 'B', deadline: 'D', status: 'E' },
  };
  const settings = {
    cohortName: 'Hold',
    modules: 3,
    requiredShare: 0.9,
    grant: 111000,
    periodStart: '2026-10-01',
    periodEnd: '2027-06-30',
  };
  const lines = [
    { line: 'Forplejning og materialer', oneOff: false },
    { line: 'Afslutningsfest/diplomoverrækkelse', oneOff: true },
  ];

  it('is a rectangular grid of labels and formulas, with the budget table for the chart, in either language', () => {
    for (const lang of ['da', 'en'] as const) {
      const layout = overviewLayout(lines, refs, settings, lang);
      expect(layout.values.every((r) => r.length === layout.width)).toBe(true);
      expect(layout.formats).toHaveLength(layout.values.length);
      expect(layout.styles).toHaveLength(layout.values.length);
      const header = layout.values[layout.budgetChart.row - 1];
      expect(header[0]).toBe(lang === 'da' ? 'Post' : 'Budget line');
      const first = layout.values[layout.budgetChart.row];
      expect(first[0]).toBe('Forplejning og materialer');
      expect(first[1]).toBe(`=SUMIF('Budget'!$A$2:$A,$A${layout.budgetChart.row + 1},'Budget'!$B$2:$B)`);
      expect(layout.budgetChart.rows).toBe(3);
      // Column A is never a formula (line names may start with '='); no formula sits in a text-formatted cell.
      expect(layout.values.every((r) => !String(r[0]).startsWith('='))).toBe(true);
      layout.values.forEach((r, i) =>
        r.forEach((v, j) => {
          if (typeof v === 'string' && v.startsWith('=')) expect(layout.formats[i][j]).not.toBe('@');
        }),
      );
    }
    const da = overviewLayout(lines, refs, settings, 'da').values.flat();
    expect(da).toContain('Under 90 %');
    expect(da).toContain('Budget og forbrug');
    expect(overviewLayout(lines, refs, settings, 'en').values.flat()).toContain('Budget and spending');
  });

  it('forecasts only linear lines; a one-off line is judged by whether it is spent', () => {
    const layout = overviewLayout(lines, refs, settings, 'da');
    const [linear, oneOff] = [
      layout.values[layout.budgetChart.row],
      layout.values[layout.budgetChart.row + 1],
    ];
    expect(String(linear[5])).toMatch(/^=IF\(.*ROUND\(/);
    expect(oneOff[5]).toBe('–');
    expect(String(oneOff[6])).toContain('"Brugt"');
    expect(String(oneOff[6])).not.toContain('tempo');
  });

  it('counts follow-up answers only where the column exists', () => {
    const v = overviewLayout(lines, refs, settings, 'da').values;
    expect(String(v.find((r) => r[0] === 'Aktiv bydelsmor (Ja)')![1])).toContain("'Personer'!$P$2:$P");
    expect(v.find((r) => r[0] === 'Uddannelse/job (Ja)')![1]).toBe('–');
  });
});

describe('countsFromOverviewSheet: the counts read back from Oversigt', () => {
  const sheet = (lang: 'da' | 'en', change: (rows: unknown[][]) => void = () => {}) => {
    const L = (k: MessageKey) => t(lang, k);
    const rows: unknown[][] = [
      [L('budgetOverviewApplicants'), 9],
      [L('budgetOverviewAdmitted'), 6, '', '', 5],
      ['Frafaldet', 1],
      [L('budgetOverviewActiveVolunteers'), 2, 3, 4],
      [L('budgetOverviewEducationJob'), 1, 2, 4],
      [L('attendanceStatusCompleted'), 4],
      [L('budgetOverviewDiplomas'), '3 / 4'],
    ];
    change(rows);
    return rows;
  };
  const expected = {
    applicants: 9,
    admitted: 6,
    dropouts: 1,
    completed: 4,
    diplomas: 3,
    followUp: { graduates: 4, activeVolunteer: { yes: 2, known: 3 }, educationOrJob: { yes: 1, known: 2 } },
  };

  it('finds every count by its label, in the language the dashboard was laid out in', () => {
    expect(countsFromOverviewSheet(sheet('da'))).toEqual(expected);
    expect(countsFromOverviewSheet(sheet('en'))).toEqual(expected);
  });

  it('gives up (null) when a label is missing or twice, or a figure is not a whole number', () => {
    expect(countsFromOverviewSheet(sheet('da', (r) => r.splice(5, 1)))).toBeNull();
    expect(countsFromOverviewSheet(sheet('da', (r) => r.push(['Frafaldet', 2])))).toBeNull();
    expect(countsFromOverviewSheet(sheet('da', (r) => (r[0][1] = '#REF!')))).toBeNull();
    expect(countsFromOverviewSheet(sheet('da', (r) => (r[2][1] = 1.5)))).toBeNull();
    expect(countsFromOverviewSheet(sheet('da', (r) => (r[6][1] = 'tre / 4')))).toBeNull();
    expect(countsFromOverviewSheet([])).toBeNull();
  });
});
