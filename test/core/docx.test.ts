// The .docx check importTemplate makes before uploading anything (src/core/docx.ts).
import { base64Size, docxProblem, DOCX_MAX_BYTES, stripDataUrl, zipEntryNames } from '../../src/core/docx';
import { chooseBatchSize, CALL_TARGET_MS, estimateCallMs } from '../../src/core/diplomaPace';
import { diplomaDocx, zip } from '../helpers/docx';

test('a real .docx passes; its central directory is read, also from signed bytes', () => {
  const bytes = diplomaDocx();
  expect(zipEntryNames(bytes)).toContain('word/document.xml');
  expect(docxProblem(Array.from(bytes, (b) => (b > 127 ? b - 256 : b)))).toBeNull();
});

test('anything else is told apart by its bytes', () => {
  expect(docxProblem([])).toBe('empty');
  expect(docxProblem(Buffer.from('%PDF-1.4 ...........................'))).toBe('notZip');
  expect(docxProblem(zip({ 'ppt/presentation.xml': '<p/>' }))).toBe('notWord');
  expect(docxProblem(diplomaDocx().subarray(0, 300))).toBe('notZip');
  expect(docxProblem({ length: DOCX_MAX_BYTES + 1 } as ArrayLike<number>)).toBe('tooLarge');
});

test('base64 from FileReader: the data: prefix goes, the size is known before decoding', () => {
  expect(stripDataUrl('data:application/x;base64,QUJD')).toBe('QUJD');
  expect(stripDataUrl('QU JD\n')).toBe('QUJD');
  expect(stripDataUrl('***')).toBe('');
  expect(base64Size('QUJD')).toBe(3);
  expect(base64Size('QUI=')).toBe(2);
});

test('the batch size fits the call target; a normal cohort is one call', () => {
  expect(chooseBatchSize(20)).toBe(20);
  expect(chooseBatchSize(0)).toBe(1);
  expect(chooseBatchSize(500)).toBeLessThanOrEqual(50);
  expect(estimateCallMs(chooseBatchSize(500))).toBeLessThanOrEqual(CALL_TARGET_MS);
  expect(estimateCallMs(26)).toBeGreaterThan(estimateCallMs(25));
});
