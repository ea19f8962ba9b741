// Diplomas: who gets one, what the template must contain, and what the coordinator is told
// when Google stops a round part of the way.
export const diplomas = {
  diplomasLeftOutNotCompleted: 'Har ikke gennemført uddannelsen med nok fremmøde.',
  diplomasLeftOutBelow: 'Fremmøde {attended} af {required} krævede moduler',
  diplomasLeftOutNotFinished:
    'Uddannelsen er ikke slut: {held} af {total} moduler er holdt ({attended} mødt, {required} kræves)',
  diplomasLeftOutDroppedOut: 'Frafaldet',
  diplomasLeftOutNotEnrolled: 'Står i «Fremmøde», men har status «{status}» i «Personer»',
  diplomasLeftOutNoName: 'Navnet mangler, så der kan ikke laves et diplom',
  diplomasMissingField: 'Skabelonen mangler feltet {field}.',
  diplomasUnknownField:
    'Skabelonen har feltet {field}, som tilføjelsen ikke kender. Det står uændret på diplomerne.',
  diplomasEmptySetting: '«{field}» er ikke udfyldt under Indstillinger, så den plads på diplomerne er tom.',
  diplomasFieldBatchSize: 'Antal diplomer pr. kørsel',
  diplomasFieldRegenerate: 'Lav alle diplomer igen',
  diplomasNoDate:
    'Diplomerne mangler en dato. Angiv «Dato for diplomoverrækkelse» under Indstillinger, eller giv modulerne datoer i arket «Moduler».',
  diplomasNoneEligible: 'Ingen deltagere har gennemført uddannelsen endnu, så der er ingen diplomer at lave.',
  diplomasTemplateCreated:
    'Der er lavet en diplomskabelon i mappen «{folder}». Du kan tilpasse den i Google Docs.',
  diplomasTemplateRecreated:
    'Diplomskabelonen kunne ikke findes (den er slettet, eller den er ikke lavet af tilføjelsen). Der er lavet en ny standardskabelon i mappen «{folder}».',
  diplomasTemplateNotDoc:
    'Diplomskabelonen skal være et Google Docs-dokument. Ret «Diplomskabelon» under Indstillinger, eller lad feltet være tomt.',
  diplomasDuplicateId:
    'ID {id} står mere end én gang i arket «Fremmøde». Kun den første række får et diplom.',
  diplomasNoLongerEligible:
    '{id} har et diplom, men opfylder ikke længere kravet til fremmøde. Det er ikke med i den samlede PDF.',
  diplomasCombinedFailed:
    'Den samlede PDF kunne ikke laves, fordi PDF-filen «{file}» ikke kunne læses. De enkelte diplomer er i orden.',
  diplomasFieldFileName: 'Filnavn',
  diplomasImportEmpty: 'Filen er tom. Vælg Word-filen (.docx) med dit diplom.',
  diplomasImportTooLarge: 'Filen er større end 10 MB. Gem diplomet uden store billeder i Word, og prøv igen.',
  diplomasImportNotDocx:
    'Filen er ikke et Word-dokument (.docx). Åbn dit diplom i Word, gem det som «Word-dokument (.docx)», og vælg den fil. PDF-filer og billeder kan ikke bruges.',
  diplomasPreviewUnknownId: 'Der er ingen deltager med ID «{id}» i arket «Fremmøde».',
  diplomasQuota:
    'Google tillod ikke flere dokumenter i dag. {made} nye diplomer blev lavet og er linket i «Fremmøde»; {remaining} mangler. Klik «Lav diplomer» igen i morgen, så fortsætter den, hvor den stoppede.',
  diplomasInterrupted:
    'Google svarede ikke, mens diplomerne blev lavet. {made} nye diplomer blev lavet og er linket i «Fremmøde»; {remaining} mangler. Klik «Lav diplomer» igen om lidt, så fortsætter den, hvor den stoppede.',
} as const;
