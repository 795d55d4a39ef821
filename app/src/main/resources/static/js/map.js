// The district map: ECharts choropleth of the project's GeoJSON, coloured by any region metric from
// /api/v1/regions/figures; functional zones drawn over it as dashed, hatched shapes of their approximate extent
// (/api/v1/map/functional-zones: grown inside their host districts to their official area — not a boundary, see
// docs/MAP.md). Click a district or a zone to open its page.
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
  function hatch() {
    return window.muyieldHatch('rgba(29, 78, 216, 0.6)');
  }
  Promise.all([json(el.dataset.geoUrl), json(el.dataset.figuresUrl), json(el.dataset.zonesUrl)])
    .then(function (all) {
      var geo = all[0], figures = all[1], zoneShapes = all[2];
      echarts.registerMap('chongqing', geo);
      var metric = el.dataset.metric;
      var info = figures.metrics.filter(function (m) { return m.key === metric; })[0] || figures.metrics[0];
      var names = {};
      var districtData = [], zoneData = [], zoneValue = {};
      figures.regions.forEach(function (r) {
        names[r.code] = english ? r.nameEn : r.nameZh;
        var v = r.values[info.key];
        if (r.kind === 'FUNCTIONAL_ZONE') {
          zoneValue[r.code] = v == null ? null : v;
        } else {
          districtData.push({name: r.code, value: v == null ? null : v});
        }
      });
      zoneShapes.features.forEach(function (f) {
        var code = f.properties.code;
        zoneData.push({name: names[code] || code, code: code, polygons: f.geometry.coordinates,
          value: [f.properties.seed[0], f.properties.seed[1], code in zoneValue ? zoneValue[code] : null],
          areaKm2: f.properties.areaKm2});
      });
      zoneData.forEach(function (z) {
        var near = null, best = 0.3;
        zoneData.forEach(function (o) {
          var d = Math.hypot(o.value[0] - z.value[0], o.value[1] - z.value[1]);
          if (o !== z && d < best) { best = d; near = o; }
        });
        z.labelDy = near ? (z.value[1] >= near.value[1] ? -10 : 10) : 0;
      });
      el.dataset.zones = String(zoneData.length);
      var pattern = hatch();
      function renderZone(params, api) {
        var z = zoneData[params.dataIndex];
        var children = z.polygons.map(function (rings) {
          return {type: 'polygon', shape: {points: rings[0].map(function (p) { return api.coord(p); })},
            style: {fill: pattern, stroke: '#1d4ed8', lineWidth: 1.5, lineDash: [6, 4], opacity: 0.9}};
        });
        var c = api.coord([z.value[0], z.value[1]]);
        children.push({type: 'text', x: c[0], y: c[1] + z.labelDy, silent: true,
          style: {text: z.name, fill: '#1e3a8a', fontSize: 10, align: 'center', verticalAlign: z.labelDy < 0 ? 'bottom' : (z.labelDy > 0 ? 'top' : 'middle'),
            backgroundColor: 'rgba(255,255,255,0.8)', padding: [1, 3]}});
        return {type: 'group', children: children};
      }
      var values = districtData.map(function (d) { return d.value; }).filter(function (v) { return v != null; });
      var max = values.length ? Math.max.apply(null, values) : 1;
      chart.on('finished', function () { el.dataset.rendered = 'true'; });
      chart.setOption({
        animation: false,
        title: {text: (english ? info.nameEn : info.nameZh) + ' (' + info.unit + ') ' + el.dataset.year, left: 'center', textStyle: {fontSize: 14}},
        toolbox: {feature: {saveAsImage: {title: 'PNG', pixelRatio: 2}}},
        graphic: [{type: 'group', right: 24, bottom: 24, children: [
          {type: 'rect', shape: {x: 0, y: 0, width: 28, height: 16}, style: {fill: pattern, stroke: '#1d4ed8', lineWidth: 1.5, lineDash: [6, 4]}},
          {type: 'text', x: 36, y: 8, style: {text: el.dataset.zoneLabel, fill: '#1e3a8a', fontSize: 12, verticalAlign: 'middle'}}]}],
        tooltip: {trigger: 'item', formatter: function (p) {
          var zone = p.seriesType === 'custom';
          var v = zone ? p.value[2] : p.value;
          var label = zone ? p.name + ' (' + el.dataset.zoneLabel + ', ≈' + p.data.areaKm2 + ' km²)' : (names[p.name] || p.name);
          return label + '<br>' + (v == null || isNaN(v) ? '—' : v) + ' ' + info.unit;
        }},
        visualMap: {min: 0, max: max || 1, left: 16, bottom: 16, calculable: true, seriesIndex: 0,
          inRange: {color: ['#fff5eb', '#fd8d3c', '#a63603']}},
        geo: {map: 'chongqing', nameProperty: 'adcode', roam: true, triggerEvent: true, label: {show: false},
          emphasis: {label: {show: true, formatter: function (p) { return names[p.name] || p.name; }}}},
        series: [
          {type: 'map', geoIndex: 0, data: districtData},
          {type: 'custom', coordinateSystem: 'geo', geoIndex: 0, renderItem: renderZone, data: zoneData, z: 5}
        ]
      });
      chart.on('click', function (p) {
        if (p.seriesType === 'custom' && p.data) {
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
