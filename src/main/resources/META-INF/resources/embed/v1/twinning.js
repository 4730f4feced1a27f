// Twinning Network widgets: <twinning-partners>, <twinning-event id="1"> and <twinning-map>.
// One dependency-free ES module, served by the API at /embed/v1/twinning.js; a page embeds it with
//   <script type="module" src="https://api.example/embed/v1/twinning.js"></script>
//   <twinning-partners lang="lv"></twinning-partners>
// It reads the API of the origin it was loaded from, in the language of the element (its lang, an
// ancestor's, the page's, else the browser's), and renders into a shadow root: no global CSS, no
// globals. Leaflet (for the map only) is served by the API too, and loaded only by a map.
// Attributes, styling (CSS custom properties and ::part) and the tiles: README, "The widget".

const API = new URL('../../api/v1/', import.meta.url);
const LEAFLET = new URL('./leaflet/1.9.4/', import.meta.url);
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const TIMEOUT_MS = 15000;

// The widget's own words. A language without an entry gets English, marked lang="en".
const MESSAGES = {
  en: {
    partners: 'Partners',
    map: 'Partners on the map',
    programme: 'Programme',
    loading: 'Loading…',
    unreachable: 'The data of the twinning network cannot be loaded: its server does not answer. Please try again later.',
    failed: 'The data of the twinning network cannot be loaded.',
    status: (status) => `The server answered with status ${status}.`,
    noPartners: 'No partners.',
    noCoordinates: 'No partner has coordinates.',
    withoutCoordinates: (n) => `Not on the map, without coordinates: ${n}.`,
    noEvent: 'Which event? Give its number in the id attribute, e.g. <twinning-event id="1">.',
    host: 'Host',
    participants: (n) => `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? 'participant' : 'participants'}`,
    roles: { lead: 'Lead partner', partner: 'Project partner', visiting: 'Cooperation partner' },
    kinds: { city: 'City', district: 'District' },
    types: {
      meeting: 'Meeting', conference: 'Conference', workshop: 'Workshop', visit: 'Visit', festival: 'Festival',
      other: 'Event',
    },
  },
  lv: {
    partners: 'Partneri',
    map: 'Partneri kartē',
    programme: 'Programma',
    loading: 'Ielādē…',
    unreachable: 'Sadraudzības tīkla datus nevar ielādēt: tā serveris neatbild. Lūdzu, mēģiniet vēlāk vēlreiz.',
    failed: 'Sadraudzības tīkla datus nevar ielādēt.',
    status: (status) => `Serveris atbildēja ar statusu ${status}.`,
    noPartners: 'Nav partneru.',
    noCoordinates: 'Nevienam partnerim nav norādītas koordinātas.',
    withoutCoordinates: (n) => `Kartē nav parādīti partneri bez koordinātām: ${n}.`,
    noEvent: 'Kurš pasākums? Norādiet tā numuru atribūtā id, piemēram, <twinning-event id="1">.',
    host: 'Rīkotājs',
    participants: (n) => `${n} ${{ zero: 'dalībnieku', one: 'dalībnieks' }[new Intl.PluralRules('lv').select(n)] ?? 'dalībnieki'}`,
    roles: { lead: 'Vadošais partneris', partner: 'Projekta partneris', visiting: 'Sadarbības partneris' },
    kinds: { city: 'Pilsēta', district: 'Apriņķis' },
    types: {
      meeting: 'Tikšanās', conference: 'Konference', workshop: 'Darbnīca', visit: 'Vizīte', festival: 'Festivāls',
      other: 'Pasākums',
    },
  },
};

const STYLE = `
:host { display: block; }
:host([hidden]) { display: none; }
.box { font-family: var(--twinning-font-family, inherit); color: var(--twinning-color, inherit); }
.heading { font-size: var(--twinning-heading-size, 1.5em); margin: 0 0 .5em; }
.list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--twinning-gap, 1em);
  grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--twinning-card-min-width, 18em)), 1fr)); }
.card { border: 1px solid var(--twinning-border-color, #c8c8c8); border-radius: var(--twinning-radius, .25em);
  padding: var(--twinning-padding, .75em 1em); background: var(--twinning-card-background, transparent); }
.name { font-size: 1.15em; margin: 0 0 .25em; }
.facts { margin: 0 0 .5em; color: var(--twinning-muted-color, #555); font-size: .9em; }
.text { margin: 0 0 .5em; }
a { color: var(--twinning-link-color, inherit); }
.programme { margin: 0; padding: 0; list-style: none; }
.day { margin: 0 0 var(--twinning-gap, 1em); }
.day-heading { font-size: 1.1em; margin: 0 0 .25em; }
.items { margin: 0; padding-left: 1.25em; }
.item { margin: 0 0 .5em; }
.item-title { font-weight: bold; }
.message { margin: 0; padding: .5em 1em; border-left: .25em solid var(--twinning-error-color, #b00020);
  background: var(--twinning-message-background, transparent); }
.message.busy { border-left-color: var(--twinning-muted-color, #555); }
.message p { margin: 0 0 .25em; }
.map { height: var(--twinning-map-height, 24em); border-radius: var(--twinning-radius, .25em); }
.note { margin: .5em 0 0; }
.popup-facts { color: var(--twinning-muted-color, #555); }
`;

let sheet;
function styles(root) {
  // A constructed style sheet: it needs no 'unsafe-inline' in the page's Content-Security-Policy.
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(h('style', {}, STYLE));
  }
}

// ---- Languages ----

function primary(tag) {
  return String(tag || '').trim().toLowerCase().split(/[-_]/)[0];
}

/** The element's language: its lang, the nearest ancestor's (across shadow roots), else the browser's. */
function languageOf(element) {
  for (let node = element; node; node = node.parentElement ?? node.getRootNode?.().host ?? null) {
    const lang = node.getAttribute?.('lang');
    if (lang && lang.trim()) return lang.trim();
  }
  return navigator.languages?.[0] || navigator.language || 'en';
}

function messagesFor(lang) {
  const code = primary(lang);
  return MESSAGES[code] ? { ...MESSAGES[code], lang: code } : { ...MESSAGES.en, lang: 'en' };
}

/**
 * A text of the API: with lang=* an object by language tag; the requested language, else English
 * (the API's own fallback), else any. Its language is known, so a text in another language than the
 * page's is marked with lang. A plain string is in the language the API answered in.
 */
function pick(value, lang) {
  if (value == null || value === '') return null;
  if (typeof value === 'string') return { text: value, lang: null };
  const code = primary(lang);
  for (const key of [code, 'en', ...Object.keys(value)]) {
    if (typeof value[key] === 'string' && value[key]) return { text: value[key], lang: key };
  }
  return null;
}

/** The lang attribute a text needs inside an element of language `lang`: only when it differs. */
function langAttr(textLang, lang) {
  return textLang && primary(textLang) !== primary(lang) ? textLang : null;
}

/** The language for Intl, English after it; a tag Intl refuses leaves English alone. */
function locales(lang) {
  try {
    return [...Intl.getCanonicalLocales(lang), 'en'];
  } catch {
    return ['en'];
  }
}

function country(code, lang) {
  try {
    return new Intl.DisplayNames(locales(lang), { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function formatDate(iso, lang, style) {
  const [y, m, d] = iso.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(locales(lang), { dateStyle: style, timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, d)));
  } catch {
    return iso;
  }
}

// ---- The API ----

class ApiError extends Error {
  constructor(kind, status = null, problem = null) {
    super(kind);
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}

async function getJson(path, params, signal, accept = 'application/json') {
  const url = new URL(path, API);
  for (const [name, value] of Object.entries(params)) {
    if (value != null && value !== '') url.searchParams.set(name, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, credentials: 'omit', signal });
  } catch (e) {
    if (signal.aborted && signal.reason !== 'timeout') throw e;
    throw new ApiError('unreachable');
  }
  if (!response.ok) {
    let problem = null;
    if (/json/.test(response.headers.get('Content-Type') ?? '')) {
      problem = await response.json().catch(() => null);
    }
    throw new ApiError('failed', response.status, problem);
  }
  return response.json();
}

/** A promise that gives up when the signal aborts: on a timeout as unreachable. */
function until(signal, promise) {
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason === 'timeout' ? new ApiError('unreachable') : signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Every page of a list. */
async function getAll(path, params, signal) {
  const items = [];
  for (let page = 0; page < 100; page++) {
    const answer = await getJson(path, { ...params, size: 100, page }, signal);
    items.push(...answer.items);
    if (page + 1 >= answer.totalPages) break;
  }
  return items;
}

// ---- DOM ----

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null && value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...present(children));
  return element;
}

/** Nodes and strings to append: conditions that were false leave nothing. */
function present(children) {
  return children.flat(Infinity).filter((child) => child != null && child !== false && child !== '');
}

/** A text of the API inside an element: the element gets the text's lang when it differs. */
function textElement(tag, attributes, picked, lang) {
  return picked ? h(tag, { ...attributes, lang: langAttr(picked.lang, lang) }, picked.text) : null;
}

function safeUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** heading-level (default 2), leaving room for the `depth` levels of headings under it. */
function headingLevel(element, depth) {
  const level = Number(element.getAttribute('heading-level') || 2);
  return Number.isInteger(level) && level >= 1 ? Math.min(level, 6 - depth) : 2;
}

function joined(parts, separator = ' · ') {
  return parts.filter(Boolean).flatMap((part, i) => (i ? [separator, part] : [part]));
}

// Elements re-render when the language they inherit changes (an ancestor's or the page's lang).
const connected = new Set();
let observer;
function follow(element) {
  connected.add(element);
  if (!observer) {
    observer = new MutationObserver(() => connected.forEach((e) => e.languageMayHaveChanged()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    window.addEventListener('languagechange', () => connected.forEach((e) => e.languageMayHaveChanged()));
  }
}

class TwinningElement extends HTMLElement {
  #content;
  #lang = null;
  #run = 0;
  #abort = null;
  #scheduled = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    styles(root);
    this.#content = h('div', { part: 'container', class: 'box' });
    root.append(this.#content);
  }

  connectedCallback() {
    follow(this);
    this.schedule();
  }

  disconnectedCallback() {
    connected.delete(this);
    this.#abort?.abort('disconnected');
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.isConnected) this.schedule();
  }

  languageMayHaveChanged() {
    if (this.isConnected && languageOf(this) !== this.#lang) this.schedule();
  }

  /** One render for any number of changes in the same task. */
  schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#render();
    });
  }

  async #render() {
    const run = ++this.#run;
    this.#abort?.abort('superseded');
    const abort = (this.#abort = new AbortController());
    const timer = setTimeout(() => abort.abort('timeout'), TIMEOUT_MS);
    const lang = (this.#lang = languageOf(this));
    const ui = messagesFor(lang);
    const content = this.#content;
    content.setAttribute('lang', lang);
    content.setAttribute('aria-busy', 'true');
    if (!content.hasChildNodes()) {
      content.append(h('p', { part: 'message', class: 'message busy', role: 'status', lang: langAttr(ui.lang, lang) },
        ui.loading));
    }
    try {
      const data = await this.load(lang, abort.signal);
      if (run !== this.#run) return;
      content.replaceChildren(...present(this.view(data, lang, ui)));
      this.rendered(data, lang, ui);
    } catch (e) {
      if (run !== this.#run || (abort.signal.aborted && abort.signal.reason !== 'timeout')) return;
      content.replaceChildren(...present(this.failure(e, lang, ui)));
      if (!(e instanceof ApiError)) console.error('twinning widget:', e);
    } finally {
      clearTimeout(timer);
      if (run === this.#run) content.removeAttribute('aria-busy');
    }
  }

  /** The main heading, at heading-level (default 2). */
  heading(level, attributes, ...children) {
    return h(`h${level}`, { part: 'heading', class: 'heading', ...attributes }, ...children);
  }

  /** The heading shown above a failure, where it does not come from the data. */
  failureHeading() {
    return null;
  }

  failure(error, lang, ui) {
    const own = langAttr(ui.lang, lang);
    const lines = [];
    if (error instanceof ApiError && error.kind === 'unreachable') {
      lines.push(h('p', { lang: own }, ui.unreachable));
    } else if (error instanceof ApiError && error.kind === 'usage') {
      lines.push(h('p', { lang: own }, error.message));
    } else {
      lines.push(h('p', { lang: own }, ui.failed));
      const problem = error.problem;
      if (problem && (problem.title || problem.detail)) {
        // Problem documents are written in English.
        lines.push(h('p', { lang: langAttr('en', lang), part: 'problem' },
          joined([problem.title, problem.detail], ': ')));
      } else if (error.status) {
        lines.push(h('p', { lang: own }, ui.status(error.status)));
      }
    }
    return [this.failureHeading(lang, ui), h('div', { part: 'message error', class: 'message', role: 'status' }, lines)];
  }

  /** After the view is in the document (the map draws into it). */
  rendered() {}
}

// ---- <twinning-partners> ----

/** The partner list's filters, from the element's attributes of the same names. */
function filters(element) {
  return Object.fromEntries(['country', 'role', 'kind'].map((name) => [name, element.getAttribute(name)]));
}

class TwinningPartners extends TwinningElement {
  static observedAttributes = ['lang', 'country', 'role', 'kind', 'heading-level'];

  async load(lang, signal) {
    return getAll('partners', { ...filters(this), lang: '*' }, signal);
  }

  failureHeading(lang, ui) {
    return this.heading(headingLevel(this, 1), { lang: langAttr(ui.lang, lang) }, ui.partners);
  }

  view(partners, lang, ui) {
    const level = headingLevel(this, 1);
    const own = langAttr(ui.lang, lang);
    const collator = new Intl.Collator(locales(lang));
    const shown = partners.map((p) => ({ p, name: pick(p.name, lang) }))
      .sort((a, b) => collator.compare(a.name?.text ?? a.p.slug, b.name?.text ?? b.p.slug));
    const heading = this.heading(level, { lang: own }, ui.partners);
    if (!shown.length) return [heading, h('p', { part: 'message', class: 'message busy', lang: own }, ui.noPartners)];
    return [heading, h('ul', { part: 'list', class: 'list' }, shown.map(({ p, name }) => {
      const website = safeUrl(p.website);
      return h('li', { part: 'partner', class: 'card', 'data-slug': p.slug },
        textElement(`h${level + 1}`, { part: 'name', class: 'name' }, name ?? { text: p.slug }, lang),
        h('p', { part: 'facts', class: 'facts' }, joined([
          country(p.country, lang),
          p.role && h('span', { lang: own }, ui.roles[p.role] ?? p.role),
          p.kind && h('span', { lang: own }, ui.kinds[p.kind] ?? p.kind),
          p.participants != null && h('span', { lang: own }, ui.participants(p.participants)),
        ])),
        textElement('p', { part: 'description', class: 'text' }, pick(p.description, lang), lang),
        website && h('p', { class: 'text' },
          h('a', { part: 'link', href: website.href }, website.host + website.pathname.replace(/\/$/, ''))));
    }))];
  }
}

// ---- <twinning-event id="1"> ----

class TwinningEvent extends TwinningElement {
  static observedAttributes = ['lang', 'id', 'heading-level'];

  async load(lang, signal) {
    const id = (this.getAttribute('id') ?? '').trim();
    if (!/^[1-9][0-9]{0,17}$/.test(id)) throw new ApiError('usage');
    return getJson(`events/${id}`, { lang: '*' }, signal);
  }

  failure(error, lang, ui) {
    if (error instanceof ApiError && error.kind === 'usage') error.message = ui.noEvent;
    return super.failure(error, lang, ui);
  }

  view(event, lang, ui) {
    const level = headingLevel(this, 2);
    const own = langAttr(ui.lang, lang);
    const date = (iso, style) => h('time', { datetime: iso }, formatDate(iso, lang, style));
    const host = event.host && pick(event.host.name, lang);
    const venue = pick(event.venue, lang);
    const programme = event.programme ?? [];
    return [
      textElement(`h${level}`, { part: 'heading', class: 'heading' }, pick(event.title, lang), lang),
      h('p', { part: 'facts', class: 'facts' }, joined([
        event.type && h('span', { lang: own }, ui.types[event.type] ?? event.type),
        event.endDate && event.endDate !== event.startDate
          ? [date(event.startDate, 'long'), ' – ', date(event.endDate, 'long')]
          : date(event.startDate, 'long'),
        venue && h('span', { lang: langAttr(venue.lang, lang) }, venue.text),
        host && [h('span', { lang: own }, ui.host), ': ', h('span', { lang: langAttr(host.lang, lang) }, host.text)],
        event.totalParticipants != null && h('span', { lang: own }, ui.participants(event.totalParticipants)),
      ])),
      textElement('p', { part: 'description', class: 'text' }, pick(event.description, lang), lang),
      programme.length > 0 && h(`h${level + 1}`, { part: 'programme-heading', class: 'name', lang: own }, ui.programme),
      programme.length > 0 && h('ol', { part: 'programme', class: 'programme' }, programme.map((day) => {
        const title = pick(day.title, lang);
        return h('li', { part: 'day', class: 'day' },
          h(`h${level + 2}`, { part: 'day-heading', class: 'day-heading' }, date(day.date, 'full'),
            title && [': ', h('span', { lang: langAttr(title.lang, lang) }, title.text)]),
          h('ul', { part: 'items', class: 'items' }, (day.items ?? []).map((item) => {
            const place = pick(item.place, lang);
            return h('li', { part: 'item', class: 'item' },
              item.time && [h('time', { part: 'time', datetime: item.time }, item.time), ' '],
              textElement('span', { part: 'item-title', class: 'item-title' }, pick(item.title, lang), lang),
              place && [' · ', h('span', { part: 'place', lang: langAttr(place.lang, lang) }, place.text)],
              textElement('p', { part: 'item-description', class: 'text' }, pick(item.description, lang), lang));
          })));
      })),
    ];
  }
}

// ---- <twinning-map> ----

let leaflet;
let leafletFailures = 0;
function loadLeaflet() {
  // A browser may keep a failed import's error for its URL: a retry asks for it under another one.
  const url = new URL('leaflet-src.esm.js', LEAFLET);
  if (leafletFailures) url.searchParams.set('attempt', leafletFailures);
  leaflet ??= import(url.href).then((L) => {
    // Leaflet finds its marker images through a style sheet of the document; here they are ours.
    L.Icon.Default.imagePath = new URL('images/', LEAFLET).href;
    return L;
  }).catch(() => {
    leaflet = null;
    leafletFailures++;
    throw new ApiError('unreachable');
  });
  return leaflet;
}

class TwinningMap extends TwinningElement {
  static observedAttributes = ['lang', 'country', 'role', 'kind', 'tiles', 'attribution', 'heading-level'];
  #css;
  #cssLoaded;
  #cssFailed = false;
  #mapElement;
  #map = null;
  #tiles = null;
  #tilesKey = null;
  #markers = null;

  constructor() {
    super();
    this.#mapElement = h('div', { part: 'map', class: 'map' });
    this.#css = this.#stylesheet();
    this.shadowRoot.prepend(this.#css);
  }

  /** Leaflet's CSS inside the shadow root, from the API; #cssLoaded settles when it has loaded. */
  #stylesheet() {
    const link = h('link', { rel: 'stylesheet', href: new URL('leaflet.css', LEAFLET).href });
    this.#cssLoaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new ApiError('unreachable')), { once: true });
    });
    this.#cssLoaded.catch(() => { this.#cssFailed = true; });
    return link;
  }

  #cssReady() {
    if (this.#cssFailed) {
      this.#cssFailed = false;
      const fresh = this.#stylesheet();
      this.#css.replaceWith(fresh);
      this.#css = fresh;
    }
    return this.#cssLoaded;
  }

  async load(lang, signal) {
    const [L, geojson] = await Promise.all([
      until(signal, loadLeaflet()),
      getJson('partners.geojson', { ...filters(this), lang: '*' }, signal, 'application/geo+json, application/json;q=0.9'),
      until(signal, this.#cssReady()),
    ]);
    return { L, geojson };
  }

  failureHeading(lang, ui) {
    return this.heading(headingLevel(this, 0), { lang: langAttr(ui.lang, lang) }, ui.map);
  }

  view({ geojson }, lang, ui) {
    const own = langAttr(ui.lang, lang);
    const points = (geojson.features ?? []).filter((f) => f.geometry?.type === 'Point');
    this.#mapElement.setAttribute('role', 'region');
    this.#mapElement.setAttribute('aria-label', ui.map);
    return [
      this.heading(headingLevel(this, 0), { lang: own }, ui.map),
      !points.length && h('p', { part: 'message', class: 'message busy', lang: own }, ui.noCoordinates),
      this.#mapElement,
      geojson.withoutCoordinates > 0 && points.length > 0
        && h('p', { part: 'note', class: 'facts note', lang: own }, ui.withoutCoordinates(geojson.withoutCoordinates)),
    ];
  }

  rendered({ L, geojson }, lang, ui) {
    if (!this.#map) {
      this.#map = L.map(this.#mapElement, { center: [54, 20], zoom: 4, scrollWheelZoom: false });
      new ResizeObserver(() => this.#map.invalidateSize()).observe(this.#mapElement);
    } else {
      this.#map.invalidateSize();
    }
    this.#setTiles(L);
    this.#markers?.remove();
    const own = langAttr(ui.lang, lang);
    const markers = [];
    for (const feature of geojson.features ?? []) {
      if (feature.geometry?.type !== 'Point') continue;
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties ?? {};
      const name = pick(p.name, lang) ?? { text: p.slug ?? '' };
      const popup = h('div', { part: 'popup' },
        h('strong', { lang: langAttr(name.lang, lang) }, name.text), h('br'),
        h('span', { class: 'popup-facts' }, joined([
          p.country && country(p.country, lang),
          p.role && h('span', { lang: own }, ui.roles[p.role] ?? p.role),
        ])));
      markers.push(L.marker([lat, lon], { title: name.text, alt: name.text, keyboard: true }).bindPopup(popup));
    }
    this.#markers = L.featureGroup(markers).addTo(this.#map);
    if (markers.length) {
      // Room above for the markers' pins, which stand 41 px over their points.
      this.#map.fitBounds(this.#markers.getBounds(), { paddingTopLeft: [24, 48], paddingBottomRight: [24, 16], maxZoom: 9 });
    }
  }

  #setTiles(L) {
    const template = (this.getAttribute('tiles') ?? '').trim() || OSM_TILES;
    const attribution = this.getAttribute('attribution') ?? (template === OSM_TILES ? OSM_ATTRIBUTION : '');
    const key = `${template}\n${attribution}`;
    if (key === this.#tilesKey) return;
    this.#tiles?.remove();
    this.#tiles = template === 'none' ? null
      : L.tileLayer(template, { attribution, maxZoom: 19 }).addTo(this.#map);
    this.#tilesKey = key;
  }
}

for (const [name, element] of [['twinning-partners', TwinningPartners], ['twinning-event', TwinningEvent],
  ['twinning-map', TwinningMap]]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
