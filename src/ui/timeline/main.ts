// Tidsplan: every activity with its status, overdue ones flagged, status changed in place.
import type { TimelineRow } from '../../shared/budget';
import { TIMELINE_STATUS_LABELS } from '../../shared/budget';
import { badge, busy, clearNotice, notify, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill, uid } from '../shared/dom';
import { errorText, showDate } from '../shared/format';
import { currentLang, onLanguage, tr, tx } from '../shared/i18n';
import { timelineStatusLabel } from '../../core/i18n/statuses';

const page = startPage('menuTimeline', 'timeline');
let rows: TimelineRow[] = [];
let hideDone = false;

const hideId = uid('hide');
const hideBox = h('input', { type: 'checkbox', id: hideId });
const summary = h('p', { class: 'small muted', 'aria-live': 'polite' });
const listSlot = h('div', { 'aria-busy': 'true' }, skeleton(8));
const undoSlot = h('div', { class: 'undo-slot', 'aria-live': 'polite' });
/** The last change made here, which "Fortryd" sets back. */
let lastChange: { row: number; activity: string; from: string } | null = null;

fill(
  page.main,
  h('div', { class: 'field field-checkbox' }, hideBox, h('label', { for: hideId }, tx('uiTimelineHideDone'))),
  summary,
  undoSlot,
  listSlot,
);
hideBox.addEventListener('change', () => {
  hideDone = hideBox.checked;
  render();
});
onLanguage(render);

void (async () => {
  try {
    rows = await server.getTimeline();
    render();
  } catch (error) {
    fill(listSlot, h('p', { class: 'error-text' }, errorText(error)));
  } finally {
    listSlot.setAttribute('aria-busy', 'false');
  }
})();

function render(): void {
  const overdue = rows.filter((r) => r.overdue).length;
  const done = rows.filter((r) => r.status === 'Færdig').length;
  fill(summary, tr('uiTimelineSummary', { done, total: rows.length, overdue }));
  const shown = rows.filter((r) => !hideDone || r.status !== 'Færdig');
  if (!rows.length) {
    fill(listSlot, h('p', { class: 'empty' }, tx('uiTimelineEmpty')));
    return;
  }
  fill(listSlot, h('ul', { class: 'list timeline' }, shown.map(item)));
}

function item(r: TimelineRow): HTMLElement {
  const id = uid('st');
  const select = h(
    'select',
    { id },
    TIMELINE_STATUS_LABELS.map((s) => h('option', { value: s }, timelineStatusLabel(s, currentLang()))),
    (TIMELINE_STATUS_LABELS as readonly string[]).includes(r.status)
      ? null
      : h('option', { value: r.status }, r.status || '–'),
  );
  select.value = r.status;
  const confirmSlot = h('div', { class: 'confirm-slot' });
  const change = h(
    'button',
    { type: 'button', class: 'secondary small-button', hidden: true },
    tx('uiTimelineChangeButton'),
  );
  // Choosing (also with the arrow keys) saves nothing; the button asks first.
  select.addEventListener('change', () => {
    change.hidden = select.value === r.status;
    fill(confirmSlot);
  });
  change.addEventListener('click', () =>
    fill(confirmSlot, confirmBox(r, select.value, select, change, confirmSlot)),
  );
  return h(
    'li',
    { class: r.overdue ? 'overdue' : '', 'data-row': String(r.row) },
    h(
      'div',
      { class: 'row' },
      h('span', { class: 'small muted' }, r.month),
      r.overdue ? badge(tr('uiTimelineOverdue'), 'red') : null,
    ),
    h('div', { class: 'name' }, r.activity),
    h(
      'div',
      { class: 'small muted' },
      r.responsible ? tr('uiTimelineResponsible', { who: r.responsible }) : '',
      r.responsible && r.deadline ? ' · ' : '',
      r.deadline ? `${tr('uiTimelineDeadline')}: ${showDate(r.deadline)}` : '',
    ),
    r.note ? h('div', { class: 'small' }, r.note) : null,
    h(
      'div',
      { class: 'inline-field' },
      h('label', { for: id, class: 'small' }, tx('uiTimelineStatus')),
      select,
      change,
    ),
    confirmSlot,
  );
}

function confirmBox(
  r: TimelineRow,
  to: string,
  select: HTMLSelectElement,
  change: HTMLButtonElement,
  slot: HTMLElement,
): HTMLElement {
  const cancel = h('button', { type: 'button', class: 'secondary' }, tx('uiCancel'));
  const ok = h('button', { type: 'button', class: 'primary' }, tx('uiStatusConfirm'));
  cancel.addEventListener('click', () => {
    select.value = r.status;
    change.hidden = true;
    fill(slot);
  });
  ok.addEventListener('click', () => void busy([ok, cancel], () => save(r, to, true)));
  setTimeout(() => ok.focus(), 0);
  return h(
    'div',
    { class: 'confirm notice notice-info', role: 'group' },
    h(
      'p',
      { class: 'confirm-title' },
      tr('uiTimelineConfirmTitle', {
        activity: r.activity,
        from: r.status ? timelineStatusLabel(r.status, currentLang()) : '–',
        to: timelineStatusLabel(to, currentLang()),
      }),
    ),
    h('p', { class: 'small' }, tr(to === 'Færdig' ? 'uiTimelineFollowsDone' : 'uiTimelineFollowsOpen')),
    h('div', { class: 'actions' }, ok, cancel),
  );
}

async function save(r: TimelineRow, to: string, remember: boolean): Promise<void> {
  clearNotice();
  try {
    rows = await server.setTimelineStatus(r.row, to);
    const shown = timelineStatusLabel(to, currentLang());
    notify(
      'ok',
      remember
        ? tr('uiTimelineSaved', { activity: r.activity, status: shown })
        : tr('uiTimelineUndoDone', { activity: r.activity, status: shown }),
    );
    lastChange =
      remember && (TIMELINE_STATUS_LABELS as readonly string[]).includes(r.status)
        ? { row: r.row, activity: r.activity, from: r.status }
        : null;
    render();
    renderUndo();
  } catch (error) {
    notify('error', errorText(error));
  }
}

function renderUndo(): void {
  if (!lastChange) {
    fill(undoSlot);
    return;
  }
  const change = lastChange;
  const current = rows.find((x) => x.row === change.row);
  const undo = h(
    'button',
    { type: 'button', class: 'secondary undo' },
    tx('uiUndo'),
    `: «${change.activity}» → ${change.from}`,
  );
  undo.addEventListener('click', () => {
    if (current) void busy([undo], () => save(current, change.from, false));
  });
  fill(undoSlot, h('div', { class: 'actions' }, undo));
}
