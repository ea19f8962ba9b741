// The offline Apps Script emulator: builds the service globals over one workbook model
// and one CallLog, runs a classic script (dist/Code.js) in a node:vm context that sees
// only those globals, and exposes uncounted inspection helpers for tests and the preview.

import vm from 'node:vm';
import { CallLog } from './calls';
import { CacheService, emptyCaches } from './cache';
import { displayValue, scriptValue } from './cells';
import { counted } from './counting';
import { createDriveServices, DriveStore } from './drive';
import type { DriveStoreJSON } from './drive';
import type { Env, Realm, UiState } from './env';
import { HOST_REALM } from './env';
import { ChartType } from './enums';
import { HtmlService } from './html';
import { LockService } from './lock';
import { capturingConsole, Logger } from './logging';
import type { Cell, SheetModel, WorkbookModel } from './model';
import {
  createWorkbookModel,
  getCell,
  lastColumnWithContent,
  lastRowWithContent,
  sheetByName,
} from './model';
import { parseA1 } from './a1';
import type { WorkbookJSON } from './persist';
import { workbookFromJSON, workbookToJSON } from './persist';
import { emptyStores, PropertiesService } from './properties';
import type { PropertyStores } from './properties';
import { FAKE_OAUTH_TOKEN, ScriptApp } from './script';
import { Session } from './session';
import { Spreadsheet, SpreadsheetApp } from './spreadsheet';
import { Utilities } from './utilities';
import { apostropheReading } from './values';
import type { ApostropheReading } from './values';

export { CallLog } from './calls';
export type { ServiceName } from './calls';
export { FAKE_OAUTH_TOKEN } from './script';
export { LOCK_TIMEOUT_MESSAGE } from './lock';
export { apostropheReading, DEFAULT_APOSTROPHE_READING } from './values';
export type { ApostropheReading } from './values';
export { PROPERTY_VALUE_LIMIT, PROPERTY_STORE_LIMIT } from './properties';
export type { UiState, MenuRecord, SidebarRecord, DialogRecord, AlertRecord, ToastRecord } from './env';
export type { WorkbookModel, SheetModel, Cell } from './model';

/** What an extra service module (Drive, Docs, UrlFetchApp, …) gets to build its globals. */
export interface ExtraGlobalsContext {
  calls: CallLog;
  now(): number;
  /** The token ScriptApp.getOAuthToken() currently returns. */
  oauthToken(): string;
}

export interface EmulatorOptions {
  /** Script and spreadsheet time zone; default 'Europe/Copenhagen'. */
  timeZone?: string;
  /** Spreadsheet locale; default 'da_DK'. */
  locale?: string;
  userEmail?: string;
  /** Resolves HtmlService.createHtmlOutputFromFile(name); return undefined or throw when missing. */
  htmlFiles?: (name: string) => string;
  /**
   * Whether a leading apostrophe written into a cell formatted as plain text ('@') is kept
   * as part of the text or dropped (Google does not say). Default: EMU_PLAINTEXT_APOSTROPHE
   * from the environment, else 'keep'.
   */
  plainTextApostrophe?: ApostropheReading;
  /** Spreadsheet name; default 'Bydelsmødre (emulator)'. */
  spreadsheetName?: string;
  /**
   * More globals built on the same CallLog. By default Drive, Docs and UrlFetchApp come
   * from drive.ts over `emu.drive`; entries returned here are added or replace those.
   */
  extraGlobals?: (ctx: ExtraGlobalsContext) => Record<string, unknown>;
  /**
   * Another spreadsheet of the same user: this emulator shares that one's user properties
   * (PropertiesService.getUserProperties: "only the current user can access, and only within
   * this script") and Drive, while its spreadsheet and document properties are its own.
   */
  sameUserAs?: Emulator;
}

export interface EmulatorState {
  version: 1;
  workbook: WorkbookJSON;
  properties: Record<keyof PropertyStores, Record<string, string>>;
  drive?: DriveStoreJSON;
}

export interface Emulator {
  /** SpreadsheetApp, HtmlService, PropertiesService, CacheService, LockService, Session, Utilities, ScriptApp, Logger, console, Charts, Drive, Docs, UrlFetchApp. */
  globals: Record<string, unknown>;
  calls: CallLog;
  /** The active spreadsheet, uncounted: for arranging and inspecting state in tests. */
  spreadsheet: Spreadsheet;
  /** The raw workbook model. */
  model: WorkbookModel;
  /** Values of a sheet's data range (A1 to last row/column with content); [] for an empty sheet. */
  sheetValues(name: string): unknown[][];
  sheetDisplayValues(name: string): string[][];
  sheetFormulas(name: string): string[][];
  /** Raw model of a sheet, or undefined. */
  sheetByName(name: string): SheetModel | undefined;
  /** Raw model of one cell ('Sheet!B2' or sheet name + 'B2'). */
  cell(sheetName: string, a1: string): Cell | undefined;
  properties: PropertyStores;
  /** Drive, Docs and UrlFetch's shared store (drive.ts). */
  drive: DriveStore;
  lock: { available: boolean };
  ui: UiState;
  logs: string[];
  /** Milliseconds passed to Utilities.sleep. */
  slept: number[];
  /** Clock for caches; replace to move time. */
  now: () => number;
  /** What ScriptApp.getOAuthToken() returns. */
  oauthToken: string;
  /** The reading of a leading apostrophe in a plain-text cell this emulator models. */
  plainTextApostrophe: ApostropheReading;
  /** Runs a classic script in a fresh vm context whose globals are ours; returns that context. */
  loadScript(code: string, filename?: string): Record<string, unknown>;
  /** Puts the globals on `target` (default globalThis); returns a function that restores it. */
  install(target?: Record<string, unknown>): () => void;
  toJSON(): EmulatorState;
}

function emptyUi(): UiState {
  return {
    menus: [],
    sidebars: [],
    dialogs: [],
    alerts: [],
    toasts: [],
    alertResponses: [],
    promptResponses: [],
  };
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  return build(opts);
}

/** Rebuilds an emulator from toJSON() output (the preview persists workbooks this way). */
export function fromJSON(state: EmulatorState, opts: EmulatorOptions = {}): Emulator {
  if (!state || state.version !== 1) throw new Error('Unsupported emulator state');
  return build({ timeZone: state.workbook.timeZone, locale: state.workbook.locale, ...opts }, state);
}

function build(opts: EmulatorOptions, state?: EmulatorState): Emulator {
  const options = {
    timeZone: opts.timeZone ?? 'Europe/Copenhagen',
    locale: opts.locale ?? 'da_DK',
    userEmail: opts.userEmail ?? 'koordinator@example.org',
    plainTextApostrophe: apostropheReading(opts.plainTextApostrophe),
    htmlFiles: opts.htmlFiles,
  };
  const calls = new CallLog();
  const stores = emptyStores();
  for (const key of ['document', 'script', 'user'] as const) {
    for (const [k, v] of Object.entries(state?.properties?.[key] ?? {})) stores[key].set(k, v);
  }
  if (opts.sameUserAs) stores.user = opts.sameUserAs.properties.user;
  const caches = emptyCaches();
  const driveStore = opts.sameUserAs
    ? opts.sameUserAs.drive
    : state?.drive
      ? DriveStore.fromJSON(state.drive)
      : new DriveStore();

  const env: Env = {
    calls,
    book: state
      ? workbookFromJSON(state.workbook)
      : createWorkbookModel({
          timeZone: options.timeZone,
          locale: options.locale,
          name: opts.spreadsheetName,
        }),
    options,
    ui: emptyUi(),
    logs: [],
    lock: { available: true },
    realm: HOST_REALM,
    // Utilities.sleep moves the emulated clock on (no real wait).
    now: () => emu.now() + env.slept.reduce((a, b) => a + b, 0),
    slept: [],
  };
  const token = () => emu.oauthToken;

  const globals: Record<string, unknown> = {
    SpreadsheetApp: counted(calls, new SpreadsheetApp(env)),
    HtmlService: counted(calls, new HtmlService(env)),
    PropertiesService: counted(calls, new PropertiesService(env, stores)),
    CacheService: counted(calls, new CacheService(env, caches)),
    LockService: counted(calls, new LockService(env)),
    Session: counted(calls, new Session(env)),
    Utilities: counted(calls, new Utilities(env)),
    ScriptApp: counted(calls, new ScriptApp(env, token)),
    Logger: counted(calls, new Logger(env)),
    Charts: Object.freeze({ ChartType }),
    console: capturingConsole(env),
  };
  const drive = createDriveServices(calls, driveStore, token);
  Object.assign(globals, { Drive: drive.Drive, Docs: drive.Docs, UrlFetchApp: drive.UrlFetchApp });
  if (opts.extraGlobals)
    Object.assign(globals, opts.extraGlobals({ calls, now: () => env.now(), oauthToken: token }));

  const hostEnv = (): Env => ({ ...env, realm: HOST_REALM });
  const requireSheet = (name: string): SheetModel => {
    const s = sheetByName(env.book, name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  };
  const dataGrid = <T>(name: string, read: (e: Env, s: SheetModel, r: number, c: number) => T): T[][] => {
    const s = requireSheet(name);
    const e = hostEnv();
    const rows = lastRowWithContent(s);
    const cols = lastColumnWithContent(s);
    const out: T[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: T[] = [];
      for (let c = 1; c <= cols; c++) line.push(read(e, s, r, c));
      out.push(line);
    }
    return out;
  };

  const emu: Emulator = {
    globals,
    calls,
    get spreadsheet() {
      return new Spreadsheet(env);
    },
    get model() {
      return env.book;
    },
    sheetValues: (name) => dataGrid(name, scriptValue),
    sheetDisplayValues: (name) => dataGrid(name, displayValue),
    sheetFormulas: (name) => dataGrid(name, (_e, s, r, c) => getCell(s, r, c)?.f ?? ''),
    sheetByName: (name) => sheetByName(env.book, name),
    cell(sheetName, a1) {
      const ref = parseA1(a1);
      if (!ref || ref.startRow === undefined || ref.startColumn === undefined)
        throw new Error(`Not a cell: ${a1}`);
      return getCell(requireSheet(ref.sheetName ?? sheetName), ref.startRow, ref.startColumn);
    },
    properties: stores,
    drive: driveStore,
    lock: env.lock,
    ui: env.ui,
    logs: env.logs,
    slept: env.slept,
    now: () => Date.now(),
    oauthToken: FAKE_OAUTH_TOKEN,
    plainTextApostrophe: options.plainTextApostrophe,
    loadScript(code, filename = 'Code.js') {
      const context = vm.createContext({ ...globals }, { name: filename });
      const realm = vm.runInContext('({ Date, Array, Error, Object })', context) as Realm;
      env.realm = realm;
      new vm.Script(code, { filename }).runInContext(context);
      return context as Record<string, unknown>;
    },
    install(target = globalThis as unknown as Record<string, unknown>) {
      env.realm = HOST_REALM;
      const previous = new Map<string, PropertyDescriptor | undefined>();
      for (const [name, value] of Object.entries(globals)) {
        previous.set(name, Object.getOwnPropertyDescriptor(target, name));
        Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
      }
      return () => {
        for (const [name, descriptor] of previous) {
          if (descriptor) Object.defineProperty(target, name, descriptor);
          else delete target[name];
        }
      };
    },
    toJSON() {
      return {
        version: 1,
        workbook: workbookToJSON(env.book),
        properties: {
          document: Object.fromEntries(stores.document),
          script: Object.fromEntries(stores.script),
          user: Object.fromEntries(stores.user),
        },
        drive: driveStore.toJSON(),
      };
    },
  };
  return emu;
}

export { typedGlobals } from './types';
export type { AppsScriptGlobals } from './types';
