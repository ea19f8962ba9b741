import type { common as da } from '../da/common';

export const common: Record<keyof typeof da, string> = {
  busy: 'The spreadsheet is busy with another action right now. Try again in a moment.',
  serviceFailed: 'Something went wrong and nothing was saved. Try again in a moment.',
  sheetMissing: 'The sheet “{sheet}” is missing. Run “Set up spreadsheet” and it will be created.',
  columnMissing:
    'The column “{column}” is missing in the sheet “{sheet}”. Add it again, or run “Set up spreadsheet”.',
  notAnObject: 'The information could not be read. Close the window and try again.',
  unknownField: 'The field “{field}” is not known. Nothing was saved.',
  mustBeText: '“{field}” must be text.',
  required: '“{field}” must be filled in.',
  tooLong: '“{field}” can be at most {max} characters.',
  controlCharacters: '“{field}” contains invisible characters that cannot be saved. Type the text again.',
  mustBeYesNo: '“{field}” must be yes or no.',
  wholeNumberRange: '“{field}” must be a whole number from {min} to {max}.',
  invalidDate: '“{field}”: “{value}” is not a valid date. Write the date as dd-mm-yyyy, e.g. 05-03-2026.',
  dateOutOfRange: '“{field}” must be a date between the years {min} and {max}.',
  listExpected: '“{field}” must be a list.',
  setupAlreadyDone:
    'The spreadsheet was already set up: every sheet, column and formula is in place, and nothing needed changing. “Oversigt” is up to date.',
  setupReadyCreated: 'Created: {names}.',
  setupReadyUpdated: 'Put in order: {names}.',
  setupReady: 'The spreadsheet is ready.',
  setupTimeZone: 'Time zone (Europe/Copenhagen)',
};
