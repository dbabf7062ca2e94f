/*
 * Claims explorer: the map of where the matching claims are. Plain JavaScript and SVG, no library.
 *
 * Country shapes come from world-110m.json (generated from the world-atlas package by
 * tools/worldmap/, already in the projection: x = longitude, y = -latitude, degrees). Two layers
 * are drawn on them from one Solr answer:
 *   - the heatmap: Solr's facet.heatmap on claim_location_rpt counts every matching claim in a
 *     grid over the view (Solr picks the grid's size from the view's, so it aggregates at any zoom
 *     and in SolrCloud), drawn as shaded cells;
 *   - the largest claims in the view, as circles sized by figure and coloured by confidence.
 * The page owns the request (see claims-ui.js); this file draws and tells the page when the view
 * changes. Keyboard: the map takes focus; arrows pan, + and - zoom, 0 shows the whole world; Tab
 * walks the circles, each described for screen readers.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var WORLD = { minX: -180, maxX: 180, minY: -90, maxY: 90 };
  var MAX_ZOOM = 64;
  var CIRCLE_MIN_PX = 3;
  var CIRCLE_MAX_PX = 22;

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  /** Solr's JSON writer gives a classic facet's named list as [name, value, name, value...]. */
  function namedList(value) {
    if (!Array.isArray(value)) { return value || {}; }
    var out = {};
    for (var i = 0; i + 1 < value.length; i += 2) { out[value[i]] = value[i + 1]; }
    return out;
  }

  /** The view, a box in degrees, centred on (x, y) at this zoom and clamped to the world. */
  function viewAt(x, y, zoom) {
    var w = 360 / zoom;
    var h = 180 / zoom;
    var cx = Math.min(Math.max(x, WORLD.minX + w / 2), WORLD.maxX - w / 2);
    var cy = Math.min(Math.max(y, WORLD.minY + h / 2), WORLD.maxY - h / 2);
    return { minX: cx - w / 2, maxX: cx + w / 2, minY: cy - h / 2, maxY: cy + h / 2, zoom: zoom };
  }

  /**
   * A map in {@code container}. options.shapes: the URL of the country shapes; options.onView(view):
   * the view changed (the page asks Solr again); options.describe(claim): a claim's words.
   */
  function ClaimsMap(container, options) {
    this.options = options;
    this.view = viewAt(0, 0, 1);
    this.root = svg('svg', { 'class': 'map-svg', role: 'img', 'aria-labelledby': 'map-h', preserveAspectRatio: 'xMidYMid meet' });
    this.countries = svg('g', { 'class': 'map-countries', 'aria-hidden': 'true' });
    this.cells = svg('g', { 'class': 'map-cells', 'aria-hidden': 'true' });
    this.points = svg('g', { 'class': 'map-points' });
    this.root.appendChild(svg('rect', { 'class': 'map-sea', x: -180, y: -90, width: 360, height: 180 }));
    this.root.appendChild(this.countries);
    this.root.appendChild(this.cells);
    this.root.appendChild(this.points);
    container.appendChild(this.root);
    this.setViewBox();
    this.loadShapes();
    this.wireKeys(container);
  }

  ClaimsMap.prototype.loadShapes = function () {
    var self = this;
    fetch(this.options.shapes).then(function (rsp) {
      if (!rsp.ok) { throw new Error('HTTP ' + rsp.status); }
      return rsp.json();
    }).then(function (world) {
      world.countries.forEach(function (c) {
        var path = svg('path', { d: c.d, 'data-country': c.name });
        path.appendChild(svg('title')).textContent = c.name;
        self.countries.appendChild(path);
      });
      self.root.setAttribute('data-countries', String(world.countries.length));
    }).catch(function (e) {
      self.root.setAttribute('data-countries', '0');
      if (self.options.onShapesError) { self.options.onShapesError(e); }
    });
  };

  ClaimsMap.prototype.setViewBox = function () {
    var v = this.view;
    this.root.setAttribute('viewBox', [v.minX, -v.maxY, v.maxX - v.minX, v.maxY - v.minY].join(' '));
    this.root.setAttribute('data-zoom', String(v.zoom));
  };

  /** Degrees per screen pixel, so that circles keep their size in pixels at any zoom. */
  ClaimsMap.prototype.degreesPerPixel = function () {
    var width = this.root.getBoundingClientRect().width || 720;
    return Math.max((this.view.maxX - this.view.minX) / width, (this.view.maxY - this.view.minY) / (width / 2));
  };

  ClaimsMap.prototype.moveTo = function (x, y, zoom) {
    this.view = viewAt(x, y, Math.min(Math.max(zoom, 1), MAX_ZOOM));
    this.setViewBox();
    this.options.onView(this.view);
  };

  ClaimsMap.prototype.centre = function () {
    return { x: (this.view.minX + this.view.maxX) / 2, y: (this.view.minY + this.view.maxY) / 2 };
  };

  ClaimsMap.prototype.zoomBy = function (factor) {
    var c = this.centre();
    this.moveTo(c.x, c.y, this.view.zoom * factor);
  };

  ClaimsMap.prototype.pan = function (dx, dy) {
    var c = this.centre();
    this.moveTo(c.x + dx * (this.view.maxX - this.view.minX) / 4, c.y + dy * (this.view.maxY - this.view.minY) / 4, this.view.zoom);
  };

  ClaimsMap.prototype.reset = function () { this.moveTo(0, 0, 1); };

  ClaimsMap.prototype.wireKeys = function (container) {
    var self = this;
    container.addEventListener('keydown', function (e) {
      if (e.target !== container) { return; }
      var keys = {
        ArrowLeft: function () { self.pan(-1, 0); }, ArrowRight: function () { self.pan(1, 0); },
        ArrowUp: function () { self.pan(0, 1); }, ArrowDown: function () { self.pan(0, -1); },
        '+': function () { self.zoomBy(2); }, '=': function () { self.zoomBy(2); },
        '-': function () { self.zoomBy(0.5); }, '0': function () { self.reset(); }
      };
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
  };

  /** The view as Solr's heatmap geometry: ["minX minY" TO "maxX maxY"]. */
  ClaimsMap.prototype.geom = function () {
    var v = this.view;
    function r(n) { return Math.round(n * 1000) / 1000; }
    return '["' + r(v.minX) + ' ' + r(v.minY) + '" TO "' + r(v.maxX) + ' ' + r(v.maxY) + '"]';
  };

  /** The view as a box filter on the LatLonPoint field: field:[minLat,minLon TO maxLat,maxLon]. */
  ClaimsMap.prototype.box = function (field) {
    var v = this.view;
    return field + ':[' + v.minY + ',' + v.minX + ' TO ' + v.maxY + ',' + v.maxX + ']';
  };

  /**
   * Draws a /select answer: its facet_counts.facet_heatmaps[field] and its claim documents
   * (claim_location "lat,lon", claim_count, claim_confidence_label). Returns what it drew.
   */
  ClaimsMap.prototype.render = function (rsp, field) {
    var heat = namedList(((rsp.facet_counts || {}).facet_heatmaps || {})[field]);
    var total = this.renderCells(heat);
    var shown = this.renderPoints(rsp.response.docs);
    this.root.setAttribute('data-claims', String(total));
    this.root.setAttribute('data-circles', String(shown));
    return { claims: total, circles: shown, located: rsp.response.numFound };
  };

  ClaimsMap.prototype.renderCells = function (heat) {
    clear(this.cells);
    var rows = heat.counts_ints2D || [];
    var total = 0;
    var max = 0;
    rows.forEach(function (row) { (row || []).forEach(function (n) { total += n; max = Math.max(max, n); }); });
    if (!max) { return 0; }
    var cellW = (heat.maxX - heat.minX) / heat.columns;
    var cellH = (heat.maxY - heat.minY) / heat.rows;
    var self = this;
    // row 0 is the northernmost
    rows.forEach(function (row, i) {
      (row || []).forEach(function (n, j) {
        if (!n) { return; }
        var cell = svg('rect', {
          x: heat.minX + j * cellW, y: -(heat.maxY - i * cellH), width: cellW, height: cellH,
          'fill-opacity': (0.15 + 0.55 * Math.sqrt(n / max)).toFixed(2), 'data-count': n
        });
        self.cells.appendChild(cell);
      });
    });
    return total;
  };

  ClaimsMap.prototype.renderPoints = function (docs) {
    clear(this.points);
    var perPixel = this.degreesPerPixel();
    var figures = docs.map(function (d) { return d.claim_count || 0; });
    var biggest = Math.max.apply(null, figures.concat([1]));
    var self = this;
    // the largest first, so the smaller ones are drawn over them and stay visible
    docs.forEach(function (d) {
      var at = String(d.claim_location || '').split(',').map(Number);
      if (at.length !== 2 || isNaN(at[0]) || isNaN(at[1])) { return; }
      // tolls run from one to hundreds of thousands: a log scale keeps the small ones visible
      var px = CIRCLE_MIN_PX + (CIRCLE_MAX_PX - CIRCLE_MIN_PX) * Math.log(1 + (d.claim_count || 0)) / Math.log(1 + biggest);
      var label = self.options.describe(d);
      var circle = svg('circle', {
        cx: at[1], cy: -at[0], r: (px * perPixel).toFixed(4),
        'class': 'map-point conf-' + (d.claim_confidence_label || 'low'),
        tabindex: '0', role: 'img', 'aria-label': label, 'data-count': d.claim_count || 0
      });
      circle.appendChild(svg('title')).textContent = label;
      self.points.appendChild(circle);
    });
    return this.points.childNodes.length;
  };

  window.ClaimsMap = ClaimsMap;
}());
