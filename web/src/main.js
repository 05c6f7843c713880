// The geokg page: a SPARQL editor (YASGUI) over /kg/sparql with the saved queries, a graph of states
// from /api/graph and a map of located events from /api/map. Everything is fetched from the server
// that served the page (no CDN, no tiles), so it works with the network cut off.
import { $ } from './dom.js';
import { initQuery, SPARQL } from './query.js';
import { loadGraph } from './graph.js';
import { loadMap } from './map.js';

window.geokg = {}; // for the browser test and for poking around in the console

const VIEWS = { query: null, graph: loadGraph, map: loadMap };

function show(view) {
  history.replaceState(null, '', view === 'query' ? location.pathname : `#${view}`);
  for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.view === view);
  for (const v of document.querySelectorAll('.view')) v.classList.toggle('active', v.id === `view-${view}`);
  // The filters belong to the graph and the map alike.
  $('filters').classList.toggle('active', view !== 'query');
  const load = VIEWS[view];
  if (load) load().catch((e) => { $(`${view}-status`).textContent = `cannot load: ${e}`; });
}
for (const t of document.querySelectorAll('.tab')) t.addEventListener('click', () => show(t.dataset.view));

$('endpoint').textContent = `SPARQL endpoint: ${new URL(SPARQL, location.href).href}`;
initQuery().catch((e) => { $('description').textContent = `cannot load the saved queries: ${e}`; });
// #graph and #map open those views directly (bookmarks, screenshots).
const start = location.hash.slice(1);
if (start in VIEWS) show(start);
