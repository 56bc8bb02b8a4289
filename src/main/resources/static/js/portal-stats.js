// Draws each table of the public statistics page as a bar chart; the table stays for screen readers.
(function () {
  'use strict';

  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.chart[data-series]').forEach(function (element) {
    var rows = Array.from(document.querySelectorAll('#by-' + element.dataset.series + ' tbody tr'));
    var names = rows.map(function (row) { return row.querySelector('.name').textContent; }).reverse();
    var counts = rows.map(function (row) { return Number(row.querySelector('.count').textContent); }).reverse();
    element.style.height = Math.max(120, 32 * rows.length + 40) + 'px';
    var chart = echarts.init(element);
    chart.setOption({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names },
      series: [{ type: 'bar', data: counts, itemStyle: { color: '#c81e1e' }, label: { show: true, position: 'right' } }],
      animation: false
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.classList.add('chart-ready');
  });
})();
