/*
 * Claims explorer: the toll timeline of one event, drawn as SVG with no library. The data is the
 * claims component's claims_facets.timeline (claims.timeline=<event id>): per source, each
 * report's figure at its article's publication date. One line per source, each with its own
 * colour and dash pattern (colour is never the only cue); a corrected or retracted figure is a
 * hollow point with a cross. A table below holds the same points for screen readers and keyboards.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 720;
  var HEIGHT = 260;
  var PAD = { left: 56, right: 16, top: 14, bottom: 34 };
  var PALETTE = ['#0b57d0', '#b3261e', '#1a7f37', '#8e24aa', '#e37400', '#00796b'];
  var DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 4', '10 4'];
  var DAY = 24 * 3600 * 1000;

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function html(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  /** A round axis top at or above v: 1, 2, 2.5, 5 or 10 times a power of ten (charts use it too). */
  function niceCeil(v) {
    if (v <= 0) { return 1; }
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * p >= v) { return steps[i] * p; }
    }
    return 10 * p;
  }

  /** The points with a date and a figure, per source, oldest first. */
  function series(timeline) {
    return (timeline.sources || []).map(function (s, i) {
      var points = (s.points || []).filter(function (p) { return p.published && typeof p.figure === 'number'; })
        .map(function (p) { return { time: Date.parse(p.published), figure: p.figure, article: p.article, corrected: !!p.corrected, published: p.published }; })
        .sort(function (a, b) { return a.time - b.time; });
      return { source: s.source || 'no source named', points: points, colour: PALETTE[i % PALETTE.length], dash: DASHES[i % DASHES.length] };
    }).filter(function (s) { return s.points.length; });
  }

  /**
   * Draws {@code timeline} into {@code box} (emptied first). options.num(n) and options.date(iso)
   * format numbers and dates as the page does. Returns the number of points drawn.
   */
  function draw(box, timeline, options) {
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var lines = series(timeline);
    if (!lines.length) {
      box.appendChild(html('p', 'No dated figures for this event.', 'empty'));
      return 0;
    }
    var all = [];
    lines.forEach(function (l) { all = all.concat(l.points); });
    var t0 = Math.min.apply(null, all.map(function (p) { return p.time; }));
    var t1 = Math.max.apply(null, all.map(function (p) { return p.time; }));
    if (t1 - t0 < DAY) { t0 -= DAY / 2; t1 += DAY / 2; }
    var top = niceCeil(Math.max.apply(null, all.map(function (p) { return p.figure; })));
    function x(t) { return PAD.left + (WIDTH - PAD.left - PAD.right) * (t - t0) / (t1 - t0); }
    function y(v) { return PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - v / top); }

    var chart = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, 'class': 'timeline-svg', role: 'img',
      'aria-label': 'Figures over time by source: ' + lines.map(function (l) {
        return l.source + ' ' + l.points.map(function (p) { return options.num(p.figure) + (p.corrected ? ' (corrected)' : ''); }).join(', then ');
      }).join('; ') });
    // axes: figures from 0 to a round top, and the first and last publication dates
    [0, top / 2, top].forEach(function (v) {
      chart.appendChild(svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(v), y2: y(v), 'class': 'timeline-grid' }));
      var label = svg('text', { x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'class': 'timeline-axis' });
      label.textContent = options.num(v);
      chart.appendChild(label);
    });
    [[t0, 'start'], [t1, 'end']].forEach(function (pair) {
      var label = svg('text', { x: x(pair[0]), y: HEIGHT - 10, 'text-anchor': pair[1], 'class': 'timeline-axis' });
      label.textContent = options.date(new Date(pair[0]).toISOString());
      chart.appendChild(label);
    });
    lines.forEach(function (l) {
      var g = svg('g', { 'class': 'timeline-source', 'data-source': l.source });
      g.appendChild(svg('polyline', {
        points: l.points.map(function (p) { return x(p.time).toFixed(1) + ',' + y(p.figure).toFixed(1); }).join(' '),
        fill: 'none', stroke: l.colour, 'stroke-width': 2.5, 'stroke-dasharray': l.dash
      }));
      l.points.forEach(function (p) {
        var cx = x(p.time);
        var cy = y(p.figure);
        var point = svg('circle', { cx: cx, cy: cy, r: 5, stroke: l.colour, 'stroke-width': 2,
          fill: p.corrected ? '#fff' : l.colour, 'class': 'timeline-point' + (p.corrected ? ' corrected' : ''),
          'data-figure': p.figure });
        point.appendChild(svg('title')).textContent = l.source + ': ' + options.num(p.figure) + ', ' + options.date(p.published) +
          (p.corrected ? ' (later corrected)' : '');
        g.appendChild(point);
        if (p.corrected) {
          g.appendChild(svg('path', { d: 'M' + (cx - 4) + ' ' + (cy - 4) + 'l8 8m0 -8l-8 8', stroke: l.colour, 'stroke-width': 1.5, 'class': 'timeline-cross' }));
        }
      });
      chart.appendChild(g);
    });
    box.appendChild(chart);

    var legend = html('ul', undefined, 'timeline-legend');
    lines.forEach(function (l) {
      var item = html('li');
      var key = svg('svg', { width: 28, height: 10, 'aria-hidden': 'true' });
      key.appendChild(svg('line', { x1: 0, x2: 28, y1: 5, y2: 5, stroke: l.colour, 'stroke-width': 2.5, 'stroke-dasharray': l.dash }));
      item.appendChild(key);
      item.appendChild(document.createTextNode(' ' + l.source));
      legend.appendChild(item);
    });
    legend.appendChild(html('li', '\u25CB\u00D7 corrected or retracted figure', 'timeline-corrected-key'));
    box.appendChild(legend);
    box.appendChild(table(lines, options));
    return all.length;
  }

  function table(lines, options) {
    var body = html('tbody');
    lines.forEach(function (l) {
      l.points.forEach(function (p) {
        var row = html('tr');
        [l.source, options.date(p.published), options.num(p.figure), p.corrected ? 'corrected' : '', p.article || ''].forEach(function (cell) {
          row.appendChild(html('td', cell));
        });
        body.appendChild(row);
      });
    });
    var head = html('tr');
    ['source', 'published', 'figure', 'note', 'article'].forEach(function (h) {
      var th = html('th', h);
      th.setAttribute('scope', 'col');
      head.appendChild(th);
    });
    var thead = html('thead');
    thead.appendChild(head);
    var t = html('table', undefined, 'timeline-table');
    t.appendChild(thead);
    t.appendChild(body);
    var details = html('details', undefined, 'claims');
    details.appendChild(html('summary', 'The figures in a table'));
    details.appendChild(t);
    return details;
  }

  window.ClaimsTimeline = { draw: draw, niceCeil: niceCeil };
}());
