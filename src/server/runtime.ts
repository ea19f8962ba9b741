// Every public server function runs through `read` or `write` here. They give the use case a
// request context, turn a UserError into a sentence in the coordinator's language, and — for
// writers — hold the document lock and undo whatever was written when the request fails, so a
// request either succeeds completely or leaves the workbook as it was.
import type { Language, Settings } from '../shared/api';
import { UserError } from '../core/errors';
import { t } from '../core/i18n';
import { resolveSettings } from '../core/settings';
import { DocumentStore } from './store';

const LOCK_WAIT_MS = 10000;
const TIME_ZONE = 'Europe/Copenhagen';

export interface Ctx {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  store: DocumentStore;
  settings: Settings;
  lang: Language;
  /** Today in Europe/Copenhagen, 'YYYY-MM-DD'. Core never reads the clock itself. */
  today: string;
  now: Date;
  /** Registers how to undo a write that just happened (run in reverse order on failure). */
  onUndo(undo: () => void): void;
}

export function todayIso(now: Date): string {
  return Utilities.formatDate(now, TIME_ZONE, 'yyyy-MM-dd');
}

function makeCtx(undoLog: (() => void)[] | null): Ctx {
  const store = new DocumentStore();
  const now = new Date();
  const today = todayIso(now);
  const settings = resolveSettings(store.storedSettings(), today);
  const onUndo = (undo: () => void) => {
    if (undoLog) undoLog.push(undo);
  };
  store.journal = onUndo;
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  return {
    get ss() {
      if (!ss) ss = SpreadsheetApp.getActiveSpreadsheet();
      return ss;
    },
    store,
    settings,
    lang: settings.language,
    today,
    now,
    onUndo,
  };
}

/** The language to speak when even the settings cannot be read. */
function safeLanguage(): Language {
  try {
    return resolveSettings(new DocumentStore().storedSettings(), '2000-01-01').language;
  } catch {
    return 'da';
  }
}

function translate(error: unknown, lang: Language): Error {
  if (error instanceof UserError) return new Error(t(lang, error.key, error.params));
  // A service failure: tell the coordinator in her words, keep the details for the log.
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`request failed: ${detail}`);
  return new Error(t(lang, 'serviceFailed'));
}

/** A request that only reads. */
export function read<T>(fn: (ctx: Ctx) => T): T {
  let lang: Language | null = null;
  try {
    const ctx = makeCtx(null);
    lang = ctx.lang;
    return fn(ctx);
  } catch (error) {
    throw translate(error, lang ?? safeLanguage());
  }
}

/** A request that writes: under the document lock, undone completely if it fails. */
export function write<T>(fn: (ctx: Ctx) => T): T {
  const undoLog: (() => void)[] = [];
  let lang: Language | null = null;
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      lock = null;
      throw new UserError('busy');
    }
    const ctx = makeCtx(undoLog);
    lang = ctx.lang;
    return fn(ctx);
  } catch (error) {
    rollBack(undoLog);
    throw translate(error, lang ?? safeLanguage());
  } finally {
    if (lock) {
      try {
        lock.releaseLock();
      } catch {
        // The lock expires with the execution anyway.
      }
    }
  }
}

function rollBack(undoLog: (() => void)[]): void {
  for (let i = undoLog.length - 1; i >= 0; i--) {
    try {
      undoLog[i]();
    } catch (error) {
      console.error(
        `undo step ${i + 1} of ${undoLog.length} failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}
