import type { diplomas as da } from '../da/diplomas';

export const diplomas: Record<keyof typeof da, string> = {
  diplomasLeftOutNotCompleted: 'Has not completed the training with enough attendance.',
  diplomasLeftOutBelow: 'Attended {attended} of {required} required modules',
  diplomasLeftOutNotFinished:
    'The training is not over: {held} of {total} modules held ({attended} attended, {required} required)',
  diplomasLeftOutDroppedOut: 'Dropped out',
  diplomasLeftOutNotEnrolled: 'Is in “Fremmøde” but has the status “{status}” in “Personer”',
  diplomasLeftOutNoName: 'The name is missing, so no diploma can be made',
  diplomasMissingField: 'The template lacks the field {field}.',
  diplomasUnknownField:
    'The template has the field {field}, which the add-on does not know. It stays as it is on the diplomas.',
  diplomasEmptySetting: '“{field}” is empty in the settings, so that place on the diplomas is blank.',
  diplomasFieldBatchSize: 'Diplomas per run',
  diplomasFieldRegenerate: 'Make all diplomas again',
  diplomasNoDate:
    'The diplomas have no date. Set “Diploma ceremony date” in the settings, or give the modules dates in the “Moduler” sheet.',
  diplomasNoneEligible: 'No participant has completed the training yet, so there are no diplomas to make.',
  diplomasTemplateCreated:
    'A diploma template was made in the folder “{folder}”. You can restyle it in Google Docs.',
  diplomasTemplateRecreated:
    'The diploma template could not be found (it was deleted, or the add-on did not make it). A new default template was made in the folder “{folder}”.',
  diplomasTemplateNotDoc:
    'The diploma template must be a Google Docs document. Correct “Diploma template” in the settings, or leave it empty.',
  diplomasDuplicateId:
    'ID {id} appears more than once in the “Fremmøde” sheet. Only the first row gets a diploma.',
  diplomasNoLongerEligible:
    '{id} has a diploma but no longer meets the attendance requirement. It is not in the combined PDF.',
  diplomasCombinedFailed:
    'The combined PDF could not be made because the PDF file “{file}” could not be read. The individual diplomas are fine.',
  diplomasFieldFileName: 'File name',
  diplomasImportEmpty: 'The file is empty. Choose the Word file (.docx) with your diploma.',
  diplomasImportTooLarge:
    'The file is larger than 10 MB. Save the diploma without large pictures in Word and try again.',
  diplomasImportNotDocx:
    'The file is not a Word document (.docx). Open your diploma in Word, save it as “Word Document (.docx)”, and choose that file. PDF files and pictures cannot be used.',
  diplomasPreviewUnknownId: 'There is no participant with ID “{id}” in the sheet “Fremmøde”.',
  diplomasQuota:
    'Google allowed no more documents today. {made} new diplomas were made and are linked in “Fremmøde”; {remaining} are still to do. Click “Make diplomas” again tomorrow and it carries on where it stopped.',
  diplomasInterrupted:
    'Google stopped answering while the diplomas were being made. {made} new diplomas were made and are linked in “Fremmøde”; {remaining} are still to do. Click “Make diplomas” again in a moment and it carries on where it stopped.',
};
