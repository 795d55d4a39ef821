// Region page chart: output and tax per mu by year, from /api/v1/regions/{code}/summary; saves as PNG.
(function () {
  'use strict';
  var el = document.getElementById('region-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var chart = echarts.init(el);
  fetch(el.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (s) {
      chart.setOption({
        toolbox: {feature: {saveAsImage: {title: 'PNG', pixelRatio: 2}}}, tooltip: {trigger: 'axis'}, legend: {top: 0},
        grid: {left: 64, right: 56, top: 40, bottom: 32},
        xAxis: {type: 'category', data: s.series.map(function (y) { return String(y.year); })},
        yAxis: [{type: 'value'}, {type: 'value'}],
        series: [
          {name: el.dataset.labelOutput, type: 'bar', data: s.series.map(function (y) {
            return y.values.OUTPUT == null ? null : Math.round(y.values.OUTPUT / 100) / 100; })},
          {name: el.dataset.labelTax, type: 'line', yAxisIndex: 1, data: s.series.map(function (y) {
            return y.values.TAX_PER_MU == null ? null : y.values.TAX_PER_MU; })}
        ]
      });
      el.dataset.rendered = 'true';
    })
    .catch(function (e) { el.textContent = String(e); el.dataset.rendered = 'error'; });
  window.addEventListener('resize', function () { chart.resize(); });
})();
