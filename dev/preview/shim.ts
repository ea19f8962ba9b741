// The google.script.* client that Apps Script injects into a sidebar, for the preview: each
// google.script.run call is posted to the preview page, which runs the function in the
// emulator (POST /api/run) and posts the JSON result or the error message back. Links to
// Google Docs/Drive files open the emulated file from the preview's Drive instead.
const SHIM = `(function () {
  var seq = 0, pending = {};
  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.type !== 'gas-result' || !pending[m.id]) return;
    var p = pending[m.id];
    delete pending[m.id];
    setTimeout(function () {
      if (m.ok) { if (p.s) p.s(m.value, p.u); }
      else { var err = new Error(m.error); if (p.f) p.f(err, p.u); else console.error(err); }
    }, 0);
  });
  function runner(s, f, u) {
    var base = {
      withSuccessHandler: function (h) { return runner(h, f, u); },
      withFailureHandler: function (h) { return runner(s, h, u); },
      withUserObject: function (o) { return runner(s, f, o); }
    };
    return new Proxy(base, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var id = ++seq;
          pending[id] = { s: s, f: f, u: u };
          var args = JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments)));
          parent.postMessage({ type: 'gas-run', id: id, fn: name, args: args }, '*');
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      close: function () { parent.postMessage({ type: 'gas-close' }, '*'); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} }
    }
  } };
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a) return;
    var m = /\\/(?:document|file|spreadsheets)\\/d\\/([^/?#]+)|\\/folders\\/([^/?#]+)/.exec(a.href);
    if (!m) return;
    e.preventDefault();
    parent.postMessage({ type: 'gas-open', id: m[1] || m[2] }, '*');
  }, true);
})();`;

/** The sidebar's HTML with the shim as the first script of <head>. */
export function injectShim(html: string): string {
  const tag = `<script>${SHIM}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
