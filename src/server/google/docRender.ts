// A Google Doc from a ReportDoc (paragraphs with styles and one table), by the technique of
// Google's "Work with tables" guide that createReport uses: one batchUpdate writes the
// paragraphs and inserts the empty table (and sets the page), one Documents.get learns where
// the table's cells start, one batchUpdate fills them from the last cell back. 3 Docs calls.
import type { ReportDoc } from '../../core/report';
import { reportRequests, tableCellStarts, tableFillRequests, type TableLook } from '../api/report';
import { batchUpdate, getDocument } from './docs';

export interface Page {
  landscape: boolean;
}

const A4 = { width: 595, height: 842 };
const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

/**
 * Column widths in points (null: the column shares what is left). Sent in the same batch as the
 * cell texts: the table's start index does not move when text goes into its cells.
 */
export function columnWidthRequests(
  tableStart: number,
  widths: readonly (number | null)[],
): Record<string, unknown>[] {
  return widths.flatMap((width, column) =>
    width === null
      ? []
      : [
          {
            updateTableColumnProperties: {
              tableStartLocation: { index: tableStart },
              columnIndices: [column],
              tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(width) },
              fields: 'widthType,width',
            },
          },
        ],
  );
}

export function renderDoc(
  docId: string,
  doc: ReportDoc,
  look: TableLook,
  page?: Page,
  widths?: readonly (number | null)[],
): void {
  const requests = reportRequests(doc);
  if (page) {
    const size = page.landscape
      ? { width: pt(A4.height), height: pt(A4.width) }
      : { width: pt(A4.width), height: pt(A4.height) };
    requests.push({
      updateDocumentStyle: {
        documentStyle: {
          pageSize: size,
          marginTop: pt(40),
          marginBottom: pt(40),
          marginLeft: pt(40),
          marginRight: pt(40),
        },
        fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    });
  }
  batchUpdate(docId, requests);
  const document = getDocument(docId) as GoogleAppsScript.Docs.Schema.Document;
  const starts = tableCellStarts(document);
  const tableStart = (document.body?.content ?? []).find((c) => c.table)?.startIndex;
  const columns = widths && typeof tableStart === 'number' ? columnWidthRequests(tableStart, widths) : [];
  batchUpdate(docId, [...tableFillRequests(doc.table.rows, starts, look), ...columns]);
}
