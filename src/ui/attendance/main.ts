// Registrér fremmøde: one module, every enrolled woman present / excused / absent, and before
// saving a live preview of who would be "I risiko" or "Under 90 %" — computed here with the
// very rule the server uses (src/core/attendance.ts).
import type { AttendanceRow, Mark, PersonRow, Settings } from '../../shared/api';
import type { ModuleRow } from '../../shared/workbook';
import { statusLabel, summarize, type AttendanceSummary } from '../../core/attendance';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { badge, busy, card, clearNotice, notify, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, uid } from '../shared/dom';
import { errorText, showDate } from '../shared/format';
import { bindAttr, currentLang, onLanguage, tr, tx } from '../shared/i18n';
import { attendanceTone, byName } from '../shared/people';
import { todayIso } from '../shared/rules';
import { paperList } from './paperList';

type Choice = 'M' | 'A' | 'F';

interface State {
  settings: Settings;
  modules: ModuleRow[];
  rows: AttendanceRow[];
  enrolled: AttendanceRow[];
  module: number;
  choices: Map<string, Choice>;
}

const page = startPage('menuAttendance', 'attendance');
const moduleSlot = h('div', { 'aria-busy': 'true' }, skeleton(2));
const listSlot = h('div', { 'aria-busy': 'true' }, skeleton(6));
const previewSlot = h('div', { class: 'preview', 'aria-live': 'polite' });
const save = h('button', { type: 'submit', class: 'primary', disabled: true }, tx('uiAttendanceSave'));
const allPresent = h('button', { type: 'button', disabled: true }, tx('uiAttendanceAllPresent'));
const footerSummary = h('p', { class: 'small footer-summary', 'aria-hidden': 'true' });
const issuesSlot = h('div', { class: 'mark-issues', 'aria-live': 'polite' });
const form = h(
  'form',
  { novalidate: true },
  moduleSlot,
  issuesSlot,
  card('uiAttendancePreview', previewSlot),
  card('uiAttendanceWho', h('div', { class: 'actions top' }, allPresent), listSlot),
  h('div', { class: 'actions sticky' }, save, footerSummary),
);
bindAttr(form, 'aria-label', 'menuAttendance');
const paper = paperList();
fill(page.main, form, paper.element);

let state: State | null = null;

void load();

async function load(keepModule?: number): Promise<void> {
  try {
    const [modules, rows, persons, settings] = await Promise.all([
      server.getModules(),
      server.getAttendance(),
      server.listPersons(),
      page.settings,
    ]);
    const enrolledIds = new Set(persons.filter((p: PersonRow) => p.status === 'Optaget').map((p) => p.id));
    const enrolled = rows.filter((r) => enrolledIds.has(r.id)).sort(byName);
    const next = dueModule(modules, todayIso());
    const module = keepModule ?? next?.nr ?? 1;
    state = {
      settings: settings ?? ({ ...DEFAULT_SETTINGS, closedDates: [] } as Settings),
      modules,
      rows,
      enrolled,
      module,
      choices: new Map(),
    };
    resetChoices();
    render();
  } catch (error) {
    fill(moduleSlot, h('p', { class: 'error-text' }, errorText(error)));
    fill(listSlot);
    moduleSlot.setAttribute('aria-busy', 'false');
    listSlot.setAttribute('aria-busy', 'false');
  }
}

/**
 * The module that is due: the first unrecorded one dated today or earlier; else the first
 * unrecorded undated one (no dates set yet); else the first unrecorded one (dated later: the
 * sidebar says when it can be recorded); else the last module.
 */
export function dueModule(modules: readonly ModuleRow[], today: string): ModuleRow | undefined {
  const open = modules.filter((m) => !m.held);
  return (
    open.find((m) => m.date !== '' && m.date <= today) ??
    open.find((m) => m.date === '') ??
    open[0] ??
    modules[modules.length - 1]
  );
}

function isFuture(m: ModuleRow | undefined): boolean {
  return Boolean(m && m.date && m.date > todayIso());
}

/** Present by default; a module already recorded starts from the marks it has. */
function resetChoices(): void {
  if (!state) return;
  state.choices.clear();
  for (const r of state.enrolled) {
    const old = r.marks?.[state.module - 1] ?? '';
    state.choices.set(r.id, old === 'A' || old === 'F' ? old : 'M');
  }
}

function render(): void {
  if (!state) return;
  const s = state;
  const selectId = uid('module');
  const select = h(
    'select',
    { id: selectId },
    s.modules.map((m) =>
      h(
        'option',
        { value: String(m.nr) },
        tr('uiModuleNumber', { nr: m.nr }),
        m.date ? ` · ${showDate(m.date)}` : '',
        m.held ? ` (${tr('uiAttendanceRecorded')})` : '',
      ),
    ),
  );
  select.value = String(s.module);
  select.addEventListener('change', () => {
    s.module = Number(select.value);
    resetChoices();
    render();
  });
  const current = s.modules.find((m) => m.nr === s.module);
  paper.refresh(current ? current.nr : null);
  fill(
    moduleSlot,
    h(
      'div',
      { class: 'field' },
      h('label', { for: selectId }, tx('uiAttendanceModule')),
      select,
      current ? h('p', { class: 'field-hint' }, current.theme) : null,
      current?.held ? h('p', { class: 'notice notice-warn small' }, tx('uiAttendanceAlreadyRecorded')) : null,
      isFuture(current)
        ? h(
            'p',
            { class: 'notice notice-warn small future-module' },
            tr('uiAttendanceFutureModule', { nr: s.module, date: showDate(current?.date ?? '') }),
          )
        : null,
    ),
  );
  moduleSlot.setAttribute('aria-busy', 'false');
  renderIssues();

  if (!s.enrolled.length) {
    fill(listSlot, h('p', { class: 'empty' }, tx('uiAttendanceNoneEnrolled')));
  } else {
    fill(listSlot, h('ul', { class: 'list checklist' }, s.enrolled.map(participantRow)));
  }
  listSlot.setAttribute('aria-busy', 'false');
  const enabled = s.enrolled.length > 0 && s.modules.length > 0;
  save.disabled = !enabled || isFuture(current);
  allPresent.disabled = !enabled;
  renderPreview();
}

/** Missing and unknown marks in the sheet, by name: never silently counted as absence. */
function renderIssues(): void {
  if (!state) return;
  // The women she registers now (Optaget): a dropped-out woman's later modules stay empty by design.
  const withIssues = state.enrolled
    .filter((r) => (r.unrecorded?.length ?? 0) > 0 || (r.unknownMarks?.length ?? 0) > 0)
    .sort(byName);
  if (!withIssues.length) {
    fill(issuesSlot);
    return;
  }
  fill(
    issuesSlot,
    h(
      'div',
      { class: 'notice notice-warn small' },
      h('p', null, tr('uiAttendanceMarkIssues', { count: withIssues.length })),
      h(
        'ul',
        { class: 'list' },
        withIssues.map((r) => h('li', null, h('strong', null, r.name), ' – ', issueText(r))),
      ),
    ),
  );
}

function modulesText(numbers: readonly number[]): string {
  return numbers.map((n) => `M${n}`).join(', ');
}

function issueText(r: AttendanceRow): string {
  const parts: string[] = [];
  if (r.unrecorded?.length)
    parts.push(tr('uiAttendanceMissingMarks', { modules: modulesText(r.unrecorded) }));
  if (r.unknownMarks?.length)
    parts.push(tr('uiAttendanceUnknownMarks', { modules: modulesText(r.unknownMarks) }));
  return parts.join(' · ');
}

function participantRow(r: AttendanceRow): HTMLElement {
  const s = state as State;
  const group = uid('mark');
  const options: [Choice, 'uiMarkPresent' | 'uiMarkExcused' | 'uiMarkAbsent'][] = [
    ['M', 'uiMarkPresent'],
    ['A', 'uiMarkExcused'],
    ['F', 'uiMarkAbsent'],
  ];
  return h(
    'li',
    null,
    h(
      'fieldset',
      { class: 'marks' },
      h('legend', { class: 'name' }, r.name),
      r.unrecorded?.length || r.unknownMarks?.length
        ? h('p', { class: 'small mark-issue' }, issueText(r))
        : null,
      h(
        'div',
        { class: 'segmented' },
        options.map(([mark, label]) => {
          const id = uid('m');
          const input = h('input', {
            type: 'radio',
            name: group,
            id,
            value: mark,
            checked: s.choices.get(r.id) === mark,
            'data-id': r.id,
          });
          input.addEventListener('change', () => {
            s.choices.set(r.id, mark);
            renderPreview();
          });
          return h('span', { class: `choice choice-${mark}` }, input, h('label', { for: id }, tx(label)));
        }),
      ),
    ),
  );
}

/** Her marks as the rule needs them: from the server if it sends them, else from her counts. */
function marksOf(r: AttendanceRow, held: boolean[], T: number): Mark[] {
  if (r.marks) return Array.from({ length: T }, (_, i) => r.marks?.[i] ?? '');
  const marks: Mark[] = new Array<Mark>(T).fill('');
  let attended = r.attended;
  for (let i = 0; i < T; i++) {
    if (!held[i]) continue;
    marks[i] = attended > 0 ? 'M' : 'F';
    if (attended > 0) attended--;
  }
  return marks;
}

function previewOf(s: State): { row: AttendanceRow; before: AttendanceSummary; after: AttendanceSummary }[] {
  const T = s.settings.modules;
  const rule = s.settings;
  const held = Array.from({ length: T }, (_, i) => Boolean(s.modules.find((m) => m.nr === i + 1)?.held));
  const heldAfter = held.slice();
  heldAfter[s.module - 1] = true;
  return s.enrolled.map((row) => {
    const marks = marksOf(row, held, T);
    const before = summarize(marks, held, rule);
    const next = marks.slice();
    next[s.module - 1] = s.choices.get(row.id) ?? 'M';
    return { row, before, after: summarize(next, heldAfter, rule) };
  });
}

function renderPreview(): void {
  if (!state) return;
  const s = state;
  const results = previewOf(s);
  const counts = { M: 0, A: 0, F: 0 };
  for (const c of s.choices.values()) counts[c]++;
  const flagged = results.filter((r) => r.after.status === 'at_risk' || r.after.status === 'below');
  const lang = currentLang();
  const atRisk = results.filter((r) => r.after.status === 'at_risk').length;
  const below = results.filter((r) => r.after.status === 'below').length;
  fill(footerSummary, tr('uiAttendanceFooter', { atRisk, below }));
  fill(
    previewSlot,
    h('p', null, tr('uiAttendanceCounts', { present: counts.M, excused: counts.A, absent: counts.F })),
    flagged.length
      ? h(
          'ul',
          { class: 'list' },
          flagged.map(({ row, before, after }) =>
            h(
              'li',
              { class: 'row' },
              h('span', { class: 'grow' }, row.name),
              before.status !== after.status
                ? h('span', { class: 'small muted' }, tx('uiAttendanceNew'))
                : null,
              badge(statusLabel(after.status, s.settings.requiredShare, lang), attendanceTone(after.status)),
            ),
          ),
        )
      : h('p', { class: 'muted' }, tx('uiAttendanceNoneFlagged')),
  );
}

allPresent.addEventListener('click', () => {
  if (!state) return;
  for (const r of state.enrolled) state.choices.set(r.id, 'M');
  listSlot.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((i) => {
    i.checked = i.value === 'M';
  });
  renderPreview();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});

async function submit(): Promise<void> {
  if (!state) return;
  const s = state;
  clearNotice();
  const present = s.enrolled.filter((r) => s.choices.get(r.id) === 'M').map((r) => r.id);
  const excused = s.enrolled.filter((r) => s.choices.get(r.id) === 'A').map((r) => r.id);
  const module = s.module;
  // Nothing she can click changes what is being saved: the choices and the module are locked
  // until the server answers.
  const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  const wasDisabled = controls.map((c) => c.disabled);
  controls.forEach((c) => (c.disabled = true));
  form.setAttribute('aria-busy', 'true');
  await busy([save, allPresent], async () => {
    try {
      await server.recordAttendance({ module, present, excused });
      notify('ok', tr('uiAttendanceSaved', { nr: module }));
      await load(module);
    } catch (error) {
      notify('error', errorText(error));
      controls.forEach((c, i) => (c.disabled = wasDisabled[i]));
    } finally {
      form.removeAttribute('aria-busy');
    }
  });
}

onLanguage(() => render());
