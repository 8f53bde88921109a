// The embed in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi:
// the demo page's quotations against the seed gold, the hover card, the keyboard path, the
// speakers panel by keyboard, and destroy() restoring the DOM. The same page as the Chromium
// tests, served from www/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDemo, launchFirefox, openFirefoxPage, rectOf, cardText, gold, sameSpeaker, norm } from './helpers.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDemo());
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const ready = (page) => page.waitForFunction(() => globalThis.WhoSaid?.annotations?.() != null, { timeout: 20000 });
const problems = (log) => log.console.filter((m) => ['warn', 'warning', 'error'].includes(m.type) && !/favicon/.test(m.text));
const cardOpen = () => document.querySelector('whosaid-card')?.shadowRoot?.querySelector('.card')?.hidden === false;

for (const doc of gold.documents) {
  const name = doc.id.startsWith('people') ? 'people' : 'mediaite';
  test(`Firefox: demo ${name}: every seed quotation is painted with its gold speaker`, async () => {
    const { page, log } = await openFirefoxPage(browser);
    await page.goto(`${origin}/#${name}`);
    await ready(page);
    const speech = await page.evaluate(() => WhoSaid.annotations().quotes
      .filter((q) => ['direct', 'partial', 'block'].includes(q.kind)));
    const painted = await page.evaluate(() => {
      const texts = (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString());
      return { known: texts('whosaid-quote'), unknown: texts('whosaid-unknown') };
    });
    for (const g of doc.quotes) {
      const q = speech.find((q) => norm(q.text) === norm(g.text));
      assert.ok(q, `quote found: ${g.text.slice(0, 50)}`);
      assert.ok(sameSpeaker(g.speaker, q.speakerName), `${g.text.slice(0, 40)}: gold ${g.speaker}, got ${q.speakerName}`);
      const as = q.confidence >= 0.5 ? painted.known : painted.unknown;
      assert.ok(as.some((t) => norm(t) === norm(g.text)), `painted: ${g.text.slice(0, 50)}`);
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(problems(log), []);
    await page.close();
  });
}

test('Firefox: hovering a quotation opens a card naming its speaker; moving away closes it', async () => {
  const { page, log } = await openFirefoxPage(browser);
  await page.goto(`${origin}/#people`);
  await ready(page);
  const at = await rectOf(page, 'is going to');
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(cardOpen, { timeout: 5000 });
  assert.match(await cardText(page), /Volodymyr Zelenskyy/);
  const card = await page.evaluate(() => {
    const c = document.querySelector('whosaid-card').shadowRoot.querySelector('.card');
    const r = c.getBoundingClientRect();
    return { role: c.getAttribute('role'), inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
  });
  assert.deepEqual(card, { role: 'dialog', inside: true });
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => !(document.querySelector('whosaid-card').shadowRoot.querySelector('.card').hidden === false), { timeout: 5000 });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('Firefox: keyboard: Tab reaches a quotation, its card opens, arrows move, Escape closes', async () => {
  const { page, log } = await openFirefoxPage(browser);
  await page.goto(`${origin}/#people`);
  await ready(page);
  let text = null;
  for (let i = 0; i < 40 && !text; i++) {
    await page.keyboard.press('Tab');
    text = await cardText(page);
  }
  assert.ok(text, 'a card opened on keyboard focus');
  assert.match(text, /U\.S\.|Antony Blinken/);
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await cardText(page), text, 'ArrowRight moved to the next quotation');
  await page.keyboard.press('Escape');
  assert.equal(await cardText(page), null, 'Escape closed the card');
  assert.ok(await page.evaluate(() => document.activeElement !== document.body), 'focus stayed on the quotation');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('Firefox: the speakers panel by keyboard: its button is the first Tab stop, rows step through quotes, Escape twice returns', async () => {
  const { page, log } = await openFirefoxPage(browser);
  await page.goto(`${origin}/`);
  await ready(page);
  const active = () => page.evaluate(() => {
    const a = document.querySelector('whosaid-panel').shadowRoot.activeElement;
    return a ? (a.querySelector('.name')?.textContent ?? a.className) : document.activeElement?.localName ?? null;
  });
  const open = () => page.evaluate(() => !document.querySelector('whosaid-panel').shadowRoot.querySelector('.panel').hidden);
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'toggle');
  await page.keyboard.press('Enter');
  assert.ok(await open());
  assert.equal(await active(), 'Antony Blinken', 'focus went to the first row');
  const rows = await page.evaluate(() => document.querySelector('whosaid-panel').shadowRoot.querySelectorAll('.row').length);
  const summary = await page.evaluate(() => WhoSaid.summary());
  assert.equal(rows, summary.speakers.length + (summary.unattributed.quotes.length > 0 ? 1 : 0));
  await page.keyboard.press('Enter');
  assert.match(await cardText(page), /Antony Blinken[\s\S]*1 of 7/);
  await page.keyboard.press('Enter');
  assert.match(await cardText(page), /2 of 7/);
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(), 'Jen Psaki');
  await page.keyboard.press('Escape');
  assert.equal(await cardText(page), null, 'the first Escape closes the card');
  await page.keyboard.press('Escape');
  assert.equal(await open(), false, 'the second closes the panel');
  assert.equal(await active(), 'toggle', 'focus went back to the button');
  assert.deepEqual(log.errors, []);
  await page.close();
});

test('Firefox: destroy() leaves the DOM exactly as it was, with highlights and with wrapping', async () => {
  const { page, log } = await openFirefoxPage(browser);
  await page.goto(`${origin}/?manual#people`);
  await page.waitForFunction(() => globalThis.WhoSaid, { timeout: 20000 });
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  for (const highlight of ['auto', 'wrap']) {
    const count = await page.evaluate(async (highlight) => (await WhoSaid.init({ root: 'main article', highlight }))?.quotes.length, highlight);
    assert.ok(count > 10, `annotated (${highlight})`);
    assert.equal((await page.evaluate(() => WhoSaid.stats())).mode, highlight === 'wrap' ? 'wrap' : 'highlight');
    await page.evaluate(() => WhoSaid.destroy());
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, `restored (${highlight})`);
    assert.equal(await page.evaluate(() => CSS.highlights.size + document.adoptedStyleSheets.length), 0);
  }
  assert.deepEqual(log.errors, []);
  assert.deepEqual(problems(log), []);
  await page.close();
});
