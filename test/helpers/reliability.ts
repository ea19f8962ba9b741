// Helpers for the reliability, security and privacy tests (test/integration/{hostile-input,
// injection,concurrency,faults,privacy,logs,scopes,selftest}.test.ts): a fast fingerprint of
// everything a request could change, a readable first difference, and the check that an
// error is a sentence of the message tables rather than a key, a stack or a raw exception.
import { createHash } from 'node:crypto';
import { messages, t } from '../../src/core/i18n';
import type { Language } from '../../src/shared/api';
import type { Harness } from './harness';

type Emu = Harness['emu'];

export interface FingerprintOptions {
  /**
   * Leave out cell formats, data validation, conditional formats, protections, column
   * widths and charts: what setup applies to whole columns and which a failed setup may
   * leave behind on a sheet it did not create (documented in the fault test).
   */
  valuesOnly?: boolean;
  /** Sheets compared on values and formulas only (see valuesOnly), e.g. the Oversigt dashboard. */
  valuesOnlySheets?: string[];
  /**
   * Leave out decoration — charts, formats, validation, colours, protections, widths — and the
   * add-on's remembered layouts (bm.layouts): what src/server/decorate.ts may skip and retry.
   */
  ignoreDecoration?: boolean;
}

const FORMAT_CELL_KEYS = new Set([
  'fmt',
  'bg',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'fontSize',
  'fontFamily',
  'fontLine',
  'hAlign',
  'vAlign',
  'wrap',
  'border',
  'dv',
  'note',
]);

/**
 * Everything a request may change, as one string: every sheet (values, formulas, formats,
 * validation, sizes, …), the document properties, and Drive's live (not trashed) files with
 * a hash of their content. Counters that only name new objects (the workbook's nextId, Drive's
 * sequence) are left out: a failed request may use up an id without leaving anything.
 * JSON.stringify over the raw model is ~20× faster than emu.toJSON() and sees the same data.
 */
export function fingerprint(emu: Emu, opts: FingerprintOptions = {}): string {
  const properties = [...emu.properties.document.entries()]
    .filter(([k]) => !(opts.ignoreDecoration && k === 'bm.layouts'))
    .sort();
  // The user's properties too: the saved cohort setup lives there (saveCohortSetup).
  const userProperties = [...emu.properties.user.entries()].sort();
  return JSON.stringify(
    { workbook: emu.model, properties, userProperties, drive: liveDrive(emu, opts.ignoreDecoration) },
    (key, value: unknown) => {
      if (key === 'nextId') return undefined;
      if (opts.ignoreDecoration && ['charts', 'frozenRows', 'frozenColumns'].includes(key)) return undefined;
      if (opts.valuesOnly || opts.ignoreDecoration) {
        if (
          [
            'conditionalFormats',
            'protections',
            'charts',
            'columnMeta',
            'rowMeta',
            'developerMetadata',
            'namedRanges',
          ].includes(key)
        )
          return undefined;
        if (FORMAT_CELL_KEYS.has(key)) return undefined;
      }
      // The model's arrays may hold holes or explicit undefined (after an insert or delete):
      // the same sheet either way, so only defined entries count, as in emu.toJSON().
      if ((key === 'rowMeta' || key === 'columnMeta') && Array.isArray(value)) return definedEntries(value);
      if (key === 'cells' && Array.isArray(value))
        return cellEntries(value as unknown[][], opts.valuesOnly || opts.ignoreDecoration);
      if (key === 'sheets' && Array.isArray(value) && opts.valuesOnlySheets) {
        return (value as Record<string, unknown>[]).map((sheet) =>
          opts.valuesOnlySheets!.includes(String(sheet.name))
            ? {
                ...sheet,
                cells: undefined,
                valueCells: cellEntries(sheet.cells as unknown[][], true),
                rowMeta: undefined,
                columnMeta: undefined,
                conditionalFormats: undefined,
              }
            : sheet,
        );
      }
      // Protections are re-created with new ids when a sheet is formatted again: compare what they protect.
      if (key === 'protections' && Array.isArray(value)) {
        return (value as Record<string, unknown>[])
          .map(({ id: _id, ...rest }) => JSON.stringify(rest))
          .sort();
      }
      return value;
    },
  );
}

function definedEntries(list: unknown[]): [number, unknown][] {
  const out: [number, unknown][] = [];
  list.forEach((v, i) => {
    if (v !== undefined && v !== null && !(typeof v === 'object' && Object.keys(v as object).length === 0))
      out.push([i, v]);
  });
  return out;
}

/** Non-empty cells as [row, column, cell]; an empty value ('') is the same as no value. */
function cellEntries(rows: unknown[][], valuesOnly = false): [number, number, unknown][] {
  const out: [number, number, unknown][] = [];
  rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || typeof cell !== 'object') return;
      const { v, ...all } = cell as Record<string, unknown>;
      const rest = valuesOnly
        ? Object.fromEntries(Object.entries(all).filter(([k]) => !FORMAT_CELL_KEYS.has(k)))
        : all;
      const kept = v === '' || v === undefined ? rest : { v, ...rest };
      if (Object.keys(kept).length > 0) out.push([r, c, kept]);
    }),
  );
  return out;
}

/** Drive's files that are not in the trash: id, name, parents and a hash of their content. */
export function liveDrive(emu: Emu, ignoreDocumentStyle = false): unknown[] {
  const trashed = new Set(
    emu.drive
      .files()
      .filter((f) => f.trashed)
      .map((f) => f.id),
  );
  const files = (emu.drive.toJSON().files ?? []) as unknown as Record<string, unknown>[];
  return files
    .filter((f) => !trashed.has(String(f.id)))
    .map((f) => ({
      id: f.id,
      name: f.name,
      parents: f.parents,
      mimeType: f.mimeType,
      appProperties: f.appProperties,
      content: f.contentBase64 ? hash(String(f.contentBase64)) : '',
      // A Doc's page setup (documentStyle: paged or pageless) is decoration the add-on may skip
      // (and the revision its request would have counted).
      document: f.document
        ? hash(
            JSON.stringify(f.document, (k, v: unknown) =>
              ignoreDocumentStyle && (k === 'documentStyle' || k === 'revisionId') ? undefined : v,
            ),
          )
        : '',
    }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The first place two fingerprints differ, as a path with both values, for a person to read. */
export function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  const path: string[] = [];
  let x: unknown = JSON.parse(a);
  let y: unknown = JSON.parse(b);
  for (;;) {
    if (x && y && typeof x === 'object' && typeof y === 'object') {
      const keys = [...new Set([...Object.keys(x as object), ...Object.keys(y as object)])];
      const key = keys.find(
        (k) =>
          JSON.stringify((x as Record<string, unknown>)[k]) !==
          JSON.stringify((y as Record<string, unknown>)[k]),
      );
      if (key === undefined) break;
      path.push(key);
      x = (x as Record<string, unknown>)[key];
      y = (y as Record<string, unknown>)[key];
      continue;
    }
    break;
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 300);
  return `at ${path.join('.')}: expected ${show(x)}, received ${show(y)}`;
}

/** Asserts two fingerprints are equal, printing only where they differ. */
export function expectSame(expected: string, received: string, what = 'workbook'): void {
  if (expected !== received) throw new Error(`${what} differs ${firstDifference(expected, received)}`);
}

// ---- messages ---------------------------------------------------------------------------------

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

const PATTERNS: Record<Language, { key: string; re: RegExp }[]> = {
  da: Object.entries(messages('da')).map(([key, text]) => ({ key, re: templatePattern(text) })),
  en: Object.entries(messages('en')).map(([key, text]) => ({ key, re: templatePattern(text) })),
};

/** The message key whose sentence `message` is in `lang`, or null. */
export function messageKeyOf(message: string, lang: Language): string | null {
  return PATTERNS[lang].find((p) => p.re.test(message))?.key ?? null;
}

/**
 * Runs `fn`, which must throw an Error whose message is a sentence for the coordinator in
 * `lang`: one of that language's message templates filled in (not a key, not a stack, not
 * "something went wrong" for what is plainly bad input), short, and free of "undefined",
 * "[object Object]", "NaN" leaking from a parameter. Returns the message.
 */
export function expectSentence(
  fn: () => unknown,
  lang: Language = 'da',
  opts: { allowServiceFailed?: boolean } = {},
): string {
  let thrown: unknown = null;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown === null) throw new Error('expected an error, but the call succeeded');
  if (!(thrown instanceof Error)) throw new Error(`expected an Error, got ${typeof thrown}`);
  const message = thrown.message;
  const problems: string[] = [];
  const key = messageKeyOf(message, lang);
  if (!key) problems.push(`not a ${lang} message of the tables`);
  if (key === 'serviceFailed' && !opts.allowServiceFailed)
    problems.push('a generic service failure instead of a validation message');
  if (lang === 'en' && messageKeyOf(message, 'da') && !messageKeyOf(message, 'en'))
    problems.push('Danish instead of English');
  if (/undefined|\[object |\bNaN\b|\bnull\b/.test(message)) problems.push('leaks a raw value');
  if (/\n\s+at |Error:|TypeError|ReferenceError/.test(message))
    problems.push('looks like a stack or raw exception');
  if (/^[a-z]+[A-Z]\w*$/.test(message)) problems.push('is a message key');
  if (message.length > 400) problems.push(`is ${message.length} characters long`);
  if (!/[.!?]$/.test(message.trim())) problems.push('is not a sentence');
  if (problems.length > 0)
    throw new Error(`bad error message (${problems.join('; ')}): ${JSON.stringify(message.slice(0, 300))}`);
  return message;
}

export const BUSY_DA = t('da', 'busy');
export const BUSY_EN = t('en', 'busy');

/** Object.prototype as it should be: no property added by a request. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

// ---- a small cohort ----------------------------------------------------------------------------

type Api = Harness['api'];

/**
 * Adds people by name, admits them, and records every module with all of them present except
 * `absentFrom` (ids that miss modules 1 and 2, so they end below 90 %). Sets a ceremony date so
 * diplomas can be made. Returns the ids in order.
 */
export function completedCohort(
  api: Api,
  names: readonly string[],
  absentFrom: readonly string[] = [],
): string[] {
  const ids = names.map((name) => api.addPerson({ name }).id);
  for (const id of ids) api.setPersonStatus(id, 'Optaget');
  const T = api.getSettings().modules;
  for (let module = 1; module <= T; module++) {
    api.recordAttendance({ module, present: ids.filter((id) => !(module <= 2 && absentFrom.includes(id))) });
  }
  api.saveSettings({ ceremonyDate: '2026-06-12' });
  return ids;
}
