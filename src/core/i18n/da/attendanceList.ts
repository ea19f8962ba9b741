// The paper attendance list (createAttendanceList).
export const attendanceList = {
  attendanceListTitle: 'Fremmødeliste',
  attendanceListDocName: 'Fremmødeliste - Modul {module} - {cohort}',
  attendanceListAllDocName: 'Fremmødeliste - Alle moduler - {cohort}',
  attendanceListCohort: 'Hold',
  attendanceListModule: 'Modul',
  attendanceListDate: 'Dato',
  attendanceListTheme: 'Tema',
  attendanceListNoDate: 'ikke fastsat',
  attendanceListAllModules: 'Alle moduler',
  attendanceListModulesHeading: 'Modulerne',
  attendanceListName: 'Navn',
  attendanceListPresent: 'Mødt (✓)',
  attendanceListSignature: 'Underskrift',
  attendanceListHowTo: 'Sæt kryds ved fremmøde, og skriv under.',
  attendanceListGridHowTo: 'Sæt kryds under modulets nummer ved fremmøde.',
  attendanceListPrivacy:
    'Listen indeholder navne (personoplysninger). Opbevar den forsvarligt, og makulér den, når fremmødet er registreret.',
  attendanceListModuleInvalid: 'Vælg et modul mellem 1 og {max}.',
  attendanceListOptionsInvalid: 'Fremmødelisten tager kun et modulnummer (module).',
  attendanceListNobody: 'Ingen deltagere har status Optaget, så der er ingen at skrive på listen.',
  attendanceListDriveFailed: 'Fremmødelisten kunne ikke oprettes i Google Drev. Prøv igen om et øjeblik.',
} as const;
