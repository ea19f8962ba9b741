// The add-on menu, in the order it appears.
export const menu = {
  menuStart: 'Start',
  menuNewPerson: 'Ny person',
  menuRecruitment: 'Rekruttering',
  menuAttendance: 'Registrér fremmøde',
  menuExpense: 'Ny udgift',
  menuBudget: 'Budget',
  menuTimeline: 'Tidsplan',
  menuDiplomas: 'Diplomer',
  menuReport: 'Afrapportering',
  menuPrivacy: 'Persondata',
  menuSettings: 'Indstillinger',
  menuHelp: 'Hjælp',
  menuSelfTest: 'Selvtest',
  menuSetup: 'Opsæt regneark',
} as const;
