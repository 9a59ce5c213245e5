/* Dateline's few scripts: the incident map and the activity chart. No inline script:
   data reaches here through data- attributes and JSON blocks, as the CSP requires. */
(function () {
  "use strict";

  function drawMap(element) {
    if (!window.L) { return; }
    var lat = parseFloat(element.dataset.lat);
    var lon = parseFloat(element.dataset.lon);
    if (isNaN(lat) || isNaN(lon)) { return; }
    var map = window.L.map(element, { scrollWheelZoom: false })
      .setView([lat, lon], parseInt(element.dataset.zoom, 10) || 9);
    if (element.dataset.tiles) {
      window.L.tileLayer(element.dataset.tiles, {
        maxZoom: 18, attribution: element.dataset.attribution || ""
      }).addTo(map);
    }
    var label = document.createElement("span");
    label.textContent = element.dataset.label || "";  // text, never HTML
    window.L.marker([lat, lon], { title: element.dataset.label || "", alt: "Incident location" })
      .addTo(map).bindPopup(label);
  }

  function drawChart(element) {
    if (!window.uPlot) { return; }
    var source = document.getElementById(element.dataset.chart);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    if (!data.years || !data.years.length) { return; }
    var bars = window.uPlot.paths && window.uPlot.paths.bars ? window.uPlot.paths.bars({ size: [0.8, 40] }) : null;
    var whole = function (u, ticks) { return ticks.map(function (t) { return String(Math.round(t)); }); };
    var options = {
      width: Math.max(element.clientWidth, 300),
      height: 220,
      legend: { show: false },
      scales: {
        // Half a year either side so the first and last bars are drawn whole.
        x: { time: false, range: function (u, min, max) { return [min - 0.5, max + 0.5]; } },
        y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } }
      },
      axes: [
        { incrs: [1, 2, 5, 10, 20, 25, 50, 100], values: whole },
        { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000], values: whole }
      ],
      series: [
        {},
        { label: "incidents", stroke: "#8a1c1c", fill: "rgba(138,28,28,0.35)", paths: bars, points: { show: false } }
      ]
    };
    new window.uPlot(options, [data.years, data.counts], element);
  }

  function start() {
    document.querySelectorAll("[data-lat][data-lon]").forEach(drawMap);
    document.querySelectorAll("[data-chart]").forEach(drawChart);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
