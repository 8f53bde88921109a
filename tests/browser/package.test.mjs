// What ships (scripts/package): the npm package's files and types, and the extension zip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('the npm package holds the embed, the engine and their types, and nothing else', () => {
  const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']));
  const files = pack.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'README.md', 'dist/pkg/whosaid.d.ts', 'dist/pkg/whosaid.js', 'dist/pkg/whosaid_bg.wasm',
    'dist/pkg/whosaid_bg.wasm.d.ts', 'dist/whosaid-worker.js', 'dist/whosaid.d.ts', 'dist/whosaid.js',
    'package.json',
  ]);
});

test('a publisher’s TypeScript against the package type-checks (strict), and a mistake does not', () => {
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'esnext,dom'];
  run(tsc, [...args, 'tests/types/consumer.ts']);
  assert.throws(() => run(tsc, [...args, 'tests/types/mistake.ts']), (e) => /'rooot' does not exist/.test(e.stdout));
});

test('the extension zip holds the unpacked extension', () => {
  const listing = run('python3', ['-m', 'zipfile', '-l', 'dist/whosaid-extension.zip']);
  for (const f of ['manifest.json', 'background.js', 'content.js', 'reader.html', 'reader.js', 'options.html',
    'whosaid.js', 'pkg/whosaid.js', 'pkg/whosaid_bg.wasm', 'icons/128.png']) {
    assert.match(listing, new RegExp(`^${f.replace('.', '\\.')}\\s`, 'm'), f);
  }
});

test('the Firefox zip holds the same extension, with the background as an event page only', () => {
  const listing = run('python3', ['-m', 'zipfile', '-l', 'dist/whosaid-extension-firefox.zip']);
  for (const f of ['manifest.json', 'background.js', 'content.js', 'whosaid.js', 'pkg/whosaid_bg.wasm']) {
    assert.match(listing, new RegExp(`^${f.replace('.', '\\.')}\\s`, 'm'), f);
  }
  const manifest = JSON.parse(run('python3', ['-c',
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("manifest.json").decode())',
    'dist/whosaid-extension-firefox.zip']));
  assert.deepEqual(manifest.background, { scripts: ['background.js'], type: 'module' });
  assert.equal(manifest.browser_specific_settings.gecko.id, 'whosaid@whosaid.dev');
});
