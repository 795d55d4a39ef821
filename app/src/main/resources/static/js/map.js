// The district map: ECharts choropleth of the project's GeoJSON, coloured by any region metric from
// /api/v1/regions/figures; functional zones drawn as labelled points at an approximate position (the mean label
// centre of the districts they overlap — not a boundary, see docs/MAP.md). Click a district or zone to open its page.
(function () {
  'use strict';
  var el = document.getElementById('district-map');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var english = el.dataset.lang === 'en';
  var chart = echarts.init(el);
  function json(url) {
    return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status + ' ' + url); } return r.json(); });
  }
  function drill(code) {
    window.location.href = el.dataset.regionUrl + encodeURIComponent(code) + '?year=' + el.dataset.year;
  }
  window.muyieldMap = {chart: chart, drill: drill};
  Promise.all([json(el.dataset.geoUrl), json(el.dataset.figuresUrl), json(el.dataset.regionsUrl)])
    .then(function (all) {
      var geo = all[0], figures = all[1], regions = all[2];
      echarts.registerMap('chongqing', geo);
      var metric = el.dataset.metric;
      var info = figures.metrics.filter(function (m) { return m.key === metric; })[0] || figures.metrics[0];
      var centre = {};
      geo.features.forEach(function (f) { centre[f.properties.adcode] = f.properties.cp; });
      var names = {};
      var districtData = [], zoneData = [];
      figures.regions.forEach(function (r) {
        names[r.code] = english ? r.nameEn : r.nameZh;
        var v = r.values[info.key];
        if (r.kind === 'FUNCTIONAL_ZONE') {
          var region = regions.filter(function (x) { return x.code === r.code; })[0];
          var hosts = (region ? region.overlapsDistricts : []).map(function (c) { return centre[c]; }).filter(Boolean);
          if (hosts.length) {
            var lon = 0, lat = 0;
            hosts.forEach(function (p) { lon += p[0]; lat += p[1]; });
            zoneData.push({name: names[r.code], code: r.code, value: [lon / hosts.length, lat / hosts.length, v == null ? null : v]});
          }
        } else {
          districtData.push({name: r.code, value: v == null ? null : v});
        }
      });
      var values = districtData.map(function (d) { return d.value; }).filter(function (v) { return v != null; });
      var max = values.length ? Math.max.apply(null, values) : 1;
      chart.on('finished', function () { el.dataset.rendered = 'true'; });
      chart.setOption({
        animation: false,
        title: {text: (english ? info.nameEn : info.nameZh) + ' (' + info.unit + ') ' + el.dataset.year, left: 'center', textStyle: {fontSize: 14}},
        toolbox: {feature: {saveAsImage: {title: 'PNG', pixelRatio: 2}}},
        tooltip: {trigger: 'item', formatter: function (p) {
          var v = p.seriesType === 'scatter' ? p.value[2] : p.value;
          var label = p.seriesType === 'scatter' ? p.name + ' (' + el.dataset.zoneLabel + ')' : (names[p.name] || p.name);
          return label + '<br>' + (v == null || isNaN(v) ? '—' : v) + ' ' + info.unit;
        }},
        visualMap: {min: 0, max: max || 1, left: 16, bottom: 16, calculable: true, seriesIndex: 0,
          inRange: {color: ['#fff5eb', '#fd8d3c', '#a63603']}},
        geo: {map: 'chongqing', nameProperty: 'adcode', roam: true, triggerEvent: true, label: {show: false},
          emphasis: {label: {show: true, formatter: function (p) { return names[p.name] || p.name; }}}},
        series: [
          {type: 'map', geoIndex: 0, data: districtData},
          {type: 'scatter', coordinateSystem: 'geo', symbol: 'diamond', symbolSize: 10, itemStyle: {color: '#1d4ed8'},
            label: {show: false}, emphasis: {label: {show: true, position: 'right', formatter: '{b}', fontSize: 11}}, data: zoneData}
        ]
      });
      chart.on('click', function (p) {
        if (p.seriesType === 'scatter' && p.data) {
          drill(p.data.code);
        } else if (p.componentType === 'geo' || p.seriesType === 'map') {
          drill(p.name);
        }
      });

    })
    .catch(function (e) { el.textContent = String(e); el.dataset.rendered = 'error'; });
  var select = document.getElementById('metric-select');
  if (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  }
  window.addEventListener('resize', function () { chart.resize(); });
})();
