// Behaviour where the emulator once disagreed with live Apps Script (issue 12 §2: a public
// suite written to pass on live Apps Script, replayed here), and what the add-on itself relies
// on: text in plain-text cells under both readings of a leading apostrophe, display values of
// dates and kroner, number formats. Each test names the documented behaviour it models.
import { CallLog } from '../../dev/emulator/calls';
import { createDriveServices, DriveStore } from '../../dev/emulator/drive';
import { newBlob } from '../../dev/emulator/blob';
import { apostropheReading, LOCK_TIMEOUT_MESSAGE } from '../../dev/emulator';
import { shiftReferences } from '../../dev/emulator/range';
import { copenhagen, setup } from './helpers';

const REF = 'https://developers.google.com/apps-script/reference';

describe(`data validation (${REF}/spreadsheet/data-validation-builder)`, () => {
  // requireDateBetween(start, end) etc. take Dates; getCriteriaValues() "Gets an array of
  // arguments for the rule's criteria" — the same Dates come back, also after the rule was
  // stored on a cell and read again (setup re-reads and rewrites her own rules).
  test.each([
    ['requireDateAfter', 1],
    ['requireDateBefore', 1],
    ['requireDateOnOrAfter', 1],
    ['requireDateOnOrBefore', 1],
    ['requireDateBetween', 2],
  ] as const)('%s: getCriteriaValues returns Dates after setDataValidation', (method, n) => {
    const { g, sheet } = setup();
    const dates = [copenhagen(2026, 3, 1), copenhagen(2026, 6, 30)].slice(0, n);
    const builder = g.SpreadsheetApp.newDataValidation() as unknown as Record<
      string,
      (...a: Date[]) => GoogleAppsScript.Spreadsheet.DataValidationBuilder
    >;
    const rule = builder[method](...dates).build();
    sheet.getRange('A1:A2').setDataValidation(rule);
    const back = sheet.getRange('A2').getDataValidation();
    const values = back?.getCriteriaValues() as Date[];
    expect(values.map((v) => Object.prototype.toString.call(v))).toEqual(dates.map(() => '[object Date]'));
    expect(values.map((v) => v.getTime())).toEqual(dates.map((d) => d.getTime()));
    // Through getDataValidations/setDataValidations (setup's path) and back again.
    const range = sheet.getRange('A1:A2');
    range.setDataValidations(range.getDataValidations());
    const again = sheet.getRange('A1').getDataValidation()?.getCriteriaValues() as Date[];
    expect(again.map((v) => v.getTime())).toEqual(dates.map((d) => d.getTime()));
  });

  test('insertCheckboxes(checkedValue): the criteria values are [checkedValue]; unchecked is blank', () => {
    // Range.insertCheckboxes(checkedValue): "the checked value and the empty value for unchecked"
    // (${REF}/spreadsheet/range#insertcheckboxescheckedvalue).
    const { g, sheet } = setup();
    const range = sheet.getRange('B1:B2').insertCheckboxes('DONE');
    expect(sheet.getRange('B1').getDataValidation()?.getCriteriaValues()).toEqual(['DONE']);
    expect(String(sheet.getRange('B1').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(range.getValues()).toEqual([[''], ['']]);
    range.check();
    expect(range.getValues()).toEqual([['DONE'], ['DONE']]);
    expect(range.isChecked()).toBe(true);
    range.uncheck();
    expect(range.getValues()).toEqual([[''], ['']]);
    void g;
  });

  test('an empty newDataValidation() has criteria type null', () => {
    // DataValidationBuilder.getCriteriaType: "the type of data validation criteria" — none chosen yet.
    const { g } = setup();
    expect(g.SpreadsheetApp.newDataValidation().getCriteriaType()).toBeNull();
  });
});

describe(`formats (${REF}/spreadsheet/range)`, () => {
  test("setNumberFormat('general') reads back as Sheets' automatic format", () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(1234.5).setNumberFormat('0.00');
    r.setNumberFormat('general');
    expect(r.getNumberFormat()).toBe('0.###############');
    expect(r.getDisplayValue()).toBe('1234,5');
  });

  test("horizontal alignment 'normal' reads back as 'general-left'", () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').setHorizontalAlignment('normal').getHorizontalAlignment()).toBe(
      'general-left',
    );
  });

  test('getWrap() after clearFormat() is true', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setWrap(false);
    expect(r.getWrap()).toBe(false);
    r.clearFormat();
    expect(r.getWrap()).toBe(true);
  });
});

describe(`setFormula on a range (${REF}/spreadsheet/range#setformulaformula)`, () => {
  test('relative references move with each cell, absolute ones stay', () => {
    // "Updates the formula for this range": as when the formula is filled across the range.
    const { sheet } = setup();
    const r = sheet.getRange('C1:D2').setFormula('=A1');
    expect(r.getFormulas()).toEqual([
      ['=A1', '=B1'],
      ['=A2', '=B2'],
    ]);
    expect(shiftReferences('=SUM($A1:A$2)&"B2"&LOG10(A1)&\'My Sheet\'!A1', 1, 1)).toBe(
      '=SUM($A2:B$2)&"B2"&LOG10(B2)&\'My Sheet\'!B2',
    );
  });
});

describe(`protection (${REF}/spreadsheet/protection)`, () => {
  test('a warning-only protection lists no editors', () => {
    // setWarningOnly(true): "the protected range ... shows a warning" and does not restrict editing.
    const { sheet } = setup();
    const p = sheet.protect().setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getEditors()).toEqual([]);
  });
});

describe('Drive, Utilities, Lock, Cache', () => {
  test("Drive.Files.get('root', {fields: 'parents'}) has no parents (https://developers.google.com/drive/api/reference/rest/v3/files)", () => {
    const { Drive } = createDriveServices(new CallLog(), new DriveStore(), 'tok');
    const root = Drive.Files.get('root', { fields: 'parents' }) as Record<string, unknown>;
    expect(root).not.toHaveProperty('parents');
  });

  test(`Utilities.newBlob(text) is text/plain (${REF}/utilities/utilities#newblobdata)`, () => {
    expect(newBlob('text').getContentType()).toBe('text/plain');
    expect(newBlob([1, 2]).getContentType()).toBeNull();
    expect(newBlob('x', 'application/json').getContentType()).toBe('application/json');
  });

  test(`tryLock(-100) is false; waitLock(-100) times out (${REF}/lock/lock)`, () => {
    const { g } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(-100)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(-100)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(lock.tryLock(0)).toBe(true);
  });

  test(`Cache put/remove return null; Utilities.sleep moves the clock past an expiry (${REF}/cache/cache)`, () => {
    const { emu, g } = setup();
    const start = Date.now();
    emu.now = () => start;
    const cache = g.CacheService.getScriptCache();
    expect(cache.put('k', 'v', 2)).toBeNull();
    expect(cache.get('k')).toBe('v');
    g.Utilities.sleep(1000);
    expect(cache.get('k')).toBe('v');
    g.Utilities.sleep(1000);
    expect(cache.get('k')).toBeNull();
    cache.put('x', 'y');
    expect(cache.remove('x')).toBeNull();
    expect(cache.get('x')).toBeNull();
  });
});

describe('text in plain-text cells: the two readings (README, "Text cells")', () => {
  // Google documents the leading apostrophe for values typed into a cell (Sheets API,
  // ValueInputOption USER_ENTERED: "parsed as if the user typed them into the UI",
  // https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption) and the
  // plain-text format '@' (https://developers.google.com/sheets/api/guides/formats), but not
  // what happens to a leading apostrophe written into a cell already formatted '@'. The
  // emulator models both; in every other respect the readings agree.
  const TEXTS = [
    '=1+1',
    '+45 20 30 40 50',
    '-5',
    '@x',
    '12-06-2026',
    '007',
    'TRUE',
    'Æblegrød på Ørstedsvej',
    'مريم',
  ];

  test.each(['keep', 'drop'] as const)(
    '%s: text written as it is into a plain-text cell stays exactly that text',
    (reading) => {
      const { sheet } = setup({ plainTextApostrophe: reading });
      const range = sheet.getRange(1, 1, 1, TEXTS.length).setNumberFormat('@');
      range.setValues([TEXTS]);
      expect(range.getValues()).toEqual([TEXTS]);
      expect(range.getDisplayValues()).toEqual([TEXTS]);
      expect(range.getFormulas()[0].every((f) => f === '')).toBe(true);
    },
  );

  test('keep: a leading apostrophe written into a plain-text cell is part of the text', () => {
    const { sheet } = setup({ plainTextApostrophe: 'keep' });
    const cell = sheet.getRange('A1').setNumberFormat('@').setValue("'Fatima");
    expect(cell.getValue()).toBe("'Fatima");
    expect(cell.getDisplayValue()).toBe("'Fatima");
  });

  test('drop: a leading apostrophe written into a plain-text cell is dropped, as in any cell', () => {
    const { sheet } = setup({ plainTextApostrophe: 'drop' });
    const cell = sheet.getRange('A1').setNumberFormat('@').setValue("'Fatima");
    expect(cell.getValue()).toBe('Fatima');
    sheet.getRange('A2').setNumberFormat('@').setValue("''Fatima");
    expect(sheet.getRange('A2').getValue()).toBe("'Fatima");
  });

  test.each(['keep', 'drop'] as const)(
    '%s: outside plain-text cells a leading apostrophe means "text" and is not kept',
    (reading) => {
      const { sheet } = setup({ plainTextApostrophe: reading });
      sheet.getRange('A1:C1').setValues([["'=1+1", "'007", "'2026-06-12"]]);
      expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '007', '2026-06-12']]);
      // Without the apostrophe a general cell reads what is typed.
      sheet.getRange('A2:C2').setValues([['=1+1', '007', 'TRUE']]);
      expect(sheet.getRange('A2:C2').getValues()).toEqual([[2, 7, true]]);
    },
  );

  test('the reading comes from the option, else EMU_PLAINTEXT_APOSTROPHE, else keep', () => {
    const saved = process.env.EMU_PLAINTEXT_APOSTROPHE;
    try {
      delete process.env.EMU_PLAINTEXT_APOSTROPHE;
      expect(apostropheReading()).toBe('keep');
      process.env.EMU_PLAINTEXT_APOSTROPHE = 'drop';
      expect(apostropheReading()).toBe('drop');
      expect(setup().emu.plainTextApostrophe).toBe('drop');
      expect(apostropheReading('keep')).toBe('keep');
      process.env.EMU_PLAINTEXT_APOSTROPHE = 'maybe';
      expect(() => apostropheReading()).toThrow('keep or drop');
    } finally {
      if (saved === undefined) delete process.env.EMU_PLAINTEXT_APOSTROPHE;
      else process.env.EMU_PLAINTEXT_APOSTROPHE = saved;
    }
  });
});

describe('what the add-on relies on: display values in da_DK (https://developers.google.com/sheets/api/guides/formats)', () => {
  test('dates dd-mm-yyyy, kroner, hours, percent; getValues keeps the Date and the number', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:E1');
    r.setValues([[copenhagen(2026, 6, 12), 48000, 1234.5, 3, 0.934]]);
    r.setNumberFormats([['dd-mm-yyyy', '#,##0.00 "kr."', '#,##0.00 "kr."', '0.0', '0.0%']]);
    expect(r.getDisplayValues()).toEqual([['12-06-2026', '48.000,00 kr.', '1.234,50 kr.', '3,0', '93,4%']]);
    const values = r.getValues()[0];
    expect(Object.prototype.toString.call(values[0])).toBe('[object Date]');
    expect((values[0] as Date).getTime()).toBe(copenhagen(2026, 6, 12).getTime());
    expect(values.slice(1)).toEqual([48000, 1234.5, 3, 0.934]);
    expect(r.getNumberFormats()).toEqual([['dd-mm-yyyy', '#,##0.00 "kr."', '#,##0.00 "kr."', '0.0', '0.0%']]);
  });

  test('a date and time cell (Registreret) shows dd-mm-yyyy hh:mm', () => {
    const { sheet } = setup();
    const cell = sheet
      .getRange('A1')
      .setValue(copenhagen(2026, 3, 5, 9, 7))
      .setNumberFormat('dd-mm-yyyy hh:mm');
    expect(cell.getDisplayValue()).toBe('05-03-2026 09:07');
  });
});

// The Sheets API: a spreadsheet's locale "affects formatting details such as functions, dates,
// and currency", and USER_ENTERED values are "parsed as if the user typed them into the UI"
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties,
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption). setValue with a
// string is typed input too. So a whole date typed the locale's way is a date cell: day first in
// da_DK (31-05-2026, 31.05.2026, 31/05/2026), month first in en_US (5/31/2026).
describe('a date typed the locale’s way is a date', () => {
  const typed = (locale: string | undefined, text: string) => {
    const { sheet } = setup(locale ? { locale } : undefined);
    return sheet.getRange('A1').setValue(text).getValue() as unknown;
  };
  const isDateCell = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

  test('da_DK reads day-month-year', () => {
    for (const text of ['31-05-2026', '31.05.2026', '31/05/2026', '1-6-2026']) {
      const v = typed(undefined, text);
      expect([text, isDateCell(v)]).toEqual([text, true]);
    }
    expect((typed(undefined, '31-05-2026') as Date).getTime()).toBe(copenhagen(2026, 5, 31).getTime());
    expect((typed(undefined, '05-01-2027') as Date).getTime()).toBe(copenhagen(2027, 1, 5).getTime());
  });

  test('en_US reads month/day/year, so 31-05-2026 stays text there', () => {
    expect((typed('en_US', '5/31/2026') as Date).getTime()).toBe(copenhagen(2026, 5, 31).getTime());
    expect(typed('en_US', '31-05-2026')).toBe('31-05-2026');
  });

  test('no such day, a plain-text cell, or a leading apostrophe: text as typed', () => {
    expect(typed(undefined, '31-02-2026')).toBe('31-02-2026');
    expect(typed(undefined, "'31-05-2026")).toBe('31-05-2026');
    const { sheet } = setup();
    const cell = sheet.getRange('B1').setNumberFormat('@').setValue('31-05-2026');
    expect(cell.getValue()).toBe('31-05-2026');
  });
});
