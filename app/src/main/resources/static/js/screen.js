// The 大屏: a 1920×1080 stage scaled to the window; cluster progress, the district map (functional zones dashed and
// hatched as their approximate extent, docs/MAP.md) and the league table, refreshed from the API every data-refresh-seconds.
(function () {
  'use strict';
  var stage = document.getElementById('stage');
  if (!stage || typeof echarts === 'undefined') {
    return;
  }
  var english = stage.dataset.lang === 'en';
  function fit() {
    var s = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
    stage.style.transform = 'scale(' + s + ')';
    stage.style.left = ((window.innerWidth - 1920 * s) / 2) + 'px';
    stage.style.top = ((window.innerHeight - 1080 * s) / 2) + 'px';
    stage.dataset.scale = String(s);
  }
  fit();
  window.addEventListener('resize', fit);
  var progress = echarts.init(document.getElementById('screen-progress'));
  var map = echarts.init(document.getElementById('screen-map'));
  var mapReady = false;
  function json(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }
  function text(id, v) { document.getElementById(id).textContent = v; }
  function drawClusters(o) {
    var rows = o.clusters.filter(function (r) { return r.target != null; });
    text('screen-enterprises', o.allClusters.enterprises.toLocaleString());
    text('screen-output', (o.allClusters.output / 10000).toFixed(1));
    text('screen-off-track', String(o.clusters.filter(function (r) { return r.status === 'OFF_TRACK' || r.status === 'MISSED'; }).length));
    progress.setOption({
      grid: {left: 170, right: 40, top: 8, bottom: 24},
      xAxis: {type: 'value', max: 100, axisLabel: {color: '#93c5fd', formatter: '{value}%'}, splitLine: {lineStyle: {color: '#1e3a8a'}}},
      yAxis: {type: 'category', inverse: true, axisLabel: {color: '#dbeafe', fontSize: 15},
        data: rows.map(function (r) { return english ? r.nameEn : r.nameZh; })},
      series: [{type: 'bar', barWidth: 16, name: stage.dataset.labelShare,
        label: {show: true, position: 'right', color: '#fff', formatter: function (p) { return p.value + '%'; }},
        data: rows.map(function (r) {
          return {value: Math.round(Math.min(1, r.share) * 1000) / 10,
            itemStyle: {color: r.status === 'OFF_TRACK' || r.status === 'MISSED' ? '#f87171' : '#34d399'}};
        })}]
    });
  }
  function drawLeague(l) {
    var body = document.querySelector('#screen-league tbody');
    body.innerHTML = '';
    l.rows.slice(0, 10).forEach(function (r) {
      var tr = document.createElement('tr');
      var move = r.movement == null ? '' : (r.movement > 0 ? '↑' + r.movement : (r.movement < 0 ? '↓' + (-r.movement) : '–'));
      [String(r.rank), move, english ? r.nameEn : r.nameZh, String(r.score)].forEach(function (v, i) {
        var td = document.createElement('td');
        td.textContent = v;
        if (i === 1) { td.className = r.movement > 0 ? 'up' : (r.movement < 0 ? 'down' : ''); }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }
  function hatch() {
    return window.muyieldHatch('rgba(253, 230, 138, 0.7)');
  }
  var zoneShapes = null;
  function drawMap(f) {
    var data = f.regions.filter(function (r) { return r.kind !== 'FUNCTIONAL_ZONE'; })
      .map(function (r) { return {name: r.code, value: r.values.TAX_PER_MU == null ? null : r.values.TAX_PER_MU, label: english ? r.nameEn : r.nameZh}; });
    var values = data.map(function (d) { return d.value; }).filter(function (v) { return v != null; });
    var names = {};
    f.regions.forEach(function (r) { names[r.code] = english ? r.nameEn : r.nameZh; });
    var zones = (zoneShapes ? zoneShapes.features : []).map(function (z) {
      return {name: names[z.properties.code] || z.properties.code, polygons: z.geometry.coordinates, value: z.properties.seed};
    });
    var pattern = hatch();
    map.setOption({
      tooltip: {trigger: 'item', formatter: function (p) {
        if (p.seriesType === 'custom') { return p.name + ' (' + stage.dataset.labelZone + ')'; }
        return (p.data ? p.data.label : p.name) + ': ' + (p.value == null || isNaN(p.value) ? '—' : p.value);
      }},
      visualMap: {min: 0, max: values.length ? Math.max.apply(null, values) : 1, left: 8, bottom: 8, textStyle: {color: '#dbeafe'},
        seriesIndex: 0, inRange: {color: ['#0c4a6e', '#0ea5e9', '#fde68a', '#f97316']}},
      geo: {map: 'chongqing', nameProperty: 'adcode', roam: false, label: {show: false},
        itemStyle: {borderColor: '#93c5fd', areaColor: '#0b2a5b'}},
      series: [{type: 'map', geoIndex: 0, data: data},
        {type: 'custom', coordinateSystem: 'geo', geoIndex: 0, data: zones, z: 5, renderItem: function (params, api) {
          var z = zones[params.dataIndex];
          return {type: 'group', children: z.polygons.map(function (rings) {
            return {type: 'polygon', shape: {points: rings[0].map(function (q) { return api.coord(q); })},
              style: {fill: pattern, stroke: '#fde68a', lineWidth: 1.5, lineDash: [6, 4]}};
          })};
        }}]
    });
  }
  function refresh() {
    var geo = mapReady ? Promise.resolve(null) : Promise.all([json(stage.dataset.geoUrl), json(stage.dataset.zonesUrl)])
      .then(function (g) { echarts.registerMap('chongqing', g[0]); zoneShapes = g[1]; mapReady = true; });
    return Promise.all([json(stage.dataset.clustersUrl), json(stage.dataset.leagueUrl), json(stage.dataset.figuresUrl), geo])
      .then(function (all) {
        drawClusters(all[0]);
        drawLeague(all[1]);
        drawMap(all[2]);
        text('screen-updated', stage.dataset.labelUpdated + ' ' + new Date().toLocaleTimeString());
        stage.dataset.rendered = 'true';
      })
      .catch(function (e) { text('screen-updated', String(e)); stage.dataset.rendered = 'error'; });
  }
  refresh();
  setInterval(refresh, 1000 * Number(stage.dataset.refreshSeconds || 300));
})();
