// What every emulated service object shares: the call log, the workbook model, the UI
// record, the clock, and the realm whose Date/Array/Error a script sees (a script run
// in a node:vm context gets values built with that context's constructors, so its
// `instanceof Date` checks behave as in Apps Script).

import type { CallLog } from './calls';
import type { WorkbookModel } from './model';
import type { ApostropheReading } from './values';

export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export const HOST_REALM: Realm = { Date, Array, Error, Object };

export interface MenuItemRecord {
  caption?: string;
  functionName?: string;
  separator?: true;
  subMenu?: MenuRecord;
}

export interface MenuRecord {
  name: string;
  /** true for createAddonMenu(): Sheets shows it under Extensions › <add-on name>. */
  addon: boolean;
  items: MenuItemRecord[];
}

export interface SidebarRecord {
  title: string;
  html: string;
  width: number;
}

export interface DialogRecord {
  title: string;
  html: string;
  width: number;
  height: number;
  modal: boolean;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  kind: 'alert' | 'prompt';
  response?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface UiState {
  menus: MenuRecord[];
  sidebars: SidebarRecord[];
  dialogs: DialogRecord[];
  alerts: AlertRecord[];
  toasts: ToastRecord[];
  /** Buttons alert() returns next, in order ('OK', 'CANCEL', 'YES', 'NO', 'CLOSE'). */
  alertResponses: string[];
  /** What prompt() returns next, in order. */
  promptResponses: { text: string; button?: string }[];
}

export interface ResolvedOptions {
  timeZone: string;
  locale: string;
  userEmail: string;
  /** Whether a leading apostrophe written into a plain-text ('@') cell stays (values.ts). */
  plainTextApostrophe: ApostropheReading;
  htmlFiles?: (name: string) => string;
}

export interface Env {
  calls: CallLog;
  book: WorkbookModel;
  options: ResolvedOptions;
  ui: UiState;
  logs: string[];
  lock: { available: boolean };
  realm: Realm;
  now(): number;
  /** Milliseconds scripts asked Utilities.sleep for (no real wait happens). */
  slept: number[];
}

/** Throws an Error of the script's realm with an Apps Script-style message. */
export function fail(env: Env, message: string): never {
  throw new env.realm.Error(message);
}

export function outDate(env: Env, ms: number): Date {
  return new env.realm.Date(ms);
}

export function outArray<T>(env: Env, items: T[]): T[] {
  return env.realm.Array === Array ? items : (env.realm.Array.from(items) as T[]);
}
