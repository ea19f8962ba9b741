// Generic checks of input that crossed google.script.run: the shape of the object and the
// type and size of each field. The rules of each area (settings, people) build on these.
import { UserError } from './errors';
import type { MessageKey } from './i18n';
import { charLength, collapseWhitespace, hasControl } from './text';

/**
 * The own enumerable fields of a plain object, refusing anything else (arrays, null,
 * strings). Only own keys are read, so a polluted prototype cannot inject a field, and a
 * '__proto__' key parsed from JSON is an ordinary unknown field.
 */
export function ownFields(input: unknown): [string, unknown][] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new UserError('notAnObject');
  }
  return Object.keys(input).map((key) => [key, (input as Record<string, unknown>)[key]]);
}

/** A key as it may be shown in a message: short, and without invisible characters. */
export function shownKey(key: string): string {
  // eslint-disable-next-line no-control-regex -- making control characters visible is the point
  const visible = key.replace(/[\u0000-\u001F\u007F-\u009F]/g, '?');
  return visible.length > 40 ? `${visible.slice(0, 40)}…` : visible;
}

/**
 * Any value as it may be shown in a message: text as shownKey, a finite number as itself,
 * and anything else (null, an object, NaN) as '…' — never "undefined" or "[object Object]".
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return shownKey(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '…';
}

export interface TextRule {
  max: number;
  required?: boolean;
  /** Notes may span lines; single-line fields are collapsed to one line instead. */
  multiline?: boolean;
}

/**
 * Trimmed text. Single-line fields have inner whitespace (also pasted tabs and line breaks)
 * collapsed to single spaces; any other control character is refused, not silently dropped,
 * because it usually means a bad paste the coordinator should see.
 */
export function requireText(value: unknown, field: MessageKey, rule: TextRule): string {
  if (typeof value !== 'string') throw new UserError('mustBeText', { field });
  const text = rule.multiline ? value.replace(/\r\n?/g, '\n').trim() : collapseWhitespace(value);
  if (hasControl(text, rule.multiline)) throw new UserError('controlCharacters', { field });
  if (rule.required && text === '') throw new UserError('required', { field });
  if (charLength(text) > rule.max) throw new UserError('tooLong', { field, max: rule.max });
  return text;
}

export function requireBoolean(value: unknown, field: MessageKey): boolean {
  if (typeof value !== 'boolean') throw new UserError('mustBeYesNo', { field });
  return value;
}

export function requireWholeNumber(value: unknown, field: MessageKey, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UserError('wholeNumberRange', { field, min, max });
  }
  return value;
}
