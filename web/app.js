/* sitrep's dashboard.  Everything from the store (titles, texts, names) is
 * put on the page as text (textContent, attributes set one by one); no HTML
 * is ever built from it.  The server's Content-Security-Policy allows no
 * inline script or style. */
'use strict';
(function () {
  const $ = (sel) => document.querySelector(sel);
  const el = (tag, props, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const kid of kids) e.append(kid);
    return e;
  };

  /* ---- colours by type ---- */
  const TYPE_COLOURS = {
    'Battles': '#d62728', 'Explosions/Remote violence': '#ff7f0e', 'Violence against civilians': '#8c1d40',
    'Protests': '#1f77b4', 'Riots': '#9467bd', 'Strategic developments': '#2ca02c',
  };
  const colourOf = (t) => TYPE_COLOURS[t] || '#6b7785';
  /* a row is an incident (ACLED's shape: event_type, actor1, fatalities,
   * mentions) or, with ?mentions=1, a coded event (cameo, source, verb) */
  const isIncident = (ev) => ev && 'event_type' in ev;
  const typeOf = (ev) => ev.event_type || (ev.acled && ev.acled.event_type) || (ev.plover && (ev.plover.type || ev.plover)) || ev.cameo || 'Other';

  /* ---- state ---- */
  let events = [];   // rows of /api/events: {id, cluster, article, event (an incident)}
  let next = null;   // the next page's cursor
  let filters = {};
  const form = $('#filters');

  function readForm() {
    const f = {};
    for (const name of ['from', 'to', 'country', 'type', 'actor', 'text']) {
      const v = form.elements[name].value.trim();
      if (v) f[name] = v;
    }
    if (form.elements.per_cluster.checked) f.per_cluster = '1';
    return f;
  }
  function query(extra) {
    const p = new URLSearchParams(Object.assign({}, filters, extra || {}));
    return p.toString();
  }
  function status(msg) { $('#status').textContent = msg; }

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }

  /* ---- the map: countries from world-atlas (no tile server) ---- */
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  const markers = L.layerGroup().addTo(map);
  fetch('/assets/countries.json').then((r) => r.json()).then((topo) => {
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: '#8a9aa8', weight: 0.6, fillColor: '#eef0e6', fillOpacity: 1 }, interactive: false })
      .addTo(map).bringToBack();
  }).catch(() => status('the basemap could not be read'));
  const legend = $('#legend');
  for (const [t, c] of Object.entries(TYPE_COLOURS)) {
    const dot = el('span');
    dot.style.background = c;
    legend.append(dot, document.createTextNode(t));
  }

  /* The events the filters want, counted by the server in cells of about
   * 40 px at the map's zoom, in the view: one marker a cell, sized by the
   * dead (else by the events), coloured by the most frequent type.  A cell
   * of one event opens it; a larger one zooms in. */
  let mapReq = null;
  async function loadMap() {
    const z = map.getZoom(), cell = Math.min(90, Math.max(0.001, 40 * 360 / (256 * Math.pow(2, z))));
    const extra = { cell: cell.toPrecision(3) };
    const b = map.getBounds();
    if (b.getEast() - b.getWest() < 360) {
      const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
      if (w < e) extra.bbox = [w, Math.max(-90, b.getSouth()), e, Math.min(90, b.getNorth())].map((x) => x.toFixed(4)).join(',');
    }
    if (mapReq) mapReq.abort();
    mapReq = new AbortController();
    let d;
    try {
      const r = await fetch('/api/map?' + query(extra), { signal: mapReq.signal });
      d = await r.json();
      if (!r.ok) throw new Error(d.error || r.statusText);
    } catch (e) {
      if (e.name !== 'AbortError') status('map: ' + e.message);
      return;
    }
    markers.clearLayers();
    for (const c of d.cells) {
      const radius = 5 + Math.min(25, Math.sqrt(c.killed) * 2 + Math.sqrt(c.events) * 2);
      const m = L.circleMarker([c.lat, c.lon], { radius, color: '#222', weight: 1, fillColor: colourOf(c.type), fillOpacity: 0.75 });
      m.bindTooltip(c.events === 1 ? `${c.type}, ${c.killed} killed` : `${c.events} events, ${c.killed} killed, mostly ${c.type}`);
      m.on('click', () => {
        if (c.events === 1 || map.getZoom() >= map.getMaxZoom()) openEvent(c.event);
        else map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2));
      });
      m.addTo(markers);
    }
  }
  map.on('moveend', loadMap);

  /* ---- the table ---- */
  function killedOf(ev) {
    if (isIncident(ev)) return ev.fatalities ? (ev.fatalities.best != null ? ev.fatalities.best : ev.fatalities.low) : null;
    const c = (ev.counts || []).find((x) => x.kind === 'killed' && !x.rejected);
    return c ? (c.best != null ? c.best : c.low) : null;
  }
  function placeName(ev) { return (ev.place && (ev.place.name || ev.place.text)) || ''; }
  function actorName(a) {
    if (!a) return '';
    if (a.name) return a.name + (a.text && a.text !== a.name ? ` (${a.text})` : '');
    return (a.code || '') + (a.text ? ` (${a.text})` : '');
  }
  const actor1 = (ev) => (isIncident(ev) ? ev.actor1 : ev.source);
  const actor2 = (ev) => (isIncident(ev) ? ev.actor2 : ev.target);

  function drawTable() {
    const body = $('#events tbody');
    body.replaceChildren();
    for (const row of events) {
      const ev = row.event, k = killedOf(ev);
      const tr = el('tr', { 'data-id': String(row.id) },
        el('td', { text: (ev.date && ev.date.first) || '' }),
        el('td', { text: [placeName(ev), ev.place && ev.place.country].filter(Boolean).join(', ') }),
        el('td', { text: typeOf(ev) }),
        el('td', { text: actorName(actor1(ev)) }),
        el('td', { text: actorName(actor2(ev)) }),
        el('td', { text: k == null ? '' : String(k) }));
      tr.addEventListener('click', () => openEvent(row.id));
      body.append(tr);
    }
    $('#more').hidden = !next;
  }

  async function loadEvents(more) {
    const url = '/api/events?' + query(Object.assign({ limit: '500' }, more && next ? { cursor: next } : {}));
    status('loading…');
    try {
      const page = await getJSON(url);
      events = more ? events.concat(page.events) : page.events;
      next = page.next;
      status(`${events.length}${next ? '+' : ''} incidents`);
      drawTable();
    } catch (e) {
      status('error: ' + e.message);
    }
  }
  $('#more').addEventListener('click', () => loadEvents(true));

  /* ---- the timeline: events a day (week, month) and the dead; drag to filter ---- */
  let plot = null;
  async function loadTimeline() {
    const f = Object.assign({}, filters);
    delete f.from; delete f.to; // the timeline shows every day; the brush sets from and to
    let unit = 'day';
    try {
      let tl = await getJSON('/api/timeline?' + new URLSearchParams(Object.assign({ unit }, f)));
      if (tl.buckets.length > 400) tl = await getJSON('/api/timeline?' + new URLSearchParams(Object.assign({ unit: (unit = 'week') }, f)));
      const byDay = new Map();
      for (const b of tl.buckets) {
        const d = byDay.get(b.day) || { events: 0, killed: 0 };
        d.events += b.events; d.killed += b.killed;
        byDay.set(b.day, d);
      }
      const days = [...byDay.keys()].sort();
      const xs = days.map((d) => Date.parse(d + 'T00:00:00Z') / 1000);
      const data = [xs, days.map((d) => byDay.get(d).events), days.map((d) => byDay.get(d).killed)];
      const wrap = $('#timeline');
      const opts = {
        width: Math.max(260, wrap.clientWidth - 4), height: 220,
        series: [{}, { label: 'events', stroke: '#1f77b4', fill: 'rgba(31,119,180,.15)' },
          { label: 'killed', stroke: '#d62728', scale: 'killed' }],
        axes: [{}, { label: 'events' }, { side: 1, scale: 'killed', grid: { show: false } }],
        scales: { x: { time: true } },
        cursor: { drag: { x: true, y: false } },
        hooks: { setSelect: [(u) => {
          if (u.select.width < 2) return;
          const a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
          form.elements.from.value = new Date(a * 1000).toISOString().slice(0, 10);
          form.elements.to.value = new Date(b * 1000).toISOString().slice(0, 10);
          apply(false);
        }] },
      };
      if (plot) plot.destroy();
      plot = new uPlot(opts, data, wrap);
    } catch (e) {
      status('timeline: ' + e.message);
    }
  }

  /* ---- the event panel: the article with the event's words marked ---- */
  const enc = new TextEncoder(), dec = new TextDecoder();
  function spansOf(ev) {
    const s = [];
    const add = (o, cls, label) => {
      if (o && Number.isInteger(o.start) && Number.isInteger(o.end) && o.end > o.start) s.push({ start: o.start, end: o.end, cls, label });
    };
    add(actor1(ev), 'm-actor', isIncident(ev) ? 'actor 1' : 'source actor');
    add(actor2(ev), 'm-actor', isIncident(ev) ? 'actor 2' : 'target actor');
    if (isIncident(ev)) for (const m of ev.mentions || []) add(m, 'm-verb', 'action');
    else add(ev.verb, 'm-verb', 'action');
    add(ev.place, 'm-place', 'place');
    add(ev.date, 'm-date', 'date');
    for (const c of ev.counts || []) add(c, 'm-count', `${c.kind || 'count'}`);
    if (isIncident(ev)) for (const x of ev.sources || []) add(x, 'm-source', 'according to');
    else add(ev.attribution, 'm-source', 'according to');
    s.sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const x of s) if (!out.length || x.start >= out[out.length - 1].end) out.push(x);
    return out;
  }
  /* text (a string) with byte-offset spans marked, as DOM nodes; the
   * event's sentence shaded */
  function marked(text, spans, sentence) {
    const bytes = enc.encode(text), frag = document.createDocumentFragment();
    const cuts = new Set([0, bytes.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    if (sentence) { cuts.add(sentence.start); cuts.add(sentence.end); }
    const points = [...cuts].filter((x) => x >= 0 && x <= bytes.length).sort((a, b) => a - b);
    let first = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = dec.decode(bytes.subarray(a, b));
      const span = spans.find((s) => s.start <= a && b <= s.end);
      let node = span ? el('mark', { class: span.cls, title: span.label, text: piece }) : document.createTextNode(piece);
      if (sentence && sentence.start <= a && b <= sentence.end) node = el('span', { class: 'sentence' }, node);
      if (span && !first) first = node;
      frag.append(node);
    }
    return { frag, first };
  }
  function fact(dl, name, value) {
    if (value == null || value === '') return;
    dl.append(el('dt', { text: name }), el('dd', { text: String(value) }));
  }
  function safeLink(url, text) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:')
        return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank', text });
    } catch (e) { /* not a URL */ }
    return document.createTextNode(text);
  }

  async function openEvent(id) {
    let d;
    try { d = await getJSON('/api/events/' + encodeURIComponent(id)); } catch (e) { status('event: ' + e.message); return; }
    const ev = d.event, a = d.article;
    for (const tr of document.querySelectorAll('#events tbody tr')) tr.classList.toggle('selected', tr.dataset.id === String(id));
    $('#p-title').textContent = a.title || a.url || a.id;
    const dl = $('#p-facts');
    dl.replaceChildren();
    fact(dl, 'Date', ev.date && `${ev.date.first}${ev.date.last && ev.date.last !== ev.date.first ? ' – ' + ev.date.last : ''} (${ev.date.precision}, from the ${ev.date.source})`);
    const inc = isIncident(ev);
    fact(dl, 'Type', inc ? [ev.event_type, ev.sub_event_type].filter(Boolean).join(': ')
      : [ev.acled && ev.acled.event_type, ev.acled && ev.acled.sub_event_type].filter(Boolean).join(': '));
    fact(dl, 'CAMEO', inc ? ev.cameo : ev.cameo && `${ev.cameo} (root ${ev.root}, Goldstein ${ev.goldstein})`);
    fact(dl, 'PLOVER', inc ? ev.plover : ev.plover && ev.plover.type);
    fact(dl, inc ? 'Actor 1' : 'Who', actorName(actor1(ev)));
    fact(dl, inc ? 'Actor 2' : 'Whom', actorName(actor2(ev)));
    if (inc) fact(dl, 'Interaction', ev.interaction);
    fact(dl, 'Where', ev.place && [placeName(ev), ev.place.admin1, ev.place.country, ev.place.precision].filter(Boolean).join(', '));
    const k = killedOf(ev);
    fact(dl, 'Killed', k);
    if (inc) {
      const who = (ev.sources || []).map((x) => x.text || 'the article').join('; ');
      fact(dl, 'Claim', [ev.claim_status, who && `according to ${who}`].filter(Boolean).join(', '));
      fact(dl, 'Mentions', (ev.mentions || []).length);
    } else {
      const att = ev.attribution || {};
      fact(dl, 'Claim', [att.status, att.type, att.text && `according to ${att.text}`].filter(Boolean).join(', '));
      fact(dl, 'Rule', ev.rule);
    }
    fact(dl, 'Confidence', ev.confidence);
    const sentence = inc ? (ev.mentions && ev.mentions.length ? null : null) : ev.sentence;
    const { frag, first } = marked(a.text || '', spansOf(ev), sentence);
    $('#p-text').replaceChildren(frag);
    const reports = $('#p-reports');
    reports.replaceChildren();
    const seen = new Set();
    for (const r of d.reports && d.reports.length ? d.reports : [{ article: a }]) {
      if (seen.has(r.article.id)) continue;
      seen.add(r.article.id);
      reports.append(el('li', {}, safeLink(r.article.url || '', r.article.title || r.article.url || r.article.id),
        document.createTextNode(r.article.site ? ` — ${r.article.site}` : '')));
    }
    $('#panel').hidden = false;
    if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
  }
  $('#close').addEventListener('click', () => { $('#panel').hidden = true; });

  /* ---- filters, exports ---- */
  function exportsLinks() {
    for (const a of document.querySelectorAll('.exports a'))
      a.setAttribute('href', '/api/export?' + query({ format: a.dataset.format }));
  }
  function apply(timeline) {
    filters = readForm();
    exportsLinks();
    loadEvents(false);
    loadMap();
    if (timeline) loadTimeline();
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); apply(true); });
  $('#clear').addEventListener('click', () => { form.reset(); apply(true); });
  $('#all-days').addEventListener('click', () => {
    form.elements.from.value = ''; form.elements.to.value = '';
    if (plot) plot.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
    apply(false);
  });
  window.addEventListener('resize', () => { if (plot) plot.setSize({ width: Math.max(260, $('#timeline').clientWidth - 4), height: 220 }); });
  apply(true);
})();
