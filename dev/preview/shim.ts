// The google.script.* client that Apps Script injects into a sidebar, for the preview: each
// google.script.run call is posted to the preview page, which runs the function in the
// emulator (POST /api/run) and posts the JSON result or the error message back. Links to
// Google Docs/Drive files open the emulated file from the preview's Drive instead. The client
// is TypeScript (page/shim.ts, DOM types), bundled by scripts/build.mjs --tools.
import { shimScript } from './page-script';

/** The sidebar's HTML with the shim as the first script of <head>. */
export function injectShim(html: string): string {
  const tag = `<script>${shimScript().replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
