import { setup } from './helpers';

function grid(sheet: GoogleAppsScript.Spreadsheet.Sheet, a1: string) {
  return sheet.getRange(a1).getValues();
}

describe('Sheet structure changes move everything along', () => {
  test('a new sheet is 1000 x 26; appendRow writes after the last row and grows the sheet', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Personer');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.appendRow(['ID', 'Navn']);
    sheet.appendRow(['P001', 'Amina']);
    expect(grid(sheet, 'A1:B2')).toEqual([
      ['ID', 'Navn'],
      ['P001', 'Amina'],
    ]);
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
    sheet.appendRow(['P002', 'Sara']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getRange(3, 1, 1, 2).getValues()).toEqual([['P002', 'Sara']]);
  });

  test('insertRowsAfter/Before shift values, formats and validation down', () => {
    const { g, sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['r2'], ['r3']]);
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['M', 'A', 'F']).build();
    sheet.getRange('B2').setDataValidation(rule).setBackground('#eeeeee');
    sheet.insertRowsAfter(1, 2);
    expect(grid(sheet, 'A1:A5')).toEqual([['h'], [''], [''], ['r2'], ['r3']]);
    expect(sheet.getRange('B4').getDataValidation()!.getCriteriaValues()[0]).toEqual(['M', 'A', 'F']);
    expect(sheet.getRange('B4').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.insertRowBefore(1);
    expect(grid(sheet, 'A1:A2')).toEqual([[''], ['h']]);
    sheet.insertRowAfter(2);
    sheet.insertRowsBefore(2, 1);
    expect(sheet.getLastRow()).toBe(8);
  });

  test('new rows inherit the formats of the row they are inserted next to', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue(5).setNumberFormat('0.00');
    sheet.insertRowAfter(2);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('A3').getValue()).toBe('');
  });

  test('deleteRow/deleteRows shift up and drop what was deleted', () => {
    const { g, sheet } = setup();
    sheet.getRange('A1:A5').setValues([[1], [2], [3], [4], [5]]);
    sheet.getRange('B4').setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    sheet.deleteRow(2);
    expect(grid(sheet, 'A1:A4')).toEqual([[1], [3], [4], [5]]);
    expect(sheet.getRange('B3').getDataValidation()!.getCriteriaType()).toBe(
      g.SpreadsheetApp.DataValidationCriteria.CHECKBOX,
    );
    sheet.deleteRows(2, 2);
    expect(grid(sheet, 'A1:A2')).toEqual([[1], [5]]);
    expect(sheet.getMaxRows()).toBe(997);
    expect(() => sheet.deleteRows(1, 997)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRow(998)).toThrow('Those rows are out of bounds.');
  });

  test('insert and delete columns shift contents right and left', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertColumnAfter(1);
    expect(grid(sheet, 'A1:D1')).toEqual([['a', '', 'b', 'c']]);
    sheet.insertColumnsBefore(1, 2);
    expect(grid(sheet, 'A1:F1')).toEqual([['', '', 'a', '', 'b', 'c']]);
    sheet.insertColumnBefore(6);
    sheet.insertColumnsAfter(7, 1);
    expect(sheet.getMaxColumns()).toBe(31);
    sheet.deleteColumn(1);
    sheet.deleteColumns(1, 1);
    expect(grid(sheet, 'A1:E1')).toEqual([['a', '', 'b', '', 'c']]);
    expect(sheet.getMaxColumns()).toBe(29);
  });

  test('moveColumns moves contents, validation and protections before the destination', () => {
    const { g, sheet } = setup();
    sheet.getRange('A1:E1').setValues([['A', 'B', 'C', 'D', 'E']]);
    sheet.getRange('E2').setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    const protection = sheet.getRange('E1:E3').protect().setDescription('E');
    sheet.moveColumns(sheet.getRange('E1'), 2);
    expect(grid(sheet, 'A1:E1')).toEqual([['A', 'E', 'B', 'C', 'D']]);
    expect(sheet.getRange('B2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(protection.getRange().getA1Notation()).toBe('B1:B3');
    sheet.moveColumns(sheet.getRange('A1:B1'), 6);
    expect(grid(sheet, 'A1:E1')).toEqual([['B', 'C', 'D', 'A', 'E']]);
  });

  test('moveRows follows the same rule', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([[0], [1], [2], [3]]);
    sheet.moveRows(sheet.getRange('A2:A3'), 5);
    expect(grid(sheet, 'A1:A4')).toEqual([[0], [3], [1], [2]]);
  });

  test('protections, conditional formats and named ranges shift with rows', () => {
    const { g, ss, sheet } = setup();
    const p = sheet.getRange('A5:B6').protect();
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('F')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('C2:C10')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    ss.setNamedRange('Totals', sheet.getRange('D8'));
    sheet.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A7:B8');
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C4:C12');
    expect(ss.getRangeByName('Totals')!.getA1Notation()).toBe('D10');
    sheet.deleteRows(7, 2);
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('C4:C10');
  });

  test('frozen rows, widths, hidden columns and tab colour are kept', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.setColumnWidth(2, 180);
    sheet.setColumnWidths(3, 2, 60);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([
      100, 180, 60,
    ]);
    sheet.getRange('A1').setValue('a long header text');
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    sheet.hideColumns(3, 2);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    sheet.showColumns(3);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    sheet.setTabColor('#123456');
    expect(sheet.getTabColor()).toBe('#123456');
    sheet.insertRowBefore(1);
    expect(sheet.getFrozenRows()).toBe(2);
  });

  test('sheet.clear() empties the sheet; protect() returns the single sheet protection', () => {
    const { g, sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').setFontWeight('bold');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    const p1 = sheet.protect().setDescription('locked').setWarningOnly(true);
    const p2 = sheet.protect();
    expect(p2.getDescription()).toBe('locked');
    expect(p1.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    p2.remove();
    expect(sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });

  test('charts: builder, insert, list, update and remove', () => {
    const { g, sheet } = setup();
    sheet.getRange('A1:B3').setValues([
      ['Post', 'Budget'],
      ['a', 1],
      ['b', 2],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(5, 4, 0, 0)
      .setOption('title', 'Budget')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored.getRanges()[0].getA1Notation()).toBe('A1:B3');
    expect(stored.getOptions().get('title')).toBe('Budget');
    expect(stored.getContainerInfo().getAnchorRow()).toBe(5);
    sheet.updateChart(stored.modify().setOption('title', 'Forbrug').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Forbrug');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
