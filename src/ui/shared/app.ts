// The frame every sidebar shares: a header with the page title and a help button, one
// aria-live message area, the settings (language) loaded in the background, and the busy
// state of buttons while a server call runs. The shell paints at once; data fill in later.
import type { Settings } from '../../shared/api';
import type { MessageKey, MessageParams } from '../../core/i18n';
import { server } from './client';
import { h, fill, type Child } from './dom';
import { errorText } from './format';
import { bindAttr, onLanguage, setLanguage, tr, tx } from './i18n';
import { openHelp, openPage, type PageName } from './nav';

export interface Page {
  main: HTMLElement;
  /** A line of context at the top, next to the help button (e.g. the cohort's name). */
  subtitle: HTMLElement;
  /** Resolves with the cohort's settings (null if they could not be read: then Danish). */
  settings: Promise<Settings | null>;
}

let messageArea: HTMLElement | null = null;

export function startPage(title: MessageKey, helpSection: PageName | null): Page {
  const body = document.body;
  const main = h('main', { id: 'main' });
  const subtitle = h('p', { class: 'subtitle' });
  messageArea = h('div', { class: 'messages', role: 'status', 'aria-live': 'polite' });
  const helpButton =
    helpSection &&
    bindAttr(
      h(
        'button',
        { type: 'button', class: 'help-button', onclick: () => navigate(() => openHelp(helpSection)) },
        h('span', { 'aria-hidden': 'true', class: 'help-icon' }, '?'),
        tx('menuHelp'),
      ),
      'title',
      'uiHelpButton',
    );
  // Sheets shows the title above the sidebar, so the page's own h1 is for screen readers only.
  fill(
    body,
    h(
      'header',
      { class: 'page-header' },
      h('h1', { class: 'visually-hidden' }, tx(title)),
      subtitle,
      helpButton,
    ),
    messageArea,
    main,
  );
  document.title = tr(title);
  onLanguage(() => {
    document.title = tr(title);
  });
  const settings = server
    .getSettings()
    .then((s) => {
      setLanguage(s.language);
      if (!subtitle.textContent) subtitle.textContent = s.cohortName;
      return s;
    })
    .catch((error: unknown) => {
      notify('error', errorText(error));
      return null;
    });
  return { main, subtitle, settings };
}

export type Tone = 'ok' | 'error' | 'info' | 'warn';

/** Shows one message (replacing the last) in the live region; errors are also role=alert. */
export function notify(tone: Tone, text: string): void {
  if (!messageArea) return;
  const close = bindAttr(
    h(
      'button',
      { type: 'button', class: 'notice-close', onclick: () => fill(messageArea as HTMLElement) },
      '×',
    ),
    'aria-label',
    'uiDismiss',
  );
  fill(
    messageArea,
    h(
      'div',
      { class: `notice notice-${tone}`, role: tone === 'error' ? 'alert' : null },
      h('span', null, text),
      close,
    ),
  );
}

export function notifyKey(tone: Tone, key: MessageKey, params?: MessageParams): void {
  notify(tone, tr(key, params));
}

export function clearNotice(): void {
  if (messageArea) fill(messageArea);
}

/**
 * Runs a server call with its buttons disabled (and marked busy), so a second click cannot
 * send it twice. The inputs stay as typed whatever happens.
 */
export async function busy<T>(buttons: HTMLButtonElement[], task: () => Promise<T>): Promise<T> {
  const before = buttons.map((b) => b.disabled);
  for (const b of buttons) {
    b.disabled = true;
    b.setAttribute('aria-busy', 'true');
  }
  try {
    return await task();
  } finally {
    buttons.forEach((b, i) => {
      b.disabled = before[i];
      b.removeAttribute('aria-busy');
    });
  }
}

function navigate(open: () => Promise<void>): void {
  open().catch((error: unknown) => notify('error', errorText(error)));
}

/** A button that opens another sidebar. */
export function pageButton(page: PageName, label: MessageKey, primary = false): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: primary ? 'primary' : 'secondary',
      onclick: () => navigate(() => openPage(page)),
    },
    tx(label),
  );
}

/** A titled card. */
export function card(title: MessageKey | null, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, title ? h('h2', null, tx(title)) : null, ...children);
}

/** Grey placeholder lines shown until data arrive; the region is aria-busy meanwhile. */
export function skeleton(lines = 3): HTMLElement {
  const bars: HTMLElement[] = [];
  for (let i = 0; i < lines; i++)
    bars.push(h('div', { class: 'skeleton-line', style: `width:${90 - ((i * 23) % 40)}%` }));
  return h('div', { class: 'skeleton', 'aria-hidden': 'true' }, bars);
}

/** A region that shows a skeleton until `load` settles, then its content or the error. */
export function region(
  load: () => Promise<Child>,
  lines = 3,
  quiet = false,
): HTMLElement & { reload(): Promise<void> } {
  const el = h('div', { class: 'region', 'aria-busy': 'true' }, skeleton(lines)) as unknown as HTMLElement & {
    reload(): Promise<void>;
  };
  el.reload = async () => {
    el.setAttribute('aria-busy', 'true');
    try {
      fill(el, await load());
    } catch (error) {
      // A quiet region is an extra (a reminder banner): if it cannot load, it stays away.
      fill(el, quiet ? null : h('p', { class: 'error-text' }, errorText(error)));
    } finally {
      el.setAttribute('aria-busy', 'false');
    }
  };
  void el.reload();
  return el;
}

export type BadgeTone = 'green' | 'amber' | 'red' | 'grey' | 'blue';

export function badge(text: Child, tone: BadgeTone): HTMLElement {
  return h('span', { class: `badge badge-${tone}` }, text);
}
