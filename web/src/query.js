// The SPARQL view: YASGUI (Yasqe editor, Yasr results) over /kg/sparql, with the saved queries one
// click away in the list above it. Nothing is fetched from elsewhere: prefix and term completion come
// from this server (the standard prefixes, the terms of graph:ontology), not from prefix.cc or LOV.
import Yasgui from '@zazuko/yasgui';
import '@zazuko/yasgui/build/yasgui.min.css';
import { $, el } from './dom.js';

export const SPARQL = 'kg/sparql';
const state = { prefixes: {}, queries: [], yasgui: null, terms: null };

/** Declares the standard prefixes (gk:, state: …) the text uses without declaring, as `geokg query` does. */
export function withPrefixes(text, prefixes = state.prefixes) {
  const declared = new Set([...text.matchAll(/PREFIX\s+([A-Za-z][\w.-]*)?:/gi)].map((m) => m[1] ?? ''));
  const lines = Object.entries(prefixes)
    .filter(([p]) => !declared.has(p) && new RegExp(`(^|[^\\w<#:/])${p}:`).test(text))
    .map(([p, iri]) => `PREFIX ${p}: <${iri}>`);
  return lines.length ? `${lines.join('\n')}\n${text}` : text;
}

// The ontology's classes and properties, asked once of our own endpoint.
async function terms() {
  if (!state.terms) {
    const q = `PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?t ?k WHERE { GRAPH ?g { ?t a ?k } VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property } FILTER (isIRI(?t)) }`;
    state.terms = fetch(SPARQL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
      body: new URLSearchParams({ query: q }),
    }).then((r) => r.json()).then((d) => {
      const classes = [];
      const properties = [];
      for (const b of d.results.bindings) (b.k.value.endsWith('#Class') ? classes : properties).push(b.t.value);
      return { classes, properties };
    }).catch(() => ({ classes: [], properties: [] }));
  }
  return state.terms;
}

function configureCompletion() {
  const Yasqe = Yasgui.Yasqe;
  Yasqe.forkAutocompleter('prefixes', {
    name: 'geokgPrefixes', persistenceId: null,
    get: () => Object.entries(state.prefixes).map(([p, iri]) => `${p}: <${iri}>`),
  }, false);
  Yasqe.forkAutocompleter('class', { name: 'geokgClasses', bulk: true, persistenceId: null,
    get: async () => (await terms()).classes }, false);
  Yasqe.forkAutocompleter('property', { name: 'geokgProperties', bulk: true, persistenceId: null,
    get: async () => (await terms()).properties }, false);
  Yasqe.defaults.autocompleters = ['geokgPrefixes', 'variables', 'geokgClasses', 'geokgProperties'];
}

export async function initQuery() {
  const r = await fetch('api/queries');
  const data = await r.json();
  state.prefixes = data.prefixes;
  state.queries = data.queries;
  configureCompletion();
  const endpoint = new URL(SPARQL, location.href).href;
  const yasgui = new Yasgui($('yasgui'), {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null, // the saved query list is the memory; a reload starts clean
    populateFromUrl: false,
    autofocus: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    yasqe: { persistenceId: null, editorHeight: '260px' },
    // Longest namespace first: Yasr shortens with the first that matches (state:USA, not gkd:state/USA).
    yasr: { persistenceId: null, prefixes: Object.fromEntries(Object.entries(data.prefixes).sort((a, b) => b[1].length - a[1].length)) },
  });
  state.yasgui = yasgui;
  window.geokg.yasgui = yasgui;
  yasgui.on('queryResponse', () => { window.geokgQueryDone = (window.geokgQueryDone ?? 0) + 1; });

  const sel = $('saved');
  sel.append(el('option', { value: '' }, '(type your own)'));
  for (const q of data.queries) sel.append(el('option', { value: q.name }, `${q.title} (${q.name})`));
  sel.addEventListener('change', () => pick(sel.value));
  if (data.queries.length) {
    sel.value = data.queries[0].name;
    pick(sel.value);
  } else {
    yasgui.getTab().setQuery('SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20');
  }
  $('run').addEventListener('click', () => yasgui.getTab().query());
}

/** Puts a saved query, with the prefixes it needs declared, into the current tab. */
function pick(name) {
  const q = state.queries.find((x) => x.name === name);
  $('description').textContent = q ? q.description : '';
  if (q) state.yasgui.getTab().setQuery(withPrefixes(q.text));
}
