import { DANISH_AREAS, isMessageKey, messages, t, type MessageKey } from '../../src/core/i18n';
import { UserError } from '../../src/core/errors';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  const da = messages('da');
  const en = messages('en');

  it('have exactly the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it('have the same placeholders in both languages', () => {
    for (const key of Object.keys(da) as MessageKey[]) {
      expect([key, placeholders(en[key])]).toEqual([key, placeholders(da[key])]);
    }
  });

  it('have no empty or untrimmed message', () => {
    for (const table of [da, en]) {
      for (const text of Object.values(table)) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it('never let two areas claim the same key', () => {
    const seen = new Set<string>();
    for (const area of DANISH_AREAS) {
      for (const key of Object.keys(area)) {
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBe(Object.keys(da).length);
  });

  it('prefix every non-common key with its area name', () => {
    const names = [
      'common',
      'people',
      'attendance',
      'settings',
      'budget',
      'timeline',
      'diplomas',
      'report',
      'ui',
      'menu',
      'privacy',
      'followUp',
      'attendanceList',
      'savedSetup',
      'draft',
      'ui',
    ];
    DANISH_AREAS.forEach((area, i) => {
      for (const key of Object.keys(area)) {
        if (names[i] === 'common') {
          for (const other of names.slice(1))
            expect(key.startsWith(other) && /[A-Z]/.test(key[other.length] ?? '')).toBe(false);
        } else {
          expect(key).toMatch(new RegExp(`^${names[i]}[A-Z]`));
        }
      }
    });
  });

  it('write Danish with its own letters, not ae/oe/aa substitutes', () => {
    const danishText = Object.values(da).join(' ');
    expect(danishText).toMatch(/æ/);
    expect(danishText).toMatch(/ø/);
    expect(danishText).toMatch(/å/);
    expect(danishText).not.toMatch(/\b(moede|foerste|aendr|gaa)\w*/i);
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('da', 'columnMissing', { sheet: 'Personer', column: 'Status' })).toBe(
      'Kolonnen «Status» mangler i arket «Personer». Tilføj den igen, eller kør «Opsæt regneark».',
    );
    expect(t('en', 'columnMissing', { sheet: 'Personer', column: 'Status' })).toBe(
      'The column “Status” is missing in the sheet “Personer”. Add it again, or run “Set up spreadsheet”.',
    );
  });

  it('gives the lock message of the SPEC', () => {
    expect(t('da', 'busy')).toBe(
      'Regnearket er optaget af en anden handling lige nu. Prøv igen om et øjeblik.',
    );
  });

  it('leaves an unknown placeholder visible', () => {
    expect(t('da', 'columnMissing', { sheet: 'Personer' })).toContain('«{column}»');
  });

  it('translates a parameter that is a message key, such as a field name', () => {
    expect(t('da', 'required', { field: 'peopleFieldName' })).toBe('«Navn» skal udfyldes.');
    expect(t('en', 'required', { field: 'peopleFieldName' })).toBe('“Name” must be filled in.');
  });

  it('does not re-expand placeholders inside a parameter', () => {
    expect(t('da', 'required', { field: '{field}' })).toBe('«{field}» skal udfyldes.');
  });

  it('writes numbers with the language decimal separator', () => {
    expect(t('da', 'attendanceStatusBelow', { percent: 87.5 })).toBe('Under 87,5 %');
    expect(t('en', 'attendanceStatusBelow', { percent: 87.5 })).toBe('Below 87.5%');
  });

  it('falls back to Danish for an unknown language', () => {
    expect(t('xx' as 'da', 'menuStart')).toBe('Start');
  });

  it('names the menu items', () => {
    const da = messages('da');
    expect([da.menuNewPerson, da.menuAttendance, da.menuSetup, da.menuPrivacy]).toEqual([
      'Ny person',
      'Registrér fremmøde',
      'Opsæt regneark',
      'Persondata',
    ]);
  });

  it('recognises message keys only as own keys', () => {
    expect(isMessageKey('busy')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('__proto__')).toBe(false);
  });
});

describe('UserError', () => {
  it('carries a key and parameters and is an Error', () => {
    const error = new UserError('tooLong', { field: 'peopleFieldName', max: 100 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(UserError);
    expect(error.key).toBe('tooLong');
    expect(error.params).toEqual({ field: 'peopleFieldName', max: 100 });
    expect(t('da', error.key, error.params)).toBe('«Navn» må højst være 100 tegn.');
  });

  it('defaults to no parameters', () => {
    expect(new UserError('busy').params).toEqual({});
  });
});
