// The graph of states: Cytoscape over /api/graph, filtered like the map, with a search box that
// focuses an actor and its neighbours, edges as wide as their claims are many, and node labels kept
// at a readable size on screen however far the view is zoomed out.
import cytoscape from 'cytoscape';
import { $, el, claimItem, claimDetails } from './dom.js';
import { initFilters, onFilterChange, visible } from './filters.js';

const state = { graph: null, cy: null, edges: new Map(), focus: '' };
const LABEL_PX = 12; // node labels keep this size on screen when zoomed out

export async function loadGraph() {
  if (state.graph) return;
  $('graph-status').textContent = 'loading…';
  const r = await fetch('api/graph');
  state.graph = await r.json();
  window.geokg.graph = state.graph;
  initFilters(state.graph.kinds, state.graph.links.map((l) => l.date));
  onFilterChange(draw);
  const list = $('actor-names');
  for (const n of [...state.graph.nodes].sort((a, b) => a.label.localeCompare(b.label))) {
    list.append(el('option', { value: n.label }, n.code));
  }
  $('actor-search').addEventListener('change', () => focus($('actor-search').value));
  $('actor-search').addEventListener('keydown', (e) => { if (e.key === 'Enter') focus($('actor-search').value); });
  $('actor-clear').addEventListener('click', () => { $('actor-search').value = ''; focus(''); });
  draw();
}

/** The width of an edge of `count` claims: 1.5 px for one, growing with the logarithm, at most 14. */
export function edgeWidth(count) { return Math.min(14, 1.5 + 2.5 * Math.log2(Math.max(1, count))); }

function draw() {
  const g = state.graph;
  const links = visible(g.links);
  const edges = new Map();
  for (const l of links) {
    const id = `${l.source}|${l.target}|${l.relation}`;
    if (!edges.has(id)) edges.set(id, { id, source: l.source, target: l.target, relation: l.relation, kind: l.kind, symmetric: l.symmetric, links: [] });
    edges.get(id).links.push(l);
  }
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const elements = [
    ...g.nodes.filter((n) => used.has(n.id)).map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label, code: n.code, type: n.type, w: Math.max(30, n.label.length * 6.6 + 14) },
    })),
    ...[...edges.values()].map((e) => ({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, relation: e.relation, kind: e.kind,
        color: g.kinds[e.kind], count: e.links.length, width: edgeWidth(e.links.length),
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
        label: 'data(label)', 'font-size': LABEL_PX, 'text-valign': 'center', 'text-halign': 'center',
        'text-outline-color': '#fff', 'text-outline-width': 2, 'text-outline-opacity': 0.85,
        'background-color': '#dbe9f6', 'border-color': '#1f3b57', 'border-width': 1,
        width: 'data(w)', height: 24, shape: 'round-rectangle' } },
      { selector: 'node[type = "organization"]', style: { 'background-color': '#fde0c5', shape: 'rectangle' } },
      { selector: 'node[type = "region"]', style: { 'background-color': '#e5e5e5', shape: 'hexagon' } },
      { selector: 'node[type = "resource"]', style: { 'background-color': '#fff2b3', shape: 'diamond' } },
      { selector: 'edge', style: {
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'data(arrow)',
        'curve-style': 'bezier', width: 'data(width)', label: 'data(label)', 'font-size': 9,
        // Edge labels give way when they would be too small to read; node labels do not (see zoom below).
        'min-zoomed-font-size': 8, 'line-opacity': 0.85,
        color: 'data(color)', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
        'text-rotation': 'autorotate' } },
      { selector: 'edge:selected', style: { 'line-style': 'dashed' } },
      { selector: 'node.minor', style: { label: '', width: 14, height: 14, shape: 'ellipse' } },
      { selector: 'node.minor.focused, node.minor.near', style: { label: 'data(label)', width: 'data(w)', height: 24, shape: 'round-rectangle' } },
      { selector: '.faded', style: { opacity: 0.12, label: '' } },
      { selector: 'node.focused', style: { 'border-width': 3, 'border-color': '#d62728', 'background-color': '#ffd9d9' } },
    ],
  });
  state.cy = cy;
  window.cy = cy;
  cy.on('tap', 'edge', (evt) => showEvidence(evt.target.id()));
  cy.on('tap', 'node', (evt) => { $('actor-search').value = evt.target.data('label'); focus(evt.target.data('label')); });
  // Node labels keep a constant size on screen (the font grows in model units as the zoom shrinks);
  // zoomed far out, only the most connected actors keep theirs, so that the labels shown do not overlap.
  const ranked = cy.nodes().sort((a, b) => weight(b) - weight(a));
  const scaleLabels = () => {
    const z = cy.zoom();
    cy.nodes().style('font-size', Math.min(LABEL_PX * 4, LABEL_PX / Math.min(1, z)));
    const keep = z >= 0.7 ? ranked.length : Math.max(12, Math.round(ranked.length * z / 0.7));
    ranked.forEach((n, i) => { n.toggleClass('minor', i >= keep); });
  };
  cy.on('zoom', scaleLabels);
  // Force-directed from random starts: starting every node at one point leaves them piled up. A big
  // network gets longer edges and a weaker pull to the centre, so that its labels have room.
  const big = Math.min(1, Math.max(0, (used.size - 15) / 45));
  const layout = cy.layout({
    name: 'cose', animate: false, randomize: true, numIter: 2500 + 1500 * big, padding: 30,
    nodeRepulsion: () => 400000 + 1600000 * big, nodeOverlap: 20, idealEdgeLength: () => 90 + 110 * big,
    edgeElasticity: () => 100, gravity: 40 - 30 * big, componentSpacing: 80, nodeDimensionsIncludeLabels: true,
  });
  layout.one('layoutstop', () => {
    scaleLabels();
    if (state.focus) focus(state.focus);
    window.geokgGraphReady = true;
  });
  layout.run();
}

/**
 * Focuses the actor whose label or code matches `query` (exactly, else the first that contains it):
 * it and its neighbours stay, the rest fades, and the view fits them. An empty query shows all.
 */
function focus(query) {
  const cy = state.cy;
  const q = query.trim().toLowerCase();
  cy.elements().removeClass('faded focused near');
  state.focus = '';
  if (!q) {
    $('focus-status').textContent = '';
    cy.fit(undefined, 30);
    return;
  }
  const nodes = cy.nodes();
  const exact = nodes.filter((n) => n.data('label').toLowerCase() === q || n.data('code').toLowerCase() === q);
  const node = exact.nonempty() ? exact.first() : nodes.filter((n) => n.data('label').toLowerCase().includes(q)).first();
  if (node.empty()) {
    $('focus-status').textContent = `no actor "${query}" under these filters`;
    return;
  }
  state.focus = node.data('label');
  const hood = node.closedNeighborhood();
  cy.elements().not(hood).addClass('faded');
  node.addClass('focused');
  hood.nodes().addClass('near');
  const n = hood.nodes().length - 1;
  $('focus-status').textContent = `${node.data('label')}: ${n} neighbour${n === 1 ? '' : 's'}, ${hood.edges().length} edge${hood.edges().length === 1 ? '' : 's'}`;
  cy.fit(hood, 40);
  // A small neighbourhood would fill the screen: no closer than 1.5.
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center(hood);
  }
}

// How much an actor counts: the claims on its edges.
function weight(n) { return n.connectedEdges().reduce((sum, e) => sum + e.data('count'), 0); }

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
  for (const l of e.links) list.append(claimItem(`${l.sourceName} → ${l.targetName}${claimDetails(l)}`, l.evidence));
  box.append(list);
}
