// A TypeScript module of a Vite app: the side-effect import defines <gov-report-chart>, the type
// import gives the element's API, and querySelector knows the tag (HTMLElementTagNameMap).
import 'gov-report-chart';
import type { GovReportChart, Indicator } from 'gov-report-chart';

const el: GovReportChart | null = document.querySelector('gov-report-chart');
if (!el) throw new Error('no <gov-report-chart> on the page');
el.whenReady().then((chart) => {
  const indicators: Indicator[] = chart.indicators();
  document.documentElement.dataset.indicators = String(indicators.length);
});
