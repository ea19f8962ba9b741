// Google Docs as PDF through Drive's export URL, fetched with the script's own OAuth token
// (scope `script.external_request`; the URL prefix is whitelisted in appsscript.json). One
// fetchAll for many Docs: Apps Script runs its requests in parallel, which is what keeps a
// batch of diplomas, and the combined PDF of a whole cohort, inside the 6 minutes.
const EXPORT_URL = 'https://www.googleapis.com/drive/v3/files/';

export function exportUrl(docId: string): string {
  return `${EXPORT_URL}${encodeURIComponent(docId)}/export?mimeType=application%2Fpdf`;
}

/** The PDF of each Doc, in order; throws (naming only ids and HTTP codes) when any export fails. */
export function exportPdfs(docIds: readonly string[]): GoogleAppsScript.Base.Blob[] {
  if (docIds.length === 0) return [];
  const headers = { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` };
  const responses = UrlFetchApp.fetchAll(
    docIds.map((id) => ({ url: exportUrl(id), method: 'get' as const, headers, muteHttpExceptions: true })),
  );
  return responses.map((response, i) => {
    const code = response.getResponseCode();
    if (code !== 200) throw new Error(`PDF export of ${docIds[i]} failed with HTTP ${code}`);
    return response.getBlob().setContentType('application/pdf');
  });
}
