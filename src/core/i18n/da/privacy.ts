// Data-protection requests (export, deletion, retention) and the deployer's self-test.
export const privacy = {
  privacyFieldId: 'ID',
  privacyIdInvalid: '«{id}» er ikke et ID. Vælg personen på listen, eller skriv hendes ID, f.eks. P001.',
  privacyDuplicateRows:
    'ID «{id}» står i flere rækker i arket «{sheet}». Ret ID’erne i arket, så hver person har sit eget, og prøv igen.',
  privacyDiplomaFilesFailed:
    'Hendes diplomfiler kunne ikke lægges i papirkurven, og intet blev slettet. Prøv igen om et øjeblik.',
  privacySelfTestOk: 'Selvtesten gik godt: alle {count} trin virker.',
  privacySelfTestFailed:
    'Selvtesten fandt fejl i {failed} af {count} trin: {steps}. Se detaljerne i Apps Script-loggen.',
  privacySelfTestBusy: 'Selvtesten kunne ikke køre, fordi regnearket er optaget. Prøv igen om et øjeblik.',
  privacySelfTestTitle: 'Selvtest',
  privacySelfTestReadingKeep:
    'Fundet: en apostrof foran tekst i en celle formateret som almindelig tekst bliver stående (læsning «keep»).',
  privacySelfTestReadingDrop:
    'Fundet: en apostrof foran tekst i en celle formateret som almindelig tekst fjernes (læsning «drop»).',
  privacySelfTestTranscript:
    'Kopiér udskriften herunder og send den til udviklerne (f.eks. i et issue), så deres test bygger på det, Google faktisk gør. Den indeholder ingen persondata.',
} as const;
