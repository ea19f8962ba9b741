import type { settings as da } from '../da/settings';

export const settings: Record<keyof typeof da, string> = {
  settingsFieldCohortName: 'Cohort name',
  settingsFieldModules: 'Number of modules',
  settingsFieldRequiredShare: 'Required attendance',
  settingsFieldExcusedCountsAsAbsent: 'Excused absence counts as absence',
  settingsFieldFirstModuleDate: 'First module date',
  settingsFieldClosedDates: 'Closed days',
  settingsFieldCeremonyDate: 'Diploma ceremony date',
  settingsFieldTemplateId: 'Diploma template',
  settingsFieldPlace: 'Place',
  settingsFieldSignatory: 'Signatory',
  settingsFieldCoordinatorInitials: "Coordinator's initials",
  settingsFieldGrant: 'Grant',
  settingsFieldPeriodStart: 'Project period start',
  settingsFieldPeriodEnd: 'Project period end',
  settingsFieldRetentionMonths: 'Retention in months',
  settingsFieldLanguage: 'Language of menus and messages',
  settingsUnknownSetting: 'The setting “{name}” does not exist. Nothing was saved.',
  settingsRequiredShareRange: '“{field}” must be greater than 0 and at most 1, e.g. 0.9 for 90%.',
  settingsFirstModuleDateClosed:
    '{date} is a closed day and cannot be the first module date. Choose another date.',
  settingsPeriodOrder: 'The project period must start before it ends.',
  settingsInvalidLanguage: 'The language must be Danish or English.',
  settingsTemplateNotOpenable:
    'The add-on cannot open that document: Google lets it open only documents it made itself. Bring your diploma in as a Word file under Diplomas › “Your own diploma” instead.',
  settingsInvalidTemplateId: 'The diploma template must be a document ID from Google Drive.',
  settingsTooManyClosedDates: 'There can be at most {max} closed days.',
  settingsModuleColumnNotEmpty:
    'The number of modules cannot be lowered to {modules}: the column “{column}” in the sheet “{sheet}” holds attendance. Nothing was saved.',
};
