// "Start fra sidste hold" on the start page of a spreadsheet not set up yet: offered only when
// the coordinator saved a setup from an earlier cohort (getSavedCohortSetup).
import { busy, notify } from '../shared/app';
import { server } from '../shared/client';
import { fill, h } from '../shared/dom';
import { errorText, showDate } from '../shared/format';
import { tr, tx } from '../shared/i18n';

/** A slot that fills with the offer once the server says a saved setup exists. */
export function fromSavedOffer(done: () => Promise<void>): HTMLElement {
  const slot = h('div', { class: 'from-saved' });
  void server
    .getSavedCohortSetup()
    .then((saved) => {
      if (!saved) return;
      const button = h(
        'button',
        { type: 'button', class: 'secondary', 'data-action': 'setup-from-saved' },
        tx('uiStartFromSaved'),
      );
      button.addEventListener('click', () => {
        void busy([button], async () => {
          try {
            const result = await server.setupWorkbook({ fromSaved: true });
            const warnings = result.warnings ?? [];
            if (warnings.length > 0) notify('warn', warnings.join(' '));
            else notify('ok', tr('uiSetupDone', { count: result.created.length + result.updated.length }));
            await done();
          } catch (error) {
            notify('error', errorText(error));
          }
        });
      });
      fill(
        slot,
        h(
          'p',
          null,
          tr('uiStartFromSavedText', {
            cohort: saved.cohortName,
            date: showDate(saved.savedAt.slice(0, 10)),
          }),
        ),
        h('div', { class: 'actions' }, button),
      );
    })
    .catch(() => fill(slot));
  return slot;
}
