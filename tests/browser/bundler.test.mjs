// The npm package as a publisher uses it: packed, installed into a small app, bundled by Vite
// and by webpack, served, and started by the app's own code in Chromium. The bundle's <script>
// tag carries the loader's code, so this also checks that the loader does not start by itself
// there, that a second init() restarts instead of failing (in the bundled worker), and that
// destroy() still restores the page.
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
const second = WhoSaid.init({ root: '#story', theme: 'dark', workerThreshold: 0 });
const [a, b] = await Promise.all([first, second]);
window.result = { first: a && a.quotes.length, second: b && b.quotes.length };
`;

const PAGE = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry</title>
${script}</head><body>${ARTICLE}</body></html>`;

/** Each bundler: how it builds the app in `app` (into app/dist), and where its assets land. */
const BUNDLERS = {
  vite: {
    build(app, run) {
      fs.writeFileSync(path.join(app, 'index.html'), PAGE('<script type="module" src="/main.js"></script>'));
      return run(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'warn'], app);
    },
    assets: 'dist/assets',
  },
  webpack: {
    build(app, run) {
      fs.writeFileSync(path.join(app, 'webpack.config.js'), `export default {
  mode: 'production', entry: './main.js',
  output: { path: new URL('./dist', import.meta.url).pathname, filename: 'main.js', clean: true },
  performance: { hints: false },
};`);
      const out = run(process.execPath, [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--config', 'webpack.config.js', '--no-stats'], app);
      fs.writeFileSync(path.join(app, 'dist/index.html'), PAGE('<script defer src="main.js"></script>'));
      return out;
    },
    assets: 'dist',
  },
};

let packed, server, origin, browser;
const apps = {};
const sizes = {};

before(async () => {
  const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bundlers-'));
  [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT));
  const mounts = {};
  for (const [name, bundler] of Object.entries(BUNDLERS)) {
    const app = path.join(tmp, name);
    apps[name] = app;
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    fs.writeFileSync(path.join(app, 'main.js'), MAIN);
    run('npm', ['install', '--no-audit', '--no-fund', '--offline', '--loglevel=error', path.join(tmp, packed.filename)], app);
    const out = bundler.build(app, run);
    assert.doesNotMatch(out, /error/i, out);
    sizes[name] = {};
    for (const f of fs.readdirSync(path.join(app, bundler.assets))) {
      if (!f.endsWith('.html')) sizes[name][f] = fs.statSync(path.join(app, bundler.assets, f)).size;
    }
    mounts[`/${name}`] = path.join(app, 'dist');
  }
  apps.tmp = tmp;
  ({ server, origin } = await serve({ mounts }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (apps.tmp) fs.rmSync(apps.tmp, { recursive: true, force: true });
});

for (const name of Object.keys(BUNDLERS)) {
  test(`${name} copies the engine and the worker next to the bundle`, () => {
    const names = Object.keys(sizes[name]);
    assert.ok(names.some((f) => f.endsWith('.wasm')), names.join(', '));
    assert.ok(names.filter((f) => f.endsWith('.js')).length >= 2, `the app and the worker: ${names.join(', ')}`);
    console.log(`# ${name} bundle: ${Object.entries(sizes[name]).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KiB`).join(', ')}`);
  });

  test(`${name}: the bundled app starts whosaid itself: two init() calls in turn, then destroy() restores the page`, async () => {
    const { page, log, context } = await openPage(browser);
    await page.goto(`${origin}/${name}/index.html`);
    await page.waitForFunction(() => window.result, null, { timeout: 20000 });
    const before = await page.evaluate(() => window.result);
    assert.deepEqual(before, { first: 2, second: 2 });
    const names = await page.evaluate(() => WhoSaid.annotations().quotes.map((q) => q.speakerName));
    assert.deepEqual(names, ['Ada Moreno', 'Tobias Lind']);
    // The second init() annotates in the worker the bundler emitted.
    assert.equal(await page.evaluate(() => WhoSaid.stats()?.offThread), true, 'the running instance keeps its handle, and used the worker');
    assert.equal(await page.evaluate(() => CSS.highlights.get('whosaid-quote')?.size), 2);
    assert.deepEqual(log.console.filter((m) => m.type === 'warning' || m.type === 'error'), []);
    assert.deepEqual(log.errors, []);
    const restored = await page.evaluate(async (name) => {
      WhoSaid.destroy();
      const served = new DOMParser().parseFromString(await (await fetch(`/${name}/index.html`)).text(), 'text/html');
      return {
        same: document.getElementById('story').outerHTML === served.getElementById('story').outerHTML,
        highlights: CSS.highlights.get('whosaid-quote')?.size ?? 0,
        card: document.querySelectorAll('whosaid-card').length,
      };
    }, name);
    assert.deepEqual(restored, { same: true, highlights: 0, card: 0 });
    await context.close();
  });
}
