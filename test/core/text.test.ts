import {
  charLength,
  collapseWhitespace,
  hasControl,
  literalCellText,
  stripControl,
} from '../../src/core/text';

describe('literalCellText', () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+45 12 34 56 78', "'+45 12 34 56 78"],
    ['004512345678', "'004512345678"],
    ['12345678', "'12345678"],
    ['-5', "'-5"],
    ['@sum', "'@sum"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['12-06-2026', "'12-06-2026"],
    ['1,5', "'1,5"],
    ['50%', "'50%"],
    ['18:00', "'18:00"],
    ['(45) 1234', "'(45) 1234"],
    ['TRUE', "'TRUE"],
    ['false', "'false"],
    ["'citat", "''citat"],
    ['1e5', "'1e5"],
    ['2E-3', "'2E-3"],
    ['$5', "'$5"],
  ])('protects %p', (input, expected) => {
    expect(literalCellText(input)).toBe(expected);
  });

  it.each([
    'Fatima Hassan',
    'Hedeparken 12',
    'arabisk, dansk',
    'Æblegården',
    'فاطمة',
    'kr. 100',
    '',
    'Infomøde 3/11',
    '12 Hedeparken',
    'e5',
  ])('leaves ordinary text alone: %p', (input) => {
    expect(literalCellText(input)).toBe(input);
  });
});

describe('control characters', () => {
  it('finds control characters', () => {
    expect(hasControl('a\u0000b')).toBe(true);
    expect(hasControl('a\u0085b')).toBe(true);
    expect(hasControl('a\nb')).toBe(true);
    expect(hasControl('a\nb', true)).toBe(false);
    expect(hasControl('Ærø')).toBe(false);
  });

  it('strips them, keeping line breaks only when asked', () => {
    expect(stripControl('a\u0000b\tc\r\nd')).toBe('ab c d');
    expect(stripControl('a\u0007b\r\nc\rd', true)).toBe('ab\nc\nd');
  });

  it('collapses whitespace', () => {
    expect(collapseWhitespace('  Fatima \t  Hassan\n ')).toBe('Fatima Hassan');
  });

  it('counts characters as people do', () => {
    expect(charLength('Åse')).toBe(3);
    expect(charLength('𝒜b')).toBe(2);
  });
});
