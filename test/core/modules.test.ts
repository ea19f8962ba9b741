import { modulesPerPart, partLabel, seededModules, HOURS_PER_MODULE } from '../../src/core/modules';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

describe('seededModules', () => {
  it('seeds the default cohort as 4 + 4 + 3 subject modules and 4 method modules', () => {
    const rows = seededModules(DEFAULT_SETTINGS.modules);
    expect(rows).toHaveLength(DEFAULT_SETTINGS.modules);
    expect(rows.map((r) => r.part)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    expect(rows[0]).toEqual({ nr: 1, theme: 'Familieliv: Børns trivsel og udvikling', part: 1, hours: 3 });
    expect(rows[11].theme).toBe('Metode: Samtalen og den gode kontakt');
    expect(new Set(rows.map((r) => r.theme)).size).toBe(rows.length);
  });

  it.each([
    [1, [1, 0, 0, 0]],
    [2, [1, 0, 0, 1]],
    [4, [1, 1, 1, 1]],
    [5, [1, 1, 1, 2]],
    [12, [3, 3, 3, 3]],
    [13, [3, 3, 3, 4]],
    [40, [12, 12, 12, 4]],
  ])('splits %i modules as %p', (T, counts) => {
    const split = modulesPerPart(T);
    expect([split[1], split[2], split[3], split[4]]).toEqual(counts);
  });

  it('numbers every size 1–40 in order with distinct themes and 3 hours', () => {
    for (let T = 1; T <= 40; T++) {
      const rows = seededModules(T);
      expect(rows.map((r) => r.nr)).toEqual(Array.from({ length: T }, (_, i) => i + 1));
      expect(new Set(rows.map((r) => r.theme)).size).toBe(T);
      expect(rows.every((r) => r.hours === HOURS_PER_MODULE)).toBe(true);
      const parts = rows.map((r) => r.part);
      expect([...parts].sort()).toEqual(parts);
    }
  });

  it('labels parts with their number', () => {
    expect(partLabel(4)).toBe('4 Bydelsmødrenes metoder');
  });
});
