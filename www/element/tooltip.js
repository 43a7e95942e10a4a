// What a reader sees about one figure: the tooltip (name, value as written, year, kind,
// qualifiers, an editorial correction, the source sentence with the number highlighted), where it
// goes, and the data table of every figure in the chart. Text is always set as text.

import { el } from './texts.js';

/** Fills the tooltip box with the payload `d` of one mark (see MarkTooltip in the .d.ts). */
export function fillTip(tip, d, t) {
  tip.replaceChildren();
  tip.append(el('div', 't-name', d.name ?? ''));
  tip.append(el('div', 't-value', d.valueDisplay ?? ''));
  const parts = [d.year, d.kind, ...(Array.isArray(d.qualifiers) ? d.qualifiers : d.qualifiers ? [d.qualifiers] : [])]
    .filter((v) => v !== undefined && v !== null && v !== '')
    .map(String);
  const meta = [...new Set(parts)].join(' · ');
  if (meta) tip.append(el('div', 't-meta', meta));
  if (d.correctedFrom) tip.append(el('div', 't-corrected', t.corrected(d.correctedFrom)));
  if (d.report) tip.append(el('div', 't-meta', d.report));
  tip.append(...quote(d));
  // A target judged against its year's result: the verdict, the rule, the result's own sentence.
  const c = d.compared;
  if (c) {
    tip.append(el('div', 't-verdict', c.verdict ?? ''));
    if (c.valueDisplay) {
      tip.append(el('div', 't-value', c.valueDisplay));
      tip.append(el('div', 't-meta', [c.year, c.kind, c.report].filter((v) => v !== null && v !== undefined && v !== '').join(' · ')));
      tip.append(...quote(c));
    }
    if (c.rule) tip.append(el('div', 't-meta', c.rule));
  }
}

/** The source sentence of `d` with the number marked, or nothing. */
function quote(d) {
  if (!(d.quoteBefore || d.quoteMatch || d.quoteAfter)) return [];
  const q = el('blockquote', 't-quote');
  q.lang = 'zh-CN'; // the source sentence is always the report's Chinese
  q.append(document.createTextNode(d.quoteBefore ?? ''), el('mark', '', d.quoteMatch ?? ''), document.createTextNode(d.quoteAfter ?? ''));
  return [q];
}

/**
 * Places the tooltip above the mark `m` ({ x, y, w, h } in CSS px), else below it (where there
 * is more room), never over it, and always within the chart's `box` ({ w, h }).
 */
export function placeTip(tip, m, box) {
  // Measure at full width first; then fix the width, or moving the box right would shrink
  // (and re-wrap) it to the room left of its new position.
  tip.style.width = '';
  tip.style.left = '0px';
  tip.style.top = '0px';
  const tw = Math.min(tip.offsetWidth, Math.max(0, box.w - 8));
  tip.style.width = `${tw}px`;
  const th = tip.offsetHeight;
  const gap = 8;
  const left = Math.min(Math.max(4, m.x + m.w / 2 - tw / 2), Math.max(4, box.w - tw - 4));
  const roomAbove = m.y - gap;
  const roomBelow = box.h - (m.y + m.h + gap);
  const top = th <= roomAbove || roomAbove > roomBelow ? m.y - gap - th : m.y + m.h + gap;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}

/** The data table: one row per mark payload in `rows`, in keyboard order, under `title`. */
export function dataTable(title, rows, t) {
  const table = el('table');
  table.append(el('caption', '', title));
  const head = el('tr');
  const judged = rows.some((d) => d.compared);
  const heads = judged ? [t.name, t.year, t.kind, t.value, t.source, t.result, t.verdict, t.source] : [t.name, t.year, t.kind, t.value, t.source];
  for (const h of heads) {
    const th = el('th', '', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const d of rows) {
    const tr = el('tr');
    const quote = el('td', '', `${d.quoteBefore ?? ''}${d.quoteMatch ?? ''}${d.quoteAfter ?? ''}`);
    quote.lang = 'zh-CN';
    tr.append(
      el('td', '', d.name ?? ''),
      el('td', '', String(d.year ?? '')),
      el('td', '', d.kind ?? ''),
      el('td', 'num', d.correctedFrom ? `${d.valueDisplay ?? ''}（${t.corrected(d.correctedFrom)}）` : d.valueDisplay ?? ''),
      quote,
    );
    if (judged) {
      const c = d.compared ?? {};
      const second = el('td', '', `${c.quoteBefore ?? ''}${c.quoteMatch ?? ''}${c.quoteAfter ?? ''}`);
      second.lang = 'zh-CN';
      tr.append(el('td', 'num', c.valueDisplay ?? ''), el('td', '', c.verdict ?? ''), second);
    }
    body.append(tr);
  }
  if (rows.length === 0) {
    const tr = el('tr');
    const td = el('td', '', t.noMarks);
    td.colSpan = heads.length;
    tr.append(td);
    body.append(tr);
  }
  table.append(body);
  return table;
}
