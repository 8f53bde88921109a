//# allFunctionsCalledOnLoad
// whosaid loader: loads the engine (WebAssembly, from next to this file), starts the widget and
// exposes `WhoSaid`. As an embed, one tag does it all:
//   <script type="module" src=".../whosaid.js" data-root="article" data-theme="auto"></script>
// data-root (CSS selector), data-theme (auto|light|dark), data-min-confidence (0..1),
// data-highlight (auto|wrap), data-panel (off: no "Who's quoted" button), data-off (present:
// do nothing), data-manual (present: wait for WhoSaid.init()), data-whosaid (present: this is
// the embed tag, whatever the file is named).
// Nothing here throws into the page: failures are one console warning.
// The first line is V8's explicit compile hint (compile every function up front: they all run
// as the widget starts); other engines read a comment.
import initWasm, { initSync, Widget, annotateText, annotateBlocks, findArticle } from './pkg/whosaid.js';

const scriptStart = performance.now();
const wasmUrl = new URL('pkg/whosaid_bg.wasm', import.meta.url);
let timing = null;
let module = null;   // the compiled WebAssembly.Module, shared with the worker
let loading = null;
let widget = null;
let worker = null;

function warn(message) {
  console.warn(`whosaid: ${message}`);
}

function load() {
  loading ??= (async () => {
    const response = fetch(wasmUrl);
    module = WebAssembly.compileStreaming
      ? await WebAssembly.compileStreaming(response).catch(async (e) => {
          if (e instanceof WebAssembly.CompileError) throw e;
          // A server that sends .wasm without application/wasm: compile the bytes instead.
          return WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer());
        })
      : await WebAssembly.compile(await (await response).arrayBuffer());
    // Instantiating the compiled module synchronously saves a trip through the event loop,
    // which on a page still busy rendering costs milliseconds; the async path is the fallback.
    try {
      initSync({ module });
    } catch {
      await initWasm({ module_or_path: module });
    }
  })();
  return loading;
}

// Long articles are annotated in a worker so the page stays responsive. The worker starts only
// when an article is long enough to need it. Where it cannot start (CSP, Trusted Types, an
// extension's content script) the widget works on the main thread.
function annotator() {
  if (typeof Worker === 'undefined' || !module) return undefined;
  const waiting = new Map();
  let next = 0;
  const start = () => {
    worker = new Worker(new URL('whosaid-worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      const p = waiting.get(data.id);
      waiting.delete(data.id);
      if (p) data.error ? p.reject(data.error) : p.resolve(data.result);
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      for (const p of waiting.values()) p.reject(e.message || 'worker failed to start');
      waiting.clear();
      worker = null;
    };
  };
  return (blocks) => new Promise((resolve, reject) => {
    try {
      if (!worker) start();
    } catch (e) {
      return reject(String(e?.message ?? e));
    }
    const id = ++next;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, module, blocks });
  });
}

function wasmRefused(e) {
  return e instanceof WebAssembly.CompileError || /wasm-unsafe-eval|WebAssembly/i.test(String(e?.message ?? e));
}

// init() calls run one after another: a second call waits for the first, then restarts the
// widget with its own options. A call that fails leaves no widget behind, and never takes away
// the handle of one that is painting.
let queue = Promise.resolve();

async function start(options) {
  try {
    await load();
    if (widget) WhoSaid.destroy();
    const loaded = performance.now();
    const ready = new Promise((resolve) => {
      document.addEventListener('whosaid:ready', (e) => resolve(e.detail), { once: true });
    });
    widget = Widget.start(options, options.worker === false ? undefined : annotator());
    const annotations = await ready;
    timing = { scriptStart, loaded, ready: performance.now() };
    return annotations;
  } catch (e) {
    if (wasmRefused(e)) {
      warn("WebAssembly is not allowed on this page (its Content-Security-Policy needs 'wasm-unsafe-eval'); quotes are not annotated.");
    } else {
      warn(String(e?.message ?? e).replace(/^whosaid: /, ''));
    }
    return null;
  }
}

export const WhoSaid = {
  version: '0.1.0',

  /**
   * Starts on this page, or restarts with these options if already running; resolves to the
   * annotations when the quotes are painted (or null).
   */
  init(options = {}) {
    const run = queue.then(() => start(options));
    queue = run;
    return run;
  },

  /** The engine's result with each quote's text and speaker name; null before init. */
  annotations() {
    return widget ? widget.annotations() : null;
  },

  /** The article as read from the page: {text, blocks: [{kind, text}]}. */
  article() {
    return widget ? widget.article() : null;
  },

  /** Who is quoted and how much: what the speakers panel lists. */
  summary() {
    return widget ? widget.summary() : null;
  },

  /** Opens the speakers panel ("Who's quoted"), closes it, or either. */
  openPanel() {
    widget?.openPanel();
  },
  closePanel() {
    widget?.closePanel();
  },
  togglePanel() {
    widget?.togglePanel();
  },

  /** Timings and counts of the last annotation. */
  stats() {
    return widget ? widget.stats() : null;
  },

  /** When this script started, the engine was ready and the first highlights were (performance.now()). */
  timing() {
    return timing;
  },

  /** Removes every trace of the widget from the page. */
  destroy() {
    try {
      widget?.destroy();
    } catch (e) {
      warn(`destroy failed: ${e?.message ?? e}`);
    }
    widget = null;
  },

  /** The element whosaid annotates on this page (`selector`, else found by text density). */
  async findArticle(selector) {
    await load();
    return findArticle(selector ?? undefined);
  },

  /** The engine without the page: annotations of plain text or of [{kind, text}] blocks. */
  async annotateText(text) {
    await load();
    return annotateText(text);
  },
  async annotateBlocks(blocks) {
    await load();
    return annotateBlocks(blocks);
  },
};

globalThis.WhoSaid ??= WhoSaid;
export default WhoSaid;

// The embed: this module's own <script> tag, when it is the embed tag: its file is named
// whosaid*.js, or it carries data-whosaid. A bundle that imports the loader has its own tag with
// this module's URL, and must not start by itself: the app calls init().
const tag = typeof document === 'undefined' ? null : [...document.querySelectorAll('script[type="module"][src]')]
  .find((s) => s.src === import.meta.url
    && (s.hasAttribute('data-whosaid') || /\/whosaid[^/]*\.js$/.test(new URL(s.src).pathname)));
if (tag && !tag.hasAttribute('data-off') && !tag.hasAttribute('data-manual')) {
  const d = tag.dataset;
  const options = {};
  if (d.root) options.root = d.root;
  if (d.theme) options.theme = d.theme;
  if (d.highlight) options.highlight = d.highlight;
  if (d.panel === 'off') options.panel = false;
  if (d.minConfidence && Number.isFinite(Number(d.minConfidence))) options.minConfidence = Number(d.minConfidence);
  WhoSaid.init(options);
}
