import type { nextroundUi as da } from '../da/nextroundUi';

export const nextroundUi: Record<keyof typeof da, string> = {
  uiAttendanceListCard: 'Paper list to sign',
  uiAttendanceListText:
    "A printable attendance list with name, tick and signature (Google Doc and PDF in the cohort's folder). A new list for the same module replaces the old one.",
  uiAttendanceListModule: 'Make the list for module {nr}',
  uiAttendanceListAll: 'Make the list for all modules',
  uiAttendanceListReady: 'The attendance list is ready:',
  uiAttendanceListOpenDoc: 'Open the document',
  uiAttendanceListOpenPdf: 'Open the PDF to print',
  uiNextRoundCard: 'Next cohort',
  uiNextRoundText:
    "Save the cohort's setup (settings without dates, the modules' themes, budget lines, the timeline's activities and the diploma template – never participants), so the next cohort can start from it. Make a draft of the next application with the cohort's figures.",
  uiSaveSetup: 'Save the setup for the next cohort',
  uiSaveSetupDone:
    'The setup was saved {date}. In a new spreadsheet you can choose "Start from the last cohort".',
  uiDraftMake: 'Make a draft of the next application',
  uiDraftReady: 'The application draft is ready:',
  uiDraftOpen: 'Open the draft',
  uiStartFromSaved: 'Start from the last cohort',
  uiStartFromSavedText:
    'A setup from the cohort "{cohort}" was saved ({date}). Start from it: settings, themes, budget and timeline – without participants and dates.',
  uiHelpStart3:
    'If you saved the setup of an earlier cohort, a new spreadsheet can "Start from the last cohort": settings, themes, budget and timeline – without people and dates.',
  uiHelpAttendance4:
    'At the bottom you make a printable attendance list with tick and signature, for the module or for all modules. A new list for the same module replaces the old one.',
  uiHelpReport2:
    'Under "Next cohort" you save the setup for the next cohort and make a draft of the next application with the cohort\'s figures.',
};
