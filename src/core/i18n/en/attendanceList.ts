import type { attendanceList as da } from '../da/attendanceList';

export const attendanceList: Record<keyof typeof da, string> = {
  attendanceListTitle: 'Attendance list',
  attendanceListDocName: 'Fremmødeliste - Modul {module} - {cohort}',
  attendanceListAllDocName: 'Fremmødeliste - Alle moduler - {cohort}',
  attendanceListCohort: 'Cohort',
  attendanceListModule: 'Module',
  attendanceListDate: 'Date',
  attendanceListTheme: 'Theme',
  attendanceListNoDate: 'not set',
  attendanceListAllModules: 'All modules',
  attendanceListModulesHeading: 'The modules',
  attendanceListName: 'Name',
  attendanceListPresent: 'Present (✓)',
  attendanceListSignature: 'Signature',
  attendanceListHowTo: 'Tick when present, and sign.',
  attendanceListGridHowTo: "Tick under the module's number when present.",
  attendanceListPrivacy:
    'This list holds names (personal data). Keep it safe, and shred it once the attendance is recorded.',
  attendanceListModuleInvalid: 'Choose a module between 1 and {max}.',
  attendanceListOptionsInvalid: 'The attendance list takes only a module number (module).',
  attendanceListNobody: 'No participant has the status Optaget, so there is no one to put on the list.',
  attendanceListDriveFailed:
    'The attendance list could not be created in Google Drive. Please try again in a moment.',
};
