// The demo page: controls that drive one <gov-report-chart>, state kept in the URL, downloads,
// "copy embed code" and pasting another report. Everything is set as text, never as HTML.
import './gov-report-chart.js';

const chart = document.getElementById('chart');
const $ = (id) => document.getElementById(id);
const FIELDS = ['view', 'indicator', 'category', 'lang', 'theme'];
const DEFAULTS = { view: 'overview', indicator: '', category: '', lang: 'zh', theme: 'auto' };

function state() {
  const s = {};
  for (const f of FIELDS) s[f] = $(f).value;
  return s;
}

function apply(s) {
  for (const f of FIELDS) {
    const v = s[f] ?? DEFAULTS[f];
    if (v) chart.setAttribute(f, v);
    else chart.removeAttribute(f);
  }
  document.documentElement.lang = s.lang === 'en' ? 'en' : 'zh-CN';
  const url = new URL(location.href);
  for (const f of FIELDS) {
    if (s[f] && s[f] !== DEFAULTS[f]) url.searchParams.set(f, s[f]);
    else url.searchParams.delete(f);
  }
  history.replaceState(null, '', url);
  $('embed-code').value = embedCode(s);
}

function embedCode(s) {
  const base = new URL('.', location.href).href;
  const attrs = FIELDS.filter((f) => s[f] && s[f] !== DEFAULTS[f] && f !== 'theme')
    .map((f) => ` ${f}="${s[f]}"`)
    .join('');
  const version = chart.dataVersion ? ` data-version="${chart.dataVersion}"` : '';
  return [
    `<script type="module" src="${base}gov-report-chart.js"></script>`,
    `<gov-report-chart${attrs}${version}>`,
    `  <p>2024年地区生产总值预计增长6%，2025年预期目标增长5.5%左右。</p>`,
    `</gov-report-chart>`,
  ].join('\n');
}

function fillSelect(select, options, keepFirst = true) {
  const current = select.value;
  const first = keepFirst ? select.options[0] : null;
  select.replaceChildren(...(first ? [first] : []));
  for (const [value, label] of options) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.append(o);
  }
  if ([...select.options].some((o) => o.value === current)) select.value = current;
}

function label(ind, lang) {
  const name = lang === 'en' ? ind.nameEn ?? ind.name_en ?? ind.name : ind.nameZh ?? ind.name_zh ?? ind.name;
  return `${name ?? ind.id}${ind.year ? ` (${ind.year})` : ''}`;
}

function refreshOptions() {
  const lang = $('lang').value;
  const inds = chart.indicators() ?? [];
  fillSelect($('indicator'), inds.map((i) => [i.id, label(i, lang)]));
  const cats = [...new Set(inds.map((i) => i.category).filter(Boolean))];
  fillSelect($('category'), cats.map((c) => [c, c]));
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

// Restore the state from the URL.
const params = new URL(location.href).searchParams;
for (const f of FIELDS) {
  const v = params.get(f);
  if (v !== null) {
    if (![...$(f).options].some((o) => o.value === v)) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = v;
      $(f).append(o);
    }
    $(f).value = v;
  }
}
apply(state());

$('controls').addEventListener('change', () => apply(state()));
$('controls').addEventListener('submit', (e) => e.preventDefault());

chart.addEventListener('ready', () => {
  refreshOptions();
  $('embed-code').value = embedCode(state());
});
$('lang').addEventListener('change', refreshOptions);

chart.addEventListener('select', (e) => {
  const d = e.detail.tooltip;
  const out = $('selected');
  const mark = document.createElement('mark');
  mark.textContent = d.quoteMatch ?? '';
  const head = document.createElement('strong');
  head.textContent = `${d.name}：${d.valueDisplay}（${d.year ?? ''} ${d.kind ?? ''}）`;
  out.replaceChildren(head, document.createElement('br'), d.quoteBefore ?? '', mark, d.quoteAfter ?? '');
});

chart.addEventListener('error', (e) => {
  $('load-status').textContent = e.detail.message;
});

$('export-png').addEventListener('click', async () => download('gov-report-chart.png', await chart.exportPng()));
$('export-csv').addEventListener('click', () =>
  download('gov-report-chart.csv', new Blob([chart.exportCsv()], { type: 'text/csv;charset=utf-8' })),
);
$('export-json').addEventListener('click', () =>
  download(
    'gov-report-chart.json',
    new Blob([JSON.stringify(chart.dataset(), null, 2)], { type: 'application/json;charset=utf-8' }),
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
$('load-text').addEventListener('click', () => {
  const text = $('report-text').value;
  try {
    chart.loadReportText(text);
    $('load-status').textContent = `已载入 Loaded: ${chart.indicators().length} 个指标 indicators`;
    refreshOptions();
  } catch (err) {
    $('load-status').textContent = err.message;
  }
});
