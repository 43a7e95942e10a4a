// Types for the <gov-report-chart> element (www/gov-report-chart.js).

/** The tooltip payload of one mark: the number as written and the sentence it came from. */
export interface MarkTooltip {
  indicatorId: string;
  name: string;
  valueDisplay: string;
  year: number | null;
  kind: string;
  qualifiers: string[];
  quoteBefore: string;
  quoteMatch: string;
  quoteAfter: string;
  /** The value as the report wrote it, when an editor corrected it (the `corrections` attribute). */
  correctedFrom: string | null;
}

/** A mark of the current chart, with its box in CSS pixels relative to the canvas. */
export interface ChartMark {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  indicatorId: string | undefined;
}

export interface SourceSpan {
  start: number;
  end: number;
}

/** One quantity found in the report. */
export interface Indicator {
  id: string;
  series: string;
  subject: string;
  subjectEn: string | null;
  labelZh: string | null;
  value: number;
  unit: string;
  display: string;
  year: number | null;
  measure: string;
  status: string;
  qualifiers: string[];
  section: string;
  part: string;
  category: string;
  span: SourceSpan;
  quote: string;
  quoteSpan: SourceSpan;
  /** Present only when an editor corrected the value: the value as the report wrote it. */
  correctedFrom?: string;
}

export interface YearPair {
  id: string;
  from: string;
  to: string;
  comparable: string;
  note: string;
}

export interface Dataset {
  source: { title: string; sha256: string; reviewYear: number; planYear: number };
  indicators: Indicator[];
  pairs: YearPair[];
  derived: Array<Record<string, unknown>>;
}

export type ChartView = 'overview' | 'detail' | 'growth' | 'category';
export type ReadyState = 'idle' | 'loading' | 'ready' | 'error' | 'destroyed';

export interface SelectEventDetail {
  index: number;
  indicatorId: string;
  tooltip: MarkTooltip;
}

export interface ErrorEventDetail {
  message: string;
}

/** Detail of the `corrected` event: the `corrections` attribute as applied. */
export interface CorrectedEventDetail {
  corrections: string;
}

export declare class GovReportChart extends HTMLElement {
  readonly readyState: ReadyState;
  /** The sha256 of the report text shown (the value to pin with data-version). */
  readonly dataVersion: string | null;
  /** The index of the mark whose tooltip is shown, or -1. */
  readonly activeIndex: number;
  whenReady(): Promise<GovReportChart>;
  indicators(): Indicator[];
  /** The whole dataset (named so as not to hide HTMLElement.dataset, the data-* attributes). */
  getDataset(): Dataset | null;
  marks(): ChartMark[];
  tooltip(index: number): MarkTooltip | null;
  focusOrder(): number[];
  /** Shows the mark of an indicator (or switches to its detail view); fires `select`. */
  select(id: string): boolean;
  exportPng(): Promise<Blob>;
  /** The dataset as CSV (the CSV writer loads with the report parser on first use). */
  exportCsv(): Promise<string>;
  /**
   * Charts another report's text (the report parser loads on first use). Rejects (and fires
   * `error`) if it is not a report; the previous data stay.
   */
  loadReportText(text: string): Promise<void>;
  /** Removes every listener and frees the wasm handle (also done on removal from the page). */
  destroy(): void;
}

/** Loads and instantiates the chart's wasm once per page. */
export declare function loadWasm(): Promise<unknown>;
/** Loads the report parser's wasm once per page (done on demand by src=, loadReportText, exportCsv). */
export declare function loadExtractor(): Promise<unknown>;
/** Reads a packed dataset (the `.grc` text the widget ships) into the dataset object. */
export declare function unpackDataset(text: string): Dataset;

declare global {
  interface HTMLElementTagNameMap {
    'gov-report-chart': GovReportChart;
  }
}
