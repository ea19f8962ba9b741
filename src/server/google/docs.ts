// The Docs v1 advanced service, thinly wrapped (the `documents` scope is never requested:
// with `drive.file` the add-on may read and edit only the Docs it created itself).
/** A request as JSON: @types lacks some the API has (updateDocumentStyle's documentFormat). */
type Request = Record<string, unknown>;

function documents(): GoogleAppsScript.Docs.Collection.DocumentsCollection {
  if (typeof Docs === 'undefined' || !Docs || !Docs.Documents) {
    throw new Error('The Docs advanced service (v1) is not enabled.');
  }
  return Docs.Documents;
}

/** The whole document as the API gives it (body, headers, footers). One call. */
export function getDocument(documentId: string): Record<string, unknown> {
  return documents().get(documentId) as unknown as Record<string, unknown>;
}

/** Applies requests all or nothing. One call. */
export function batchUpdate(
  documentId: string,
  requests: Request[],
): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
  return documents().batchUpdate(
    { requests: requests as GoogleAppsScript.Docs.Schema.Request[] },
    documentId,
  );
}
