import type { Mark } from '../../src/shared/api';
import { computeBudget, SEEDED_BUDGET } from '../../src/core/budget';
import { buildOverview } from '../../src/core/dashboard';
import { toOere } from '../../src/core/money';
import { buildReport, reportText } from '../../src/core/report';

function overview() {
  const budget = computeBudget(
    SEEDED_BUDGET.map((l, i) => ({ line: l.line, budgetOere: toOere(l.budget), row: i + 2 })),
    [
      { line: 'Forplejning og materialer', amountOere: 1_234_550, row: 2 },
      { line: 'Projektleder', amountOere: 4_800_000, row: 3 },
    ],
    { grantOere: 11_100_000, period: { start: '2025-10-01', end: '2026-06-30' }, today: '2026-06-20' },
  );
  const m = (s: string): Mark[] => s.split('') as Mark[];
  return buildOverview({
    today: '2026-06-20',
    settings: { cohortName: 'Ballerup 2026', modules: 15, requiredShare: 0.9, excusedCountsAsAbsent: true },
    persons: [
      { status: 'Uddannet', area: 'Hedeparken', languages: 'arabisk' },
      { status: 'Optaget', area: 'Magleparken', languages: 'dansk' },
      { status: 'Frafaldet', area: 'Grantoften', languages: '' },
      { status: 'Ikke optaget', area: '', languages: '' },
      { status: 'Trukket sig', area: '', languages: '' },
    ],
    attendance: [
      { marks: m('MMMMMMMMMMMMMMM'), hasDiploma: true },
      { marks: m('MMMMMMMMMMMMMMF'), hasDiploma: true },
      { marks: m('MFFFFFFFFFFFFFF'), hasDiploma: false },
    ],
    budget,
    leaderHours: null,
    timeline: [],
  });
}

describe('buildReport', () => {
  const input = {
    overview: overview(),
    period: { start: '2025-10-01', end: '2026-06-30' },
    heldModuleDates: ['2026-03-03', '2026-03-10', '2026-06-09', ''],
  };

  it('holds every required figure in Danish', () => {
    const doc = buildReport(input, 'da');
    const text = reportText(doc);
    expect(doc.title).toBe('Afrapportering – Ballerup 2026');
    expect(text).toContain('Afholdte moduler: 15 af 15 (03-03-2026 – 09-06-2026)');
    expect(text).toContain('Ansøgere: 5');
    expect(text).toContain('Optaget på uddannelsen: 3');
    expect(text).toContain('Gennemført uddannelsen: 2 (mindst 14 af 15 moduler)');
    expect(text).toContain('Diplomer udstedt: 2');
    expect(text).toContain('Bevilget beløb: 111.000,00 kr.');
    expect(text).toContain('Budget: 111.000,00 kr.');
    expect(text).toContain('Forbrug: 60.345,50 kr.');
    expect(text).toContain('Rest: 50.654,50 kr.');
    expect(text).toContain('Ubrugt beløb til tilbagebetaling: 50.654,50 kr.');
    // Per line: a table with budget, spent, deviation and an empty explanation column.
    const { rows } = doc.table;
    expect(rows[0]).toEqual(['Post', 'Budget', 'Forbrug', 'Afvigelse', 'Forklaring på afvigelser']);
    expect(rows).toHaveLength(1 + SEEDED_BUDGET.length + 1);
    expect(rows.map((r) => r[0]).slice(1, -1)).toEqual(SEEDED_BUDGET.map((l) => l.line));
    expect(rows.find((r) => r[0] === 'Forplejning og materialer')).toEqual([
      'Forplejning og materialer',
      '17.000,00 kr.',
      '12.345,50 kr.',
      '4.654,50 kr.',
      '',
    ]);
    expect(rows.find((r) => r[0] === 'Projektleder')!.slice(2)).toEqual(['48.000,00 kr.', '0,00 kr.', '']);
    expect(rows[rows.length - 1]).toEqual(['I alt', '111.000,00 kr.', '60.345,50 kr.', '50.654,50 kr.', '']);
    for (const r of rows) expect(r).toHaveLength(5);
    // The table sits in its own empty paragraph right after the per-line heading.
    expect(doc.paragraphs[doc.table.at]).toEqual({ style: 'NORMAL_TEXT', text: '' });
    expect(doc.paragraphs[doc.table.at - 1].text).toBe('Budget og forbrug pr. post');
    expect(text).toContain('I alt\t111.000,00 kr.\t60.345,50 kr.\t50.654,50 kr.\t');
    // No paragraph holds per-line figures any more.
    expect(doc.paragraphs.some((p) => p.text.startsWith('Forklaring'))).toBe(false);
  });

  it('a row for expenses without a budget line keeps the total equal to the spending', () => {
    const o = overview();
    const withStray = {
      ...o,
      budget: {
        ...o.budget,
        unassigned: 100.5,
        spent: o.budget.spent + 100.5,
        remaining: o.budget.remaining - 100.5,
      },
    };
    const { rows } = buildReport({ ...input, overview: withStray }, 'da').table;
    expect(rows[rows.length - 2]).toEqual([
      'Udgifter uden budgetpost',
      '0,00 kr.',
      '100,50 kr.',
      '-100,50 kr.',
      '',
    ]);
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(['I alt', '111.000,00 kr.', '60.446,00 kr.']);
  });

  it('switches the fixed text to English', () => {
    const text = reportText(buildReport(input, 'en'));
    expect(text).toContain('Applicants: 5');
    expect(text).toContain('Amount granted: DKK 111,000.00');
    expect(buildReport(input, 'en').table.rows[0]).toEqual([
      'Budget line',
      'Budget',
      'Spent',
      'Deviation',
      'Explanation of deviations',
    ]);
    expect(text).toContain('Total\tDKK 111,000.00\tDKK 60,345.50\tDKK 50,654.50\t');
  });

  it('styles headings and bolds labels within the paragraph', () => {
    const doc = buildReport(input, 'da');
    expect(doc.paragraphs[0].style).toBe('TITLE');
    expect(doc.paragraphs.filter((p) => p.style === 'HEADING_1')).toHaveLength(4);
    for (const p of doc.paragraphs) if (p.boldPrefix) expect(p.boldPrefix).toBeLessThanOrEqual(p.text.length);
  });
});
