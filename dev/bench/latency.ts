// The latency model behind the benchmark's "estimated Apps Script time".
//
// What Google documents (Apps Script guide "Best practices",
// https://developers.google.com/apps-script/guides/support/best-practices): calls to other
// services (Sheets, Docs, Drive, UrlFetch, …) are much slower than JavaScript inside the
// script, so a script gets faster the fewer calls it makes; Apps Script already caches
// (look-ahead caching for reads, write-back caching for writes), and alternating reads and
// writes defeats that cache, so the advice is to read everything into an array with one
// call, work on the array, and write it back with one call. Google's own bad example there
// sets 10,000 cell backgrounds one call at a time. The "Quotas" page
// (https://developers.google.com/apps-script/guides/services/quotas) adds the limits that make
// this matter here: 6 minutes per execution, 30 seconds for simple triggers (onOpen, onEdit).
//
// What Google does not document: a number of milliseconds per call. Every figure below is
// therefore an ASSUMPTION, an order of magnitude chosen from how the services work, not a
// measurement: navigation (getSheetById, getRange) mostly resolves handles inside the Apps
// Script runtime; a read (getValues, getFormulas, getLastRow, …) is a round trip to the Sheets
// backend and first flushes queued writes; a write (setValues, appendRow) is queued by the
// write-back cache but still costs a request; structure changes (insertSheet, insertRows,
// setFrozenRows, clear, …) and format changes (number formats, validation, conditional
// formats, protections, charts, widths) make Sheets recompute layout; Properties and Lock are
// small key-value round trips; Drive and Docs advanced services are REST calls to other Google
// APIs; UrlFetch here is Drive's PDF export, the slowest single call. Payload size is ignored
// (a 2,000-row getValues costs the same as a 1-cell one in this model), and so is the fixed
// cost of a google.script.run round trip from a sidebar (roughly half a second to a second,
// the same for every function), which is why the estimate is a comparison between designs
// (fewer, bigger calls) and sizes, not a prediction of a stopwatch in real Google.
//
// UrlFetchApp.fetchAll is priced as ONE round trip whose time is that of its slowest request
// (a Drive export 1,500 ms, a Docs request 500 ms, another Drive request 400 ms — the same
// figures as the advanced services, whose calls are the same REST requests). That is the
// ASSUMPTION that Google runs a fetchAll's requests in parallel — the reference says only
// that it "makes multiple requests"; measurements people have published show them overlapping
// — and it ignores any cap Google puts on how many run at once. The requests themselves are
// still counted (per API, `within` their fetchAll) because quotas count them one by one.
import type { CallEntry, ServiceName } from '../emulator/calls';

/** Assumed cost of one call, in milliseconds, by class of call. */
export const LATENCY_MS = {
  /** Spreadsheet: getActive, getSheetById, getSheetByName, getSheets, getRange, getDataRange, getRangeList. */
  spreadsheetNavigation: 5,
  /** Spreadsheet: getValues, getSheetValues, getFormulas, getLastRow, getMaxRows, getDataValidation(s), getCharts, … */
  spreadsheetRead: 50,
  /** Spreadsheet: setValues, setValue, appendRow, setFormula(s). */
  spreadsheetWrite: 40,
  /** Spreadsheet: insertSheet, insert/delete rows and columns, setName, setFrozenRows, clear, time zone. */
  spreadsheetStructure: 150,
  /** Spreadsheet: number formats, fonts, colours, widths, validation, conditional formats, protections, charts. */
  spreadsheetFormat: 60,
  properties: 30,
  lock: 50,
  cache: 20,
  drive: 400,
  docs: 500,
  /** UrlFetchApp: here Drive's PDF export of one or more Docs. */
  urlFetch: 1500,
  /** Menus, sidebars, alerts. */
  ui: 50,
  /** A request inside a fetchAll: no round trip of its own (its fetchAll pays the slowest one). */
  parallelRequest: 0,
  html: 10,
  /** Utilities, Session, ScriptApp, Logger: local to the runtime. */
  local: 1,
} as const;

export type CallClass = keyof typeof LATENCY_MS;

const NAVIGATION = new Set([
  'getActive',
  'getActiveSpreadsheet',
  'getSheetById',
  'getSheetByName',
  'getSheets',
  'getRange',
  'getRangeList',
  'getDataRange',
  'getCell',
  'offset',
  'getSheet',
  'getParent',
  'newChart',
  'modify',
]);

const STRUCTURE = new Set([
  'insertSheet',
  'deleteSheet',
  'setName',
  'setFrozenRows',
  'setFrozenColumns',
  'setSpreadsheetTimeZone',
  'clear',
  'clearContents',
  'clearFormats',
  'moveRows',
  'moveColumns',
  'hideSheet',
  'showSheet',
]);

const WRITE = new Set(['setValues', 'setValue', 'appendRow', 'setFormula', 'setFormulas', 'setRichTextValue', 'setRichTextValues', 'clearContent']);

function spreadsheetClass(method: string): CallClass {
  if (NAVIGATION.has(method)) return 'spreadsheetNavigation';
  if (STRUCTURE.has(method) || /^(insert|delete)(Row|Column)s?(After|Before)?$/.test(method)) return 'spreadsheetStructure';
  if (WRITE.has(method)) return 'spreadsheetWrite';
  if (/^(get|is)/.test(method)) return 'spreadsheetRead';
  return 'spreadsheetFormat';
}

const BY_SERVICE: Partial<Record<ServiceName, CallClass>> = {
  Properties: 'properties',
  Lock: 'lock',
  Cache: 'cache',
  Drive: 'drive',
  Docs: 'docs',
  UrlFetch: 'urlFetch',
  Ui: 'ui',
  Html: 'html',
  Utilities: 'local',
  Session: 'local',
  Script: 'local',
  Logger: 'local',
};

export function classify(entry: CallEntry): CallClass {
  if (entry.within !== undefined) return 'parallelRequest';
  if (entry.service === 'Spreadsheet') return spreadsheetClass(entry.method);
  return BY_SERVICE[entry.service] ?? 'local';
}

export interface Estimate {
  ms: number;
  byClass: Partial<Record<CallClass, number>>;
}

/** What one request inside a fetch/fetchAll would cost on its own. */
export function requestMs(entry: CallEntry): number {
  if (entry.service === 'Drive' && entry.method === 'files.export') return LATENCY_MS.urlFetch;
  if (entry.service === 'Docs') return LATENCY_MS.docs;
  if (entry.service === 'Drive') return LATENCY_MS.drive;
  return LATENCY_MS.urlFetch;
}

/** The estimated Apps Script time of a list of calls under the model above. */
export function estimate(entries: readonly CallEntry[]): Estimate {
  const byClass: Partial<Record<CallClass, number>> = {};
  // A fetch/fetchAll costs its slowest request (or an export's time when it carried none known).
  const slowest = new Map<number, number>();
  entries.forEach((entry) => {
    if (entry.within !== undefined) slowest.set(entry.within, Math.max(slowest.get(entry.within) ?? 0, requestMs(entry)));
  });
  let ms = 0;
  entries.forEach((entry, i) => {
    const c = classify(entry);
    byClass[c] = (byClass[c] ?? 0) + 1;
    ms += c === 'urlFetch' && slowest.has(i) ? (slowest.get(i) as number) : LATENCY_MS[c];
  });
  return { ms, byClass };
}

/** Sequential round trips to Google's document services (Drive, Docs, UrlFetch; a fetchAll is one). */
export function serviceRoundTrips(entries: readonly CallEntry[]): number {
  return entries.filter((e) => e.within === undefined && (e.service === 'Drive' || e.service === 'Docs' || e.service === 'UrlFetch')).length;
}
