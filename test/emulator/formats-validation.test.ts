import { copenhagen, setup } from './helpers';

describe('display values render number formats with the spreadsheet locale', () => {
  test('Danish money, percent and dates', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[111000, 0.934, copenhagen(2026, 6, 12), -2500.5]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00 "kr."');
    sheet.getRange('B1').setNumberFormat('0.0%');
    sheet.getRange('C1').setNumberFormat('dd-mm-yyyy');
    sheet.getRange('D1').setNumberFormat('#,##0.00 "kr."');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['111.000,00 kr.', '93,4%', '12-06-2026', '-2.500,50 kr.'],
    ]);
    expect(sheet.getRange('A1').getValue()).toBe(111000);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0.00 "kr."');
  });

  test('the same formats in en_US use US separators', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange('A1').setValue(111000).setNumberFormat('#,##0.00 "kr."');
    sheet.getRange('B1').setValue(0.5).setNumberFormat('0%');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['111,000.00 kr.', '50%']]);
  });

  test('automatic format, text, booleans, sections and month names', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:D1').setValues([[3.5, 'tekst', true, 0]]);
    sheet.getRange('D1').setNumberFormat('#,##0;-#,##0;"-"');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['3,5', 'tekst', 'TRUE', '-']]);
    sheet
      .getRange('E1')
      .setValue(copenhagen(2026, 6, 12, 18, 5))
      .setNumberFormat('d. mmmm yyyy hh:mm');
    expect(sheet.getRange('E1').getDisplayValue()).toBe('12. juni 2026 18:05');
    ss.setSpreadsheetLocale('en_GB');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3.5');
    expect(ss.getSpreadsheetLocale()).toBe('en_GB');
  });

  test('setNumberFormats/getNumberFormats and style setters', () => {
    const { g, sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setNumberFormats([['0.00', '@']]);
    expect(r.getNumberFormats()).toEqual([['0.00', '@']]);
    r.setBackgrounds([['#ff0000', null]])
      .setFontWeight('bold')
      .setFontColor('#333333')
      .setHorizontalAlignment('center')
      .setWrap(true);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontColor()).toBe('#333333');
    expect(r.getHorizontalAlignment()).toBe('center');
    expect(r.getWrap()).toBe(true);
    r.setWrapStrategy(g.SpreadsheetApp.WrapStrategy.CLIP);
    expect(r.getWrapStrategy()).toBe('CLIP');
    r.setNote('hjælp');
    expect(r.getNotes()).toEqual([['hjælp', 'hjælp']]);
    expect(() => r.setBackgrounds([['#fff']])).toThrow('The number of columns in the data does not match');
  });
});

describe('data validation', () => {
  test('builder values read back and copy()', () => {
    const { g, sheet } = setup();
    const b = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Interesseret', 'Optaget'], true)
      .setAllowInvalid(false)
      .setHelpText('Vælg');
    const rule = b.build();
    sheet.getRange('H2:H10').setDataValidation(rule);
    const got = sheet.getRange('H5').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['Interesseret', 'Optaget'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Vælg');
    const copy = got.copy().setAllowInvalid(true).build();
    expect(copy.getAllowInvalid()).toBe(true);
    expect(got.getAllowInvalid()).toBe(false);
    expect(
      sheet
        .getRange('H1:H2')
        .getDataValidations()
        .map((r) => r[0] && r[0].getCriteriaType()),
    ).toEqual([null, 'VALUE_IN_LIST']);
    sheet.getRange('H2:H10').clearDataValidations();
    expect(sheet.getRange('H5').getDataValidation()).toBeNull();
  });

  test('other criteria', () => {
    const { g, sheet } = setup();
    const V = () => g.SpreadsheetApp.newDataValidation();
    const src = sheet.getRange('Z1:Z3');
    expect(V().requireValueInRange(src).build().getCriteriaValues()[0].getA1Notation()).toBe('Z1:Z3');
    expect(V().requireDate().build().getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(V().requireNumberBetween(1, 40).build().getCriteriaValues()).toEqual([1, 40]);
    expect(V().requireNumberGreaterThan(0).build().getCriteriaType()).toBe('NUMBER_GREATER_THAN');
    expect(V().requireTextIsEmail().build().getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');
    expect(V().requireCheckbox().build().getCriteriaType()).toBe('CHECKBOX');
  });

  test('a rejecting rule refuses invalid writes before anything is written', () => {
    const { g, sheet } = setup();
    sheet
      .getRange('A2:A3')
      .setDataValidation(
        g.SpreadsheetApp.newDataValidation()
          .requireValueInList(['M', 'A', 'F'])
          .setAllowInvalid(false)
          .build(),
      );
    expect(() => sheet.getRange('A1:A3').setValues([['x'], ['M'], ['Q']])).toThrow(
      'The data you entered in cell A3 violates the data validation rules set on this cell.',
    );
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[''], [''], ['']]);
    sheet.getRange('A2:A3').setValues([['M'], ['']]);
    expect(sheet.getRange('A2').getValue()).toBe('M');
  });

  test('checkboxes hold booleans', () => {
    const { sheet } = setup();
    const r = sheet.getRange('L2:L3');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(r.getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    sheet.getRange('L2').setValue(true);
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    r.removeCheckboxes();
    expect(r.getValues()).toEqual([[''], ['']]);
    expect(r.getDataValidation()).toBeNull();
  });
});

describe('conditional format rules', () => {
  test('builder, set/get and the boolean condition', () => {
    const { g, sheet } = setup();
    const cf = g.SpreadsheetApp.newConditionalFormatRule;
    const rules = [
      cf()
        .whenTextEqualTo('Gennemført')
        .setBackground('#b7e1cd')
        .setRanges([sheet.getRange('T2:T100')])
        .build(),
      cf()
        .whenTextContains('Under')
        .setFontColor('#cc0000')
        .setBold(true)
        .setRanges([sheet.getRange('T2:T100')])
        .build(),
      cf()
        .whenNumberGreaterThanOrEqualTo(0.9)
        .setRanges([sheet.getRange('S2:S100')])
        .setBackground('#00ff00')
        .build(),
      cf()
        .whenNumberLessThan(0)
        .setRanges([sheet.getRange('D2:D100')])
        .setBackground('#ff0000')
        .build(),
      cf()
        .whenFormulaSatisfied('=$H2="Frafaldet"')
        .setRanges([sheet.getRange('A2:O100')])
        .setFontColor('#999999')
        .build(),
      cf()
        .whenCellEmpty()
        .setRanges([sheet.getRange('B2:B100')])
        .setBackground('#ffff00')
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const got = sheet.getConditionalFormatRules();
    expect(got).toHaveLength(6);
    expect(got[0].getBooleanCondition()!.getCriteriaType()).toBe(
      g.SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO,
    );
    expect(got[0].getBooleanCondition()!.getCriteriaValues()).toEqual(['Gennemført']);
    expect(got[0].getBooleanCondition()!.getBackground()).toBe('#b7e1cd');
    expect(got[1].getBooleanCondition()!.getBold()).toBe(true);
    expect(got[4].getRanges()[0].getA1Notation()).toBe('A2:O100');
    sheet.setConditionalFormatRules(got.slice(0, 2));
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    expect(() => cf().setBackground('#fff').build()).toThrow();
  });
});
