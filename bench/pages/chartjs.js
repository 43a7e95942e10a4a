// The overview with Chart.js 4: the same exact 2024 -> 2025 pairs as <gov-report-chart
// view="overview">, read from /data/pairs.json (written by bench/run.mjs from our extractor's
// output). Rates (percent units) in one chart as grouped horizontal bars, 2024 against the 2025
// target; amounts in a second chart as the percent change of the 2025 target on 2024, so that
// rates and counts never share an axis. 800x500 CSS px in all, tooltips on (Chart.js defaults),
// animation off so that the first render is the finished chart.
(async () => {
  const res = await fetch('/data/pairs.json');
  if (!res.ok) throw new Error(`pairs.json: HTTP ${res.status}`);
  const data = await res.json();
  const { rates, amounts, reviewYear: y0, planYear: y1 } = data;

  // Height split in proportion to the rows each chart shows (plus its title, legend and axis).
  const total = document.getElementById('chart').clientHeight;
  const weight = (rows, groups) => rows * groups + 4;
  const hRates = Math.round((total * weight(rates.length, 2)) / (weight(rates.length, 2) + weight(amounts.length, 1)));
  document.getElementById('rates-box').style.height = `${hRates}px`;
  document.getElementById('amounts-box').style.height = `${total - hRates}px`;

  let drawn = 0;
  const drawnPlugin = {
    id: 'benchDrawn',
    afterRender(chart) {
      if (chart.$benchDrawn) return;
      chart.$benchDrawn = true;
      if (++drawn === 2) document.dispatchEvent(new CustomEvent('bench-drawn'));
    },
  };
  const hover = (chart) => (_event, elements) => {
    const e = elements[0];
    window.__bench?.hover?.(e ? `${chart}:${e.datasetIndex}:${e.index}` : null);
  };
  const common = {
    indexAxis: 'y',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: { legend: { position: 'top' } },
  };

  new Chart(document.getElementById('rates'), {
    type: 'bar',
    data: {
      labels: rates.map((p) => p.name),
      datasets: [
        { label: String(y0), data: rates.map((p) => p.from.value), backgroundColor: '#8c959f' },
        { label: `${y1} target`, data: rates.map((p) => p.to.value), backgroundColor: '#0969da' },
      ],
    },
    options: {
      ...common,
      onHover: hover('rates'),
      plugins: {
        ...common.plugins,
        title: { display: true, text: `${y1} targets against ${y0} results: rates, in percent` },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = rates[ctx.dataIndex];
              const side = ctx.datasetIndex === 0 ? p.from : p.to;
              return `${ctx.dataset.label}: ${side.display} (${side.value}%)`;
            },
            afterBody: (items) => (items[0] ? rates[items[0].dataIndex].note : ''),
          },
        },
      },
      scales: { x: { beginAtZero: true, ticks: { callback: (v) => `${v}%` } }, y: { ticks: { autoSkip: false } } },
    },
    plugins: [drawnPlugin],
  });

  new Chart(document.getElementById('amounts'), {
    type: 'bar',
    data: {
      labels: amounts.map((p) => p.name),
      datasets: [
        {
          label: `change of ${y1} target on ${y0}`,
          data: amounts.map((p) => p.change),
          backgroundColor: amounts.map((p) => (p.change >= 0 ? '#0969da' : '#cf222e')),
        },
      ],
    },
    options: {
      ...common,
      onHover: hover('amounts'),
      plugins: {
        ...common.plugins,
        title: { display: true, text: 'Amounts: change of the target on the result' },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = amounts[ctx.dataIndex];
              const sign = p.change >= 0 ? '+' : '';
              return [`${y0}: ${p.from.display}`, `${y1} target: ${p.to.display}`, `change: ${sign}${p.change.toFixed(1)}%`];
            },
            afterBody: (items) => (items[0] ? amounts[items[0].dataIndex].note : ''),
          },
        },
      },
      scales: { x: { ticks: { callback: (v) => `${v}%` } }, y: { ticks: { autoSkip: false, font: { size: 11 } } } },
    },
    plugins: [drawnPlugin],
  });
})().catch((err) => {
  document.dispatchEvent(new CustomEvent('bench-error', { detail: String(err?.stack ?? err) }));
  throw err;
});
