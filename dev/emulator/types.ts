// The emulator's globals typed as the real Apps Script API, for tests and tools that
// drive the emulator from TypeScript.

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: GoogleAppsScript.Charts.Charts;
  console: Console;
}

/** emu.globals, typed: `const { SpreadsheetApp } = typedGlobals(emu)`. */
export function typedGlobals(emu: { globals: Record<string, unknown> }): AppsScriptGlobals {
  return emu.globals as unknown as AppsScriptGlobals;
}
