// The public surface of the add-on: exactly these functions become top-level functions in
// dist/Code.js (scripts/build.mjs), callable from the menu and google.script.run. Anything
// not exported here stays private inside the bundle.
export {
  onOpen,
  onInstall,
  showStart,
  showNewPerson,
  showRecruitment,
  showAttendance,
  showExpense,
  showTimeline,
  showDiplomas,
  showReport,
  showPrivacy,
  showSettings,
  showHelp,
} from './menu';
export { setupWorkbook, runSetupFromMenu } from './api/setup';
export { onEdit } from './triggers';
export { getSettings, saveSettings } from './api/settings';
export { addPerson, setPersonStatus, listPersons, updatePerson } from './api/people';
export { recordAttendance, getAttendance, getModules } from './api/attendance';
export { addExpense, deleteExpense, getBudget, getExpenses, updateExpense } from './api/budget';
export { getTimeline, setTimelineStatus } from './api/timeline';
export { getOverview, refreshOverview } from './api/overview';
export { createReport } from './api/report';
export { generateDiplomas, getDiplomaStatus } from './api/diplomas';
export { createTemplate, importTemplate, previewDiploma } from './api/diplomaTemplate';
export { exportPerson, deletePerson, getRetentionReminders } from './api/privacy';
export { selfTest, runSelfTestFromMenu } from './api/selftest';
export { createAttendanceList } from './api/attendanceList';
export { saveCohortSetup, getSavedCohortSetup } from './api/savedSetup';
export { createApplicationDraft } from './api/applicationDraft';
