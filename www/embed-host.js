// For pages that embed the chart as an <iframe>: sizes every iframe with the class
// "gov-report-chart" to the height its embed page reports. Include it once per page:
//   <script src="https://YOUR-CDN/gov-report-chart/embed-host.js" defer></script>
//   <iframe class="gov-report-chart" src="https://YOUR-CDN/gov-report-chart/embed.html?view=overview"
//           title="海淀区2025年政府工作报告图表" style="width:100%;border:0" loading="lazy"></iframe>
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'gov-report-chart:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe.gov-report-chart');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(0, Math.min(5000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
