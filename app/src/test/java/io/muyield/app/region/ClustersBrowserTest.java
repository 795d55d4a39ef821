package io.muyield.app.region;

import io.muyield.app.AdminBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless Chromium: a real click on the district map drills into the district; the cluster page draws the database's numbers. */
class ClustersBrowserTest extends AdminBrowserTest {

    /** Waits until the element's script has finished, and fails with what it showed if that was an error. */
    private void rendered(String id) {
        browser.waitUntil(d -> d.findElement(By.id(id)).getAttribute("data-rendered") != null);
        WebElement el = browser.driver().findElement(By.id(id));
        assertThat(el.getAttribute("data-rendered")).as(id + ": " + el.getText()).isEqualTo("true");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingADistrictOnTheMapOpensItsPageWithItsEnterprises() {
        browser.open("/map?year=2023&metric=TAX_PER_MU");
        rendered("district-map");
        Map<String, Object> shown = (Map<String, Object>) browser.script(
                "var o = window.muyieldMap.chart.getOption(); var d = o.series[0].data;"
                        + "var yubei = d.filter(function (x) { return x.name === '500112'; })[0];"
                        + "return {value: yubei.value, zones: o.series[1].data.length};");
        assertThat(((Number) shown.get("value")).doubleValue()).isEqualTo(13.26);   // 305 / 23, as the API says
        assertThat(((Number) shown.get("zones")).intValue()).isEqualTo(3);
        // A point inside 渝北's polygon and outside every functional-zone shape, as far as possible from their outlines.
        List<Number> px = point("500112", null);
        assertThat(px.get(2).doubleValue()).as("the click must not land on or near a functional-zone shape").isGreaterThan(5);
        new Actions(browser.driver()).moveToLocation(px.get(0).intValue(), px.get(1).intValue()).click().perform();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/regions/500112"));
        assertThat(browser.driver().findElement(By.id("region-name")).getText()).isEqualTo("渝北区");
        assertThat(browser.driver().findElement(By.id("kpi-tax-per-mu")).getText()).isEqualTo("13.26");
        assertThat(browser.driver().findElement(By.id("region-top")).getText()).contains("重庆长鑫汽车零部件有限公司");
        rendered("region-chart");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFunctionalZoneIsDrawnAsItsApproximateExtentAndOpensItsPage() {
        browser.open("/map?year=2023&metric=TAX_PER_MU");
        rendered("district-map");
        Map<String, Object> zone = (Map<String, Object>) browser.script(
                "var z = window.muyieldMap.chart.getOption().series[1].data.filter(function (x) { return x.code === 'CQ-LJXQ'; })[0];"
                        + "return {pieces: z.polygons.length, value: z.value[2], area: z.areaKm2};");
        assertThat(((Number) zone.get("pieces")).intValue()).isPositive();
        assertThat(((Number) zone.get("value")).doubleValue()).isEqualTo(15.0);       // A: 300 / 20, as the API says
        assertThat(((Number) zone.get("area")).doubleValue()).isBetween(1176.0, 1224.0);
        assertThat(browser.driver().findElement(By.cssSelector(".rule")).getText()).contains("近似范围");
        List<Number> px = point("500112", "CQ-LJXQ");                                    // inside 两江's shape, within 渝北
        assertThat(px.get(2).doubleValue()).as("well inside the zone's shape").isGreaterThan(5);
        new Actions(browser.driver()).moveToLocation(px.get(0).intValue(), px.get(1).intValue()).click().perform();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/regions/CQ-LJXQ"));
        assertThat(browser.driver().findElement(By.id("region-name")).getText()).isEqualTo("两江新区");
    }

    /**
     * Viewport pixels of a point inside the district's polygon that lies inside the zone's shape (or, with no zone, outside
     * every zone shape), as far as possible from the zone outlines' vertices; with that distance in pixels.
     */
    @SuppressWarnings("unchecked")
    private List<Number> point(String district, String zone) {
        return (List<Number>) browser.script(
                "var el = document.getElementById('district-map'); el.scrollIntoView(); var r = el.getBoundingClientRect();"
                + "var c = window.muyieldMap.chart; var district = arguments[0], want = arguments[1];"
                + "var zones = c.getOption().series[1].data;"
                + "var f = echarts.getMap('chongqing').geoJSON.features.filter(function (x) { return x.properties.adcode === district; })[0];"
                + "function inside(ring, p) { var k = false; for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) { var a = ring[i], b = ring[j];"
                + "  if ((a[1] > p[1]) !== (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) { k = !k; } } return k; }"
                + "function inZone(z, p) { return z.polygons.some(function (poly) { return inside(poly[0], p); }); }"
                + "var ring = (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates[0])[0];"
                + "var outline = []; zones.forEach(function (z) { z.polygons.forEach(function (poly) { poly[0].forEach(function (q) {"
                + "  outline.push(c.convertToPixel({geoIndex: 0}, q)); }); }); });"
                + "var xs = ring.map(function (p) { return p[0]; }), ys = ring.map(function (p) { return p[1]; });"
                + "var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);"
                + "var best = null, bestD = -1;"
                + "for (var i = 1; i < 30; i++) { for (var j = 1; j < 30; j++) { var g = [x0 + (x1 - x0) * i / 30, y0 + (y1 - y0) * j / 30];"
                + "  if (!inside(ring, g)) { continue; }"
                + "  var ok = want ? zones.some(function (z) { return z.code === want && inZone(z, g); })"
                + "                : !zones.some(function (z) { return inZone(z, g); });"
                + "  if (!ok) { continue; } var p = c.convertToPixel({geoIndex: 0}, g);"
                + "  var d = Math.min.apply(null, outline.map(function (q) { return Math.hypot(q[0] - p[0], q[1] - p[1]); }));"
                + "  if (d > bestD) { bestD = d; best = p; } } }"
                + "return best ? [Math.round(r.left + best[0]), Math.round(r.top + best[1]), bestD] : [0, 0, -1];", district, zone);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClusterPageDrawsItsScaleAndOffersPng() {
        browser.open("/clusters?year=2023");
        WebElement autos = browser.driver().findElement(By.cssSelector("#cluster-table tr[data-id='C01']"));
        assertThat(autos.getAttribute("data-status")).isEqualTo("NO_TREND");
        autos.findElement(By.tagName("a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/clusters/C01"));
        rendered("trend-chart");
        Map<String, Object> option = (Map<String, Object>) browser.script(
                "var o = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();"
                        + "return {years: o.xAxis[0].data, scale: o.series[0].data, png: !!o.toolbox[0].feature.saveAsImage};");
        // Other web tests may import later years into the shared test city; 2023 comes first whatever they add.
        assertThat((List<String>) option.get("years")).startsWith("2023");
        assertThat(((List<Number>) option.get("scale")).get(0).doubleValue()).isEqualTo(0.98);   // 9800 万元 = 0.98 亿元
        assertThat(option.get("png")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("kpi-enterprises")).getText()).isEqualTo("2");
        assertThat(browser.driver().findElement(By.id("district-table")).getText()).contains("渝北区");
    }

    @Test
    void theWallScreenScalesItsStageAndFillsFromTheApi() {
        browser.open("/screen");
        rendered("stage");
        double scale = Double.parseDouble(browser.driver().findElement(By.id("stage")).getAttribute("data-scale"));
        assertThat(scale).isGreaterThan(0).isLessThan(1);   // a 1400×1000 window shows the 1920×1080 stage scaled down
        assertThat(browser.driver().findElement(By.id("screen-enterprises")).getText()).isEqualTo("4");
        assertThat(browser.driver().findElements(By.cssSelector("#screen-league tbody tr"))).hasSize(10);
        Object zones = browser.script("return echarts.getInstanceByDom(document.getElementById('screen-map')).getOption().series[1].data.length;");
        assertThat(((Number) zones).intValue()).isEqualTo(3);   // the functional zones' approximate extents
    }
}
