// Money is counted in whole øre (integers), so sums of any number of amounts are exact;
// kroner as numbers exist only at the edges (the API, the sheet cells).
import type { Language } from '../shared/api';
import { UserError } from './errors';
import type { MessageKey } from './i18n';

/** Far above any grant, far below where øre stop being exact integers in a double. */
export const MAX_KRONER = 1e12;

/**
 * Kroner to øre, refusing what is not an amount of money: NaN, ±Infinity, and more than two
 * decimals. A number is accepted when it is the nearest double to a whole number of øre, or
 * within a few units in the last place of it: typed 19.99 and computed 0.1 + 0.2
 * (0.30000000000000004) are amounts, 1.005 is half an øre off and refused. Comparing
 * kr × 100 with an integer instead would misjudge both (19.99 × 100 = 1998.9999999999998).
 */
export function toOere(kr: number, field: MessageKey = 'budgetFieldAmount'): number {
  if (typeof kr !== 'number' || !Number.isFinite(kr)) throw new UserError('budgetMustBeNumber', { field });
  if (Math.abs(kr) > MAX_KRONER) throw new UserError('budgetTooLarge', { field });
  const oere = Math.round(kr * 100);
  if (Math.abs(kr - oere / 100) > FLOAT_NOISE * Math.max(1, Math.abs(kr))) {
    throw new UserError('budgetTooManyDecimals', { field });
  }
  return oere + 0;
}

/** Room for the rounding error of a handful of additions, far below a tenth of an øre. */
const FLOAT_NOISE = 8 * Number.EPSILON;

/** A value from the API or a form that must be a positive amount, e.g. an expense or the grant. */
export function positiveAmountOere(value: unknown, field: MessageKey = 'budgetFieldAmount'): number {
  if (typeof value !== 'number') throw new UserError('budgetMustBeNumber', { field });
  const oere = toOere(value, field);
  if (oere <= 0) throw new UserError('budgetMustBePositive', { field });
  return oere;
}

/** Øre back to kroner for a cell or the API; exact, since every øre amount has a nearest double that prints as itself. */
export function fromOere(oere: number): number {
  return oere / 100;
}

export function sumOere(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}

/** '111.000,00 kr.' in Danish, 'DKK 111,000.00' in English. */
export function formatKr(oere: number, lang: Language = 'da'): string {
  const sign = oere < 0 ? '-' : '';
  const abs = Math.abs(Math.round(oere));
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const [thousands, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return lang === 'en'
    ? `${sign}DKK ${grouped}${decimal}${cents}`
    : `${sign}${grouped}${decimal}${cents} kr.`;
}
