// Small DOM helpers shared by the views.
export const $ = (id) => document.getElementById(id);

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** The sentences behind one claim, as the graph and the map list them. */
export function claimItem(line, evidence) {
  const item = el('li', { class: 'claim' });
  item.append(el('div', { class: 'muted' }, line));
  for (const ev of evidence) {
    item.append(el('blockquote', { class: 'sentence' }, ev.text));
    item.append(el('div', { class: 'muted source' }, `${ev.document}${ev.documentDate ? ` (${ev.documentDate})` : ''}`));
  }
  if (!evidence.length) item.append(el('div', { class: 'muted' }, '(no sentence stored)'));
  return item;
}

/** "date, modality, mode" of a claim, for the line above its sentences. */
export function claimDetails(c) {
  return `${c.date ? `, ${c.date}` : ''}${c.modality ? `, ${c.modality.toLowerCase()}` : ''}${c.mode ? `, ${c.mode}` : ''}`;
}
