// The 90 % rule's labels (shown in `Fremmøde`) and attendance registration.
export const attendance = {
  attendanceStatusCompleted: 'Gennemført',
  attendanceStatusBelow: 'Under {percent} %',
  attendanceStatusAtRisk: 'I risiko',
  attendanceStatusOk: 'OK',
  attendanceNotEnrolled:
    'ID «{id}» er ikke en optaget deltager. Fremmøde kan kun registreres for deltagere med status «Optaget».',
  attendanceModuleRange: 'Modulet skal være et helt tal fra 1 til {max}.',
  attendanceFieldPresent: 'Mødt',
  attendanceFieldExcused: 'Afbud',
  attendanceIdNotText: '«{field}» skal være en liste af ID’er som P001.',
  attendanceDuplicateId: 'ID «{id}» står to gange. Hver deltager kan kun registreres én gang pr. modul.',
  attendanceModuleInFuture:
    'Modul {nr} er dateret {date} og kan først registreres den dag (i dag er det {today}). Er datoen forkert, så ret den i arket «Moduler» (kolonnen Dato), eller ret første moduldato under Indstillinger.',
  attendanceBothLists: 'ID «{id}» står både som mødt og som afbud. Vælg det ene.',
} as const;
