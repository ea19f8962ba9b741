// Diplomer: who can get one, a button that makes them in small batches (each call stays far
// inside Apps Script's 6 minutes) with a real progress bar, a confirmed "make all again", who
// is left out and why, and the links to the folder and the combined PDF.
import type { AttendanceRow, DiplomaResult } from '../../shared/api';
import type { DiplomaStatus } from '../../shared/diplomas';
import { busy, card, clearNotice, notify, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { errorText } from '../shared/format';
import { bindAttr, onLanguage, tr, tx } from '../shared/i18n';

const BATCH_SIZE = 5;

const page = startPage('menuDiplomas', 'diplomas');
let status: DiplomaStatus | null = null;
let names = new Map<string, string>();
let running = false;
let stopRequested = false;

const summary = h('div', { 'aria-busy': 'true' }, skeleton(2));
const bar = h('span', { style: 'width:0%' });
const progress = h(
  'div',
  { class: 'meter progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 1, 'aria-valuenow': 0 },
  bar,
);
bindAttr(progress, 'aria-label', 'uiDiplomasProgress');
const progressText = h('p', { class: 'small muted', 'aria-live': 'polite' });
const make = h('button', { type: 'button', class: 'primary', disabled: true }, tx('uiDiplomasMake'));
const stop = h('button', { type: 'button', hidden: true }, tx('uiDiplomasStop'));
const again = h('button', { type: 'button', disabled: true }, tx('uiDiplomasRemake'));
const confirmSlot = h('div');
const links = h('div');
const leftOutSlot = h('div', { 'aria-busy': 'true' }, skeleton(3));
const warningsSlot = h('div');

fill(
  page.main,
  card('uiDiplomasStatus', summary, progress, progressText, h('div', { class: 'actions' }, make, stop, again), confirmSlot, links),
  warningsSlot,
  card('uiDiplomasLeftOut', leftOutSlot),
);

make.addEventListener('click', () => void run(false));
stop.addEventListener('click', () => {
  stopRequested = true;
  stop.disabled = true;
});
again.addEventListener('click', askRegenerate);
onLanguage(render);

void load();

async function load(): Promise<void> {
  try {
    const [s, rows] = await Promise.all([server.getDiplomaStatus(), server.getAttendance().catch((): AttendanceRow[] => [])]);
    status = s;
    names = new Map(rows.map((r) => [r.id, r.name]));
    render();
  } catch (error) {
    fill(summary, h('p', { class: 'error-text' }, errorText(error)));
    fill(leftOutSlot);
  } finally {
    summary.setAttribute('aria-busy', 'false');
    leftOutSlot.setAttribute('aria-busy', 'false');
  }
}

function render(): void {
  if (!status) return;
  const s = status;
  fill(
    summary,
    h(
      'dl',
      { class: 'kv' },
      h('dt', null, tx('uiDiplomasEligible')),
      h('dd', null, String(s.eligible)),
      h('dt', null, tx('uiDiplomasMade')),
      h('dd', null, String(s.made)),
      h('dt', null, tx('uiDiplomasRemaining')),
      h('dd', null, String(s.remaining)),
    ),
  );
  if (!running) setProgress(s.made, s.made + s.remaining);
  make.disabled = running || s.remaining === 0;
  again.disabled = running || s.made === 0;
  fill(
    links,
    s.folderUrl ? h('p', null, h('a', { href: s.folderUrl, target: '_blank', rel: 'noopener' }, tx('uiDiplomasFolder'))) : null,
    s.combinedPdfUrl ? h('p', null, h('a', { href: s.combinedPdfUrl, target: '_blank', rel: 'noopener' }, tx('uiDiplomasCombined'))) : null,
  );
  fill(
    leftOutSlot,
    s.leftOut.length
      ? h(
          'ul',
          { class: 'list' },
          s.leftOut.map((l) => h('li', null, h('div', { class: 'name' }, names.get(l.id) ?? l.id), h('div', { class: 'small muted' }, l.reason))),
        )
      : h('p', { class: 'muted' }, tx('uiDiplomasNoneLeftOut')),
  );
}

function setProgress(done: number, total: number): void {
  const share = total > 0 ? done / total : 0;
  bar.style.width = `${Math.round(share * 100)}%`;
  progress.setAttribute('aria-valuemax', String(Math.max(total, 1)));
  progress.setAttribute('aria-valuenow', String(done));
  progress.setAttribute('aria-valuetext', tr('uiDiplomasProgressText', { done, total }));
  fill(progressText, total > 0 ? tr('uiDiplomasProgressText', { done, total }) : tr('uiDiplomasNoneEligible'));
}

function askRegenerate(): void {
  const yes = h('button', { type: 'button', class: 'danger' }, tx('uiDiplomasRemakeConfirm'));
  const no = h('button', { type: 'button' }, tx('uiCancel'));
  yes.addEventListener('click', () => {
    fill(confirmSlot);
    void run(true);
  });
  no.addEventListener('click', () => {
    fill(confirmSlot);
    again.focus();
  });
  fill(confirmSlot, h('div', { class: 'notice notice-warn confirm', role: 'group' }, h('p', null, tx('uiDiplomasRemakeWarning')), h('div', { class: 'actions' }, yes, no)));
  no.focus();
}

async function run(regenerate: boolean): Promise<void> {
  clearNotice();
  running = true;
  stopRequested = false;
  stop.hidden = false;
  stop.disabled = false;
  const warnings = new Set<string>();
  let made = regenerate ? 0 : status?.made ?? 0;
  let created = 0;
  await busy([make, again], async () => {
    try {
      let first = true;
      let result: DiplomaResult;
      do {
        result = await server.generateDiplomas(first && regenerate ? { batchSize: BATCH_SIZE, regenerate: true } : { batchSize: BATCH_SIZE });
        first = false;
        created += result.created;
        made += result.created;
        for (const w of result.warnings) warnings.add(w);
        setProgress(made, made + result.remaining);
      } while (result.remaining > 0 && !stopRequested);
      notify(
        'ok',
        stopRequested && result.remaining > 0
          ? tr('uiDiplomasPaused', { created, remaining: result.remaining })
          : tr('uiDiplomasDone', { created }),
      );
    } catch (error) {
      notify('error', errorText(error));
    } finally {
      running = false;
      stop.hidden = true;
    }
  });
  fill(
    warningsSlot,
    warnings.size ? card('uiDiplomasWarnings', h('ul', { class: 'list' }, [...warnings].map((w) => h('li', null, w)))) : null,
  );
  await load();
}
