import type { Settings } from '../../src/shared/api';
import {
  DEFAULT_SETTINGS,
  defaultPeriod,
  resolveSettings,
  validateSettingsPatch,
} from '../../src/core/settings';
import { UserError } from '../../src/core/errors';
import { t } from '../../src/core/i18n';

const TODAY = '2025-09-15';
const current = (): Settings => resolveSettings({}, TODAY);

function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('DEFAULT_SETTINGS', () => {
  it('follows the SPEC table', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      cohortName: 'Bydelsmødre',
      modules: 15,
      requiredShare: 0.9,
      excusedCountsAsAbsent: true,
      firstModuleDate: '',
      closedDates: [],
      ceremonyDate: '',
      templateId: '',
      place: 'Ballerup Rådhus',
      signatory: '',
      coordinatorInitials: '',
      grant: 111000,
      periodStart: '',
      periodEnd: '',
      retentionMonths: 6,
      language: 'da',
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.closedDates)).toBe(true);
  });
});

describe('defaultPeriod', () => {
  it('runs from the 1 October before to the 30 June after the first module', () => {
    expect(defaultPeriod('2026-03-03', TODAY)).toEqual({
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
    });
    expect(defaultPeriod('2025-11-10', TODAY)).toEqual({
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
    });
    expect(defaultPeriod('2025-10-01', TODAY)).toEqual({
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
    });
    expect(defaultPeriod('2026-06-30', TODAY)).toEqual({
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
    });
    expect(defaultPeriod('2026-08-20', TODAY)).toEqual({
      periodStart: '2025-10-01',
      periodEnd: '2027-06-30',
    });
  });

  it('uses the coming 1 October without a first module date', () => {
    expect(defaultPeriod('', '2025-09-15')).toEqual({ periodStart: '2025-10-01', periodEnd: '2026-06-30' });
    expect(defaultPeriod('', '2025-10-01')).toEqual({ periodStart: '2025-10-01', periodEnd: '2026-06-30' });
    expect(defaultPeriod('', '2025-10-02')).toEqual({ periodStart: '2026-10-01', periodEnd: '2027-06-30' });
    expect(defaultPeriod('', '2026-01-20')).toEqual({ periodStart: '2026-10-01', periodEnd: '2027-06-30' });
  });
});

describe('resolveSettings', () => {
  it('fills defaults and the derived period', () => {
    expect(resolveSettings({}, TODAY)).toEqual({
      ...DEFAULT_SETTINGS,
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
    });
  });

  it('keeps stored values and derives the period from the first module date', () => {
    const s = resolveSettings(
      { modules: 12, firstModuleDate: '2027-02-02', closedDates: ['2027-02-16'] },
      TODAY,
    );
    expect(s).toMatchObject({
      modules: 12,
      periodStart: '2026-10-01',
      periodEnd: '2027-06-30',
      closedDates: ['2027-02-16'],
    });
  });

  it('keeps a stored period', () => {
    const s = resolveSettings({ periodStart: '2025-08-01', periodEnd: '' }, TODAY);
    expect(s).toMatchObject({ periodStart: '2025-08-01', periodEnd: '2026-06-30' });
  });

  it('falls back to defaults for values of the wrong shape', () => {
    const stored = {
      modules: 'ti',
      requiredShare: 7,
      language: 'fr',
      firstModuleDate: '2025-02-30',
      closedDates: 'x',
    };
    expect(resolveSettings(stored as unknown as Partial<Settings>, TODAY)).toEqual(
      resolveSettings({}, TODAY),
    );
  });

  it('ignores unknown stored keys and never shares the default list', () => {
    const s = resolveSettings({ extra: 1 } as unknown as Partial<Settings>, TODAY);
    expect('extra' in s).toBe(false);
    s.closedDates.push('2026-01-01');
    expect(DEFAULT_SETTINGS.closedDates).toEqual([]);
  });
});

describe('validateSettingsPatch', () => {
  it('accepts and normalises a valid patch', () => {
    const patch = validateSettingsPatch(
      {
        cohortName: '  Hold  2026 ',
        modules: 12,
        requiredShare: 0.875,
        excusedCountsAsAbsent: false,
        firstModuleDate: '2026-02-03',
        closedDates: ['2026-02-17', '2026-02-10', '2026-02-17'],
        ceremonyDate: '',
        templateId: 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz_-123/edit',
        place: 'Ballerup Rådhus',
        signatory: 'Borgmesteren',
        coordinatorInitials: 'FH',
        grant: 111000.5,
        periodStart: '2025-10-01',
        periodEnd: '2026-06-30',
        retentionMonths: 0,
        language: 'en',
      },
      current(),
    );
    expect(patch).toEqual({
      cohortName: 'Hold 2026',
      modules: 12,
      requiredShare: 0.875,
      excusedCountsAsAbsent: false,
      firstModuleDate: '2026-02-03',
      closedDates: ['2026-02-10', '2026-02-17'],
      ceremonyDate: '',
      templateId: '1AbCdEfGhIjKlMnOpQrStUvWxYz_-123',
      place: 'Ballerup Rådhus',
      signatory: 'Borgmesteren',
      coordinatorInitials: 'FH',
      grant: 111000.5,
      periodStart: '2025-10-01',
      periodEnd: '2026-06-30',
      retentionMonths: 0,
      language: 'en',
    });
  });

  it('accepts an empty patch', () => {
    expect(validateSettingsPatch({}, current())).toEqual({});
  });

  it.each<[string, unknown, string]>([
    ['modules', 0, 'wholeNumberRange'],
    ['modules', 41, 'wholeNumberRange'],
    ['modules', 12.5, 'wholeNumberRange'],
    ['modules', '15', 'wholeNumberRange'],
    ['requiredShare', 0, 'settingsRequiredShareRange'],
    ['requiredShare', 1.01, 'settingsRequiredShareRange'],
    ['requiredShare', 90, 'settingsRequiredShareRange'],
    ['requiredShare', NaN, 'settingsRequiredShareRange'],
    ['requiredShare', '0.9', 'settingsRequiredShareRange'],
    ['excusedCountsAsAbsent', 'true', 'mustBeYesNo'],
    ['firstModuleDate', '2026-02-30', 'invalidDate'],
    ['firstModuleDate', '3-2-2026', 'invalidDate'],
    ['firstModuleDate', null, 'invalidDate'],
    ['ceremonyDate', 20260612, 'invalidDate'],
    ['closedDates', '2026-02-10', 'listExpected'],
    ['closedDates', ['2026-02-10', 'vinterferie'], 'invalidDate'],
    ['grant', 0, 'budgetMustBePositive'],
    ['grant', -5, 'budgetMustBePositive'],
    ['grant', 100.005, 'budgetTooManyDecimals'],
    ['grant', '111000', 'budgetMustBeNumber'],
    ['grant', Infinity, 'budgetMustBeNumber'],
    ['retentionMonths', 61, 'wholeNumberRange'],
    ['retentionMonths', -1, 'wholeNumberRange'],
    ['retentionMonths', 1.5, 'wholeNumberRange'],
    ['language', 'de', 'settingsInvalidLanguage'],
    ['cohortName', '   ', 'required'],
    ['cohortName', 42, 'mustBeText'],
    ['cohortName', 'x'.repeat(101), 'tooLong'],
    ['cohortName', 'Hold\u0007', 'controlCharacters'],
    ['place', ['Rådhus'], 'mustBeText'],
    ['templateId', 'not an id!', 'settingsInvalidTemplateId'],
    ['periodStart', '2026-07-01', 'settingsPeriodOrder'],
    ['firstModuleDate', '2026-06-05', 'settingsFirstModuleDateClosed'],
    ['firstModuleDate', '2026-12-24', 'settingsFirstModuleDateClosed'],
  ])('refuses %s = %p with %s', (key, value, messageKey) => {
    const error = refusal(() => validateSettingsPatch({ [key]: value }, current()));
    expect(error.key).toBe(messageKey);
  });

  it('names the setting in the message', () => {
    const error = refusal(() => validateSettingsPatch({ modules: 0 }, current()));
    expect(t('da', error.key, error.params)).toBe('«Antal moduler» skal være et helt tal fra 1 til 40.');
    const share = refusal(() => validateSettingsPatch({ requiredShare: 2 }, current()));
    expect(t('da', share.key, share.params)).toBe(
      '«Krævet fremmøde» skal være større end 0 og højst 1, fx 0,9 for 90 %.',
    );
    const grant = refusal(() => validateSettingsPatch({ grant: 1.001 }, current()));
    expect(t('da', grant.key, grant.params)).toBe('«Bevilling» må højst have 2 decimaler.');
  });

  it('refuses unknown keys, naming them', () => {
    const error = refusal(() => validateSettingsPatch({ modules: 15, colour: 'red' }, current()));
    expect(error.key).toBe('settingsUnknownSetting');
    expect(t('da', error.key, error.params)).toBe('Indstillingen «colour» findes ikke. Intet blev gemt.');
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])(
    'refuses %s without polluting anything',
    (key) => {
      const patch = JSON.parse(`{"${key}": {"polluted": true, "modules": 99}}`);
      expect(refusal(() => validateSettingsPatch(patch, current())).key).toBe('settingsUnknownSetting');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('does not read settings from a polluted prototype', () => {
    const patch = Object.create({ modules: 0 });
    expect(validateSettingsPatch(patch, current())).toEqual({});
  });

  it('refuses what is not an object', () => {
    for (const value of [null, undefined, 'modules=15', 15, [15]]) {
      expect(refusal(() => validateSettingsPatch(value, current())).key).toBe('notAnObject');
    }
  });

  it('refuses a closed date as first module date, also when it becomes closed', () => {
    const withFirst = { ...current(), firstModuleDate: '2026-02-10' };
    expect(refusal(() => validateSettingsPatch({ closedDates: ['2026-02-10'] }, withFirst)).key).toBe(
      'settingsFirstModuleDateClosed',
    );
    expect(
      refusal(() =>
        validateSettingsPatch({ firstModuleDate: '2026-02-10', closedDates: ['2026-02-10'] }, current()),
      ).key,
    ).toBe('settingsFirstModuleDateClosed');
    expect(
      validateSettingsPatch({ firstModuleDate: '2026-02-17', closedDates: ['2026-02-10'] }, withFirst),
    ).toEqual({
      firstModuleDate: '2026-02-17',
      closedDates: ['2026-02-10'],
    });
  });

  it('checks the period order against the current settings', () => {
    const now = current();
    expect(refusal(() => validateSettingsPatch({ periodEnd: '2025-09-30' }, now)).key).toBe(
      'settingsPeriodOrder',
    );
    expect(validateSettingsPatch({ periodStart: '2026-06-30' }, now)).toEqual({ periodStart: '2026-06-30' });
    expect(validateSettingsPatch({ periodStart: '' }, now)).toEqual({ periodStart: '' });
  });

  it('limits the number of closed dates', () => {
    const many = Array.from({ length: 367 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    expect(refusal(() => validateSettingsPatch({ closedDates: many }, current())).key).toBe(
      'settingsTooManyClosedDates',
    );
  });

  it('accepts both share boundaries that are allowed', () => {
    expect(validateSettingsPatch({ requiredShare: 1 }, current())).toEqual({ requiredShare: 1 });
    expect(validateSettingsPatch({ requiredShare: 0.01 }, current())).toEqual({ requiredShare: 0.01 });
  });

  it('accepts every whole number of modules from 1 to 40', () => {
    for (let modules = 1; modules <= 40; modules++) {
      expect(validateSettingsPatch({ modules }, current())).toEqual({ modules });
    }
  });
});
