// The demo page: controls that drive one <gov-report-chart>, every indicator browsable (category
// filter and search), the report text beside the chart with the highlighted number in its
// sentence (click a number to chart it), state in the URL, downloads, "copy embed code" and
// pasting another report, or several read together (a list of the loaded reports, each removable,
// kept in the URL and this browser's storage). Everything is set as text, never as HTML.
import './gov-report-chart.js';

const $ = (id) => document.getElementById(id);
const chart = $('chart');
const FIELDS = ['view', 'indicator', 'category', 'lang', 'theme', 'corrections'];
const DEFAULTS = { view: 'overview', indicator: '', category: '', lang: 'zh', theme: 'auto', corrections: '' };
const REPORT_URL = 'data/haidian-2025-work-report.txt';

const CATEGORY_NAMES = {
  economy: ['经济', 'Economy'],
  innovation: ['科技创新', 'Innovation'],
  education: ['教育', 'Education'],
  employment: ['就业与社保', 'Employment'],
  housing: ['住房', 'Housing'],
  transport: ['交通', 'Transport'],
  urban: ['城市建设', 'Urban'],
  environment: ['生态环境', 'Environment'],
  health: ['健康', 'Health'],
  culture: ['文化', 'Culture'],
  governance: ['治理', 'Governance'],
};

let reportText = null; // the text shown in the report panel
let pastedYear = ''; // the reference year the author gave the loaded texts (travels with them)
// The texts charted together, in the order added: [{ name, text }]; empty: the embedded report.
// They travel in the embed snippet (one <textarea data-report> each).
let loaded = [];
let shownSha = ''; // the text the report panel shows, by its sha256
const numberButtons = new Map(); // indicator id -> button in the report panel
let activeButton = null;

const lang = () => ($('lang').value === 'en' ? 'en' : 'zh');

function state() {
  const s = {};
  for (const f of FIELDS) s[f] = f === 'corrections' ? $(f).value.trim() : $(f).value;
  return s;
}

function ensureOption(select, value) {
  if (!select.options) return; // a text field
  if (value && ![...select.options].some((o) => o.value === value)) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = value;
    select.append(o);
  }
}

function setControls(s) {
  for (const f of FIELDS) {
    const v = s[f] ?? DEFAULTS[f];
    ensureOption($(f), v);
    $(f).value = v;
  }
}

/** Puts the controls' state on the element and in the URL. */
function apply(s) {
  for (const f of FIELDS) {
    const v = s[f] ?? DEFAULTS[f];
    // The default view is left to the element, which falls back to the figures by category
    // when a report has no year-over-year pairs.
    if (v && !(f === 'view' && v === DEFAULTS.view)) chart.setAttribute(f, v);
    else chart.removeAttribute(f);
  }
  document.documentElement.lang = s.lang === 'en' ? 'en' : 'zh-CN';
  const url = new URL(location.href);
  for (const f of FIELDS) {
    if (s[f] && s[f] !== DEFAULTS[f]) url.searchParams.set(f, s[f]);
    else url.searchParams.delete(f);
  }
  history.replaceState(null, '', url);
  updateEmbed();
}

let fallbackImg = ''; // the <img> line of the snippet: the chart as a PNG data: URL

const escapeHtml = (t) => t.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);

/** The chart's accessible name and description: the fallback image's alt text. */
function chartText() {
  try {
    const group = chart.shadowRoot.querySelector('[role="group"]');
    const desc = chart.shadowRoot.getElementById(group.getAttribute('aria-describedby'))?.textContent ?? '';
    return [group.getAttribute('aria-label'), desc].filter(Boolean).join('：');
  } catch {
    return '';
  }
}

/**
 * The embed snippet: the element with the current view, data-version, corrections, a static
 * image of the chart as its fallback child (shown until the chart is ready, and where wasm cannot
 * run), and a pasted report's text.
 */
function embedCode(s) {
  const base = new URL('.', location.href).href;
  const attrs = ['view', 'indicator', 'category', 'lang', 'corrections']
    .filter((f) => s[f] && s[f] !== DEFAULTS[f])
    .map((f) => ` ${f}="${escapeHtml(s[f])}"`)
    .join('');
  const version = chart.dataVersion ? ` data-version="${chart.dataVersion}"` : '';
  const year = loaded.length && pastedYear ? ` reference-year="${escapeHtml(pastedYear)}"` : '';
  return [
    `<script type="module" src="${base}gov-report-chart.js"></script>`,
    `<gov-report-chart${attrs}${year}${version}>`,
    fallbackImg || `  <p>${escapeHtml(chartText() || '海淀区2025年政府工作报告数据图表')}</p>`,
    // The pasted reports travel with the snippet; data-version pins them, one hash per text.
    ...loaded.map((t) => `  <textarea data-report${loaded.length > 1 ? `="${escapeHtml(t.name)}"` : ''} hidden>${escapeHtml(t.text)}</textarea>`),
    `</gov-report-chart>`,
  ].join('\n');
}

/** Redraws the chart at 1 CSS px per pixel into an image data: URL for the snippet's fallback. */
async function makeFallbackImage() {
  const canvas = chart.shadowRoot.querySelector('canvas');
  const { width, height } = canvas.getBoundingClientRect();
  const w = Math.round(width);
  const h = Math.round(height);
  if (!(w > 0 && h > 0) || chart.readyState !== 'ready') return '';
  const bitmap = await createImageBitmap(await chart.exportPng());
  const small = document.createElement('canvas');
  small.width = w;
  small.height = h;
  small.getContext('2d').drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  // WebP where the browser encodes it (several times smaller than PNG for a chart), else PNG.
  const webp = small.toDataURL('image/webp', 0.9);
  const src = webp.startsWith('data:image/webp') ? webp : small.toDataURL('image/png');
  return `  <img src="${src}" width="${w}" height="${h}" alt="${escapeHtml(chartText())}">`;
}

let embedTimer = 0;
/** Rebuilds the snippet now, then again with a fresh fallback image once the chart has redrawn. */
function updateEmbed() {
  fallbackImg = '';
  $('embed-code').value = embedCode(state());
  $('embed-code').dataset.fallback = 'pending';
  clearTimeout(embedTimer);
  embedTimer = setTimeout(async () => {
    try {
      fallbackImg = await makeFallbackImage();
    } catch {
      fallbackImg = '';
    }
    $('embed-code').value = embedCode(state());
    $('embed-code').dataset.fallback = fallbackImg ? 'image' : 'text';
  }, 150);
}

function indicatorLabel(ind) {
  const name = lang() === 'en' ? ind.subjectEn || ind.subject : ind.subject;
  const year = ind.year ? (lang() === 'en' ? ` (${ind.year})` : `（${ind.year}年）`) : '';
  return `${name} ${ind.display}${year}`;
}

function fillSelect(select, first, options) {
  const current = select.value;
  const keep = first ? [first] : [];
  select.replaceChildren(...keep);
  for (const [value, label] of options) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.append(o);
  }
  ensureOption(select, current);
  select.value = current;
}

/** Fills the category and indicator lists, filtered by category and search. */
function refreshOptions() {
  const inds = chart.indicators() ?? [];
  const cats = [...new Set(inds.map((i) => i.category).filter(Boolean))];
  const catFirst = $('category').options[0];
  catFirst.textContent = lang() === 'en' ? '(all)' : '（全部）';
  fillSelect($('category'), catFirst, cats.map((c) => [c, CATEGORY_NAMES[c]?.[lang() === 'en' ? 1 : 0] ?? c]));
  const cat = $('category').value;
  const q = $('search').value.trim().toLowerCase();
  const shown = inds.filter(
    (i) =>
      (!cat || i.category === cat) &&
      (!q || `${i.id} ${i.subject} ${i.subjectEn ?? ''} ${i.display} ${i.section}`.toLowerCase().includes(q)),
  );
  const indFirst = $('indicator').options[0];
  indFirst.textContent = lang() === 'en' ? '(default: GDP growth)' : '（默认：地区生产总值增长）';
  fillSelect($('indicator'), indFirst, shown.map((i) => [i.id, indicatorLabel(i)]));
  fillFixLists(inds);
  $('match-count').textContent =
    lang() === 'en' ? `${shown.length} of ${inds.length} indicators` : `共${inds.length}个指标，显示${shown.length}个`;
}

/** The corrections panel's lists: every indicator, and the later-year ones to pair with. */
function fillFixLists(inds) {
  const label = (i) => `${i.id} · ${indicatorLabel(i)}`;
  const current = $('fix-indicator').value;
  fillSelect($('fix-indicator'), null, inds.map((i) => [i.id, label(i)]));
  if (current && inds.some((i) => i.id === current)) $('fix-indicator').value = current;
  const chosen = inds.find((i) => i.id === $('fix-indicator').value);
  const later = inds.filter((i) => chosen && i.year > chosen.year && i.unit === chosen.unit);
  fillSelect($('fix-pair'), null, later.map((i) => [i.id, label(i)]));
}

function addCorrection(line) {
  const box = $('corrections');
  box.value = [box.value.trim(), line].filter(Boolean).join('\n');
  applyCorrections();
}

function applyCorrections() {
  $('fix-status').textContent = lang() === 'en' ? 'Applying…' : '正在应用…';
  apply(state());
}

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- the report text, with every extracted number as a button ---------------------------------

function renderReport(text) {
  const view = $('report-text-view');
  numberButtons.clear();
  activeButton = null;
  const chars = Array.from(text); // spans count Unicode scalar values
  // With several texts, only the figures of the one shown (spans count in their own text).
  const ds = chart.getDataset();
  const ofShown = (i) => !shownSha || loaded.length < 2 || ds?.reports?.[i.report]?.sha256 === shownSha;
  const spans = (ds?.indicators ?? chart.indicators() ?? [])
    .filter(ofShown)
    .filter((i) => i.span && i.span.end > i.span.start)
    .map((i) => ({ start: i.span.start, end: i.span.end, ind: i }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs = [];
  let p = document.createElement('p');
  let buf = '';
  const flush = () => {
    if (buf) p.append(buf);
    buf = '';
  };
  const endParagraph = () => {
    flush();
    if (p.childNodes.length) paragraphs.push(p);
    p = document.createElement('p');
  };
  let k = 0;
  for (let i = 0; i < chars.length; ) {
    while (k < spans.length && spans[k].start < i) k++;
    if (k < spans.length && spans[k].start === i) {
      flush();
      const s = spans[k];
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'num';
      b.textContent = chars.slice(s.start, s.end).join('');
      b.dataset.id = s.ind.id;
      // The accessible name starts with the visible text (WCAG 2.5.3), then says what it is.
      b.setAttribute('aria-label', `${b.textContent} (${indicatorLabel(s.ind)}${lang() === 'en' ? ', chart it' : '，绘制'})`);
      // Several indicators may share one number (one sentence, two readings).
      while (k < spans.length && spans[k].start === s.start) numberButtons.set(spans[k++].ind.id, b);
      p.append(b);
      i = s.end;
      continue;
    }
    if (chars[i] === '\n') endParagraph();
    else buf += chars[i];
    i++;
  }
  endParagraph();
  view.replaceChildren(...paragraphs);
}

async function loadReportPanel() {
  if (reportText === null) {
    try {
      const res = await fetch(REPORT_URL);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      reportText = await res.text();
    } catch (err) {
      const p = document.createElement('p');
      p.className = 'status';
      p.textContent = `报告原文无法载入 The report text could not be loaded (${err.message})`;
      $('report-text-view').replaceChildren(p);
      return;
    }
  }
  renderReport(reportText);
}

function highlight(id, scroll) {
  activeButton?.classList.remove('active');
  activeButton = id ? numberButtons.get(id) ?? null : null;
  if (!activeButton) return;
  activeButton.classList.add('active');
  if (scroll) {
    const box = $('report-text-view');
    const top = activeButton.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}

// ---- wiring ------------------------------------------------------------------------------------

const params = new URL(location.href).searchParams;
const initial = {};
for (const f of FIELDS) initial[f] = params.get(f) ?? DEFAULTS[f];
setControls(initial);
// Reports kept from an earlier visit are restored below; until then the embedded report shows
// in a view it can draw (the controls keep the one asked for).
const comparingViews = ['attainment', 'timeline', 'places'];
apply(params.get('reports') && comparingViews.includes(initial.view) ? { ...state(), view: DEFAULTS.view } : state());

$('controls').addEventListener('submit', (e) => e.preventDefault());
$('view').addEventListener('change', () => apply(state()));
$('theme').addEventListener('change', () => apply(state()));
$('lang').addEventListener('change', () => {
  apply(state());
  refreshOptions();
  if (reportText !== null) renderReport(reportText);
  renderList((chart.dataVersion ?? '').split(' '));
});
$('category').addEventListener('change', () => {
  refreshOptions();
  apply(state());
});
$('search').addEventListener('input', refreshOptions);
$('fix-indicator').addEventListener('change', () => fillFixLists(chart.indicators()));
$('fix-set').addEventListener('click', () => {
  const v = $('fix-value').value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) {
    $('fix-status').textContent = lang() === 'en' ? 'Enter a number, e.g. 5.2' : '请输入数字，例如 5.2';
    $('fix-value').focus();
    return;
  }
  addCorrection(`set ${$('fix-indicator').value} ${v}`);
});
$('fix-drop').addEventListener('click', () => addCorrection(`drop ${$('fix-indicator').value}`));
$('fix-add-pair').addEventListener('click', () => {
  if ($('fix-pair').value) addCorrection(`pair ${$('fix-indicator').value} ${$('fix-pair').value}`);
});
$('fix-apply').addEventListener('click', applyCorrections);
chart.addEventListener('corrected', (e) => {
  const n = e.detail.corrections ? e.detail.corrections.split(/[;\n]/).filter((x) => x.trim()).length : 0;
  $('fix-status').textContent = lang() === 'en' ? `${n} correction(s) applied` : `已应用${n}条更正`;
  refreshOptions();
  if (reportText !== null) renderReport(reportText);
  updateEmbed();
});
chart.addEventListener('error', (e) => {
  if (e.detail.code === 'bad-correction') $('fix-status').textContent = e.detail.message;
});
$('indicator').addEventListener('change', () => {
  // Picking an indicator charts it.
  if ($('indicator').value) $('view').value = 'detail';
  apply(state());
});

let firstReady = true;
chart.addEventListener('ready', () => {
  refreshOptions();
  updateEmbed();
  if (firstReady) {
    firstReady = false;
    loadReportPanel();
  }
});

// Scrolls only the report panel, never the page, so the pointer stays on its bar.
chart.addEventListener('activate', (e) => highlight(e.detail.indicatorId, true));

chart.addEventListener('select', (e) => {
  const d = e.detail.tooltip;
  const out = $('selected');
  const mark = document.createElement('mark');
  mark.textContent = d.quoteMatch ?? '';
  const head = document.createElement('strong');
  head.textContent = `${d.name}：${d.valueDisplay}（${[d.year, d.kind].filter(Boolean).join(' ')}）`;
  out.replaceChildren(head, document.createElement('br'), d.quoteBefore ?? '', mark, d.quoteAfter ?? '');
  highlight(d.indicatorId, true);
});

$('report-text-view').addEventListener('click', (e) => {
  const b = e.target.closest('button.num');
  if (!b) return;
  chart.select(b.dataset.id);
  // select() may have switched the view: mirror the element's attributes in the controls.
  const s = {};
  for (const f of FIELDS) s[f] = chart.getAttribute(f) ?? DEFAULTS[f];
  setControls(s);
  apply(state());
  highlight(b.dataset.id, false);
});

chart.addEventListener('error', (e) => {
  $('load-status').textContent = e.detail.message;
});

$('export-png').addEventListener('click', async () => download('gov-report-chart.png', await chart.exportPng()));
$('export-csv').addEventListener('click', async () =>
  download('gov-report-chart.csv', new Blob([await chart.exportCsv()], { type: 'text/csv;charset=utf-8' })),
);
$('export-json').addEventListener('click', () =>
  download(
    'gov-report-chart.json',
    new Blob([JSON.stringify(chart.getDataset(), null, 2)], { type: 'application/json;charset=utf-8' }),
  ),
);
$('copy-embed').addEventListener('click', async () => {
  const text = $('embed-code').value;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = '已复制 Copied';
  } catch {
    $('embed-code').select();
    $('copy-status').textContent = '请按 Ctrl+C 复制 Press Ctrl+C to copy';
  }
});

/** What the parser found, in one line: the documents, their years and how they were found. */
function foundLine(ds, ms) {
  const en = lang() === 'en';
  const inds = ds?.indicators ?? [];
  const count = (s) => inds.filter((i) => i.status === s).length;
  const parts = [...new Set(inds.map((i) => i.part))];
  const partNames = { review: en ? 'review' : '回顾', plan: en ? 'plan' : '计划', text: en ? 'text' : '正文' };
  const docs = (ds?.reports ?? []).map((r) => {
    const year = r.referenceYear ?? (en ? 'unknown' : '未知');
    return en ? `${r.title || '(untitled)'}, year ${year} (${r.referenceNote})` : `${r.title || '（无标题）'}，报告年份${year}（${r.referenceNote}）`;
  });
  const undated = inds.filter((i) => i.year === null).length;
  return en
    ? `Read in ${ms} ms: ${docs.join('; ')}; parts: ${parts.map((p) => partNames[p]).join(', ')}; ${inds.length} figures (${count('result')} results, ${count('estimate')} estimates, ${count('target')} targets${undated ? `, ${undated} without a year` : ''}).`
    : `${ms}毫秒读取：${docs.join('；')}；部分：${parts.map((p) => partNames[p]).join('、')}；共${inds.length}项数据（成绩${count('result')}项、预计${count('estimate')}项、目标${count('target')}项${undated ? `，${undated}项年份不明` : ''}）。`;
}

/** The message for a text that could not be read. */
function loadError(err) {
  const en = lang() === 'en';
  if (err.code === 'no-figures' && loaded.length < 2)
    return en
      ? 'No figures (such as 增长6% or 8054个) were found in this text; the chart is unchanged.'
      : '这段文字中没有找到数据（如“增长6%”“8054个”），图表保持不变。';
  if (err.code === 'bad-reference-year') return en ? 'The reference year must be four digits, such as 2025.' : '报告年份应为四位数字，例如 2025。';
  return err.message;
}

const STORE = 'gov-report-chart:text:';

/** Keeps the loaded texts in this browser and their hashes in the URL, so a reload restores them. */
function remember(shas) {
  const url = new URL(location.href);
  if (loaded.length > 1) {
    const keys = shas.map((s) => s.slice(0, 16));
    loaded.forEach((t, i) => {
      try {
        localStorage.setItem(STORE + keys[i], JSON.stringify({ name: t.name, text: t.text }));
      } catch {
        // Storage full or off: the URL still names them; the page says what is missing on reload.
      }
    });
    url.searchParams.set('reports', keys.join(','));
  } else {
    url.searchParams.delete('reports');
  }
  history.replaceState(null, '', url);
}

/** Charts `texts` ([{ name, text }]): one report, or several read together. Returns false on failure. */
async function chartTexts(texts) {
  const t0 = performance.now();
  const referenceYear = $('ref-year').value.trim();
  const previous = loaded;
  loaded = texts;
  try {
    if (texts.length === 0) {
      // Back to the embedded report.
      const res = await fetch(REPORT_URL);
      await chart.loadReportText(await res.text(), {});
    } else {
      const many = texts.length > 1;
      await chart.loadReportText(many ? texts.map((t) => t.text) : texts[0].text, { referenceYear, names: texts.map((t) => t.name) });
    }
  } catch (err) {
    loaded = previous;
    $('load-status').textContent = loadError(err);
    return false;
  }
  pastedYear = referenceYear;
  // Nothing of the previous data stays: its indicator and category choices leave the controls
  // and the URL; several texts start on the view that compares them.
  $('indicator').value = '';
  $('category').value = '';
  $('search').value = '';
  const comparing = ['attainment', 'timeline', 'places'].includes($('view').value);
  if (texts.length > 1 && !comparing) $('view').value = 'attainment';
  if (texts.length < 2 && comparing) $('view').value = DEFAULTS.view;
  apply({ ...state(), indicator: '', category: '' });
  await chart.whenReady().catch(() => {});
  setTimeout(updateEmbed, 0); // after the re-render
  const shas = (chart.dataVersion ?? '').split(' ');
  remember(shas);
  $('load-status').textContent = foundLine(chart.getDataset(), Math.round(performance.now() - t0));
  refreshOptions();
  const last = texts[texts.length - 1];
  shownSha = texts.length ? shas[texts.length - 1] ?? '' : '';
  reportText = last ? last.text : null;
  if (reportText !== null) renderReport(reportText);
  else loadReportPanel();
  renderList(shas);
  return true;
}

/** The list of loaded reports: place, year, kind and figures found, each with a remove button. */
function renderList(shas) {
  const en = lang() === 'en';
  const ds = chart.getDataset();
  const genre = { workReport: en ? 'work report' : '政府工作报告', planReport: en ? 'plan report' : '计划报告', news: en ? 'news story' : '新闻报道', text: en ? 'text' : '文本' };
  const items = (loaded.length ? loaded : [{ name: en ? 'built-in: Haidian 2025' : '内置：海淀区2025年报告', text: null }]).map((t, i) => {
    const sha = shas[i] ?? '';
    const reports = (ds?.reports ?? []).map((r, k) => [r, k]).filter(([r]) => r.sha256 === sha);
    const inds = ds?.indicators ?? [];
    const figures = inds.filter((ind) => reports.some(([, k]) => k === ind.report)).length;
    // A text may hold several documents: it is described by the one with the most figures.
    const count = (k) => inds.filter((ind) => ind.report === k).length;
    const first = reports.reduce((best, rk) => (!best || count(rk[1]) > count(best[1]) ? rk : best), null)?.[0];
    const li = document.createElement('li');
    const what = [first?.place ?? (en ? 'place unknown' : '地名不详'), first?.referenceYear ?? (en ? 'year unknown' : '年份不详'), genre[first?.genre] ?? '', en ? `${figures} figures` : `${figures}项数据`];
    const label = document.createElement('span');
    label.textContent = `${what.filter(Boolean).join(' · ')} — ${t.name}`;
    li.append(label);
    if (t.text !== null) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'remove';
      b.textContent = en ? 'Remove' : '移除';
      b.setAttribute('aria-label', `${b.textContent} ${t.name}`);
      b.addEventListener('click', () => chartTexts(loaded.filter((_, k) => k !== i)));
      li.append(' ', b);
    }
    return li;
  });
  $('reports').replaceChildren(...items);
}

/** Adds texts to the loaded ones (the embedded report first, when it is what the chart shows). */
async function addTexts(more) {
  let base = loaded;
  if (base.length === 0) {
    try {
      const res = await fetch(REPORT_URL);
      base = [{ name: REPORT_URL.split('/').pop(), text: await res.text() }];
    } catch {
      base = [];
    }
  }
  const fresh = more.filter((m) => !base.some((t) => t.text === m.text));
  if (fresh.length < more.length && fresh.length === 0) {
    $('load-status').textContent = lang() === 'en' ? 'That text is already loaded.' : '这份文本已经载入。';
    return false;
  }
  return chartTexts([...base, ...fresh]);
}

async function loadText(text) {
  return chartTexts([{ name: lang() === 'en' ? 'pasted text' : '粘贴的文本', text }]);
}

$('load-text').addEventListener('click', () => loadText($('report-text').value));
$('add-text').addEventListener('click', () => addTexts([{ name: lang() === 'en' ? `pasted text ${loaded.length + 1}` : `粘贴的文本${loaded.length + 1}`, text: $('report-text').value }]));
$('report-text').addEventListener('dragover', (e) => e.preventDefault());
$('report-text').addEventListener('drop', async (e) => {
  const files = [...(e.dataTransfer?.files ?? [])];
  if (!files.length) return;
  e.preventDefault();
  const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  $('report-text').value = texts[texts.length - 1].text;
  // One file charts it; several are read together, with the reports already loaded.
  if (texts.length === 1) loadText(texts[0].text);
  else addTexts(texts);
});

// Reports kept from an earlier visit (the URL names them by hash; the texts are in this browser).
const keptKeys = (params.get('reports') ?? '').split(',').filter(Boolean);
if (keptKeys.length) {
  const kept = [];
  for (const k of keptKeys) {
    try {
      const v = JSON.parse(localStorage.getItem(STORE + k) ?? 'null');
      if (v && typeof v.text === 'string') kept.push({ name: String(v.name ?? k), text: v.text });
    } catch {
      // unreadable entry: counted as missing below
    }
  }
  // The widget exists once the first chart is drawn (or a setting failed): then the texts load.
  const settled = new Promise((resolve) => {
    if (chart.readyState === 'ready') resolve();
    chart.addEventListener('ready', resolve, { once: true });
    chart.addEventListener('error', resolve, { once: true });
  });
  settled.then(async () => {
    if (kept.length) await chartTexts(kept);
    if (kept.length < keptKeys.length) {
      const n = keptKeys.length - kept.length;
      $('load-status').textContent = lang() === 'en'
        ? `${n} of the ${keptKeys.length} reports in this link are not stored in this browser; drop them again.`
        : `链接中的${keptKeys.length}份报告有${n}份未存于此浏览器，请重新拖入。`;
    }
  });
} else {
  chart.whenReady().then(() => renderList([chart.dataVersion ?? '']));
}
