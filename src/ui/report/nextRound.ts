// "Næste hold" in the report sidebar: keep this cohort's setup for the next one
// (saveCohortSetup) and draft the next application (createApplicationDraft).
import { busy, card, clearNotice, notify } from '../shared/app';
import { server } from '../shared/client';
import { fill, h } from '../shared/dom';
import { errorText, showDate } from '../shared/format';
import { tr, tx } from '../shared/i18n';

/** 'YYYY-MM-DD' of an ISO time stamp, in the coordinator's time zone as the browser has it. */
function dayOf(iso: string): string {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function nextRoundCard(): HTMLElement {
  const save = h(
    'button',
    { type: 'button', class: 'secondary', 'data-action': 'save-setup' },
    tx('uiSaveSetup'),
  );
  const draft = h(
    'button',
    { type: 'button', class: 'secondary', 'data-action': 'application-draft' },
    tx('uiDraftMake'),
  );
  const result = h('div', { 'aria-live': 'polite' });

  save.addEventListener('click', () => {
    clearNotice();
    void busy([save, draft], async () => {
      try {
        const { savedAt } = await server.saveCohortSetup();
        fill(
          result,
          h(
            'div',
            { class: 'notice notice-ok' },
            h('span', null, tr('uiSaveSetupDone', { date: showDate(dayOf(savedAt)) })),
          ),
        );
      } catch (error) {
        fill(result);
        notify('error', errorText(error));
      }
    });
  });
  draft.addEventListener('click', () => {
    clearNotice();
    void busy([save, draft], async () => {
      try {
        const { url } = await server.createApplicationDraft();
        fill(
          result,
          h(
            'div',
            { class: 'notice notice-ok' },
            h(
              'span',
              null,
              tx('uiDraftReady'),
              ' ',
              h('a', { href: url, target: '_blank', rel: 'noopener' }, tx('uiDraftOpen')),
            ),
          ),
        );
      } catch (error) {
        fill(result);
        notify('error', errorText(error));
      }
    });
  });
  return card(
    'uiNextRoundCard',
    h('p', { class: 'small muted' }, tx('uiNextRoundText')),
    h('div', { class: 'actions' }, save, draft),
    result,
  );
}
