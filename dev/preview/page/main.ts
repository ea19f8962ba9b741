// The preview page's script (browser code, type-checked with the DOM library by
// tsconfig.preview.json and linted like the rest): draws the emulated sheets as tabs, the
// add-on menu, the sidebar frame, toasts, alerts and the "Drev" panel, and lets cells be
// edited inline. scripts/build.mjs --tools bundles it into the page dev/preview/chrome.ts
// serves. Every cell value, name, menu caption and file name is set with textContent.
import type { CellView, FileView, MenuView, PreviewState, RunReply, SheetView, UiView } from './wire';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the preview page`);
  return found as T;
};

let state: PreviewState | null = null;
let current = 0;
const frame = $<HTMLIFrameElement>('sb-frame');

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string | null,
  text?: string | null,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function post<T>(url: string, body?: unknown): Promise<T> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  }).then((r) => r.json() as Promise<T>);
}

function colName(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function refresh(): Promise<void> {
  return fetch('/api/state')
    .then((r) => r.json() as Promise<PreviewState>)
    .then((s) => {
      state = s;
      render();
    });
}

function render(): void {
  if (!state) return;
  $('ss-name').textContent = state.spreadsheetName;
  renderMenu(state.menus);
  const tabs = $('tabs');
  tabs.textContent = '';
  const visible = state.sheets.filter((s) => !s.hidden);
  if (current >= visible.length) current = 0;
  visible.forEach((s, i) => {
    const b = el('button', null, s.name);
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(i === current));
    b.dataset.sheet = s.name;
    b.onclick = () => {
      current = i;
      render();
    };
    tabs.appendChild(b);
  });
  renderGrid(visible[current]);
  renderDrive(state.files);
}

// Cell editing, as in Sheets: a click selects a cell (arrow keys move), a double-click, Enter,
// F2 or just typing opens the inline editor; Enter (or Tab) commits, Escape cancels, Delete
// empties the cell. A commit is POST /api/edit: the value goes in as typed input and the
// add-on's onEdit runs, then the sheet is drawn again.
interface Editing {
  td: HTMLTableCellElement;
  input: HTMLInputElement;
  sheet: string;
  r: number;
  c: number;
  original: string;
  shown: string;
}
const selected: Record<string, { r: number; c: number }> = {};
let editing: Editing | null = null;
let refocus = false;

function cellName(sheet: string, r: number, c: number): string {
  return `${sheet} ${colName(c - 1)}${r}`;
}
function cellAt(r: number, c: number): HTMLTableCellElement | null {
  return $('grid').querySelector<HTMLTableCellElement>(`td[data-r="${r}"][data-c="${c}"]`);
}
function tableOf(td: HTMLElement): HTMLTableElement {
  const table = td.closest('table');
  if (!table) throw new Error('a cell outside the grid');
  return table;
}
function select(td: HTMLTableCellElement, focus: boolean): void {
  const table = tableOf(td);
  const prev = table.querySelector<HTMLTableCellElement>('td[tabindex="0"]');
  if (prev && prev !== td) {
    prev.tabIndex = -1;
    prev.removeAttribute('aria-selected');
  }
  td.tabIndex = 0;
  td.setAttribute('aria-selected', 'true');
  selected[table.dataset.sheet ?? ''] = { r: Number(td.dataset.r), c: Number(td.dataset.c) };
  if (focus) td.focus();
}
function move(td: HTMLTableCellElement, dr: number, dc: number): HTMLTableCellElement | null {
  const next = cellAt(Math.max(1, Number(td.dataset.r) + dr), Math.max(1, Number(td.dataset.c) + dc));
  if (next) {
    select(next, true);
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  return next;
}
function openEditor(td: HTMLTableCellElement, typed: string | null): void {
  if (editing) return;
  const sheet = tableOf(td).dataset.sheet ?? '';
  const r = Number(td.dataset.r);
  const c = Number(td.dataset.c);
  const original = td.dataset.edit ?? td.textContent ?? '';
  const input = el('input');
  input.type = 'text';
  input.setAttribute('aria-label', cellName(sheet, r, c));
  input.value = typed ?? original;
  editing = { td, input, sheet, r, c, original, shown: td.textContent ?? '' };
  select(td, false);
  td.textContent = '';
  td.classList.add('editing');
  td.appendChild(input);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      const back = e.shiftKey ? -1 : 1;
      commit(e.key === 'Enter' ? back : 0, e.key === 'Tab' ? back : 0);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel(true);
    }
  });
  input.addEventListener('blur', () => {
    if (editing && editing.input === input) commit(0, 0, true);
  });
}
function close(): Editing {
  const ed = editing as Editing;
  editing = null;
  ed.td.classList.remove('editing');
  ed.td.textContent = ed.shown;
  return ed;
}
function cancel(focus: boolean): void {
  const ed = close();
  if (focus) ed.td.focus();
}
function commit(dr: number, dc: number, blurred = false): void {
  const ed = editing as Editing;
  const value = ed.input.value;
  if (value === ed.original) {
    cancel(!blurred);
    if (!blurred) move(ed.td, dr, dc);
    return;
  }
  close();
  ed.td.textContent = value;
  if (!blurred) {
    const next = move(ed.td, dr, dc) ?? ed.td;
    refocus = true;
    next.focus();
  }
  void writeCell(ed.sheet, ed.r, ed.c, value);
}
function writeCell(sheet: string, r: number, c: number, value: string): Promise<void> {
  busy(1);
  return post<RunReply>('/api/edit', { sheet, row: r, column: c, value })
    .then((res) => {
      if (!res.ok) showAlert(`Værdien blev ikke gemt i ${cellName(sheet, r, c)}`, res.error ?? '');
      applyUi(res.ui);
      refocus = refocus || $('grid').contains(document.activeElement);
      return refresh();
    })
    .catch((err: unknown) => showAlert('Fejl', String(err)))
    .then(() => busy(-1));
}

function cellOf(target: EventTarget | null): HTMLTableCellElement | null {
  return target instanceof Element ? target.closest<HTMLTableCellElement>('td[data-r]') : null;
}
$('grid').addEventListener('click', (e) => {
  const td = cellOf(e.target);
  if (td && !td.classList.contains('editing')) select(td, true);
});
$('grid').addEventListener('dblclick', (e) => {
  const td = cellOf(e.target);
  if (td) openEditor(td, null);
});
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};
$('grid').addEventListener('keydown', (e) => {
  const td = e.target;
  if (editing || !(td instanceof HTMLTableCellElement) || !td.dataset.r) return;
  const arrow = ARROWS[e.key];
  if (arrow) {
    e.preventDefault();
    move(td, arrow[0], arrow[1]);
  } else if (e.key === 'Enter' || e.key === 'F2') {
    e.preventDefault();
    openEditor(td, null);
  } else if ((e.key === 'Delete' || e.key === 'Backspace') && td.textContent !== '') {
    e.preventDefault();
    td.textContent = '';
    refocus = true;
    void writeCell(tableOf(td).dataset.sheet ?? '', Number(td.dataset.r), Number(td.dataset.c), '');
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    openEditor(td, e.key);
  }
});

function renderGrid(sheet: SheetView | undefined): void {
  const grid = $('grid');
  // An editor open on this sheet while it is redrawn (an earlier edit came back) stays open.
  const open = editing as Editing | null;
  const keep =
    open && sheet && open.sheet === sheet.name ? { r: open.r, c: open.c, value: open.input.value } : null;
  editing = null;
  const focusCell = refocus || grid.contains(document.activeElement);
  refocus = false;
  grid.textContent = '';
  if (!sheet) return;
  const table = el('table', 'cells');
  table.dataset.sheet = sheet.name;
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', `Ark ${sheet.name}`);
  const sel = selected[sheet.name] ?? { r: 1, c: 1 };
  const thead = el('thead');
  const hr = el('tr');
  hr.appendChild(el('th', 'rowhead', ''));
  const cols = Math.max(sheet.widths.length, 8);
  for (let c = 0; c < cols; c++) {
    const th = el('th', null, colName(c));
    th.style.minWidth = `${sheet.widths[c] || 100}px`;
    hr.appendChild(th);
  }
  thead.appendChild(hr);
  table.appendChild(thead);
  const tbody = el('tbody');
  const rows = Math.max(sheet.rows.length + 5, 30);
  for (let r = 0; r < rows; r++) {
    const tr = el('tr', r < sheet.frozenRows ? 'frozen' : null);
    const rh = el('th', 'rowhead', String(r + 1));
    rh.scope = 'row';
    tr.appendChild(rh);
    const line = sheet.rows[r] ?? [];
    for (let k = 0; k < cols; k++) {
      const cell: CellView = line[k] ?? { t: '' };
      const td = el('td', /^-?[\d.]+(,\d+)?( kr\.| %)?$/.test(cell.t) ? 'num' : null, cell.t);
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
  const start = cellAt(Math.min(sel.r, rows), Math.min(sel.c, cols)) ?? cellAt(1, 1);
  if (start) select(start, focusCell);
  const kept = keep && cellAt(keep.r, keep.c);
  if (keep && kept) openEditor(kept, keep.value);
}

function renderMenu(all: MenuView[]): void {
  const pop = $('menu-pop');
  pop.textContent = '';
  const menus = all.filter((m) => m.addon);
  if (!menus.length) {
    pop.appendChild(el('div', 'head', 'Ingen tilføjelsesmenu'));
    return;
  }
  pop.appendChild(el('div', 'head', 'Bydelsmødre'));
  for (const item of menus[0].items) {
    if (item.separator) {
      pop.appendChild(el('hr'));
      continue;
    }
    const b = el('button', null, item.caption ?? '');
    b.setAttribute('role', 'menuitem');
    const fn = item.functionName ?? '';
    b.dataset.fn = fn;
    b.onclick = () => {
      closeMenu();
      void run(fn, [], null);
    };
    pop.appendChild(b);
  }
}
function closeMenu(): void {
  $('menu-pop').hidden = true;
  $('ext').setAttribute('aria-expanded', 'false');
}
$('ext').onclick = (e) => {
  e.stopPropagation();
  const open = $('menu-pop').hidden;
  $('menu-pop').hidden = !open;
  $('ext').setAttribute('aria-expanded', String(open));
  if (open) $('menu-pop').querySelector('button')?.focus();
};
document.addEventListener('click', (e) => {
  if (!(e.target instanceof Node) || !$('menu-pop').contains(e.target)) closeMenu();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    closeMenu();
    $('drive').hidden = true;
  }
});

let inflight = 0;
function busy(d: number): void {
  inflight += d;
  $('busy').hidden = inflight === 0;
}

/** Answers a sidebar's google.script.run call (see shim.ts). */
type Reply = ((msg: {
  type: 'gas-result';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}) => void) & { id: number };

function run(fn: string, args: unknown[], reply: Reply | null): Promise<void> {
  busy(1);
  return post<RunReply>('/api/run', { fn, args })
    .then((res) => {
      if (reply) reply({ type: 'gas-result', id: reply.id, ok: res.ok, value: res.value, error: res.error });
      else if (!res.ok) showAlert(`Fejl i ${fn}`, res.error ?? '');
      applyUi(res.ui);
      if (res.changed) return refresh();
      return undefined;
    })
    .catch((err: unknown) => {
      if (reply) reply({ type: 'gas-result', id: reply.id, ok: false, error: String(err) });
    })
    .then(() => busy(-1));
}

function applyUi(ui: UiView | undefined): void {
  if (!ui) return;
  for (const t of ui.toasts ?? []) toast(t.title, t.message, t.timeoutSeconds);
  for (const a of ui.alerts ?? []) showAlert(a.title, a.prompt);
  if (ui.sidebar) openSidebar(ui.sidebar.title, ui.sidebar.html);
  for (const d of ui.dialogs ?? []) openSidebar(d.title, d.html);
}

function openSidebar(title: string, html: string): void {
  $('sb-title').textContent = title;
  $('side').hidden = false;
  // data-loads / data-loaded let tests wait for exactly this sidebar to finish loading.
  frame.dataset.loads = String(Number(frame.dataset.loads || 0) + 1);
  frame.srcdoc = html;
}
frame.addEventListener('load', () => {
  frame.dataset.loaded = frame.dataset.loads || '0';
});
$('sb-close').onclick = () => {
  $('side').hidden = true;
  frame.srcdoc = '';
};

function toast(title: string | undefined, message: string, seconds: number | undefined): void {
  const t = el('div', 'toast');
  if (title) t.appendChild(el('b', null, title));
  t.appendChild(el('span', null, message));
  t.setAttribute('role', 'status');
  $('toasts').appendChild(t);
  setTimeout(() => t.remove(), Math.min(Math.max(seconds || 5, 2), 8) * 1000);
}
function showAlert(title: string | undefined, text: string): void {
  $('alert-title').textContent = title || 'Bydelsmødre';
  $('alert-text').textContent = text;
  const d = $<HTMLDialogElement>('alert');
  if (!d.open) d.showModal();
}
$('alert-ok').onclick = () => $<HTMLDialogElement>('alert').close();

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== frame.contentWindow || !e.source) return;
  const m = (e.data ?? {}) as { type?: string; id?: unknown; fn?: unknown; args?: unknown };
  if (m.type === 'gas-run') {
    const source = e.source as Window;
    const reply = Object.assign((msg: unknown) => source.postMessage(msg, '*'), { id: Number(m.id) });
    void run(String(m.fn), Array.isArray(m.args) ? m.args : [], reply);
  } else if (m.type === 'gas-close') {
    $('side').hidden = true;
    frame.srcdoc = '';
  } else if (m.type === 'gas-open') {
    openDrive(typeof m.id === 'string' ? m.id : null);
  }
});

const KIND: Record<string, string> = {
  'application/vnd.google-apps.document': 'Dokument',
  'application/vnd.google-apps.folder': 'Mappe',
  'application/pdf': 'PDF',
};
function renderDrive(files: FileView[]): void {
  const list = $('drive-list');
  list.textContent = '';
  if (!files.length) {
    list.appendChild(el('li', null, 'Drevet er tomt. Diplomer og afrapportering lægges her.'));
    return;
  }
  for (const f of files) {
    const li = el('li', f.trashed ? 'trashed' : null);
    const a = el('a', null, f.name);
    a.href = `/drive/${encodeURIComponent(f.id)}`;
    a.onclick = (e) => {
      e.preventDefault();
      $<HTMLIFrameElement>('drive-view').src = a.href;
    };
    li.appendChild(a);
    const kind = KIND[f.mimeType] || f.mimeType;
    const when = f.createdTime.slice(0, 16).replace('T', ' ');
    li.appendChild(el('small', null, `${kind}${f.trashed ? ' · i papirkurven' : ''} · ${when}`));
    list.appendChild(li);
  }
}
function openDrive(id: string | null): void {
  $('drive').hidden = false;
  if (id) $<HTMLIFrameElement>('drive-view').src = `/drive/${encodeURIComponent(id)}`;
}
$('drive-btn').onclick = () => openDrive(null);
$('drive-close').onclick = () => {
  $('drive').hidden = true;
};

$('demo').onclick = () => {
  busy(1);
  void post('/api/demo')
    .then(() => {
      $('side').hidden = true;
      return refresh();
    })
    .then(() => {
      toast('', 'Demo-holdet er klar.', 4);
      busy(-1);
    });
};
$('reset').onclick = () => {
  busy(1);
  void post('/api/reset')
    .then(() => {
      $('side').hidden = true;
      return refresh();
    })
    .then(() => busy(-1));
};

(window as unknown as { preview: unknown }).preview = { run, refresh };
void refresh();
