import type { menu as da } from '../da/menu';

export const menu: Record<keyof typeof da, string> = {
  menuStart: 'Start',
  menuNewPerson: 'New person',
  menuRecruitment: 'Recruitment',
  menuAttendance: 'Record attendance',
  menuExpense: 'New expense',
  menuBudget: 'Budget',
  menuTimeline: 'Timeline',
  menuDiplomas: 'Diplomas',
  menuReport: 'Report',
  menuPrivacy: 'Personal data',
  menuSettings: 'Settings',
  menuHelp: 'Help',
  menuSelfTest: 'Self-test',
  menuSetup: 'Set up spreadsheet',
};
