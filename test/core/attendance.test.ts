import fc from 'fast-check';
import type { AttendanceStatus, Mark } from '../../src/shared/api';
import {
  attendanceStatus,
  formatShare,
  heldModules,
  parseMark,
  requiredModules,
  statusLabel,
  summarize,
  type RuleSettings,
} from '../../src/core/attendance';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const rules: RuleSettings = {
  modules: DEFAULT_SETTINGS.modules,
  requiredShare: DEFAULT_SETTINGS.requiredShare,
  excusedCountsAsAbsent: DEFAULT_SETTINGS.excusedCountsAsAbsent,
};
const marks = (text: string): Mark[] => text.split('').map((c) => (c === '.' ? '' : (c as Mark)));
const allHeld = (T: number, h: number) => Array.from({ length: T }, (_, i) => i < h);

describe('requiredModules', () => {
  it('is exact where floating point is not', () => {
    // Naive Math.ceil(p × T) gives 8 and 15 here: 0.28 × 25 = 7.000000000000001.
    expect(Math.ceil(0.28 * 25)).toBe(8);
    expect(requiredModules(25, 0.28)).toBe(7);
    expect(requiredModules(25, 0.56)).toBe(14);
    expect(requiredModules(10, 0.7)).toBe(7);
    expect(requiredModules(15, 0.9)).toBe(14);
    expect(requiredModules(10, 0.9)).toBe(9);
    expect(requiredModules(3, 0.1 + 0.2)).toBe(1);
    expect(requiredModules(20, 0.35)).toBe(7);
    expect(requiredModules(100, 0.29)).toBe(29);
    expect(requiredModules(15, 1)).toBe(15);
    expect(requiredModules(15, 0.8)).toBe(12);
    expect(requiredModules(8, 0.875)).toBe(7);
  });

  it('requires at least one module for any positive share', () => {
    expect(requiredModules(40, 1e-12)).toBe(1);
    expect(requiredModules(1, 0.01)).toBe(1);
  });

  it('equals the integer ceiling for every share k/100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 100 }), (T, k) => {
        expect(requiredModules(T, k / 100)).toBe(Math.floor((k * T + 99) / 100));
      }),
    );
  });

  it('equals the integer ceiling for every share k/1000 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1000 }), (T, k) => {
        expect(requiredModules(T, k / 1000)).toBe(Math.floor((k * T + 999) / 1000));
      }),
    );
  });

  it('is exhaustively right for k/100 and k/1000 shares and every T up to 40', () => {
    for (let T = 1; T <= 40; T++) {
      for (let k = 1; k <= 1000; k++) {
        expect(requiredModules(T, k / 1000)).toBe(Math.floor((k * T + 999) / 1000));
        if (k <= 100) expect(requiredModules(T, k / 100)).toBe(Math.floor((k * T + 99) / 100));
      }
    }
  });
});

describe('heldModules', () => {
  it('holds a module once anyone has a mark for it', () => {
    expect(heldModules([marks('MF...'), marks('..A..'), marks('')], 5)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(heldModules([], 3)).toEqual([false, false, false]);
  });

  it('ignores marks beyond T', () => {
    expect(heldModules([marks('MMM')], 2)).toEqual([true, true]);
  });
});

describe('parseMark', () => {
  it('reads hand-typed marks', () => {
    expect(parseMark(' m ')).toBe('M');
    expect(parseMark('a')).toBe('A');
    expect(parseMark('F')).toBe('F');
    expect(parseMark('')).toBe('');
    expect(parseMark(null)).toBe('');
    expect(parseMark('x')).toBeNull();
    expect(parseMark(1)).toBeNull();
  });
});

describe('summarize — the SPEC boundaries with 15 modules and 90 %', () => {
  it('completes with 14 of 15', () => {
    const s = summarize(marks('MMMMMMMFMMMMMMM'), allHeld(15, 15), rules);
    expect(s).toEqual({ attended: 14, held: 15, total: 15, required: 14, rate: 0.933, status: 'completed' });
  });

  it('completes with 15 of 15', () => {
    expect(summarize(marks('MMMMMMMMMMMMMMM'), allHeld(15, 15), rules).status).toBe('completed');
  });

  it('is below with 13 of 15', () => {
    const s = summarize(marks('MFMMMMMMFMMMMMM'), allHeld(15, 15), rules);
    expect(s.attended).toBe(13);
    expect(s.status).toBe('below');
  });

  it('is below as soon as the second absence makes 14 unreachable', () => {
    expect(summarize(marks('FF'), allHeld(15, 2), rules).status).toBe('below');
  });

  it('is at risk after one absence before the end', () => {
    const s = summarize(marks('MMF'), allHeld(15, 3), rules);
    expect(s).toMatchObject({ attended: 2, held: 3, status: 'at_risk', rate: 0.667 });
  });

  it('is ok with no absence yet', () => {
    expect(summarize(marks('MMM'), allHeld(15, 3), rules).status).toBe('ok');
  });

  it('has no rate and is ok before anything is held', () => {
    expect(summarize([], allHeld(15, 0), rules)).toEqual({
      attended: 0,
      held: 0,
      total: 15,
      required: 14,
      rate: null,
      status: 'ok',
    });
  });

  it('counts A as absence by default', () => {
    expect(summarize(marks('MMA'), allHeld(15, 3), rules).status).toBe('at_risk');
  });

  it('counts A as attended when excused absence does not count', () => {
    const s = summarize(marks('MAA'), allHeld(15, 3), { ...rules, excusedCountsAsAbsent: false });
    expect(s).toMatchObject({ attended: 3, status: 'ok', rate: 1 });
  });

  it('counts empty cells in held modules as absence (late admission)', () => {
    const s = summarize(marks('..MM'), allHeld(15, 4), rules);
    expect(s).toMatchObject({ attended: 2, held: 4, status: 'below' });
  });

  it('does not count modules not yet held', () => {
    const s = summarize(marks('M'), allHeld(15, 1), rules);
    expect(s).toMatchObject({ attended: 1, held: 1, rate: 1, status: 'ok' });
  });

  it('counts her own mark as held even if the held flags missed it', () => {
    expect(summarize(marks('MM'), allHeld(15, 1), rules)).toMatchObject({ attended: 2, held: 2 });
  });

  it('follows other T and p: 10 modules at 70 %', () => {
    const settings = { ...rules, modules: 10, requiredShare: 0.7 };
    expect(summarize(marks('MMMMMMMFFF'), allHeld(10, 10), settings)).toMatchObject({
      required: 7,
      status: 'completed',
    });
    expect(summarize(marks('FFF'), allHeld(10, 3), settings)).toMatchObject({ status: 'at_risk' });
    expect(summarize(marks('FFFF'), allHeld(10, 4), settings)).toMatchObject({ status: 'below' });
  });

  it('requires every module at 100 %', () => {
    const settings = { ...rules, requiredShare: 1 };
    expect(summarize(marks('M'), allHeld(15, 1), settings).status).toBe('at_risk');
    expect(summarize(marks('F'), allHeld(15, 1), settings).status).toBe('below');
  });
});

describe('the rule as properties', () => {
  const cohort = fc
    .record({
      T: fc.integer({ min: 1, max: 40 }),
      k: fc.integer({ min: 1, max: 1000 }),
      excused: fc.boolean(),
      seed: fc.array(fc.constantFrom<Mark>('M', 'A', 'F', ''), { maxLength: 40 }),
      h: fc.nat(),
    })
    .map(({ T, k, excused, seed, h }) => {
      const held = h % (T + 1);
      const ms = Array.from({ length: T }, (_, i) => (i < held ? (seed[i] ?? '') : '')) as Mark[];
      return {
        settings: { modules: T, requiredShare: k / 1000, excusedCountsAsAbsent: excused },
        marks: ms,
        held,
        T,
      };
    });

  it('completed ⇒ h = T and a ≥ R; below ⇔ (h − a) > T − R; statuses partition', () => {
    fc.assert(
      fc.property(cohort, ({ settings, marks: ms, held, T }) => {
        const s = summarize(ms, allHeld(T, held), settings);
        const { attended: a, held: h, required: R } = s;
        expect(h).toBe(held);
        expect(a).toBeLessThanOrEqual(h);
        const predicates: Record<AttendanceStatus, boolean> = {
          completed: h === T && a >= R,
          below: h - a > T - R,
          at_risk: h - a === T - R && h < T,
          ok: false,
        };
        predicates.ok = !predicates.completed && !predicates.below && !predicates.at_risk;
        expect(Object.values(predicates).filter(Boolean)).toHaveLength(1);
        expect(predicates[s.status]).toBe(true);
        if (s.status === 'completed') expect(h === T && a >= R).toBe(true);
        expect(s.status === 'below').toBe(h - a > T - R);
        expect(s.rate).toBe(h === 0 ? null : Math.round((a / h) * 1000) / 1000);
      }),
    );
  });

  it('at risk plus one more absence is below; plus one attendance is not below', () => {
    fc.assert(
      fc.property(cohort, ({ settings, marks: ms, held, T }) => {
        const s = summarize(ms, allHeld(T, held), settings);
        if (s.status !== 'at_risk') return;
        const absent = [...ms];
        absent[held] = 'F';
        expect(summarize(absent, allHeld(T, held + 1), settings).status).toBe('below');
        const present = [...ms];
        present[held] = 'M';
        expect(summarize(present, allHeld(T, held + 1), settings).status).not.toBe('below');
      }),
    );
  });

  it('never below ⇔ attending every remaining module completes', () => {
    fc.assert(
      fc.property(cohort, ({ settings, marks: ms, held, T }) => {
        const s = summarize(ms, allHeld(T, held), settings);
        const rest = ms.map((m, i) => (i < held ? m : 'M')) as Mark[];
        const final = summarize(rest, allHeld(T, T), settings);
        expect(final.status === 'completed').toBe(s.status !== 'below');
      }),
    );
  });

  it('once below, always below', () => {
    fc.assert(
      fc.property(
        cohort,
        fc.array(fc.constantFrom<Mark>('M', 'A', 'F')),
        ({ settings, marks: ms, held, T }, future) => {
          if (summarize(ms, allHeld(T, held), settings).status !== 'below') return;
          const later = ms.map((m, i) => (i < held ? m : (future[i - held] ?? 'M'))) as Mark[];
          expect(summarize(later, allHeld(T, T), settings).status).toBe('below');
        },
      ),
    );
  });

  it('never counts more than T, whatever the input length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.constantFrom<Mark>('M', 'A', 'F', ''), { maxLength: 60 }),
        (T, ms) => {
          const held = heldModules([ms], T);
          const s = summarize(ms, held, { modules: T, requiredShare: 0.5, excusedCountsAsAbsent: true });
          expect(s.held).toBeLessThanOrEqual(T);
          expect(held).toHaveLength(T);
        },
      ),
    );
  });
});

describe('attendanceStatus precedence', () => {
  it('prefers completed, then below, then at_risk', () => {
    expect(attendanceStatus(14, 15, 15, 14)).toBe('completed');
    expect(attendanceStatus(13, 15, 15, 14)).toBe('below');
    expect(attendanceStatus(14, 15, 15, 15)).toBe('below');
    expect(attendanceStatus(13, 14, 15, 14)).toBe('at_risk');
    expect(attendanceStatus(14, 14, 15, 14)).toBe('ok');
  });
});

describe('statusLabel', () => {
  it('gives the Danish labels of the sheets', () => {
    expect(statusLabel('completed', 0.9)).toBe('Gennemført');
    expect(statusLabel('below', 0.9)).toBe('Under 90 %');
    expect(statusLabel('below', 0.8)).toBe('Under 80 %');
    expect(statusLabel('below', 0.875)).toBe('Under 87,5 %');
    expect(statusLabel('below', 0.7)).toBe('Under 70 %');
    expect(statusLabel('below', 0.29)).toBe('Under 29 %');
    expect(statusLabel('at_risk', 0.9)).toBe('I risiko');
    expect(statusLabel('ok', 0.9)).toBe('OK');
  });

  it('gives English labels for the sidebars', () => {
    expect(statusLabel('below', 0.875, 'en')).toBe('Below 87.5%');
    expect(statusLabel('at_risk', 0.9, 'en')).toBe('At risk');
  });

  it('formats every share k/1000 without floating-point noise (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (k) => {
        const expected = String(k / 10).replace('.', ',');
        expect(formatShare(k / 1000)).toBe(expected);
      }),
    );
  });
});
