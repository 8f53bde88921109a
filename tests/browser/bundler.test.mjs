// The npm package as a publisher uses it: packed, installed into a small app, bundled by Vite,
// served, and started by the app's own code in Chromium. The bundle's <script> tag carries the
// loader's code, so this also checks that the loader does not start by itself there, that a
// second init() restarts instead of failing, and that destroy() still restores the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve, openPage, ROOT } from './helpers.mjs';

const ARTICLE = `
<main>
  <article id="story">
    <h1>Harbour ferry returns after a winter off</h1>
    <p>The first ferry of the season left the north pier on Monday morning with forty passengers.</p>
    <p>"We have waited all winter for this crossing," said Ada Moreno, who runs the ticket office.</p>
    <p>The harbour master, Tobias Lind, said the new timetable adds two evening sailings.
    "People asked for later boats, and now they have them," he said.</p>
  </article>
</main>`;

const MAIN = `import WhoSaid from 'whosaid';
const first = WhoSaid.init({ root: '#story' });
const second = WhoSaid.init({ root: '#story', theme: 'dark' });
const [a, b] = await Promise.all([first, second]);
window.result = { first: a && a.quotes.length, second: b && b.quotes.length };
`;

let app, server, origin, browser;
const sizes = {};

before(async () => {
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-vite-'));
  const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', app], ROOT));
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  fs.writeFileSync(path.join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry</title>
<script type="module" src="/main.js"></script></head><body>${ARTICLE}</body></html>`);
  fs.writeFileSync(path.join(app, 'main.js'), MAIN);
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', `./${packed.filename}`], app);
  const out = run(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], app);
  assert.doesNotMatch(out, /error/i, out);
  for (const f of fs.readdirSync(path.join(app, 'dist/assets'))) {
    sizes[f] = fs.statSync(path.join(app, 'dist/assets', f)).size;
  }
  ({ server, origin } = await serve({ mounts: { '/': path.join(app, 'dist') } }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (app) fs.rmSync(app, { recursive: true, force: true });
});

test('Vite copies the engine and the worker next to the bundle', () => {
  const names = Object.keys(sizes);
  assert.ok(names.some((f) => f.endsWith('.wasm')), names.join(', '));
  assert.ok(names.some((f) => /worker/.test(f) && f.endsWith('.js')), names.join(', '));
  console.log(`# vite bundle: ${Object.entries(sizes).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KiB`).join(', ')}`);
});

test('the bundled app starts whosaid itself: two init() calls in turn, then destroy() restores the page', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => window.result, null, { timeout: 20000 });
  const before = await page.evaluate(() => window.result);
  assert.deepEqual(before, { first: 2, second: 2 });
  const names = await page.evaluate(() => WhoSaid.annotations().quotes.map((q) => q.speakerName));
  assert.deepEqual(names, ['Ada Moreno', 'Tobias Lind']);
  assert.equal(await page.evaluate(() => WhoSaid.stats() !== null), true, 'the running instance keeps its handle');
  assert.equal(await page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size), 2);
  assert.deepEqual(log.console.filter((m) => m.type === 'warning' || m.type === 'error'), []);
  assert.deepEqual(log.errors, []);
  const restored = await page.evaluate(async () => {
    WhoSaid.destroy();
    const served = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
    return {
      same: document.getElementById('story').outerHTML === served.getElementById('story').outerHTML,
      highlights: CSS.highlights.get('whosaid-quote')?.size ?? 0,
      card: document.querySelectorAll('whosaid-card').length,
    };
  });
  assert.deepEqual(restored, { same: true, highlights: 0, card: 0 });
  await context.close();
});
