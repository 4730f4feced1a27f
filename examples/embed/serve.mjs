#!/usr/bin/env node
// The example as a municipal website serves it: this directory, from an origin of its own.
//   node examples/embed/serve.mjs [--port 8081] [--api http://localhost:8080]
// The page names the API as http://localhost:8080 (the README's default); --api serves it with
// another origin instead. Pages get a strict Content-Security-Policy, as many sites have: the
// widget must work under it (README, "The widget").
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const PAGE_API = 'http://localhost:8080';
const OSM_TILES = 'https://tile.openstreetmap.org';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** What a page embedding the widget must allow, besides its own resources. */
export function contentSecurityPolicy(api, tiles = OSM_TILES) {
  return [
    "default-src 'none'",
    `script-src 'self' ${api}`,
    `connect-src ${api}`,
    `style-src 'self' ${api}`,
    // data: for the map: Leaflet stops loading a tile it no longer needs by pointing it at a data: GIF.
    `img-src 'self' data: ${api} ${tiles}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Serves the example on host:port; resolves to the listening server. */
export function serve({ port = 8081, host = 'localhost', api = PAGE_API } = {}) {
  const origin = new URL(api).origin;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://page').pathname);
    const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
    const type = TYPES[extname(file)];
    if (!file.startsWith(ROOT) || file.slice(ROOT.length).split(sep).includes('test') || !type
        || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    try {
      let body = await readFile(file);
      if (type.startsWith('text/html')) body = Buffer.from(body.toString('utf8').replaceAll(PAGE_API, origin));
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': contentSecurityPolicy(origin),
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const option = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const port = Number(option('port', 8081));
  const api = option('api', PAGE_API);
  await serve({ port, api });
  console.log(`The example: http://localhost:${port}/ (the widget from ${api}); Ctrl-C stops it.`);
}
