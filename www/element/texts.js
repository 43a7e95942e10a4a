// The element's words in its two languages, its shadow-DOM stylesheet (a constructable sheet, so
// that a strict CSP's style-src 'self' allows it) and the one DOM helper, which sets text only.

export const TEXT = {
  zh: {
    chart: '图表',
    loading: '图表加载中…',
    viewData: '查看数据',
    hideData: '隐藏数据',
    name: '指标',
    year: '年份',
    kind: '类型',
    value: '数值',
    source: '原文',
    wasmFailed: '此浏览器无法显示交互图表',
    versionMismatch: (want, got) =>
      `报告文本与 data-version 不符（应为 ${want.slice(0, 12)}…，实为 ${got.slice(0, 12)}…），未显示数据`,
    versionOf: (i, want, got) => `（第${i}份文本；data-version 有${want}个哈希，载入${got}份文本）`,
    result: '结果',
    verdict: '完成情况',
    fetchFailed: (url, why) => `无法载入报告文本 ${url}：${why}`,
    noMarks: '此视图没有可显示的数据',
    noWidth: '图表容器宽度为 0，无法绘制图表',
    position: (i, n) => `第${i}项，共${n}项`,
    corrected: (original) => `编辑更正：报告原文为 ${original}`,
    noFigures: (src) => (src ? `${src} 中没有找到数据（如“增长6%”“8054个”）` : '这段文字中没有找到数据（如“增长6%”“8054个”），图表保持不变'),
    crashed: (why) => `图表程序出错，已停止此图表（${why}）；修改设置或重新载入报告可恢复`,
    noComparison: '这份报告没有同一指标的上年成绩与本年目标可作对比，下面按类别显示其数据。',
    noDatedFigures: '这份报告的数据都没有可确定的年份，无法绘图；请设置报告年份（reference-year）。',
  },
  en: {
    chart: 'chart',
    loading: 'Loading chart…',
    viewData: 'View data',
    hideData: 'Hide data',
    name: 'Indicator',
    year: 'Year',
    kind: 'Kind',
    value: 'Value',
    source: 'Source',
    wasmFailed: 'This browser cannot show the interactive chart',
    versionMismatch: (want, got) =>
      `The report text does not match data-version (expected ${want.slice(0, 12)}…, got ${got.slice(0, 12)}…); no data shown`,
    versionOf: (i, want, got) => ` (text ${i}; data-version has ${want} hashes for ${got} texts)`,
    result: 'Result',
    verdict: 'Verdict',
    fetchFailed: (url, why) => `Could not load the report text ${url}: ${why}`,
    noMarks: 'Nothing to show in this view',
    noWidth: 'The chart’s container is 0 px wide: nothing can be drawn',
    position: (i, n) => `item ${i} of ${n}`,
    corrected: (original) => `Editor’s correction: the report says ${original}`,
    noFigures: (src) =>
      src ? `No figures (such as 增长6% or 8054个) were found in ${src}` : 'No figures (such as 增长6% or 8054个) were found in this text; the chart is unchanged',
    crashed: (why) => `The chart’s code failed and this chart stopped (${why}); change a setting or load the report again to recover`,
    noComparison: 'This report has no figure with both a past result and a target for the next year; its figures are shown by category.',
    noDatedFigures: 'None of this report’s figures has a year the text makes clear, so nothing can be drawn; set its year (reference-year).',
  },
};

const CSS = `
:host { display: block; position: relative; box-sizing: border-box; min-width: 0;
  color: #1f2328; font: 14px/1.45 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
:host([hidden]) { display: none; }
.frame { position: relative; width: 100%; box-sizing: border-box; background: #ffffff; color: #1f2328; }
.sizer { height: 0; }
.frame.dark { background: #0d1117; color: #e6edf3; }
.plot { position: relative; outline: none; border-radius: 4px; }
.plot:focus-visible { box-shadow: 0 0 0 3px #0969da; }
.frame.dark .plot:focus-visible { box-shadow: 0 0 0 3px #58a6ff; }
canvas { display: block; touch-action: manipulation; }
.frame:not(.ready) .plot, .frame.failed .plot { display: none; }
::slotted(img) { display: block; max-width: 100%; height: auto; }
.fallback { overflow: auto; height: 100%; }
.frame.ready:not(.failed) .fallback { display: none; }
.message { margin: 0; padding: 8px 12px; border-left: 3px solid #bf8700; background: #fff8c5;
  color: #3b2300; font-size: 13px; }
.frame.dark .message { background: #3b2f00; color: #f8e3a1; border-color: #d29922; }
.note { margin: 0 0 4px; font-size: 13px; color: #57606a; }
.frame.dark .note { color: #9198a1; }
.message[hidden], .note[hidden], .tip[hidden], .table-wrap[hidden], .ring[hidden] { display: none; }
.ring { position: absolute; pointer-events: none; border: 2px solid #0969da; border-radius: 3px;
  box-sizing: border-box; }
.frame.dark .ring { border-color: #58a6ff; }
.tip { position: absolute; z-index: 2; box-sizing: border-box; max-width: min(340px, calc(100% - 8px));
  padding: 8px 10px; border-radius: 6px; background: #ffffff; color: #1f2328;
  border: 1px solid #d0d7de; box-shadow: 0 4px 14px rgba(0,0,0,.16); font-size: 13px; }
.frame.dark .tip { background: #161b22; color: #e6edf3; border-color: #30363d; }
.tip .t-name { font-weight: 600; }
.tip .t-value { font-size: 18px; font-weight: 700; font-variant-numeric: tabular-nums; }
.tip .t-meta { color: #57606a; font-size: 12px; }
.tip .t-verdict { margin-top: 6px; padding-top: 6px; border-top: 1px solid #d0d7de; font-weight: 700; }
.frame.dark .tip .t-meta { color: #9198a1; }
.tip .t-quote { margin: 6px 0 0; padding: 4px 0 0 8px; border-left: 3px solid #d0d7de;
  color: #424a53; font-size: 12px; max-height: 9.5em; overflow: auto; }
.frame.dark .tip .t-quote { color: #c9d1d9; border-color: #30363d; }
.tip .t-corrected { margin-top: 4px; padding: 2px 6px; border-radius: 3px; background: #fff1e5;
  color: #762c00; font-size: 12px; font-weight: 600; }
.frame.dark .tip .t-corrected { background: #3d1f00; color: #ffc680; }
.tip mark { background: #ffe58f; color: #1f2328; padding: 0 1px; border-radius: 2px; }
.frame.dark .tip mark { background: #9e6a03; color: #ffffff; }
.tools { display: flex; gap: 8px; justify-content: flex-end; margin-top: 4px; }
.frame:not(.ready) .tools, .frame.failed .tools { visibility: hidden; }
button { font: inherit; font-size: 13px; min-height: 28px; min-width: 28px; padding: 2px 10px;
  border: 1px solid #8c959f; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
.table-wrap { overflow-x: auto; margin-top: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { border-bottom: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
.frame.dark th, .frame.dark td { border-color: #30363d; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media (prefers-reduced-motion: no-preference) { .ring { transition: left .08s, top .08s, width .08s, height .08s; } }
`;

let sheet = null;
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Creates an element with a class and optional text (always set as text, never as HTML). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
