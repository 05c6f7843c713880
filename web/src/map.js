// The map of events: interactions with a gk:location (/api/map) as points on Natural Earth country
// outlines (world-atlas, bundled: no tile server), filtered like the graph. A place with a point
// (geo:lat/geo:long) is drawn there; a state or a region is drawn at the centre of its states'
// outlines. Clicking a point lists its events with their sentences.
import { geoNaturalEarth1, geoPath, geoGraticule10, geoCentroid } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import countriesTopo from 'world-atlas/countries-50m.json';
import isoCountries from 'i18n-iso-countries';
import { $, el, claimItem, claimDetails } from './dom.js';
import { initFilters, onFilterChange, visible } from './filters.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 960;
const H = 500;
const state = { data: null, places: new Map(), view: { k: 1, x: 0, y: 0 }, selected: '', fitted: false, applyView: () => {} };

const countries = feature(countriesTopo, countriesTopo.objects.countries);
const byNumeric = new Map(countries.features.map((f) => [String(f.id), f]));
const projection = geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' });
const path = geoPath(projection);

function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** Where a place goes on the map, as [x, y], or null: its point, else the centre of its states. */
export function position(place) {
  if (place.lat != null && place.long != null) return projection([place.long, place.lat]);
  const fs = place.codes.map((c) => byNumeric.get(isoCountries.alpha3ToNumeric(c))).filter(Boolean);
  if (!fs.length) return null;
  return projection(geoCentroid({ type: 'FeatureCollection', features: fs }));
}

export async function loadMap() {
  if (state.data) return;
  $('map-status').textContent = 'loading…';
  const r = await fetch('api/map');
  state.data = await r.json();
  window.geokg.map = state.data;
  for (const p of state.data.places) state.places.set(p.id, { ...p, xy: position(p) });
  initFilters(state.data.kinds, state.data.events.map((e) => e.date));
  onFilterChange(drawPoints);
  drawBase();
  drawPoints();
}

function drawBase() {
  const root = svg('svg', { id: 'map-svg', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'World map of located events' });
  root.append(svg('path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
  root.append(svg('path', { class: 'graticule', d: path(geoGraticule10()) }));
  const land = svg('g', { class: 'countries' });
  for (const f of countries.features) {
    const p = svg('path', { d: path(f) });
    const t = svg('title');
    t.textContent = f.properties.name;
    p.append(t);
    land.append(p);
  }
  root.append(land);
  root.append(svg('path', { class: 'borders', d: path(mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b)) }));
  root.append(svg('g', { id: 'map-points' }));
  $('map').replaceChildren(root);
  enableZoom(root);
}

function drawPoints() {
  const events = visible(state.data.events);
  const at = new Map();
  for (const e of events) {
    if (!at.has(e.place)) at.set(e.place, []);
    at.get(e.place).push(e);
  }
  const g = $('map-points');
  g.replaceChildren();
  let unplaced = 0;
  // Larger points first, so that small ones on top stay clickable.
  const groups = [...at.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [id, list] of groups) {
    const place = state.places.get(id);
    if (!place || !place.xy) { unplaced += list.length; continue; }
    const counts = {};
    for (const e of list) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
    const kind = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    const c = svg('circle', {
      class: `point ${place.type}${id === state.selected ? ' selected' : ''}`, cx: place.xy[0], cy: place.xy[1],
      'data-place': id, 'data-label': place.label, 'data-count': list.length, fill: state.data.kinds[kind],
    });
    const t = svg('title');
    t.textContent = `${place.label}: ${list.length} event${list.length === 1 ? '' : 's'}`;
    c.append(t);
    c.addEventListener('click', () => showPlace(id, list));
    g.append(c);
  }
  if (!state.fitted) {
    state.fitted = true;
    fitTo([...g.querySelectorAll('circle')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
  }
  sizePoints();
  const places = at.size;
  $('map-status').textContent = `${events.length} located events at ${places} place${places === 1 ? '' : 's'}`
    + (unplaced ? `; ${unplaced} at places the map cannot draw` : '');
  if (state.selected) showPlace(state.selected, at.get(state.selected) ?? []);
  window.geokgMapReady = true;
}

// Points keep their size on screen as the map zooms.
function sizePoints() {
  for (const c of document.querySelectorAll('#map-points circle')) {
    const n = Number(c.getAttribute('data-count'));
    c.setAttribute('r', (3.5 + 2.5 * Math.sqrt(n)) / state.view.k);
    c.setAttribute('stroke-width', 1.2 / state.view.k);
  }
}

function showPlace(id, list) {
  state.selected = id;
  for (const c of document.querySelectorAll('#map-points circle')) c.classList.toggle('selected', c.getAttribute('data-place') === id);
  const place = state.places.get(id);
  const box = $('map-evidence');
  box.replaceChildren();
  const where = place.type === 'place' && place.countryLabel ? `${place.label} (${place.countryLabel})`
    : `${place.label}${place.type === 'place' ? '' : ` (${place.type}: no finer place named)`}`;
  box.append(el('h3', { id: 'map-evidence-title' }, `${where}: ${list.length} event${list.length === 1 ? '' : 's'}`));
  const ol = el('ol', { id: 'map-evidence-list' });
  for (const e of list) {
    ol.append(claimItem(`${e.sources.join(', ')} → ${e.targets.join(', ')}: ${e.relation} (${e.kind})${claimDetails(e)}`, e.evidence));
  }
  box.append(ol);
}

// Wheel zooms around the pointer, dragging pans; both by the SVG's viewBox.
function enableZoom(root) {
  const apply = () => {
    const { k, x, y } = state.view;
    root.setAttribute('viewBox', `${x} ${y} ${W / k} ${H / k}`);
    sizePoints();
  };
  state.applyView = apply;
  root.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const box = root.getBoundingClientRect();
    const v = state.view;
    const mx = v.x + ((ev.clientX - box.left) / box.width) * (W / v.k);
    const my = v.y + ((ev.clientY - box.top) / box.height) * (H / v.k);
    const k = Math.min(40, Math.max(1, v.k * (ev.deltaY < 0 ? 1.25 : 0.8)));
    state.view = { k, x: mx - (mx - v.x) * (v.k / k), y: my - (my - v.y) * (v.k / k) };
    clamp();
    apply();
  }, { passive: false });
  let drag = null;
  root.addEventListener('pointerdown', (ev) => {
    if (ev.target.tagName === 'circle') return;
    drag = { x: ev.clientX, y: ev.clientY, v: { ...state.view } };
  });
  window.addEventListener('pointerup', () => { drag = null; });
  root.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const box = root.getBoundingClientRect();
    const s = W / state.view.k / box.width;
    state.view = { ...drag.v, x: drag.v.x - (ev.clientX - drag.x) * s, y: drag.v.y - (ev.clientY - drag.y) * s };
    clamp();
    apply();
  });
  $('map-reset').addEventListener('click', () => { state.view = { k: 1, x: 0, y: 0 }; apply(); });
}

/** Opens on the events: the smallest view (at most 8 times the world) that holds every point, with a margin. */
function fitTo(points) {
  if (!points.length) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 60;
  const [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  const k = Math.max(1, Math.min(8, W / (x1 - x0), H / (y1 - y0)));
  state.view = { k, x: (x0 + x1) / 2 - W / k / 2, y: (y0 + y1) / 2 - H / k / 2 };
  clamp();
  state.applyView();
}

function clamp() {
  const v = state.view;
  v.x = Math.min(W - W / v.k, Math.max(0, v.x));
  v.y = Math.min(H - H / v.k, Math.max(0, v.y));
}
