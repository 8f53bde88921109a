// Real saved news pages (../shared/pages/<site>/source.html) with the widget injected as an
// extension would: the article it reads must match what a reader view extracts
// (expected.html), its quotations are painted, and nothing outside it is. Requests off
// localhost are refused. Skipped when ../shared/pages is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, serve, openPage, ROOT, SHARED } from './helpers.mjs';

const PAGES = path.join(SHARED, 'pages');
const sites = fs.existsSync(PAGES) ? fs.readdirSync(PAGES).filter((d) => fs.existsSync(path.join(PAGES, d, 'source.html'))) : [];

let server, origin, browser;
if (sites.length === 0) {
  // Nothing is started, so nothing is left open: the runner ends at once.
  const why = `${PAGES} not found: the real-page tests are skipped`;
  console.log(why);
  test('real saved pages', { skip: why }, () => {});
} else {
  before(async () => {
    ({ server, origin } = await serve({ mounts: { '/pages': PAGES, '/whosaid': path.join(ROOT, 'www') } }));
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

/** Words of a text, for a bag-of-words overlap. */
function bag(text) {
  const counts = new Map();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
function overlap(got, want) {
  const a = bag(got), b = bag(want);
  let common = 0, na = 0, nb = 0;
  for (const [w, n] of a) { na += n; common += Math.min(n, b.get(w) ?? 0); }
  for (const n of b.values()) nb += n;
  return { recall: common / nb, precision: common / na };
}

/** Injects the widget into an open page and waits for it (or its failure). */
export async function inject(page, src) {
  await page.evaluate(async (src) => {
    const mod = await import(src);
    await mod.default.init();
  }, src);
}

for (const site of sites) {
  test(`page ${site}: the article is found, its quotations painted, nothing outside`, async () => {
    const { page, log, context } = await openPage(browser);
    await page.goto(`${origin}/pages/${site}/source.html`, { waitUntil: 'load' });
    const pageErrorsBefore = log.errors.length;
    await inject(page, `${origin}/whosaid/whosaid.js`);
    const result = await page.evaluate(async () => {
      const article = WhoSaid.article();
      const a = WhoSaid.annotations();
      const root = [...(CSS.highlights.get('whosaid-quote') ?? []), ...(CSS.highlights.get('whosaid-unknown') ?? [])];
      return {
        text: article?.text ?? '',
        speech: a ? a.quotes.filter((q) => ['direct', 'partial', 'block'].includes(q.kind)).length : -1,
        painted: root.length,
        stats: WhoSaid.stats(),
      };
    });
    const expectedHtml = fs.readFileSync(path.join(PAGES, site, 'expected.html'), 'utf8');
    const expected = await page.evaluate((html) => {
      const d = new DOMParser().parseFromString(html, 'text/html');
      return d.body.textContent;
    }, expectedHtml);
    const o = overlap(result.text, expected);
    console.log(`${site}: recall ${(o.recall * 100).toFixed(1)}%, precision ${(o.precision * 100).toFixed(1)}%, ` +
      `${result.speech} speech quotes, ${result.painted} painted, read ${result.stats?.readMs?.toFixed(1)} ms`);
    assert.ok(o.recall >= 0.9, `${site}: ${(o.recall * 100).toFixed(1)}% of the reader view's words read`);
    assert.ok(o.precision >= 0.9, `${site}: ${(o.precision * 100).toFixed(1)}% of the words read are the reader view's`);
    assert.equal(result.painted, result.speech, 'every speech quotation painted');
    // Quotations in the reader view's text are found in the page's article too.
    const wanted = await page.evaluate(async (text) => (await WhoSaid.annotateText(text)).quotes
      .filter((q) => ['direct', 'partial', 'block'].includes(q.kind)).length, expected);
    assert.ok(result.speech >= wanted * 0.9, `${result.speech} speech quotations on the page, ${wanted} in the reader view`);
    // Every painted range lies inside the article root.
    const outside = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('whosaid-quote') ?? []), ...(CSS.highlights.get('whosaid-unknown') ?? [])];
      const blocks = WhoSaid.article().blocks.map((b) => b.text);
      return ranges.filter((r) => !blocks.some((t) => t.includes(r.toString().replace(/\s+/g, ' ').trim()))).length;
    });
    assert.equal(outside, 0);
    const ours = log.errors.slice(pageErrorsBefore).filter((e) => /whosaid/i.test(`${e.stack ?? ''} ${e.message}`));
    assert.deepEqual(ours, [], 'no page error from the widget');
    assert.ok(log.refused.every((u) => !u.startsWith(origin)));
    assert.ok(log.requests.every((u) => u.startsWith(origin) || log.refused.includes(u) || u.startsWith('data:')));
    await context.close();
  });
}
