import type { draft as da } from '../da/draft';

export const draft: Record<keyof typeof da, string> = {
  draftDocName: 'Application (draft) - {cohort} - {date}',
  draftTitle: 'Grant application for Bydelsmødre – draft',
  draftSubtitle: 'Based on the cohort {cohort} · prepared {date}',
  draftIntro:
    "This is a draft. Figures and amounts come from the cohort's spreadsheet; write the yellow fields yourself. The draft holds no personal data.",
  draftWrite: '[Write here: {what}]',
  draftPurpose: '1. Purpose',
  draftPurposeWhat: "the project's purpose, and why a new cohort is needed",
  draftTargetGroup: '2. Target group',
  draftTargetGroupWhat: 'who the training is for, and how you recruit',
  draftLastCohort: 'Experience from the cohort {cohort}',
  draftOrganisation: '3. Organisation',
  draftOrganisationWhat: 'the association, partners and who runs the training',
  draftCompletionShare: 'Share of those admitted who completed',
  draftModules: 'Modules in the training',
  draftBudget: '4. Budget',
  draftBudgetIntro: "The last cohort's budget and actual spending per line, as the basis of the new budget:",
  draftNewBudget: 'New budget',
  draftBudgetWhat: 'the new budget per line, and explain the changes',
  draftTimeline: '5. Timeline',
  draftTimelineIntro: "How the last cohort's timeline ran:",
  draftTimelineWhat: 'the new timeline',
  draftEffect: '6. Expected effect',
  draftEffectWhat: 'what you expect the new cohort to achieve, and how you measure it',
  draftNoDeadline: 'no deadline',
  draftDriveFailed:
    'The application draft could not be created in Google Drive. Please try again in a moment.',
};
