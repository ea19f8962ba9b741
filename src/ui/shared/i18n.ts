// The sidebars' language. Danish until getSettings answers; then, if the cohort speaks
// English, every text created with tx()/bindAttr() is switched in place, so nothing she
// has typed is lost and no part of the page has to be rebuilt by hand.
import type { Language } from '../../shared/api';
import { t, type MessageKey, type MessageParams } from '../../core/i18n';

interface Binding {
  key: MessageKey;
  params?: MessageParams;
  node: Text | Element;
  attr?: string;
}

let lang: Language = 'da';
let bindings: Binding[] = [];
const listeners: ((lang: Language) => void)[] = [];

export function currentLang(): Language {
  return lang;
}

/** The sentence now, in the current language (for text that is re-rendered anyway). */
export function tr(key: MessageKey, params?: MessageParams): string {
  return t(lang, key, params);
}

/** A text node that follows the language. */
export function tx(key: MessageKey, params?: MessageParams): Text {
  const node = document.createTextNode(t(lang, key, params));
  bindings.push({ key, params, node });
  return node;
}

/** An attribute (placeholder, aria-label, title) that follows the language. */
export function bindAttr<E extends Element>(el: E, attr: string, key: MessageKey, params?: MessageParams): E {
  el.setAttribute(attr, t(lang, key, params));
  bindings.push({ key, params, node: el, attr });
  return el;
}

export function onLanguage(listener: (lang: Language) => void): void {
  listeners.push(listener);
}

export function setLanguage(next: Language): void {
  const value: Language = next === 'en' ? 'en' : 'da';
  document.documentElement.lang = value;
  if (value === lang) return;
  lang = value;
  bindings = bindings.filter((b) => b.node.isConnected);
  for (const b of bindings) {
    const text = t(lang, b.key, b.params);
    if (b.attr) (b.node as Element).setAttribute(b.attr, text);
    else b.node.textContent = text;
  }
  for (const listener of listeners) listener(lang);
}
