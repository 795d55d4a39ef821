// Evaluation pages: the class distribution chart, an enterprise's radar against its peers, and the what-if form.
(function () {
  'use strict';

  function classChart() {
    var el = document.getElementById('class-chart');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var existing = echarts.getInstanceByDom(el);
    if (existing) {
      existing.dispose();
    }
    var labels = (el.dataset.labels || '').split(',');
    var counts = (el.dataset.counts || '').split(',').map(Number);
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 48, right: 16, top: 16, bottom: 28},
      xAxis: {type: 'category', data: labels},
      yAxis: {type: 'value'},
      series: [{type: 'bar', data: counts, label: {show: true, position: 'top'}}]
    });
    el.dataset.rendered = 'true';
  }

  function radarChart() {
    var el = document.getElementById('radar-chart');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var english = el.dataset.lang === 'en';
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    fetch(el.dataset.url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (unit) {
        var axes = unit.radar.axes;
        var max = 0;
        axes.forEach(function (a) { max = Math.max(max, a.value || 0, a.peerMedian || 0); });
        chart.setOption({
          tooltip: {},
          legend: {top: 0, data: [el.dataset.labelSelf, el.dataset.labelPeers]},
          radar: {indicator: axes.map(function (a) { return {name: english ? a.nameEn : a.nameZh, max: Math.max(max * 1.1, 0.01)}; })},
          series: [{type: 'radar', data: [
            {name: el.dataset.labelSelf, value: axes.map(function (a) { return a.value === null ? 0 : a.value; })},
            {name: el.dataset.labelPeers, value: axes.map(function (a) { return a.peerMedian === null ? 0 : a.peerMedian; })}
          ]}]
        });
        el.dataset.rendered = 'true';
      })
      .catch(function (e) {
        el.textContent = String(e);
        el.dataset.rendered = 'error';
      });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function changed(input) {
    return input.value !== '' && input.dataset.original !== undefined && Number(input.value) !== Number(input.dataset.original);
  }

  function renderMatrix(table, m) {
    while (table.firstChild) { table.removeChild(table.firstChild); }
    var head = table.insertRow();
    head.appendChild(document.createElement('th'));
    m.labels.forEach(function (l) {
      var th = document.createElement('th');
      th.textContent = l;
      th.className = 'num';
      head.appendChild(th);
    });
    m.counts.forEach(function (row, i) {
      var tr = table.insertRow();
      var th = document.createElement('th');
      th.textContent = m.labels[i];
      tr.appendChild(th);
      row.forEach(function (c, j) {
        var td = tr.insertCell();
        td.className = 'num';
        td.textContent = String(c);
        if (i !== j && c > 0) { td.style.fontWeight = '600'; }
      });
    });
  }

  function whatIf() {
    var form = document.getElementById('what-if-form');
    if (!form) {
      return;
    }
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var body = {weights: [], benchmarks: [], shares: {}, minScores: {}};
      form.querySelectorAll('.wi-weight').forEach(function (i) {
        if (changed(i)) { body.weights.push({category: i.dataset.category, indicator: i.dataset.indicator, value: Number(i.value)}); }
      });
      form.querySelectorAll('.wi-benchmark').forEach(function (i) {
        if (changed(i) || (i.value !== '' && i.dataset.original === '')) {
          body.benchmarks.push({category: i.dataset.category, indicator: i.dataset.indicator, value: Number(i.value)});
        }
      });
      var shares = false;
      form.querySelectorAll('.wi-share').forEach(function (i) { if (changed(i)) { shares = true; } });
      if (shares) {
        form.querySelectorAll('.wi-share').forEach(function (i) { body.shares[i.dataset.class] = Number(i.value); });
      }
      form.querySelectorAll('.wi-min').forEach(function (i) { if (changed(i)) { body.minScores[i.dataset.class] = Number(i.value); } });
      var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
      headers[form.dataset.csrfHeader] = form.dataset.csrfToken;
      var error = document.getElementById('what-if-error');
      error.textContent = '';
      fetch(form.dataset.url, {method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body)})
        .then(function (r) {
          return r.json().then(function (j) {
            if (!r.ok) { throw new Error(j.error || ('HTTP ' + r.status)); }
            return j;
          });
        })
        .then(function (result) {
          renderMatrix(document.getElementById('what-if-matrix'), result.transitions);
          var note = document.getElementById('what-if-elapsed');
          note.textContent = note.dataset.template.replace('{0}', String(result.elapsedMs));
          form.dataset.done = 'true';
        })
        .catch(function (e) {
          error.textContent = e.message;
        });
    });
  }

  classChart();
  radarChart();
  whatIf();
  document.body.addEventListener('htmx:afterSwap', classChart);
})();
