#!/usr/bin/env node
// The WebAssembly engine's memory, printed (asserts nothing). Run after scripts/package:
//   node benches/wasm-memory.mjs
// Instantiates dist/pkg's wasm in Node and annotates a 1 MB article (the seed articles
// repeated) ten times, as the widget does when a page keeps changing, then 100 short ones:
// the wasm memory's size after the first run and after all of them shows what a read costs
// and whether memory is reused rather than grown run after run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engine = await import(path.join(ROOT, 'dist/pkg/whosaid.js'));
const wasm = engine.initSync({ module: fs.readFileSync(path.join(ROOT, 'dist/pkg/whosaid_bg.wasm')) });
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;

const seeds = ['people-blinken-war-crimes.txt', 'mediaite-blinken-war-crimes.txt']
  .map((f) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/seeds', f), 'utf8'))
  .join('\n\n');
let article = '';
while (article.length < 1_000_000) article += `${seeds}\n\n`;

console.log(`wasm memory at start: ${mb(wasm.memory.buffer.byteLength)}`);
engine.annotateText(article);
console.log(`after annotating a ${(article.length / 1e6).toFixed(2)} MB article: ${mb(wasm.memory.buffer.byteLength)}`);
for (let i = 1; i < 10; i++) engine.annotateText(article);
console.log(`after the same 9 times more: ${mb(wasm.memory.buffer.byteLength)}`);
for (let i = 0; i < 100; i++) engine.annotateText(seeds.slice(0, 2000 + 40 * i));
console.log(`after 100 short articles: ${mb(wasm.memory.buffer.byteLength)}`);
