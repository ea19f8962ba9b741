// The preview's HTTP server (node:http, no framework). Routes:
//   GET  /                 the preview page (chrome.ts)
//   GET  /api/state        sheets, the add-on menu, Drive files
//   POST /api/run          { fn, args } → the function run in the emulator (RunResult)
//   POST /api/edit         { sheet, row, column, value } → a cell typed by hand, then onEdit(e)
//   POST /api/demo         a fresh workbook filled with the demo cohort (demo.ts)
//   POST /api/reset        a fresh, empty workbook
//   GET  /drive/<id>       a Drive file: Docs as HTML, PDFs as application/pdf, folders listed
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderDocumentHtml } from '../emulator/docHtml';
import { todayIso } from './clock';
import { chromeHtml } from './chrome';
import { apiOver, buildDemo } from './demo';
import { Session, type SessionOptions } from './session';
import { sheetViews } from './sheets';
import type { PreviewState } from './page/wire';
import { injectShim } from './shim';

const DOC_MIME = 'application/vnd.google-apps.document';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface Preview {
  session: Session;
  server: Server;
  url: string;
  close(): Promise<void>;
}

export interface PreviewOptions extends SessionOptions {
  port: number;
  host?: string;
  demo?: boolean;
}

export function fillDemo(session: Session): void {
  session.reset();
  buildDemo(
    apiOver((fn, args) => session.run(fn, args)),
    todayIso(),
    (sheet, row, column, value) => {
      const result = session.edit(sheet, row, column, value);
      if (!result.ok) throw new Error(`edit ${sheet}: ${result.error}`);
    },
  );
  session.persist();
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5_000_000) reject(new Error('Request too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function state(session: Session): PreviewState {
  const emu = session.emu;
  return {
    spreadsheetName: emu.model.name,
    menus: emu.ui.menus,
    sheets: sheetViews(emu),
    files: emu.drive.files().sort((a, b) => a.createdTime.localeCompare(b.createdTime)),
  };
}

function driveFile(session: Session, id: string, res: ServerResponse): void {
  const drive = session.emu.drive;
  const file = drive.files().find((f) => f.id === id);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'No such file in the emulated Drive.');
  if (file.mimeType === DOC_MIME) {
    const body = renderDocumentHtml(drive.document(id));
    return send(
      res,
      200,
      'text/html; charset=utf-8',
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(file.name)}</title>` +
        `<style>body{background:#f1f3f4;margin:0;padding:24px;font-family:Arial,sans-serif}</style></head><body>${body}</body></html>`,
    );
  }
  if (file.mimeType === FOLDER_MIME) {
    const items = drive
      .childrenOf(id)
      .map(
        (f) =>
          `<li><a href="/drive/${encodeURIComponent(f.id)}">${escapeHtml(f.name)}</a>${f.trashed ? ' (papirkurv)' : ''}</li>`,
      )
      .join('');
    return send(
      res,
      200,
      'text/html; charset=utf-8',
      `<!doctype html><meta charset="utf-8"><title>${escapeHtml(file.name)}</title><h1>${escapeHtml(file.name)}</h1><ul>${items}</ul>`,
    );
  }
  return send(res, 200, file.mimeType || 'application/octet-stream', drive.contentOf(id));
}

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const session = new Session(opts);
  if (opts.demo) fillDemo(session);

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) =>
      json(res, { ok: false, error: (error as Error).message }, 500),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', chromeHtml());
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (req.method === 'GET' && path === '/api/state') return json(res, state(session));
    if (req.method === 'POST' && path === '/api/run') {
      const body = (await readBody(req)) as { fn?: unknown; args?: unknown };
      const fn = typeof body.fn === 'string' ? body.fn : '';
      const args = Array.isArray(body.args) ? body.args : [];
      const result = session.run(fn, args);
      if (result.ui.sidebar) result.ui.sidebar.html = injectShim(result.ui.sidebar.html);
      for (const d of result.ui.dialogs) d.html = injectShim(d.html);
      return json(res, result);
    }
    if (req.method === 'POST' && path === '/api/edit') {
      const body = (await readBody(req)) as {
        sheet?: unknown;
        row?: unknown;
        column?: unknown;
        value?: unknown;
      };
      if (
        typeof body.sheet !== 'string' ||
        typeof body.row !== 'number' ||
        typeof body.column !== 'number' ||
        typeof body.value !== 'string'
      ) {
        return json(res, { ok: false, error: 'Expected { sheet, row, column, value }' }, 400);
      }
      const result = session.edit(body.sheet, body.row, body.column, body.value);
      if (result.ui.sidebar) result.ui.sidebar.html = injectShim(result.ui.sidebar.html);
      for (const d of result.ui.dialogs) d.html = injectShim(d.html);
      return json(res, result);
    }
    if (req.method === 'POST' && path === '/api/demo') {
      fillDemo(session);
      return json(res, { ok: true });
    }
    if (req.method === 'POST' && path === '/api/reset') {
      session.reset();
      return json(res, { ok: true });
    }
    const file = /^\/drive\/([\w-]+)$/.exec(path);
    if (req.method === 'GET' && file) return driveFile(session, file[1], res);
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    session,
    server,
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        session.persist();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
