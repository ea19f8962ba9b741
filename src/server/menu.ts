// The add-on menu (Extensions › Bydelsmødre) and the handlers that open each sidebar.
// onOpen may run in AuthMode.NONE, before the add-on is authorised in this file: it then
// builds the menu from the Danish table without reading the document or its properties.
import type { Language } from '../shared/api';
import { t, type MessageKey } from '../core/i18n';
import { resolveSettings } from '../core/settings';
import { DocumentStore } from './store';
import { refreshOverviewIfSetUp } from './api/overview';

/** Sidebar pages: one self-contained dist/<page>.html each (src/ui/<page>/). */
export const PAGES = [
  'start',
  'person',
  'recruitment',
  'attendance',
  'expense',
  'timeline',
  'diplomas',
  'report',
  'privacy',
  'settings',
  'help',
] as const;
export type Page = (typeof PAGES)[number];

const SIDEBAR_TITLE: Record<Page, MessageKey> = {
  start: 'menuStart',
  person: 'menuNewPerson',
  recruitment: 'menuRecruitment',
  attendance: 'menuAttendance',
  expense: 'menuExpense',
  timeline: 'menuTimeline',
  diplomas: 'menuDiplomas',
  report: 'menuReport',
  privacy: 'menuPrivacy',
  settings: 'menuSettings',
  help: 'menuHelp',
};

function menuLanguage(authMode: unknown): Language {
  if (authMode === 'NONE' || authMode === ScriptApp.AuthMode.NONE) return 'da';
  try {
    return resolveSettings(new DocumentStore().storedSettings(), '2000-01-01').language;
  } catch {
    return 'da';
  }
}

export function onOpen(e?: { authMode?: unknown }): void {
  const lang = menuLanguage(e?.authMode);
  const label = (key: MessageKey) => t(lang, key);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(label('menuStart'), 'showStart')
    .addSeparator()
    .addItem(label('menuNewPerson'), 'showNewPerson')
    .addItem(label('menuRecruitment'), 'showRecruitment')
    .addItem(label('menuAttendance'), 'showAttendance')
    .addItem(label('menuExpense'), 'showExpense')
    .addItem(label('menuTimeline'), 'showTimeline')
    .addItem(label('menuDiplomas'), 'showDiplomas')
    .addItem(label('menuReport'), 'showReport')
    .addSeparator()
    .addItem(label('menuPrivacy'), 'showPrivacy')
    .addItem(label('menuSettings'), 'showSettings')
    .addItem(label('menuSetup'), 'runSetupFromMenu')
    .addItem(label('menuSelfTest'), 'runSelfTestFromMenu')
    .addItem(label('menuHelp'), 'showHelp')
    .addToUi();
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

function showPage(page: Page): void {
  const lang = menuLanguage('FULL');
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(t(lang, SIDEBAR_TITLE[page]));
  SpreadsheetApp.getUi().showSidebar(html);
  // SPEC: after a hand edit Oversigt is current at the latest when the next sidebar opens. Its
  // figures are formulas; what a hand edit can leave behind is its shape (a budget line added or
  // renamed, a column moved, an amount typed as text): put right here, after the sidebar is on
  // its way. Never at her expense: before setup, or when the lock is busy, it simply waits.
  try {
    refreshOverviewIfSetUp();
  } catch (error) {
    console.log(`showPage: overview not refreshed (${error instanceof Error ? error.name : 'error'})`);
  }
}

export function showStart(): void {
  showPage('start');
}
export function showNewPerson(): void {
  showPage('person');
}
export function showRecruitment(): void {
  showPage('recruitment');
}
export function showAttendance(): void {
  showPage('attendance');
}
export function showExpense(): void {
  showPage('expense');
}
export function showTimeline(): void {
  showPage('timeline');
}
export function showDiplomas(): void {
  showPage('diplomas');
}
export function showReport(): void {
  showPage('report');
}
export function showPrivacy(): void {
  showPage('privacy');
}
export function showSettings(): void {
  showPage('settings');
}
export function showHelp(): void {
  showPage('help');
}
