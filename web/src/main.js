// rasd web map: events on an offline Natural Earth base map, a brushable timeline, filters, a side list
// and the article view with the evidence highlighted. All data from the API is untrusted: the DOM is
// built with textContent and properties only (no innerHTML with data anywhere).
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './style.css';

import L from 'leaflet';
import 'leaflet.markercluster';
import { feature, mesh } from 'topojson-client';
import countries from 'world-atlas/countries-50m.json';

import { fetchActors, fetchEvent, fetchEvents, fetchStats } from './api.js';
import { FIELD_ORDER, renderArticle } from './article.js';
import { applyLanguage, label, TYPES, typeColour } from './i18n.js';
import { filterQuery, readState, writeState } from './state.js';
import { Timeline } from './timeline.js';

const state = readState();
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => label(state.lang, key, ...args);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);  // strings become text nodes
  return node;
}

function showError(err) {
  const box = $('error');
  box.textContent = `${t('error')}: ${err.message || err}`;
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 6000);
}

// ---- map ----------------------------------------------------------------------------------------

const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 14, preferCanvas: false, zoomSnap: 0.5 })
  .setView([33.5, 40], 5);
map.attributionControl.setPrefix('');
map.attributionControl.addAttribution('Made with Natural Earth');
L.geoJSON(feature(countries, countries.objects.countries), {
  style: { color: '#9aa3ab', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
  interactive: false,
}).addTo(map);
L.geoJSON(mesh(countries, countries.objects.countries, (a, b) => a !== b), {
  style: { color: '#7d868f', weight: 0.8, fill: false },
  interactive: false,
}).addTo(map);

const clusters = L.markerClusterGroup({
  showCoverageOnHover: false,
  maxClusterRadius: 40,
  chunkedLoading: true,
  iconCreateFunction(cluster) {
    const n = cluster.getChildCount();
    const size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
    const inner = el('div', {}, el('span', { text: String(n) }));
    const icon = L.divIcon({ html: inner, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
    return icon;
  },
});
map.addLayer(clusters);
const markersById = new Map();

function typeClass(type) {
  return `type-${String(type || 'unknown').toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

function drawMarkers(features) {
  clusters.clearLayers();
  markersById.clear();
  const layers = [];
  for (const f of features) {
    if (!f.geometry || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const m = L.circleMarker([lat, lon], {
      radius: 7, color: '#222', weight: 1, fillColor: typeColour(p.event_type), fillOpacity: 0.9,
      className: `event-marker ${typeClass(p.event_type)}`,
    });
    m.bindTooltip(() => el('span', { text: `${p.date || ''} · ${t(p.event_type)} · ${p.location || ''}` }));
    m.on('click', () => selectEvent(String(p.id)));
    markersById.set(String(p.id), m);
    layers.push(m);
  }
  clusters.addLayers(layers);
}

// ---- side list ----------------------------------------------------------------------------------

function actorsText(p) {
  return [p.actor1, p.actor2].filter(Boolean).join(' — ');
}

function drawList(data) {
  const list = $('event-list');
  list.replaceChildren();
  $('count').textContent = t('events', data.features.length, data.total);
  if (!data.features.length) {
    list.append(el('li', { class: 'empty', text: t('no_events') }));
    return;
  }
  for (const f of data.features) {
    const p = f.properties;
    const swatch = el('span', { class: `swatch ${typeClass(p.event_type)}` });
    const item = el('li', { class: 'event-item', tabindex: '0', dataset: { id: String(p.id), type: p.event_type, date: p.date || '' } },
      el('div', { class: 'line1' }, swatch, el('span', { class: 'etype', text: t(p.event_type) }),
        el('span', { class: 'edate', text: p.date || '' })),
      el('div', { class: 'line2', dir: 'auto', text: [p.location, p.admin1, p.country].filter(Boolean).join('، ') }),
      el('div', { class: 'line3', dir: 'auto', text: actorsText(p) }),
      p.fatalities ? el('div', { class: 'line4', text: `${t('fatalities')}: ${p.fatalities}` }) : null);
    item.addEventListener('click', () => selectEvent(String(p.id)));
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter') selectEvent(String(p.id)); });
    if (String(p.id) === state.event) item.classList.add('selected');
    list.append(item);
  }
}

// ---- event panel --------------------------------------------------------------------------------

const FIELD_SOURCE = {
  event_type: 'trigger', sub_event_type: 'trigger', actor1: 'actor1', actor2: 'actor2', location: 'location',
  date: 'date', fatalities: 'fatalities', injured: 'injured',
};
const GAZETTEER_FIELDS = new Set(['country', 'admin1', 'coordinates']);

// Where a field of this report came from: its words in the text, the gazetteer, the publication date.
function sourceMark(field, ev) {
  const spanName = FIELD_SOURCE[field];
  if (spanName && ev.spans && ev.spans[spanName]) {
    return el('span', { class: `src src-text field-${spanName}`, text: t('src_text'), dataset: { field: spanName } });
  }
  if (GAZETTEER_FIELDS.has(field)) return el('span', { class: 'src src-gazetteer', text: t('src_gazetteer') });
  if (field === 'date') return el('span', { class: 'src src-published', text: t('src_published') });
  return el('span', { class: 'src src-rule', text: t('src_rule') });
}

function fieldValue(field, ev) {
  if (field === 'event_type' || field === 'sub_event_type') return ev[field] ? t(ev[field]) : '';
  if (field === 'coordinates') return ev.lat != null && ev.lon != null ? `${ev.lat}, ${ev.lon}` : '';
  if (field === 'date') return ev.date ? `${ev.date}${ev.date_precision > 1 ? ` (±${ev.date_precision})` : ''}` : '';
  const v = ev[field];
  return v == null ? '' : String(v);
}

function fieldTable(ev, withSources) {
  const rows = ['event_type', 'sub_event_type', 'date', 'actor1', 'actor2', 'location', 'admin1', 'country',
    'coordinates', 'fatalities', 'injured'];
  const table = el('table', { class: 'fields' });
  for (const f of rows) {
    const v = fieldValue(f, ev);
    if (v === '' && f !== 'fatalities') continue;
    table.append(el('tr', { dataset: { field: f } },
      el('th', { text: t(f === 'event_type' ? 'type' : f) }),
      el('td', { dir: 'auto', text: v }),
      withSources ? el('td', {}, sourceMark(f, ev)) : null));
  }
  return table;
}

// Only web links open from the panel: a crafted url (javascript:, data:) stays plain text.
function safeLink(url, text) {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') {
      const a = el('a', { rel: 'noopener noreferrer nofollow', target: '_blank', text });
      a.href = u.href;
      return a;
    }
  } catch { /* not a URL */ }
  return el('span', { text: url });
}

async function showPanel(id) {
  const panel = $('panel');
  const body = $('panel-body');
  let ev;
  try {
    ev = await fetchEvent(id);
  } catch (err) {
    showError(err);
    return;
  }
  if (state.event !== id) return;  // another event was chosen meanwhile
  body.replaceChildren();
  body.append(el('h2', { dir: 'auto', text: `${t(ev.event_type)} — ${ev.location || ''}` }));
  body.append(fieldTable(ev, false));
  body.append(el('h3', { text: `${t('sources')} (${ev.source_count})` }));
  ev.sources.forEach((src, i) => {
    const box = el('article', { class: 'source', dataset: { doc: src.doc_id } });
    box.append(el('h4', { dir: 'auto', class: 'source-title', text: src.title || src.doc_id }));
    const meta = el('div', { class: 'meta' });
    if (src.published) meta.append(el('span', { text: `${t('published')}: ${src.published}` }), ' ');
    if (src.url) meta.append(safeLink(src.url, src.source || src.url), ' ');
    if (src.rule && i > 0) meta.append(el('span', { class: 'rule', text: `${t('joined')}: ${src.rule}` }));
    box.append(meta);
    box.append(fieldTable(src.event, true));
    const legend = el('div', { class: 'field-legend' });
    for (const f of FIELD_ORDER) {
      if (src.event.spans && src.event.spans[f]) legend.append(el('span', { class: `field field-${f}`, text: t(f) }));
    }
    legend.append(el('span', { class: 'evidence-key', text: t('evidence') }));
    box.append(legend);
    if (src.text != null) box.append(renderArticle(src.text, src.event.spans));
    else box.append(el('blockquote', { class: 'article-text', dir: 'rtl', lang: 'ar', text: src.event.evidence }));
    body.append(box);
  });
  panel.hidden = false;
  // Each article scrolls inside its own box: bring its evidence into view there, then put the panel
  // back at the top so the field table stays in sight.
  panel.scrollTop = 0;
  for (const block of body.querySelectorAll('.article-text')) {
    const mark = block.querySelector('mark.evidence');
    if (mark) block.scrollTop += mark.getBoundingClientRect().top - block.getBoundingClientRect().top - 24;
  }
}

function selectEvent(id) {
  state.event = id;
  writeState(state);
  for (const li of document.querySelectorAll('.event-item')) li.classList.toggle('selected', li.dataset.id === id);
  showPanel(id).then(() => {
    const m = markersById.get(id);
    if (!m) return;
    // Centre the event in the part of the map the panel leaves visible, close enough to see the place.
    map.setView(m.getLatLng(), Math.min(Math.max(map.getZoom(), 6), 8), { animate: false });
    const panel = $('panel');
    const shift = panel.hidden ? 0 : panel.offsetWidth / 2;
    map.panBy([document.documentElement.dir === 'rtl' ? -shift : shift, 0], { animate: false });
    // Reports of one place share its coordinates and stay a cluster at every zoom: no zooming in on them.
    if (clusters.getVisibleParent(m) === m) m.openTooltip();
  });
}

$('panel-close').addEventListener('click', () => {
  $('panel').hidden = true;
  delete state.event;
  writeState(state);
});

// ---- filters, timeline, loading -----------------------------------------------------------------

const timeline = new Timeline($('timeline'), (from, to) => {
  setDates(from, to);
  refreshEvents();
});

function setDates(from, to) {
  if (from) state.from = from; else delete state.from;
  if (to) state.to = to; else delete state.to;
  $('f-from').value = state.from || '';
  $('f-to').value = state.to || '';
}

function fillSelect(select, values, current, labelOf = (v) => v) {
  const keep = select.querySelector('option[value=""]');
  select.replaceChildren(keep);
  const all = [...new Set([...values, ...(current ? [current] : [])])];
  for (const v of all) {
    const o = el('option', { text: labelOf(v) });
    o.value = v;
    select.append(o);
  }
  select.value = current || '';
}

let eventsRequest = 0;
async function refreshEvents() {
  writeState(state);
  const n = ++eventsRequest;
  try {
    const data = await fetchEvents(filterQuery(state));
    if (n !== eventsRequest) return;
    drawMarkers(data.features);
    drawList(data);
    document.body.dataset.loaded = String(n);
  } catch (err) {
    showError(err);
  }
}

let statsRequest = 0;
async function refreshTimeline() {
  const n = ++statsRequest;
  try {
    // The histogram shows every day under the other filters, so the brush can widen the range again.
    const stats = await fetchStats(filterQuery(state, { withDates: false }));
    if (n !== statsRequest) return;
    timeline.setData(stats.events_by_day);
    timeline.setRange(state.from, state.to);
    fillSelect($('f-country'), stats.by_country.map((c) => c.country), state.country);
  } catch (err) {
    showError(err);
  }
}

function drawLegend() {
  const legend = $('legend');
  legend.replaceChildren();
  for (const type of TYPES) {
    legend.append(el('span', { class: 'legend-item' }, el('span', { class: `swatch ${typeClass(type)}` }), t(type)));
  }
}

function refreshAll() {
  refreshTimeline();
  refreshEvents();
}

let typing;
for (const [id, key] of [['f-type', 'type'], ['f-actor', 'actor'], ['f-country', 'country'], ['f-text', 'text']]) {
  const input = $(id);
  input.value = state[key] || '';
  const apply = () => {
    const v = input.value.trim();
    if (v) state[key] = v; else delete state[key];
    refreshAll();
  };
  if (input.tagName === 'SELECT') input.addEventListener('change', apply);
  else input.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(apply, 300); });
}
for (const id of ['f-from', 'f-to']) {
  $(id).addEventListener('change', () => {
    setDates($('f-from').value, $('f-to').value);
    timeline.setRange(state.from, state.to);
    refreshEvents();
  });
}
$('filters').addEventListener('submit', (e) => e.preventDefault());
$('f-clear').addEventListener('click', () => {
  for (const k of ['type', 'actor', 'country', 'text']) delete state[k];
  for (const id of ['f-type', 'f-actor', 'f-text']) $(id).value = '';
  setDates(null, null);
  refreshAll();
});
$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  writeState(state);
  localize();
  refreshEvents();
  if (state.event) showPanel(state.event);
});

function localize() {
  applyLanguage(state.lang);
  fillSelect($('f-type'), TYPES, state.type, (v) => t(v));
  drawLegend();
}

localize();
setDates(state.from, state.to);
fetchActors().then((a) => {
  const list = $('actor-list');
  list.replaceChildren(...a.actors.map((x) => { const o = el('option'); o.value = x.actor; return o; }));
}).catch(showError);
refreshAll();
if (state.event) selectEvent(state.event);
