// The filters the graph and the map share: kinds, a date range, undated claims, factual only.
import { $, el } from './dom.js';

export const KIND_NAMES = ['alliance', 'energy', 'cooperation', 'conflict', 'other'];
const listeners = [];
let built = false;

/** Builds the kind boxes once (colours from the server) and widens the date range to `dates`. */
export function initFilters(colors, dates) {
  if (!built) {
    built = true;
    const kinds = $('kinds');
    for (const k of KIND_NAMES) {
      const box = el('input', { type: 'checkbox', id: `kind-${k}`, 'data-kind': k });
      box.checked = true;
      box.addEventListener('change', changed);
      kinds.append(el('label', { class: 'kind' }, box,
        el('span', { class: 'swatch', style: `background:${colors[k]}` }), k));
    }
    for (const id of ['date-from', 'date-to', 'undated', 'factual']) $(id).addEventListener('change', changed);
  }
  const sorted = dates.filter(Boolean).sort();
  if (sorted.length) {
    const lo = lower(sorted[0]);
    const hi = upper(sorted[sorted.length - 1]);
    if (!$('date-from').value || lo < $('date-from').value) $('date-from').value = lo;
    if (!$('date-to').value || hi > $('date-to').value) $('date-to').value = hi;
  }
}

/** Calls `f` whenever a filter changes. */
export function onFilterChange(f) { listeners.push(f); }

function changed() { for (const f of listeners) f(); }

// Claim dates are xsd:date, gYearMonth or gYear: a month or year is the interval it covers.
function lower(d) { return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10); }
function upper(d) { return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d.slice(0, 10); }

/** The items ({kind, modality, date}) that the filters let through. */
export function visible(items) {
  const from = $('date-from').value;
  const to = $('date-to').value;
  const undated = $('undated').checked;
  const factual = $('factual').checked;
  const kinds = new Set(KIND_NAMES.filter((k) => $(`kind-${k}`)?.checked));
  return items.filter((l) => {
    if (!kinds.has(l.kind)) return false;
    if (factual && !['', 'Asserted', 'Reported'].includes(l.modality)) return false;
    if (!l.date) return undated;
    return (!from || upper(l.date) >= from) && (!to || lower(l.date) <= to);
  });
}
