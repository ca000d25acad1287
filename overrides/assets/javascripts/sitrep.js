/* Sitrep: sortable index tables and the entity-graph kind filter.
 *
 * Vanilla JavaScript, no dependencies, no network: works from file:// as well as over HTTP.
 * Runs on Material's `document$` observable when present (it emits once per page, including
 * the first), otherwise once on DOMContentLoaded. Every step is idempotent.
 *
 * Sortable tables: every <table> inside an element with class "sitrep-index". Each header cell
 * gets a <button> (keyboard-operable); activating it sorts the body rows by that column,
 * ascending first, then toggling. The header cell carries aria-sort. A cell may give its own
 * sort key in a data-sort attribute; otherwise its text is used. A column whose non-empty
 * keys are all numbers ("1,234", "12", "3.5", "40%") sorts numerically; anything else,
 * ISO dates included, sorts as text. Empty cells (or a lone dash) go last in both directions.
 *
 * Table filter: see setUpTableFilter. Long tables: see loadRows.
 *
 * Graph filter: each `.sitrep-graph-filter input[type=checkbox][data-kind]` shows or hides the
 * nodes of that kind (`[data-kind]` elements with a `data-id`) in the graphs on the page, and
 * the edges (`[data-source][data-target]`) that lose an end; neighbourhood drawings are left
 * alone. A filter with a `data-graph` attribute only acts on the graph inside the element with
 * that id (a neighbourhood drawing included); the centre of a neighbourhood (`.is-center`) stays. A filter rendered with the `hidden` attribute is revealed here, so it only shows
 * when it can work.
 */
(function () {
  "use strict";

  var MISSING = /^[-\u2013\u2014]$/; /* a dash placeholder counts as empty */
  var NUMBER = /^[-+]?\d[\d,\u00a0\u202f ]*(\.\d+)?%?$/;

  /* A cell's visible text: hidden parts (the aliases the filter matches) left out. */
  function visibleText(cell) {
    var text = "";
    cell.childNodes.forEach(function (node) {
      if (node.nodeType === 3) text += node.nodeValue;
      else if (node.nodeType === 1 && !node.hidden) text += visibleText(node);
    });
    return text;
  }

  function cellKey(cell) {
    if (!cell) return "";
    var key = cell.getAttribute("data-sort");
    var text = (key !== null ? key : visibleText(cell)).replace(/\s+/g, " ").trim();
    return MISSING.test(text) ? "" : text;
  }

  function toNumber(text) {
    return parseFloat(text.replace(/[,\u00a0\u202f %]/g, ""));
  }

  function sortTable(table, th, column) {
    var body = table.tBodies[0];
    if (!body) return;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    var keys = rows.map(function (row) { return cellKey(row.cells[column]); });
    var numeric = keys.some(function (k) { return k !== ""; }) &&
      keys.every(function (k) { return k === "" || NUMBER.test(k); });
    var order = rows.map(function (row, index) { return index; });
    order.sort(function (a, b) {
      var ka = keys[a], kb = keys[b];
      if (ka === "" || kb === "") {
        if (ka === kb) return a - b;
        return ka === "" ? 1 : -1; /* empty last, whatever the direction */
      }
      var result = numeric ? toNumber(ka) - toNumber(kb)
        : ka.localeCompare(kb, undefined, { sensitivity: "base" }) || (ka < kb ? -1 : ka > kb ? 1 : 0);
      if (!ascending) result = -result;
      return result || a - b; /* stable */
    });
    var fragment = document.createDocumentFragment();
    order.forEach(function (index) { fragment.appendChild(rows[index]); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(th.parentNode.cells, function (cell) {
      if (cell !== th) cell.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  /* A long kind index has its most mentioned rows in the page and every row in a data script
     named by `data-rows` on the table's holder (generator/render/kind_index.py): loaded with a
     <script> element, which works from file:// where fetch does not, it calls sitrepIndexRows with
     one array per row: name, link, aliases, then the text of each other column. The rows replace
     the page's before sorting and filtering are set up; if the script cannot load, the page's stay. */
  var SAFE_LINK = /^(\.\.\/)?[a-z0-9][a-z0-9._\/-]*\.html$/;
  var rowsArrived = null;
  window.sitrepIndexRows = function (rows) {
    var arrived = rowsArrived;
    rowsArrived = null;
    if (arrived) arrived(rows);
  };

  function waitingForRows(holder) {
    return !!holder && holder.hasAttribute("data-rows") && holder.getAttribute("data-rows-state") !== "done";
  }

  function fillRows(holder, rows) {
    var table = holder.querySelector("table");
    var body = table && table.tBodies[0];
    if (!body || !Array.isArray(rows)) return;
    var model = body.rows[0] ? Array.prototype.slice.call(body.rows[0].cells) : [];
    var fragment = document.createDocumentFragment();
    rows.forEach(function (row) {
      var tr = document.createElement("tr");
      var first = document.createElement("td");
      var link = document.createElement("a");
      if (SAFE_LINK.test(String(row[1]))) link.setAttribute("href", row[1]);
      link.textContent = String(row[0]);
      var aliases = document.createElement("span");
      aliases.className = "sitrep-aliases";
      aliases.hidden = true;
      aliases.textContent = String(row[2]);
      first.appendChild(link);
      first.appendChild(aliases);
      tr.appendChild(first);
      row.slice(3).forEach(function (value, index) {
        var cell = document.createElement("td");
        var like = model[index + 1];  /* the alignment Markdown gave the column */
        if (like && like.getAttribute("style")) cell.setAttribute("style", like.getAttribute("style"));
        if (like && like.getAttribute("align")) cell.setAttribute("align", like.getAttribute("align"));
        cell.textContent = String(value);
        tr.appendChild(cell);
      });
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
  }

  function loadRows(holder, then) {
    holder.setAttribute("data-rows-state", "loading");
    function finish(rows) {
      if (rows) fillRows(holder, rows);
      holder.setAttribute("data-rows-state", "done");
      then();
    }
    var script = document.createElement("script");
    script.src = holder.getAttribute("data-rows");
    rowsArrived = finish;
    script.onerror = function () { rowsArrived = null; finish(null); };
    document.head.appendChild(script);
  }

  function makeSortable(table) {
    if (table.getAttribute("data-sitrep-sortable") || waitingForRows(table.closest(".sitrep-index"))) return;
    var head = table.tHead && table.tHead.rows[0];
    if (!head || !table.tBodies[0]) return;
    table.setAttribute("data-sitrep-sortable", "1");
    Array.prototype.forEach.call(head.cells, function (th, column) {
      if (!th.textContent.trim()) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sitrep-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, th, column); });
    });
  }

  function graphsFor(filter) {
    var id = filter.getAttribute("data-graph");
    var root = id ? document.getElementById(id) : document;
    if (!root) return [];
    if (root.matches && root.matches(".sitrep-graph")) return [root];
    var selector = id ? ".sitrep-graph" : ".sitrep-graph:not(.sitrep-neighbourhood)"; /* named: any graph */
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function applyFilter(filter) {
    var hiddenKinds = {};
    filter.querySelectorAll("input[type=checkbox][data-kind]").forEach(function (box) {
      if (!box.checked) hiddenKinds[box.getAttribute("data-kind")] = true;
    });
    graphsFor(filter).forEach(function (graph) {
      var hiddenIds = {};
      graph.querySelectorAll("[data-id][data-kind]").forEach(function (node) {
        var hide = hiddenKinds[node.getAttribute("data-kind")] === true && !node.classList.contains("is-center");
        node.classList.toggle("is-hidden", hide);
        if (hide) hiddenIds[node.getAttribute("data-id")] = true;
      });
      graph.querySelectorAll("[data-source][data-target]").forEach(function (edge) {
        var hide = hiddenIds[edge.getAttribute("data-source")] === true ||
          hiddenIds[edge.getAttribute("data-target")] === true;
        edge.classList.toggle("is-hidden", hide);
      });
    });
  }

  function setUpFilter(filter) {
    if (filter.getAttribute("data-sitrep-filter")) return;
    filter.setAttribute("data-sitrep-filter", "1");
    filter.removeAttribute("hidden");
    filter.querySelectorAll("input[type=checkbox][data-kind]").forEach(function (box) {
      box.addEventListener("change", function () { applyFilter(filter); });
    });
    applyFilter(filter); /* honour boxes left unchecked (or restored by the browser) */
  }

  /* Table filter: `.sitrep-filter` holds an input whose data-table names the element around
     the table. Rows are kept when they contain every word typed (names, hidden aliases and
     facts, case and accents ignored); a status line says how many are shown. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setUpTableFilter(wrapper) {
    if (wrapper.getAttribute("data-sitrep-filter")) return;
    var input = wrapper.querySelector("input.sitrep-filter-input");
    var holder = input && document.getElementById(input.getAttribute("data-table"));
    var table = holder && holder.querySelector("table");
    if (!table || !table.tBodies[0] || waitingForRows(holder)) return;
    wrapper.setAttribute("data-sitrep-filter", "1");
    wrapper.removeAttribute("hidden");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (row) { return fold(row.textContent || ""); });
    var status = wrapper.querySelector(".sitrep-filter-count");
    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row, index) {
        var keep = words.every(function (word) { return texts[index].indexOf(word) >= 0; });
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      if (status) status.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
    }
    input.addEventListener("input", apply);
    apply(); /* a value restored by the browser */
  }

  /* Zoom and pan: `.sitrep-zoom[data-target]` buttons (data-zoom="in" | "out" | "reset") act on
     the <svg> inside the element with that id, by changing its viewBox; the mouse wheel zooms
     around the pointer (zoomed all the way out, it scrolls the page as usual), dragging pans
     (a drag does not follow the link it started on). The container with `hidden` around the
     controls is revealed here, so they only show when they work. */
  function clamp(value, low, high) { return Math.max(low, Math.min(high, value)); }

  function setUpZoom(controls) {
    if (controls.getAttribute("data-sitrep-zoom")) return;
    var figure = document.getElementById(controls.getAttribute("data-target"));
    var svg = figure && figure.querySelector("svg");
    if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
    controls.setAttribute("data-sitrep-zoom", "1");
    var wrapper = controls.closest("[hidden]");
    if (wrapper) wrapper.removeAttribute("hidden");
    var box = svg.viewBox.baseVal;
    var home = { x: box.x, y: box.y, w: box.width, h: box.height };
    var view = { x: home.x, y: home.y, w: home.w, h: home.h };
    function apply() {
      view.x = clamp(view.x, home.x, home.x + home.w - view.w);
      view.y = clamp(view.y, home.y, home.y + home.h - view.h);
      svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(1); }).join(" "));
      svg.classList.toggle("is-zoomed", view.w < home.w * 0.75);
      svg.setAttribute("data-zoom", (home.w / view.w).toFixed(2));
    }
    function zoom(factor, cx, cy) {
      var w = clamp(view.w * factor, home.w / 16, home.w);
      var h = w * home.h / home.w;
      view.x = cx - (cx - view.x) * (w / view.w);
      view.y = cy - (cy - view.y) * (h / view.h);
      view.w = w;
      view.h = h;
      apply();
    }
    function toDrawing(event) {
      var rect = svg.getBoundingClientRect();
      return { x: view.x + (event.clientX - rect.left) / rect.width * view.w,
               y: view.y + (event.clientY - rect.top) / rect.height * view.h };
    }
    svg.sitrepZoomTo = function (x, y, scale) {
      view.w = home.w / scale;
      view.h = home.h / scale;
      view.x = x - view.w / 2;
      view.y = y - view.h / 2;
      apply();
    };
    controls.querySelectorAll("button[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.getAttribute("data-zoom");
        if (action === "reset") { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); return; }
        zoom(action === "in" ? 0.6 : 1 / 0.6, view.x + view.w / 2, view.y + view.h / 2);
      });
    });
    svg.addEventListener("wheel", function (event) {
      if (event.deltaY > 0 && view.w >= home.w) return; /* fully out: let the page scroll */
      event.preventDefault();
      var point = toDrawing(event);
      zoom(event.deltaY < 0 ? 0.8 : 1.25, point.x, point.y);
    }, { passive: false });
    var drag = null;
    var dragged = false;
    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y };
      dragged = false;
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag) return;
      var rect = svg.getBoundingClientRect();
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
      dragged = true;
      svg.classList.add("is-dragging");
      view.x = drag.vx - dx / rect.width * view.w;
      view.y = drag.vy - dy / rect.height * view.h;
      apply();
    });
    function endDrag() { drag = null; svg.classList.remove("is-dragging"); }
    svg.addEventListener("pointerup", endDrag);
    svg.addEventListener("pointerleave", endDrag);
    svg.addEventListener("click", function (event) {
      if (dragged) { event.preventDefault(); event.stopPropagation(); dragged = false; }
    }, true);
  }

  /* Graph search: `input.sitrep-graph-search[data-graph]` marks the nodes whose name contains
     what is typed (accents and case ignored), dims the rest and says how many were found;
     Enter (or leaving the box) zooms to the first one found. */
  function setUpGraphSearch(input) {
    if (input.getAttribute("data-sitrep-graph-search")) return;
    var figure = document.getElementById(input.getAttribute("data-graph"));
    var svg = figure && figure.querySelector("svg");
    if (!svg) return;
    input.setAttribute("data-sitrep-graph-search", "1");
    var wrapper = input.closest("[hidden]");
    if (wrapper) wrapper.removeAttribute("hidden");
    var status = input.parentNode.parentNode.querySelector(".sitrep-graph-found");
    var nodes = Array.prototype.slice.call(svg.querySelectorAll(".node-link[data-id]"));
    var names = nodes.map(function (node) {
      var title = node.querySelector("title");
      return fold(title ? title.textContent : node.getAttribute("data-id"));
    });
    var found = [];
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      found = [];
      nodes.forEach(function (node, index) {
        var match = query !== "" && names[index].indexOf(query) >= 0;
        node.classList.toggle("is-match", match);
        if (match) found.push(node);
      });
      svg.classList.toggle("is-searching", query !== "");
      if (status) status.textContent = query === "" ? "" : found.length === 1 ? "1 found" : found.length + " found";
    });
    input.addEventListener("change", function () {
      var circle = found.length && found[0].querySelector("circle");
      if (circle && svg.sitrepZoomTo) {
        svg.sitrepZoomTo(parseFloat(circle.getAttribute("cx")), parseFloat(circle.getAttribute("cy")), 3);
      }
    });
  }

  function init() {
    document.documentElement.setAttribute("data-sitrep-ready", "1");  /* tests see that the script ran */
    function tables() {
      document.querySelectorAll(".sitrep-index table").forEach(makeSortable);
      document.querySelectorAll(".sitrep-filter").forEach(setUpTableFilter);
    }
    document.querySelectorAll(".sitrep-index[data-rows]").forEach(function (holder) {
      if (!holder.getAttribute("data-rows-state")) loadRows(holder, tables);
    });
    tables();  /* every table not waiting for its rows */
    document.querySelectorAll(".sitrep-graph-filter").forEach(setUpFilter);
    document.querySelectorAll(".sitrep-zoom[data-target]").forEach(setUpZoom);
    document.querySelectorAll("input.sitrep-graph-search[data-graph]").forEach(setUpGraphSearch);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
