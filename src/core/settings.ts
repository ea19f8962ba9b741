// The cohort's settings (SPEC "Settings"): defaults, the derived project period, and the
// validation of every value `saveSettings` receives. The only place 15 and 0.9 appear.
import type { Language, Settings, SettingsKey } from '../shared/api';
import { isoFromParts, parseIsoDate, requireIsoDate } from './dates';
import { UserError } from './errors';
import type { MessageKey } from './i18n';
import { fromOere, positiveAmountOere } from './money';
import { assertFirstModuleDateOpen } from './schedule';
import { ownFields, requireBoolean, requireText, requireWholeNumber, shownKey } from './validate';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  cohortName: 'Bydelsmødre',
  modules: 15,
  requiredShare: 0.9,
  excusedCountsAsAbsent: true,
  firstModuleDate: '',
  closedDates: Object.freeze([]) as unknown as string[],
  ceremonyDate: '',
  templateId: '',
  place: 'Ballerup Rådhus',
  signatory: '',
  coordinatorInitials: '',
  grant: 111000,
  periodStart: '',
  periodEnd: '',
  retentionMonths: 6,
  language: 'da' as Language,
});

export const SETTINGS_LIMITS = {
  modules: { min: 1, max: 40 },
  retentionMonths: { min: 0, max: 60 },
  /** A school year of closed days fits the 9 KB a stored property may hold. */
  closedDates: { max: 366 },
  cohortName: { max: 100 },
  place: { max: 200 },
  signatory: { max: 100 },
  coordinatorInitials: { max: 20 },
  templateId: { max: 200 },
} as const;

/** Each setting's name as the coordinator sees it in messages. */
export const SETTING_LABELS: Readonly<Record<SettingsKey, MessageKey>> = {
  cohortName: 'settingsFieldCohortName',
  modules: 'settingsFieldModules',
  requiredShare: 'settingsFieldRequiredShare',
  excusedCountsAsAbsent: 'settingsFieldExcusedCountsAsAbsent',
  firstModuleDate: 'settingsFieldFirstModuleDate',
  closedDates: 'settingsFieldClosedDates',
  ceremonyDate: 'settingsFieldCeremonyDate',
  templateId: 'settingsFieldTemplateId',
  place: 'settingsFieldPlace',
  signatory: 'settingsFieldSignatory',
  coordinatorInitials: 'settingsFieldCoordinatorInitials',
  grant: 'settingsFieldGrant',
  periodStart: 'settingsFieldPeriodStart',
  periodEnd: 'settingsFieldPeriodEnd',
  retentionMonths: 'settingsFieldRetentionMonths',
  language: 'settingsFieldLanguage',
};

const SETTINGS_KEYS = Object.keys(SETTING_LABELS) as SettingsKey[];

function isSettingsKey(key: string): key is SettingsKey {
  return Object.prototype.hasOwnProperty.call(SETTING_LABELS, key);
}

export interface Period {
  periodStart: string;
  periodEnd: string;
}

/**
 * The project period when none is set: the 1 October on or before `firstModuleDate` to the
 * 30 June on or after it (a cohort starting in spring runs October–June of that school
 * year). Without a first module date: the coming 1 October (today if it is 1 October) to
 * the 30 June after it.
 */
export function defaultPeriod(firstModuleDate: string, today: string): Period {
  const anchor = parseIsoDate(firstModuleDate);
  if (anchor) {
    const startYear = anchor.month >= 10 ? anchor.year : anchor.year - 1;
    const endYear = anchor.month <= 6 ? anchor.year : anchor.year + 1;
    return { periodStart: isoFromParts(startYear, 10, 1), periodEnd: isoFromParts(endYear, 6, 30) };
  }
  const now = parseIsoDate(today);
  if (!now) throw new RangeError(`today is not an ISO date: ${String(today)}`);
  const thisYearsStart = isoFromParts(now.year, 10, 1);
  const startYear = today <= thisYearsStart ? now.year : now.year + 1;
  return { periodStart: isoFromParts(startYear, 10, 1), periodEnd: isoFromParts(startYear + 1, 6, 30) };
}

/**
 * The full settings from what is stored. Stored values were validated when saved; a value
 * of the wrong shape (edited by hand, or from an older version) falls back to its default
 * rather than breaking every sidebar. An empty period is derived (see defaultPeriod).
 */
export function resolveSettings(stored: Partial<Settings>, today: string): Settings {
  const resolved = { ...DEFAULT_SETTINGS, closedDates: [] as string[] } as Settings;
  const source = (stored ?? {}) as Record<string, unknown>;
  for (const key of SETTINGS_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    const value = source[key];
    if (isStoredValueUsable(key, value)) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  resolved.closedDates = [...resolved.closedDates];
  const period = defaultPeriod(resolved.firstModuleDate, today);
  if (resolved.periodStart === '') resolved.periodStart = period.periodStart;
  if (resolved.periodEnd === '') resolved.periodEnd = period.periodEnd;
  return resolved;
}

function isStoredValueUsable(key: SettingsKey, value: unknown): boolean {
  try {
    validateSetting(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a `saveSettings` patch and returns it normalised (trimmed text, sorted closed
 * dates). Any unknown key, wrong type or out-of-range value refuses the whole patch with
 * a message naming the setting, so nothing is half saved. `current` is the full settings
 * now in force, for the rules that involve two settings.
 */
export function validateSettingsPatch(patch: unknown, current: Settings): Partial<Settings> {
  const result: Partial<Settings> = {};
  for (const [key, value] of ownFields(patch)) {
    if (!isSettingsKey(key)) throw new UserError('settingsUnknownSetting', { name: shownKey(key) });
    (result as Record<string, unknown>)[key] = validateSetting(key, value);
  }
  checkCombination(result, { ...current, ...result });
  return result;
}

function checkCombination(patch: Partial<Settings>, merged: Settings): void {
  if ('firstModuleDate' in patch || 'closedDates' in patch) {
    assertFirstModuleDateOpen(merged.firstModuleDate, merged.closedDates);
  }
  if (('periodStart' in patch || 'periodEnd' in patch) && merged.periodStart && merged.periodEnd) {
    if (merged.periodStart > merged.periodEnd) throw new UserError('settingsPeriodOrder');
  }
}

function validateSetting(key: SettingsKey, value: unknown): Settings[SettingsKey] {
  const field = SETTING_LABELS[key];
  switch (key) {
    case 'cohortName':
      return requireText(value, field, { max: SETTINGS_LIMITS.cohortName.max, required: true });
    case 'place':
    case 'signatory':
    case 'coordinatorInitials':
      return requireText(value, field, { max: SETTINGS_LIMITS[key].max });
    case 'templateId':
      return validateTemplateId(value);
    case 'modules':
      return requireWholeNumber(value, field, SETTINGS_LIMITS.modules.min, SETTINGS_LIMITS.modules.max);
    case 'retentionMonths':
      return requireWholeNumber(
        value,
        field,
        SETTINGS_LIMITS.retentionMonths.min,
        SETTINGS_LIMITS.retentionMonths.max,
      );
    case 'requiredShare':
      return validateRequiredShare(value);
    case 'excusedCountsAsAbsent':
      return requireBoolean(value, field);
    case 'firstModuleDate':
    case 'ceremonyDate':
    case 'periodStart':
    case 'periodEnd':
      return requireIsoDate(value, field, true);
    case 'closedDates':
      return validateClosedDates(value);
    case 'grant':
      return fromOere(positiveAmountOere(value, field));
    case 'language':
      if (value !== 'da' && value !== 'en') throw new UserError('settingsInvalidLanguage');
      return value;
  }
}

function validateRequiredShare(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new UserError('settingsRequiredShareRange', { field: SETTING_LABELS.requiredShare });
  }
  return value;
}

/** Distinct valid dates in order: the sidebar may send them in the order she picked them. */
function validateClosedDates(value: unknown): string[] {
  const field = SETTING_LABELS.closedDates;
  if (!Array.isArray(value)) throw new UserError('listExpected', { field });
  const dates = Array.from(new Set(value.map((date) => requireIsoDate(date, field)))).sort();
  if (dates.length > SETTINGS_LIMITS.closedDates.max) {
    throw new UserError('settingsTooManyClosedDates', { max: SETTINGS_LIMITS.closedDates.max });
  }
  return dates;
}

/**
 * A Drive file id, or '' for "make the default template". A pasted Docs link is accepted
 * and reduced to its id, since copying the address bar is what she will do.
 */
function validateTemplateId(value: unknown): string {
  const text = requireText(value, SETTING_LABELS.templateId, { max: SETTINGS_LIMITS.templateId.max });
  if (text === '') return '';
  const fromUrl = /\/d\/([A-Za-z0-9_-]+)/.exec(text);
  const id = fromUrl ? fromUrl[1] : text;
  if (!/^[A-Za-z0-9_-]{10,}$/.test(id)) throw new UserError('settingsInvalidTemplateId');
  return id;
}
