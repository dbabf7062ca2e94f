/*
 * Claims explorer: plain JavaScript, no build step, no library. It talks to one Solr core through
 * the claims plugin's public HTTP API only:
 *   /select with claims.facet (facet panels, including the events' countries and scopes),
 *   claims.compare.by=event (a chart per event), claims.timeline (an event's toll over time),
 *   facet.heatmap over the claim documents (the map), the claims.* claim
 *   filters, the {!claims} query parser (which articles), and the articles' stored fields
 *   (title, body, published, outlet, url, claims_json) for the result list.
 * Every request asks Solr for one page of articles or for facets: nothing here reads the whole
 * index, so it stays quick with 10,000 articles or many more.
 */
(function () {
  'use strict';

  var ROWS = 10;
  var SOURCE_LIMIT = 10;
  var SOURCE_LIMIT_MORE = 50;
  var COMPARE_LIMIT = 6; // events charted, the largest first
  var DEBOUNCE_MS = 350;
  var LABELS = ['high', 'medium', 'low'];
  var FIELDS = ['source', 'source_type', 'category', 'confidence_label', 'country', 'scope'];
  var MAP_POINTS = 200;
  var MAP_FIELD = 'claim_location_rpt';

  // ---- configuration: <meta> tags, overridden by ?solr=...&core=... ----------------------------

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content').trim() : '';
  }

  var pageParams = new URLSearchParams(window.location.search);

  /** Solr's base URL: ?solr=, the meta tag, or the folder above this page's folder. */
  function solrBase() {
    var base = pageParams.get('solr') || meta('claims-ui-solr');
    if (!base) {
      var path = window.location.pathname.replace(/[^/]*$/, ''); // the page's folder, with its slash
      base = path.replace(/[^/]+\/$/, ''); // the folder above it
    }
    return base.replace(/\/+$/, '');
  }

  var config = {
    solr: solrBase(),
    core: pageParams.get('core') || meta('claims-ui-core') || 'news',
    bounds: (function () {
      var parts = (meta('claims-ui-confidence') || '0.4,0.7').split(',').map(Number);
      return { medium: parts[0], high: parts[1] };
    })()
  };
  config.select = config.solr + '/' + encodeURIComponent(config.core) + '/select';

  /** A label's lower bound of confidence: the minimum confidence its facet value sets. */
  function labelFloor(label) {
    return label === 'high' ? config.bounds.high : label === 'medium' ? config.bounds.medium : 0;
  }

  /** The label of a confidence score. */
  function labelOf(score) {
    return score >= config.bounds.high ? 'high' : score >= config.bounds.medium ? 'medium' : 'low';
  }

  // ---- state, kept in the page's URL so a view can be bookmarked and shared ----------------------

  var STATE_KEYS = ['q', 'from', 'to', 'category', 'sourceType', 'source', 'country', 'scope', 'minConfidence', 'page'];

  function readState() {
    var s = {};
    STATE_KEYS.forEach(function (k) { s[k] = pageParams.get(k) || ''; });
    s.page = Math.max(1, parseInt(s.page, 10) || 1);
    s.country = s.country.toUpperCase(); // as Solr holds it, so the facet value shows selected
    s.sourceLimit = SOURCE_LIMIT;
    return s;
  }

  var state = readState();

  function writeState() {
    var params = new URLSearchParams();
    ['solr', 'core'].forEach(function (k) {
      if (pageParams.get(k)) { params.set(k, pageParams.get(k)); }
    });
    STATE_KEYS.forEach(function (k) {
      if (state[k] && !(k === 'page' && state[k] === 1)) { params.set(k, state[k]); }
    });
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  // ---- small helpers ----------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === 'text') { node.textContent = v; } else if (k === 'className') { node.className = v; } else { node.setAttribute(k, v === true ? '' : v); }
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); }
    });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  var numberFormat = new Intl.NumberFormat('en');
  function num(n) { return numberFormat.format(n); }

  function plural(n, one, many) { return num(n) + ' ' + (n === 1 ? one : many); }

  function dateText(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  /** A figure as a reader says it: "about 1,000", "5,000-6,500", "at least 12". */
  function figureText(claim) {
    if (claim.count === null || claim.count === undefined) { return claim.vague ? 'a vague figure' : ''; }
    var n = num(claim.count);
    var text;
    if (claim.count_max !== null && claim.count_max !== undefined && claim.count_max !== claim.count) {
      text = n + '\u2013' + num(claim.count_max);
    } else if (claim.qualifier === 'approximate') {
      text = 'about ' + n;
    } else if (claim.qualifier === 'at_least') {
      text = 'at least ' + n;
    } else if (claim.qualifier === 'at_most') {
      text = 'up to ' + n;
    } else {
      text = n;
    }
    return claim.vague ? text + ' (vague)' : text;
  }

  function sourceText(claim) {
    var s = claim.source || 'no source named';
    if (claim.via) { s += ' (via ' + claim.via + ')'; }
    return s;
  }

  /** Where the counted event took place: "Kursk region (Kursk Oblast, RU)", or ''. */
  function placeText(claim) {
    if (!claim.place && !claim.country) { return ''; }
    var more = [];
    if (claim.place_name && claim.place_name !== claim.place) { more.push(claim.place_name); }
    if (claim.region && claim.region !== claim.place_name) { more.push(claim.region); }
    if (claim.country) { more.push(claim.country); }
    return claim.place ? claim.place + (more.length ? ' (' + more.join(', ') + ')' : '') : more.join(', ');
  }

  /** When: "3 Mar 2024", or a range "1 Oct 2024 – 28 Jan 2025", or ''. */
  function eventDateText(claim) {
    if (!claim.event_date) { return ''; }
    return dateText(claim.event_date) + (claim.event_date_end ? ' – ' + dateText(claim.event_date_end) : '');
  }

  /** Where, when and what kind of event, as one line; "not stated" when the text says none of it. */
  function eventText(claim) {
    var parts = [placeText(claim), eventDateText(claim), claim.scope || ''].filter(function (p) { return p; });
    return parts.length ? parts.join(' · ') : 'not stated';
  }

  /** The words of a claim's tooltip and accessible description. */
  function claimDescription(claim) {
    return claim.category + ': ' + figureText(claim) + (claim.victims ? ' ' + claim.victims : '') +
      '; source: ' + sourceText(claim) + ' (' + claim.source_type + ')' +
      '; event: ' + eventText(claim) +
      '; confidence: ' + claim.confidence_label + ' (' + Number(claim.confidence).toFixed(2) + ')' +
      ((claim.confidence_reasons || []).length ? ': ' + claim.confidence_reasons.join(', ') : '');
  }

  // ---- requests ---------------------------------------------------------------------------------

  function SolrError(message, detail) {
    this.message = message;
    this.detail = detail;
  }

  /** POSTs a form to /select (long filter lists fit), and returns the parsed JSON. */
  function select(params, signal) {
    var body = new URLSearchParams();
    params.forEach(function (p) { body.append(p[0], String(p[1])); });
    body.append('wt', 'json');
    return fetch(config.select, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'Accept': 'application/json' },
      body: body.toString(),
      signal: signal,
      credentials: 'same-origin'
    }).then(function (rsp) {
      return rsp.text().then(function (text) {
        var json = null;
        try { json = JSON.parse(text); } catch (e) { json = null; }
        if (!rsp.ok) {
          var msg = json && json.error && json.error.msg ? json.error.msg : (text || '').slice(0, 300);
          throw new SolrError('Solr answered HTTP ' + rsp.status + (rsp.statusText ? ' ' + rsp.statusText : '') + ' for ' + config.select, msg);
        }
        if (!json) { throw new SolrError('Solr\'s answer from ' + config.select + ' is not JSON', (text || '').slice(0, 300)); }
        return json;
      });
    }, function (e) {
      if (e && e.name === 'AbortError') { throw e; }
      throw new SolrError('Cannot reach Solr at ' + config.select + '. Is Solr running?', e && e.message);
    });
  }

  /** A date input's value as the start of that day in UTC. */
  function dayStart(value) { return value + 'T00:00:00Z'; }

  /** The claim conditions the filters and facet clicks set, without {@code except}. */
  function claimConditions(except) {
    var c = {};
    if (state.minConfidence !== '' && except !== 'minConfidence') { c.minConfidence = state.minConfidence; }
    if (state.category && except !== 'category') { c.category = state.category; }
    if (state.sourceType && except !== 'sourceType') { c.sourceType = state.sourceType; }
    if (state.source && except !== 'source') { c.source = state.source; }
    if (state.country && except !== 'country') { c.country = state.country; }
    if (state.scope && except !== 'scope') { c.scope = state.scope; }
    return c;
  }

  /** q, the article filter, the date range and the {!claims} filter: which articles. */
  function articleParams() {
    var p = [];
    var q = state.q.trim();
    if (q) {
      p.push(['q', q], ['defType', 'edismax'], ['qf', 'title^3 body'], ['q.op', 'AND']);
    } else {
      p.push(['q', '*:*']);
    }
    p.push(['fq', 'doc_type:article']);
    if (state.from || state.to) {
      var from = state.from ? dayStart(state.from) : '*';
      var to = state.to ? dayStart(state.to) + '+1DAY' : '*';
      p.push(['fq', 'published:[' + from + ' TO ' + to + '}']);
    }
    var c = claimConditions();
    var local = [];
    if (c.minConfidence !== undefined) { local.push('minConfidence=' + Number(c.minConfidence)); }
    if (c.category) { local.push('category=' + c.category); }
    if (c.sourceType) { local.push('source_type=' + c.sourceType); }
    if (c.source) {
      // the name goes in a parameter of its own: any quote or brace in it stays harmless
      local.push('source=$claims_ui_source');
      p.push(['claims_ui_source', c.source]);
    }
    // country and scope come from the page's URL too: by reference, like the source
    if (c.country) {
      local.push('country=$claims_ui_country');
      p.push(['claims_ui_country', c.country]);
    }
    if (c.scope) {
      local.push('scope=$claims_ui_scope');
      p.push(['claims_ui_scope', c.scope]);
    }
    if (local.length) { p.push(['fq', '{!claims ' + local.join(' ') + '}']); }
    return p;
  }

  /** The claims.* filters: the facets and charts count only the claims that meet them. */
  function claimParams(c) {
    var p = [];
    if (c.minConfidence !== undefined) { p.push(['claims.minConfidence', Number(c.minConfidence)]); }
    if (c.category) { p.push(['claims.category', c.category]); }
    if (c.sourceType) { p.push(['claims.source_type', c.sourceType]); }
    if (c.source) { p.push(['claims.source', c.source]); }
    if (c.country) { p.push(['claims.country', c.country]); }
    if (c.scope) { p.push(['claims.scope', c.scope]); }
    return p;
  }

  /** The same conditions as filters on the claim documents themselves (for the map). */
  function claimFilters(c) {
    var p = [];
    if (c.minConfidence !== undefined) { p.push(['fq', 'claim_confidence:[' + Number(c.minConfidence) + ' TO *]']); }
    [['category', 'claim_category'], ['sourceType', 'claim_source_type'], ['source', 'claim_source'],
      ['country', 'claim_country'], ['scope', 'claim_scope']].forEach(function (pair, i) {
      if (c[pair[0]]) {
        p.push(['fq', '{!term f=' + pair[1] + ' v=$claims_ui_claim' + i + '}'], ['claims_ui_claim' + i, c[pair[0]]]);
      }
    });
    return p;
  }

  /**
   * The claims of the matching articles: articleParams() turned into one query on the articles
   * ({!bool}: q as must, each fq as filter) under {!child}, so any claim filter applies to the
   * claim documents and Solr's facets (the heatmap) count claims.
   */
  function claimsOfArticles() {
    var p = [];
    var local = [];
    var parser = '';
    articleParams().forEach(function (pair) {
      var k = pair[0];
      if (k === 'q') {
        p.push(['claims_ui_q', pair[1]]);
      } else if (k === 'fq') {
        p.push(['claims_ui_f' + local.length, pair[1]]);
        local.push('filter=$claims_ui_f' + local.length);
      } else if (k === 'defType') {
        parser = pair[1];
      } else if (k === 'qf') {
        p.push(['claims_ui_qf', pair[1]]);
      } else if (k !== 'q.op') {
        p.push(pair);
      }
    });
    p.push(['claims_ui_main', parser ? '{!' + parser + ' qf=$claims_ui_qf q.op=AND v=$claims_ui_q}' : '{!lucene v=$claims_ui_q}']);
    p.push(['claims_ui_articles', '{!bool must=$claims_ui_main ' + local.join(' ') + '}']);
    p.push(['q', '{!child of="doc_type:article" v=$claims_ui_articles}']);
    return p;
  }

  /** The map's request: the largest claims in the view, and Solr's heatmap of all of them. */
  function mapData(signal) {
    var p = claimsOfArticles().concat(claimFilters(claimConditions()), [
      ['fq', map.box('claim_location')],
      ['rows', MAP_POINTS], ['sort', 'claim_count desc,id asc'],
      ['fl', 'id,claim_location,claim_count,claim_count_max,claim_qualifier,claim_vague,claim_category,claim_source,claim_confidence_label,claim_place_name,claim_country,claim_event_date,claim_article'],
      ['facet', 'true'], ['facet.heatmap', MAP_FIELD], ['facet.heatmap.geom', map.geom()],
      ['facet.heatmap.distErrPct', 0.05]
    ]);
    return select(p, signal);
  }

  // ---- the search -------------------------------------------------------------------------------

  var inflight = null;
  var generation = 0;

  /** Runs the search for the current state; {@code pageOnly}: the articles only, not facets and charts. */
  function search(pageOnly) {
    writeState();
    syncControls();
    if (inflight) { inflight.abort(); }
    var controller = new AbortController();
    inflight = controller;
    var mine = ++generation;
    setBusy(true);
    hideError();

    var main = articleParams().concat([
      ['rows', ROWS], ['start', (state.page - 1) * ROWS],
      ['fl', 'id,title,body,published,outlet,url,claims_count,claims_status,claims_json'],
      ['sort', state.q.trim() ? 'score desc,published desc,id asc' : 'published desc,id asc']
    ]);
    var charts = null;
    var located = null;
    if (!pageOnly) {
      main = main.concat([
        ['claims.facet', 'true'],
        ['claims.facet.field', FIELDS.join(',')],
        ['claims.facet.limit', state.sourceLimit]
      ], claimParams(claimConditions()));
      hideTimeline();
      charts = chartData(controller.signal);
      located = mapData(controller.signal);
    }
    var articles = select(main, controller.signal);

    Promise.all([articles, charts, located]).then(function (results) {
      if (mine !== generation) { return; }
      var rsp = results[0];
      renderResults(rsp);
      if (mine !== generation) { return; } // it went back to page 1: a new search is on its way
      if (!pageOnly) {
        renderFacets(rsp.claims_facets || {});
        renderCharts(results[1]);
        renderMap(results[2]);
      }
      setBusy(false);
    }).catch(function (e) {
      if (e && e.name === 'AbortError') { return; }
      if (mine !== generation) { return; }
      setBusy(false);
      showError(e);
    });
  }

  /**
   * The charts' data: claims.compare.by=event over the matching articles with the claim filters
   * except the source (a chart compares sources), the largest events first; then, for the sources
   * shown, the same above each confidence bound, so each bar can be coloured by the confidence its
   * figures are given with (an event found again above a bound keeps its id).
   */
  function chartData(signal) {
    var conditions = claimConditions('source');
    var base = articleParams().concat([['rows', 0], ['claims.compare', 'true'], ['claims.compare.by', 'event']]);
    return select(base.concat([['claims.compare.limit', COMPARE_LIMIT]], claimParams(conditions)), signal)
      .then(function (rsp) {
        var compare = (rsp.claims_facets || {}).compare || { events: [] };
        var floor = conditions.minConfidence === undefined ? 0 : Number(conditions.minConfidence);
        var names = {};
        (compare.events || []).forEach(function (ev) { ev.sources.forEach(function (s) { names[s.source] = true; }); });
        var sources = Object.keys(names);
        var bands = [config.bounds.medium, config.bounds.high].filter(function (b) { return b > floor; });
        if (!sources.length || !bands.length) {
          return { compare: compare, floor: floor, bands: [] };
        }
        return Promise.all(bands.map(function (bound) {
          var c = Object.assign({}, conditions, { minConfidence: bound });
          var p = base.concat([['claims.compare.limit', -1]], claimParams(c));
          sources.forEach(function (s) { p.push(['claims.source', s]); });
          return select(p, signal).then(function (r) {
            return { bound: bound, compare: (r.claims_facets || {}).compare || { events: [] } };
          });
        })).then(function (bandResults) {
          return { compare: compare, floor: floor, bands: bandResults };
        });
      });
  }

  /** One event's toll over time: claims.timeline with the same article and claim filters. */
  function timelineData(eventId, signal) {
    var p = articleParams().concat([['rows', 0], ['claims.timeline', eventId]], claimParams(claimConditions('source')));
    return select(p, signal).then(function (rsp) { return (rsp.claims_facets || {}).timeline || { found: false }; });
  }

  // ---- rendering: status, errors ----------------------------------------------------------------

  function setBusy(busy) {
    document.body.setAttribute('aria-busy', busy ? 'true' : 'false');
    if (busy) { $('status').textContent = 'Searching\u2026'; }
  }

  function hideError() {
    $('error').hidden = true;
    clear($('error'));
  }

  function showError(e) {
    var box = $('error');
    clear(box);
    box.appendChild(el('p', { className: 'error-title', text: e && e.message ? e.message : String(e) }));
    if (e && e.detail) { box.appendChild(el('p', { className: 'error-detail', text: e.detail })); }
    var retry = el('button', { type: 'button', text: 'Try again' });
    retry.addEventListener('click', function () { search(false); });
    box.appendChild(retry);
    box.hidden = false;
    $('status').textContent = 'The search failed.';
    clear($('result-list'));
    $('pager').hidden = true;
  }

  // ---- rendering: facets ------------------------------------------------------------------------

  var FACET_STATE = { source: 'source', source_type: 'sourceType', category: 'category', country: 'country', scope: 'scope' };

  function renderFacets(facets) {
    var fields = facets.fields || {};
    Object.keys(FACET_STATE).forEach(function (field) {
      var list = $('facet-' + field);
      clear(list);
      var buckets = fields[field] || [];
      var key = FACET_STATE[field];
      if (state[key] && !buckets.some(function (b) { return b.value === state[key]; })) {
        buckets = [{ value: state[key], claims: 0, documents: 0 }].concat(buckets);
      }
      if (!buckets.length) {
        list.appendChild(el('li', { className: 'facet-empty', text: 'none' }));
      }
      buckets.forEach(function (b) {
        var selected = state[key] === b.value;
        list.appendChild(facetItem(field, b.value, b, selected, function () {
          state[key] = selected ? '' : b.value;
          state.page = 1;
          search(false);
        }));
      });
    });
    var more = $('more-sources');
    var sourceCount = (fields.source || []).length;
    more.hidden = !(sourceCount >= state.sourceLimit || state.sourceLimit > SOURCE_LIMIT);
    more.textContent = state.sourceLimit > SOURCE_LIMIT ? 'Show fewer sources' : 'Show more sources';

    // confidence: always the three labels; a label sets the minimum confidence to its lower bound
    var labels = $('facet-confidence_label');
    clear(labels);
    var byLabel = {};
    (fields.confidence_label || []).forEach(function (b) { byLabel[b.value] = b; });
    var min = state.minConfidence === '' ? null : Number(state.minConfidence);
    LABELS.forEach(function (label) {
      var b = byLabel[label] || { value: label, claims: 0, documents: 0 };
      var floor = labelFloor(label);
      var selected = min === null ? label === 'low' : labelOf(min) === label;
      var sets = label === 'low' ? 'any confidence' : label === 'medium' ? 'medium or high' : 'high only';
      var item = facetItem('confidence_label', label, b, selected, function () {
        state.minConfidence = floor === 0 ? '' : String(floor);
        state.page = 1;
        search(false);
      }, 'shows ' + sets);
      labels.appendChild(item);
    });
  }

  function facetItem(field, value, bucket, selected, onActivate, action) {
    var swatch = field === 'confidence_label' ? el('span', { className: 'swatch conf-' + value, 'aria-hidden': 'true' }) : null;
    var name = el('span', { className: 'facet-name', text: value });
    var count = el('span', { className: 'facet-count', text: num(bucket.documents || 0), 'aria-hidden': 'true' });
    var label = value + ': ' + plural(bucket.documents || 0, 'article', 'articles') + ', ' + plural(bucket.claims || 0, 'claim', 'claims') +
      (action ? '; ' + action : selected ? ' (selected; activate to remove)' : '');
    var button = el('button', {
      type: 'button', className: 'facet-value' + (selected ? ' selected' : ''),
      'aria-pressed': selected ? 'true' : 'false', 'aria-label': label,
      title: (action ? 'Show ' + action.replace(/^shows /, '') + ': ' : '') + plural(bucket.claims || 0, 'claim', 'claims') + ' in ' + plural(bucket.documents || 0, 'article', 'articles'),
      'data-field': field, 'data-value': value, 'data-documents': bucket.documents || 0, 'data-claims': bucket.claims || 0
    }, [swatch, name, count]);
    button.addEventListener('click', onActivate);
    return el('li', {}, [button]);
  }

  // ---- rendering: charts ------------------------------------------------------------------------

  /** What, where, when: "killed · Kisumu, KE · incident · 12–15 May 2025". */
  function eventTitle(ev) {
    var where = [ev.place, ev.country].filter(function (p) { return p; }).join(', ') || 'place not stated';
    var when = ev.first_date === ev.last_date || !ev.last_date ? dateText(ev.first_date) : dateText(ev.first_date) + ' \u2013 ' + dateText(ev.last_date);
    return [ev.category + (ev.victims ? ' (' + ev.victims + ')' : ''), where, ev.scope, when].filter(function (p) { return p; }).join(' \u00B7 ');
  }

  function renderCharts(data) {
    var box = $('charts');
    clear(box);
    // an event whose figures are all unattributed or vague has no source to chart
    var events = (data.compare.events || []).filter(function (ev) { return ev.sources.length; });
    var total = data.compare.events_total || events.length;
    $('compare-note').textContent = events.length
      ? 'Per event (the same harm, place, scope and days, across articles), the figures each source gives; the ' +
        plural(events.length, 'largest event', 'largest') + ' of ' + plural(total, 'event', 'events') +
        ' among the matching articles. Vague and unattributed figures left out.' +
        (state.source ? ' The selected source is marked \u2605.' : '')
      : '';
    if (!events.length) {
      box.appendChild(el('p', { className: 'empty', text: 'No figures to compare: the matching articles have no attributed, precise figures.' }));
      return;
    }
    // each band's [min, max] per event and source
    var bandRanges = data.bands.map(function (band) {
      var ranges = {};
      (band.compare.events || []).forEach(function (ev) {
        ev.sources.forEach(function (s) { ranges[ev.id + '\u0000' + s.source] = s; });
      });
      return { bound: band.bound, ranges: ranges };
    });
    events.forEach(function (ev) {
      box.appendChild(chart({
        key: ev.id, title: eventTitle(ev), category: ev.category, sources: ev.sources,
        sub: plural(ev.claims, 'claim', 'claims') + ', ' + plural(ev.articles, 'article', 'articles'),
        disagreement: ev.disagreement, spread: ev.spread, compared: ev.sources.length
      }, data.floor, bandRanges));
    });
  }

  function chart(cat, floor, bandRanges) { // cat: one event's figures, as renderCharts shapes them
    var sources = cat.sources.filter(function (s) { return s.min !== undefined && s.max !== undefined; });
    var lo = Math.min.apply(null, sources.map(function (s) { return s.min; }));
    var hi = Math.max.apply(null, sources.map(function (s) { return s.max; }));
    var positive = sources.map(function (s) { return s.min; }).filter(function (v) { return v > 0; });
    var logScale = positive.length > 0 && lo > 0 && hi / Math.min.apply(null, positive) > 20;
    var scaleMin = logScale ? Math.pow(10, Math.floor(Math.log10(lo))) : 0;
    var scaleMax = logScale
      ? Math.pow(10, Math.ceil(Math.log10(hi)))
      : window.ClaimsTimeline.niceCeil(hi);
    if (scaleMax <= scaleMin) { scaleMax = scaleMin + 1; }
    function pos(v) {
      if (logScale) {
        return 100 * (Math.log10(Math.max(v, scaleMin)) - Math.log10(scaleMin)) / (Math.log10(scaleMax) - Math.log10(scaleMin));
      }
      return 100 * v / scaleMax;
    }

    var verdict;
    if (cat.disagreement) {
      verdict = el('span', { className: 'verdict disagree' }, ['\u26A0 Sources disagree' + (cat.spread ? ': ' + cat.spread.toFixed(1) + '\u00D7 apart' : '')]);
    } else if (cat.compared >= 2) {
      verdict = el('span', { className: 'verdict agree', text: '\u2713 Sources agree' });
    } else {
      verdict = el('span', { className: 'verdict single', text: 'One source' });
    }
    var id = 'chart-' + cat.key.replace(/[^A-Za-z0-9_-]/g, '_');
    var figure = el('figure', { className: 'chart' + (cat.disagreement ? ' has-disagreement' : ''), 'aria-labelledby': id + '-h', 'data-event': cat.key, 'data-category': cat.category, 'data-disagreement': cat.disagreement ? 'true' : 'false' });
    figure.appendChild(el('figcaption', { id: id + '-h' }, [
      el('span', { className: 'chart-title', text: cat.title }), ' ',
      el('span', { className: 'chart-sub', text: cat.sub }), ' ',
      verdict
    ]));
    var rows = el('ul', { className: 'chart-rows' });
    sources.forEach(function (s) {
      var key = cat.key + '\u0000' + s.source;
      var layers = [{ range: s, label: labelOf(floor) }];
      bandRanges.forEach(function (band) {
        if (band.ranges[key]) { layers.push({ range: band.ranges[key], label: labelOf(band.bound) }); }
      });
      var best = layers[layers.length - 1].label;
      var track = el('span', { className: 'track', 'aria-hidden': 'true' });
      layers.forEach(function (layer) {
        var left = pos(layer.range.min);
        var width = Math.max(pos(layer.range.max) - left, 0);
        var bar = el('span', { className: 'bar conf-' + layer.label });
        // a bar from the lowest to the highest figure; a single figure is a dot
        bar.style.left = 'calc(' + left + '% - 5px)';
        bar.style.width = 'calc(' + width + '% + 10px)';
        track.appendChild(bar);
      });
      if (s.latest !== undefined && s.latest !== null) {
        var mark = el('span', { className: 'latest' });
        mark.style.left = pos(s.latest) + '%';
        track.appendChild(mark);
      }
      var range = s.min === s.max ? num(s.min) : num(s.min) + '\u2013' + num(s.max);
      var latest = s.latest !== undefined && s.latest !== null && s.min !== s.max ? ' \u00B7 latest ' + num(s.latest) : '';
      var selected = state.source === s.source;
      var text = (selected ? '\u2605 ' : '') + s.source;
      var description = s.source + ': ' + range + latest.replace(' \u00B7 ', ', ') + '; ' + plural((s.figures || []).length, 'figure', 'figures') +
        '; best confidence ' + best + (s.latest_published ? '; latest published ' + dateText(s.latest_published) : '');
      rows.appendChild(el('li', { className: 'chart-row' + (selected ? ' selected' : ''), 'aria-label': description, 'data-source': s.source, 'data-confidence': best }, [
        el('span', { className: 'chart-source', title: s.source, text: text }),
        track,
        el('span', { className: 'chart-figure', text: range + latest })
      ]));
    });
    figure.appendChild(rows);
    var show = el('button', { type: 'button', className: 'link timeline-button', 'data-event': cat.key, 'aria-controls': 'timeline',
      text: 'Toll over time', 'aria-label': 'Show the toll over time of ' + cat.title });
    show.addEventListener('click', function () { showTimeline(cat.key, cat.title); });
    figure.appendChild(show);
    figure.appendChild(el('div', { className: 'axis', 'aria-hidden': 'true' }, [
      el('span', { text: num(scaleMin) }),
      el('span', { text: logScale ? 'log scale' : '' }),
      el('span', { text: num(scaleMax) })
    ]));
    return figure;
  }

  // ---- rendering: one event's toll over time (drawn by claims-timeline.js) -----------------------

  var timelineRequest = null;

  function showTimeline(eventId, title) {
    if (timelineRequest) { timelineRequest.abort(); }
    var controller = new AbortController();
    timelineRequest = controller;
    var section = $('timeline');
    var box = $('timeline-chart');
    section.hidden = false;
    section.setAttribute('data-event', eventId);
    section.setAttribute('aria-busy', 'true');
    $('timeline-h').textContent = 'Toll over time: ' + title;
    clear(box);
    box.appendChild(el('p', { className: 'hint', text: 'Loading\u2026' }));
    section.focus();
    timelineData(eventId, controller.signal).then(function (timeline) {
      if (!timeline.found) {
        clear(box);
        box.appendChild(el('p', { className: 'empty', text: 'This event is no longer among the matching claims.' }));
      } else {
        var points = window.ClaimsTimeline.draw(box, timeline, { num: num, date: dateText });
        section.setAttribute('data-points', String(points));
      }
      section.setAttribute('aria-busy', 'false');
    }).catch(function (e) {
      if (e && e.name === 'AbortError') { return; }
      clear(box);
      box.appendChild(el('p', { className: 'error-title', text: 'The timeline could not be loaded: ' + (e && e.message ? e.message : String(e)) }));
      if (e && e.detail) { box.appendChild(el('p', { className: 'error-detail', text: e.detail })); }
      section.setAttribute('aria-busy', 'false');
    });
  }

  function hideTimeline() {
    if (timelineRequest) { timelineRequest.abort(); }
    $('timeline').hidden = true;
  }

  // ---- rendering: the map (drawn by claims-map.js) -----------------------------------------------

  var map = null;
  var mapRequest = null;

  function claimWords(d) {
    var figure = figureText({ count: d.claim_count, count_max: d.claim_count_max, qualifier: d.claim_qualifier, vague: d.claim_vague });
    return d.claim_category + ': ' + figure + '; source: ' + (d.claim_source || 'no source named') +
      '; where: ' + [d.claim_place_name, d.claim_country].filter(function (p) { return p; }).join(', ') +
      (d.claim_event_date ? '; when: ' + dateText(d.claim_event_date) : '') +
      '; confidence: ' + d.claim_confidence_label + '; article ' + d.claim_article;
  }

  function renderMap(rsp) {
    var drawn = map.render(rsp, MAP_FIELD);
    var note = $('map-note');
    note.classList.remove('map-error');
    if (!drawn.claims) {
      note.textContent = map.view.zoom > 1
        ? 'No matching claim has a place in this part of the map. Zoom out (\u2212 or 0) to see the whole world.'
        : 'No matching claim has a place: the text did not tie its figures to a town, region or country.';
      return;
    }
    note.textContent = plural(drawn.claims, 'claim', 'claims') + ' with a place in this view' +
      (drawn.circles < drawn.claims ? '; circles for the ' + num(drawn.circles) + ' with the largest figures' : '') +
      '. Shaded cells: Solr\'s heatmap of all of them; circles: sized by figure, coloured by confidence.';
  }

  /** The view changed: the map alone asks again. */
  function refreshMap() {
    if (mapRequest) { mapRequest.abort(); }
    var controller = new AbortController();
    mapRequest = controller;
    mapData(controller.signal).then(renderMap).catch(function (e) {
      if (e && e.name === 'AbortError') { return; }
      var note = $('map-note');
      note.textContent = 'The map could not be drawn: ' + (e && e.message ? e.message : String(e)) + (e && e.detail ? ' (' + e.detail + ')' : '');
      note.classList.add('map-error');
    });
  }

  function wireMap() {
    map = new window.ClaimsMap($('map'), {
      shapes: 'world-110m.json',
      onView: refreshMap,
      describe: claimWords,
      onShapesError: function () {
        $('map-shapes-note').textContent = 'The country shapes (world-110m.json) did not load; the claims are drawn without them.';
      }
    });
    $('map-in').addEventListener('click', function () { map.zoomBy(2); });
    $('map-out').addEventListener('click', function () { map.zoomBy(0.5); });
    $('map-world').addEventListener('click', function () { map.reset(); });
    $('timeline-close').addEventListener('click', function () {
      var opener = document.querySelector('.timeline-button[data-event="' + $('timeline').getAttribute('data-event') + '"]');
      hideTimeline();
      if (opener) { opener.focus(); }
    });
  }

  // ---- rendering: the result list ----------------------------------------------------------------

  var claimsById = {};

  function renderResults(rsp) {
    var list = $('result-list');
    clear(list);
    claimsById = {};
    var found = rsp.response.numFound;
    var start = rsp.response.start;
    var docs = rsp.response.docs;
    if (!found) {
      $('status').textContent = 'No articles match.';
      var empty = el('li', { className: 'empty' }, [
        el('p', { text: 'No articles match ' + describeSearch() + '.' }),
        el('p', { text: 'Try other words, a wider date range, or fewer filters.' })
      ]);
      if (hasFilters()) {
        var reset = el('button', { type: 'button', className: 'secondary', text: 'Clear all filters' });
        reset.addEventListener('click', clearAll);
        empty.appendChild(reset);
      }
      list.appendChild(empty);
      $('pager').hidden = true;
      return;
    }
    if (!docs.length) {
      // a page past the end (an old bookmark, or the index shrank): back to the first
      state.page = 1;
      search(false);
      return;
    }
    $('status').textContent = num(start + 1) + '\u2013' + num(start + docs.length) + ' of ' + plural(found, 'article', 'articles');
    $('status').setAttribute('data-found', String(found));
    docs.forEach(function (doc) { list.appendChild(article(doc)); });
    list.setAttribute('start', String(start + 1));
    var pages = Math.ceil(found / ROWS);
    $('pager').hidden = pages <= 1;
    $('page').textContent = 'Page ' + num(state.page) + ' of ' + num(pages);
    $('prev').disabled = state.page <= 1;
    $('next').disabled = state.page >= pages;
  }

  function describeSearch() {
    var parts = [];
    if (state.q.trim()) { parts.push('\u201C' + state.q.trim() + '\u201D'); }
    return parts.length ? parts.join(' ') + (hasFilters() ? ' with these filters' : '') : 'these filters';
  }

  function hasFilters() {
    return !!(state.from || state.to || state.category || state.sourceType || state.source || state.country || state.scope || state.minConfidence);
  }

  function article(doc) {
    var claims = [];
    try { claims = doc.claims_json ? JSON.parse(doc.claims_json) : []; } catch (e) { claims = []; }
    claims.forEach(function (c, i) { c.id = doc.id + '#' + i; claimsById[c.id] = c; });
    var headingId = 'title-' + doc.id.replace(/[^A-Za-z0-9_-]/g, '_');
    var title = el('h3', { id: headingId, className: 'result-title' });
    appendHighlighted(title, doc.title || doc.id, claims, 'title', false);
    var meta = el('p', { className: 'result-meta' }, [
      doc.published ? el('time', { datetime: doc.published, text: dateText(doc.published) }) : null,
      doc.outlet ? ' \u00B7 ' + doc.outlet : null,
      ' \u00B7 ' + plural(claims.length, 'claim', 'claims'),
      doc.claims_status && doc.claims_status !== 'ok' && doc.claims_status !== 'none' ? ' \u00B7 claims: ' + doc.claims_status : null,
      ' \u00B7 ' + doc.id
    ]);
    var body = el('div', { className: 'result-body' });
    appendHighlighted(body, doc.body || '', claims, 'body', true);
    var item = el('li', { className: 'result', 'data-id': doc.id }, [
      el('article', { 'aria-labelledby': headingId }, [title, meta, body, claims.length ? claimTable(claims) : null])
    ]);
    return item;
  }

  /**
   * Appends {@code text} to {@code parent} with each claim's evidence in that field highlighted:
   * the text is cut at every evidence start and end, and each piece covered by evidence becomes a
   * focusable mark naming every claim that covers it. With {@code paragraphs}, blank lines start
   * new paragraphs.
   */
  function appendHighlighted(parent, text, claims, field, paragraphs) {
    var cuts = [0, text.length];
    var spans = [];
    claims.forEach(function (c) {
      (c.evidence || []).forEach(function (ev) {
        if (ev.field !== field || !(ev.start >= 0) || !(ev.end <= text.length) || ev.end <= ev.start) { return; }
        spans.push({ start: ev.start, end: ev.end, claim: c });
        cuts.push(ev.start, ev.end);
      });
    });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var container = paragraphs ? el('p') : parent;
    if (paragraphs) { parent.appendChild(container); }
    function addText(target, s) {
      if (!paragraphs) { target.appendChild(document.createTextNode(s)); return target; }
      var parts = s.split(/\n[ \t]*\n\s*/);
      parts.forEach(function (part, i) {
        if (i > 0) { container = el('p'); parent.appendChild(container); target = container; }
        if (part) { target.appendChild(document.createTextNode(part)); }
      });
      return target;
    }
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i];
      var to = cuts[i + 1];
      var piece = text.slice(from, to);
      var covering = [];
      spans.forEach(function (s) {
        if (s.start <= from && s.end >= to && covering.indexOf(s.claim) < 0) { covering.push(s.claim); }
      });
      if (!covering.length) {
        addText(container, piece);
      } else {
        container.appendChild(claimMark(piece, covering));
      }
    }
  }

  function claimMark(text, claims) {
    var best = claims.slice().sort(function (a, b) { return b.confidence - a.confidence; })[0];
    var description = claims.map(claimDescription).join(' | ');
    var mark = el('mark', {
      className: 'claim conf-' + best.confidence_label, tabindex: '0', role: 'button',
      'aria-label': text + ' \u2014 claim ' + description,
      'aria-describedby': 'tip', 'aria-expanded': 'false',
      'data-claims': claims.map(function (c) { return c.id; }).join(' ')
    }, [text]);
    return mark;
  }

  function claimTable(claims) {
    var rows = claims.map(function (c) {
      return el('tr', {}, [
        el('td', { text: c.category }),
        el('td', { className: 'number', text: figureText(c) }),
        el('td', { text: c.victims || '' }),
        el('td', { text: sourceText(c) }),
        el('td', { text: c.source_type }),
        el('td', { text: placeText(c) }),
        el('td', { text: [eventDateText(c), c.scope || ''].filter(function (p) { return p; }).join(', ') }),
        el('td', {}, [el('span', { className: 'swatch conf-' + c.confidence_label, 'aria-hidden': 'true' }), c.confidence_label + ' ' + Number(c.confidence).toFixed(2)]),
        el('td', { text: (c.confidence_reasons || []).join(', ') })
      ]);
    });
    var head = el('tr', {}, ['category', 'figure', 'victims', 'source', 'type', 'where', 'when', 'confidence', 'why'].map(function (h) { return el('th', { scope: 'col', text: h }); }));
    return el('details', { className: 'claims' }, [
      el('summary', { text: 'The ' + plural(claims.length, 'claim', 'claims') + ' in a table' }),
      el('div', { className: 'table-wrap' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)])])
    ]);
  }

  // ---- the tooltip: hover, focus, Enter/Space to pin, Escape to close ---------------------------------

  var tipFor = null;
  var tipPinned = false;

  function showTip(mark, pinned) {
    var tip = $('tip');
    clear(tip);
    mark.getAttribute('data-claims').split(' ').forEach(function (id) {
      var c = claimsById[id];
      if (!c) { return; }
      tip.appendChild(el('div', { className: 'tip-claim' }, [
        el('p', { className: 'tip-head' }, [
          el('span', { className: 'swatch conf-' + c.confidence_label, 'aria-hidden': 'true' }),
          el('strong', { text: c.category + ': ' + figureText(c) }), c.victims ? ' ' + c.victims : ''
        ]),
        el('p', {}, ['Source: ', el('strong', { className: 'tip-source', text: sourceText(c) }), ' (' + c.source_type + ')']),
        el('p', {}, ['Confidence: ', el('strong', { className: 'tip-confidence', text: c.confidence_label + ' ' + Number(c.confidence).toFixed(2) })]),
        el('p', {}, ['Where: ', el('strong', { className: 'tip-place', text: placeText(c) || 'not stated' })]),
        el('p', {}, ['When: ', el('strong', { className: 'tip-date', text: eventDateText(c) || 'not stated' }), c.scope ? ' (' + c.scope + ')' : '']),
        (c.confidence_reasons || []).length ? el('ul', { className: 'tip-reasons' }, c.confidence_reasons.map(function (r) { return el('li', { text: r }); })) : null
      ]));
    });
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + 'px';
    tip.style.left = left + 'px';
    if (tipFor && tipFor !== mark) { tipFor.setAttribute('aria-expanded', 'false'); }
    tipFor = mark;
    tipPinned = !!pinned;
    mark.setAttribute('aria-expanded', pinned ? 'true' : 'false');
  }

  function hideTip() {
    $('tip').hidden = true;
    if (tipFor) { tipFor.setAttribute('aria-expanded', 'false'); }
    tipFor = null;
    tipPinned = false;
  }

  function markOf(target) { return target && target.closest ? target.closest('mark.claim') : null; }

  function wireTooltip() {
    var list = $('result-list');
    list.addEventListener('mouseover', function (e) { var m = markOf(e.target); if (m && !tipPinned) { showTip(m, false); } });
    list.addEventListener('mouseout', function (e) {
      var m = markOf(e.target);
      if (m && !tipPinned && !(e.relatedTarget && m.contains(e.relatedTarget)) && document.activeElement !== m) { hideTip(); }
    });
    list.addEventListener('focusin', function (e) { var m = markOf(e.target); if (m) { showTip(m, false); } });
    list.addEventListener('focusout', function (e) { if (markOf(e.target)) { hideTip(); } });
    list.addEventListener('click', function (e) {
      var m = markOf(e.target);
      if (m) { if (tipPinned && tipFor === m) { hideTip(); } else { showTip(m, true); } }
    });
    list.addEventListener('keydown', function (e) {
      var m = markOf(e.target);
      if (m && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        if (tipPinned && tipFor === m) { hideTip(); } else { showTip(m, true); }
      }
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !$('tip').hidden) { hideTip(); } });
  }

  // ---- controls ---------------------------------------------------------------------------------

  function syncControls() {
    if (document.activeElement !== $('q')) { $('q').value = state.q; }
    $('from').value = state.from;
    $('to').value = state.to;
    $('category').value = state.category;
    $('sourceType').value = state.sourceType;
    var minSelect = $('minConfidence');
    if (state.minConfidence && !Array.prototype.some.call(minSelect.options, function (o) { return o.value === state.minConfidence; })) {
      minSelect.appendChild(el('option', { value: state.minConfidence, text: 'at least ' + state.minConfidence }));
    }
    minSelect.value = state.minConfidence;
    renderActive();
  }

  function renderActive() {
    var box = $('active');
    clear(box);
    var chips = [];
    if (state.q.trim()) { chips.push(['q', 'Search: ' + state.q.trim()]); }
    if (state.from) { chips.push(['from', 'From ' + state.from]); }
    if (state.to) { chips.push(['to', 'To ' + state.to]); }
    if (state.source) { chips.push(['source', 'Source: ' + state.source]); }
    if (state.sourceType) { chips.push(['sourceType', 'Source type: ' + state.sourceType]); }
    if (state.category) { chips.push(['category', 'Category: ' + state.category]); }
    if (state.country) { chips.push(['country', 'Country: ' + state.country]); }
    if (state.scope) { chips.push(['scope', 'Scope: ' + state.scope]); }
    if (state.minConfidence) { chips.push(['minConfidence', 'Confidence \u2265 ' + state.minConfidence + ' (' + labelOf(Number(state.minConfidence)) + ')']); }
    chips.forEach(function (chip) {
      var b = el('button', { type: 'button', className: 'chip', 'aria-label': 'Remove the filter ' + chip[1] }, [chip[1], el('span', { 'aria-hidden': 'true', text: ' \u00D7' })]);
      b.addEventListener('click', function () {
        state[chip[0]] = '';
        state.page = 1;
        search(false);
        $('q').focus();
      });
      box.appendChild(b);
    });
    box.hidden = !chips.length;
  }

  function clearAll() {
    ['q', 'from', 'to', 'category', 'sourceType', 'source', 'country', 'scope', 'minConfidence'].forEach(function (k) { state[k] = ''; });
    state.page = 1;
    $('q').value = '';
    search(false);
  }

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function wireControls() {
    var minSelect = $('minConfidence');
    [[config.bounds.medium, 'medium or high (\u2265 ' + config.bounds.medium + ')'], [config.bounds.high, 'high (\u2265 ' + config.bounds.high + ')']].forEach(function (o) {
      minSelect.appendChild(el('option', { value: String(o[0]), text: o[1] }));
    });
    var typed = debounce(function () {
      if ($('q').value !== state.q) { state.q = $('q').value; state.page = 1; search(false); }
    }, DEBOUNCE_MS);
    $('q').addEventListener('input', typed);
    $('search').addEventListener('submit', function (e) {
      e.preventDefault();
      state.q = $('q').value;
      state.page = 1;
      search(false);
    });
    [['from', 'from'], ['to', 'to'], ['category', 'category'], ['sourceType', 'sourceType'], ['minConfidence', 'minConfidence']].forEach(function (pair) {
      $(pair[0]).addEventListener('change', function () {
        var v = $(pair[0]).value;
        if (pair[0] !== 'from' && pair[0] !== 'to' || v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) {
          state[pair[1]] = v;
          state.page = 1;
          search(false);
        }
      });
    });
    $('clear').addEventListener('click', clearAll);
    $('more-sources').addEventListener('click', function () {
      state.sourceLimit = state.sourceLimit > SOURCE_LIMIT ? SOURCE_LIMIT : SOURCE_LIMIT_MORE;
      search(false);
    });
    $('prev').addEventListener('click', function () { if (state.page > 1) { state.page--; search(true); $('results').focus(); } });
    $('next').addEventListener('click', function () { state.page++; search(true); $('results').focus(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('where').textContent = 'core \u201C' + config.core + '\u201D at ' + (config.solr || '/');
    wireControls();
    wireTooltip();
    wireMap();
    search(false);
  });
}());
