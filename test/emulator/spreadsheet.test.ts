import { setup } from './helpers';

describe('Spreadsheet', () => {
  test('identity, name, time zone and locale', () => {
    const { g, ss } = setup();
    expect(g.SpreadsheetApp.getActive().getId()).toBe(ss.getId());
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    ss.rename('Hold 2026');
    expect(ss.getName()).toBe('Hold 2026');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Copenhagen');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
    expect(ss.getSpreadsheetLocale()).toBe('da_DK');
  });

  test('sheets: insert (name, index), duplicates, lookup, ids stable across rename, delete', () => {
    const { ss } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Ark1']);
    const personer = ss.insertSheet('Personer');
    expect(ss.getActiveSheet().getName()).toBe('Personer');
    const budget = ss.insertSheet('Budget', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Budget', 'Ark1', 'Personer']);
    expect(budget.getIndex()).toBe(1);
    expect(() => ss.insertSheet('Personer')).toThrow(
      'A sheet with the name "Personer" already exists. Please enter another name.',
    );
    expect(ss.insertSheet().getName()).toBe('Ark4');
    const id = personer.getSheetId();
    personer.setName('Deltagere');
    expect(ss.getSheetByName('Personer')).toBeNull();
    expect(ss.getSheetById(id)!.getName()).toBe('Deltagere');
    expect(() => budget.setName('Deltagere')).toThrow('already exists');
    ss.deleteSheet(budget);
    expect(ss.getSheetByName('Budget')).toBeNull();
    expect(ss.getSheets()).toHaveLength(3);
    expect(ss.getSheetById(123456789)).toBeNull();
  });

  test('cannot delete the last sheet', () => {
    const { ss } = setup();
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test('active sheet and getRange with a sheet prefix', () => {
    const { ss } = setup();
    const a = ss.insertSheet('Mit ark');
    ss.insertSheet('Other');
    a.getRange('B2').setValue('x');
    expect(ss.getActiveSheet().getName()).toBe('Other');
    ss.setActiveSheet(a);
    expect(ss.getActiveSheet().getName()).toBe('Mit ark');
    expect(ss.getRange("'Mit ark'!B2").getValue()).toBe('x');
    expect(ss.getRange('B2').getValue()).toBe('x');
    ss.getSheetByName('Other')!.activate();
    expect(ss.getRange('B2').getValue()).toBe('');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });

  test('named ranges and developer metadata', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('BudgetTotal', sheet.getRange('B2:B11'));
    expect(ss.getRangeByName('BudgetTotal')!.getA1Notation()).toBe('B2:B11');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['BudgetTotal']);
    expect(ss.getRangeByName('Missing')).toBeNull();
    ss.addDeveloperMetadata('bydelsmoedre.schema', '1');
    sheet.addDeveloperMetadata('bydelsmoedre.sheet', 'people');
    expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ['bydelsmoedre.schema', '1'],
    ]);
    const [meta] = sheet.getDeveloperMetadata();
    expect([meta.getKey(), meta.getValue()]).toEqual(['bydelsmoedre.sheet', 'people']);
    meta.setValue('persons');
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('persons');
    meta.remove();
    expect(sheet.getDeveloperMetadata()).toHaveLength(0);
  });

  test('toast is recorded; flush is a no-op; enums are present', () => {
    const { emu, g, ss } = setup();
    ss.toast('Gemt', 'Bydelsmødre', 3);
    expect(emu.ui.toasts).toEqual([{ message: 'Gemt', title: 'Bydelsmødre', timeoutSeconds: 3 }]);
    g.SpreadsheetApp.flush();
    expect(g.SpreadsheetApp.ProtectionType.SHEET).toBe('SHEET');
    expect(g.SpreadsheetApp.BorderStyle.SOLID_MEDIUM).toBe('SOLID_MEDIUM');
    expect(g.Charts.ChartType.PIE).toBe('PIE');
    expect(() => g.SpreadsheetApp.openById('abc')).toThrow(/permission/);
  });
});

describe('formula evaluator', () => {
  test('arithmetic, text, comparisons and cross-sheet references', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Budget oversigt');
    other.getRange('A1:B3').setValues([
      ['x', 10],
      ['y', 20],
      ['x', 5],
    ]);
    sheet
      .getRange('A1:A8')
      .setFormulas([
        ["=SUM('Budget oversigt'!B1:B3)"],
        ['=2+3*4-1'],
        ['="a"&"b"&1'],
        ['=1<2'],
        ['=COUNTIF(\'Budget oversigt\'!A1:A3,"x")'],
        ["=SUMIF('Budget oversigt'!A1:A3,\"x\",'Budget oversigt'!B1:B3)"],
        ['=IF(A2>10,"stor","lille")'],
        ['=ROUND(2.345,2)'],
      ]);
    expect(
      sheet
        .getRange('A1:A8')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([35, 13, 'ab1', true, 2, 15, 'stor', 2.35]);
  });

  test('COUNTA, HYPERLINK, errors and unknown functions', () => {
    const { sheet } = setup();
    sheet.getRange('B1:B3').setValues([['a'], [''], [3]]);
    sheet
      .getRange('A1:A5')
      .setFormulas([
        ['=COUNTA(B1:B3)'],
        ['=HYPERLINK("https://x.org","Diplom")'],
        ['=1/0'],
        ['=VLOOKUP(1,B1:B3,1)'],
        ['=COUNTIF(B1:B3,">2")'],
      ]);
    expect(
      sheet
        .getRange('A1:A5')
        .getValues()
        .map((r) => r[0]),
    ).toEqual([2, 'Diplom', '#DIV/0!', '#NAME?', 1]);
    sheet.getRange('C1').setFormula('=C1+1');
    expect(sheet.getRange('C1').getValue()).toBe('#REF!');
  });
});
