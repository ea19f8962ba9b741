// The preview's own page: a Sheets-like frame with the emulated sheets as tabs, the add-on
// menu (Udvidelser › Bydelsmødre), the sidebar in a 300 px iframe, toasts, alerts and a
// "Drev" panel. Static markup only goes through innerHTML; every cell value, name, menu
// caption and file name is set with textContent.
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

const SCRIPT = String.raw`
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var state = null, current = 0;
  var frame = $('sb-frame');

  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}) }).then(function (r) { return r.json(); });
  }
  function colName(n) { var s = ''; n++; while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }

  function refresh() {
    return fetch('/api/state').then(function (r) { return r.json(); }).then(function (s) { state = s; render(); });
  }

  function render() {
    $('ss-name').textContent = state.spreadsheetName;
    renderMenu();
    var tabs = $('tabs'); tabs.textContent = '';
    var visible = state.sheets.filter(function (s) { return !s.hidden; });
    if (current >= visible.length) current = 0;
    visible.forEach(function (s, i) {
      var b = el('button', null, s.name);
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(i === current));
      b.dataset.sheet = s.name;
      b.onclick = function () { current = i; render(); };
      tabs.appendChild(b);
    });
    renderGrid(visible[current]);
    renderDrive();
  }

  function renderGrid(sheet) {
    var grid = $('grid'); grid.textContent = '';
    if (!sheet) return;
    var table = el('table', 'cells');
    table.dataset.sheet = sheet.name;
    var thead = el('thead'), hr = el('tr');
    hr.appendChild(el('th', 'rowhead', ''));
    var cols = Math.max(sheet.widths.length, 8);
    for (var c = 0; c < cols; c++) { var th = el('th', null, colName(c)); th.style.minWidth = (sheet.widths[c] || 100) + 'px'; hr.appendChild(th); }
    thead.appendChild(hr); table.appendChild(thead);
    var tbody = el('tbody');
    var rows = Math.max(sheet.rows.length + 5, 30);
    for (var r = 0; r < rows; r++) {
      var tr = el('tr', r < sheet.frozenRows ? 'frozen' : null);
      tr.appendChild(el('th', 'rowhead', String(r + 1)));
      var line = sheet.rows[r] || [];
      for (var k = 0; k < cols; k++) {
        var cell = line[k] || { t: '' };
        var td = el('td', /^-?[\d.]+(,\d+)?( kr\.| %)?$/.test(cell.t) ? 'num' : null, cell.t);
        if (cell.bg) td.style.background = cell.bg;
        if (cell.fc) td.style.color = cell.fc;
        if (cell.b) td.style.fontWeight = 'bold';
        if (cell.i) td.style.fontStyle = 'italic';
        if (cell.al) td.style.textAlign = cell.al;
        if (r < sheet.frozenRows && !cell.bg) td.style.background = '#fff';
        td.title = cell.t;
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    grid.appendChild(table);
  }

  function renderMenu() {
    var pop = $('menu-pop'); pop.textContent = '';
    var menus = state.menus.filter(function (m) { return m.addon; });
    if (!menus.length) { pop.appendChild(el('div', 'head', 'Ingen tilføjelsesmenu')); return; }
    pop.appendChild(el('div', 'head', 'Bydelsmødre'));
    menus[0].items.forEach(function (item) {
      if (item.separator) { pop.appendChild(el('hr')); return; }
      var b = el('button', null, item.caption);
      b.setAttribute('role', 'menuitem');
      b.dataset.fn = item.functionName;
      b.onclick = function () { closeMenu(); run(item.functionName, [], null); };
      pop.appendChild(b);
    });
  }
  function closeMenu() { $('menu-pop').hidden = true; $('ext').setAttribute('aria-expanded', 'false'); }
  $('ext').onclick = function (e) {
    e.stopPropagation();
    var open = $('menu-pop').hidden;
    $('menu-pop').hidden = !open;
    $('ext').setAttribute('aria-expanded', String(open));
    if (open) { var first = $('menu-pop').querySelector('button'); if (first) first.focus(); }
  };
  document.addEventListener('click', function (e) { if (!$('menu-pop').contains(e.target)) closeMenu(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { closeMenu(); $('drive').hidden = true; } });

  var inflight = 0;
  function busy(d) { inflight += d; $('busy').hidden = inflight === 0; }

  function run(fn, args, reply) {
    busy(1);
    return post('/api/run', { fn: fn, args: args }).then(function (res) {
      if (reply) reply({ type: 'gas-result', id: reply.id, ok: res.ok, value: res.value, error: res.error });
      else if (!res.ok) showAlert('Fejl i ' + fn, res.error);
      applyUi(res.ui);
      if (res.changed) return refresh();
    }).catch(function (err) {
      if (reply) reply({ type: 'gas-result', id: reply.id, ok: false, error: String(err) });
    }).then(function () { busy(-1); });
  }

  function applyUi(ui) {
    if (!ui) return;
    (ui.toasts || []).forEach(function (t) { toast(t.title, t.message, t.timeoutSeconds); });
    (ui.alerts || []).forEach(function (a) { showAlert(a.title, a.prompt); });
    if (ui.sidebar) openSidebar(ui.sidebar.title, ui.sidebar.html);
    (ui.dialogs || []).forEach(function (d) { openSidebar(d.title, d.html); });
  }

  function openSidebar(title, html) {
    $('sb-title').textContent = title;
    $('side').hidden = false;
    // data-loads / data-loaded let tests wait for exactly this sidebar to finish loading.
    frame.dataset.loads = String(Number(frame.dataset.loads || 0) + 1);
    frame.srcdoc = html;
  }
  frame.addEventListener('load', function () { frame.dataset.loaded = frame.dataset.loads || '0'; });
  $('sb-close').onclick = function () { $('side').hidden = true; frame.srcdoc = ''; };

  function toast(title, message, seconds) {
    var t = el('div', 'toast');
    if (title) t.appendChild(el('b', null, title));
    t.appendChild(el('span', null, message));
    t.setAttribute('role', 'status');
    $('toasts').appendChild(t);
    setTimeout(function () { t.remove(); }, Math.min(Math.max(seconds || 5, 2), 8) * 1000);
  }
  function showAlert(title, text) {
    $('alert-title').textContent = title || 'Bydelsmødre';
    $('alert-text').textContent = text;
    var d = $('alert');
    if (!d.open) d.showModal();
  }
  $('alert-ok').onclick = function () { $('alert').close(); };

  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow) return;
    var m = e.data || {};
    if (m.type === 'gas-run') {
      var source = e.source;
      var reply = function (msg) { source.postMessage(msg, '*'); };
      reply.id = m.id;
      run(m.fn, m.args || [], reply);
    } else if (m.type === 'gas-close') {
      $('side').hidden = true; frame.srcdoc = '';
    } else if (m.type === 'gas-open') {
      openDrive(m.id);
    }
  });

  var KIND = { 'application/vnd.google-apps.document': 'Dokument', 'application/vnd.google-apps.folder': 'Mappe', 'application/pdf': 'PDF' };
  function renderDrive() {
    var list = $('drive-list'); list.textContent = '';
    var files = state.files;
    if (!files.length) { list.appendChild(el('li', null, 'Drevet er tomt. Diplomer og afrapportering lægges her.')); return; }
    files.forEach(function (f) {
      var li = el('li', f.trashed ? 'trashed' : null);
      var a = el('a', null, f.name);
      a.href = '/drive/' + encodeURIComponent(f.id);
      a.onclick = function (e) { e.preventDefault(); $('drive-view').src = a.href; };
      li.appendChild(a);
      li.appendChild(el('small', null, (KIND[f.mimeType] || f.mimeType) + (f.trashed ? ' · i papirkurven' : '') + ' · ' + f.createdTime.slice(0, 16).replace('T', ' ')));
      list.appendChild(li);
    });
  }
  function openDrive(id) {
    $('drive').hidden = false;
    if (id) $('drive-view').src = '/drive/' + encodeURIComponent(id);
  }
  $('drive-btn').onclick = function () { openDrive(null); };
  $('drive-close').onclick = function () { $('drive').hidden = true; };

  $('demo').onclick = function () {
    busy(1);
    post('/api/demo').then(function () { $('side').hidden = true; return refresh(); }).then(function () { toast('', 'Demo-holdet er klar.', 4); busy(-1); });
  };
  $('reset').onclick = function () {
    busy(1);
    post('/api/reset').then(function () { $('side').hidden = true; return refresh(); }).then(function () { busy(-1); });
  };

  window.preview = { run: run, refresh: refresh };
  refresh();
})();
`;

export const CHROME_HTML = `<!doctype html>
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
<script>${SCRIPT}</script>
</body>
</html>`;
