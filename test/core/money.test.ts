import fc from 'fast-check';
import { formatKr, fromOere, positiveAmountOere, sumOere, toOere } from '../../src/core/money';
import { UserError } from '../../src/core/errors';

describe('toOere', () => {
  it('accepts amounts with up to two decimals, binary noise and all', () => {
    expect(toOere(19.99)).toBe(1999);
    expect(toOere(0.1 + 0.2)).toBe(30);
    expect(toOere(0.1 + 0.7 + 0.2 + 100.01)).toBe(10101);
    expect(toOere(1.1)).toBe(110);
    expect(toOere(4.35)).toBe(435);
    expect(toOere(111000)).toBe(11100000);
    expect(toOere(0)).toBe(0);
    expect(toOere(-0)).toBe(0);
    expect(Object.is(toOere(-0), 0)).toBe(true);
    expect(toOere(-12.5)).toBe(-1250);
    expect(toOere(1e11)).toBe(1e13);
  });

  it.each([1.005, 0.001, 19.999, 1e-7, 0.125, 1234567.891, 99999999.995])(
    'refuses more than two decimals: %p',
    (kr) => {
      expect(() => toOere(kr)).toThrow(expect.objectContaining({ key: 'budgetTooManyDecimals' }));
    },
  );

  it.each([NaN, Infinity, -Infinity])('refuses %p', (kr) => {
    expect(() => toOere(kr)).toThrow(expect.objectContaining({ key: 'budgetMustBeNumber' }));
  });

  it('refuses absurd amounts', () => {
    expect(() => toOere(1e13)).toThrow(expect.objectContaining({ key: 'budgetTooLarge' }));
    expect(() => toOere(1e21)).toThrow(UserError);
  });

  it('names the field in its refusal', () => {
    expect(() => toOere(1.005, 'settingsFieldGrant')).toThrow(
      expect.objectContaining({ params: { field: 'settingsFieldGrant' } }),
    );
  });

  it('round-trips every øre amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (oere) => {
        expect(toOere(fromOere(oere))).toBe(oere);
      }),
    );
  });

  it('reads amounts typed with two decimals (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.integer({ min: 0, max: 99 }), (kr, oere) => {
        const typed = Number(`${kr}.${String(oere).padStart(2, '0')}`);
        expect(toOere(typed)).toBe(kr * 100 + oere);
      }),
    );
  });
});

describe('toOere refusals (property)', () => {
  it('refuses any amount with a third decimal', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e9 }),
        fc.integer({ min: 0, max: 999 }).filter((m) => m % 10 !== 0),
        (kr, milli) => {
          const typed = Number(`${kr}.${String(milli).padStart(3, '0')}`);
          expect(() => toOere(typed)).toThrow(UserError);
        },
      ),
    );
  });
});

describe('positiveAmountOere', () => {
  it('accepts a positive amount', () => {
    expect(positiveAmountOere(250.5)).toBe(25050);
  });

  it('refuses zero, negative and non-numbers', () => {
    expect(() => positiveAmountOere(0)).toThrow(expect.objectContaining({ key: 'budgetMustBePositive' }));
    expect(() => positiveAmountOere(-1)).toThrow(expect.objectContaining({ key: 'budgetMustBePositive' }));
    expect(() => positiveAmountOere('100')).toThrow(expect.objectContaining({ key: 'budgetMustBeNumber' }));
    expect(() => positiveAmountOere(null)).toThrow(expect.objectContaining({ key: 'budgetMustBeNumber' }));
  });
});

describe('sumOere', () => {
  it('sums exactly where kroner drift', () => {
    const amounts = Array.from({ length: 1000 }, () => 0.1);
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(100);
    expect(fromOere(sumOere(amounts.map((kr) => toOere(kr))))).toBe(100);
  });

  it('equals the exact decimal sum of random amounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { maxLength: 300 }), (oereAmounts) => {
        const asKroner = oereAmounts.map(fromOere);
        const exact = oereAmounts.reduce((sum, o) => sum + BigInt(o), BigInt(0));
        const total = sumOere(asKroner.map((kr) => toOere(kr)));
        expect(BigInt(total)).toBe(exact);
        expect(formatKr(total, 'en')).toBe(formatBigInt(exact));
      }),
    );
  });
});

function formatBigInt(oere: bigint): string {
  const whole = (oere / BigInt(100)).toString();
  const cents = (oere % BigInt(100)).toString().padStart(2, '0');
  return `DKK ${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

describe('formatKr', () => {
  it('writes Danish and English amounts', () => {
    expect(formatKr(11100000, 'da')).toBe('111.000,00 kr.');
    expect(formatKr(11100000, 'en')).toBe('DKK 111,000.00');
    expect(formatKr(1999)).toBe('19,99 kr.');
    expect(formatKr(5, 'da')).toBe('0,05 kr.');
    expect(formatKr(0, 'da')).toBe('0,00 kr.');
    expect(formatKr(123456789, 'da')).toBe('1.234.567,89 kr.');
    expect(formatKr(-250050, 'da')).toBe('-2.500,50 kr.');
    expect(formatKr(-250050, 'en')).toBe('-DKK 2,500.50');
  });
});
