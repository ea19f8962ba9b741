// Hjælp: a short guide per task. Opened from another sidebar it shows that task's section
// (a hint in localStorage, or #section); opened on its own it starts at the contents.
import type { MessageKey } from '../../core/i18n';
import { pageButton, startPage } from '../shared/app';
import { h, fill } from '../shared/dom';
import { tx } from '../shared/i18n';
import { takeHelpHint, type PageName } from '../shared/nav';

interface Section {
  id: PageName;
  title: MessageKey;
  steps: MessageKey[];
}

const SECTIONS: Section[] = [
  { id: 'start', title: 'menuStart', steps: ['uiHelpStart1', 'uiHelpStart2', 'uiHelpStart3'] },
  { id: 'person', title: 'menuNewPerson', steps: ['uiHelpPerson1', 'uiHelpPerson2', 'uiHelpPerson3'] },
  {
    id: 'recruitment',
    title: 'menuRecruitment',
    steps: ['uiHelpRecruitment1', 'uiHelpRecruitment2', 'uiHelpRecruitment3'],
  },
  {
    id: 'attendance',
    title: 'menuAttendance',
    steps: ['uiHelpAttendance1', 'uiHelpAttendance2', 'uiHelpAttendance3', 'uiHelpAttendance4'],
  },
  { id: 'expense', title: 'menuExpense', steps: ['uiHelpExpense1', 'uiHelpExpense2'] },
  { id: 'timeline', title: 'menuTimeline', steps: ['uiHelpTimeline1', 'uiHelpTimeline2'] },
  { id: 'diplomas', title: 'menuDiplomas', steps: ['uiHelpDiplomas1', 'uiHelpDiplomas2', 'uiHelpDiplomas3'] },
  { id: 'report', title: 'menuReport', steps: ['uiHelpReport1', 'uiHelpReport2'] },
  { id: 'privacy', title: 'menuPrivacy', steps: ['uiHelpPrivacy1', 'uiHelpPrivacy2', 'uiHelpPrivacy3'] },
  { id: 'settings', title: 'menuSettings', steps: ['uiHelpSettings1', 'uiHelpSettings2'] },
];

const page = startPage('menuHelp', null);
const headings = new Map<string, HTMLElement>();

fill(
  page.main,
  h('p', null, tx('uiHelpIntro')),
  h(
    'nav',
    { 'aria-labelledby': 'toc-title', class: 'toc' },
    h('h2', { id: 'toc-title' }, tx('uiHelpContents')),
    h(
      'ul',
      { class: 'toc-list' },
      SECTIONS.map((s) =>
        h('li', null, h('button', { type: 'button', class: 'link', onclick: () => show(s.id) }, tx(s.title))),
      ),
    ),
  ),
  SECTIONS.map((s) => {
    const heading = h('h2', { id: `help-${s.id}`, tabindex: -1 }, tx(s.title));
    headings.set(s.id, heading);
    return h(
      'section',
      { class: 'card help-section', 'aria-labelledby': `help-${s.id}`, 'data-section': s.id },
      heading,
      h(
        'ol',
        null,
        s.steps.map((step) => h('li', null, tx(step))),
      ),
      s.id !== 'start' ? h('div', { class: 'actions' }, pageButton(s.id, 'uiHelpOpenTask')) : null,
    );
  }),
);

function show(id: string): void {
  const heading = headings.get(id);
  if (!heading) return;
  for (const el of page.main.querySelectorAll('.help-section'))
    el.classList.toggle('current', el.contains(heading));
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

const hint = takeHelpHint();
if (hint) show(hint);
window.addEventListener('hashchange', () => show(window.location.hash.replace(/^#/, '')));
