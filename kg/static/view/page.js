/* Accord KG network view: search, filters, neighbourhood highlight, details, settling.
 *
 * All text from the graph reaches the page through JSON and is put into the DOM with
 * textContent only (never innerHTML), and tooltips are DOM elements, not HTML strings:
 * an article that contains markup in a name shows that markup as text.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var kinds = {};
  data.kinds.forEach(function (k) { kinds[k.name] = k; });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var state = { hiddenKinds: {}, country: "", focus: null };
  var view = window.kgView = { drawn: false, stabilized: false, timings: { start: performance.now() } };

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function factList(facts) {
    var dl = el("dl", null, "kg-facts");
    facts.forEach(function (kv) { dl.appendChild(el("dt", kv[0])); dl.appendChild(el("dd", kv[1])); });
    return dl;
  }

  function quote(ev) {
    var q = el("blockquote", null, "kg-quote");
    q.appendChild(el("span", "\u201c" + ev.quote + "\u201d"));
    if (ev.article) q.appendChild(el("cite", "\u2014 " + ev.article));
    return q;
  }

  // Built lazily: vis asks for the title only when the pointer rests on a node.
  function tooltip(n) {
    var box = el("div", null, "kg-tip");
    box.appendChild(el("strong", n.name));
    box.appendChild(el("div", n.kind, "kg-kind"));
    box.appendChild(factList(n.facts));
    var shown = n.evidence.slice(0, 3);
    shown.forEach(function (ev) { box.appendChild(quote(ev)); });
    if (n.evidence.length > shown.length) box.appendChild(el("div", "+ " + (n.evidence.length - shown.length) + " more (click the node)", "kg-muted"));
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: tooltip(n) });
  }));
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  view.network = network; view.nodes = nodes; view.edges = edges;
  var status = document.getElementById("kg-status");
  status.textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";

  // -- settling: draw early, let the layout move for a while, then freeze it --------------
  function settle(reason) {
    if (view.stabilized) return;
    view.stabilized = true;
    view.timings.settled = performance.now();
    view.settledBy = reason;
    network.setOptions({ physics: { enabled: false } });
    status.textContent = data.nodes.length + " nodes, " + data.edges.length + " edges (layout settled)";
  }
  network.once("afterDrawing", function () {
    view.drawn = true;
    view.timings.firstDraw = performance.now();
    if (!data.physics) settle("no physics");
    else setTimeout(function () { settle("time budget"); }, data.settleMs);
  });
  network.on("stabilized", function () { settle("stabilized"); });

  // -- details panel and neighbourhood highlight -----------------------------------------
  var details = document.getElementById("kg-details");
  function showDetails(id) {
    details.textContent = "";
    var n = byId[id];
    if (!n) { details.appendChild(el("p", "Click a node to see its facts and sources.", "kg-muted")); return; }
    var box = el("div", null, "kg-detail");
    box.appendChild(el("h2", n.name));
    box.appendChild(el("div", n.kind, "kg-kind"));
    box.appendChild(factList(n.facts));
    var links = el("ul", null, "kg-links");
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edges.get(eid);
      var out = e.from === id, other = byId[out ? e.to : e.from];
      if (!other) return;
      var li = el("li");
      li.appendChild(el("span", out ? e.label + " \u2192 " : "\u2190 " + e.label + " ", "kg-muted"));
      var b = el("button", other.name);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(other.id); });
      li.appendChild(b);
      links.appendChild(li);
    });
    if (links.childNodes.length) { box.appendChild(el("h2", "Connections")); box.appendChild(links); }
    if (n.evidence.length) {
      box.appendChild(el("h2", "Evidence"));
      n.evidence.forEach(function (ev) { box.appendChild(quote(ev)); });
    }
    details.appendChild(box);
  }

  function highlight(id) {
    var keep = {};
    if (id !== null) { keep[id] = true; network.getConnectedNodes(id).forEach(function (m) { keep[m] = true; }); }
    var changes = [];
    data.nodes.forEach(function (n) {
      var faded = id !== null && !keep[n.id];
      changes.push({ id: n.id, color: faded ? "#e6e6e6" : n.color, font: { color: faded ? "#bbbbbb" : "#222222" } });
    });
    nodes.update(changes);
    state.focus = id;
  }

  function focusNode(id) {
    if (!byId[id]) return;
    if (nodes.get(id).hidden) { state.hiddenKinds = {}; state.country = ""; syncControls(); applyFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(id);
    showDetails(id);
  }

  network.on("click", function (p) {
    if (p.nodes.length) { highlight(p.nodes[0]); showDetails(p.nodes[0]); }
    else { highlight(null); showDetails(null); }
  });

  // -- filters: by class (legend checkboxes) and by country --------------------------------
  function visible(n) {
    return !state.hiddenKinds[n.kind] && (!state.country || n.countries.indexOf(state.country) >= 0);
  }
  function applyFilters() {
    var changes = [];
    data.nodes.forEach(function (n) {
      var hide = !visible(n);
      if (!!nodes.get(n.id).hidden !== hide) changes.push({ id: n.id, hidden: hide });
    });
    if (changes.length) nodes.update(changes);
  }

  var legend = document.getElementById("kg-legend");
  var boxes = {};
  data.kinds.forEach(function (k) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = k.name;
    box.addEventListener("change", function () { state.hiddenKinds[k.name] = !box.checked; applyFilters(); });
    boxes[k.name] = box;
    var sw = el("span", null, "kg-swatch " + k.shape);
    sw.style.background = k.color;
    label.appendChild(box); label.appendChild(sw); label.appendChild(el("span", k.name));
    label.appendChild(el("span", "(" + k.count + ")", "kg-count"));
    legend.appendChild(label);
  });
  var countrySelect = document.getElementById("kg-country");
  data.countries.forEach(function (c) {
    var o = el("option", c.name);
    o.value = c.id;
    countrySelect.appendChild(o);
  });
  countrySelect.addEventListener("change", function () { state.country = countrySelect.value; applyFilters(); });
  function syncControls() {
    Object.keys(boxes).forEach(function (k) { boxes[k].checked = !state.hiddenKinds[k]; });
    countrySelect.value = state.country;
  }

  // -- search by name (and by other spellings) ---------------------------------------------
  var search = document.getElementById("kg-search"), results = document.getElementById("kg-results");
  function matches(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var found = [];
    for (var i = 0; i < data.nodes.length && found.length < 20; i++) {
      var n = data.nodes[i];
      var names = [n.name].concat(n.facts.filter(function (kv) { return kv[0] === "also written"; }).map(function (kv) { return kv[1]; }));
      if (names.some(function (s) { return s.toLowerCase().indexOf(q) >= 0; })) found.push(n);
    }
    return found;
  }
  function listResults() {
    results.textContent = "";
    var found = matches(search.value);
    found.forEach(function (n) {
      var li = el("li"), b = el("button", n.name);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(b); li.appendChild(el("span", " " + n.kind, "kg-muted"));
      results.appendChild(li);
    });
    if (search.value.trim() && !found.length) results.appendChild(el("li", "no match", "kg-muted"));
    return found;
  }
  search.addEventListener("input", listResults);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { var found = listResults(); if (found.length) focusNode(found[0].id); }
  });
  showDetails(null);
})();
