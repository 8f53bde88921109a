// The demo page in real headless Chromium: every seed quotation painted with its gold speaker,
// hover and keyboard cards, dynamic pages, destroy, hostile input. `node --test tests/browser/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDemo, openPage, ready, rectOf, cardText, gold, sameSpeaker, norm } from './helpers.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await serveDemo());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function painted(page) {
  return page.evaluate(() => {
    const texts = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
    return { known: texts('whosaid-quote'), unknown: texts('whosaid-unknown') };
  });
}

for (const doc of gold.documents) {
  const name = doc.id.startsWith('people') ? 'people' : 'mediaite';
  test(`demo ${name}: every seed quotation is painted with its gold speaker`, async () => {
    const { page, log, context } = await openPage(browser);
    await page.goto(`${origin}/#${name}`);
    await ready(page);
    const a = await page.evaluate(() => WhoSaid.annotations());
    const speech = a.quotes.filter((q) => ['direct', 'partial', 'block'].includes(q.kind));
    const { known, unknown } = await painted(page);
    for (const g of doc.quotes) {
      const q = speech.find((q) => norm(q.text) === norm(g.text));
      assert.ok(q, `quote found: ${g.text.slice(0, 50)}`);
      assert.ok(sameSpeaker(g.speaker, q.speakerName), `${g.text.slice(0, 40)}: gold ${g.speaker}, got ${q.speakerName}`);
      // Painted as attributed when at least as sure as the default minConfidence (0.5), else
      // as "speaker not identified".
      const as = q.confidence >= 0.5 ? known : unknown;
      assert.ok(as.some((t) => norm(t) === norm(g.text)), `painted: ${g.text.slice(0, 50)}`);
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
    await context.close();
  });
}

test('hovering “Nobody is going to break us” shows a card naming Volodymyr Zelenskyy', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/#people`);
  await ready(page);
  const at = await rectOf(page, 'is going to');
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot.querySelector('.card').hidden === false);
  const text = await cardText(page);
  assert.match(text, /Volodymyr Zelenskyy/);
  assert.match(text, /“he told” → Volodymyr Zelenskyy|he told/);
  // The card's role and name, and its place in the viewport.
  const card = await page.evaluate(() => {
    const c = document.querySelector('whosaid-card').shadowRoot.querySelector('.card');
    const r = c.getBoundingClientRect();
    return { role: c.getAttribute('role'), label: c.shadowRoot, name: c.querySelector('.name').textContent,
      inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight };
  });
  assert.equal(card.role, 'dialog');
  assert.equal(card.name, 'Volodymyr Zelenskyy');
  assert.ok(card.inside, 'card inside the viewport');
  // Moving onto the card keeps it open; moving far away closes it.
  const box = await page.evaluate(() => {
    const r = document.querySelector('whosaid-card').shadowRoot.querySelector('.card').getBoundingClientRect();
    return { x: r.left + 10, y: r.top + 10 };
  });
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await page.waitForTimeout(500);
  assert.ok(await cardText(page), 'stays open while the pointer is on it');
  // Its previous/next buttons step through the speaker's quotations.
  const count = () => page.evaluate(() => document.querySelector('whosaid-card').shadowRoot.querySelector('.count').textContent);
  const first = await count();
  const button = await page.evaluate(() => {
    const root = document.querySelector('whosaid-card').shadowRoot;
    const b = [root.querySelector('.next'), root.querySelector('.prev')].find((x) => !x.disabled);
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(button.x, button.y);
  await page.waitForFunction((f) => document.querySelector('whosaid-card').shadowRoot.querySelector('.count').textContent !== f, first);
  assert.match(first, /^\d+ of \d+ quotes by this speaker$/);
  assert.match(await count(), /^\d+ of \d+ quotes by this speaker$/);
  assert.match(await cardText(page), /Volodymyr Zelenskyy/);
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.querySelector('whosaid-card').shadowRoot.querySelector('.card').hidden);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('keyboard: Tab reaches a quotation, its card opens, arrows move, Escape closes', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/#people`);
  await ready(page);
  let text = null;
  for (let i = 0; i < 40 && !text; i++) {
    await page.keyboard.press('Tab');
    text = await cardText(page);
  }
  assert.ok(text, 'a card opened on keyboard focus');
  assert.match(text, /U\.S\.|Antony Blinken/);
  const focused = await page.evaluate(() => document.activeElement.tagName);
  await page.keyboard.press('ArrowRight');
  const next = await cardText(page);
  assert.notEqual(next, text, 'ArrowRight moved to the next quotation');
  await page.keyboard.press('Escape');
  assert.equal(await cardText(page), null, 'Escape closed the card');
  assert.ok(await page.evaluate(() => document.activeElement !== document.body), 'focus stayed on the quotation');
  assert.ok(focused);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('destroy() leaves the DOM exactly as it was, with highlights and with wrapping', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/?manual#people`);
  await page.waitForFunction(() => globalThis.WhoSaid);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  for (const highlight of ['auto', 'wrap']) {
    const a = await page.evaluate((highlight) => WhoSaid.init({ root: 'main article', highlight }), highlight);
    assert.ok(a && a.quotes.length > 10, `annotated (${highlight})`);
    const during = await page.evaluate(() => document.documentElement.outerHTML);
    assert.notEqual(during, before);
    if (highlight === 'wrap') {
      assert.ok(await page.evaluate(() => document.querySelectorAll('whosaid-q').length > 10));
      assert.equal((await page.evaluate(() => WhoSaid.stats())).mode, 'wrap');
    }
    await page.evaluate(() => WhoSaid.destroy());
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, `restored (${highlight})`);
    assert.equal(await page.evaluate(() => CSS.highlights.size + document.adoptedStyleSheets.length), 0);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a long article is annotated in the worker, with the same result as on the main thread', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/?manual#people`);
  await page.waitForFunction(() => globalThis.WhoSaid);
  const run = (options) => page.evaluate(async (options) => {
    const annotations = await WhoSaid.init({ root: 'main article', ...options });
    const painted = [...CSS.highlights.get('whosaid-quote')].map((r) => r.toString());
    const { offThread } = WhoSaid.stats();
    WhoSaid.destroy();
    return { annotations, painted, offThread };
  }, options);
  const here = await run({ worker: false });
  // Any article longer than the threshold goes to the worker: this one is ~4 kB.
  const there = await run({ workerThreshold: 100 });
  assert.equal(here.offThread, false);
  assert.equal(there.offThread, true);
  assert.ok(here.annotations.quotes.length > 10);
  assert.deepEqual(there.annotations, here.annotations);
  assert.deepEqual(there.painted, here.painted);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await context.close();
});

test('client-side navigation and pasted text are annotated; pasted HTML stays text', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/#people`);
  await ready(page);
  const updated = () => page.evaluate(() => new Promise((resolve, reject) => {
    document.addEventListener('whosaid:update', (e) => resolve(e.detail), { once: true });
    setTimeout(() => reject(new Error('no whosaid:update within 5 s')), 5000);
  }));
  let next = updated();
  await page.evaluate(() => { location.hash = '#mediaite'; });
  let a = await next;
  assert.ok(a.quotes.some((q) => q.speakerName === 'Beth Van Schaack'));
  next = updated();
  await page.evaluate(() => { location.hash = '#paste'; });
  await next;
  await page.fill('#paste-text', 'Mayor Jane Smith spoke on Monday.\n\n"<img src=x onerror=alert(1)> We will rebuild," she said. 😀 שלום "Again," Smith added.');
  next = updated();
  await page.click('#paste-go');
  a = await next;
  const q = a.quotes.filter((q) => ['direct', 'partial'].includes(q.kind));
  assert.equal(q.length, 2);
  assert.equal(q[0].text, '<img src=x onerror=alert(1)> We will rebuild,');
  assert.equal(q[0].speakerName, 'Jane Smith');
  assert.equal(q[1].speakerName, 'Jane Smith');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.deepEqual((await painted(page)).known.map(norm).sort(), q.map((x) => norm(x.text)).sort());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an interview pasted as questions and answers: each answer is painted as the interviewee\'s', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/#paste`);
  await ready(page);
  await page.fill('#paste-text', [
    'Noor Haddad became the transit chief in June. Haddad sat down with us last week.',
    'Q: Are the trains late?', 'A: They are. We are fixing the signals first.',
    'Q: When will riders notice?', 'A: By the spring, I hope.',
  ].join('\n\n'));
  const next = page.evaluate(() => new Promise((resolve, reject) => {
    document.addEventListener('whosaid:update', (e) => resolve(e.detail), { once: true });
    setTimeout(() => reject(new Error('no whosaid:update within 5 s')), 5000);
  }));
  await page.click('#paste-go');
  const a = await next;
  const answers = a.quotes.filter((q) => q.kind === 'answer');
  assert.deepEqual(answers.map((q) => [q.text, q.speakerName, q.rule]), [
    ['They are. We are fixing the signals first.', 'Noor Haddad', 'interview'],
    ['By the spring, I hope.', 'Noor Haddad', 'interview'],
  ]);
  assert.deepEqual((await painted(page)).known.map(norm).sort(), answers.map((q) => norm(q.text)).sort());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a second instance stands down; hostile page CSS does not restyle the card', async () => {
  const { page, log, context } = await openPage(browser);
  await page.goto(`${origin}/#people`);
  await ready(page);
  const second = await page.evaluate(async () => {
    const mod = await import('/whosaid.js?second');
    return mod.default.init();
  });
  assert.equal(second, null);
  assert.ok(log.console.some((m) => m.type === 'warning' && /stands down/.test(m.text)));
  await page.addStyleTag({ content: 'whosaid-card, whosaid-card * { display: none !important; color: red !important; font-size: 40px !important } * { all: revert }' });
  const at = await rectOf(page, 'speaking from the heart');
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => document.querySelector('whosaid-card')?.shadowRoot.querySelector('.card').hidden === false);
  const style = await page.evaluate(() => {
    const host = document.querySelector('whosaid-card');
    const name = host.shadowRoot.querySelector('.name');
    return { display: getComputedStyle(host).display, size: getComputedStyle(name).fontSize, text: name.textContent };
  });
  assert.equal(style.display, 'block');
  assert.equal(style.size, '16px');
  assert.equal(style.text, 'Jen Psaki');
  assert.deepEqual(log.errors, []);
  await context.close();
});
