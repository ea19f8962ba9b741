// The rule of src/server/sheets/cells.ts on its own: what the add-on writes for a value into a
// plain-text cell and into any other cell (README, design notes, "Text cells").
import { cellValue, isPlainWord, startsRisky, toCell } from '../../src/server/sheets/cells';

describe('cellValue', () => {
  test('into a plain-text cell text goes as it is, whatever it looks like', () => {
    for (const text of [
      '=1+1',
      "'Amal",
      '+45 20 30 40 50',
      '-5',
      '@x',
      '007',
      '12-06-2026',
      'TRUE',
      'Æble',
      'مريم',
    ]) {
      expect(cellValue(text, true)).toBe(text);
    }
  });

  test('elsewhere text Sheets could read as something else gets the leading apostrophe', () => {
    for (const text of [
      '=1+1',
      "'Amal",
      '+45 20 30 40 50',
      '-5',
      '@x',
      '007',
      '12-06-2026',
      'TRUE',
      'true',
      'Sand',
      '1/2',
      '50%',
      'Kaffe 12 pers.',
      ' Amal',
    ]) {
      expect(toCell(text)).toBe(`'${text}`);
    }
  });

  test('plain words (letters, no digits; IDs like P001) go as they are anywhere', () => {
    for (const text of [
      'Amal Ali',
      'Søs Ørnebjerg',
      'مريم أحمد',
      'Interesseret',
      'Honorar til gæstelærere',
      'P001',
      'M',
      "O'Brien",
    ]) {
      expect(isPlainWord(text)).toBe(true);
      expect(toCell(text)).toBe(text);
    }
    expect(isPlainWord('P001x')).toBe(false);
    expect(isPlainWord('E1 5')).toBe(false);
  });

  test('non-strings pass through; empty stays empty', () => {
    const d = new Date(2026, 5, 12);
    expect(cellValue(d, true)).toBe(d);
    expect(cellValue(12.5, false)).toBe(12.5);
    expect(cellValue(true, false)).toBe(true);
    expect(cellValue(null, true)).toBe('');
    expect(cellValue(undefined, false)).toBe('');
    expect(cellValue('', false)).toBe('');
  });

  test('risky starts are the characters Sheets may treat as more than a character', () => {
    expect(['=', "'", '+', '-', '@'].map((c) => startsRisky(`${c}x`))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(startsRisky('Amal')).toBe(false);
    expect(startsRisky('007')).toBe(false);
  });
});
