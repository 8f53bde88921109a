// The speakers panel ("Who's quoted") on the demo page in Chromium: its rows against the seed
// gold's speakers and counts, the same numbers from WhoSaid.summary(), the pointer and keyboard
// paths through a speaker's quotations, the option that hides its button, and axe-core on the
// panel and the card in light and dark mode. WHOSAID_SCREENSHOTS=DIR saves what it looks like.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serveDemo, openPage, cardText, gold, sameSpeaker, ROOT } from './helpers.mjs';

const SHOTS = process.env.WHOSAID_SCREENSHOTS;
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDemo({ manual: 'always' }));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The demo page with `options` for init, at `size`. */
async function start(name, options = {}, pageOptions = {}) {
  const opened = await openPage(browser, { viewport: { width: 1100, height: 800 }, ...pageOptions });
  await opened.page.goto(`${origin}/#${name}`);
  await opened.page.waitForFunction(() => globalThis.WhoSaid);
  const a = await opened.page.evaluate((o) => WhoSaid.init({ root: 'main article', ...o }), options);
  assert.ok(a, 'annotated');
  return opened;
}

const rows = (page) => page.evaluate(() => [...document.querySelector('whosaid-panel').shadowRoot.querySelectorAll('.row')]
  .map((r) => ({ name: r.querySelector('.name').textContent, numbers: r.querySelector('.numbers').textContent })));
const active = (page) => page.evaluate(() => {
  const root = document.querySelector('whosaid-panel').shadowRoot;
  const a = root.activeElement;
  return a ? (a.querySelector('.name')?.textContent ?? a.className) : document.activeElement?.localName ?? null;
});
const panelOpen = (page) => page.evaluate(() => !document.querySelector('whosaid-panel').shadowRoot.querySelector('.panel').hidden);

for (const doc of gold.documents) {
  const name = doc.id.startsWith('people') ? 'people' : 'mediaite';
  test(`panel ${name}: one row per gold speaker with their number of quotes, as summary() says`, async () => {
    const { page, log, context } = await start(name, { minConfidence: 0 });
    const expected = new Map();
    for (const q of doc.quotes) expected.set(q.speaker, (expected.get(q.speaker) ?? 0) + 1);
    await page.evaluate(() => WhoSaid.openPanel());
    const shown = await rows(page);
    const summary = await page.evaluate(() => WhoSaid.summary());
    assert.equal(shown.length, summary.speakers.length + (summary.unattributed.quotes.length ? 1 : 0));
    assert.equal(summary.unattributed.quotes.length, 0, 'every seed quotation has a speaker at minConfidence 0');
    assert.equal(shown.length, expected.size, JSON.stringify(shown));
    for (const [speaker, n] of expected) {
      const row = shown.find((r) => sameSpeaker(speaker, r.name));
      assert.ok(row, `a row for ${speaker}: ${JSON.stringify(shown)}`);
      assert.match(row.numbers, new RegExp(`^${n} quotes? · `), `${speaker}: ${row.numbers}`);
      const s = summary.speakers.find((x) => x.name === row.name);
      assert.equal(s.quotes.length, n);
      assert.match(row.numbers, new RegExp(` ${s.words} words? · ${Math.round(s.share * 100)}% of quoted words$`));
    }
    const shares = summary.speakers.reduce((t, s) => t + s.share, 0) + summary.unattributed.share;
    assert.ok(Math.abs(shares - 1) < 1e-3, `shares add up to 1: ${shares}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test('panel, pointer: the button opens it; a row steps through that speaker’s quotations in the page', async () => {
  const { page, log, context } = await start('people');
  const toggle = page.locator('whosaid-panel .toggle');
  assert.match(await toggle.textContent(), /^Who’s quoted · \d+$/);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.ok(await panelOpen(page));
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const row = page.locator('whosaid-panel .row', { hasText: 'Jen Psaki' });
  await row.click();
  await page.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot.querySelector('.card').hidden === false);
  assert.match(await cardText(page), /Jen Psaki[\s\S]*1 of 4 quotes by this speaker/);
  assert.equal(await row.getAttribute('aria-current'), 'true');
  // The quotation is in view, and marked as the active one.
  const seen = await page.evaluate(() => {
    const r = [...CSS.highlights.get('whosaid-active')][0].getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(seen, 'the quotation was scrolled into view');
  await row.click();
  assert.match(await cardText(page), /Jen Psaki[\s\S]*2 of 4 quotes by this speaker/);
  await row.click({ modifiers: ['Shift'] });
  assert.match(await cardText(page), /1 of 4 quotes/);
  // The card sits beside the panel, not over it.
  const apart = await page.evaluate(() => {
    const c = document.querySelector('whosaid-card').shadowRoot.querySelector('.card').getBoundingClientRect();
    const p = document.querySelector('whosaid-panel').shadowRoot.querySelector('.panel').getBoundingClientRect();
    return c.right <= p.left;
  });
  assert.ok(apart, 'card beside the panel');
  await page.locator('whosaid-panel .close').click();
  assert.equal(await panelOpen(page), false);
  assert.equal(await cardText(page), null, 'closing the panel closed its card');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('panel, keyboard: open, step with Enter and Shift+Enter, move with arrows, Escape twice', async () => {
  const { page, log, context } = await start('people');
  await page.locator('whosaid-panel .toggle').focus();
  await page.keyboard.press('Enter');
  assert.ok(await panelOpen(page));
  assert.equal(await active(page), 'Antony Blinken', 'focus went to the first row');
  await page.keyboard.press('Enter');
  assert.match(await cardText(page), /Antony Blinken[\s\S]*1 of 7/);
  assert.equal(await active(page), 'Antony Blinken', 'focus stayed in the panel');
  await page.keyboard.press('Enter');
  assert.match(await cardText(page), /2 of 7/);
  await page.keyboard.press('Shift+Enter');
  assert.match(await cardText(page), /1 of 7/);
  const live = await page.evaluate(() => document.querySelector('whosaid-panel').shadowRoot.querySelector('[aria-live]').textContent);
  assert.equal(live, 'Antony Blinken: quote 1 of 7');
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(page), 'Jen Psaki');
  await page.keyboard.press('End');
  assert.equal(await active(page), 'Speaker not identified');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  assert.match(await cardText(page), /Jen Psaki[\s\S]*1 of 4/);
  await page.keyboard.press('Escape');
  assert.equal(await cardText(page), null, 'the first Escape closes the card');
  assert.ok(await panelOpen(page));
  await page.keyboard.press('Escape');
  assert.equal(await panelOpen(page), false, 'the second closes the panel');
  assert.equal(await active(page), 'toggle', 'focus went back to the button');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('panel: false hides the button; the API still opens the panel; destroy removes it', async () => {
  const { page, log, context } = await start('mediaite', { panel: false });
  assert.equal(await page.locator('whosaid-panel .toggle').isVisible(), false);
  await page.evaluate(() => WhoSaid.togglePanel());
  assert.ok(await panelOpen(page));
  await page.evaluate(() => WhoSaid.destroy());
  assert.equal(await page.evaluate(() => document.querySelectorAll('whosaid-panel').length), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the panel and the card (${scheme})`, async () => {
    const { page, log, context } = await start('people', {}, { colorScheme: scheme });
    await page.locator('whosaid-panel .toggle').click();
    await page.locator('whosaid-panel .row').first().click();
    await page.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot.querySelector('.card').hidden === false);
    // Settled: the card and the panel fade in, and contrast is judged on the final colours.
    await page.waitForFunction(() => ['whosaid-card .card', 'whosaid-panel .panel'].every((sel) => {
      const [host, inner] = sel.split(' ');
      return getComputedStyle(document.querySelector(host).shadowRoot.querySelector(inner)).opacity === '1';
    }));
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('whosaid-panel').shadowRoot.querySelector('.panel')).backgroundColor);
    assert.equal(background, scheme === 'dark' ? 'rgb(35, 33, 28)' : 'rgb(255, 253, 247)');
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `panel-${scheme}.png`) });
    }
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async () => {
      const r = await axe.run({ include: [['whosaid-panel'], ['whosaid-card']] }, { resultTypes: ['violations', 'passes'] });
      return {
        violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
        passes: r.passes.length,
      };
    });
    assert.deepEqual(result.violations, []);
    assert.ok(result.passes > 5, `axe checked the widget (${result.passes} rules passed)`);
    console.log(`# axe-core ${scheme}: 0 violations, ${result.passes} rules passed`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
