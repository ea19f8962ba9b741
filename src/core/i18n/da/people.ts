// Applicants and participants: the fields of `Personer` and the status rules.
export const people = {
  peopleFieldName: 'Navn',
  peopleFieldPhone: 'Telefon',
  peopleFieldEmail: 'E-mail',
  peopleFieldArea: 'Boligområde',
  peopleFieldLanguages: 'Sprog',
  peopleFieldSource: 'Kilde',
  peopleFieldInfoMeetingDate: 'Infomøde',
  peopleFieldInterviewDate: 'Samtale',
  peopleFieldConsentDate: 'Samtykke',
  peopleFieldChildcare: 'Børnepasning',
  peopleFieldNotes: 'Noter',
  peopleInvalidPhone:
    'Telefonnummeret «{value}» ser forkert ud. Skriv 6–20 cifre, gerne med +, mellemrum eller bindestreg.',
  peopleInvalidEmail: 'E-mailadressen «{value}» ser forkert ud. Den skal ligne navn@eksempel.dk.',
  peopleLanguagesNeedConsent:
    'Sprog må kun gemmes, når hun har givet samtykke. Udfyld datoen for samtykke, eller lad «Sprog» være tom.',
  peopleConsentInFuture: 'Datoen for samtykke kan ikke ligge efter i dag.',
  peopleStatusRequired: 'Vælg en status fra listen.',
  peopleNameNeedsLetters: 'Navnet skal indeholde bogstaver. Skriv hendes navn, som hun staver det.',
  peopleUnknownStatus: '«{status}» er ikke en status. Vælg en status fra listen.',
  peopleHasMarks:
    'Hun har allerede fremmøde registreret og kan ikke flyttes til «{to}». Brug «Frafaldet», hvis hun er stoppet.',
  peopleNotEnrolled: '«{to}» kan kun bruges om en deltager, der er optaget på holdet.',
  peopleNotCompleted:
    'Hun kan først få status «Uddannet», når hun har gennemført uddannelsen med nok fremmøde.',
  peopleFieldActiveVolunteer: 'Aktiv bydelsmor',
  peopleFieldEducationOrJob: 'Uddannelse/job',
  peopleYesNo: '«{field}» skal være «Ja», «Nej» eller tom.',
  peopleNameCannotBeCleared:
    'Navnet kan ikke fjernes. Ret det i stedet, eller slet personen under Persondata.',
  peopleNothingToUpdate: 'Der er ingen ændringer at gemme.',
  peopleWarnSameName: 'Der er allerede en person med navnet «{name}» ({id}). Er det den samme?',
  peopleWarnSamePhone: '{name} ({id}) har samme telefonnummer. Er det den samme?',
  peopleNotFound: 'Der er ingen person med ID «{id}» i arket «Personer».',
} as const;
