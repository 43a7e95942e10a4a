// The iframe embed page: embed.html?view=detail&indicator=gdp-growth&lang=en&theme=dark
// Copies the query parameters onto the element and tells the parent page its height through
// postMessage ({ type: 'gov-report-chart:height', height, id }), so that the host can size the
// iframe (see embed-host.js).
import './gov-report-chart.js';

const chart = document.getElementById('chart');
const params = new URLSearchParams(location.search);
for (const name of ['view', 'indicator', 'category', 'lang', 'theme', 'src', 'reference-year', 'data-version', 'height', 'aspect-ratio', 'corrections']) {
  // src= may be repeated (src=a.txt&src=b.txt) or a space-separated list: several texts.
  const value = name === 'src' && params.getAll('src').length > 1 ? params.getAll('src').join(' ') : params.get(name);
  if (value !== null) chart.setAttribute(name, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'zh-CN';
const id = params.get('id') ?? '';

let last = -1;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'gov-report-chart:height', height, id }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
chart.addEventListener('ready', report);
