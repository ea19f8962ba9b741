// The cohort's settings: their names as the coordinator knows them, and their checks.
export const settings = {
  settingsFieldCohortName: 'Holdnavn',
  settingsFieldModules: 'Antal moduler',
  settingsFieldRequiredShare: 'Krævet fremmøde',
  settingsFieldExcusedCountsAsAbsent: 'Afbud tæller som fravær',
  settingsFieldFirstModuleDate: 'Første moduldato',
  settingsFieldClosedDates: 'Lukkedage',
  settingsFieldCeremonyDate: 'Dato for diplomoverrækkelse',
  settingsFieldTemplateId: 'Diplomskabelon',
  settingsFieldPlace: 'Sted',
  settingsFieldSignatory: 'Underskriver',
  settingsFieldCoordinatorInitials: 'Koordinatorens initialer',
  settingsFieldGrant: 'Bevilling',
  settingsFieldPeriodStart: 'Projektperiodens start',
  settingsFieldPeriodEnd: 'Projektperiodens slutning',
  settingsFieldRetentionMonths: 'Opbevaring i måneder',
  settingsFieldLanguage: 'Sprog i menuer og beskeder',
  settingsUnknownSetting: 'Indstillingen «{name}» findes ikke. Intet blev gemt.',
  settingsRequiredShareRange: '«{field}» skal være større end 0 og højst 1, fx 0,9 for 90 %.',
  settingsFirstModuleDateClosed:
    '{date} er en lukkedag og kan ikke være første moduldato. Vælg en anden dato.',
  settingsPeriodOrder: 'Projektperiodens start skal ligge før dens slutning.',
  settingsInvalidLanguage: 'Sproget skal være dansk eller engelsk.',
  settingsTemplateNotOpenable:
    'Tilføjelsen kan ikke åbne det dokument: Google lader den kun åbne dokumenter, den selv har lavet. Hent i stedet dit diplom ind som Word-fil under Diplomer › «Dit eget diplom».',
  settingsInvalidTemplateId: 'Diplomskabelonen skal være et dokument-ID fra Google Drev.',
  settingsTooManyClosedDates: 'Der kan højst være {max} lukkedage.',
  settingsModuleColumnNotEmpty:
    'Antallet af moduler kan ikke sættes ned til {modules}: kolonnen «{column}» i arket «{sheet}» har registreret fremmøde. Intet blev gemt.',
} as const;
