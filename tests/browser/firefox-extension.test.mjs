// The extension's Firefox build (dist/extension-firefox, written by scripts/package) in headless
// Firefox ESR, installed over WebDriver BiDi (webExtension.install), and `web-ext lint` on it.
//
// What cannot be driven headless here, and so is not tested in Firefox: the toolbar button and
// its shortcut (browser chrome, out of WebDriver's reach), and the options page (BiDi refuses to
// navigate to moz-extension: pages). The options page, when the user adds a site, registers the
// content scripts copy-rules.js, content.js and auto.js for it with the host permission the user
// granted; the test installs a copy of the build whose manifest declares exactly that for the
// test server, so the shipped content script, loader and engine run as they would there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launchFirefox, openFirefoxPage, rectOf, cardText, newsPage, gold, sameSpeaker, norm, ROOT } from './helpers.mjs';

const BUILD = path.join(ROOT, 'dist/extension-firefox');
const SITE = 'http://127.0.0.1/*';

let dir, server, origin, browser;
before(async () => {
  assert.ok(fs.existsSync(path.join(BUILD, 'manifest.json')), 'dist/extension-firefox is built (scripts/package)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-ffext-'));
  fs.mkdirSync(path.join(dir, 'site'));
  for (const name of ['people.html', 'strict.html']) {
    fs.writeFileSync(path.join(dir, 'site', name), newsPage('people-blinken-war-crimes.txt'));
  }
  const extension = path.join(dir, 'extension');
  fs.cpSync(BUILD, extension, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [SITE];
  manifest.content_scripts = [{ matches: [SITE], js: ['copy-rules.js', 'content.js', 'auto.js'], run_at: 'document_idle' }];
  fs.writeFileSync(path.join(extension, 'manifest.json'), JSON.stringify(manifest));
  ({ server, origin } = await serve({
    mounts: { '/': path.join(dir, 'site') },
    headers: (url) => (url.pathname === '/strict.html' ? { 'content-security-policy': "script-src 'self'" } : undefined),
  }));
  origin = origin.replace('localhost', '127.0.0.1');
  browser = await launchFirefox();
  assert.equal(await browser.installExtension(extension), 'whosaid@whosaid.dev');
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const painted = (page) => page.waitForFunction(() => (CSS.highlights.get('whosaid-quote')?.size ?? 0) > 0, { timeout: 20000 })
  .then(() => page.evaluate(() => ['whosaid-quote', 'whosaid-unknown']
    .flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()))));

test('web-ext lint: the Firefox build has no errors, warnings or notices', () => {
  const out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', BUILD, '--output', 'json'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const report = JSON.parse(out);
  const messages = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code}: ${m.message}`);
  assert.deepEqual(messages, []);
  console.log(`# web-ext lint: ${JSON.stringify(report.summary)}`);
});

test('Firefox: on a site the user added, the extension paints every seed quotation and a card names the speaker', async () => {
  const { page, log } = await openFirefoxPage(browser);
  await page.goto(`${origin}/people.html`);
  const texts = await painted(page);
  const doc = gold.documents.find((d) => d.id.startsWith('people'));
  for (const g of doc.quotes) assert.ok(texts.some((t) => norm(t) === norm(g.text)), `painted: ${g.text.slice(0, 50)}`);
  const at = await rectOf(page, 'is going to');
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot?.querySelector('.card')?.hidden === false, { timeout: 5000 });
  const text = await cardText(page);
  assert.ok(sameSpeaker('Volodymyr Zelenskyy', /Volodymyr Zelenskyy/.exec(text)?.[0]), text);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("Firefox: under script-src 'self' the content script still runs the engine, so no reader view is needed", async () => {
  const { page, log } = await openFirefoxPage(browser);
  await page.goto(`${origin}/strict.html`);
  assert.ok((await painted(page)).length > 10);
  assert.equal(await page.evaluate(() => document.querySelector('whosaid-notice')), null, 'no "open reader view" notice');
  assert.deepEqual(log.errors, []);
  await page.close();
});
