#!/usr/bin/env node
// A small static server for the demo and the browser tests (no dependencies). Sends .wasm as
// application/wasm, serves only files under its mounts, and can add response headers (a
// Content-Security-Policy, say) to test the widget under them.
//
//   node scripts/serve.mjs [--port 8080] [--mount /=www] [--mount /pages=../shared/pages]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * Starts a server. `mounts`: {urlPrefix: directory}. `headers(url)`: extra response headers
 * for a request (or undefined). `transform(url, body)`: may rewrite an HTML body. Resolves to
 * {server, origin, requests} where `requests` lists every path asked for.
 */
export function serve({ port = 0, mounts = { '/': 'www' }, headers, transform } = {}) {
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : prefix + '/', path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad path');
      return;
    }
    const mount = roots.find(([prefix]) => (pathname + '/').startsWith(prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    const [prefix, dir] = mount;
    let file = path.join(dir, pathname.slice(prefix.length - 1));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (transform && type.startsWith('text/html')) body = transform(url, body.toString('utf8'));
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(headers?.(url) ?? {}) });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, origin: `http://localhost:${server.address().port}`, requests });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let port = 8080;
  const mounts = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (args[i] === '--mount') {
      const [prefix, dir] = args[++i].split('=');
      mounts[prefix] = dir;
    } else {
      console.error(`usage: serve.mjs [--port N] [--mount /prefix=dir]...`);
      process.exit(2);
    }
  }
  if (!Object.keys(mounts).length) mounts['/'] = 'www';
  const { origin } = await serve({ port, mounts });
  console.log(`whosaid demo: ${origin}/  (Ctrl-C stops)`);
}
