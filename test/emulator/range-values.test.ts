import { copenhagen, setup } from './helpers';

describe('Range values behave like Sheets', () => {
  test('ranges are 1-based and getRange has every overload', () => {
    const { sheet } = setup();
    sheet.getRange(1, 1).setValue('A1');
    sheet.getRange(2, 3).setValue('C2');
    expect(sheet.getRange('A1').getValue()).toBe('A1');
    expect(sheet.getRange('C2').getValue()).toBe('C2');
    const r3 = sheet.getRange(2, 2, 3);
    expect([r3.getRow(), r3.getColumn(), r3.getNumRows(), r3.getNumColumns()]).toEqual([2, 2, 3, 1]);
    const r4 = sheet.getRange(2, 2, 3, 4);
    expect(r4.getA1Notation()).toBe('B2:E4');
    expect(r4.getLastRow()).toBe(4);
    expect(r4.getLastColumn()).toBe(5);
    expect(sheet.getRange('A1:C3').getNumColumns()).toBe(3);
    const cols = sheet.getRange('A:C');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 3]);
    expect(cols.getA1Notation()).toBe('A:C');
    const rows = sheet.getRange('2:5');
    expect([rows.getRow(), rows.getNumRows(), rows.getColumn(), rows.getNumColumns()]).toEqual([2, 4, 1, 26]);
    const open = sheet.getRange('A2:C');
    expect([open.getRow(), open.getLastRow(), open.getNumColumns()]).toEqual([2, 1000, 3]);
    expect(sheet.getRange('$B$2').getValue()).toBe('');
  });

  test('range errors use Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('setValues checks the data size before writing anything', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(0);
  });

  test('empty cells read as empty strings; numbers, booleans and dates keep their types', () => {
    const { sheet } = setup();
    const when = new Date(2026, 5, 12);
    sheet.getRange('A1:D1').setValues([[42, true, when, null]]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row).toEqual([42, true, when, '', '']);
    expect(row[2]).not.toBe(when);
    (row[2] as Date).setFullYear(1999);
    expect((sheet.getRange('C1').getValue() as Date).getFullYear()).toBe(2026);
    when.setFullYear(2000);
    expect((sheet.getRange('C1').getValue() as Date).getFullYear()).toBe(2026);
  });

  test('strings are typed in: formulas, apostrophe literals, numbers, plain-text cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setValues([['45', '+45', '-3.5', '1e3', '45 1234', 'Hedeparken']]);
    expect(sheet.getRange('A1:F1').getValues()[0]).toEqual([45, 45, -3.5, 1000, '45 1234', 'Hedeparken']);
    sheet.getRange('A2').setValue("'=1+1");
    expect(sheet.getRange('A2').getValue()).toBe('=1+1');
    expect(sheet.getRange('A2').getFormula()).toBe('');
    sheet.getRange('B2').setValue("'+45 1234");
    expect(sheet.getRange('B2').getValue()).toBe('+45 1234');
    sheet.getRange('C2').setValue("'007");
    expect(sheet.getRange('C2').getValue()).toBe('007');
    sheet.getRange('D2').setNumberFormat('@').setValue('12345678');
    expect(sheet.getRange('D2').getValue()).toBe('12345678');
    sheet.getRange('E2').setValue('=1+1');
    expect(sheet.getRange('E2').getFormula()).toBe('=1+1');
    expect(sheet.getRange('E2').getValue()).toBe(2);
    sheet.getRange('F2').setValue('TRUE');
    expect(sheet.getRange('F2').getValue()).toBe(true);
  });

  test('setValue on a block fills every cell; getValue reads the top-left cell', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setValue('x');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['', '', ''],
      ['', 'x', 'x'],
      ['', 'x', 'x'],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe('x');
  });

  test('getLastRow/getLastColumn follow content and drop after clearing', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B2').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    sheet.getRange('C5').clearContent();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  test('formulas are stored and read back', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('B1:B2').setFormulas([['=A1*10'], ['=SUM(A1:A2)']]);
    expect(sheet.getRange('B1:B2').getFormulas()).toEqual([['=A1*10'], ['=SUM(A1:A2)']]);
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['', '=A1*10'],
      ['', '=SUM(A1:A2)'],
    ]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[20], [5]]);
    sheet.getRange('A1').setValue(7);
    expect(sheet.getRange('B1').getValue()).toBe(70);
    sheet.getRange('B1').setValue('plain');
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  test('offset, getCell and getSheet', () => {
    const { sheet } = setup();
    const base = sheet.getRange('B2:C3');
    expect(base.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(base.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(base.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(base.getSheet().getName()).toBe(sheet.getName());
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow('The starting row of the range is too small.');
  });

  test('clear, clearContent and clearFormat remove the right things', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(5).setBackground('#00ff00').setNumberFormat('0.00').setNote('n');
    r.clearFormat();
    expect(r.getValue()).toBe(5);
    expect(r.getBackground()).toBe('#ffffff');
    expect(r.getNote()).toBe('n');
    r.setBackground('#00ff00');
    r.clearContent();
    expect(r.getValue()).toBe('');
    expect(r.getBackground()).toBe('#00ff00');
    r.setValue(1);
    r.clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
    r.setValue(1).setBackground('#000000');
    r.clear({ contentsOnly: true });
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#000000']);
  });

  test('rich text with a link reads back as its text', () => {
    const { g, sheet } = setup();
    const rich = g.SpreadsheetApp.newRichTextValue()
      .setText('Diplom')
      .setLinkUrl('https://docs.google.com/document/d/x/edit')
      .build();
    sheet.getRange('A1').setRichTextValue(rich);
    expect(sheet.getRange('A1').getValue()).toBe('Diplom');
    expect(sheet.getRange('A1').getRichTextValue()!.getLinkUrl()).toBe(
      'https://docs.google.com/document/d/x/edit',
    );
    expect(sheet.getRange('A1').getRichTextValue()!.getText()).toBe('Diplom');
    sheet.getRange('A1').setValue('other');
    expect(sheet.getRange('A1').getRichTextValue()!.getLinkUrl()).toBeNull();
    sheet.getRange('B1').setValue(3);
    expect(sheet.getRange('B1').getRichTextValue()).toBeNull();
  });

  test('a date cell shows and reads according to its number format', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(copenhagen(2026, 6, 12)).setNumberFormat('dd-mm-yyyy');
    expect(r.getDisplayValue()).toBe('12-06-2026');
    expect(r.getValue()).toEqual(copenhagen(2026, 6, 12));
    // A serial number under a date format reads as a date, like Sheets.
    sheet.getRange('B1').setNumberFormat('dd-mm-yyyy').setValue(46185);
    expect(sheet.getRange('B1').getValue()).toEqual(copenhagen(2026, 6, 12));
    expect(sheet.getRange('B1').getDisplayValue()).toBe('12-06-2026');
    // An ISO date typed as text becomes a date cell.
    sheet.getRange('C1').setValue('2026-03-05');
    expect(sheet.getRange('C1').getValue()).toEqual(copenhagen(2026, 3, 5));
    // A late-evening UTC instant is the next day in Copenhagen.
    sheet.getRange('D1').setValue(new Date('2026-06-11T22:30:00Z')).setNumberFormat('dd-mm-yyyy');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('12-06-2026');
  });
});
