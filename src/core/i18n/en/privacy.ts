import type { privacy as da } from '../da/privacy';

export const privacy: Record<keyof typeof da, string> = {
  privacyFieldId: 'ID',
  privacyIdInvalid: '“{id}” is not an ID. Choose the person from the list, or type her ID, e.g. P001.',
  privacyDuplicateRows:
    'The ID “{id}” is in several rows of the sheet “{sheet}”. Correct the IDs in the sheet so each person has her own, and try again.',
  privacyDiplomaFilesFailed:
    'Her diploma files could not be moved to the trash, and nothing was deleted. Try again in a moment.',
  privacySelfTestOk: 'The self-test passed: all {count} steps work.',
  privacySelfTestFailed:
    'The self-test found errors in {failed} of {count} steps: {steps}. See the details in the Apps Script log.',
  privacySelfTestBusy: 'The self-test could not run because the spreadsheet is busy. Try again in a moment.',
  privacySelfTestTitle: 'Self-test',
  privacySelfTestReadingKeep:
    'Found: a leading apostrophe in a cell formatted as plain text stays (reading "keep").',
  privacySelfTestReadingDrop:
    'Found: a leading apostrophe in a cell formatted as plain text is dropped (reading "drop").',
  privacySelfTestTranscript:
    'Copy the transcript below and send it to the developers (for example in an issue), so their tests rest on what Google really does. It holds no personal data.',
};
