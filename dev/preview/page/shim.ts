// The google.script.* client that Apps Script injects into a sidebar, for the preview: each
// google.script.run call is posted to the preview page, which runs the function in the
// emulator (POST /api/run) and posts the JSON result or the error message back. Links to
// Google Docs/Drive files open the emulated file from the preview's Drive instead.
// Bundled by scripts/build.mjs --tools; dev/preview/shim.ts puts it first into each sidebar.

export {};

type Handler = ((value: unknown, userObject: unknown) => void) | null;

interface Pending {
  s: Handler;
  f: Handler;
  u: unknown;
}

interface ResultMessage {
  type: 'gas-result';
  id: number;
  ok: boolean;
  value?: unknown;
  error?: string;
}

let seq = 0;
const pending = new Map<number, Pending>();

window.addEventListener('message', (e: MessageEvent) => {
  const m = e.data as ResultMessage | null;
  if (!m || m.type !== 'gas-result') return;
  const p = pending.get(m.id);
  if (!p) return;
  pending.delete(m.id);
  setTimeout(() => {
    if (m.ok) {
      if (p.s) p.s(m.value, p.u);
    } else {
      const err = new Error(m.error);
      if (p.f) p.f(err, p.u);
      else console.error(err);
    }
  }, 0);
});

function runner(s: Handler, f: Handler, u: unknown): object {
  const base: Record<string, unknown> = {
    withSuccessHandler: (h: Handler) => runner(h, f, u),
    withFailureHandler: (h: Handler) => runner(s, h, u),
    withUserObject: (o: unknown) => runner(s, f, o),
  };
  return new Proxy(base, {
    get(target, name) {
      if (typeof name === 'string' && name in target) return target[name];
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...callArgs: unknown[]) => {
        const id = ++seq;
        pending.set(id, { s, f, u });
        const args = JSON.parse(JSON.stringify(callArgs)) as unknown[];
        parent.postMessage({ type: 'gas-run', id, fn: name, args }, '*');
      };
    },
  });
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(null, null, undefined),
    host: {
      close: () => parent.postMessage({ type: 'gas-close' }, '*'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => undefined },
    },
  },
};

document.addEventListener(
  'click',
  (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!a) return;
    const m = /\/(?:document|file|spreadsheets)\/d\/([^/?#]+)|\/folders\/([^/?#]+)/.exec(a.href);
    if (!m) return;
    e.preventDefault();
    parent.postMessage({ type: 'gas-open', id: m[1] || m[2] }, '*');
  },
  true,
);
