// Cluster page charts, drawn from the JSON the API serves (/api/v1/clusters/{id}); every chart can be saved as PNG.
(function () {
  'use strict';
  var el = document.getElementById('trend-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var english = el.dataset.lang === 'en';
  var toolbox = {feature: {saveAsImage: {title: 'PNG', pixelRatio: 2}}};
  var trend = echarts.init(el);
  var districts = echarts.init(document.getElementById('district-chart'));
  function yi(v) { return v == null ? null : Math.round(v / 100) / 100; }   // 万元 → 亿元, 2 decimals
  fetch(el.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (d) {
      var series = [
        {name: el.dataset.labelScale, type: 'bar', data: d.series.map(function (y) { return yi(y.scale); })},
        {name: el.dataset.labelYoy, type: 'line', yAxisIndex: 1,
          data: d.series.map(function (y) { return y.yearOnYear == null ? null : Math.round(y.yearOnYear * 1000) / 10; })}
      ];
      if (d.cluster.target != null) {
        series[0].markLine = {symbol: 'none', data: [{yAxis: yi(d.cluster.target), name: el.dataset.labelTarget}],
          label: {formatter: el.dataset.labelTarget + ' ' + d.cluster.targetYear}};
      }
      trend.setOption({
        toolbox: toolbox, tooltip: {trigger: 'axis'}, legend: {top: 0},
        grid: {left: 64, right: 56, top: 40, bottom: 32},
        xAxis: {type: 'category', data: d.series.map(function (y) { return String(y.year); })},
        yAxis: [{type: 'value', name: english ? '100 M yuan' : '亿元'}, {type: 'value', name: '%'}],
        series: series
      });
      var rows = d.districts.slice(0, 15);
      districts.setOption({
        toolbox: toolbox, tooltip: {trigger: 'axis'},
        grid: {left: 90, right: 24, top: 24, bottom: 24},
        xAxis: {type: 'value'},
        yAxis: {type: 'category', inverse: true, data: rows.map(function (r) { return english ? r.nameEn : r.nameZh; })},
        series: [{name: el.dataset.labelScale, type: 'bar', data: rows.map(function (r) { return yi(r.scale); })}]
      });
      el.dataset.rendered = 'true';
    })
    .catch(function (e) { el.textContent = String(e); el.dataset.rendered = 'error'; });
  window.addEventListener('resize', function () { trend.resize(); districts.resize(); });
})();
