// THE PAPER ATTENDANCE LIST (SPEC `createAttendanceList`): what the printable list says, as
// paragraphs and one table (the server renders it with the report's Docs technique). For one
// module: its number, date and theme, then one line per admitted woman with a column to tick
// and a column to sign. For all modules: the modules as a list, then a grid with one tick
// column per module. Fixed text in the cohort's language; names exactly as typed.
import type { Language } from '../shared/api';
import { displayDate } from './dates';
import { t, type MessageKey, type MessageParams } from './i18n';
import type { ReportDoc, ReportParagraph } from './report';
import { UserError } from './errors';
import { ownFields } from './validate';

export interface ListModule {
  nr: number;
  /** 'YYYY-MM-DD' or ''. */
  date: string;
  theme: string;
}

export interface ListPerson {
  id: string;
  name: string;
}

export interface AttendanceListInput {
  cohortName: string;
  /** The module of the list, or null for all modules. */
  module: ListModule | null;
  /** Every module 1…T (for the grid), in order. */
  modules: ListModule[];
  people: ListPerson[];
}

export interface AttendanceListDoc extends ReportDoc {
  /** A4 landscape for a grid of many modules, portrait otherwise. */
  landscape: boolean;
  /** Each table column's width in points: room for a name and a signature, small tick boxes. */
  widths: number[];
}

/** The text width of A4 with 40 pt margins, portrait and landscape (the server sets those margins). */
const TEXT_WIDTH = { portrait: 595 - 80, landscape: 842 - 80 };

/** A grid with more module columns than this is printed in landscape. */
const PORTRAIT_MAX_MODULES = 8;

/** `{ module? }`: a whole number 1…T, or nothing (all modules). */
export function validateListOptions(o: unknown, modules: number): { module: number | null } {
  if (o === undefined || o === null) return { module: null };
  let fields: [string, unknown][];
  try {
    fields = ownFields(o);
  } catch {
    throw new UserError('attendanceListOptionsInvalid');
  }
  let module: number | null = null;
  for (const [key, value] of fields) {
    if (key !== 'module') throw new UserError('attendanceListOptionsInvalid');
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > modules) {
      throw new UserError('attendanceListModuleInvalid', { max: modules });
    }
    module = value;
  }
  return { module };
}

/** The file name SPEC gives the list (the same in both languages: it names the cohort's data). */
export function attendanceListName(lang: Language, cohortName: string, module: number | null): string {
  return module === null
    ? t(lang, 'attendanceListAllDocName', { cohort: cohortName })
    : t(lang, 'attendanceListDocName', { module, cohort: cohortName });
}

/** People in the order of the list: by name, the Danish way (æ, ø, å last). */
export function sortForList(people: readonly ListPerson[]): ListPerson[] {
  return [...people].sort(
    (a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}

export function buildAttendanceList(input: AttendanceListInput, lang: Language): AttendanceListDoc {
  const L = (k: MessageKey, params?: MessageParams) => t(lang, k, params);
  const out: ReportParagraph[] = [];
  const p = (style: ReportParagraph['style'], text: string) => out.push({ style, text });
  const field = (label: string, value: string) =>
    out.push({ style: 'NORMAL_TEXT', text: `${label}: ${value}`, boldPrefix: label.length + 1 });
  const dateText = (iso: string) => (iso ? displayDate(iso) : L('attendanceListNoDate'));

  const title = L('attendanceListTitle');
  p('TITLE', title);
  field(L('attendanceListCohort'), input.cohortName);
  const people = sortForList(input.people);
  let rows: string[][];
  if (input.module) {
    const m = input.module;
    field(L('attendanceListModule'), String(m.nr));
    field(L('attendanceListDate'), dateText(m.date));
    field(L('attendanceListTheme'), m.theme);
    p('NORMAL_TEXT', L('attendanceListHowTo'));
    rows = [
      [L('attendanceListName'), L('attendanceListPresent'), L('attendanceListSignature')],
      ...people.map((x) => [x.name, '', '']),
    ];
  } else {
    field(L('attendanceListModule'), L('attendanceListAllModules'));
    p('HEADING_2', L('attendanceListModulesHeading'));
    for (const m of input.modules) p('NORMAL_TEXT', `${m.nr}. ${dateText(m.date)} – ${m.theme}`);
    p('NORMAL_TEXT', L('attendanceListGridHowTo'));
    rows = [
      [L('attendanceListName'), ...input.modules.map((m) => String(m.nr)), L('attendanceListSignature')],
      ...people.map((x) => [x.name, ...input.modules.map(() => ''), '']),
    ];
  }
  p('NORMAL_TEXT', '');
  const table = { at: out.length - 1, rows };
  p('NORMAL_TEXT', L('attendanceListPrivacy'));
  const landscape = input.module === null && input.modules.length > PORTRAIT_MAX_MODULES;
  const width = landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait;
  let widths: number[];
  if (input.module) {
    widths = [Math.round(width * 0.45), 60, width - Math.round(width * 0.45) - 60];
  } else {
    const name = 160;
    const signature = 110;
    // Floor to a tenth of a point so the columns never add up to more than the page.
    const tick = Math.max(5, Math.floor(((width - name - signature) / input.modules.length) * 10) / 10);
    widths = [name, ...input.modules.map(() => tick), signature];
  }
  return { title, paragraphs: out, table, landscape, widths };
}

// ---- which lists exist, and whom they name -----------------------------------------------------
// Kept in the document properties so `deletePerson` can trash every list that names her (SPEC)
// without opening a single Doc. Person ids only, never names; runs of ids such as P001…P020 are
// stored as one [first, last] pair, and the lists of one cohort share their set of people, so
// even 40 module lists of 2,000 participants stay small (the server still splits the JSON
// into pieces under the 9 KB a property may hold).

export type IdToken = string | [string, string];

export interface ListEntry {
  docId: string;
  pdfId: string;
  /** Index into `sets`. */
  set: number;
}

export interface ListRegistry {
  /** By list: the module number as text, or 'all'. */
  lists: Record<string, ListEntry>;
  sets: IdToken[][];
}

export const emptyRegistry = (): ListRegistry => ({ lists: {}, sets: [] });

export function listKey(module: number | null): string {
  return module === null ? 'all' : String(module);
}

const NUMBERED = /^(.*?)(\d+)$/;

/** Sorted ids as tokens: consecutive numbers with the same prefix and width become one pair. */
export function encodeIds(ids: readonly string[]): IdToken[] {
  const sorted = [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const out: IdToken[] = [];
  let run: { prefix: string; width: number; first: string; last: string; n: number } | null = null;
  const flush = () => {
    if (run) out.push(run.first === run.last ? run.first : [run.first, run.last]);
    run = null;
  };
  for (const id of sorted) {
    const m = NUMBERED.exec(id);
    if (m && run && m[1] === run.prefix && m[2].length === run.width && Number(m[2]) === run.n + 1) {
      run.last = id;
      run.n += 1;
      continue;
    }
    flush();
    if (m) run = { prefix: m[1], width: m[2].length, first: id, last: id, n: Number(m[2]) };
    else out.push(id);
  }
  flush();
  return out;
}

/** Whether the tokens name `id` (case-insensitive, as ids are matched everywhere). */
export function tokensName(tokens: readonly IdToken[], id: string): boolean {
  const wanted = id.toUpperCase();
  const m = NUMBERED.exec(wanted);
  return tokens.some((token) => {
    if (typeof token === 'string') return token.toUpperCase() === wanted;
    if (!m) return false;
    const a = NUMBERED.exec(token[0].toUpperCase());
    const b = NUMBERED.exec(token[1].toUpperCase());
    if (!a || !b || a[1] !== m[1] || a[2].length !== m[2].length) return false;
    const n = Number(m[2]);
    return n >= Number(a[2]) && n <= Number(b[2]);
  });
}

/** The registry read back from JSON; anything damaged counts as no lists known. */
export function parseRegistry(json: string | null): ListRegistry {
  if (!json) return emptyRegistry();
  try {
    const r = JSON.parse(json) as Partial<ListRegistry>;
    if (!r || typeof r !== 'object' || !r.lists || typeof r.lists !== 'object' || !Array.isArray(r.sets))
      return emptyRegistry();
    return { lists: { ...r.lists }, sets: r.sets };
  } catch {
    return emptyRegistry();
  }
}

/** The registry with `key` now pointing at these files and people; sets no list uses are dropped. */
export function withList(
  reg: ListRegistry,
  key: string,
  entry: { docId: string; pdfId: string },
  ids: readonly string[],
): ListRegistry {
  const tokens = encodeIds(ids);
  const text = JSON.stringify(tokens);
  let set = reg.sets.findIndex((s) => JSON.stringify(s) === text);
  const sets = reg.sets.slice();
  if (set < 0) {
    sets.push(tokens);
    set = sets.length - 1;
  }
  return compact({ lists: { ...reg.lists, [key]: { ...entry, set } }, sets });
}

/** The registry without these lists. */
export function withoutLists(reg: ListRegistry, keys: readonly string[]): ListRegistry {
  const lists = { ...reg.lists };
  for (const k of keys) delete lists[k];
  return compact({ lists, sets: reg.sets });
}

/** The keys of the lists that name `id`. */
export function listsNaming(reg: ListRegistry, id: string): string[] {
  return Object.keys(reg.lists).filter((k) => {
    const tokens = reg.sets[reg.lists[k].set];
    return Array.isArray(tokens) && tokensName(tokens, id);
  });
}

function compact(reg: ListRegistry): ListRegistry {
  const used = [...new Set(Object.values(reg.lists).map((l) => l.set))].sort((a, b) => a - b);
  const map = new Map(used.map((old, i) => [old, i]));
  const lists: Record<string, ListEntry> = {};
  for (const [k, l] of Object.entries(reg.lists)) lists[k] = { ...l, set: map.get(l.set) as number };
  return { lists, sets: used.map((i) => reg.sets[i]) };
}
