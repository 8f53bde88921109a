#!/usr/bin/env node
// Size and speed of the browser widget, printed (asserts nothing). Run after scripts/package:
//   node benches/web.mjs
// - transfer size: gzip -9 of what a page downloads from dist/ (what ships: wasm, minified
//   wasm-bindgen glue and loader, worker; the widget's CSS is compiled into the wasm)
// - time from script start to highlights ready: the demo page (which preloads the engine, as the
//   README suggests to publishers) and the largest saved page (the embed tag added, no preload)
// - the longest main-thread task while annotating a 1 MB article (Long Tasks API and the
//   widget's own timings)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, serve, ROOT, SHARED } from '../tests/browser/helpers.mjs';

const files = ['dist/pkg/whosaid_bg.wasm', 'dist/pkg/whosaid.js', 'dist/whosaid.js', 'dist/whosaid-worker.js'];
let total = 0;
console.log('transfer size (gzip -9):');
for (const f of files) {
  const raw = fs.readFileSync(path.join(ROOT, f));
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  total += gz;
  console.log(`  ${f.padEnd(26)} ${(raw.length / 1024).toFixed(1).padStart(7)} KiB raw ${(gz / 1024).toFixed(1).padStart(7)} KiB gzip`);
}
console.log(`  ${'total'.padEnd(26)} ${''.padStart(14)} ${(total / 1024).toFixed(1).padStart(7)} KiB gzip = ${(total / 1000).toFixed(1)} kB (target <= 150 kB)`);

const pagesDir = path.join(SHARED, 'pages');
const { server, origin } = await serve({
  mounts: {
    '/': path.join(ROOT, 'www'), '/pkg': path.join(ROOT, 'dist/pkg'), '/pages': pagesDir,
    '/whosaid': path.join(ROOT, 'dist'),
  },
});
// Requests off localhost fail in the resolver. (The tests refuse them by intercepting every
// request, which adds a round trip through this process to each one: not for timing.)
const browser = await launch(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']);
// Timings on a shared 2-core machine swing by tens of percent: each is the median of RUNS.
const RUNS = Number(process.env.RUNS ?? 7);
const cdp = await browser.newBrowserCDPSession();
let warned = false;

/**
 * Loads `url`, runs `prepare`, adds the embed tag (`src`; none when the page has its own), and
 * returns the widget's timings.
 */
async function timeToReady(url, prepare, arg, src = `${origin}/whosaid/whosaid.js`) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(url, prepare, arg, src));
  runs.sort((a, b) => a.ms - b.ms);
  return { ...runs[runs.length >> 1], min: runs[0].ms, max: runs[runs.length - 1].ms };
}

async function once(url, prepare, arg, src) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const longtasks = 'window.__longtasks = []; new PerformanceObserver((l) => l.getEntries().forEach((e) => __longtasks.push(e.duration))).observe({ type: "longtask", buffered: true });';
  await page.addInitScript(longtasks);
  await page.goto(url, { waitUntil: 'load' });
  if (prepare) await page.evaluate(prepare, arg);
  // Long tasks from here on are the widget's (loading the page and building the article are not).
  if (prepare) await page.evaluate(() => new Promise((r) => setTimeout(() => { __longtasks.length = 0; r(); }, 300)));
  const r = await page.evaluate(async (src) => {
    if (src) {
      const s = document.createElement('script');
      s.type = 'module';
      s.src = src;
      document.head.append(s);
    }
    while (!globalThis.WhoSaid?.timing?.()) await new Promise((r) => setTimeout(r, 10));
    const t = WhoSaid.timing();
    await new Promise((r) => setTimeout(r, 300));
    return { ms: t.ready - t.scriptStart, loadMs: t.loaded - t.scriptStart, stats: WhoSaid.stats(), longtasks: [...__longtasks] };
  }, src);
  // Browser UI renderers (the WebUI omnibox popups the harness turns off) would compete with the
  // page for the CPU: say so if a Chromium update brings them back.
  const ui = (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'browser_ui');
  if (ui.length && !warned) {
    warned = true;
    console.log(`  warning: browser UI renderers ran beside the page (${ui.map((t) => t.url).join(', ')}); timings include their work`);
  }
  await context.close();
  return r;
}

function report(label, r) {
  const s = r.stats ?? {};
  console.log(`  ${label}: ${r.ms.toFixed(1)} ms to highlights (median of ${RUNS}, ${r.min.toFixed(0)}-${r.max.toFixed(0)} ms; this run: load and compile the engine ${r.loadMs.toFixed(1)} ms, find ${s.findMs?.toFixed(1)} ms, set up painter and listeners ${s.setupMs?.toFixed(1)} ms, read ${s.readMs?.toFixed(1)} ms, annotate ${s.annotateMs?.toFixed(1)} ms${s.offThread ? ` in a worker, ${s.receiveMs?.toFixed(1)} ms to take its answer in` : ''}, paint ${s.paintMs?.toFixed(1)} ms, announce ${s.announceMs?.toFixed(1)} ms; ${s.chars} chars, ${s.painted} quotes painted)` +
    `; longest widget task ${s.longestTaskMs?.toFixed(1)} ms; long tasks seen: ${r.longtasks.length ? r.longtasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`);
}

console.log('time from script start to highlights ready (includes fetching and compiling the wasm):');
report('demo page (People seed)', await timeToReady(`${origin}/index.html#people`, null, null, null));
if (fs.existsSync(pagesDir)) {
  const largest = fs.readdirSync(pagesDir)
    .map((d) => ({ d, size: fs.existsSync(path.join(pagesDir, d, 'source.html')) ? fs.statSync(path.join(pagesDir, d, 'source.html')).size : 0 }))
    .sort((a, b) => b.size - a.size)[0];
  report(`largest saved page (${largest.d}, ${(largest.size / 1024).toFixed(0)} KB of HTML)`, await timeToReady(`${origin}/pages/${largest.d}/source.html`));
}

console.log('a 1 MB article (the seeds repeated as paragraphs):');
const seeds = ['people-blinken-war-crimes.txt', 'mediaite-blinken-war-crimes.txt']
  .map((f) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/seeds', f), 'utf8')).join('\n\n');
report('1 MB article', await timeToReady(`${origin}/bench.html`, (seeds) => {
  const paras = seeds.split(/\n\s*\n/);
  const art = document.createElement('article');
  let n = 0;
  while (n < 1_000_000) {
    for (const t of paras) {
      const p = document.createElement('p');
      p.textContent = t;
      art.append(p);
      n += t.length;
    }
  }
  document.querySelector('main').replaceChildren(art);
}, seeds));
await browser.close();
server.close();
