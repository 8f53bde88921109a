// What a publisher writes against the npm package's types; tests/browser/package.test.mjs
// type-checks it with tsc (strict). It is never run.
import WhoSaid, { type PageAnnotations, type Speaker } from 'whosaid';
import { annotateText, type Annotations } from 'whosaid/engine';

async function main(): Promise<void> {
  const result: PageAnnotations | null = await WhoSaid.init({ root: 'article', theme: 'dark', minConfidence: 0.5 });
  for (const q of result?.quotes ?? []) {
    const who: string = q.speakerName ?? 'unknown';
    console.log(q.text, who, q.kind, q.span.char_start, q.confidence);
  }
  const speakers: Speaker[] = WhoSaid.annotations()?.speakers ?? [];
  console.log(speakers.map((s) => `${s.name} ${s.role ?? ''} ${s.age ?? ''}`));
  const plain: Annotations = await WhoSaid.annotateText('"Hi," she said.');
  console.log(plain.quotes.length, WhoSaid.stats()?.paintMs, WhoSaid.timing()?.ready);
  document.addEventListener('whosaid:ready', (e) => console.log(e.detail.quotes.length));
  const el: Element = await WhoSaid.findArticle();
  console.log(el.localName, typeof annotateText);
  WhoSaid.destroy();
}

main();
