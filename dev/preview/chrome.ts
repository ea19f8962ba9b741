// The preview's own page: a Sheets-like frame with the emulated sheets as tabs, the add-on
// menu (Udvidelser › Bydelsmødre), the sidebar in a 300 px iframe, toasts, alerts and a
// "Drev" panel. Cells can be edited inline (POST /api/edit runs the add-on's onEdit). This file
// holds the static markup and style; the behaviour is the TypeScript in page/main.ts (DOM
// types, bundled by scripts/build.mjs --tools), which sets every cell value, name, menu
// caption and file name with textContent.
import { pageScript } from './page-script';

const STYLE = String.raw`
* { box-sizing: border-box; }
html, body { height: 100%; }
body { margin: 0; font: 13px/1.4 'Google Sans', Roboto, 'Segoe UI', Arial, sans-serif; color: #202124; display: flex; flex-direction: column; background: #f9fbfd; }
button { font: inherit; cursor: pointer; border-radius: 4px; border: 1px solid #dadce0; background: #fff; color: #1a73e8; padding: 4px 12px; min-height: 30px; font-weight: 500; }
button:hover { background: #f1f6fe; }
button:focus-visible, a:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.top { display: flex; align-items: center; gap: 12px; padding: 8px 12px 4px; background: #fff; }
.logo { width: 26px; height: 32px; border-radius: 3px; background: #0f9d58; position: relative; flex: none; }
.logo::after { content: ''; position: absolute; left: 6px; right: 6px; top: 10px; bottom: 8px; border: 2px solid #fff; border-radius: 1px; }
.title { font-size: 17px; }
.badge { font-size: 11px; color: #5f6368; border: 1px solid #dadce0; border-radius: 10px; padding: 0 8px; }
.spacer { flex: 1; }
.menubar { display: flex; gap: 2px; padding: 0 12px 6px 50px; background: #fff; border-bottom: 1px solid #dadce0; position: relative; }
.menubar > span, .menubar > button { border: 0; background: none; color: #202124; font-weight: 400; padding: 2px 8px; min-height: 26px; }
.menubar > span { color: #80868b; }
.menubar > button[aria-expanded='true'], .menubar > button:hover { background: #e8eaed; }
.menu { position: absolute; top: 30px; min-width: 260px; background: #fff; border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.3); padding: 6px 0; z-index: 20; }
.menu .head { padding: 4px 16px; color: #5f6368; font-size: 12px; }
.menu button { display: block; width: 100%; text-align: left; border: 0; border-radius: 0; color: #202124; font-weight: 400; padding: 6px 16px 6px 28px; }
.menu button:hover, .menu button:focus { background: #e8eaed; outline: none; }
.menu hr { border: 0; border-top: 1px solid #dadce0; margin: 6px 0; }
.work { flex: 1; display: flex; min-height: 0; }
.sheet { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.grid { flex: 1; overflow: auto; background: #fff; }
table.cells { border-collapse: separate; border-spacing: 0; font-size: 12.5px; font-family: Arial, sans-serif; }
table.cells td, table.cells th { border-right: 1px solid #e2e3e3; border-bottom: 1px solid #e2e3e3; padding: 2px 4px; height: 21px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 360px; }
table.cells th { background: #f8f9fa; color: #5f6368; font-weight: 400; text-align: center; position: sticky; top: 0; z-index: 2; }
table.cells th.rowhead { position: sticky; left: 0; z-index: 1; min-width: 40px; }
table.cells thead th.rowhead { z-index: 3; }
table.cells tr.frozen td { position: sticky; top: 22px; z-index: 1; background-clip: padding-box; border-bottom: 2px solid #c0c0c0; }
table.cells td.num { text-align: right; }
table.cells td:focus { outline: 2px solid #1a73e8; outline-offset: -2px; }
table.cells td.editing { padding: 0; overflow: visible; }
table.cells td.editing input { font: inherit; width: 100%; min-width: 100%; height: 21px; border: 2px solid #1a73e8; padding: 0 2px; margin: 0; outline: none; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.tabs { display: flex; gap: 2px; padding: 0 8px; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; }
.tabs button { border: 0; border-radius: 0; background: none; color: #3c4043; font-weight: 500; padding: 8px 14px; }
.tabs button[aria-selected='true'] { background: #e1e9f7; color: #0b57d0; }
.side { width: 302px; flex: none; background: #fff; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
.side[hidden] { display: none; }
.side-head { display: flex; align-items: center; justify-content: space-between; padding: 10px 8px 10px 16px; font-size: 16px; border-bottom: 1px solid #dadce0; }
.side-head button { border: 0; font-size: 18px; color: #5f6368; min-height: 28px; padding: 0 8px; }
.side iframe { border: 0; width: 300px; flex: 1; }
.toasts { position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; gap: 8px; z-index: 40; }
.toast { background: #323232; color: #fff; padding: 10px 14px; border-radius: 4px; max-width: 360px; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.toast b { display: block; }
dialog { border: 0; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3); max-width: 440px; padding: 20px 24px; }
dialog h2 { font-size: 18px; font-weight: 400; margin: 0 0 12px; }
dialog p { white-space: pre-wrap; }
.drive { position: fixed; inset: 60px 40px 40px 40px; background: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.3); border-radius: 8px; display: flex; flex-direction: column; z-index: 30; }
.drive[hidden] { display: none; }
.drive-head { display: flex; align-items: center; justify-content: space-between; padding: 12px 16px; border-bottom: 1px solid #dadce0; font-size: 16px; }
.drive-body { flex: 1; display: flex; min-height: 0; }
.drive-list { width: 380px; overflow: auto; border-right: 1px solid #dadce0; margin: 0; padding: 0; list-style: none; }
.drive-list li { padding: 6px 12px; border-bottom: 1px solid #f1f3f4; }
.drive-list li.trashed { opacity: .55; }
.drive-list a { color: #1a73e8; }
.drive-list small { display: block; color: #5f6368; }
.drive iframe { flex: 1; border: 0; background: #f1f3f4; }
.busy { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); background: #feefc3; padding: 4px 12px; border-radius: 4px; z-index: 50; }
`;

/** The preview page: markup, style and the bundled script of page/main.ts. */
export const chromeHtml = (): string => `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Bydelsmødre – lokal forhåndsvisning</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
  <div class="logo" aria-hidden="true"></div>
  <div class="title" id="ss-name">Regneark</div>
  <span class="badge">Lokal forhåndsvisning · Apps Script-emulator</span>
  <div class="spacer"></div>
  <button type="button" id="demo">Fyld med demo-hold</button>
  <button type="button" id="reset">Tomt regneark</button>
  <button type="button" id="drive-btn">Drev</button>
</header>
<nav class="menubar" aria-label="Menulinje">
  <span>Filer</span><span>Rediger</span><span>Vis</span><span>Indsæt</span><span>Formatér</span><span>Data</span><span>Værktøjer</span>
  <button type="button" id="ext" aria-haspopup="true" aria-expanded="false">Udvidelser</button>
  <span>Hjælp</span>
  <div class="menu" id="menu-pop" role="menu" hidden style="left: 430px"></div>
</nav>
<div class="work">
  <main class="sheet">
    <div class="grid" id="grid" aria-label="Regnearkets celler"></div>
    <div class="tabs" id="tabs" role="tablist" aria-label="Ark"></div>
  </main>
  <aside class="side" id="side" hidden aria-label="Sidepanel">
    <div class="side-head"><span id="sb-title"></span><button type="button" id="sb-close" aria-label="Luk sidepanelet">×</button></div>
    <iframe id="sb-frame" title="Sidepanel"></iframe>
  </aside>
</div>
<section class="drive" id="drive" hidden aria-label="Drev">
  <div class="drive-head"><span>Drev (emuleret)</span><button type="button" id="drive-close" aria-label="Luk Drev">×</button></div>
  <div class="drive-body"><ul class="drive-list" id="drive-list"></ul><iframe id="drive-view" title="Fil"></iframe></div>
</section>
<div class="toasts" id="toasts" aria-live="polite"></div>
<div class="busy" id="busy" hidden>Arbejder …</div>
<dialog id="alert"><h2 id="alert-title"></h2><p id="alert-text"></p><div style="text-align:right"><button type="button" id="alert-ok">OK</button></div></dialog>
<script>${pageScript().replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>`;
