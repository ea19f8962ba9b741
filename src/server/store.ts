// What the add-on keeps in the spreadsheet's document properties (stored with the file,
// shared by every editor): the settings, the ids of its sheets, and its counters. One
// getProperties() per request; values are small JSON strings, far below the 9 KB limit.
import type { Settings } from '../shared/api';
import type { SheetKey } from '../core/schema';

const KEYS = {
  settings: 'bm.settings',
  sheets: 'bm.sheets',
  counters: 'bm.counters',
  diplomas: 'bm.diplomas',
  layouts: 'bm.layouts',
  attendanceLists: 'bm.attendanceLists',
} as const;

/** Characters per stored piece of a long value: even escaped (×2) or in 3-byte UTF-8, under the 9 KB a property may hold. */
const PIECE = 2500;

export type Counters = { person: number };
export type SheetIds = Partial<Record<SheetKey, number>>;
/** Per sheet, the header layout setup last formatted (see src/server/sheets/format.ts). */
export type SheetLayouts = Partial<Record<SheetKey, string>>;

/** Drive ids the diploma and report work keep between calls (never personal data). */
export interface DriveState {
  folderId?: string;
  combinedPdfId?: string;
  reportId?: string;
}

function parse<T>(raw: string | null | undefined, fallback: T): T {
  if (!raw) return fallback;
  try {
    const value = JSON.parse(raw) as unknown;
    return value && typeof value === 'object' ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

export class DocumentStore {
  private cache: Record<string, string> | null = null;
  /** Called before each write with the key and its old value, so a failed request can undo it. */
  journal: ((undo: () => void) => void) | null = null;

  private get props(): GoogleAppsScript.Properties.Properties {
    return PropertiesService.getDocumentProperties();
  }

  private all(): Record<string, string> {
    if (!this.cache) this.cache = this.props.getProperties();
    return this.cache;
  }

  private write(key: string, value: unknown): void {
    const text = JSON.stringify(value);
    const old = this.all()[key];
    this.props.setProperty(key, text);
    this.all()[key] = text;
    this.journal?.(() => {
      if (old === undefined) this.props.deleteProperty(key);
      else this.props.setProperty(key, old);
      if (old === undefined) delete this.all()[key];
      else this.all()[key] = old;
    });
  }

  storedSettings(): Partial<Settings> {
    return parse<Partial<Settings>>(this.all()[KEYS.settings], {});
  }

  saveStoredSettings(settings: Partial<Settings>): void {
    this.write(KEYS.settings, settings);
  }

  sheetIds(): SheetIds {
    return parse<SheetIds>(this.all()[KEYS.sheets], {});
  }

  saveSheetIds(ids: SheetIds): void {
    this.write(KEYS.sheets, ids);
  }

  counters(): Counters {
    return { person: 0, ...parse<Partial<Counters>>(this.all()[KEYS.counters], {}) };
  }

  saveCounters(counters: Counters): void {
    this.write(KEYS.counters, counters);
  }

  sheetLayouts(): SheetLayouts {
    return parse<SheetLayouts>(this.all()[KEYS.layouts], {});
  }

  saveSheetLayouts(layouts: SheetLayouts): void {
    this.write(KEYS.layouts, layouts);
  }

  /** Removes a key, journaled like write(). */
  private remove(key: string): void {
    const old = this.all()[key];
    if (old === undefined) return;
    this.props.deleteProperty(key);
    delete this.all()[key];
    this.journal?.(() => {
      this.props.setProperty(key, old);
      this.all()[key] = old;
    });
  }

  /**
   * The attendance lists' registry (core/attendanceList.ts) as JSON text, or null. It may
   * outgrow one property, so it is kept in pieces: `bm.attendanceLists` holds the number of
   * pieces, `bm.attendanceLists.0` … the text.
   */
  attendanceLists(): string | null {
    const all = this.all();
    const count = Number(all[KEYS.attendanceLists]);
    if (!Number.isInteger(count) || count < 1) return null;
    let text = '';
    for (let i = 0; i < count; i++) {
      const piece = all[`${KEYS.attendanceLists}.${i}`];
      if (piece === undefined) return null;
      text += JSON.parse(piece) as string;
    }
    return text;
  }

  saveAttendanceLists(json: string): void {
    const pieces: string[] = [];
    for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
    const before = Number(this.all()[KEYS.attendanceLists]) || 0;
    pieces.forEach((piece, i) => {
      if (this.all()[`${KEYS.attendanceLists}.${i}`] !== JSON.stringify(piece))
        this.write(`${KEYS.attendanceLists}.${i}`, piece);
    });
    for (let i = pieces.length; i < before; i++) this.remove(`${KEYS.attendanceLists}.${i}`);
    if (before !== pieces.length) this.write(KEYS.attendanceLists, pieces.length);
  }

  driveState(): DriveState {
    return parse<DriveState>(this.all()[KEYS.diplomas], {});
  }

  saveDriveState(state: DriveState): void {
    this.write(KEYS.diplomas, state);
  }
}
