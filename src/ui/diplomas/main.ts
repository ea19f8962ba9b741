// Diplomer: her own design (the default template made now, or her Word file brought in), a
// preview of one diploma, who can get one, a button that makes them in batches sized from the
// latency model (core/diplomaPace.ts: a normal cohort in one click, each call far inside Apps
// Script's 6 minutes) with a real progress bar, a confirmed "make all again", who gets none
// yet grouped by why, and the links to the folder and the combined PDF.
import type { AttendanceRow, DiplomaResult, LeftOut, LeftOutCode, Settings } from '../../shared/api';
import type { DiplomaStatus } from '../../shared/diplomas';
import type { MessageKey } from '../../core/i18n';
import { chooseBatchSize } from '../../core/diplomaPace';
import { busy, card, clearNotice, notify, skeleton, startPage } from '../shared/app';
import { server } from '../shared/client';
import { h, fill } from '../shared/dom';
import { errorText } from '../shared/format';
import { bindAttr, onLanguage, tr, tx } from '../shared/i18n';

const page = startPage('menuDiplomas', 'diplomas');
let settings: Settings | null = null;
void page.settings.then((s) => {
  settings = s;
  render();
});
let status: DiplomaStatus | null = null;
let names = new Map<string, string>();
let running = false;
let stopRequested = false;

const summary = h('div', { 'aria-busy': 'true' }, skeleton(2));
const bar = h('span', { style: 'width:0%' });
const progress = h(
  'div',
  {
    class: 'meter progress',
    role: 'progressbar',
    'aria-valuemin': 0,
    'aria-valuemax': 1,
    'aria-valuenow': 0,
  },
  bar,
);
bindAttr(progress, 'aria-label', 'uiDiplomasProgress');
const progressText = h('p', { class: 'small muted', 'aria-live': 'polite' });
const make = h('button', { type: 'button', class: 'primary', disabled: true }, tx('uiDiplomasMake'));
const stop = h('button', { type: 'button', hidden: true }, tx('uiDiplomasStop'));
const again = h('button', { type: 'button', disabled: true }, tx('uiDiplomasRemake'));
const confirmSlot = h('div');
const links = h('div', { class: 'links' });
const leftOutSlot = h('div', { 'aria-busy': 'true' }, skeleton(3));
const warningsSlot = h('div');

// Her own design: the template's link, the default made now, or her Word file.
const templateLink = h('p');
const createButton = h('button', { type: 'button' }, tx('uiDiplomasTemplateCreate'));
const fileInput = h('input', {
  type: 'file',
  id: 'template-file',
  accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
});
const importButton = h('button', { type: 'button' }, tx('uiDiplomasImport'));
const importResult = h('div', { 'aria-live': 'polite' });
// Preview: the sample name or a chosen woman, one PDF, before "Lav diplomer".
const previewWho = h('select', { id: 'preview-who' });
const previewButton = h('button', { type: 'button' }, tx('uiDiplomasPreviewMake'));
const previewResult = h('p', { class: 'links', 'aria-live': 'polite' });

fill(
  page.main,
  card(
    'uiDiplomasOwn',
    h('p', { class: 'small muted' }, tx('uiDiplomasOwnIntro')),
    templateLink,
    h('div', { class: 'actions' }, createButton),
    h('label', { for: 'template-file' }, tx('uiDiplomasImportLabel')),
    fileInput,
    h('div', { class: 'actions' }, importButton),
    importResult,
  ),
  card(
    'uiDiplomasPreview',
    h('label', { for: 'preview-who' }, tx('uiDiplomasPreviewWho')),
    previewWho,
    h('div', { class: 'actions' }, previewButton),
    previewResult,
    h('p', { class: 'small muted' }, tx('uiDiplomasPreviewNote')),
  ),
  card(
    'uiDiplomasStatus',
    summary,
    progress,
    progressText,
    h('div', { class: 'actions' }, make, stop, again),
    confirmSlot,
    links,
  ),
  warningsSlot,
  card('uiDiplomasLeftOut', leftOutSlot),
);

createButton.addEventListener('click', () => void createDefault());
importButton.addEventListener('click', () => void importWord());
previewButton.addEventListener('click', () => void preview());

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
    const [s, rows] = await Promise.all([
      server.getDiplomaStatus(),
      server.getAttendance().catch((): AttendanceRow[] => []),
    ]);
    status = s;
    names = new Map(rows.map((r) => [r.id, r.name]));
    fillPreviewChoices(rows);
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
    s.folderUrl
      ? h('p', null, h('a', { href: s.folderUrl, target: '_blank', rel: 'noopener' }, tx('uiDiplomasFolder')))
      : null,
    s.combinedPdfUrl
      ? h(
          'p',
          null,
          h('a', { href: s.combinedPdfUrl, target: '_blank', rel: 'noopener' }, tx('uiDiplomasCombined')),
        )
      : null,
  );
  fill(templateLink, s.templateUrl ? link(s.templateUrl, 'uiDiplomasTemplateOpen') : null);
  createButton.hidden = Boolean(s.templateUrl);
  fill(
    leftOutSlot,
    s.leftOut.length ? groupedLeftOut(s.leftOut) : h('p', { class: 'muted' }, tx('uiDiplomasNoneLeftOut')),
  );
}

const GROUPS: [LeftOutCode, MessageKey][] = [
  ['notFinished', 'uiDiplomasGroupNotFinished'],
  ['below', 'uiDiplomasGroupBelow'],
  ['droppedOut', 'uiDiplomasGroupDroppedOut'],
  ['notEnrolled', 'uiDiplomasGroupNotEnrolled'],
];

/** Who gets no diploma (yet), one heading per reason: not finished is not the same as below. */
function groupedLeftOut(leftOut: LeftOut[]): HTMLElement {
  const share = settings ? Math.round(settings.requiredShare * 1000) / 10 : 90;
  return h(
    'div',
    null,
    GROUPS.map(([code, key]) => {
      const members = leftOut.filter((l) => l.code === code);
      if (members.length === 0) return null;
      const heading =
        code === 'below' && share !== 90 ? tr('uiDiplomasGroupBelowShare', { percent: share }) : tr(key);
      return h(
        'section',
        { class: 'group', 'data-code': code },
        h('h3', null, `${heading} (${members.length})`),
        h(
          'ul',
          { class: 'list' },
          members.map((l) =>
            h(
              'li',
              null,
              h('div', { class: 'name' }, names.get(l.id) ?? l.id),
              h('div', { class: 'small muted' }, l.reason),
            ),
          ),
        ),
      );
    }),
  );
}

function link(url: string, key: MessageKey): HTMLElement {
  return h('a', { href: url, target: '_blank', rel: 'noopener' }, tx(key));
}

function fillPreviewChoices(rows: AttendanceRow[]): void {
  const chosen = previewWho.value;
  fill(
    previewWho,
    h('option', { value: '' }, tx('uiDiplomasPreviewSample')),
    rows.map((r) => h('option', { value: r.id }, `${r.name} (${r.id})`)),
  );
  if ([...previewWho.options].some((o) => o.value === chosen)) previewWho.value = chosen;
}

async function createDefault(): Promise<void> {
  clearNotice();
  await busy([createButton], async () => {
    try {
      const r = await server.createTemplate();
      notify('ok', tr(r.created ? 'uiDiplomasTemplateCreated' : 'uiDiplomasTemplateExists'));
      await load();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}

/** The file's bytes as base64, read in the browser (nothing is sent before she clicks). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

async function importWord(): Promise<void> {
  clearNotice();
  const file = fileInput.files?.[0];
  if (!file) {
    notify('error', tr('uiDiplomasImportChoose'));
    fileInput.focus();
    return;
  }
  await busy([importButton, createButton], async () => {
    try {
      const r = await server.importTemplate({ name: file.name, base64: await readBase64(file) });
      notify('ok', tr('uiDiplomasImportDone'));
      fill(
        importResult,
        r.missingFields.length
          ? h(
              'div',
              { class: 'notice notice-warn' },
              h('p', null, tx('uiDiplomasImportMissing')),
              h(
                'ul',
                { class: 'list missing-fields' },
                r.missingFields.map((f) => h('li', null, f)),
              ),
            )
          : h('p', { class: 'small' }, tx('uiDiplomasImportAllFields')),
        h('p', null, link(r.url, 'uiDiplomasImportOpen')),
      );
      fileInput.value = '';
      await load();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}

async function preview(): Promise<void> {
  clearNotice();
  await busy([previewButton], async () => {
    try {
      const r = await server.previewDiploma(previewWho.value || undefined);
      fill(previewResult, link(r.url, 'uiDiplomasPreviewOpen'));
      await load();
    } catch (error) {
      notify('error', errorText(error));
    }
  });
}

function setProgress(done: number, total: number): void {
  const share = total > 0 ? done / total : 0;
  bar.style.width = `${Math.round(share * 100)}%`;
  progress.setAttribute('aria-valuemax', String(Math.max(total, 1)));
  progress.setAttribute('aria-valuenow', String(done));
  progress.setAttribute('aria-valuetext', tr('uiDiplomasProgressText', { done, total }));
  fill(
    progressText,
    total > 0 ? tr('uiDiplomasProgressText', { done, total }) : tr('uiDiplomasNoneEligible'),
  );
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
  fill(
    confirmSlot,
    h(
      'div',
      { class: 'notice notice-warn confirm', role: 'group' },
      h('p', null, tx('uiDiplomasRemakeWarning')),
      h('div', { class: 'actions' }, yes, no),
    ),
  );
  no.focus();
}

async function run(regenerate: boolean): Promise<void> {
  clearNotice();
  running = true;
  stopRequested = false;
  stop.hidden = false;
  stop.disabled = false;
  const warnings = new Set<string>();
  let made = regenerate ? 0 : (status?.made ?? 0);
  let created = 0;
  await busy([make, again], async () => {
    try {
      let first = true;
      let result: DiplomaResult;
      let left = (regenerate ? (status?.made ?? 0) : 0) + (status?.remaining ?? 0);
      do {
        // As many as one call does well inside the 6 minutes: a normal cohort in one click.
        const batchSize = chooseBatchSize(left);
        result = await server.generateDiplomas(
          first && regenerate ? { batchSize, regenerate: true } : { batchSize },
        );
        first = false;
        left = result.remaining;
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
    warnings.size
      ? card(
          'uiDiplomasWarnings',
          h(
            'ul',
            { class: 'list' },
            [...warnings].map((w) => h('li', null, w)),
          ),
        )
      : null,
  );
  await load();
}
