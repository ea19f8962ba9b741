// A sidebar's first paint must not wait for the server. Statically (always): every dist page is
// self-contained, has no parser-blocking script before its markup, stays under its weight limit,
// and builds its own page. In Chromium (when /usr/bin/chromium exists): with a google.script.run
// that never answers, each page shows its content as soon as it is parsed.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { checkPage, PAGE_LIMIT_BYTES } from '../../dev/bench/pages';
import { distHtml, sidebarPages } from '../../dev/bench/files';

const CHROMIUM = '/usr/bin/chromium';
const pages = sidebarPages();

describe('sidebars: first paint without the server (static)', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s.html is self-contained, light, and builds itself', (page) => {
    const result = checkPage(page, distHtml(page));
    expect(result.problems).toEqual([]);
    expect(result.bytes).toBeLessThanOrEqual(PAGE_LIMIT_BYTES);
  });

  it('flags a page that only waits for the server', () => {
    const waiting = '<html><head><script>google.script.run.withSuccessHandler(function(){}).getSettings()</script></head><body></body></html>';
    expect(checkPage('bad', waiting).problems).toEqual(
      expect.arrayContaining(['a parser-blocking <script> in <head>', 'an empty body whose script builds nothing itself']),
    );
    const external = '<html><head><link rel="stylesheet" href="https://cdn.example/x.css"></head><body><h1>Hej</h1></body></html>';
    expect(checkPage('cdn', external).problems).toContain('an external stylesheet');
  });
});

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('sidebars: first paint without the server (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages)('%s.html shows its content while google.script.run has not answered', async (name) => {
    const page = await browser.newPage();
    try {
      // A google.script.run whose calls are recorded and never answered.
      await page.addInitScript(() => {
        const calls: string[] = [];
        const runner: unknown = new Proxy(
          {},
          {
            get: (_t, prop) => {
              if (prop === 'withSuccessHandler' || prop === 'withFailureHandler' || prop === 'withUserObject') return () => runner;
              return () => {
                calls.push(String(prop));
              };
            },
          },
        );
        const page = globalThis as unknown as Record<string, unknown>;
        page.__serverCalls = calls;
        page.google = {
          script: { run: runner, host: { close() {}, setHeight() {}, setWidth() {}, editor: { focus() {} } }, url: { getLocation(cb: (l: unknown) => void) { cb({ hash: '', parameter: {}, parameters: {} }); } } },
        };
      });
      await page.setContent(distHtml(name), { waitUntil: 'domcontentloaded' });
      const shown = await page.evaluate(
        () => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.trim().length,
      );
      expect(shown).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 30_000);
});
