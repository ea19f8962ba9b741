// Afrapportering: the figures the municipality's report will hold, and one button that makes
// the report as a Google Doc and links to it.
import type { Overview } from '../../shared/budget';
import { busy, card, clearNotice, notify, region, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { errorText, showDate, showMoney } from '../shared/format';
import { onLanguage, tr, tx } from '../shared/i18n';
import { nextRoundCard } from './nextRound';

const page = startPage('menuReport', 'report');
let overview: Overview | null = null;

const figures = region(async () => {
  overview = await server.getOverview();
  return figuresOf(overview);
}, 7);

const make = h('button', { type: 'button', class: 'primary' }, tx('uiReportMake'));
const result = h('div', { 'aria-live': 'polite' });

fill(
  page.main,
  h('p', null, tx('uiReportIntro')),
  card('uiReportFigures', figures),
  h('div', { class: 'actions' }, make),
  result,
  nextRoundCard(),
);
onLanguage(() => {
  if (overview) fill(figures, figuresOf(overview));
});

make.addEventListener('click', () => {
  clearNotice();
  void busy([make], async () => {
    try {
      const { url } = await server.createReport();
      fill(
        result,
        h(
          'div',
          { class: 'notice notice-ok' },
          h(
            'span',
            null,
            tx('uiReportReady'),
            ' ',
            h('a', { href: url, target: '_blank', rel: 'noopener' }, tx('uiReportOpen')),
          ),
        ),
      );
    } catch (error) {
      notify('error', errorText(error));
    }
  });
});

function figuresOf(o: Overview): HTMLElement {
  const row = (label: Parameters<typeof tx>[0], value: string) => [
    h('dt', null, tx(label)),
    h('dd', null, value),
  ];
  return h(
    'div',
    null,
    h(
      'dl',
      { class: 'kv' },
      row('uiReportApplicants', String(o.recruitment?.applicants ?? 0)),
      row('uiReportAdmitted', String(o.recruitment?.admitted ?? 0)),
      row('uiReportCompleted', String(o.attendance?.completed ?? 0)),
      row('uiReportDiplomas', String(o.diplomas?.made ?? 0)),
      row('uiBudgetTotal', showMoney(o.budget?.budget ?? 0)),
      row('uiBudgetSpent', showMoney(o.budget?.spent ?? 0)),
      row('uiBudgetRemaining', showMoney(o.budget?.remaining ?? 0)),
    ),
    o.asOf ? h('p', { class: 'small muted' }, tr('uiReportAsOf', { date: showDate(o.asOf) })) : null,
  );
}
