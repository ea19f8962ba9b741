// One preview session: the REAL dist/Code.js running inside our Apps Script emulator, over a
// workbook that is saved to a JSON file after every call that changed it and restored at
// start. Calls go through `run`, which behaves like google.script.run: only top-level
// functions of Code.js, arguments and results cloned as JSON, a thrown Error's message.
// `edit` is a cell typed by hand: the value goes in as typed input, then onEdit(e) runs.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createEmulator, fromJSON, type Emulator, type EmulatorState } from '../emulator';
import type { AlertRecord, DialogRecord, ToastRecord } from '../emulator';

export interface SessionOptions {
  /** Folder with Code.js and the <page>.html files (normally dist/). */
  distDir: string;
  /** Where the workbook is kept between runs; null keeps it in memory only. */
  stateFile: string | null;
}

export interface UiEvents {
  sidebar?: { title: string; html: string };
  dialogs: DialogRecord[];
  alerts: AlertRecord[];
  toasts: ToastRecord[];
}

export type RunResult = ({ ok: true; value: unknown } | { ok: false; error: string }) & {
  ui: UiEvents;
  changed: boolean;
};

/** Functions that only read (and show sidebars): no need to save the workbook after them. */
const READS = /^(get|list|export|show|onOpen$|onInstall$)/;
const SAVE_DELAY_MS = 400;

export class Session {
  emu!: Emulator;
  private context: Record<string, unknown> = {};
  private publicNames = new Set<string>();
  private codeStamp = '';
  private savedJson = '';
  private saveTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: SessionOptions) {
    this.emu = this.restore() ?? this.fresh();
    this.savedJson = JSON.stringify(this.emu.toJSON());
    this.loadCode(true);
    this.openSpreadsheet();
  }

  private emulatorOptions() {
    return { htmlFiles: (name: string) => readFileSync(join(this.opts.distDir, `${name}.html`), 'utf8') };
  }

  private fresh(): Emulator {
    return createEmulator({ ...this.emulatorOptions(), spreadsheetName: 'Bydelsmødre – preview' });
  }

  private restore(): Emulator | null {
    const file = this.opts.stateFile;
    if (!file || !existsSync(file)) return null;
    try {
      return fromJSON(JSON.parse(readFileSync(file, 'utf8')) as EmulatorState, this.emulatorOptions());
    } catch (error) {
      console.warn(`Could not read ${file} (${(error as Error).message}); starting with an empty workbook.`);
      return null;
    }
  }

  /** (Re)loads dist/Code.js when it changed on disk, so a rebuild shows up without a restart. */
  private loadCode(force = false): void {
    const file = join(this.opts.distDir, 'Code.js');
    // While `npm run build` rewrites dist/ the file is briefly missing: keep the loaded code.
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) {
      if (this.codeStamp) return;
      throw Object.assign(new Error(`${file} is missing`), { code: 'ENOENT' });
    }
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    if (!force && stamp === this.codeStamp) return;
    const code = readFileSync(file, 'utf8');
    this.context = this.emu.loadScript(code, 'Code.js');
    // google.script.run reaches the script's top-level functions, never a private one (trailing _).
    this.publicNames = new Set(
      [...code.matchAll(/^function ([A-Za-z$][\w$]*)\s*\(/gm)]
        .map((m) => m[1])
        .filter((n) => !n.endsWith('_')),
    );
    this.codeStamp = stamp;
  }

  /** What opening the file does in Sheets: the add-on menu, built by onOpen. */
  openSpreadsheet(): void {
    this.emu.ui.menus.length = 0;
    this.run('onOpen', [{ authMode: 'FULL' }]);
  }

  get functionNames(): string[] {
    return [...this.publicNames].sort();
  }

  run(fn: string, args: unknown[] = []): RunResult {
    this.loadCode();
    const events = this.uiEvents();
    let outcome: { ok: true; value: unknown } | { ok: false; error: string };
    if (!this.publicNames.has(fn) || typeof this.context[fn] !== 'function') {
      outcome = { ok: false, error: `Script function not found: ${fn}` };
    } else {
      try {
        const cloned = JSON.parse(JSON.stringify(args ?? [])) as unknown[];
        const value = (this.context[fn] as (...a: unknown[]) => unknown)(...cloned);
        outcome = { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
      } catch (error) {
        const message =
          error && typeof (error as Error).message === 'string' ? (error as Error).message : String(error);
        outcome = { ok: false, error: message };
      }
    }
    // Serialising the workbook takes a moment, so a burst of writes is saved once, just after.
    const changed = !READS.test(fn);
    if (changed) this.scheduleSave();
    return { ...outcome, ui: events(), changed };
  }

  /**
   * What typing into a cell does in Sheets: the text goes in as typed input (numbers, '='
   * formulas, a leading apostrophe for literal text), then the add-on's simple trigger
   * onEdit(e) runs in the script's context with the event object Sheets gives it. A value the
   * cell's data validation rejects is refused, as Sheets refuses it; onEdit never throws here.
   */
  edit(sheetName: string, row: number, column: number, value: string): RunResult {
    this.loadCode();
    const events = this.uiEvents();
    const spreadsheet = this.emu.spreadsheet;
    const sheet = spreadsheet.getSheetByName(sheetName);
    if (!sheet) return { ok: false, error: `Arket findes ikke: ${sheetName}`, ui: events(), changed: false };
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      row < 1 ||
      column < 1 ||
      row > sheet.getMaxRows() ||
      column > sheet.getMaxColumns()
    ) {
      return { ok: false, error: 'Cellen ligger uden for arket.', ui: events(), changed: false };
    }
    const range = sheet.getRange(row, column);
    const oldValue: unknown = range.getValue();
    try {
      range.setValue(value);
    } catch (error) {
      return { ok: false, error: (error as Error).message ?? String(error), ui: events(), changed: false };
    }
    const newValue: unknown = range.getValue();
    // As in Sheets: value/oldValue only when not empty; user is the Session's User.
    const event: Record<string, unknown> = {
      authMode: 'LIMITED',
      range,
      source: spreadsheet,
      user: (this.emu.globals.Session as { getActiveUser(): unknown }).getActiveUser(),
    };
    if (newValue !== '') event.value = newValue;
    if (oldValue !== '') event.oldValue = oldValue;
    let outcome: { ok: true; value: unknown } | { ok: false; error: string } = { ok: true, value: null };
    const onEdit = this.context.onEdit;
    if (typeof onEdit === 'function') {
      try {
        (onEdit as (e: unknown) => unknown)(event);
      } catch (error) {
        // A simple trigger's failure is only logged in Sheets; the typed value stays.
        outcome = { ok: false, error: (error as Error).message ?? String(error) };
      }
    }
    this.scheduleSave();
    return { ...outcome, ui: events(), changed: true };
  }

  /** Marks the UI lists now; the returned function gives what was added since. */
  private uiEvents(): () => UiEvents {
    const ui = this.emu.ui;
    const mark = {
      sidebars: ui.sidebars.length,
      dialogs: ui.dialogs.length,
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
    };
    return () => {
      const sidebar = ui.sidebars.length > mark.sidebars ? ui.sidebars[ui.sidebars.length - 1] : undefined;
      const events: UiEvents = {
        sidebar: sidebar && { title: sidebar.title, html: sidebar.html },
        dialogs: ui.dialogs.slice(mark.dialogs),
        alerts: ui.alerts.slice(mark.alerts),
        toasts: ui.toasts.slice(mark.toasts),
      };
      // Sidebars are kept only as events; keep the emulator's lists short in a long session.
      if (ui.sidebars.length > 20) ui.sidebars.splice(0, ui.sidebars.length - 1);
      return events;
    };
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.persist(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /** Writes the workbook file now if anything changed since the last save; returns whether it did. */
  persist(): boolean {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const json = JSON.stringify(this.emu.toJSON());
    if (json === this.savedJson) return false;
    this.savedJson = json;
    const file = this.opts.stateFile;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, json);
      renameSync(`${file}.tmp`, file);
    }
    return true;
  }

  /**
   * A new, blank spreadsheet of the same user: the user's properties (a saved cohort setup)
   * and Drive carry over, as they do in Google; the spreadsheet and its properties are new.
   */
  newSpreadsheet(): void {
    this.emu = createEmulator({
      ...this.emulatorOptions(),
      spreadsheetName: 'Bydelsmødre – nyt hold',
      sameUserAs: this.emu,
    });
    this.loadCode(true);
    this.savedJson = '';
    this.openSpreadsheet();
    this.persist();
  }

  /** Starts over with an empty spreadsheet (the demo builder fills it through the API). */
  reset(): void {
    this.emu = this.fresh();
    this.loadCode(true);
    this.savedJson = '';
    this.openSpreadsheet();
    this.persist();
  }
}
