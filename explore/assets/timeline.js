// The explorer's timeline: eventgraph's own timeline layout (package
// timeline, drawn into the shared drawing model by timeline/draw), which Go
// writes into the page as views of elements, drawn here on a canvas. The
// reader zooms (wheel, pinch-free buttons) and pans (drag) it; an
// aggregate ("N events") opens into the view laid out from its events, or,
// past the page's budget of views, lists them; a record selected anywhere
// is outlined here, and one clicked here is selected everywhere; records
// the As of date or the filters hide are left out, and each claim beside
// its event says (in words and style) its status as of the date.
window.EventgraphTimeline = function (o) {
  "use strict";
  var TD = o.data, N = o.nodes, canvas = o.canvas, ctx = canvas.getContext("2d");
  var views = TD.views;
  // view returns view v. The views of aggregates come as strings of
  // JSON (explore.Timeline.MarshalJSON), parsed when first shown.
  function view(v) {
    if (typeof views[v] === "string") views[v] = JSON.parse(views[v]);
    return views[v];
  }
  // The kinds of element (explore.El).
  var RECT = 0, ELLIPSE = 1, POLYGON = 2, LINE = 3, TEXT = 4;
  // Per view, made when first shown: element boxes, group boxes, the
  // group drawing each record (groupOf, made when first needed), and the
  // claim of each element of a claim (its index in N plus one, and what:
  // explore.View.Claims).
  var prep = new Array(views.length);
  function prepare(v) {
    if (prep[v]) return prep[v];
    var V = view(v), els = V.els, box = new Float32Array(els.length * 4), gb = [];
    // A line written more than once is given by its index in TD.texts.
    for (var t = 0; t < els.length; t++) {
      if (els[t][0] !== TEXT) continue;
      for (var u = 7; u < els[t].length; u += 3) if (typeof els[t][u] === "number") els[t][u] = TD.texts[els[t][u]];
    }
    var cn = new Int32Array(els.length), cw = new Uint8Array(els.length), C = V.c || [];
    for (var c = 0; c < C.length; c += 3) { cn[C[c]] = C[c + 1] + 1; cw[C[c]] = C[c + 2]; }
    // The elements of the cards' rows (explore.View.Cards), which move up
    // when a row above them is left out.
    var inCard = new Uint8Array(els.length), gb0 = [];
    (V.r || []).forEach(function (card) { card.forEach(function (r) { r[2].forEach(function (j) { inCard[j] = 1; }); }); });
    V.groups.forEach(function (g, k) {
      gb.push([Infinity, Infinity, -Infinity, -Infinity]);
      gb0.push([Infinity, Infinity, -Infinity, -Infinity]);
    });
    ctx.save();
    for (var j = 0; j < els.length; j++) {
      var e = els[j], k = e[0], x0, y0, x1, y1, st = TD.styles[e[2]];
      if (k === RECT) { x0 = e[3]; y0 = e[4]; x1 = e[3] + e[5]; y1 = e[4] + e[6]; }
      else if (k === ELLIPSE) { x0 = e[3] - e[5]; y0 = e[4] - e[5]; x1 = e[3] + e[5]; y1 = e[4] + e[5]; }
      else if (k === TEXT) {
        x0 = y0 = Infinity; x1 = y1 = -Infinity;
        ctx.font = font(e);
        for (var q = 5; q < e.length; q += 3) {
          var w = ctx.measureText(e[q + 2]).width, lx = e[4] & 2 ? e[q] - w / 2 : e[4] & 4 ? e[q] - w : e[q];
          x0 = Math.min(x0, lx); x1 = Math.max(x1, lx + w); y0 = Math.min(y0, e[q + 1] - e[3]); y1 = Math.max(y1, e[q + 1] + e[3] * 0.25);
        }
      } else {
        x0 = y0 = Infinity; x1 = y1 = -Infinity;
        for (q = 3; q < e.length; q += 2) {
          x0 = Math.min(x0, e[q]); x1 = Math.max(x1, e[q]); y0 = Math.min(y0, e[q + 1]); y1 = Math.max(y1, e[q + 1]);
        }
      }
      var pad = (st.sw || 0) / 2;
      box[4 * j] = x0 - pad; box[4 * j + 1] = y0 - pad; box[4 * j + 2] = x1 + pad; box[4 * j + 3] = y1 + pad;
      if (e[1] && k !== LINE) { // a group's box leaves out its lines (connectors, lane lines)
        grow(gb[e[1] - 1], x0, y0, x1, y1);
        if (!inCard[j]) grow(gb0[e[1] - 1], x0, y0, x1, y1);
      }
    }
    ctx.restore();
    prep[v] = { box: box, gb: gb, gb0: gb0, of: null, cn: cn, cw: cw, dy: new Float32Array(els.length), off: new Uint8Array(els.length), txt: new Map() };
    return prep[v];
  }
  // groupOf maps each record of view v to the group drawing it, made when
  // first needed (a selection, a path): a 10,000-event case's first view
  // has some 15,000.
  function groupOf(v) {
    var P = prepare(v);
    if (!P.of) {
      // In a typed array (the group's index, or -1), not a Map: the
      // first selection of a 10,000-event case makes it for some 15,000
      // records.
      var of = new Int32Array(N.length).fill(-1);
      view(v).groups.forEach(function (g, k) {
        if (g.n >= 0) of[g.n] = k;
        if (g.m) for (var q = 0; q < g.m.length; q++) if (of[g.m[q]] < 0) of[g.m[q]] = k;
      });
      P.of = {
        has: function (i) { return of[i] >= 0; },
        get: function (i) { return of[i] >= 0 ? of[i] : undefined; }
      };
    }
    return P.of;
  }
  function grow(b, x0, y0, x1, y1) {
    b[0] = Math.min(b[0], x0); b[1] = Math.min(b[1], y0); b[2] = Math.max(b[2], x1); b[3] = Math.max(b[3], y1);
  }

  // ---- cards -------------------------------------------------------------
  // closeUp lays out the cards of view V (prepared as P) as of the As of
  // date and the filters, shown[k] telling whether group k is: a row whose
  // record is hidden is left out and the rows under it move up by its
  // pitch, so that no card keeps an empty row; a rule between the events
  // of one date is left out above the first event shown; a count ("+N
  // more claims (a–b)", an aggregate's "N claims: a–b" and "N events")
  // counts what is shown, and is left out when that is nothing. It sets
  // P.dy (how far each element moves up), P.off (the elements left out),
  // P.txt (counts written anew) and P.gb (the groups' boxes).
  function closeUp(V, P, shown) {
    var els = V.els, gb = P.gb0.map(function (b) { return b.slice(); });
    P.txt.clear();
    (V.r || []).forEach(function (card) {
      var shift = 0, first = els[card[0][2][0]][1], below = false;
      card.forEach(function (r) {
        var k = r[0], E = r[2], g = els[E[0]][1], hide = g > 0 && !shown[g - 1], of = null, q;
        if (!hide && k === 1) for (q = 0; q < E.length; q++) if (P.cn[E[q]] && !o.visible(P.cn[E[q]] - 1)) hide = true;
        if (!hide && k === 2) hide = !below;
        if (!hide && k >= 3) {
          of = [];
          for (q = 0; q < r[3].length; q++) if (o.visible(r[3][q])) of.push(q);
          hide = of.length === 0;
        }
        for (q = 0; q < E.length; q++) { P.off[E[q]] = hide ? 1 : 0; P.dy[E[q]] = shift; }
        if (hide) { shift += r[1]; return; }
        if (g !== first) below = true;
        if (of && of.length < r[3].length) recount(V, P, r, of);
        for (q = 0; q < E.length; q++) {
          var j = E[q];
          if (g > 0 && els[j][0] !== LINE) grow(gb[g - 1], P.box[4 * j], P.box[4 * j + 1] - shift, P.box[4 * j + 2], P.box[4 * j + 3] - shift);
        }
      });
    });
    P.gb = gb;
  }
  // recount writes count r (explore.Row: kind, pitch, elements, records,
  // numbers) anew for the records at the indexes of, as package timeline
  // writes it (numbers only where they run on), and narrows its box to
  // the shorter text.
  function recount(V, P, r, of) {
    var n = of.length, nums = r[4].length ? of.map(function (q) { return r[4][q]; }) : null, run = !!nums;
    for (var q = 1; nums && q < n; q++) run = run && nums[q] === nums[q - 1] + 1;
    var which = n === 1 ? nums && nums[0] : run ? nums[0] + "\u2013" + nums[n - 1] : "";
    var text = r[0] === 5 ? n + (n === 1 ? " event" : " events")
      : r[0] === 3 ? "+" + n + " more " + (n === 1 ? "claim" : "claims") + (which ? " (" + which + ")" : "")
      : n + (n === 1 ? " claim" : " claims") + (which ? ": " + which : "");
    var narrower = 0;
    r[2].forEach(function (j) {
      var e = V.els[j];
      if (e[0] !== TEXT) return;
      ctx.save(); ctx.font = font(e);
      narrower = ctx.measureText(e[7]).width - ctx.measureText(text).width;
      ctx.restore();
      e = e.slice(); e[7] = text; P.txt.set(j, e);
    });
    r[2].forEach(function (j) {
      var e = V.els[j];
      if (e[0] === RECT) { e = e.slice(); e[5] = Math.max(0, e[5] - narrower); P.txt.set(j, e); }
    });
  }
  function font(e) { return (e[4] & 1 ? "bold " : "") + e[3] + "px " + TD.font; }

  // ---- colours ------------------------------------------------------------
  var dark = false, pal = TD.light, patterns = new Map();
  function readScheme() {
    dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
    pal = dark ? TD.dark : TD.light;
    patterns.clear();
  }
  function rgba(hex, a) {
    var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    if (!m) return hex;
    return "rgba(" + parseInt(m[1], 16) + "," + parseInt(m[2], 16) + "," + parseInt(m[3], 16) + "," + a + ")";
  }
  function hatch(e, key) {
    var p = patterns.get(key);
    if (p) return p;
    var sp = e.ha[1] || 8, w = e.ha[2] || 1.5, size = Math.max(4, Math.round(sp * 4)), c = document.createElement("canvas");
    c.width = c.height = size;
    var x = c.getContext("2d");
    x.strokeStyle = pal[e.hc - 1]; x.lineWidth = w;
    // Lines at the angle, repeated across the tile (anticlockwise as the
    // reader sees it: canvas y grows downwards).
    var a = -e.ha[0] * Math.PI / 180, dx = Math.cos(a), dy = Math.sin(a), nx = -dy, ny = dx;
    for (var k = -8; k <= 8; k++) {
      var cx = size / 2 + nx * k * sp, cy = size / 2 + ny * k * sp;
      x.beginPath(); x.moveTo(cx - dx * size * 2, cy - dy * size * 2); x.lineTo(cx + dx * size * 2, cy + dy * size * 2); x.stroke();
    }
    p = ctx.createPattern(c, "repeat");
    patterns.set(key, p);
    return p;
  }

  // ---- state ----------------------------------------------------------------
  // v is the view shown; trail the views opened on the way to it (each
  // with the group opened); s the scale, ox and oy the offset in pixels.
  var S = { v: 0, trail: [], s: 1, ox: 0, oy: 0, selected: -1, path: null, w: 0, h: 0, outlined: [] };
  function baseView() { return canvas.clientWidth < 560 && views.length > 1 ? 1 : 0; }
  function groupShown(g) {
    if (g.n >= 0) return o.visible(g.n);
    if (g.m) { for (var k = 0; k < g.m.length; k++) if (o.visible(g.m[k])) return true; return false; }
    return true;
  }
  function fitScale() { var V = view(S.v); return Math.min(1, (canvas.clientWidth || V.w) / V.w); }
  function fit() {
    S.s = fitScale(); S.ox = Math.max(0, ((canvas.clientWidth || 0) - view(S.v).w * S.s) / 2); S.oy = 0;
    draw();
  }
  function clamp() {
    var V = view(S.v), w = S.w, h = S.h, vw = V.w * S.s, vh = V.h * S.s;
    S.ox = vw <= w ? Math.max(0, Math.min(S.ox, w - vw)) : Math.min(0, Math.max(S.ox, w - vw));
    S.oy = vh <= h ? 0 : Math.min(0, Math.max(S.oy, h - vh));
  }

  // ---- drawing ---------------------------------------------------------------
  var shownCount = 0, hiddenCount = 0, drawnKey = "", drawnShown = null;
  // The canvas's size is read when it may have changed (sized false: the
  // window's size changed, or the browser found the canvas's changed when
  // it laid out the page), not on every drawing: reading it makes the
  // browser lay out, there and then, whatever the page changed before
  // (the details of a selection, the list), once more than its frame would.
  var sized = false;
  function draw() {
    if (!sized || !window.ResizeObserver) { S.w = canvas.clientWidth; S.h = canvas.clientHeight; sized = S.w > 0 && S.h > 0; }
    var w = S.w, h = S.h, dpr = window.devicePixelRatio || 1;
    if (!w || !h) return;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
    }
    clamp();
    var V = view(S.v), P = prepare(S.v), els = V.els, s = S.s;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * S.ox, dpr * S.oy);
    // The part of the view in sight, in its own pixels.
    var vx0 = -S.ox / s, vy0 = -S.oy / s, vx1 = vx0 + w / s, vy1 = vy0 + h / s;
    // What is shown of the view, the counts and the cards closed up
    // change only with what the page shows (o.shownGen, which a selection
    // or a path leaves as it is) and with the view.
    var key = o.shownGen ? S.v + "/" + o.shownGen() : null, shown = drawnShown;
    if (key === null || key !== drawnKey) {
      drawnKey = key;
      shown = drawnShown = new Uint8Array(V.groups.length);
      var counted = new Set();
      shownCount = 0; hiddenCount = 0;
      V.groups.forEach(function (g, k) {
        shown[k] = groupShown(g) ? 1 : 0;
        (g.m || (g.n >= 0 && N[g.n].k === "event" ? [g.n] : [])).forEach(function (i) {
          if (counted.has(i)) return;
          counted.add(i);
          if (o.visible(i)) shownCount++; else hiddenCount++;
        });
      });
      closeUp(V, P, shown);
    }
    // Text smaller than 6.5 px on the screen is left out: it cannot be
    // read, and the marks say where the events are.
    var minText = 6.5 / s;
    for (var j = 0; j < els.length; j++) {
      var e = els[j], d = P.dy[j];
      if (e[1] && !shown[e[1] - 1] || P.off[j]) continue;
      if (P.box[4 * j] > vx1 || P.box[4 * j + 2] < vx0 || P.box[4 * j + 1] - d > vy1 || P.box[4 * j + 3] - d < vy0) continue;
      if (e[0] === TEXT && e[3] < minText) continue;
      if (d) ctx.translate(0, -d);
      if (!P.cn[j]) paint(P.txt.get(j) || e, TD.styles[e[2]]);
      else if (o.visible(P.cn[j] - 1)) { // else a claim not yet made, or filtered out
        var cl = claimLook(e, P.cn[j] - 1, P.cw[j]);
        paint(cl[0], cl[1]);
      }
      if (d) ctx.translate(0, d);
    }
    ctx.globalAlpha = 1;
    // Outline the selection and the paths' records.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var outline = function (k, colour) {
      var b = P.gb[k];
      if (!(b[2] > b[0])) return;
      ctx.strokeStyle = colour; ctx.lineWidth = 2.5; ctx.setLineDash([]);
      ctx.strokeRect(b[0] * s + S.ox - 4, b[1] * s + S.oy - 3, (b[2] - b[0]) * s + 8, (b[3] - b[1]) * s + 6);
    };
    S.outlined = [];
    if (S.path) S.path.forEach(function (i) { var k = groupOf(S.v).get(i); if (k !== undefined && shown[k]) { outline(k, o.colour("path")); S.outlined.push(N[i].id); } });
    if (S.selected >= 0) {
      // A record the timeline draws no mark of (a claim, a source) is
      // shown by the events it is about or cites.
      var sel = groupOf(S.v).has(S.selected) ? [S.selected] : o.related(S.selected);
      sel.forEach(function (i) { var k = groupOf(S.v).get(i); if (k !== undefined && shown[k]) { outline(k, o.colour("accent")); S.outlined.push(N[i].id); } });
    }
    o.status(statusText());
  }
  // claimLook is element el of claim i as the claim stands at the As of
  // date: [element, style].
  var looks = TD.looks, haloed = new Map();
  function claimLook(el, i, what) {
    var L = looks[o.claimStatus(i)], old = looks[N[i].st], st = TD.styles[el[2]];
    if (!L || L === old) return [el, st];
    if (what === 0) return [el, TD.styles[L.s]];
    var key = L.t + "/" + el[2], h = haloed.get(key), t = el[7], sp = t.indexOf(" ") + 1;
    if (!h) { h = Object.assign({}, TD.styles[L.t]); if (st.s) { h.s = st.s; h.sw = st.sw; h.so = st.so; } haloed.set(key, h); }
    if (what === 1 && t.substr(sp, old.w.length) === old.w) { el = el.slice(); el[7] = t.slice(0, sp) + L.w + t.slice(sp + old.w.length); }
    return [el, h];
  }
  function paint(el, e) {
    var k = el[0];
    ctx.globalAlpha = e.o || 1;
    if (k === TEXT) {
      ctx.font = font(el);
      ctx.textAlign = el[4] & 2 ? "center" : el[4] & 4 ? "right" : "left";
      ctx.textBaseline = "alphabetic";
      for (var q = 5; q < el.length; q += 3) {
        if (e.s) { ctx.strokeStyle = pal[e.s - 1]; ctx.lineWidth = e.sw || 3; ctx.lineJoin = "round"; ctx.setLineDash([]); ctx.strokeText(el[q + 2], el[q], el[q + 1]); }
        ctx.fillStyle = pal[e.f - 1] || "#000";
        ctx.fillText(el[q + 2], el[q], el[q + 1]);
      }
      return;
    }
    ctx.beginPath();
    if (k === RECT) {
      if (el[7] && ctx.roundRect) ctx.roundRect(el[3], el[4], el[5], el[6], el[7]); else ctx.rect(el[3], el[4], el[5], el[6]);
    } else if (k === ELLIPSE) {
      ctx.arc(el[3], el[4], el[5], 0, 2 * Math.PI);
    } else {
      ctx.moveTo(el[3], el[4]);
      for (var q2 = 5; q2 < el.length; q2 += 2) ctx.lineTo(el[q2], el[q2 + 1]);
      if (k === POLYGON) ctx.closePath();
    }
    if (k !== LINE) {
      if (e.gr) {
        var g = ctx.createLinearGradient(e.gr[0], e.gr[1], e.gr[2], e.gr[3]), c = pal[e.gr[4] - 1];
        for (var s = 5; s < e.gr.length; s += 2) g.addColorStop(e.gr[s], rgba(c, e.gr[s + 1]));
        ctx.fillStyle = g; ctx.fill();
      } else if (e.f) {
        ctx.fillStyle = e.fo ? rgba(pal[e.f - 1], e.fo) : pal[e.f - 1]; ctx.fill();
        if (e.hc) { ctx.fillStyle = hatch(e, el[2]); ctx.fill(); }
      }
    }
    if (e.s) {
      ctx.strokeStyle = e.so ? rgba(pal[e.s - 1], e.so) : pal[e.s - 1];
      ctx.lineWidth = e.sw || 1;
      ctx.setLineDash(e.sd || []);
      ctx.lineCap = e.sc === "r" ? "round" : e.sc === "s" ? "square" : "butt";
      ctx.lineJoin = "round";
      ctx.stroke();
    }
  }
  function statusText() {
    var t = shownCount + (shownCount === 1 ? " event" : " events") + " shown";
    if (hiddenCount) t += ", " + hiddenCount + " hidden (As of, filters)";
    if (S.s < 0.99 || S.s > 1.01) t += " · " + Math.round(S.s * 100) + "%";
    return t;
  }

  // ---- zoom, pan and clicks --------------------------------------------------------
  function zoom(f, cx, cy) {
    var w = S.w || canvas.clientWidth, h = S.h || canvas.clientHeight;
    if (cx === undefined) { cx = w / 2; cy = h / 2; }
    var ns = Math.max(Math.min(fitScale(), 1) * 0.25, Math.min(4, S.s * f));
    S.ox = cx - (cx - S.ox) * ns / S.s; S.oy = cy - (cy - S.oy) * ns / S.s; S.s = ns;
    draw();
  }
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    zoom(ev.deltaY > 0 ? 0.8 : 1.25, ev.offsetX, ev.offsetY);
  }, { passive: false });
  var drag = null;
  canvas.addEventListener("pointerdown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, ox: S.ox, oy: S.oy, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", function (ev) {
    if (!drag) { hover(ev.offsetX, ev.offsetY); return; }
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) drag.moved = true;
    if (!drag.moved) return;
    S.ox = drag.ox + dx; S.oy = drag.oy + dy; draw();
  });
  canvas.addEventListener("pointerup", function (ev) {
    var d0 = drag; drag = null;
    if (d0 && d0.moved) return;
    click(ev.offsetX, ev.offsetY);
  });
  canvas.addEventListener("pointercancel", function () { drag = null; });
  // at returns the group under a point of the canvas, the smallest box
  // holding it, or -1.
  function at(px, py) {
    var V = view(S.v), P = prepare(S.v), x = (px - S.ox) / S.s, y = (py - S.oy) / S.s, best = -1, area = Infinity, tol = 3 / S.s;
    for (var k = 0; k < V.groups.length; k++) {
      var b = P.gb[k];
      if (!(x >= b[0] - tol && x <= b[2] + tol && y >= b[1] - tol && y <= b[3] + tol) || !groupShown(V.groups[k])) continue;
      var a = (b[2] - b[0]) * (b[3] - b[1]);
      if (a < area) { area = a; best = k; }
    }
    return best;
  }
  function hover(px, py) {
    var k = at(px, py);
    canvas.style.cursor = k >= 0 ? "pointer" : "grab";
    var g = k >= 0 ? view(S.v).groups[k] : null;
    canvas.title = !g ? "" : g.t || (g.n >= 0 ? N[g.n].l + (N[g.n].d ? " (" + N[g.n].d + ")" : "") : "");
  }
  function click(px, py) {
    var k = at(px, py);
    if (k < 0) return;
    var g = view(S.v).groups[k];
    if (g.a) { openGroup(k); return; }
    if (g.n >= 0) { o.select(g.n); return; }
    if (g.m) { var first = -1; for (var q = 0; q < g.m.length && first < 0; q++) if (o.visible(g.m[q])) first = g.m[q]; if (first >= 0) o.select(first); }
  }

  // ---- aggregates -----------------------------------------------------------------
  function openGroup(k) {
    var g = view(S.v).groups[k];
    if (g.o) {
      S.trail.push({ v: S.v, k: k });
      S.v = g.o;
      o.opened(g.t || "", S.trail.length, null);
      fit();
      return;
    }
    // No view of its own (past the page's budget): list its events.
    o.opened(g.t || "", S.trail.length, g.m.filter(o.visible));
  }
  function back() {
    var t = S.trail.pop();
    if (!t) return;
    S.v = t.v;
    var up = S.trail[S.trail.length - 1];
    o.opened(up ? view(up.v).groups[up.k].t || "" : "", S.trail.length, null);
    fit();
    reveal(-1, t.k);
  }
  function home() {
    S.trail = []; S.v = baseView(); o.opened("", 0, null); fit();
  }
  // reveal brings record i (or, with i < 0, group k of the view shown)
  // into sight; the view shown, or the base view and the aggregates that
  // hold it opened one by one, whichever draws it. The caller draws.
  function reveal(i, k) {
    if (k === undefined) {
      var P = prepare(S.v);
      if (!groupOf(S.v).has(i)) i = o.related(i).filter(function (j) { return groupOf(S.v).has(j); })[0] || o.related(i)[0];
      if (i === undefined) return;
      k = groupOf(S.v).get(i);
      if (k === undefined && S.v !== baseView()) {
        S.trail = []; S.v = baseView(); S.s = fitScale(); S.ox = S.oy = 0; o.opened("", 0, null);
        k = groupOf(S.v).get(i);
      }
      while (k !== undefined && view(S.v).groups[k].a && view(S.v).groups[k].o) {
        S.trail.push({ v: S.v, k: k });
        S.v = view(S.v).groups[k].o;
        S.s = fitScale(); S.ox = S.oy = 0;
        o.opened(view(S.trail[S.trail.length - 1].v).groups[k].t || "", S.trail.length, null);
        k = groupOf(S.v).get(i);
      }
      if (k === undefined) return;
    }
    var b = prepare(S.v).gb[k], w = S.w || canvas.clientWidth, h = S.h || canvas.clientHeight;
    if (!(b[2] > b[0])) return;
    var sx0 = b[0] * S.s + S.ox, sx1 = b[2] * S.s + S.ox, sy0 = b[1] * S.s + S.oy, sy1 = b[3] * S.s + S.oy;
    if (sx0 < 0 || sx1 > w) S.ox += w / 2 - (sx0 + sx1) / 2;
    if (sy0 < 0 || sy1 > h) S.oy += h / 3 - (sy0 + sy1) / 2;
  }

  readScheme();
  S.v = baseView();
  if (window.ResizeObserver) {
    new ResizeObserver(function (es) {
      var r = es[es.length - 1].contentRect;
      if (sized && (Math.round(r.width) !== S.w || Math.round(r.height) !== S.h)) { sized = false; draw(); }
    }).observe(canvas);
  }
  return {
    draw: draw,
    fit: fit,
    zoom: zoom,
    back: back,
    home: home,
    scheme: function () { readScheme(); draw(); },
    select: function (i) { S.selected = i; if (i >= 0) reveal(i); draw(); },
    path: function (set) { S.path = set; draw(); },
    resize: function () { sized = false; var b = baseView(); if (!S.trail.length && S.v !== b) { S.v = b; fit(); } else draw(); },
    // For tests and users' scripts: the view shown, the records drawn in
    // sight, and the group drawing a record with its place on the canvas.
    state: function () {
      var V = view(S.v), P = prepare(S.v), drawn = [];
      V.groups.forEach(function (g, k) {
        if (!groupShown(g)) return;
        if (g.n >= 0) drawn.push(N[g.n].id);
        if (g.m) g.m.forEach(function (i) { if (o.visible(i)) drawn.push(N[i].id); });
      });
      return { view: S.v, depth: S.trail.length, scale: S.s, drawn: drawn, views: views.length, outlined: S.outlined.slice() };
    },
    // claims tells how each element of a claim in the view shown is drawn.
    claims: function () {
      prepare(S.v);
      var V = view(S.v), C = V.c || [], out = [];
      for (var c = 0; c < C.length; c += 3) {
        var e = V.els[C[c]], i = C[c + 1], L = claimLook(e, i, C[c + 2]), g = e[1];
        out.push({ id: N[i].id, shown: o.visible(i) && (!g || groupShown(V.groups[g - 1])), status: o.claimStatus(i), what: C[c + 2], text: e[0] === TEXT ? L[0][7] : "", style: L[1] });
      }
      return out;
    },
    // cards tells how the cards of the view shown are drawn: each row's
    // kind (explore.Row), whether it is drawn, its box in the view's
    // pixels, its text, and the record its group draws (or its events).
    cards: function () {
      var V = view(S.v), P = prepare(S.v);
      return (V.r || []).map(function (card) {
        return card.map(function (r) {
          var y0 = Infinity, y1 = -Infinity, text = "", claim = "", g = V.els[r[2][0]][1], G = g ? V.groups[g - 1] : null;
          r[2].forEach(function (j) {
            var e = P.txt.get(j) || V.els[j];
            y0 = Math.min(y0, P.box[4 * j + 1] - P.dy[j]); y1 = Math.max(y1, P.box[4 * j + 3] - P.dy[j]);
            if (e[0] === TEXT) text = P.cn[j] ? claimLook(e, P.cn[j] - 1, P.cw[j])[0][7] : e.slice(7).filter(function (x, q) { return q % 3 === 0; }).join(" ");
            if (P.cn[j]) claim = N[P.cn[j] - 1].id;
          });
          return { kind: r[0], drawn: !P.off[r[2][0]] && (!G || groupShown(G)), top: y0, bottom: y1, text: text,
            record: G && G.n >= 0 ? N[G.n].id : "", members: G && G.m ? G.m.map(function (i) { return N[i].id; }) : [], claim: claim };
        });
      });
    },
    where: function (i) {
      var P = prepare(S.v), k = groupOf(S.v).get(i);
      if (k === undefined || !groupShown(view(S.v).groups[k])) return null;
      var b = P.gb[k];
      return { x: (b[0] + b[2]) / 2 * S.s + S.ox, y: (b[1] + b[3]) / 2 * S.s + S.oy, agg: !!view(S.v).groups[k].a, group: k };
    },
    aggregates: function () {
      var out = [];
      view(S.v).groups.forEach(function (g, k) { if (g.a && groupShown(g)) out.push(k); });
      return out;
    },
    look: function (st) { return [TD.styles[looks[st].s], TD.styles[looks[st].t]]; },
    // index makes, ahead of the first selection, the map from records to
    // the groups of the view shown.
    index: function () { groupOf(S.v); },
    members: function (k) { var g = view(S.v).groups[k]; return (g.m || [g.n]).map(function (i) { return N[i].id; }); },
    open: openGroup
  };
};
