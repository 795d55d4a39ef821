// Overview charts: data comes from the same JSON the API serves, so the chart shows the database's numbers.
(function () {
  'use strict';
  var el = document.getElementById('district-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var chart = echarts.init(el, null, {renderer: 'canvas'});
  var english = el.dataset.lang === 'en';
  fetch(el.dataset.summaryUrl, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    })
    .then(function (summary) {
      var rows = summary.byDistrict.slice().sort(function (a, b) { return b.enterprises - a.enterprises; });
      chart.setOption({
        tooltip: {trigger: 'axis'},
        legend: {top: 0},
        grid: {left: 48, right: 16, top: 36, bottom: 90},
        xAxis: {type: 'category', data: rows.map(function (d) { return english ? d.nameEn : d.nameZh; }),
                axisLabel: {rotate: 60, interval: 0, fontSize: 11}},
        yAxis: {type: 'value'},
        series: [
          {name: el.dataset.labelTotal, type: 'bar', data: rows.map(function (d) { return d.enterprises; })},
          {name: el.dataset.labelAbove, type: 'bar', data: rows.map(function (d) { return d.aboveScaleEnterprises; })}
        ]
      });
      el.dataset.rendered = 'true';
    })
    .catch(function (e) {
      el.textContent = String(e);
      el.dataset.rendered = 'error';
    });
  window.addEventListener('resize', function () { chart.resize(); });
})();
