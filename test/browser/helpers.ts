// Shared setup of the browser tests: the preview server in-process on a free port with a fresh
// temporary workbook, and Debian's Chromium driven by playwright-core.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../dev/preview/server';

export const ROOT = resolve(__dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';

export interface Env {
  preview: Preview;
  /** The copy of dist/ this run serves. */
  distDir: string;
  browser: Browser;
  page: Page;
  /** JavaScript dialogs (alert/confirm) any page or sidebar opened: must stay empty. */
  dialogs: string[];
  errors: string[];
  close(): Promise<void>;
}

export async function setup(): Promise<Env> {
  if (!existsSync(join(ROOT, 'dist/Code.js'))) throw new Error('dist/ is missing: run npm run build first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const dir = mkdtempSync(join(tmpdir(), 'bm-preview-'));
  // A private copy of dist/, so a build started meanwhile (others share the repo) cannot pull it away.
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const preview = await startPreview({
    port: 0,
    distDir: join(dir, 'dist'),
    stateFile: join(dir, 'workbook.json'),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);
  await page.waitForSelector('#tabs button');
  return {
    preview,
    distDir: join(dir, 'dist'),
    browser,
    page,
    dialogs,
    errors,
    async close() {
      await browser.close();
      await preview.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Clicks Udvidelser › <caption> and returns the sidebar's frame once its shell is painted. */
export async function openSidebar(page: Page, functionName: string): Promise<Frame> {
  const loads = Number((await page.getAttribute('#sb-frame', 'data-loads')) ?? 0);
  await page.click('#ext');
  await page.click(`#menu-pop button[data-fn="${functionName}"]`);
  await page.waitForSelector(`#sb-frame[data-loaded="${loads + 1}"]`, { state: 'attached', timeout: 30000 });
  const frame = await (await page.$('#sb-frame'))?.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  await frame.waitForSelector('#main');
  return frame;
}

/** Waits until no region of the sidebar is still loading. */
export async function settled(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, undefined, {
    timeout: 30000,
  });
}

export async function notice(frame: Frame): Promise<string> {
  const el = await frame.waitForSelector('.messages .notice', { timeout: 30000 });
  return (await el.textContent()) ?? '';
}

/** The text of the cells of one sheet in the preview's grid. */
export async function sheetRows(page: Page, sheet: string): Promise<string[][]> {
  await page.click(`#tabs button[data-sheet="${sheet}"]`);
  await page.waitForSelector(`table.cells[data-sheet="${sheet}"]`);
  return page.$$eval(`table.cells[data-sheet="${sheet}"] tbody tr`, (rows) =>
    rows.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
  );
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Saves a screenshot as test-artifacts/screenshots/<name> (ignored by git, for review). Only
 * `npm run screenshots` (UPDATE_SCREENSHOTS=1) also writes it to docs/images/<name>, the
 * committed copy the guides show, so an ordinary test run or CI never changes the working tree.
 */
export function saveScreenshot(name: string, png: Buffer): void {
  writeFileSync(join(ensureDir(join(ROOT, 'test-artifacts/screenshots')), name), png);
  if (process.env.UPDATE_SCREENSHOTS === '1')
    writeFileSync(join(ensureDir(join(ROOT, 'docs/images')), name), png);
}
