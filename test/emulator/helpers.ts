import { createEmulator, typedGlobals } from '../../dev/emulator';
import { zonedToInstant } from '../../dev/emulator/timezone';
import type { Emulator, EmulatorOptions } from '../../dev/emulator';

/** A fresh emulator, its typed globals and the active spreadsheet (counted, as a script sees it). */
export function setup(opts?: EmulatorOptions) {
  const emu: Emulator = createEmulator(opts);
  const g = typedGlobals(emu);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  return { emu, g, ss, sheet };
}

/** Midnight (or a given time) in Copenhagen as an instant, independent of the process time zone. */
export function copenhagen(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(zonedToInstant(year, month, day, hour, minute, 0, 0, 'Europe/Copenhagen'));
}
