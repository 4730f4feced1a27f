// The widget in headless Chromium, as a visitor of a municipal website sees it: the packaged API
// on a fresh H2 database, the example page (examples/embed) from a second origin under a strict
// Content-Security-Policy, the map's tiles answered here (the machine has no internet). Run by
// .ci/browser-test; screenshots go to target/embed/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const APP = join(REPO, 'target', 'quarkus-app');
const SHOTS = join(REPO, 'target', 'embed');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WAIT = { timeout: 20000 };

let api;        // { process, origin, exited }
let page;       // the Playwright page
let context;
let site;       // the example's server
let profile;
let dataDir;
const tiles = [];           // tile requests the page made (answered here)
const ownTiles = [];        // those to a tile server of the site's own (tiles="...")
const outside = [];         // any other request to a host that is not this machine's
const pageErrors = [];
const cspConsole = [];

// ---- helpers ----

async function freePort() {
  // Below the ephemeral range, so that no program asking the kernel for any port is given it.
  for (let i = 0; i < 200; i++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 20000-29999');
}

async function startApi() {
  const port = await freePort();
  const management = await freePort();
  dataDir = await mkdtemp(join(tmpdir(), 'twinning-embed-'));
  const child = spawn('java', ['-jar', 'quarkus-run.jar'], {
    cwd: APP,
    env: {
      ...process.env,
      TWINNING_DATA_DIR: dataDir,
      QUARKUS_HTTP_HOST: '127.0.0.1',
      QUARKUS_HTTP_PORT: String(port),
      QUARKUS_MANAGEMENT_HOST: '127.0.0.1',
      QUARKUS_MANAGEMENT_PORT: String(management),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 90000;
  for (;;) {
    if (child.exitCode != null) throw new Error(`the API stopped:\n${log.slice(-3000)}`);
    try {
      if ((await fetch(`http://127.0.0.1:${management}/q/health/ready`)).ok) break;
    } catch { /* starting */ }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become ready:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { process: child, origin: `http://127.0.0.1:${port}`, exited };
}

async function apiJson(path) {
  const response = await fetch(api.origin + path, { headers: { Accept: 'application/json' } });
  return { status: response.status, body: await response.json() };
}

/** A 256 × 256 PNG tile of one colour with a border, for the map's tile layer. */
function tilePng() {
  const size = 256;
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    for (let x = 0; x < size; x++) {
      const edge = x === 0 || y === 0;
      rows.set(edge ? [200, 214, 222] : [226, 236, 240], row + 1 + x * 3);
    }
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

async function shot(name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The visible text of an element in a widget's shadow root (Playwright's CSS pierces it). */
const text = (selector) => page.locator(selector).first().innerText(WAIT);

function expectedLang(value, lang) {
  // The widget marks a text whose language is not the page's: the API's fallback is English.
  if (value[lang]) return null;
  return value.en ? 'en' : Object.keys(value)[0];
}

// ---- the run ----

before(async () => {
  assert.ok(existsSync(join(APP, 'quarkus-run.jar')), 'target/quarkus-app: build the API first (./mvnw -B package)');
  await mkdir(SHOTS, { recursive: true });
  api = await startApi();
  site = await serve({ port: await freePort(), host: 'localhost', api: api.origin });
  profile = await mkdtemp(join(tmpdir(), 'twinning-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
    locale: 'en-GB',
  });
  const tile = tilePng();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' && url.pathname.startsWith('/tiles/')) {
      ownTiles.push(url.pathname);
      return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
    }
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === 'tile.openstreetmap.org') {
      tiles.push(url.pathname);
      return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
    }
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation',
      (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Chromium reports every violation on the console, also those of elements no longer in the page,
  // whose securitypolicyviolation events do not reach the document.
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) cspConsole.push(m.text()); });
  await page.goto(`http://localhost:${site.address().port}/`);
});

after(async () => {
  await context?.close();
  site?.close();
  if (api && api.process.exitCode == null) {
    api.process.kill('SIGTERM');
    await api.exited;
  }
  for (const dir of [profile, dataDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

test('the partners, in Latvian, with the texts the API has in Latvian', async () => {
  const all = (await apiJson('/api/v1/partners?lang=*&size=100')).body.items;
  const daugavpils = (await apiJson('/api/v1/partners/daugavpils?lang=lv')).body;
  await page.locator('twinning-partners [part~="partner"]').nth(all.length - 1).waitFor(WAIT);
  assert.equal(await page.locator('twinning-partners [part~="partner"]').count(), all.length);
  assert.equal(await text('twinning-partners [part~="heading"]'), 'Partneri');
  assert.equal(await page.locator('twinning-partners h2').count(), 1);
  assert.equal(await page.locator('twinning-partners ul > li > h3[part~="name"]').count(), all.length);
  assert.equal(await page.locator('twinning-partners [part~="container"]').getAttribute('lang'), 'lv');
  const card = page.locator('twinning-partners [data-slug="daugavpils"]');
  assert.equal(await card.locator('[part~="description"]').innerText(), daugavpils.description);
  assert.match(daugavpils.description, /Daugavpils pilsētas dome/);
  assert.match(await card.locator('[part~="facts"]').innerText(), /Latvija · Vadošais partneris · Pilsēta · 102 dalībnieki/);
  // Names the API has no Latvian for are English (its fallback), and marked so.
  for (const partner of all) {
    const name = page.locator(`twinning-partners [data-slug="${partner.slug}"] [part~="name"]`);
    assert.equal(await name.getAttribute('lang'), expectedLang(partner.name, 'lv'), partner.slug);
  }
});

test('the event, with its programme day by day', async () => {
  const event = (await apiJson('/api/v1/events/1?lang=lv')).body;
  const days = page.locator('twinning-event [part~="day"]');
  await days.nth(event.programme.length - 1).waitFor(WAIT);
  assert.equal(await days.count(), event.programme.length);
  assert.equal(await text('twinning-event [part~="heading"]'), event.title);
  assert.equal(await text('twinning-event [part~="programme-heading"]'), 'Programma');
  for (const [i, day] of event.programme.entries()) {
    const rendered = days.nth(i);
    assert.equal(await rendered.locator('[part~="day-heading"] time').getAttribute('datetime'), day.date);
    assert.match(await rendered.locator('[part~="day-heading"]').innerText(), new RegExp(`${day.title}$`));
    assert.equal(await rendered.locator('[part~="item"]').count(), day.items.length);
    assert.equal(await rendered.locator('[part~="item-title"]').first().innerText(), day.items[0].title);
  }
  // 8 November 2018, in Latvian.
  assert.match(await days.first().locator('time').innerText(), /2018\. gada 8\. novembris/);
});

test('the map: one marker per partner with coordinates, tiles as configured', async () => {
  const all = (await apiJson('/api/v1/partners?lang=*&size=100')).body.items;
  const located = all.filter((p) => p.coordinates);
  const markers = page.locator('twinning-map .leaflet-marker-icon');
  await markers.nth(located.length - 1).waitFor(WAIT);
  assert.equal(await markers.count(), located.length);
  const names = (await markers.evaluateAll((els) => els.map((e) => e.alt))).sort();
  assert.deepEqual(names, located.map((p) => p.name.lv ?? p.name.en).sort());
  await page.locator('twinning-map .leaflet-tile-loaded').first().waitFor(WAIT);
  assert.ok(tiles.length > 0 && tiles.every((t) => /^\/\d+\/\d+\/\d+\.png$/.test(t)), tiles.join(' '));
  assert.match(await text('twinning-map .leaflet-control-attribution'), /OpenStreetMap/);
  // Leaflet is the API's own, inside the shadow root: nothing leaks into the page.
  assert.equal(await page.evaluate(() => typeof window.L), 'undefined');
  assert.equal(await page.evaluate(() => document.querySelectorAll('link, style').length), 1); // site.css
  // A marker is a button for the keyboard too: Enter opens its popup.
  const marker = markers.nth(Math.floor(located.length / 2));
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('twinning-map .leaflet-popup-content');
  await popup.waitFor(WAIT);
  assert.equal((await popup.innerText()).split('\n')[0], await marker.getAttribute('alt'));
  await page.locator('twinning-map').screenshot({ path: join(SHOTS, 'map-lv.png') });
  await shot('lv');
});

test('switching the page to English re-renders every widget in English', async () => {
  const daugavpils = (await apiJson('/api/v1/partners/daugavpils?lang=en')).body;
  const event = (await apiJson('/api/v1/events/1?lang=en')).body;
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('twinning-partners [part~="heading"]', { hasText: 'Partners' }).waitFor(WAIT);
  assert.equal(await page.locator('twinning-partners [part~="container"]').getAttribute('lang'), 'en');
  assert.equal(await page.locator('twinning-partners [data-slug="daugavpils"] [part~="description"]').innerText(),
    daugavpils.description);
  await page.locator('twinning-event [part~="heading"]', { hasText: event.title }).waitFor(WAIT);
  assert.equal(await page.locator('twinning-event [part~="day"]').count(), event.programme.length);
  assert.match(await page.locator('twinning-event [part~="day"] time').first().innerText(), /November 8, 2018/);
  await page.locator('twinning-map [part~="heading"]', { hasText: 'Partners on the map' }).waitFor(WAIT);
  const located = (await apiJson('/api/v1/partners?lang=en&size=100')).body.items.filter((p) => p.coordinates);
  await page.waitForFunction((expected) => {
    const map = document.querySelector('twinning-map').shadowRoot;
    const alts = [...map.querySelectorAll('.leaflet-marker-icon')].map((e) => e.alt).sort();
    return JSON.stringify(alts) === JSON.stringify(expected);
  }, located.map((p) => p.name).sort(), WAIT);
  // In English nothing is in another language than the page's but the names' own (none here).
  assert.equal(await page.locator('twinning-partners [part~="name"][lang]').count(), 0);
  await shot('en');
});

test('the tiles attribute: no background, or a tile server of one\'s own with its attribution', async () => {
  const map = page.locator('twinning-map');
  await map.evaluate((e) => e.setAttribute('tiles', 'none'));
  await page.waitForFunction(() => !document.querySelector('twinning-map').shadowRoot.querySelector('.leaflet-tile'),
    null, WAIT);
  assert.doesNotMatch(await text('twinning-map .leaflet-control-attribution'), /OpenStreetMap/);
  await map.evaluate((e) => {
    e.setAttribute('tiles', `${location.origin}/tiles/{z}/{x}/{y}.png`);
    e.setAttribute('attribution', '© Test tiles');
  });
  await page.locator('twinning-map .leaflet-tile-loaded').first().waitFor(WAIT);
  assert.ok(ownTiles.length > 0 && ownTiles.every((t) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(t)), ownTiles.join(' '));
  assert.match(await text('twinning-map .leaflet-control-attribution'), /© Test tiles/);
  assert.equal(await page.locator('twinning-map .leaflet-marker-icon').count(),
    (await apiJson('/api/v1/partners?size=100')).body.items.filter((p) => p.coordinates).length);
});

test('an element without lang follows the page\'s language', async () => {
  await page.evaluate(() => {
    document.querySelector('twinning-partners').removeAttribute('lang');
    document.documentElement.lang = 'lv';
  });
  await page.locator('twinning-partners [part~="heading"]', { hasText: 'Partneri' }).waitFor(WAIT);
  await page.evaluate(() => { document.documentElement.lang = 'en'; });
  await page.locator('twinning-partners [part~="heading"]', { hasText: 'Partners' }).waitFor(WAIT);
});

test('an error of the API is shown with its problem document', async () => {
  const missing = await apiJson('/api/v1/events/999999');
  assert.equal(missing.status, 404);
  await page.evaluate(() => document.querySelector('twinning-event').setAttribute('id', '999999'));
  const message = page.locator('twinning-event [part~="error"]');
  await message.waitFor(WAIT);
  assert.match(await message.innerText(), /The data of the twinning network cannot be loaded\./);
  assert.equal(await message.locator('[part~="problem"]').innerText(), `${missing.body.title}: ${missing.body.detail}`);
  await page.evaluate(() => document.querySelector('twinning-event').setAttribute('id', '1'));
  await page.locator('twinning-event [part~="day"]').first().waitFor(WAIT);
});

test('with the API down, every widget says so, in the page\'s language', async () => {
  api.process.kill('SIGTERM');
  await api.exited;
  await page.getByRole('button', { name: 'Latviski' }).click();
  const down = 'Sadraudzības tīkla datus nevar ielādēt: tā serveris neatbild. Lūdzu, mēģiniet vēlāk vēlreiz.';
  for (const widget of ['twinning-partners', 'twinning-event', 'twinning-map']) {
    const message = page.locator(`${widget} [part~="error"]`);
    await message.waitFor(WAIT);
    assert.equal(await message.innerText(), down, widget);
  }
  await shot('api-down');
});

test('nothing broke on the way: no script errors, no CSP violations, no request off this machine', async () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(cspConsole, []);
  assert.deepEqual(outside, []);
});
