import type { people as da } from '../da/people';

export const people: Record<keyof typeof da, string> = {
  peopleFieldName: 'Name',
  peopleFieldPhone: 'Phone',
  peopleFieldEmail: 'E-mail',
  peopleFieldArea: 'Housing area',
  peopleFieldLanguages: 'Languages',
  peopleFieldSource: 'Source',
  peopleFieldInfoMeetingDate: 'Information meeting',
  peopleFieldInterviewDate: 'Interview',
  peopleFieldConsentDate: 'Consent',
  peopleFieldChildcare: 'Childcare',
  peopleFieldNotes: 'Notes',
  peopleInvalidPhone:
    'The phone number “{value}” looks wrong. Type 6–20 digits, optionally with +, spaces or hyphens.',
  peopleInvalidEmail: 'The e-mail address “{value}” looks wrong. It should look like name@example.com.',
  peopleLanguagesNeedConsent:
    'Languages may only be saved when she has given consent. Fill in the consent date, or leave “Languages” empty.',
  peopleConsentInFuture: 'The consent date cannot be later than today.',
  peopleStatusRequired: 'Choose a status from the list.',
  peopleNameNeedsLetters: 'The name must contain letters. Type her name the way she spells it.',
  peopleUnknownStatus: '“{status}” is not a status. Choose a status from the list.',
  peopleHasMarks:
    'She already has attendance registered and cannot be moved to “{to}”. Use “Frafaldet” (dropped out) if she has stopped.',
  peopleNotEnrolled: '“{to}” can only be used for a participant admitted to the cohort.',
  peopleNotCompleted:
    'She can only get the status “Uddannet” (graduated) when she has completed the training with enough attendance.',
  peopleFieldActiveVolunteer: 'Active volunteer (Aktiv bydelsmor)',
  peopleFieldEducationOrJob: 'Education or job (Uddannelse/job)',
  peopleYesNo: '“{field}” must be “Ja” (yes), “Nej” (no) or empty.',
  peopleNameCannotBeCleared:
    'The name cannot be removed. Correct it instead, or delete the person under Personal data.',
  peopleNothingToUpdate: 'There are no changes to save.',
  peopleWarnSameName: 'There is already a person named “{name}” ({id}). Is it the same woman?',
  peopleWarnSamePhone: '{name} ({id}) has the same phone number. Is it the same woman?',
  peopleNotFound: 'There is no person with ID “{id}” in the sheet “Personer”.',
};
