// Tidsplan: every activity with its status, overdue ones flagged, status changed in place.
import type { TimelineRow } from '../../shared/budget';
import { TIMELINE_STATUS_LABELS } from '../../shared/budget';
import { badge, clearNotice, notify, skeleton, startPage } from '../shared/app';
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

fill(page.main, h('div', { class: 'field field-checkbox' }, hideBox, h('label', { for: hideId }, tx('uiTimelineHideDone'))), summary, listSlot);
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
    (TIMELINE_STATUS_LABELS as readonly string[]).includes(r.status) ? null : h('option', { value: r.status }, r.status || '–'),
  );
  select.value = r.status;
  select.addEventListener('change', () => void change(r, select));
  return h(
    'li',
    { class: r.overdue ? 'overdue' : '' },
    h('div', { class: 'row' }, h('span', { class: 'small muted' }, r.month), r.overdue ? badge(tr('uiTimelineOverdue'), 'red') : null),
    h('div', { class: 'name' }, r.activity),
    h(
      'div',
      { class: 'small muted' },
      r.responsible ? tr('uiTimelineResponsible', { who: r.responsible }) : '',
      r.responsible && r.deadline ? ' · ' : '',
      r.deadline ? `${tr('uiTimelineDeadline')}: ${showDate(r.deadline)}` : '',
    ),
    r.note ? h('div', { class: 'small' }, r.note) : null,
    h('div', { class: 'inline-field' }, h('label', { for: id, class: 'small' }, tx('uiTimelineStatus')), select),
  );
}

async function change(r: TimelineRow, select: HTMLSelectElement): Promise<void> {
  clearNotice();
  const from = r.status;
  select.disabled = true;
  select.setAttribute('aria-busy', 'true');
  try {
    rows = await server.setTimelineStatus(r.row, select.value);
    notify('ok', tr('uiTimelineSaved', { activity: r.activity, status: timelineStatusLabel(select.value, currentLang()) }));
    render();
  } catch (error) {
    select.value = from;
    select.disabled = false;
    select.removeAttribute('aria-busy');
    notify('error', errorText(error));
  }
}
