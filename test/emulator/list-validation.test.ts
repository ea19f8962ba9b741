// How the emulator models a dropdown ("value in list") that rejects other input, which the
// add-on puts on every mark cell of Fremmøde (M, A, F).
//
// Google's documentation says what the rule requires and that a rejecting rule refuses input,
// but not whether the comparison ignores case:
// - DataValidationBuilder.getAllowInvalid(): "Returns true if the rule shows a warning when input
//   fails data validation, or false if it rejects the input entirely."
//   https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
// - requireValueInList(values) on the same page, and the Sheets API's ConditionType ONE_OF_LIST
//   (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType),
//   describe the input as having to be one of the given values / in the list of condition values.
// Nothing there says "ignoring case", so the emulator compares exactly: a lower-case 'm' is
// refused like 'x'. The add-on does not depend on the answer: marks are read ignoring case and
// spaces, a lower-case mark that real Sheets lets through is coloured like its capital, and a
// cell that holds anything else is shown as an unknown mark (test/integration/season-people.test.ts).
import { setup } from './helpers';

function markCell() {
  const { g, sheet } = setup();
  const rule = g.SpreadsheetApp.newDataValidation()
    .requireValueInList(['M', 'A', 'F'], true)
    .setAllowInvalid(false)
    .build();
  const cell = sheet.getRange('C2');
  cell.setDataValidation(rule);
  return cell;
}

test('a value in the list is accepted, and so is clearing the cell', () => {
  const cell = markCell();
  cell.setValue('M');
  expect(cell.getValue()).toBe('M');
  cell.setValue('');
  expect(cell.getValue()).toBe('');
});

test.each(['x', '1', 'Syg', 'MM'])('a rejecting rule refuses %p and leaves the cell as it was', (typed) => {
  const cell = markCell();
  cell.setValue('A');
  expect(() => cell.setValue(typed)).toThrow(
    'The data you entered in cell C2 violates the data validation rules set on this cell.',
  );
  expect(cell.getValue()).toBe('A');
});

test('the list is compared exactly (case is not documented as ignored): a lower-case m is refused', () => {
  const cell = markCell();
  expect(() => cell.setValue('m')).toThrow(/violates the data validation rules/);
  expect(cell.getValue()).toBe('');
});

test('a warning-only rule lets anything in', () => {
  const { g, sheet } = setup();
  const cell = sheet.getRange('C2');
  cell.setDataValidation(
    g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['M', 'A', 'F'], true)
      .setAllowInvalid(true)
      .build(),
  );
  cell.setValue('x');
  expect(cell.getValue()).toBe('x');
});
