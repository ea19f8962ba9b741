// Renders a cell value through a Sheets number format, for getDisplayValue(s). Covers
// what an add-on uses: automatic, plain text, fixed decimals, grouping, percent, literal
// and currency text, sections (pos;neg;zero;text) and date/time patterns — with the
// spreadsheet locale's separators and month names.

import { isDate } from './values';
import { instantToSerial, serialFields, serialToInstant, wallClock } from './timezone';

interface LocaleInfo {
  decimal: string;
  group: string;
  months: string[];
  days: string[];
  dateDefault: string;
  dateTimeDefault: string;
  trueText: string;
  falseText: string;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DA_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const DA_DAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

export function localeInfo(locale: string): LocaleInfo {
  const lang = locale.toLowerCase().slice(0, 2);
  if (lang === 'da') {
    return {
      decimal: ',',
      group: '.',
      months: DA_MONTHS,
      days: DA_DAYS,
      dateDefault: 'dd.mm.yyyy',
      dateTimeDefault: 'dd.mm.yyyy hh.mm.ss',
      trueText: 'TRUE',
      falseText: 'FALSE',
    };
  }
  if (['de', 'nl', 'es', 'it', 'pt', 'id', 'tr'].includes(lang)) {
    return {
      decimal: ',',
      group: '.',
      months: EN_MONTHS,
      days: EN_DAYS,
      dateDefault: 'dd.mm.yyyy',
      dateTimeDefault: 'dd.mm.yyyy hh:mm:ss',
      trueText: 'TRUE',
      falseText: 'FALSE',
    };
  }
  if (['fr', 'sv', 'nb', 'no', 'fi', 'pl', 'ru', 'cs'].includes(lang)) {
    return {
      decimal: ',',
      group: '\u00a0',
      months: EN_MONTHS,
      days: EN_DAYS,
      dateDefault: 'dd.mm.yyyy',
      dateTimeDefault: 'dd.mm.yyyy hh:mm:ss',
      trueText: 'TRUE',
      falseText: 'FALSE',
    };
  }
  const us = locale === 'en_US' || locale === 'en';
  return {
    decimal: '.',
    group: ',',
    months: EN_MONTHS,
    days: EN_DAYS,
    dateDefault: us ? 'm/d/yyyy' : 'dd/mm/yyyy',
    dateTimeDefault: us ? 'm/d/yyyy h:mm:ss' : 'dd/mm/yyyy hh:mm:ss',
    trueText: 'TRUE',
    falseText: 'FALSE',
  };
}

/** The automatic ("General") rendering of a number: up to 10 significant digits. */
export function generalNumber(n: number, locale: string): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const text = Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : String(Number(n.toPrecision(10)));
  return text.replace('.', localeInfo(locale).decimal);
}

type Token = { kind: 'lit'; text: string } | { kind: 'ph'; text: string };

/** Splits a format section into literals and placeholder characters. */
function tokenize(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ kind: 'lit', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      out.push({ kind: 'lit', text: section[i + 1] ?? '' });
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? section.length : end);
      if (inner.startsWith('$')) out.push({ kind: 'lit', text: inner.slice(1).split('-')[0] });
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      out.push({ kind: 'lit', text: ' ' });
      i++;
    } else if (ch === '*') {
      i++;
    } else {
      out.push({ kind: 'ph', text: ch });
    }
  }
  return out;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function isDateSection(section: string): boolean {
  const bare = tokenize(section)
    .filter((t) => t.kind === 'ph')
    .map((t) => t.text)
    .join('');
  return /[dyhs]/i.test(bare) || /am\/pm/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  return isDateSection(splitSections(format)[0]);
}

/** Formats a number with a numeric section like '#,##0.00' or '0.0%'. */
function renderNumber(value: number, section: string, locale: string, withSign: boolean): string {
  const info = localeInfo(locale);
  const tokens = tokenize(section);
  const isDigit = (t: Token) => t.kind === 'ph' && /[0#?.,]/.test(t.text);
  const first = tokens.findIndex(isDigit);
  if (first < 0) {
    // No digits: a literal-only section such as "-" for zero.
    const lit = tokens.map((t) => t.text).join('');
    return lit.includes('@') ? lit : lit;
  }
  let last = first;
  tokens.forEach((t, i) => {
    if (isDigit(t)) last = i;
  });
  const prefix = tokens
    .slice(0, first)
    .map((t) => t.text)
    .join('');
  const suffix = tokens
    .slice(last + 1)
    .map((t) => t.text)
    .join('');
  const pattern = tokens
    .slice(first, last + 1)
    .filter((t) => t.kind === 'ph')
    .map((t) => t.text)
    .join('');
  const percent = /%/.test(prefix + suffix);
  const [intPattern, fracPattern = ''] = pattern.split('.');
  const grouping = /[0#?],[0#?]/.test(intPattern);
  const trailingCommas = /,+$/.exec(intPattern)?.[0].length ?? 0;
  const maxDecimals = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;

  let n = (Math.abs(value) * (percent ? 100 : 1)) / Math.pow(1000, trailingCommas);
  n = roundHalfAway(n, maxDecimals);
  let [intText, fracText = ''] = n.toFixed(maxDecimals).split('.');
  while (fracText.length > minDecimals && fracText.endsWith('0')) fracText = fracText.slice(0, -1);
  if (intText === '0' && minInt === 0) intText = '';
  intText = intText.padStart(minInt, '0');
  if (grouping) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, info.group);
  const body = fracText ? `${intText}${info.decimal}${fracText}` : intText;
  const negative = withSign && value < 0 && Number(n) !== 0;
  return `${negative ? '-' : ''}${prefix}${body}${suffix}`;
}

function roundHalfAway(n: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round(n * f + Number.EPSILON * n * f) / f;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Renders wall-clock fields with a Sheets date pattern ('dd-mm-yyyy', 'd. mmmm yyyy', 'hh:mm'). */
function renderDate(fields: ReturnType<typeof serialFields>, section: string, locale: string): string {
  const info = localeInfo(locale);
  const tokens = tokenize(section);
  const text: { s: string; letter?: string; len?: number }[] = [];
  for (const t of tokens) {
    if (t.kind === 'lit') {
      text.push({ s: t.text });
      continue;
    }
    const prev = text[text.length - 1];
    const letter = t.text.toLowerCase();
    if (/[ymdhs]/.test(letter) && prev?.letter === letter) prev.len! += 1;
    else if (/[ymdhs]/.test(letter)) text.push({ s: '', letter, len: 1 });
    else text.push({ s: t.text });
  }
  // AM/PM switches hours to 12-hour clock.
  const joined = tokens.map((t) => t.text).join('');
  const twelve = /am\/pm|a\/p/i.test(joined);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    if (!t.letter) {
      out.push(t.s);
      continue;
    }
    const len = t.len!;
    switch (t.letter) {
      case 'y':
        out.push(len <= 2 ? two(fields.year % 100) : String(fields.year));
        break;
      case 'd':
        if (len === 1) out.push(String(fields.day));
        else if (len === 2) out.push(two(fields.day));
        else if (len === 3) out.push(info.days[fields.weekday].slice(0, 3));
        else out.push(info.days[fields.weekday]);
        break;
      case 'h': {
        const h = twelve ? ((fields.hour + 11) % 12) + 1 : fields.hour;
        out.push(len >= 2 ? two(h) : String(h));
        break;
      }
      case 's':
        out.push(len >= 2 ? two(fields.second) : String(fields.second));
        break;
      case 'm': {
        const before = text
          .slice(0, i)
          .reverse()
          .find((x) => x.letter);
        const after = text.slice(i + 1).find((x) => x.letter);
        const minutes = len <= 2 && (before?.letter === 'h' || after?.letter === 's');
        if (minutes) out.push(len === 2 ? two(fields.minute) : String(fields.minute));
        else if (len === 1) out.push(String(fields.month));
        else if (len === 2) out.push(two(fields.month));
        else if (len === 3) out.push(info.months[fields.month - 1].slice(0, 3));
        else if (len === 5) out.push(info.months[fields.month - 1].slice(0, 1));
        else out.push(info.months[fields.month - 1]);
        break;
      }
    }
  }
  let result = out.join('');
  if (twelve)
    result = result
      .replace(/am\/pm/i, fields.hour < 12 ? 'AM' : 'PM')
      .replace(/a\/p/i, fields.hour < 12 ? 'A' : 'P');
  return result;
}

/** Converts what a cell stores to what getValue(s) returns given its number format. */
export function readThroughFormat(value: unknown, format: string | undefined, timeZone: string): unknown {
  if (typeof value === 'number' && isDateFormat(format)) return new Date(serialToInstant(value, timeZone));
  if (isDate(value) && format && format !== '@' && !/^general$/i.test(format) && !isDateFormat(format)) {
    return instantToSerial(value.getTime(), timeZone);
  }
  return value;
}

/** The text Sheets shows for a value under a number format. */
export function renderValue(
  value: unknown,
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (value === '' || value === undefined || value === null) return '';
  const info = localeInfo(locale);
  if (typeof value === 'boolean') return value ? info.trueText : info.falseText;
  const automatic = !format || /^general$/i.test(format);
  if (isDate(value)) {
    if (automatic || format === '@' || !isDateFormat(format)) {
      if (!automatic && format !== '@')
        return renderValue(instantToSerial(value.getTime(), timeZone), format, locale, timeZone);
      const w = wallClock(value.getTime(), timeZone);
      const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
      return renderDate(
        serialFields(instantToSerial(value.getTime(), timeZone)),
        midnight ? info.dateDefault : info.dateTimeDefault,
        locale,
      );
    }
    return renderDate(
      serialFields(instantToSerial(value.getTime(), timeZone)),
      splitSections(format!)[0],
      locale,
    );
  }
  if (typeof value === 'string') {
    if (automatic || format === '@') return value;
    const sections = splitSections(format!);
    if (sections.length >= 4) return sections[3].replace(/"([^"]*)"/g, '$1').replace('@', value);
    return value;
  }
  if (typeof value !== 'number') return String(value);
  if (automatic || format === '@') return generalNumber(value, locale);
  const sections = splitSections(format!);
  if (isDateSection(sections[0])) return renderDate(serialFields(value), sections[0], locale);
  if (value < 0 && sections.length >= 2 && sections[1] !== '')
    return renderNumber(value, sections[1], locale, false);
  if (value === 0 && sections.length >= 3 && sections[2] !== '')
    return renderNumber(value, sections[2], locale, false);
  return renderNumber(value, sections[0], locale, true);
}
