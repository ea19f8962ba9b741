// What came of the graduates (Aktiv bydelsmor, Uddannelse/job), counted in the report and the application draft.
export const followUp = {
  followUpActive: 'Uddannede, der er aktive som frivillige bydelsmødre',
  followUpEducation: 'Uddannede, der er startet på uddannelse eller job',
  followUpCount: '{yes} af {known} med kendt svar ({graduates} uddannede i alt)',
  followUpNoGraduates: 'ingen uddannede endnu',
} as const;
