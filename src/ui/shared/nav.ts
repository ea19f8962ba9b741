// Opening another sidebar. The menu handlers (src/server/menu.ts) are public functions, so
// a sidebar can ask the server to show another page; the help page learns which section to
// show from a hint left in localStorage (or from #section when opened standalone).

export type PageName =
  | 'start'
  | 'person'
  | 'recruitment'
  | 'attendance'
  | 'expense'
  | 'timeline'
  | 'diplomas'
  | 'report'
  | 'privacy'
  | 'settings'
  | 'help';

const HANDLER: Record<PageName, string> = {
  start: 'showStart',
  person: 'showNewPerson',
  recruitment: 'showRecruitment',
  attendance: 'showAttendance',
  expense: 'showExpense',
  timeline: 'showTimeline',
  diplomas: 'showDiplomas',
  report: 'showReport',
  privacy: 'showPrivacy',
  settings: 'showSettings',
  help: 'showHelp',
};

const HELP_HINT = 'bydelsmoedre.helpSection';

export function openPage(page: PageName): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(() => resolve())
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[HANDLER[page]];
    if (typeof fn !== 'function') reject(new Error(`Unknown page: ${page}`));
    else (fn as () => void).call(runner);
  });
}

export function openHelp(section: PageName): Promise<void> {
  try {
    window.localStorage.setItem(HELP_HINT, section);
  } catch {
    // Storage may be blocked in the sandbox; help then opens at its table of contents.
  }
  return openPage('help');
}

/** The section the help page should show: #section first, then a fresh hint. */
export function takeHelpHint(): string {
  const hash = window.location.hash.replace(/^#/, '');
  if (hash) return hash;
  try {
    const hint = window.localStorage.getItem(HELP_HINT) ?? '';
    window.localStorage.removeItem(HELP_HINT);
    return hint;
  } catch {
    return '';
  }
}
