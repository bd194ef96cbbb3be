// The eventgraph explorer: a graph (sigma.js over graphology), a linked
// timeline, details, search, filters, an "As of" replay, a path finder and
// an accessible list, all driven by the case data Go wrote into the page.
//
// A large case's data come gzip-compressed and in base64 (data-encoding
// "gzip+base64"): the browser's HTML parser reads a fifth of the bytes, and
// the browser's own DecompressionStream inflates them, without a request.
(function (app) {
  "use strict";
  // Timings of the start, in ms since navigation, for users' scripts and
  // the benchmark.
  var T = window.eventgraphTimings = { start: performance.now() };
  var box = document.getElementById("case-data");
  if (box.getAttribute("data-encoding") !== "gzip+base64") { app(JSON.parse(box.textContent), T); return; }
  var fail = function (e) {
    document.getElementById("notice").textContent = "This browser cannot open the case's compressed data (" + e +
      "); open the page in a browser from 2023 or later.";
  };
  if (typeof DecompressionStream === "undefined") { fail("no DecompressionStream"); return; }
  var bytes;
  if (typeof Uint8Array.fromBase64 === "function") bytes = Uint8Array.fromBase64(box.textContent);
  else {
    var bin = atob(box.textContent);
    bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    bin = null;
  }
  // The bytes are written straight into the stream: a Blob's stream is
  // read through the browser's own process, which, freshly started, is
  // busy with its own start for a second or two. They hold three parts
  // (explore.compressed), their lengths in data-parts: the case's JSON,
  // the search text and the JSON of the views of aggregates, each
  // decoded apart, so that neither of the last two is unescaped or
  // parsed as a string of JSON; each view is cut out of their text when
  // its place in the JSON (its length) is met.
  var parts = box.getAttribute("data-parts").split(" ").map(Number), all = new Uint8Array(parts[0] + parts[1] + parts[2]), got = 0;
  var inflate = new DecompressionStream("gzip"), w = inflate.writable.getWriter(), r = inflate.readable.getReader();
  w.write(bytes).catch(fail);
  w.close().catch(fail);
  bytes = null;
  var read = function (x) {
    if (!x.done) {
      if (got + x.value.length > all.length) throw new Error("more data than data-parts says");
      all.set(x.value, got); got += x.value.length;
      return r.read().then(read);
    }
    if (got !== all.length) throw new Error("less data than data-parts says");
    var text = new TextDecoder(), D = JSON.parse(text.decode(all.subarray(0, parts[0])));
    D.search = text.decode(all.subarray(parts[0], parts[0] + parts[1]));
    var views = text.decode(all.subarray(parts[0] + parts[1])), vs = D.timeline.views, at = 0;
    all = null;
    for (var v = 0; v < vs.length; v++) if (typeof vs[v] === "number") { var end = at + vs[v]; vs[v] = views.slice(at, end); at = end; }
    return D;
  };
  r.read().then(read).then(function (D) { app(D, T); }, fail);
})(function (D, T) {
  "use strict";
  T.parsed = performance.now();
  var N = D.nodes, n = N.length;
  var $ = function (id) { return document.getElementById(id); };

  var KINDS = ["person", "organization", "event", "claim", "source", "anonymous"];
  var KIND_NAME = { person: "Person", organization: "Organization", event: "Event", claim: "Claim",
    source: "Source", anonymous: "Anonymous claimant" };
  var KIND_PLURAL = { person: "People", organization: "Organizations", event: "Events", claim: "Claims",
    source: "Sources", anonymous: "Anonymous claimants" };
  // Words for statuses and stances come from casefile's one wording table.
  var STATUSES = [], STATUS_NAME = {}, STATUS_BADGE = {}, STATUS_MEANING = {}, STANCE_NAME = {};
  var STATUS_AT = {};
  D.statuses.forEach(function (w) { STATUS_AT[w.id] = STATUSES.length; STATUSES.push(w.id); STATUS_NAME[w.id] = w.l; STATUS_BADGE[w.id] = w.b; STATUS_MEANING[w.id] = w.m; });
  D.stances.forEach(function (w) { STANCE_NAME[w.id] = w.l; });

  var kindRank = { person: 0, organization: 1, event: 2, claim: 3, source: 4, anonymous: 5 };

  // ---- indexes --------------------------------------------------------
  // byId finds a record's index by its ID (undefined when there is none);
  // its map is made on first use.
  var idMap = null;
  function byId(id) {
    if (!idMap) { idMap = new Map(); for (var k = 0; k < n; k++) idMap.set(N[k].id, k); }
    return idMap.get(id);
  }
  // Typed edges come in columns: from, to, kind, label, public from, date.
  // (In typed arrays: recompute reads them all on every As of step. A
  // public time below 0, "always", is held as -Infinity.)
  var ek = D.edgeKinds, EC = D.edges, eFrom = new Int32Array(EC.a), eTo = new Int32Array(EC.b), m = eFrom.length;
  var ePub = new Float64Array(EC.p);
  for (var j = 0; j < m; j++) if (!(ePub[j] >= 0)) ePub[j] = -Infinity;
  // The typed edges touching each record, in edge order: incEdge from
  // incStart[v] to incStart[v + 1].
  var incStart = new Int32Array(n + 1), incEdge = new Int32Array(2 * m);
  for (j = 0; j < m; j++) { incStart[eFrom[j] + 1]++; if (eFrom[j] !== eTo[j]) incStart[eTo[j] + 1]++; }
  for (var i = 0; i < n; i++) incStart[i + 1] += incStart[i];
  (function () {
    var at = incStart.slice(0, n);
    for (var j = 0; j < m; j++) { incEdge[at[eFrom[j]]++] = j; if (eFrom[j] !== eTo[j]) incEdge[at[eTo[j]]++] = j; }
  })();
  // The undirected pairs of records the edges join, each drawn as one tie
  // (pairA < pairB, numbered in the order of pairA then pairB), each
  // record's neighbours in index order with the pair joining them (adjNode
  // and adjPair from adjStart[v] to adjStart[v + 1]), and each edge's pair
  // (ePair, -1 for an edge from a record to itself). All in typed arrays:
  // a case of 10,000 events has some 60,000 edges.
  var adjStart = new Int32Array(n + 1), adjNode, adjPair, ePair = new Int32Array(m), np = 0, pairA, pairB;
  (function () {
    var nb = new Int32Array(incEdge.length), len = 0;
    for (var v = 0; v < n; v++) {
      var s0 = len;
      for (var k = incStart[v]; k < incStart[v + 1]; k++) {
        var j = incEdge[k], u = eFrom[j] === v ? eTo[j] : eFrom[j];
        if (u !== v) nb[len++] = u;
      }
      var run = nb.subarray(s0, len).sort(), w = s0;
      for (k = 0; k < run.length; k++) if (!k || run[k] !== run[k - 1]) nb[w++] = run[k];
      len = w; adjStart[v + 1] = len;
      for (k = s0; k < len; k++) if (nb[k] > v) np++;
    }
    adjNode = nb.slice(0, len); adjPair = new Int32Array(len);
    pairA = new Int32Array(np); pairB = new Int32Array(np);
    var p = 0;
    for (v = 0; v < n; v++) {
      for (k = adjStart[v]; k < adjStart[v + 1]; k++) {
        var u2 = adjNode[k];
        if (u2 > v) { pairA[p] = v; pairB[p] = u2; adjPair[k] = p++; }
        else adjPair[k] = adjPair[slot(u2, v)];
      }
    }
    for (j = 0; j < m; j++) ePair[j] = eFrom[j] === eTo[j] ? -1 : adjPair[slot(eFrom[j], eTo[j])];
  })();
  // slot finds neighbour b in a's list (binary search); -1 when absent.
  function slot(a, b) {
    var lo = adjStart[a], hi = adjStart[a + 1] - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, x = adjNode[mid];
      if (x === b) return mid;
      if (x < b) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }
  var stepLabel = Object.create(null);
  D.steps.forEach(function (s) { stepLabel[s.t] = s.l; });
  // The text search looks in: each record's ID, label, description,
  // place, aliases, tags and quotes, lower-cased, fields apart by
  // "\u0001", records apart by "\u0002", where record i starts at
  // textAt[i] in the text of its chunk of CH records. A large case (its
  // data compressed) brings them made, as one string (D.search, decoded
  // apart from the JSON; lower-cased in Go as toLowerCase does), one
  // chunk: made here after ready, they were some 10 MB of short-lived
  // strings and 60-100 ms of work between the frames of the reader's
  // first actions; and held as one string of some 5 MB they are not
  // copied by the browser's collector of young objects, which copies
  // what survives of the objects small enough to move (the case's other
  // data, while the page starts).
  // A smaller case makes them here, before ready, 256 records to a
  // string: some ninety strings rather than a string a record.
  var CH = 256, chunks, textAt = new Int32Array(n);
  (function () {
    var t0 = performance.now(), c, i, b, at, k, t;
    if (D.search) {
      CH = n;
      chunks = [D.search];
      for (t = D.search, at = 0, i = 0; i < n; i++) {
        textAt[i] = at;
        at = t.indexOf("\u0002", at) + 1;
      }
    } else {
      chunks = new Array(Math.ceil(n / CH));
      for (c = 0; c < chunks.length; c++) {
        var parts = [];
        for (at = 0, i = c * CH, b = Math.min(n, i + CH); i < b; i++) {
          var d = N[i];
          t = d.id + "\u0001" + d.l;
          if (d.ds) t += "\u0001" + d.ds;
          if (d.pl) t += "\u0001" + d.pl;
          if (d.al) for (k = 0; k < d.al.length; k++) t += "\u0001" + d.al[k];
          if (d.tg) for (k = 0; k < d.tg.length; k++) t += "\u0001" + d.tg[k];
          if (d.r) for (k = 0; k < d.r.length; k++) if (d.r[k].q) t += "\u0001" + d.r[k].q;
          // Lower-cased one record at a time: lower case may change a
          // text's length (U+0130), and textAt counts the lower-cased text.
          t = t.toLowerCase();
          textAt[i] = at; at += t.length + 1;
          parts.push(t);
        }
        chunks[c] = parts.join("\u0002");
      }
    }
    T.searchTexts = performance.now() - t0;
  })();
  // matching calls f with each record whose text holds every word, in
  // index order, until f returns false. In each chunk, the first word is
  // looked for along the chunk's text; each other word's next place in
  // it (after the record at hand) is kept, so that the chunk is read at
  // most once per word.
  function matching(words, f) {
    var W = words.length, w0 = words[0], next = new Array(W);
    for (var c = 0; c < chunks.length; c++) {
      var t = chunks[c], a = c * CH, b = Math.min(n, a + CH), lo = a, pos = t.indexOf(w0), k;
      for (k = 1; k < W; k++) next[k] = -1;
      inChunk: while (pos >= 0) {
        // The record holding pos: the last of lo..b-1 starting at or before it.
        var x = lo, y = b - 1;
        while (x < y) { var mid = (x + y + 1) >> 1; if (textAt[mid] <= pos) x = mid; else y = mid - 1; }
        var s = textAt[x], e = x + 1 < b ? textAt[x + 1] - 1 : t.length, ok = pos + w0.length <= e;
        for (k = 1; k < W && ok; k++) {
          if (next[k] < s) { next[k] = t.indexOf(words[k], s); if (next[k] < 0) break inChunk; }
          ok = next[k] + words[k].length <= e;
        }
        if (ok && f(x) === false) return;
        lo = x + 1;
        pos = lo < b ? t.indexOf(w0, e + 1) : -1;
      }
    }
  }
  // A large case draws the ties of the selection, the record under the
  // pointer and the paths only, and starts with sources and anonymous
  // claimants hidden, so that every frame stays quick.
  var LARGE = n > 4000 || np > 10000;

  // ---- state ------------------------------------------------------------
  var S = {
    asOf: null,                                   // ms limit, or null for everything
    kinds: { person: true, organization: true, event: true, claim: true, source: true, anonymous: true },
    statuses: {},
    tag: "", minDegree: 0,
    selected: -1, hovered: -1,
    path: null                                    // {nodes: Set, pairs: Set, list: [[idx]]}
  };
  STATUSES.forEach(function (st) { S.statuses[st] = true; });
  if (LARGE) { S.kinds.source = false; S.kinds.anonymous = false; }
  var vis = new Uint8Array(n), pairVis = new Uint8Array(np), edgeVis = new Uint8Array(m);
  var statusNow = new Array(n), statusIdx = new Uint8Array(n); // a claim's status as of S.asOf, and its index in STATUSES

  function publicAt(t) { return S.asOf === null || (t >= 0 ? t <= S.asOf : true); }
  function claimStatus(d) {
    if (S.asOf === null) return d.st;
    var s = d.h[0].s;
    for (var k = 0; k < d.h.length && d.h[k].t <= S.asOf; k++) s = d.h[k].s;
    return s;
  }
  // recompute finds what is shown (vis, edgeVis, pairVis) and each claim's
  // status as of S.asOf, from the records' kinds and public times held in
  // typed arrays (the records themselves come in many shapes, slow to read
  // by the ten thousand).
  var kindOf = new Uint8Array(n), pubOf = new Float64Array(n);
  for (var i = 0; i < n; i++) { kindOf[i] = KINDS.indexOf(N[i].k); pubOf[i] = N[i].p >= 0 ? N[i].p : -Infinity; }
  var shownGen = 0;
  function recompute() {
    shownGen++;
    var asOf = S.asOf === null ? Infinity : S.asOf, on = KINDS.map(function (k) { return S.kinds[k]; }), claim = KINDS.indexOf("claim");
    for (var i = 0; i < n; i++) {
      var ok = pubOf[i] <= asOf && on[kindOf[i]];
      if (kindOf[i] === claim) { statusNow[i] = claimStatus(N[i]); statusIdx[i] = STATUS_AT[statusNow[i]]; ok = ok && S.statuses[statusNow[i]]; }
      if (ok && S.tag) ok = !!(N[i].tg && N[i].tg.indexOf(S.tag) >= 0);
      if (ok && S.minDegree) ok = N[i].g >= S.minDegree;
      vis[i] = ok ? 1 : 0;
    }
    pairVis.fill(0);
    for (var j = 0; j < m; j++) {
      var ok = vis[eFrom[j]] && vis[eTo[j]] && ePub[j] <= asOf;
      edgeVis[j] = ok ? 1 : 0;
      if (ok && ePair[j] >= 0) pairVis[ePair[j]] = 1;
    }
  }

  // ---- colours ----------------------------------------------------------
  var C = {};
  function readColours() {
    var cs = getComputedStyle(document.documentElement);
    ["fg", "muted", "grid", "bg", "dim", "path", "accent", "panel"].concat(KINDS, STATUSES).forEach(function (k) {
      C[k] = cs.getPropertyValue("--" + k).trim() || "#888";
    });
  }
  function nodeColour(i) { var d = N[i]; return d.k === "claim" ? C[statusNow[i]] : C[d.k]; }

  // ---- labels -------------------------------------------------------------
  function short(s, m) { return s.length > m ? s.slice(0, m - 1) + "…" : s; }
  // Graph labels, made once per record (a claim's again when its status changes).
  var labels = new Array(n), labelStatus = new Array(n);
  function graphLabel(i) {
    var d = N[i];
    if (labels[i] === undefined || d.k === "claim" && labelStatus[i] !== statusNow[i]) {
      labels[i] = d.k === "claim" ? (STATUS_BADGE[statusNow[i]] || "") + ": " + short(d.l, 48) : short(d.l, 40);
      labelStatus[i] = statusNow[i];
    }
    return labels[i];
  }
  function when(t) {
    if (t in stepLabel) return stepLabel[t];
    return day(t);
  }
  // day writes an instant as YYYY-MM-DD, or as a year where Date cannot.
  function day(t) {
    var d = new Date(t);
    if (isNaN(d.getTime())) return t < 0 ? "long ago" : "far future";
    return d.toISOString().slice(0, 10);
  }

  // ---- the graph view -----------------------------------------------------
  readColours();
  recompute();
  T.indexed = performance.now();
  // A layout much wider than its view is tall (Graphviz's left-to-right
  // ranks on a phone) is turned a quarter, so that it fills the view.
  var swapXY = (function () {
    var box = $("graph"), w = box.clientWidth, h = box.clientHeight, x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (var k = 0; k < n; k++) { x0 = Math.min(x0, N[k].x); x1 = Math.max(x1, N[k].x); y0 = Math.min(y0, N[k].y); y1 = Math.max(y1, N[k].y); }
    if (!w || !h || !(x1 > x0) || !(y1 > y0)) return false;
    var layoutWide = (x1 - x0) / (y1 - y0), viewWide = w / h;
    return layoutWide > 1.3 && viewWide < 0.77 || layoutWide < 0.77 && viewWide > 1.3;
  })();
  var G = new graphology.Graph({ type: "undirected", multi: false });
  var nodeSize = new Float32Array(n);
  for (i = 0; i < n; i++) {
    nodeSize[i] = LARGE ? Math.min(1.5 + Math.sqrt(N[i].g), 8) : Math.min(3 + 1.6 * Math.sqrt(N[i].g), 16);
    G.addNode(String(i), { x: swapXY ? N[i].y : N[i].x, y: swapXY ? -N[i].x : -N[i].y, size: nodeSize[i], label: N[i].l, i: i });
  }
  function addPair(k) {
    G.addEdgeWithKey(String(k), String(pairA[k]), String(pairB[k]), { size: 0.6, p: k });
  }
  if (!LARGE) for (i = 0; i < np; i++) addPair(i);
  // near marks the focus (the record under the pointer, else the
  // selection) and its shown neighbours.
  var near = new Uint8Array(n), nearOf = -2;
  function focusOf() { return S.hovered >= 0 ? S.hovered : S.selected; }
  function markNear() {
    var f = focusOf();
    if (f === nearOf) return;
    near.fill(0);
    if (f >= 0) { near[f] = 1; for (var k = adjStart[f]; k < adjStart[f + 1]; k++) if (pairVis[adjPair[k]]) near[adjNode[k]] = 1; }
    nearOf = f;
  }
  // A large case's graph holds no ties: the few it shows (of the focus and
  // of the paths) are drawn by the page after each frame of sigma's, so
  // that showing them never makes sigma index the whole graph again
  // (adding or dropping an edge does). A large case's records, their
  // labels and these ties are drawn on one canvas (compose): each canvas
  // drawn again costs the browser a copy of its pixels, and where the page
  // is composited in software, a shared image made anew after a pause.
  var dots = null, dotImg = null, dotPx = null, dotW = 0, dotH = 0, dotMasks = [], tiesDrawn = 0, dotsGen = 0, dotKey = ""; // see drawDots
  var dotX = null, dotY = null, dotQ = null, dotView = "", dotSolid = new Uint32Array(KINDS.length + STATUSES.length);
  function drawTies(cx) {
    var f = focusOf(), cache = renderer.nodeDataCache, line = function (p, colour, width) {
      if (!pairVis[p]) return;
      var a = renderer.framedGraphToViewport(cache[pairA[p]]), b = renderer.framedGraphToViewport(cache[pairB[p]]);
      cx.strokeStyle = colour; cx.lineWidth = width;
      cx.beginPath(); cx.moveTo(a.x, a.y); cx.lineTo(b.x, b.y); cx.stroke();
      tiesDrawn++;
    };
    tiesDrawn = 0;
    if (f >= 0) for (var k = adjStart[f]; k < adjStart[f + 1]; k++) if (!S.path || !S.path.pairs.has(adjPair[k])) line(adjPair[k], C.muted, 1.5);
    if (S.path) S.path.pairs.forEach(function (p) { line(p, C.path, 3); });
  }
  // compose draws a large case's graph canvas: the records' pixels
  // (drawDots), the labels over them (placeLabels), the ties under them,
  // and over all the highlighted records (selection, paths) and the one
  // under the pointer, each with its label in a box as sigma draws them.
  function compose() {
    var cx = dots.getContext("2d"), dpr = dotW / renderer.width, cache = renderer.nodeDataCache, st = renderer.getSettings();
    cx.putImageData(dotImg, 0, 0);
    cx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawLabelOps(cx);
    cx.globalCompositeOperation = "destination-over";
    drawTies(cx);
    cx.globalCompositeOperation = "source-over";
    var top = S.path ? Array.from(S.path.nodes) : [];
    if (S.selected >= 0) top.push(S.selected);
    if (S.hovered >= 0) top.push(S.hovered);
    top.forEach(function (i) {
      if (!vis[i]) return;
      var v = renderer.framedGraphToViewport(cache[i]), d = { key: String(i), x: v.x, y: v.y, size: renderer.scaleSize(cache[i].size), label: graphLabel(i), color: nodeColour(i) };
      Sigma.rendering.drawDiscNodeHover(cx, d, st);
      cx.fillStyle = d.color; cx.beginPath(); cx.arc(d.x, d.y, d.size, 0, 2 * Math.PI); cx.fill();
    });
  }
  // redraw refreshes the graph view. A small case is redrawn whole. A
  // large one hands sigma only the records whose highlight changed (the
  // selection and the paths, before and after; a large case does not dim
  // the rest, which would touch every record): its records are drawn by
  // drawDots and their labels chosen by placeLabels, from vis and
  // statusNow, so that records shown or hidden (an As of step) cost sigma
  // nothing. sigma's own data of the other records (whether hidden, their
  // colour) is brought up to date one record at a time, when the pointer
  // finds it (pick). After a change of vis or colours (all), the graph is
  // drawn again; else, when no highlight changed (the pointer moved onto a
  // record, say), the focus's ties alone are.
  var drawnVis = new Uint8Array(n), drawnStatus = new Array(n), drawnSel = -1, drawnPath = null;
  function redraw(all) {
    nearOf = -2; markNear();
    if (!LARGE) { renderer.refresh({ skipIndexation: true, schedule: true }); return; }
    var changed = new Set();
    if (drawnSel >= 0) changed.add(drawnSel);
    if (S.selected >= 0) changed.add(S.selected);
    drawnSel = S.selected;
    if (S.path) S.path.nodes.forEach(function (i) { changed.add(i); });
    if (drawnPath) drawnPath.forEach(function (i) { changed.add(i); });
    drawnPath = S.path ? S.path.nodes : null;
    if (all) dotsGen++;
    if (!changed.size && !all) { compose(); return; }
    var nodes = [];
    changed.forEach(function (i) { nodes.push(String(i)); drawnVis[i] = vis[i]; drawnStatus[i] = statusNow[i]; });
    // Drawn at once, not in the next frame: the change shows in the same
    // frame as the rest of the page's (the details, the timeline, the list).
    renderer.refresh({ partialGraph: { nodes: nodes }, skipIndexation: true });
  }
  drawnVis.set(vis);
  for (i = 0; i < n; i++) drawnStatus[i] = statusNow[i];
  T.graph = performance.now();
  // A large case's records are found under the pointer from their
  // positions (pick, below), not by sigma's picking: that draws every
  // record a second time, into a framebuffer, on every frame, and reading
  // its pixel back stalls until the (emulated) GPU has drawn everything.
  // Nor does sigma draw them: drawDots does (below), and its ties and
  // labels are drawn by the page too (compose). So a large case's sigma
  // gets no WebGL at all (CanvasSigma): its layers are plain canvases and
  // its programs draw nothing. Where WebGL is emulated in software
  // (SwiftShader, as in headless Chromium without a GPU), making three
  // WebGL contexts and compiling their shaders took some 400-500 ms of the
  // first page's start; sigma still places the records, keeps the camera,
  // chooses the labels and reads the pointer.
  var NO_GL = {
    COLOR_BUFFER_BIT: 0x4000, ONE: 1, ONE_MINUS_SRC_ALPHA: 0x303,
    blendFunc: function () {}, viewport: function () {}, bindFramebuffer: function () {}, clear: function () {},
    getExtension: function () { return null; }
  };
  class NoProgram {
    reallocate() {}
    process() {}
    render() {}
    kill() {}
  }
  class CanvasSigma extends Sigma {
    createWebGLContext(id, options) {
      this.createCanvas(id, options || {});
      this.webGLContexts[id] = NO_GL;
      return NO_GL;
    }
    // Nor does it draw on its 2D layers (labels, hovers, edge labels), out
    // of the page: clearing them would make each its pixels on the first
    // frame, and clear them again on every frame.
    clear() {
      this.emit("beforeClear");
      this.emit("afterClear");
      return this;
    }
    renderHighlightedNodes() {}
    // sigma reads its container's size on every frame it draws, which
    // makes the browser lay out, there and then, whatever the page
    // changed before (the details of a selection, the list): once more
    // than the frame itself would. The size is read again only when it
    // may have changed (graphResized, below).
    resize(force) {
      if (!force && this.width && !graphResized && window.ResizeObserver) return this;
      graphResized = false;
      return super.resize(force);
    }
  }
  // graphResized tells that the graph's box may have changed size: the
  // window's did, or the browser found the box's size changed when it
  // laid out the page (ResizeObserver: then sigma draws again).
  var graphResized = false;
  window.addEventListener("resize", function () { graphResized = true; });
  var pendingLabels = [], labelCtx = null, labelSettings = null, drawnLabels = []; // see placeLabels
  var renderer = new (LARGE ? CanvasSigma : Sigma)(G, $("graph"), {
    // A large case keeps the order the records were added in: sorting them
    // by zIndex would make every redraw of sigma's sort the whole graph.
    renderEdgeLabels: false, renderLabels: !LARGE, zIndex: !LARGE, labelFont: "Liberation Sans, Arial, sans-serif", labelSize: 12,
    labelColor: { attribute: "labelColor" }, defaultEdgeColor: C.grid, labelDensity: LARGE ? 0.2 : 50, labelRenderedSizeThreshold: LARGE ? 12 : 0,
    // Labels are drawn by placeLabels, after sigma has chosen them.
    defaultDrawNodeLabel: function (cx, data, settings) { pendingLabels.push(data); labelCtx = cx; labelSettings = settings; },
    hideEdgesOnMove: LARGE,
    // A large case draws its hover boxes itself (compose).
    defaultDrawNodeHover: LARGE ? function () {} : Sigma.rendering.drawDiscNodeHover,
    // Points and plain lines, one vertex (two for a line) per item and no
    // instancing: where WebGL is emulated in software (SwiftShader, as in
    // headless Chromium without a GPU) an instanced draw costs about as much
    // as one draw per item, and sigma's default programs made every frame
    // of a 10,000-event case cost over a second of processor time.
    nodeProgramClasses: { circle: LARGE ? NoProgram : Sigma.rendering.NodePointProgram },
    // Edges of some width (paths drawn thicker) only where they are few.
    edgeProgramClasses: LARGE ? { line: NoProgram, arrow: NoProgram } : np > 1500 ? { line: Sigma.rendering.EdgeLineProgram } : {},
    nodeReducer: function (key, a) {
      // A hidden record needs neither label nor colour (an As of step can
      // hide thousands).
      var i = a.i;
      if (!vis[i]) return { x: a.x, y: a.y, size: a.size, hidden: true, zIndex: 1 };
      // A large case's records, colours and labels are drawn by the page
      // (drawDots, compose, largeLabels): sigma is given no label to place
      // in its grid of labels, some 20,000 of a 10,000-event case.
      var r = LARGE ? { x: a.x, y: a.y, size: a.size, zIndex: 1 } :
        { x: a.x, y: a.y, size: a.size, label: graphLabel(i), color: nodeColour(i), labelColor: C.fg, zIndex: 1 };
      var focus = focusOf();
      if (S.path) {
        if (S.path.nodes.has(i)) { r.highlighted = true; r.zIndex = 3; r.forceLabel = true; }
        else if (!LARGE) { r.color = C.dim; r.label = ""; }
      } else if (focus >= 0 && !near[i] && !LARGE) {
        r.color = C.dim; r.label = ""; r.zIndex = 0;
      } else if (focus >= 0) { r.zIndex = 2; }
      if (i === S.selected) { r.highlighted = true; r.forceLabel = true; r.zIndex = 4; r.size = a.size + 3; }
      return r;
    },
    edgeReducer: function (key, a) {
      var p = a.p, r = { size: 0.6, color: C.grid };
      if (!pairVis[p]) { r.hidden = true; return r; }
      var focus = S.hovered >= 0 ? S.hovered : S.selected;
      if (S.path) {
        if (S.path.pairs.has(p)) { r.color = C.path; r.size = 3; r.zIndex = 2; } else r.color = C.dim;
      } else if (focus >= 0) {
        if (pairA[p] === focus || pairB[p] === focus) { r.color = C.muted; r.size = 1.5; } else r.hidden = true;
      }
      return r;
    }
  });
  T.renderer = performance.now();
  if (LARGE && window.ResizeObserver) {
    new ResizeObserver(function (es) {
      var r = es[es.length - 1].contentRect;
      if (Math.round(r.width) !== renderer.width || Math.round(r.height) !== renderer.height) { graphResized = true; renderer.scheduleRefresh(); }
    }).observe($("graph"));
  }
  if (LARGE) {
    // sigma's layers stay empty (the page draws on its own canvas, dots):
    // out of the page, they are not composited on every frame.
    var layers = renderer.getCanvases();
    layers.edges.style.display = "none"; layers.edgeLabels.style.display = "none";
    renderer.getNodeAtPosition = pick;
    layers.nodes.style.display = "none"; layers.hoverNodes.style.display = "none"; layers.labels.style.display = "none";
    layers.hovers.style.display = "none";
    dots = document.createElement("canvas");
    dots.setAttribute("aria-hidden", "true");
    dots.style.position = "absolute"; dots.style.inset = "0"; dots.style.pointerEvents = "none";
    layers.nodes.before(dots);
    renderer.on("afterRender", drawDots);
    drawDots();
  }
  // drawDots draws a large case's records after each frame of sigma's, as
  // discs written into the pixels of the graph's canvas (compose draws the
  // highlighted ones again, over the rest). Where WebGL is emulated in software
  // (SwiftShader, as in headless Chromium without a GPU), the page reads
  // sigma's WebGL layers back on every frame that changed them, some
  // 50-100 ms of processor time for 10,000 records; these pixels cost a
  // tenth of that. sigma still places the records and moves the camera.
  // Where each record's disc lies (dotX, dotY: the top left pixel of its
  // mask, dotQ: its mask) is worked out once per view, so that a change
  // of what is shown (an As of step) writes the pixels alone.
  function drawDots() {
    var t0 = performance.now(), w = renderer.width, h = renderer.height, dpr = window.devicePixelRatio || 1, cam = renderer.getCamera().getState();
    // The same view of the same records (a selection, a hover): the pixels
    // drawn stand.
    var where = [cam.x, cam.y, cam.ratio, cam.angle, w, h, dpr].join(), key = where + "," + dotsGen;
    if (key === dotKey && dotImg) return;
    dotKey = key;
    dotW = Math.round(w * dpr); dotH = Math.round(h * dpr);
    if (dots.width !== dotW || dots.height !== dotH || !dotImg) {
      dots.width = dotW; dots.height = dotH; dots.style.width = w + "px"; dots.style.height = h + "px";
      dotImg = dots.getContext("2d").createImageData(dotW, dotH); dotPx = new Uint32Array(dotImg.data.buffer);
    } else dotPx.fill(0);
    var i, k;
    if (where !== dotView) {
      dotView = where;
      if (!dotX) { dotX = new Int32Array(n); dotY = new Int32Array(n); dotQ = new Int32Array(n); }
      var cache = renderer.nodeDataCache, m = renderer.matrix, unit = renderer.scaleSize(1) * dpr;
      for (i = 0; i < n; i++) {
        // The disc's middle in device pixels, as sigma's framedGraphToViewport.
        var d = cache[i], q = Math.round(nodeSize[i] * unit * 4), mk = dotMasks[q] || mask(q);
        dotX[i] = Math.floor((1 + m[0] * d.x + m[3] * d.y + m[6]) * dotW / 2) - mk.R;
        dotY[i] = Math.floor((1 - m[1] * d.x - m[4] * d.y - m[7]) * dotH / 2) - mk.R;
        dotQ[i] = q;
      }
    }
    // The colours: of each kind, then of each status of a claim.
    for (k = 0; k < dotSolid.length; k++) {
      var v = hex(C[k < KINDS.length ? KINDS[k] : STATUSES[k - KINDS.length]]);
      dotSolid[k] = (0xff000000 | (v & 255) << 16 | v & 0xff00 | v >> 16 & 255) >>> 0;
    }
    var claim = KINDS.indexOf("claim");
    for (i = 0; i < n; i++) {
      if (!vis[i]) continue;
      disc1(dotX[i], dotY[i], dotMasks[dotQ[i]], dotSolid[kindOf[i] === claim ? KINDS.length + statusIdx[i] : kindOf[i]]);
    }
    if (laps) laps.dots = performance.now() - t0;
  }
  function hex(colour) {
    return parseInt(colour.length === 4 ? colour.replace(/\w/g, "$&$&").slice(1) : colour.slice(1, 7), 16) || 0x888888;
  }
  // mask makes the mask of a disc of radius q/4 device pixels: each
  // pixel's coverage (a), the places of those it covers whole (inner) and
  // of those of its rim (rim, with their coverage, rimA), as offsets in
  // the canvas's pixels (made again when its width changes).
  function mask(q) {
    var r = q / 4, R = Math.ceil(r + 0.5), S = 2 * R + 1, a = new Uint8Array(S * S), x, y;
    for (y = 0; y < S; y++) for (x = 0; x < S; x++) a[y * S + x] = Math.round(255 * Math.max(0, Math.min(1, r + 0.5 - Math.hypot(x - R, y - R))));
    return (dotMasks[q] = { R: R, S: S, a: a, W: -1, inner: null, rim: null, rimA: null });
  }
  function maskAt(mk, W) {
    var inner = [], rim = [], rimA = [], S = mk.S;
    for (var y = 0; y < S; y++) for (var x = 0; x < S; x++) {
      var cov = mk.a[y * S + x];
      if (cov === 255) inner.push(y * W + x);
      else if (cov) { rim.push(y * W + x); rimA.push(cov); }
    }
    mk.W = W; mk.inner = new Int32Array(inner); mk.rim = new Int32Array(rim); mk.rimA = new Uint8Array(rimA);
  }
  // disc1 writes a disc whose mask mk has its top left pixel at (X, Y),
  // its rim blended over what is drawn by its coverage. The pixels are
  // RGBA bytes read as little-endian words; solid is the colour's.
  function disc1(X, Y, mk, solid) {
    var px = dotPx, W = dotW, S = mk.S, k, j, cov, p, pa;
    if (X >= 0 && Y >= 0 && X + S <= W && Y + S <= dotH) {
      if (mk.W !== W) maskAt(mk, W);
      var base = Y * W + X, inner = mk.inner, rim = mk.rim, rimA = mk.rimA;
      for (k = 0; k < inner.length; k++) px[base + inner[k]] = solid;
      for (k = 0; k < rim.length; k++) {
        j = base + rim[k]; cov = rimA[k]; p = px[j]; pa = p >>> 24;
        px[j] = blend(p, pa, cov, solid);
      }
      return;
    }
    // Cut by the canvas's edges.
    var a = mk.a, x0 = Math.max(0, -X), x1 = Math.min(S, W - X), y1 = Math.min(S, dotH - Y);
    for (var y = Math.max(0, -Y); y < y1; y++) {
      for (var x = x0; x < x1; x++) {
        cov = a[y * S + x]; j = (Y + y) * W + X + x;
        if (cov === 255) px[j] = solid;
        else if (cov) { p = px[j]; px[j] = blend(p, p >>> 24, cov, solid); }
      }
    }
  }
  // blend returns colour solid at coverage cov (of 255) over pixel p of
  // alpha pa.
  function blend(p, pa, cov, solid) {
    if (!pa) return (cov << 24 | solid & 0xffffff) >>> 0;
    var r = solid & 255, g = solid >> 8 & 255, b = solid >> 16 & 255;
    if (pa === 255) {
      var q = 255 - cov;
      return (0xff000000 | ((b * cov + (p >> 16 & 255) * q) * 257 >> 16) << 16 | ((g * cov + (p >> 8 & 255) * q) * 257 >> 16) << 8 | (r * cov + (p & 255) * q) * 257 >> 16) >>> 0;
    }
    var f = cov / 255, oa = f + pa / 255 * (1 - f);
    f /= oa;
    return (oa * 255 << 24 | (b * f + (p >> 16 & 255) * (1 - f)) << 16 | (g * f + (p >> 8 & 255) * (1 - f)) << 8 | r * f + (p & 255) * (1 - f)) >>> 0;
  }
  // pick returns the key of the shown record drawn under the point (x, y)
  // of the view, the nearest if several are, or null; the records are
  // found in a grid of cells over the layout made once (the layout never
  // moves), each cell listing its records.
  var grid = null;
  function pick(pt) {
    if (!grid) {
      var k = Math.max(1, Math.ceil(Math.sqrt(n))), gx0 = Infinity, gx1 = -Infinity, gy0 = Infinity, gy1 = -Infinity;
      G.forEachNode(function (key, a) { gx0 = Math.min(gx0, a.x); gx1 = Math.max(gx1, a.x); gy0 = Math.min(gy0, a.y); gy1 = Math.max(gy1, a.y); });
      grid = { k: k, x0: gx0, y0: gy0, w: (gx1 - gx0) / k || 1, h: (gy1 - gy0) / k || 1, head: new Int32Array(k * k).fill(-1), next: new Int32Array(n), gx: new Float64Array(n), gy: new Float64Array(n) };
      G.forEachNode(function (key, a) {
        var i = a.i, c = cellOf(a.x, grid.x0, grid.w) * k + cellOf(a.y, grid.y0, grid.h);
        grid.gx[i] = a.x; grid.gy[i] = a.y; grid.next[i] = grid.head[c]; grid.head[c] = i;
      });
    }
    // Records are drawn at most 8 (+3 when selected) units wide, scaled by the zoom.
    var reach = renderer.scaleSize(12) + 2, at = renderer.viewportToGraph(pt), to = renderer.viewportToGraph({ x: pt.x + reach, y: pt.y });
    var rg = Math.hypot(to.x - at.x, to.y - at.y), best = -1, bestD = Infinity;
    var cx0 = cellOf(at.x - rg, grid.x0, grid.w), cx1 = cellOf(at.x + rg, grid.x0, grid.w);
    var cy0 = cellOf(at.y - rg, grid.y0, grid.h), cy1 = cellOf(at.y + rg, grid.y0, grid.h);
    for (var cx = cx0; cx <= cx1; cx++) for (var cy = cy0; cy <= cy1; cy++) {
      for (var i = grid.head[cx * grid.k + cy]; i >= 0; i = grid.next[i]) {
        if (!vis[i]) continue;
        var v = renderer.graphToViewport({ x: grid.gx[i], y: grid.gy[i] }), d = Math.hypot(v.x - pt.x, v.y - pt.y);
        var dd = renderer.getNodeDisplayData(String(i)), r = renderer.scaleSize(dd ? dd.size : 1) + 1;
        if (d <= r && d < bestD) { best = i; bestD = d; }
      }
    }
    if (best >= 0 && (drawnVis[best] !== vis[best] || drawnStatus[best] !== statusNow[best])) {
      drawnVis[best] = vis[best]; drawnStatus[best] = statusNow[best];
      renderer.refresh({ partialGraph: { nodes: [String(best)] }, skipIndexation: true, schedule: true });
    }
    return best >= 0 ? String(best) : null;
  }
  function cellOf(v, v0, w) { return Math.max(0, Math.min(grid.k - 1, Math.floor((v - v0) / w))); }
  // placeLabels draws the labels sigma chose (in a small case, every
  // record's) most important first: the selection and the paths', then
  // people and organizations (short names, the actors), then the rest by
  // their number of ties; each right of its record, else left, above or
  // below it, where it overlaps no label drawn and no record; a label
  // with no room is left out (zooming in makes room for it).
  renderer.on("beforeRender", function () { pendingLabels = []; });
  function placeLabels() {
    drawnLabels = []; labelOps = [];
    if (LARGE) largeLabels();
    if (!labelCtx || !pendingLabels.length) return;
    var cx = labelCtx, size = labelSettings.labelSize, w = renderer.getDimensions().width, CELL = 48, cells = new Map();
    // Taken space, in a grid of 48 px cells: the labels drawn and, in a
    // small case, the records' discs.
    var each = function (r, f) {
      for (var gx = Math.floor(r[0] / CELL); gx <= Math.floor(r[2] / CELL); gx++)
        for (var gy = Math.floor(r[1] / CELL); gy <= Math.floor(r[3] / CELL); gy++) if (f(gx * 65536 + gy) === false) return false;
      return true;
    };
    var take = function (r) { each(r, function (c) { var l = cells.get(c); if (!l) cells.set(c, l = []); l.push(r); }); };
    var free = function (r) {
      return each(r, function (c) {
        var l = cells.get(c);
        if (l) for (var q = 0; q < l.length; q++) { var p = l[q]; if (!(r[2] < p[0] || r[0] > p[2] || r[3] < p[1] || r[1] > p[3])) return false; }
      });
    };
    if (!LARGE) for (var i = 0; i < n; i++) {
      if (!vis[i]) continue;
      var dd = renderer.getNodeDisplayData(String(i));
      if (!dd || dd.hidden) continue;
      // The middle of the disc: a label may cover a disc's rim, not its heart.
      var v = renderer.framedGraphToViewport(dd), rad = Math.min(3, renderer.scaleSize(dd.size) / 2);
      take([v.x - rad, v.y - rad, v.x + rad, v.y + rad]);
    }
    cx.font = labelFont = labelSettings.labelWeight + " " + size + "px " + labelSettings.labelFont;
    pendingLabels.sort(function (a, b) {
      return (b.forceLabel ? 1 : 0) - (a.forceLabel ? 1 : 0) || Math.min(kindRank[N[+a.key].k], 2) - Math.min(kindRank[N[+b.key].k], 2) || b.size - a.size || a.key - b.key;
    });
    for (var k = 0; k < pendingLabels.length; k++) {
      var d = pendingLabels[k];
      if (!d.label) continue;
      // Right of the record, else left of it, above it or below it.
      var lw = cx.measureText(d.label).width, at = null;
      var spots = [[d.x + d.size + 3, d.y + size / 3], [d.x - d.size - 3 - lw, d.y + size / 3],
        [d.x - lw / 2, d.y - d.size - 3], [d.x - lw / 2, d.y + d.size + size]];
      for (var q = 0; q < spots.length && !at; q++) {
        var r = [spots[q][0] - 1, spots[q][1] - size, spots[q][0] + lw + 1, spots[q][1] + size * 0.3];
        if (r[0] >= 0 && r[2] <= w && free(r)) at = spots[q];
      }
      if (!at && d.forceLabel) at = spots[0];
      if (!at) continue;
      take([at[0] - 1, at[1] - size, at[0] + lw + 1, at[1] + size * 0.3]);
      drawnLabels.push({ id: N[+d.key].id, x0: at[0], y0: at[1] - size * 0.8, x1: at[0] + lw, y1: at[1] + size * 0.2 });
      labelOps.push([d.label, at[0], at[1], d.labelColor || C.fg]);
    }
    if (!LARGE) drawLabelOps(cx);
  }
  // drawLabelOps draws the labels placed, each with a halo in the page's
  // colour that keeps ties and discs under it from cutting its letters.
  var labelOps = [], labelFont = "";
  function drawLabelOps(cx) {
    cx.font = labelFont; cx.lineJoin = "round"; cx.lineWidth = 3; cx.strokeStyle = C.bg;
    labelOps.forEach(function (o) { cx.strokeText(o[0], o[1], o[2]); cx.fillStyle = o[3]; cx.fillText(o[0], o[1], o[2]); });
  }
  // largeLabels lists a large case's labels to place: the highlighted
  // records' and those of shown records in view drawn at least 12 px
  // wide, the 400 largest (sigma's choice, from a grid made over every
  // record, would have to be made again on every As of step).
  function largeLabels() {
    var cache = renderer.nodeDataCache, unit = renderer.scaleSize(1), w = renderer.width, h = renderer.height;
    labelCtx = renderer.getCanvases().labels.getContext("2d"); labelSettings = renderer.getSettings();
    for (var i = 0; i < n; i++) {
      var d = cache[i], r = d.size * unit;
      if (!vis[i] || r < labelSettings.labelRenderedSizeThreshold && !d.forceLabel) continue;
      var v = renderer.framedGraphToViewport(d);
      if (v.x + r < 0 || v.y + r < 0 || v.x - r > w || v.y - r > h) continue;
      pendingLabels.push({ key: String(i), x: v.x, y: v.y, size: r, label: graphLabel(i), forceLabel: !!d.forceLabel, labelColor: C.fg });
    }
    if (pendingLabels.length > 400) pendingLabels = pendingLabels.sort(function (a, b) { return b.forceLabel - a.forceLabel || b.size - a.size; }).slice(0, 400);
  }
  renderer.on("afterRender", placeLabels);
  if (LARGE) renderer.on("afterRender", compose);
  // The first frame was drawn while sigma was made, before placeLabels
  // listened: its labels are placed now, without drawing the records again.
  placeLabels();
  if (LARGE) compose();
  renderer.on("enterNode", function (ev) { S.hovered = +ev.node; redraw(); });
  renderer.on("leaveNode", function () { S.hovered = -1; redraw(); });
  renderer.on("clickNode", function (ev) { select(+ev.node, { from: "graph" }); });
  // centreGraph moves the camera onto record i once the scheduled redraw
  // has placed it (until then a small case's display data are not yet
  // framed). A large case's records never move: the camera moves at once,
  // and the redraw that follows draws the view it moved to; but, unless
  // always (a search result, a link of the details, the address's
  // selection), a record in view, away from its edges, is left where it
  // is: a new view draws every record again, which costs more than the
  // rest of a selection.
  function centreGraph(i, always) {
    if (LARGE) {
      var dd = renderer.getNodeDisplayData(String(i)), cam = renderer.getCamera();
      if (!dd || !vis[i]) return;
      var v = renderer.framedGraphToViewport(dd), w = renderer.width, h = renderer.height;
      if (always || v.x < w * 0.1 || v.x > w * 0.9 || v.y < h * 0.1 || v.y > h * 0.9) cam.setState({ x: dd.x, y: dd.y, ratio: Math.min(cam.ratio, 0.6) });
      return;
    }
    requestAnimationFrame(function () {
      var dd = renderer.getNodeDisplayData(String(i));
      if (!dd || dd.hidden) return;
      renderer.getCamera().animate({ x: dd.x, y: dd.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 250 });
    });
  }

  // ---- the timeline (timeline.js draws the case's own timeline layout) ------
  var tlList = $("tl-list");
  var timeline = window.EventgraphTimeline({
    canvas: $("timeline"), data: D.timeline, nodes: N,
    visible: function (i) { return vis[i] === 1; },
    // shownGen changes whenever what is shown may have (recompute).
    shownGen: function () { return shownGen; },
    // claimStatus is a claim's status as of the As of date.
    claimStatus: function (i) { return statusNow[i] || N[i].st; },
    select: function (i) { select(i, { from: "timeline" }); },
    // related lists the events a claim is about or a source is cited by.
    related: function (i) {
      var out = [];
      for (var k = incStart[i]; k < incStart[i + 1]; k++) {
        var j = incEdge[k], other = eFrom[j] === i ? eTo[j] : eFrom[j], kind = ek[EC.k[j]];
        if (N[other].k === "event" && (kind === "about" || kind === "cites") && out.indexOf(other) < 0) out.push(other);
      }
      return out;
    },
    colour: function (k) { return C[k]; },
    status: function (t) { $("tl-range").textContent = t; },
    // opened tells which aggregate the timeline shows (depth 0: the whole
    // case), or lists the events of one that has no view of its own.
    opened: function (title, depth, events) {
      $("tl-back").hidden = depth === 0 && !events;
      $("tl-where").textContent = events ? title + " (listed)" : depth ? title : "";
      tlList.textContent = ""; tlList.hidden = !events;
      if (events) {
        events.slice(0, 500).forEach(function (i) {
          var b = el("button", { type: "button", text: N[i].l + (N[i].d ? " · " + N[i].d : "") });
          b.onclick = function () { select(i, { from: "timeline" }); };
          tlList.appendChild(el("li", null, [b]));
        });
        if (events.length) $("notice").textContent = "Listed the " + events.length + " events of a group.";
      }
    }
  });
  function drawTimeline() { timeline.path(S.path ? S.path.nodes : null); }
  function fitTimeline() { timeline.home(); }
  $("tl-in").onclick = function () { timeline.zoom(1.5); };
  $("tl-out").onclick = function () { timeline.zoom(1 / 1.5); };
  $("tl-fit").onclick = fitTimeline;
  $("tl-back").onclick = function () {
    if (tlList.hidden) { timeline.back(); return; }
    tlList.hidden = true; tlList.textContent = "";
    $("tl-where").textContent = ""; $("tl-back").hidden = timeline.state().depth === 0;
  };

  // ---- details ----------------------------------------------------------------
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (k === "text") e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (kids || []).forEach(function (c) { if (c !== null && c !== undefined) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function ref(j) {
    var b = el("a", { href: "#select=" + encodeURIComponent(N[j].id), "class": "ref", text: short(N[j].l, 90) });
    b.onclick = function (ev) { ev.preventDefault(); select(j, { from: "details", centre: true }); };
    if (!vis[j]) b.appendChild(el("span", { "class": "muted", text: " (hidden)" }));
    return b;
  }
  function sourceRef(id) {
    var j = byId(id);
    if (j === undefined) return el("span", { text: id });
    var d = N[j], kids = [ref(j)];
    if (d.d) kids.push(el("span", { "class": "muted", text: " · " + d.d }));
    if (d.u) kids.push(" ", el("a", { href: d.u, rel: "noopener noreferrer", target: "_blank", text: "open" }));
    return el("span", null, kids);
  }
  function badge(st) { return el("span", { "class": "status st-" + st, title: STATUS_MEANING[st] || "", text: STATUS_NAME[st] || st }); }
  function section(title, items) {
    if (!items.length) return null;
    return el("div", null, [el("h3", { text: title }), el("ul", null, items.map(function (x) { return el("li", null, [x]); }))]);
  }
  function edgesOf(i, kind, dir) {
    var out = [];
    for (var k = incStart[i]; k < incStart[i + 1]; k++) {
      var j = incEdge[k], e = [eFrom[j], eTo[j], EC.k[j], EC.l[j], ePub[j], EC.d[j]];
      if (ek[e[2]] !== kind || !edgeVis[j]) continue;
      if (dir === "out" && e[0] !== i) continue;
      if (dir === "in" && e[1] !== i) continue;
      out.push(e);
    }
    return out;
  }
  function showDetails(i) {
    var box = $("details");
    box.textContent = "";
    if (i < 0) { box.appendChild(el("p", { "class": "muted", text: "Select a record in the graph, the timeline, the search or the list." })); return; }
    var d = N[i], head = [el("h2", { text: d.l })];
    var meta = [el("span", { "class": "kind", text: KIND_NAME[d.k] + (d.sk ? " · " + d.sk : "") })];
    if (d.d) meta.push(el("span", { text: d.d + " " }));
    if (d.k === "claim") meta.push(badge(statusNow[i]));
    head.push(el("p", null, meta));
    if (!publicAt(d.p)) head.push(el("p", { "class": "muted", text: "Not yet public as of " + $("asof-out").textContent + "." }));
    else if (!vis[i]) head.push(el("p", { "class": "muted", text: "Hidden by the filters." }));
    if (d.al && d.al.length) head.push(el("p", null, [el("span", { "class": "muted", text: "Also known as " }), d.al.join(", ")]));
    if (d.ds) head.push(el("p", { text: d.ds }));
    if (d.pl) head.push(el("p", null, [el("span", { "class": "muted", text: "Place: " }), d.pl]));
    if (d.tg && d.tg.length) head.push(el("p", null, [el("span", { "class": "muted", text: "Tags: " }), d.tg.join(", ")]));
    head.forEach(function (x) { box.appendChild(x); });
    var parts = [];
    if (d.k === "person" || d.k === "organization" || d.k === "anonymous") {
      parts.push(section("Events", edgesOf(i, "participant", "out").map(function (e) {
        var ev = N[e[1]];
        return el("span", null, [ref(e[1]), el("span", { "class": "muted", text: " · " + ev.d + (e[3] ? " · as " + e[3] : "") })]);
      })));
      parts.push(section("Relations", edgesOf(i, "relation").concat(edgesOf(i, "parent")).map(function (e) {
        var other = e[0] === i ? e[1] : e[0], type = e[3] || (ek[e[2]] === "parent" ? (e[0] === i ? "part of" : "has part") : "");
        return el("span", null, [el("span", { text: (e[0] === i ? type + " " : "") }), ref(other),
          el("span", { text: e[0] === i ? "" : " " + type + " this" }), el("span", { "class": "muted", text: e[5] ? " · " + e[5] : "" })]);
      })));
      parts.push(section("Claims made", edgesOf(i, "claimant", "out").map(function (e) {
        return el("span", null, [badge(statusNow[e[1]]), " ", ref(e[1])]);
      })));
      parts.push(section("Claims about them", edgesOf(i, "about", "in").map(function (e) {
        return el("span", null, [badge(statusNow[e[0]]), " ", ref(e[0])]);
      })));
      parts.push(section("Responses", edgesOf(i, "response", "out").map(function (e) {
        return el("span", null, [el("strong", { text: STANCE_NAME[e[3]] || e[3] }), " ", ref(e[1]),
          el("span", { "class": "muted", text: e[5] ? " · " + e[5] : "" })]);
      })));
      parts.push(section("Sources they wrote or published", edgesOf(i, "authored-by", "in").concat(edgesOf(i, "published-by", "in")).map(function (e) {
        return sourceRef(N[e[0]].id);
      })));
      if (d.ln && d.ln.length) parts.push(section("Links", d.ln.map(function (u) { return el("a", { href: u, rel: "noopener noreferrer", target: "_blank", text: u }); })));
    } else if (d.k === "event") {
      parts.push(section("Participants", edgesOf(i, "participant", "in").map(function (e) {
        return el("span", null, [ref(e[0]), el("span", { "class": "muted", text: e[3] ? " · " + e[3] : "" })]);
      })));
      parts.push(section("Claims about it", edgesOf(i, "about", "in").map(function (e) {
        return el("span", null, [badge(statusNow[e[0]]), " ", ref(e[0])]);
      })));
      parts.push(section("Sources", edgesOf(i, "cites", "out").map(function (e) { return sourceRef(N[e[1]].id); })));
    } else if (d.k === "claim") {
      parts.push(section("Made by", edgesOf(i, "claimant", "in").map(function (e) { return ref(e[0]); })));
      parts.push(section("About", edgesOf(i, "about", "out").map(function (e) { return ref(e[1]); })));
      parts.push(section("Status history", d.h.map(function (c, k) {
        var from = k === 0 ? "from " + when(c.t) + " (made public)" : "from " + when(c.t);
        var li = el("span", null, [badge(c.s), " " + from]);
        if (S.asOf !== null && c.t > S.asOf) li.appendChild(el("span", { "class": "muted", text: " — after the As of date" }));
        return li;
      })));
      parts.push(section("Responses", (d.r || []).filter(function (r) { return publicAt(r.p); }).map(function (r) {
        var who = byId(r.w);
        return el("div", null, [who === undefined ? r.w : ref(who), " ", el("strong", { text: STANCE_NAME[r.s] || r.s }),
          el("span", { "class": "muted", text: r.d ? " · " + r.d : "" }),
          r.q ? el("blockquote", { text: "“" + r.q + "”" }) : null,
          (r.src || []).length ? el("div", null, ["Sources: "].concat((r.src || []).map(sourceRef))) : null]);
      })));
      parts.push(section("Sources", edgesOf(i, "cites", "out").filter(function (e) { return e[4] < 0; }).map(function (e) { return sourceRef(N[e[1]].id); })));
    } else if (d.k === "source") {
      if (d.u) parts.push(el("p", null, [el("a", { href: d.u, rel: "noopener noreferrer", target: "_blank", text: d.u })]));
      parts.push(section("Published by", edgesOf(i, "published-by", "out").map(function (e) { return ref(e[1]); })));
      parts.push(section("Written by", edgesOf(i, "authored-by", "out").map(function (e) { return ref(e[1]); })));
      parts.push(section("Cited by", edgesOf(i, "cites", "in").map(function (e) { return ref(e[0]); })));
    }
    parts.forEach(function (p) { if (p) box.appendChild(p); });
    if (d.at) box.appendChild(el("p", { "class": "muted", text: "Written at " + D.files[d.at[0]] + (d.at[1] ? ":" + d.at[1] : "") }));
  }

  // ---- selection ---------------------------------------------------------------
  // lap records how long each part of an interaction took, for the benchmark.
  var laps = T.laps = {};
  function lap(name, f) { var t = performance.now(); f(); laps[name] = performance.now() - t; }
  function select(i, o) {
    o = o || {};
    S.selected = i;
    lap("details", function () { showDetails(i); });
    // A large case's camera first: its redraw draws the graph at once, in
    // the view the camera moved to. A small case's moves once the redraw
    // has placed the record.
    var centre = function () { if (i >= 0 && (o.from !== "graph" || o.centre)) centreGraph(i, !o.from || o.from === "search" || o.from === "details"); };
    if (LARGE) lap("centre", centre);
    lap("redraw", redraw);
    if (!LARGE) lap("centre", centre);
    if (i >= 0) {
      lap("list", function () { listReveal(i, o.from !== "list"); });
      setHash();
    }
    lap("timeline", function () { timeline.select(i); });
  }

  // ---- search -----------------------------------------------------------------
  var search = $("search"), results = $("search-results"), hitsS = [], activeS = -1;
  // rank returns the records matching query q (lower-cased), at most
  // 2,000, best first: the name itself, a name starting with the query,
  // a name holding it, then any other match; people and organizations
  // before the rest. The name is read lower-cased from the search text
  // (its second field), and each match's rank and index kept in one
  // number (rank * n + index), so that ranking 2,000 matches makes no
  // array and no string but slices of the text.
  function rank(q) {
    var ranked = new Float64Array(2000), nr = 0;
    matching(q.split(/\s+/), function (i) {
      var t = chunks[(i / CH) | 0], ls = t.indexOf("\u0001", textAt[i]) + 1, le = t.indexOf("\u0001", ls), re = t.indexOf("\u0002", ls);
      if (le < 0 || re >= 0 && re < le) le = re < 0 ? t.length : re;
      // In the name alone: a query that the text holds nowhere else (two
      // words, say) would have the search read on to the text's end.
      var at = t.slice(ls, le).indexOf(q);
      ranked[nr++] = ((at === 0 && le - ls === q.length ? 0 : at === 0 ? 1 : at > 0 ? 2 : 3) * 10 + kindRank[N[i].k]) * n + i;
      return nr < ranked.length;
    });
    return ranked.subarray(0, nr).sort();
  }
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    results.textContent = ""; hitsS = []; activeS = -1;
    search.removeAttribute("aria-activedescendant");
    if (!q) { search.setAttribute("aria-expanded", "false"); return; }
    var ranked = rank(q);
    Array.prototype.slice.call(ranked, 0, 30).forEach(function (r, k) {
      var i = r % n, li = el("li", { role: "option", id: "sr-" + k, "aria-selected": "false" },
        [el("span", { "class": "kind", text: KIND_NAME[N[i].k] }), short(N[i].l, 80), vis[i] ? null : el("span", { "class": "muted", text: " (hidden)" })]);
      li.onmousedown = function (ev) { ev.preventDefault(); choose(k); };
      results.appendChild(li); hitsS.push(i);
    });
    if (!hitsS.length) results.appendChild(el("li", { role: "option", "aria-disabled": "true", "aria-selected": "false", text: "No record matches" }));
    search.setAttribute("aria-expanded", "true");
  }
  function activate(k) {
    var opts = results.querySelectorAll("[role=option]");
    if (!hitsS.length) return;
    activeS = (k + hitsS.length) % hitsS.length;
    opts.forEach(function (o, j) { o.setAttribute("aria-selected", j === activeS ? "true" : "false"); });
    search.setAttribute("aria-activedescendant", "sr-" + activeS);
    opts[activeS].scrollIntoView({ block: "nearest" });
  }
  function choose(k) {
    var i = hitsS[k];
    if (i === undefined) return;
    results.textContent = ""; search.setAttribute("aria-expanded", "false"); search.removeAttribute("aria-activedescendant");
    select(i, { from: "search", centre: true });
  }
  search.addEventListener("input", function () { lap("search", runSearch); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { ev.preventDefault(); activate(activeS + 1); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); activate(activeS - 1); }
    else if (ev.key === "Enter") { ev.preventDefault(); choose(activeS < 0 ? 0 : activeS); }
    else if (ev.key === "Escape") { results.textContent = ""; search.setAttribute("aria-expanded", "false"); }
  });

  // ---- the list view (virtual: only rows in sight are in the document) --------
  var list = $("list"), ROW = 26, rowsL = [], activeL = -1;
  // The list's order (people, organizations, events by date, claims,
  // sources, anonymous claimants, each by label) comes from Go.
  var listOrder = D.order;
  var spacer = el("li", { role: "presentation", "aria-hidden": "true" });
  function rebuildList() {
    rowsL = listOrder.filter(function (i) { return vis[i]; });
    listGen++;
    $("list-count").textContent = "(" + rowsL.length + " of " + n + ")";
    if (activeL >= rowsL.length) activeL = rowsL.length - 1;
    renderList();
  }
  // renderList puts the rows in sight (and ten either side) in the
  // document. When the rows are those drawn already (same list, same
  // place), only their selection and focus marks change. The list's
  // scroll and height are kept here, not read from the document, so that
  // drawing the list after a change elsewhere (the details) does not make
  // the browser lay the page out before its frame.
  var listTop = 0, listHgt = list.clientHeight || 280, listGen = 0, drawnRows = null;
  function renderList() {
    listTop = Math.max(0, Math.min(listTop, rowsL.length * ROW - listHgt));
    var a = Math.max(0, Math.floor(listTop / ROW) - 10), b = Math.min(rowsL.length, Math.ceil((listTop + listHgt) / ROW) + 10), k, li;
    if (drawnRows && drawnRows.gen === listGen && drawnRows.a === a && drawnRows.b === b) {
      for (k = a; k < b; k++) {
        li = drawnRows.els[k - a];
        li.setAttribute("aria-selected", rowsL[k] === S.selected ? "true" : "false");
        li.classList.toggle("active", k === activeL);
      }
    } else {
      drawnRows = { gen: listGen, a: a, b: b, els: [] };
      list.textContent = "";
      spacer.style.height = rowsL.length * ROW + "px";
      list.appendChild(spacer);
      for (k = a; k < b; k++) {
        var i = rowsL[k], d = N[i];
        li = el("li", { role: "option", id: "li-" + k, "aria-setsize": String(rowsL.length), "aria-posinset": String(k + 1),
          "aria-selected": i === S.selected ? "true" : "false" },
          [el("span", { "class": "kind", text: KIND_NAME[d.k] }), d.k === "claim" ? badge(statusNow[i]) : null, " " + d.l,
            d.d ? el("span", { "class": "muted", text: " · " + d.d }) : null]);
        li.style.top = k * ROW + "px";
        if (k === activeL) li.classList.add("active");
        li.onclick = (function (kk) { return function () { setActiveL(kk); select(rowsL[kk], { from: "list", centre: true }); }; })(k);
        list.appendChild(li);
        drawnRows.els.push(li);
      }
    }
    if (activeL >= a && activeL < b) list.setAttribute("aria-activedescendant", "li-" + activeL);
    else list.removeAttribute("aria-activedescendant");
  }
  function setActiveL(k) {
    if (!rowsL.length) return;
    activeL = Math.max(0, Math.min(rowsL.length - 1, k));
    var y = activeL * ROW;
    if (y < listTop) list.scrollTop = listTop = y;
    else if (y + ROW > listTop + listHgt) list.scrollTop = listTop = y + ROW - listHgt;
    renderList();
  }
  function listReveal(i, move) {
    var k = rowsL.indexOf(i);
    if (k >= 0 && move) setActiveL(k); else renderList();
  }
  list.addEventListener("scroll", function () { listTop = list.scrollTop; renderList(); });
  list.addEventListener("keydown", function (ev) {
    var page = Math.max(1, Math.floor((list.clientHeight || 280) / ROW) - 1), k = activeL;
    switch (ev.key) {
      case "ArrowDown": k++; break;
      case "ArrowUp": k--; break;
      case "PageDown": k += page; break;
      case "PageUp": k -= page; break;
      case "Home": k = 0; break;
      case "End": k = rowsL.length - 1; break;
      case "Enter": case " ":
        if (activeL >= 0) select(rowsL[activeL], { from: "list", centre: true });
        ev.preventDefault(); return;
      default: return;
    }
    ev.preventDefault();
    setActiveL(k < 0 ? 0 : k);
  });
  list.addEventListener("focus", function () { if (activeL < 0 && rowsL.length) setActiveL(0); });

  // ---- filters ------------------------------------------------------------------
  function checkbox(box, label, on, change) {
    var id = "f-" + box.id + "-" + label.replace(/\W+/g, "-");
    var inp = el("input", { type: "checkbox", id: id });
    inp.checked = on; inp.onchange = function () { change(inp.checked); };
    box.appendChild(el("label", { "for": id }, [inp, " " + label]));
  }
  var counts = {};
  N.forEach(function (d) { counts[d.k] = (counts[d.k] || 0) + 1; });
  KINDS.forEach(function (k) {
    if (!counts[k]) return;
    checkbox($("f-kinds"), KIND_PLURAL[k] + " (" + counts[k] + ")", S.kinds[k], function (on) { S.kinds[k] = on; update(); });
  });
  STATUSES.forEach(function (s) {
    checkbox($("f-status"), STATUS_NAME[s], true, function (on) { S.statuses[s] = on; update(); });
  });
  (D.tags || []).forEach(function (t) { $("f-tag").appendChild(el("option", { value: t, text: t })); });
  $("f-tag").onchange = function () { S.tag = this.value; update(); };
  var maxDeg = 0; N.forEach(function (d) { if (d.g > maxDeg) maxDeg = d.g; });
  $("f-degree").max = String(Math.min(maxDeg, 50));
  $("f-degree").oninput = function () { S.minDegree = +this.value; $("f-degree-out").textContent = this.value; update(); };

  function update() {
    lap("recompute", recompute);
    lap("redraw", function () { redraw(true); });
    lap("timeline", drawTimeline);
    lap("rebuildList", rebuildList);
    if (S.selected >= 0) showDetails(S.selected);
    if (S.path) runPaths(true);
  }

  // ---- As of ------------------------------------------------------------------------
  var range = $("asof-range"), steps = D.steps;
  range.max = String(steps.length);
  range.value = String(steps.length);
  function setAsOf(t, label) {
    S.asOf = t;
    $("asof-out").textContent = t === null ? "everything known" : label;
    range.setAttribute("aria-valuetext", t === null ? "everything known" : label);
    update();
    setHash();
  }
  range.addEventListener("input", function () {
    var k = +range.value;
    if (k >= steps.length) { $("asof-date").value = ""; setAsOf(null); }
    else { $("asof-date").value = steps[k].v; setAsOf(steps[k].t, steps[k].l); }
  });
  // upperOf reads YYYY, YYYY-MM or YYYY-MM-DD and returns its last instant (ms, UTC).
  function upperOf(s) {
    var m = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
    if (!m) return null;
    var y = +m[1], mo = m[2] ? +m[2] : 0, dd = m[3] ? +m[3] : 0;
    if (mo && (mo < 1 || mo > 12) || dd && (dd < 1 || dd > 31)) return null;
    var t = new Date(0);
    if (dd) { t.setUTCFullYear(y, mo - 1, dd + 1); if (new Date(Date.UTC(2000, mo - 1, dd)).getUTCDate() !== dd) return null; }
    else if (mo) t.setUTCFullYear(y, mo, 1);
    else t.setUTCFullYear(y + 1, 0, 1);
    return t.getTime() - 1;
  }
  $("asof-date").addEventListener("change", function () {
    var v = this.value.trim();
    if (!v) { range.value = String(steps.length); setAsOf(null); this.removeAttribute("aria-invalid"); return; }
    var t = upperOf(v);
    if (t === null) { this.setAttribute("aria-invalid", "true"); $("notice").textContent = "As of: write a date as YYYY, YYYY-MM or YYYY-MM-DD."; return; }
    this.removeAttribute("aria-invalid");
    var k = 0;
    while (k < steps.length && steps[k].t <= t) k++;
    range.value = String(Math.max(0, k - 1));
    setAsOf(t, v);
  });
  $("asof-all").onclick = function () { range.value = String(steps.length); $("asof-date").value = ""; setAsOf(null); };

  // ---- paths (Yen's K shortest simple paths over the shown graph) ----------------
  function find(text) {
    var s = text.trim();
    if (!s) return -1;
    if (byId(s) !== undefined) return byId(s);
    var lo = s.toLowerCase();
    for (var i = 0; i < n; i++) if (N[i].l.toLowerCase() === lo) return i;
    var found = -1;
    matching([lo], function (j) { found = j; return false; });
    return found;
  }
  // bfs finds a shortest path level by level, each level in ID order, so
  // that every record is reached from the smallest-ID record one step nearer
  // the start: the path graph.ShortestPath reports.
  function bfs(s, t, bannedNode, bannedPair) {
    var prev = new Int32Array(n).fill(-2), level = [s];
    prev[s] = -1;
    while (level.length && prev[t] === -2) {
      var next = [];
      for (var h = 0; h < level.length; h++) {
        var v = level[h];
        for (var k = adjStart[v]; k < adjStart[v + 1]; k++) {
          var w = adjNode[k], p = adjPair[k];
          if (prev[w] !== -2 || !pairVis[p] || bannedNode[w] || bannedPair.has(p)) continue;
          prev[w] = v; next.push(w);
        }
      }
      next.sort(function (a, b) { return a - b; });
      level = next;
    }
    if (prev[t] === -2) return null;
    var path = [];
    for (var x = t; x !== -1; x = prev[x]) path.push(x);
    return path.reverse();
  }
  function pairBetween(a, b) { var k = slot(a, b); return k < 0 ? -1 : adjPair[k]; }
  function kShortest(s, t, K, avoid) {
    var banned = new Uint8Array(n);
    if (avoid >= 0) banned[avoid] = 1;
    var first = bfs(s, t, banned, new Set());
    if (!first) return [];
    var A = [first], B = [], seen = new Set([first.join(",")]);
    for (var k = 1; k < K; k++) {
      var last = A[k - 1];
      for (var i = 0; i < last.length - 1; i++) {
        var spur = last[i], root = last.slice(0, i + 1), bp = new Set(), bn = new Uint8Array(n);
        if (avoid >= 0) bn[avoid] = 1;
        A.forEach(function (p) {
          if (p.length > i + 1 && p.slice(0, i + 1).join(",") === root.join(",")) bp.add(pairBetween(p[i], p[i + 1]));
        });
        for (var r = 0; r < i; r++) bn[root[r]] = 1;
        var sp = bfs(spur, t, bn, bp);
        if (!sp) continue;
        var total = root.slice(0, -1).concat(sp), key = total.join(",");
        if (!seen.has(key)) { seen.add(key); B.push(total); }
      }
      if (!B.length) break;
      // Shortest first, then by the records' IDs (their indexes), as
      // graph.ShortestPaths orders them.
      B.sort(function (x, y) {
        if (x.length !== y.length) return x.length - y.length;
        for (var q = 0; q < x.length; q++) if (x[q] !== y[q]) return x[q] - y[q];
        return 0;
      });
      A.push(B.shift());
    }
    return A;
  }
  function runPaths(quiet) {
    var out = $("path-result");
    var a = find($("path-from").value), b = find($("path-to").value), av = find($("path-avoid").value);
    var K = Math.max(1, Math.min(10, +$("path-k").value || 1));
    out.textContent = "";
    if (a < 0 || b < 0) { S.path = null; if (!quiet) out.textContent = "Name two records (an ID or a name)."; redraw(); return; }
    if (!$("path-avoid").value.trim()) av = -1;
    var ps = a === b ? [] : kShortest(a, b, K, av);
    S.path = { nodes: new Set(), pairs: new Set(), list: ps };
    ps.forEach(function (p) {
      p.forEach(function (v, k) { S.path.nodes.add(v); if (k) S.path.pairs.add(pairBetween(p[k - 1], v)); });
    });
    if (!ps.length) out.appendChild(el("p", { text: "No path between " + N[a].l + " and " + N[b].l + " among the records shown" + (av >= 0 ? ", avoiding " + N[av].l : "") + "." }));
    else {
      out.appendChild(el("p", { text: ps.length + (ps.length === 1 ? " path" : " paths") + ", shortest " + (ps[0].length - 1) + " steps:" }));
      out.appendChild(el("ol", null, ps.map(function (p) {
        var kids = [];
        p.forEach(function (v, k) { if (k) kids.push(" → "); kids.push(ref(v)); });
        return el("li", null, kids);
      })));
    }
    redraw();
    drawTimeline();
  }
  $("path-go").onclick = function () { runPaths(false); };
  $("path-clear").onclick = function () { S.path = null; $("path-result").textContent = ""; redraw(); drawTimeline(); };
  $("path-from-sel").onclick = function () { if (S.selected >= 0) $("path-from").value = N[S.selected].id; };
  $("path-to-sel").onclick = function () { if (S.selected >= 0) $("path-to").value = N[S.selected].id; };

  // ---- state in the address, theme changes, live reload ------------------------------
  // setHash writes the state into the address once the interactions have
  // paused: the browser takes some milliseconds over each write, too many
  // for every step of the As of slider.
  var hashTimer = 0;
  function setHash() { clearTimeout(hashTimer); hashTimer = setTimeout(writeHash, 300); }
  function writeHash() {
    var parts = [];
    if (S.selected >= 0) parts.push("select=" + encodeURIComponent(N[S.selected].id));
    if (S.asOf !== null) parts.push("asof=" + encodeURIComponent($("asof-date").value || String(S.asOf)));
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search); } catch (e) { /* file:// in some browsers */ }
  }
  function readHash() {
    var h = location.hash.slice(1).split("&"), sel = -1;
    h.forEach(function (kv) {
      var p = kv.split("="), v = decodeURIComponent(p[1] || "");
      if (p[0] === "asof" && v) { $("asof-date").value = v; $("asof-date").dispatchEvent(new Event("change")); }
      if (p[0] === "select" && byId(v) !== undefined) sel = byId(v);
    });
    if (sel >= 0) select(sel, { centre: true });
  }
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () {
    readColours(); renderer.setSetting("defaultEdgeColor", C.grid); redraw(true); timeline.scheme();
  });
  window.addEventListener("resize", function () { timeline.resize(); listHgt = list.clientHeight || 280; listTop = list.scrollTop; renderList(); });
  if (D.live) {
    var showProblems = function (ps) {
      var box = $("problems");
      if (!ps || !ps.length) { box.hidden = true; box.textContent = ""; return; }
      box.hidden = false; box.textContent = "";
      box.appendChild(el("strong", { text: ps.length + (ps.length === 1 ? " problem" : " problems") + " in the case; showing the last good version:" }));
      box.appendChild(el("pre", { text: ps.map(function (p) { return p.file + ":" + p.line + ":" + p.column + ": " + p.severity + ": " + p.message; }).join("\n") }));
    };
    var es = new EventSource("api/events");
    es.addEventListener("change", function (ev) {
      var m = JSON.parse(ev.data);
      if (m.problems && m.problems.some(function (p) { return p.severity === "error"; })) showProblems(m.problems);
      else location.reload();
    });
    fetch("api/problems").then(function (r) { return r.json(); }).then(showProblems, function () {});
  }

  // Read-only hooks for tests and users' scripts.
  window.eventgraphExplorer = {
    visible: function () { var out = []; for (var i = 0; i < n; i++) if (vis[i]) out.push(N[i].id); return out; },
    status: function (id) { return statusNow[byId(id)]; },
    selected: function () { return S.selected >= 0 ? N[S.selected].id : null; },
    pathIds: function () { return S.path ? S.path.list.map(function (p) { return p.map(function (v) { return N[v].id; }); }) : []; },
    highlightedPairs: function () { return S.path ? S.path.pairs.size : 0; },
    steps: function () { return steps.slice(); },
    timeline: timeline,
    select: function (id) { if (byId(id) !== undefined) select(byId(id), { centre: true }); },
    // Page coordinates of a record in the graph and in the timeline (null
    // when not drawn), and whether the graph highlights it.
    graphPoint: function (id) {
      var d = renderer.getNodeDisplayData(String(byId(id)));
      if (!d || !vis[byId(id)]) return null;
      var p = renderer.framedGraphToViewport(d), r = $("graph").getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    // labels lists the graph's labels drawn in the last frame, with their
    // boxes (CSS px in the graph's view).
    labels: function () { return drawnLabels.slice(); },
    // ties tells how many ties a large case's graph drew in its last frame.
    ties: function () { return tiesDrawn; },
    graphHighlighted: function (id) { var d = renderer.getNodeDisplayData(String(byId(id))); return !!(d && d.highlighted); },
    timelinePoint: function (id) {
      var w = timeline.where(byId(id)), r = $("timeline").getBoundingClientRect();
      return w && { x: r.left + w.x, y: r.top + w.y, inside: w.x > 4 && w.x < r.width - 4 && w.y > 4 && w.y < r.height - 4, agg: w.agg, group: w.group };
    },
    debug: function () { var c = renderer.getCamera().getState(); var dd = renderer.getNodeDisplayData("0"); return { cam: c, node0: dd, hidden: dd && dd.hidden }; }
  };

  T.sigma = performance.now();
  if (D.note) $("notice").textContent = D.note + " ";
  if (LARGE) $("notice").textContent += "A large case (" + n + " records): sources and anonymous claimants start hidden (see Kinds), and the graph draws the ties of the selection, of the record under the pointer and of paths.";
  rebuildList();
  T.list = performance.now();
  fitTimeline();
  T.timeline = performance.now();
  readHash();
  // The first frame draws the page whole. The page is ready once one more
  // frame has drawn a canvas again: a freshly started browser makes each
  // canvas's second buffer on the first change after the first frame
  // (20-50 ms of the page's thread for the graph's and the timeline's),
  // which would otherwise fall on the reader's first action.
  requestAnimationFrame(function () {
    T.drawn = performance.now();
    requestAnimationFrame(function () {
      timeline.draw();
      // After this frame is handed to the compositor.
      setTimeout(function () {
        window.eventgraphReadyMs = performance.now();
        document.documentElement.setAttribute("data-ready", "true");
        // What the first selection needs, made now rather than when the
        // reader acts. And V8 compiles the search's code when it first
        // runs, and makes it faster (tiers it up) as it runs: a search
        // over the case's text, its results not shown, spares the
        // reader's first keystroke both. So does a redraw of what is shown
        // (nothing changed) for the first As of step or filter: the graph's
        // redraw, the slowest part of it, took three times as long the first
        // time. Each in a task of its own, so that a reader's action can come
        // between them.
        setTimeout(function () { timeline.index(); rank("e"); rank("a e"); }, 0);
        setTimeout(update, 0);
      }, 0);
    });
  });
});
