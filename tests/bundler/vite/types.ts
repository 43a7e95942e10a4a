// Type-checked (tsc --noEmit --strict), never bundled: the packed .d.ts must give the element's
// real API. Each @ts-expect-error line is a misuse that must be rejected: if the types became
// `any` (or the tag map were lost), the directive would be unused and tsc would fail.
import 'gov-report-chart';
import { GovReportChart, loadWasm } from 'gov-report-chart';
import type {
  ChartMark,
  ChartView,
  Dataset,
  ErrorCode,
  ErrorEventDetail,
  GovReportChartError,
  Indicator,
  MarkTooltip,
  ReadyState,
  SelectEventDetail,
} from 'gov-report-chart';

const el = document.querySelector('gov-report-chart');
const same: GovReportChart | null = el;
const created: GovReportChart = document.createElement('gov-report-chart');
const ds: Dataset | null | undefined = el?.getDataset();
const csv: Promise<string> = el!.exportCsv();
const png: Promise<Blob> = created.exportPng();
const state: ReadyState = created.readyState;
const version: string | null = created.dataVersion;
const active: number = created.activeIndex;
const marks: ChartMark[] = created.marks();
const tip: MarkTooltip | null = created.tooltip(0);
const ok: boolean = created.select('gdp-growth');
const ready: Promise<GovReportChart> = created.whenReady();
const loaded: Promise<void> = created.loadReportText('...');
const view: ChartView = 'detail';
const names: string[] = created.indicators().map((i) => `${i.id} ${i.value} ${i.unit}`);
const withYear: Promise<void> = created.loadReportText('...', { referenceYear: 2025 });
const code: ErrorCode = 'no-figures';
function yearOf(i: Indicator): string {
  // A figure's year may be unknown; a range has an upper end; reports say where figures are from.
  return `${i.year ?? '?'} ${i.yearBasis} ${i.yearNote} ${i.valueHigh ?? ''} ${i.period ?? ''} ${i.report}`;
}
function reportsOf(d: Dataset): string[] {
  return d.reports.map((r) => `${r.title} ${r.referenceYear ?? '?'} ${r.genre} ${r.place ?? ''}`);
}
function codeOf(e: GovReportChartError): ErrorCode {
  return e.code;
}
const wasm: Promise<unknown> = loadWasm();
// A real HTMLElement subclass, usable wherever one is expected (customElements.define, helpers
// that take an HTMLElement, framework refs): this needs every inherited member intact.
const isElement: HTMLElement = created;
const ctor: typeof HTMLElement = GovReportChart;
const defined: CustomElementConstructor = GovReportChart;
function onSelect(detail: SelectEventDetail, error: ErrorEventDetail): string {
  return detail.indicatorId + detail.tooltip.valueDisplay + error.message + error.code;
}

// @ts-expect-error querySelector('gov-report-chart') is the element (tag map), not any element
const wrongTag: HTMLDivElement | null = document.querySelector('gov-report-chart');
// @ts-expect-error there is no such method (on the element querySelector finds)
el?.exportPdf();
// @ts-expect-error there is no such method (on the element createElement makes)
document.createElement('gov-report-chart').exportSvg();
// @ts-expect-error exportCsv resolves to text, not a number
const wrongCsv: Promise<number> = created.exportCsv();
// @ts-expect-error readyState is read-only
created.readyState = 'ready';
// @ts-expect-error there is no such method
created.exportPdf();
// @ts-expect-error select takes an indicator id
created.select(42);
// @ts-expect-error 'map' is not a view
const wrongView: ChartView = 'map';
// @ts-expect-error getDataset() may be null before the first chart
const notNull: Dataset = created.getDataset();
// @ts-expect-error an indicator's year may be null
const wrongYear: number = created.indicators()[0].year;
// @ts-expect-error not an error code
const wrongCode: ErrorCode = 'oops';
// @ts-expect-error an indicator's value is a number
const wrongValue: string = created.indicators()[0].value;

export { same, ds, csv, png, state, version, active, marks, tip, ok, ready, loaded, view, names, withYear, code, yearOf, reportsOf, codeOf, wasm };
export { isElement, ctor, defined, onSelect, wrongTag, wrongCsv, wrongView, notNull, wrongValue, wrongYear, wrongCode };

// The element keeps the standard data-* map: getDataset() does not hide HTMLElement.dataset.
const dataAttributes: DOMStringMap = created.dataset;
void dataAttributes;
