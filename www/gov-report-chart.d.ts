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
  /** The report the figure is from, when the chart shows several ('' otherwise). */
  report: string;
  /** In the attainment view: the verdict and the result the target was judged against. */
  compared: ComparedFigure | null;
}

/** What a target's tooltip adds in the attainment view. */
export interface ComparedFigure {
  /** The verdict in words, with its symbol: ▲ 超额完成 / ✓ Met / ✗ Missed / … Not reported. */
  verdict: string;
  /** How the target's qualifier is read (以上 is a floor, 以内 a ceiling, 左右 a band). */
  rule: string;
  /** 实际 / 预计 (Result / Estimate); '' when no text gives the year's result. */
  kind: string;
  valueDisplay: string;
  year: number | null;
  report: string;
  quoteBefore: string;
  quoteMatch: string;
  quoteAfter: string;
}

/** A mark of the current chart, with its box in CSS pixels relative to the canvas. */
export interface ChartMark {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  indicatorId: string;
}

/** A range of the report text in Unicode characters (code points): start inclusive, end exclusive. */
export interface SourceSpan {
  start: number;
  end: number;
}

export type Measure = 'level' | 'growth' | 'share' | 'rate' | 'cumulative' | 'years' | 'rank';
/** result: achieved; estimate: written with 预计; target: a goal; derived: computed, not in the text. */
export type Status = 'result' | 'estimate' | 'target' | 'derived';
/** Where a figure's year came from, nearest context first; unknown means `year` is null. */
export type YearBasis = 'stated' | 'relative' | 'section' | 'part' | 'unknown';
export type Part = 'review' | 'plan' | 'text';
export type Genre = 'workReport' | 'planReport' | 'news' | 'text';
export type Category =
  | 'economy'
  | 'innovation'
  | 'education'
  | 'employment'
  | 'housing'
  | 'transport'
  | 'urban'
  | 'environment'
  | 'health'
  | 'culture'
  | 'governance';

/** One document of the text charted (a text pasted from several pages can hold several). */
export interface ReportInfo {
  title: string;
  /** SHA-256 of the whole input text, lowercase hex (the value to pin with data-version). */
  sha256: string;
  /** The year it was delivered or dated (a work report delivered in Y reviews Y−1, plans Y). */
  referenceYear: number | null;
  /** How the reference year was found (e.g. "meeting line: ——2025年1月6日在…"), or why not. */
  referenceNote: string;
  genre: Genre;
  /** The issuing government (海淀区, 北京市), when the text names it. */
  place: string | null;
  span: SourceSpan;
}

/** One quantity found in the report. */
export interface Indicator {
  id: string;
  /** Shared by the members of one measure across years. */
  series: string;
  subject: string;
  subjectEn: string | null;
  labelZh: string | null;
  /** In `unit`; percentages as numbers of percent (5.8 means 5.8%). A range's lower end. */
  value: number;
  /** A range's upper end (5%-5.5%: 5.5). */
  valueHigh?: number;
  unit: string;
  /** The value as written, e.g. 1.3万套. */
  display: string;
  /** The year the figure is about; null when the text does not tell (`yearNote` says why). */
  year: number | null;
  yearBasis: YearBasis;
  /** The words that gave the year (2024年, 今年, 2024年工作回顾...), or why it is unknown. */
  yearNote: string;
  /** Part of the year or a span of years, when not one whole year: H1, Q1-Q3, M1-M10, Y2021-Y2025. */
  period?: string;
  measure: Measure;
  status: Status;
  qualifiers: string[];
  section: string;
  part: Part;
  category: Category;
  /** Index into `Dataset.reports`: the document the figure comes from. */
  report: number;
  span: SourceSpan;
  quote: string;
  quoteSpan: SourceSpan;
  /** Present only when an editor corrected the value: the value as the report wrote it. */
  correctedFrom?: string;
}

/** A year's result or estimate and the next year's target of the same measure. */
export interface YearPair {
  id: string;
  from: string;
  to: string;
  comparable: 'exact' | 'approximate';
  note: string;
}

/** A value the text implies but does not state (a prior-year level from a growth rate). */
export interface DerivedValue {
  id: string;
  series: string;
  year: number;
  value: number;
  unit: string;
  from: string[];
  formula: string;
}

export interface Dataset {
  reports: ReportInfo[];
  indicators: Indicator[];
  pairs: YearPair[];
  derived: DerivedValue[];
  /** Several texts: each target against its year's result (absent for one text). */
  attainment?: Attained[];
  /** Several texts: figures another text restates, and the figure that leads (absent for one text). */
  restated?: Restated[];
}

/** A target of several reports, judged against the result of its year. */
export interface Attained {
  /** The target's indicator id. */
  target: string;
  /** The result's (or estimate's) indicator id, from the latest text that gives one. */
  result: string | null;
  /** The result in the target's unit. */
  resultValue: number | null;
  rule: AttainmentRule;
  verdict: Verdict;
  lowerIsBetter: boolean;
}

export type AttainmentRule = 'floor' | 'ceiling' | 'band' | 'exact';
export type Verdict = 'exceeded' | 'met' | 'missed' | 'not-reported';

/** A figure another text restates: `by` leads, `id` stays visible. */
export interface Restated {
  id: string;
  by: string;
}

export type ChartView = 'overview' | 'detail' | 'growth' | 'category' | 'attainment' | 'timeline' | 'places';
export type ReadyState = 'idle' | 'loading' | 'ready' | 'error' | 'destroyed';

export interface SelectEventDetail {
  index: number;
  indicatorId: string;
  tooltip: MarkTooltip;
}

/**
 * Stable codes of the errors the element shows, fires (`error` event) and throws (an Error with a
 * `code` beside its message); see docs/reliability.md.
 */
export type ErrorCode =
  | 'unknown-view'
  | 'unknown-lang'
  | 'unknown-theme'
  | 'unknown-category'
  | 'unknown-indicator'
  | 'empty-category'
  | 'no-data'
  | 'needs-several-reports'
  | 'no-texts'
  | 'no-dated-figures'
  | 'bad-size'
  | 'bad-height'
  | 'bad-aspect-ratio'
  | 'no-width'
  | 'canvas-too-large'
  | 'mark-out-of-range'
  | 'draw-failed'
  | 'view-not-loaded'
  | 'no-chart-yet'
  | 'empty-text'
  | 'text-too-large'
  | 'no-figures'
  | 'bad-reference-year'
  | 'bad-correction'
  | 'damaged-dataset'
  | 'fetch-failed'
  | 'not-text'
  | 'version-mismatch'
  | 'wasm-failed'
  | 'crashed'
  | 'panic'
  | 'bad-argument'
  | 'export-failed'
  | 'not-ready'
  | 'destroyed'
  | 'internal';

/** Detail of the `error` event: the message shown (in the element's language) and its code. */
export interface ErrorEventDetail {
  message: string;
  code: ErrorCode;
}

/** An Error thrown or rejected by the element's methods. */
export interface GovReportChartError extends Error {
  code: ErrorCode;
}

export interface LoadReportOptions {
  /** The year the text was delivered, for a text that states none (like the reference-year attribute). */
  referenceYear?: number | string;
  /** With several texts: a name for each, used in messages (file names, URLs). */
  names?: string[];
  /** With several texts: the issuing government of each text that names none ('' for one that does). */
  places?: string[];
}

/** Detail of the `corrected` event: the `corrections` attribute as applied. */
export interface CorrectedEventDetail {
  corrections: string;
}

export declare class GovReportChart extends HTMLElement {
  readonly readyState: ReadyState;
  /**
   * The sha256 of the report text shown (the value to pin with data-version); for several texts,
   * one hash per text, space-separated, in the order given.
   */
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
   * Charts another report's text, or several texts as one collection (the report parser loads on
   * first use). Rejects (and fires `error`) if one is not a report; the previous data stay.
   */
  loadReportText(text: string | string[], options?: LoadReportOptions): Promise<void>;
  /** Removes every listener and frees the wasm handle (also done on removal from the page). */
  destroy(): void;
}

/** Loads and instantiates the chart's wasm once per page. */
export declare function loadWasm(): Promise<unknown>;
/** Loads the report parser's wasm once per page (done on demand by src=, loadReportText, exportCsv). */
export declare function loadExtractor(): Promise<unknown>;

declare global {
  interface HTMLElementTagNameMap {
    'gov-report-chart': GovReportChart;
  }
}
