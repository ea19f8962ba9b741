// Messages every area uses: missing sheets and columns, the lock, generic field checks.
// Keys here have no prefix; every other area's keys start with the area's name
// (peopleInvalidPhone, menuStart), so two areas can never claim the same key.
export const common = {
  busy: 'Regnearket er optaget af en anden handling lige nu. Prøv igen om et øjeblik.',
  serviceFailed: 'Noget gik galt, og intet blev gemt. Prøv igen om et øjeblik.',
  sheetMissing: 'Arket «{sheet}» mangler. Kør «Opsæt regneark», så bliver det oprettet.',
  columnMissing:
    'Kolonnen «{column}» mangler i arket «{sheet}». Tilføj den igen, eller kør «Opsæt regneark».',
  notAnObject: 'Oplysningerne kunne ikke læses. Luk vinduet, og prøv igen.',
  unknownField: 'Feltet «{field}» kendes ikke. Intet blev gemt.',
  mustBeText: '«{field}» skal være tekst.',
  required: '«{field}» skal udfyldes.',
  tooLong: '«{field}» må højst være {max} tegn.',
  controlCharacters: '«{field}» indeholder usynlige tegn, som ikke kan gemmes. Skriv teksten igen.',
  mustBeYesNo: '«{field}» skal være ja eller nej.',
  wholeNumberRange: '«{field}» skal være et helt tal fra {min} til {max}.',
  invalidDate: '«{field}»: «{value}» er ikke en gyldig dato. Skriv datoen som dd-mm-åååå, fx 05-03-2026.',
  dateOutOfRange: '«{field}» skal være en dato mellem år {min} og {max}.',
  listExpected: '«{field}» skal være en liste.',
  setupAlreadyDone:
    'Regnearket var allerede sat op: alle ark, kolonner og formler er på plads, og intet skulle ændres. «Oversigt» er opdateret.',
  setupReadyCreated: 'Oprettet: {names}.',
  setupReadyUpdated: 'Bragt i orden: {names}.',
  setupReady: 'Regnearket er klar.',
  setupTimeZone: 'Tidszone (Europe/Copenhagen)',
} as const;
