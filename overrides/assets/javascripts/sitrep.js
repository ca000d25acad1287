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
 * Table filter: see setUpTableFilter.
 *
 * Graph filter: each `.sitrep-graph-filter input[type=checkbox][data-kind]` shows or hides the
 * nodes of that kind (`[data-kind]` elements with a `data-id`) in the graphs on the page, and
 * the edges (`[data-source][data-target]`) that lose an end; neighbourhood drawings are left
 * alone. A filter with a `data-graph` attribute only acts on the graph inside the element with
 * that id. A filter rendered with the `hidden` attribute is revealed here, so it only shows
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

  function makeSortable(table) {
    if (table.getAttribute("data-sitrep-sortable")) return;
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
    return Array.prototype.slice.call(root.querySelectorAll(".sitrep-graph:not(.sitrep-neighbourhood)"));
  }

  function applyFilter(filter) {
    var hiddenKinds = {};
    filter.querySelectorAll("input[type=checkbox][data-kind]").forEach(function (box) {
      if (!box.checked) hiddenKinds[box.getAttribute("data-kind")] = true;
    });
    graphsFor(filter).forEach(function (graph) {
      var hiddenIds = {};
      graph.querySelectorAll("[data-id][data-kind]").forEach(function (node) {
        var hide = hiddenKinds[node.getAttribute("data-kind")] === true;
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
    if (!table || !table.tBodies[0]) return;
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

  /* Material's search dialog has no accessible name: give it one (axe: aria-dialog-name). */
  function labelSearch() {
    document.querySelectorAll(".md-search[role=dialog]").forEach(function (dialog) {
      if (!dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Search");
    });
  }

  function init() {
    labelSearch();
    document.querySelectorAll(".sitrep-index table").forEach(makeSortable);
    document.querySelectorAll(".sitrep-graph-filter").forEach(setUpFilter);
    document.querySelectorAll(".sitrep-filter").forEach(setUpTableFilter);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
