import type { savedSetup as da } from '../da/savedSetup';

export const savedSetup: Record<keyof typeof da, string> = {
  savedSetupTooLarge:
    'The setup is too large to be saved ({size} KB; at most {max} KB). Shorten long themes or budget lines and try again.',
  savedSetupNone: 'There is no saved setup from an earlier cohort. Use "Set up spreadsheet" instead.',
  savedSetupUnreadable:
    'The saved setup cannot be read. Save it again from the previous cohort\'s spreadsheet, or use "Set up spreadsheet".',
  savedSetupNotNew:
    '"Start from the last cohort" can only be used in a new spreadsheet. This spreadsheet is already set up.',
  savedSetupOptionsInvalid: 'Setup takes only the option fromSaved (true or false).',
  savedSetupTemplateGone:
    'The diploma template of the last cohort no longer exists (or cannot be opened). A new default template has been created in the folder "{folder}".',
};
