// The paper attendance list (createAttendanceList): a card under the attendance form with one
// button for the module chosen above and one for all modules, and links to the Doc and the PDF.
import { busy, card, clearNotice, notify } from '../shared/app';
import { server } from '../shared/client';
import { fill, h } from '../shared/dom';
import { errorText } from '../shared/format';
import { tr, tx } from '../shared/i18n';

export interface PaperList {
  element: HTMLElement;
  /** The module chosen in the form (null while none): the first button's label follows it. */
  refresh(module: number | null): void;
}

export function paperList(): PaperList {
  let module: number | null = null;
  const forModule = h('button', {
    type: 'button',
    class: 'secondary',
    'data-action': 'attendance-list-module',
    disabled: true,
  });
  const forAll = h(
    'button',
    { type: 'button', class: 'secondary', 'data-action': 'attendance-list-all' },
    tx('uiAttendanceListAll'),
  );
  const result = h('div', { 'aria-live': 'polite' });

  const make = (options: { module?: number }) => {
    clearNotice();
    void busy([forModule, forAll], async () => {
      try {
        const { url, pdfUrl } = await server.createAttendanceList(options);
        fill(
          result,
          h(
            'div',
            { class: 'notice notice-ok' },
            h(
              'span',
              null,
              tx('uiAttendanceListReady'),
              ' ',
              h('a', { href: pdfUrl, target: '_blank', rel: 'noopener' }, tx('uiAttendanceListOpenPdf')),
              ' · ',
              h('a', { href: url, target: '_blank', rel: 'noopener' }, tx('uiAttendanceListOpenDoc')),
            ),
          ),
        );
      } catch (error) {
        fill(result);
        notify('error', errorText(error));
      }
    });
  };
  forModule.addEventListener('click', () => {
    if (module !== null) make({ module });
  });
  forAll.addEventListener('click', () => make({}));

  const element = card(
    'uiAttendanceListCard',
    h('p', { class: 'small muted' }, tx('uiAttendanceListText')),
    h('div', { class: 'actions' }, forModule, forAll),
    result,
  );
  const refresh = (m: number | null) => {
    module = m;
    forModule.textContent = m === null ? tr('uiAttendanceListAll') : tr('uiAttendanceListModule', { nr: m });
    forModule.disabled = m === null || forModule.getAttribute('aria-busy') === 'true';
  };
  refresh(null);
  return { element, refresh };
}
