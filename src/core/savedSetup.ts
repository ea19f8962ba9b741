// The reusable setup of a cohort, kept for the next one (SPEC `saveCohortSetup`): settings
// without their dates, the modules' themes, the budget's lines and amounts, the timeline's
// activities and months, and the diploma template. Never anything about a person: the
// shape below has no field that could hold one (teachers' names in Underviser may stay).
//
// Stored in the user's properties, which hold at most 9 KB per value and 500 KB in all: the
// JSON is gzipped and base64-encoded by the server (Utilities), then cut into chunks here.
import type { Settings, SettingsKey } from '../shared/api';
import { SEEDED_BUDGET, lineKey } from './budget';
import { endOfMonthInPeriod, PLANNED_STATUS, type SeedRow } from './timeline';

export const SAVED_SETUP_VERSION = 1;

/** Settings that are dates belong to one cohort and are never carried over. */
export const DATE_SETTINGS: readonly SettingsKey[] = [
  'firstModuleDate',
  'closedDates',
  'ceremonyDate',
  'periodStart',
  'periodEnd',
];

export type SavedSettings = Partial<
  Omit<Settings, 'firstModuleDate' | 'closedDates' | 'ceremonyDate' | 'periodStart' | 'periodEnd'>
>;

export interface SavedModule {
  nr: number;
  theme: string;
  part: string;
  teacher: string;
  /** Timer as a number, or null when the cell was empty or not a number. */
  hours: number | null;
}

export interface SavedBudgetLine {
  line: string;
  /** Kroner. */
  budget: number;
}

export interface SavedActivity {
  month: string;
  activity: string;
  /** The calendar month (1–12) of the activity's deadline, or null when it had none. */
  deadlineMonth: number | null;
}

export interface SavedSetup {
  version: number;
  /** When it was saved, ISO 8601 (UTC). */
  savedAt: string;
  settings: SavedSettings;
  modules: SavedModule[];
  budget: SavedBudgetLine[];
  timeline: SavedActivity[];
}

/** The settings to carry over: everything but the dates. */
export function settingsToSave(settings: Settings): SavedSettings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (!(DATE_SETTINGS as readonly string[]).includes(key)) out[key] = value;
  }
  return out as SavedSettings;
}

// ---- storage: chunks of at most 9 KB ---------------------------------------------------------

export const SAVED_META_KEY = 'bm.savedSetup';
export const SAVED_CHUNK_PREFIX = 'bm.savedSetup.';
/** Characters per chunk (base64 is ASCII: one byte each), well under the 9 KB (9,216 bytes) a value may hold. */
export const CHUNK_CHARS = 8000;
/** What the saved setup may take of the 500 KB a user's store holds, with room for its keys. */
export const MAX_SAVED_BYTES = 480 * 1024;

export interface SavedMeta {
  version: number;
  savedAt: string;
  cohortName: string;
  chunks: number;
  /** Length of the whole encoded text, to notice a chunk that is missing or cut. */
  length: number;
}

export function chunkKey(i: number): string {
  return `${SAVED_CHUNK_PREFIX}${i}`;
}

export function isSavedSetupKey(key: string): boolean {
  return key === SAVED_META_KEY || key.startsWith(SAVED_CHUNK_PREFIX);
}

export function splitChunks(text: string, size = CHUNK_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

/** The properties to store: the meta record and one key per chunk. */
export function storedProperties(encoded: string, saved: SavedSetup): Record<string, string> {
  const chunks = splitChunks(encoded);
  const meta: SavedMeta = {
    version: SAVED_SETUP_VERSION,
    savedAt: saved.savedAt,
    cohortName: saved.settings.cohortName ?? '',
    chunks: chunks.length,
    length: encoded.length,
  };
  const out: Record<string, string> = { [SAVED_META_KEY]: JSON.stringify(meta) };
  chunks.forEach((c, i) => (out[chunkKey(i)] = c));
  return out;
}

export function parseMeta(raw: string | null | undefined): SavedMeta | null {
  if (!raw) return null;
  try {
    const m = JSON.parse(raw) as Partial<SavedMeta>;
    if (
      m &&
      typeof m.savedAt === 'string' &&
      typeof m.cohortName === 'string' &&
      Number.isInteger(m.chunks) &&
      (m.chunks as number) > 0 &&
      Number.isInteger(m.length)
    ) {
      return m as SavedMeta;
    }
  } catch {
    // not ours, or cut: treated as no saved setup
  }
  return null;
}

/** The encoded text put back together, or null when a chunk is missing or the length is wrong. */
export function joinChunks(meta: SavedMeta, all: Record<string, string>): string | null {
  let text = '';
  for (let i = 0; i < meta.chunks; i++) {
    const part = all[chunkKey(i)];
    if (typeof part !== 'string') return null;
    text += part;
  }
  return text.length === meta.length ? text : null;
}

// ---- reading it back --------------------------------------------------------------------------

const isText = (v: unknown): v is string => typeof v === 'string';
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** The parsed JSON checked for shape (its settings are validated again by the server). */
export function parseSavedSetup(json: string): SavedSetup | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const s = value as Partial<SavedSetup> | null;
  if (!s || typeof s !== 'object' || s.version !== SAVED_SETUP_VERSION || !isText(s.savedAt)) return null;
  if (!s.settings || typeof s.settings !== 'object' || Array.isArray(s.settings)) return null;
  if (!Array.isArray(s.modules) || !Array.isArray(s.budget) || !Array.isArray(s.timeline)) return null;
  const modulesOk = s.modules.every(
    (m) =>
      m &&
      Number.isInteger(m.nr) &&
      isText(m.theme) &&
      isText(m.part) &&
      isText(m.teacher) &&
      isNumberOrNull(m.hours),
  );
  const budgetOk = s.budget.every(
    (b) => b && isText(b.line) && typeof b.budget === 'number' && Number.isFinite(b.budget),
  );
  const timelineOk = s.timeline.every(
    (a) =>
      a &&
      isText(a.month) &&
      isText(a.activity) &&
      (a.deadlineMonth === null ||
        (Number.isInteger(a.deadlineMonth) && a.deadlineMonth >= 1 && a.deadlineMonth <= 12)),
  );
  if (!modulesOk || !budgetOk || !timelineOk) return null;
  // Only the settings keys that may be carried over, whatever else the JSON holds.
  const settings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.settings)) {
    if (!(DATE_SETTINGS as readonly string[]).includes(k)) settings[k] = v;
  }
  return { ...(s as SavedSetup), settings: settings as SavedSettings };
}

// ---- seeding a new cohort from it -------------------------------------------------------------

/** Budget rows to seed: the saved lines, each with the seeded note of a default line of that name. */
export function budgetSeedFromSaved(saved: SavedSetup): { line: string; budget: number; note: string }[] {
  const notes = new Map(SEEDED_BUDGET.map((l) => [lineKey(l.line), l.note]));
  return saved.budget.map((b) => ({
    line: b.line,
    budget: b.budget,
    note: notes.get(lineKey(b.line)) ?? '',
  }));
}

/**
 * Timeline rows to seed: each deadline is the end of its saved month in the new period (the
 * first such month on or after the period's start), whatever order she kept the rows in.
 */
export function timelineSeedFromSaved(
  saved: SavedSetup,
  periodStart: string,
  coordinatorInitials: string,
): SeedRow[] {
  return saved.timeline.map((a) => ({
    month: a.month,
    activity: a.activity,
    responsible: coordinatorInitials,
    deadline: a.deadlineMonth === null ? '' : endOfMonthInPeriod(a.deadlineMonth, periodStart),
    status: PLANNED_STATUS,
    note: '',
  }));
}
