// The sidebars' texts of issue 15 (left out of Code.js like ui.ts: scripts/build.mjs).
export const nextroundUi = {
  uiAttendanceListCard: 'Papirliste til underskrift',
  uiAttendanceListText:
    'En fremmødeliste til print med navn, kryds og underskrift (Google Doc og PDF i holdets mappe). En ny liste til samme modul erstatter den gamle.',
  uiAttendanceListModule: 'Lav liste til modul {nr}',
  uiAttendanceListAll: 'Lav liste til alle moduler',
  uiAttendanceListReady: 'Fremmødelisten er klar:',
  uiAttendanceListOpenDoc: 'Åbn dokumentet',
  uiAttendanceListOpenPdf: 'Åbn PDF til print',
  uiNextRoundCard: 'Næste hold',
  uiNextRoundText:
    'Gem holdets opsætning (indstillinger uden datoer, modulernes temaer, budgetposter, tidsplanens aktiviteter og diplomskabelonen – aldrig deltagere), så næste hold kan starte herfra. Lav et udkast til den næste ansøgning med holdets tal.',
  uiSaveSetup: 'Gem opsætning til næste hold',
  uiSaveSetupDone: 'Opsætningen er gemt {date}. I et nyt regneark kan du vælge "Start fra sidste hold".',
  uiDraftMake: 'Lav udkast til ny ansøgning',
  uiDraftReady: 'Ansøgningsudkastet er klar:',
  uiDraftOpen: 'Åbn udkastet',
  uiStartFromSaved: 'Start fra sidste hold',
  uiStartFromSavedText:
    'Der er gemt en opsætning fra holdet "{cohort}" ({date}). Start fra den: indstillinger, temaer, budget og tidsplan – uden deltagere og datoer.',
  uiHelpStart3:
    'Har du gemt opsætningen fra et tidligere hold, kan et nyt regneark «Start fra sidste hold»: indstillinger, temaer, budget og tidsplan – uden personer og datoer.',
  uiHelpAttendance4:
    'Nederst laver du en fremmødeliste til print med kryds og underskrift for modulet eller for alle moduler. En ny liste til samme modul erstatter den gamle.',
  uiHelpReport2:
    'Under «Næste hold» gemmer du holdets opsætning til næste hold og laver et udkast til den næste ansøgning med holdets tal.',
} as const;
