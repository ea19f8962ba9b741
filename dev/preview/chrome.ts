// The preview's own page: a Sheets-like frame with the emulated sheets as tabs, the add-on
// menu (Udvidelser › Bydelsmødre), the sidebar in a 300 px iframe, toasts, alerts and a
// "Drev" panel. Cells can be edited inline (POST /api/edit runs the add-on's onEdit). Static
// markup only goes through innerHTML; every cell value, name, menu caption and file name is set
// with textContent.
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

  // Cell editing, as in Sheets: a click selects a cell (arrow keys move), a double-click, Enter,
  // F2 or just typing opens the inline editor; Enter (or Tab) commits, Escape cancels, Delete
  // empties the cell. A commit is POST /api/edit: the value goes in as typed input and the
  // add-on's onEdit runs, then the sheet is drawn again.
  var selected = {}, editing = null, refocus = false;
  function cellName(sheet, r, c) { return sheet + ' ' + colName(c - 1) + r; }
  function cellAt(r, c) { return $('grid').querySelector('td[data-r="' + r + '"][data-c="' + c + '"]'); }
  function select(td, focus) {
    var table = td.closest('table');
    var prev = table.querySelector('td[tabindex="0"]');
    if (prev && prev !== td) { prev.tabIndex = -1; prev.removeAttribute('aria-selected'); }
    td.tabIndex = 0;
    td.setAttribute('aria-selected', 'true');
    selected[table.dataset.sheet] = { r: Number(td.dataset.r), c: Number(td.dataset.c) };
    if (focus) td.focus();
  }
  function move(td, dr, dc) {
    var next = cellAt(Math.max(1, Number(td.dataset.r) + dr), Math.max(1, Number(td.dataset.c) + dc));
    if (next) { select(next, true); next.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
    return next;
  }
  function openEditor(td, typed) {
    if (editing) return;
    var sheet = td.closest('table').dataset.sheet;
    var r = Number(td.dataset.r), c = Number(td.dataset.c);
    var original = td.dataset.edit != null ? td.dataset.edit : td.textContent;
    var input = el('input');
    input.type = 'text';
    input.setAttribute('aria-label', cellName(sheet, r, c));
    input.value = typed == null ? original : typed;
    editing = { td: td, input: input, sheet: sheet, r: r, c: c, original: original, shown: td.textContent };
    select(td, false);
    td.textContent = '';
    td.classList.add('editing');
    td.appendChild(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault(); e.stopPropagation();
        commit(e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0);
      } else if (e.key === 'Escape') {
        e.preventDefault(); e.stopPropagation();
        cancel(true);
      }
    });
    input.addEventListener('blur', function () { if (editing && editing.input === input) commit(0, 0, true); });
  }
  function close() {
    var ed = editing; editing = null;
    ed.td.classList.remove('editing');
    ed.td.textContent = ed.shown;
    return ed;
  }
  function cancel(focus) { var ed = close(); if (focus) ed.td.focus(); }
  function commit(dr, dc, blurred) {
    var ed = editing, value = ed.input.value;
    if (value === ed.original) { cancel(!blurred); if (!blurred) move(ed.td, dr, dc); return; }
    close();
    ed.td.textContent = value;
    if (!blurred) { var next = move(ed.td, dr, dc) || ed.td; refocus = true; next.focus(); }
    writeCell(ed.sheet, ed.r, ed.c, value);
  }
  function writeCell(sheet, r, c, value) {
    busy(1);
    return post('/api/edit', { sheet: sheet, row: r, column: c, value: value }).then(function (res) {
      if (!res.ok) showAlert('Værdien blev ikke gemt i ' + cellName(sheet, r, c), res.error);
      applyUi(res.ui);
      refocus = refocus || $('grid').contains(document.activeElement);
      return refresh();
    }).catch(function (err) { showAlert('Fejl', String(err)); }).then(function () { busy(-1); });
  }
  $('grid').addEventListener('click', function (e) {
    var td = e.target.closest && e.target.closest('td[data-r]');
    if (td && !td.classList.contains('editing')) select(td, true);
  });
  $('grid').addEventListener('dblclick', function (e) {
    var td = e.target.closest && e.target.closest('td[data-r]');
    if (td) openEditor(td, null);
  });
  $('grid').addEventListener('keydown', function (e) {
    var td = e.target;
    if (editing || !td.dataset || !td.dataset.r) return;
    var arrows = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (arrows[e.key]) { e.preventDefault(); move(td, arrows[e.key][0], arrows[e.key][1]); }
    else if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); openEditor(td, null); }
    else if ((e.key === 'Delete' || e.key === 'Backspace') && td.textContent !== '') {
      e.preventDefault();
      td.textContent = ''; refocus = true;
      writeCell(td.closest('table').dataset.sheet, Number(td.dataset.r), Number(td.dataset.c), '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); openEditor(td, e.key); }
  });

  function renderGrid(sheet) {
    var grid = $('grid');
    // An editor open on this sheet while it is redrawn (an earlier edit came back) stays open.
    var keep = editing && sheet && editing.sheet === sheet.name ? { r: editing.r, c: editing.c, value: editing.input.value } : null;
    editing = null;
    var focusCell = refocus || grid.contains(document.activeElement);
    refocus = false;
    grid.textContent = '';
    if (!sheet) return;
    var table = el('table', 'cells');
    table.dataset.sheet = sheet.name;
    table.setAttribute('role', 'grid');
    table.setAttribute('aria-label', 'Ark ' + sheet.name);
    var sel = selected[sheet.name] || { r: 1, c: 1 };
    var thead = el('thead'), hr = el('tr');
    hr.appendChild(el('th', 'rowhead', ''));
    var cols = Math.max(sheet.widths.length, 8);
    for (var c = 0; c < cols; c++) { var th = el('th', null, colName(c)); th.style.minWidth = (sheet.widths[c] || 100) + 'px'; hr.appendChild(th); }
    thead.appendChild(hr); table.appendChild(thead);
    var tbody = el('tbody');
    var rows = Math.max(sheet.rows.length + 5, 30);
    for (var r = 0; r < rows; r++) {
      var tr = el('tr', r < sheet.frozenRows ? 'frozen' : null);
      var rh = el('th', 'rowhead', String(r + 1));
      rh.scope = 'row';
      tr.appendChild(rh);
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
        td.dataset.r = String(r + 1);
        td.dataset.c = String(k + 1);
        if (cell.e != null) td.dataset.edit = cell.e;
        td.tabIndex = -1;
        tr.appendChild(td);
      }
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    grid.appendChild(table);
    var start = cellAt(Math.min(sel.r, rows), Math.min(sel.c, cols)) || cellAt(1, 1);
    if (start) select(start, focusCell);
    var kept = keep && cellAt(keep.r, keep.c);
    if (kept) openEditor(kept, keep.value);
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
