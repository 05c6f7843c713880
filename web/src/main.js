// The geokg page: a SPARQL editor over /kg/sparql with the saved queries, and a graph of states
// from /api/graph. Everything is fetched from the server that served the page (no CDN), so it
// works with the network cut off.
import cytoscape from 'cytoscape';

const SPARQL = 'kg/sparql';
const state = { prefixes: {}, queries: [], graph: null, cy: null };
window.geokg = state; // for the browser test and for poking around in the console

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

// ---------- tabs ----------
function show(view) {
  history.replaceState(null, '', view === 'graph' ? '#graph' : location.pathname);
  for (const t of document.querySelectorAll('.tab')) t.classList.toggle('active', t.dataset.view === view);
  for (const v of document.querySelectorAll('.view')) v.classList.toggle('active', v.id === `view-${view}`);
  if (view === 'graph') loadGraph();
}
for (const t of document.querySelectorAll('.tab')) t.addEventListener('click', () => show(t.dataset.view));

// ---------- SPARQL editor ----------
async function loadQueries() {
  const r = await fetch('api/queries');
  const data = await r.json();
  state.prefixes = data.prefixes;
  state.queries = data.queries;
  const sel = $('saved');
  sel.append(el('option', { value: '' }, '(type your own)'));
  for (const q of data.queries) sel.append(el('option', { value: q.name }, `${q.title} (${q.name})`));
  sel.addEventListener('change', () => pick(sel.value));
  if (data.queries.length) {
    sel.value = data.queries[0].name;
    pick(sel.value);
  } else {
    $('editor').value = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20';
  }
}

function pick(name) {
  const q = state.queries.find((x) => x.name === name);
  $('description').textContent = q ? q.description : '';
  if (q) $('editor').value = q.text;
}

/** Declares the standard prefixes (gk:, state: …) the text uses without declaring, as `geokg query` does. */
function withPrefixes(text) {
  const declared = new Set([...text.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?:/gi)].map((m) => m[1] ?? ''));
  const lines = Object.entries(state.prefixes)
    .filter(([p]) => !declared.has(p) && new RegExp(`(^|[^\\w<#:/])${p}:`).test(text))
    .map(([p, iri]) => `PREFIX ${p}: <${iri}>`);
  return lines.length ? `${lines.join('\n')}\n${text}` : text;
}

function shorten(iri) {
  let best = null;
  for (const [p, ns] of Object.entries(state.prefixes)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  }
  if (best && /^[\w.-]*$/.test(iri.slice(best[1].length))) return `${best[0]}:${iri.slice(best[1].length)}`;
  return `<${iri}>`;
}

function term(b) {
  if (!b) return '';
  if (b.type === 'uri') return shorten(b.value);
  if (b.type === 'bnode') return `_:${b.value}`;
  return b.value;
}

async function run() {
  const status = $('status');
  const out = $('results');
  out.replaceChildren();
  status.textContent = 'running…';
  const started = performance.now();
  try {
    const r = await fetch(SPARQL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1',
      },
      body: new URLSearchParams({ query: withPrefixes($('editor').value) }),
    });
    const ms = Math.round(performance.now() - started);
    if (!r.ok) {
      status.textContent = `error ${r.status} (${ms} ms)`;
      out.append(el('pre', { class: 'error' }, await r.text()));
      return;
    }
    const type = r.headers.get('Content-Type') || '';
    if (!type.includes('json')) {
      status.textContent = `${ms} ms`;
      out.append(el('pre', {}, await r.text()));
      return;
    }
    const data = await r.json();
    if ('boolean' in data) {
      status.textContent = `${data.boolean ? 'yes' : 'no'} (${ms} ms)`;
      return;
    }
    const vars = data.head.vars;
    const rows = data.results.bindings;
    const cap = r.headers.get('Geokg-Result-Limit');
    status.textContent = `${rows.length} row${rows.length === 1 ? '' : 's'} (${ms} ms)`
      + (cap && rows.length >= Number(cap) ? `, cut at the server's cap of ${cap}` : '');
    const table = el('table', { class: 'results', id: 'result-table' });
    table.append(el('thead', {}, el('tr', {}, ...vars.map((v) => el('th', {}, v)))));
    const body = el('tbody');
    for (const row of rows) body.append(el('tr', {}, ...vars.map((v) => el('td', {}, term(row[v])))));
    table.append(body);
    out.append(table);
  } catch (e) {
    status.textContent = 'failed';
    out.append(el('pre', { class: 'error' }, String(e)));
  }
}
$('run').addEventListener('click', run);
$('editor').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
});

// ---------- graph of states ----------
const KIND_NAMES = ['alliance', 'energy', 'cooperation', 'conflict', 'other'];

async function loadGraph() {
  if (state.graph) return;
  $('graph-status').textContent = 'loading…';
  const r = await fetch('api/graph');
  state.graph = await r.json();
  const kinds = $('kinds');
  for (const k of KIND_NAMES) {
    const box = el('input', { type: 'checkbox', id: `kind-${k}`, 'data-kind': k });
    box.checked = true;
    box.addEventListener('change', draw);
    kinds.append(el('label', { class: 'kind' }, box,
      el('span', { class: 'swatch', style: `background:${state.graph.kinds[k]}` }), k));
  }
  const dates = state.graph.links.map((l) => l.date).filter(Boolean).sort();
  if (dates.length) {
    $('date-from').value = lower(dates[0]);
    $('date-to').value = upper(dates[dates.length - 1]);
  }
  for (const id of ['date-from', 'date-to', 'undated', 'factual']) $(id).addEventListener('change', draw);
  draw();
}

// Claim dates are xsd:date, gYearMonth or gYear: a month or year is the interval it covers.
function lower(d) { return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10); }
function upper(d) { return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10); }

function visibleLinks() {
  const from = $('date-from').value;
  const to = $('date-to').value;
  const undated = $('undated').checked;
  const factual = $('factual').checked;
  const kinds = new Set(KIND_NAMES.filter((k) => $(`kind-${k}`).checked));
  return state.graph.links.filter((l) => {
    if (!kinds.has(l.kind)) return false;
    if (factual && !['', 'Asserted', 'Reported'].includes(l.modality)) return false;
    if (!l.date) return undated;
    return (!from || upper(l.date) >= from) && (!to || lower(l.date) <= to);
  });
}

function draw() {
  const g = state.graph;
  const links = visibleLinks();
  const edges = new Map();
  for (const l of links) {
    const id = `${l.source}|${l.target}|${l.relation}`;
    if (!edges.has(id)) edges.set(id, { id, source: l.source, target: l.target, relation: l.relation, kind: l.kind, symmetric: l.symmetric, links: [] });
    edges.get(id).links.push(l);
  }
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const elements = [
    ...g.nodes.filter((n) => used.has(n.id)).map((n) => ({ group: 'nodes', data: { id: n.id, label: n.label, code: n.code, type: n.type } })),
    ...[...edges.values()].map((e) => ({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, relation: e.relation, kind: e.kind,
        color: g.kinds[e.kind], count: e.links.length,
        label: e.links.length > 1 ? `${e.relation} ×${e.links.length}` : e.relation,
        arrow: e.symmetric ? 'none' : 'triangle',
      },
    })),
  ];
  $('graph-status').textContent = `${used.size} actors, ${edges.size} edges from ${links.length} claims`;
  state.edges = edges;
  window.geokgGraphReady = false;
  if (state.cy) state.cy.destroy();
  const cy = cytoscape({
    container: $('cy'),
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center',
        'background-color': '#dbe9f6', 'border-color': '#1f3b57', 'border-width': 1,
        width: 'label', height: 24, padding: '6px', shape: 'round-rectangle' } },
      { selector: 'node[type = "organization"]', style: { 'background-color': '#fde0c5', shape: 'rectangle' } },
      { selector: 'node[type = "region"]', style: { 'background-color': '#e5e5e5', shape: 'hexagon' } },
      { selector: 'node[type = "resource"]', style: { 'background-color': '#fff2b3', shape: 'diamond' } },
      { selector: 'edge', style: {
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'data(arrow)',
        'curve-style': 'bezier', width: 'mapData(count, 1, 10, 2, 8)', label: 'data(label)', 'font-size': 9,
        color: 'data(color)', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-rotation': 'autorotate' } },
      { selector: 'edge:selected', style: { 'line-style': 'dashed', width: 6 } },
    ],
  });
  state.cy = cy;
  window.cy = cy;
  cy.on('tap', 'edge', (evt) => showEvidence(evt.target.id()));
  // Force-directed from random starts: starting every node at one point leaves them piled up.
  const layout = cy.layout({
    name: 'cose', animate: false, randomize: true, numIter: 2500, padding: 30,
    nodeRepulsion: () => 400000, nodeOverlap: 20, idealEdgeLength: () => 90, edgeElasticity: () => 100,
    gravity: 40, componentSpacing: 80, nodeDimensionsIncludeLabels: true,
  });
  layout.one('layoutstop', () => { window.geokgGraphReady = true; });
  layout.run();
}

function nameOf(id) {
  const n = state.graph.nodes.find((x) => x.id === id);
  return n ? n.label : id;
}

function showEvidence(edgeId) {
  const e = state.edges.get(edgeId);
  const box = $('evidence');
  box.replaceChildren();
  if (!e) return;
  box.append(el('h3', { id: 'evidence-title' }, `${nameOf(e.source)} ${e.symmetric ? '—' : '→'} ${nameOf(e.target)}: ${e.relation} (${e.kind})`));
  const list = el('ol', { id: 'evidence-list' });
  for (const l of e.links) {
    const item = el('li', { class: 'claim' });
    item.append(el('div', { class: 'muted' },
      `${l.sourceName} → ${l.targetName}${l.date ? `, ${l.date}` : ''}${l.modality ? `, ${l.modality.toLowerCase()}` : ''}${l.mode ? `, ${l.mode}` : ''}`));
    for (const ev of l.evidence) {
      item.append(el('blockquote', { class: 'sentence' }, ev.text));
      item.append(el('div', { class: 'muted source' }, `${ev.document}${ev.documentDate ? ` (${ev.documentDate})` : ''}`));
    }
    if (!l.evidence.length) item.append(el('div', { class: 'muted' }, '(no sentence stored)'));
    list.append(item);
  }
  box.append(list);
}

$('endpoint').textContent = `SPARQL endpoint: ${new URL(SPARQL, location.href).href}`;
loadQueries().catch((e) => { $('status').textContent = `cannot load the saved queries: ${e}`; });
// #graph opens the graph view directly (bookmarks, screenshots).
if (location.hash === '#graph') show('graph');
