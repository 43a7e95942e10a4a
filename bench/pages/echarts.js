// The overview with Apache ECharts 6: the same exact 2024 -> 2025 pairs as <gov-report-chart
// view="overview">, read from /data/pairs.json (written by bench/run.mjs from our extractor's
// output). One instance, two grids: rates (percent units) as grouped horizontal bars, 2024
// against the 2025 target; amounts as the percent change of the 2025 target on 2024. 800x500 CSS
// px, canvas renderer at the device pixel ratio, item tooltips on, animation off so that the first
// 'finished' event is the finished chart.
(async () => {
  const res = await fetch('/data/pairs.json');
  if (!res.ok) throw new Error(`pairs.json: HTTP ${res.status}`);
  const data = await res.json();
  const { rates, amounts, reviewYear: y0, planYear: y1 } = data;

  const box = document.getElementById('chart');
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  let signalled = false;
  chart.on('finished', () => {
    if (signalled) return;
    signalled = true;
    document.dispatchEvent(new CustomEvent('bench-drawn'));
  });
  chart.on('mouseover', (p) => window.__bench?.hover?.(`${p.seriesIndex}:${p.dataIndex}`));
  chart.on('globalout', () => window.__bench?.hover?.(null));

  // Grid heights in proportion to the rows each shows.
  const top = 56;
  const gap = 44;
  const bottom = 24;
  const usable = box.clientHeight - top - gap - bottom;
  const rowsR = rates.length * 2;
  const rowsA = amounts.length;
  const hR = Math.round((usable * rowsR) / (rowsR + rowsA));
  const left = 260;
  const pct = (v) => `${v}%`;
  const esc = echarts.format.encodeHTML;

  chart.setOption({
    animation: false,
    title: { text: `${y1} targets against ${y0} results`, left: 0, top: 0, textStyle: { fontSize: 15 } },
    legend: { top: 26, left: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        if (p.seriesIndex < 2) {
          const r = rates[p.dataIndex];
          const side = p.seriesIndex === 0 ? r.from : r.to;
          return `<b>${esc(r.name)}</b><br>${esc(p.seriesName)}: ${esc(side.display)} (${side.value}%)<br><small>${esc(r.note)}</small>`;
        }
        const a = amounts[p.dataIndex];
        const sign = a.change >= 0 ? '+' : '';
        return `<b>${esc(a.name)}</b><br>${y0}: ${esc(a.from.display)}<br>${y1} target: ${esc(a.to.display)}<br>change: ${sign}${a.change.toFixed(1)}%<br><small>${esc(a.note)}</small>`;
      },
    },
    grid: [
      { left, right: 24, top, height: hR },
      { left, right: 24, top: top + hR + gap, bottom },
    ],
    xAxis: [
      { gridIndex: 0, type: 'value', axisLabel: { formatter: pct } },
      { gridIndex: 1, type: 'value', axisLabel: { formatter: pct } },
    ],
    yAxis: [
      { gridIndex: 0, type: 'category', inverse: true, data: rates.map((p) => p.name), axisLabel: { width: left - 12, overflow: 'truncate' } },
      { gridIndex: 1, type: 'category', inverse: true, data: amounts.map((p) => p.name), axisLabel: { width: left - 12, overflow: 'truncate' } },
    ],
    series: [
      { type: 'bar', name: String(y0), xAxisIndex: 0, yAxisIndex: 0, data: rates.map((p) => p.from.value), itemStyle: { color: '#8c959f' } },
      { type: 'bar', name: `${y1} target`, xAxisIndex: 0, yAxisIndex: 0, data: rates.map((p) => p.to.value), itemStyle: { color: '#0969da' } },
      {
        type: 'bar',
        name: `change of ${y1} target on ${y0}`,
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: amounts.map((p) => ({ value: p.change, itemStyle: { color: p.change >= 0 ? '#0969da' : '#cf222e' } })),
      },
    ],
  });
})().catch((err) => {
  document.dispatchEvent(new CustomEvent('bench-error', { detail: String(err?.stack ?? err) }));
  throw err;
});
