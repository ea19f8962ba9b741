import { UserError } from '../../src/core/errors';
import {
  endOfMonthInPeriod,
  isOverdue,
  normalizeStatus,
  requireTimelineRow,
  requireTimelineStatus,
  seededTimelineRows,
  SEEDED_TIMELINE,
} from '../../src/core/timeline';

describe('seeded timeline', () => {
  it('has the six activities October–June with deadlines at the end of the month in the period', () => {
    const rows = seededTimelineRows('2025-10-01', 'AB');
    expect(rows.map((r) => [r.month, r.activity, r.deadline])).toEqual([
      ['Oktober', 'PR, informationsmøder med fagpersoner, annoncering', '2025-10-31'],
      ['November', 'Informationsmøder for potentielle deltagere', '2025-11-30'],
      ['December', 'Rekrutteringssamtaler', '2025-12-31'],
      ['Januar', 'Planlægning og aftaler med undervisere', '2026-01-31'],
      ['Marts–juni', 'Uddannelsen', '2026-06-30'],
      ['Juni', 'Diplomoverrækkelse og afslutning', '2026-06-30'],
    ]);
    expect(rows.every((r) => r.responsible === 'AB' && r.status === 'Planlagt')).toBe(true);
    expect(SEEDED_TIMELINE).toHaveLength(6);
  });

  it('keeps the deadlines in order when the period starts in spring (a longer period)', () => {
    const deadlines = seededTimelineRows('2026-05-01', 'AB').map((r) => r.deadline);
    expect(deadlines).toEqual([
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
      '2027-06-30',
      '2027-06-30',
    ]);
    for (let i = 1; i < deadlines.length; i++) expect(deadlines[i] >= deadlines[i - 1]).toBe(true);
  });

  it('puts the deadline in the first such month on or after the start of the period', () => {
    expect(endOfMonthInPeriod(2, '2027-10-01')).toBe('2028-02-29');
    expect(endOfMonthInPeriod(10, '2025-09-15')).toBe('2025-10-31');
    expect(endOfMonthInPeriod(9, '2025-09-15')).toBe('2025-09-30');
  });
});

describe('overdue', () => {
  it('is a passed deadline that is not Færdig', () => {
    expect(isOverdue('2026-01-31', 'Planlagt', '2026-02-01')).toBe(true);
    expect(isOverdue('2026-01-31', 'I gang', '2026-02-01')).toBe(true);
    expect(isOverdue('2026-01-31', 'Planlagt', '2026-01-31')).toBe(false);
    expect(isOverdue('2026-01-31', 'Færdig', '2026-03-01')).toBe(false);
    expect(isOverdue('2026-01-31', ' færdig ', '2026-03-01')).toBe(false);
    expect(isOverdue('', 'Planlagt', '2026-03-01')).toBe(false);
  });
});

describe('status and row checks', () => {
  it('accepts the three statuses, tolerating case and spaces', () => {
    expect(requireTimelineStatus('I gang')).toBe('I gang');
    expect(requireTimelineStatus(' færdig')).toBe('Færdig');
    expect(normalizeStatus('PLANLAGT')).toBe('Planlagt');
    expect(() => requireTimelineStatus('Done')).toThrow(UserError);
    expect(() => requireTimelineStatus(3)).toThrow(UserError);
  });

  it('accepts only whole data rows', () => {
    expect(requireTimelineRow(2, 7)).toBe(2);
    for (const bad of [1, 8, 2.5, NaN, '3', null])
      expect(() => requireTimelineRow(bad, 7)).toThrow(UserError);
  });
});
