// The one-tag embed under a publisher's Content-Security-Policy and Trusted Types, in Chromium.
// The demo page is served with the policy as a response header, and its tag points at what
// ships: dist/ as scripts/package writes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, serve, openPage, ready, ROOT } from './helpers.mjs';

const POLICIES = {
  // What the README tells publishers to add.
  strict: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:",
  nowasm: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
  tt: "script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types 'none'",
};

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serve({
    mounts: { '/': path.join(ROOT, 'www'), '/dist': path.join(ROOT, 'dist') },
    transform: (url, html) => html.replace('src="whosaid.js"', 'src="dist/whosaid.js"'),
    headers: (url) => {
      const p = POLICIES[url.searchParams.get('csp')];
      return p ? { 'content-security-policy': p } : undefined;
    },
  }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const [name, label] of [['strict', "script-src 'self' 'wasm-unsafe-eval'"], ['tt', 'Trusted Types enforced']]) {
  test(`embed works under ${label}`, async () => {
    const { page, log, context } = await openPage(browser);
    await page.goto(`${origin}/?csp=${name}#people`);
    await ready(page);
    const a = await page.evaluate(() => WhoSaid.annotations());
    assert.ok(a.quotes.some((q) => q.speakerName === 'Volodymyr Zelenskyy'));
    assert.ok(log.requests.some((u) => u.endsWith('/dist/pkg/whosaid_bg.wasm')), 'the shipped build ran');
    assert.ok(await page.evaluate(() => CSS.highlights.get('whosaid-quote').size > 10));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'warning' || (m.type === 'error' && !/favicon/.test(m.text))), []);
    await context.close();
  });
}

test("without 'wasm-unsafe-eval': one warning, no uncaught error, the page untouched", async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/?csp=nowasm#people`);
  await page.waitForFunction(() => globalThis.WhoSaid);
  await page.waitForTimeout(500);
  const warnings = log.console.filter((m) => m.type === 'warning' && /whosaid/.test(m.text));
  assert.equal(warnings.length, 1, JSON.stringify(log.console));
  assert.match(warnings[0].text, /wasm-unsafe-eval/);
  assert.deepEqual(log.errors, []);
  const traces = await page.evaluate(() => ({
    card: document.querySelectorAll('whosaid-card').length,
    tabindex: document.querySelectorAll('main [tabindex]').length,
    sheets: document.adoptedStyleSheets.length,
    annotations: WhoSaid.annotations(),
  }));
  assert.deepEqual(traces, { card: 0, tabindex: 0, sheets: 0, annotations: null });
  await context.close();
});

test('data-off leaves the page alone', async () => {
  const { page, log, context } = await openPage(browser);
  await page.route('**/index.html*', async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: (await res.text()).replace('data-root=', 'data-off data-root=') });
  });
  await page.goto(`${origin}/index.html#people`);
  await page.waitForFunction(() => globalThis.WhoSaid);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => WhoSaid.annotations()), null);
  assert.equal(await page.evaluate(() => document.querySelectorAll('whosaid-card').length), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});
