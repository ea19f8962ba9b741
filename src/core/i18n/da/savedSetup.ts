// The saved setup for the next cohort (saveCohortSetup, setupWorkbook({ fromSaved })).
export const savedSetup = {
  savedSetupTooLarge:
    'Opsætningen er for stor til at blive gemt ({size} KB; højst {max} KB). Forkort lange temaer eller budgetposter, og prøv igen.',
  savedSetupNone: 'Der er ingen gemt opsætning fra et tidligere hold. Brug "Opsæt regneark" i stedet.',
  savedSetupUnreadable:
    'Den gemte opsætning kan ikke læses. Gem den igen fra det forrige holds regneark, eller brug "Opsæt regneark".',
  savedSetupNotNew:
    '"Start fra sidste hold" kan kun bruges i et nyt regneark. Dette regneark er allerede sat op.',
  savedSetupOptionsInvalid: 'Opsætningen tager kun valget fromSaved (sand eller falsk).',
  savedSetupTemplateGone:
    'Diplomskabelonen fra sidste hold findes ikke længere (eller kan ikke åbnes). En ny standardskabelon er oprettet i mappen "{folder}".',
} as const;
