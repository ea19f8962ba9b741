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
  attendanceBothLists: 'ID «{id}» står både som mødt og som afbud. Vælg det ene.',
} as const;
