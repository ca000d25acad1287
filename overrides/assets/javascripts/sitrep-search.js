/* Sitrep search: a prebuilt inverted index, sharded by term prefix, loaded on demand.
 *
 * Nothing is loaded until the reader focuses the search box. Every data file is a script that
 * calls window.sitrepSearchData(name, data): <script> elements load from file:// (where fetch
 * and XMLHttpRequest are refused) as well as over HTTP, and never leave the site's folder.
 * The index format is written by generator/search/ (files.py says what each file holds);
 * fold(), tokens() and shardOf() repeat generator/search/fold.py rule for rule.
 *
 * Text from the data is only ever put in the page as text nodes (never innerHTML).
 */
(function () {
  "use strict";

  var SCRIPT = document.currentScript;
  var ROOT = SCRIPT ? SCRIPT.src.replace(/assets\/javascripts\/sitrep-search\.js(\?.*)?$/, "") : "";

  /* ---- Folding and tokenising (the same rules as generator/search/fold.py) ---- */
  var WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc`][\p{L}\p{N}]+)*/gu;
  var MAX_TOKEN = 40;
  var PREFIX = 3;
  var STOPWORDS = new Set(
    ("a an and are as at be been but by for from had has have he her his in into is it its of on or " +
      "our she that the their them there these they this to was were which who will with would").split(" ")
  );

  function fold(word) {
    return word.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(/['\u2019\u02bc`]s$/u, "").replace(/['\u2019\u02bc`]/gu, "");
  }

  /* Folded tokens of `text` with their spans: [{term, start, end}]. */
  function spans(text) {
    var out = [];
    var normal = text.normalize("NFC");
    WORD.lastIndex = 0;
    for (var m = WORD.exec(normal); m; m = WORD.exec(normal)) {
      var term = fold(m[0]);
      if (term && Array.from(term).length <= MAX_TOKEN) out.push({ term: term, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  function tokens(text) {
    return spans(text).map(function (s) { return s.term; });
  }

  function shardOf(term) {
    var key = Array.from(term).slice(0, PREFIX).join("");
    if (/^[a-z0-9]+$/.test(key)) return "t-" + key;
    return "x-" + Array.from(new TextEncoder().encode(key), function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  /* ---- Loading data files with <script> elements ---- */
  var loaded = new Map();
  var pending = new Map();

  window.sitrepSearchData = function (name, data) {
    loaded.set(name, data);
    var waiter = pending.get(name);
    if (waiter) waiter.resolve(data);
  };

  function load(name) {
    if (loaded.has(name)) return Promise.resolve(loaded.get(name));
    if (pending.has(name)) return pending.get(name).promise;
    var waiter = {};
    waiter.promise = new Promise(function (resolve, reject) { waiter.resolve = resolve; waiter.reject = reject; });
    pending.set(name, waiter);
    var element = document.createElement("script");
    element.src = ROOT + "search/" + name + ".js";
    element.async = true;
    element.onerror = function () { pending.delete(name); waiter.reject(new Error("search data missing: " + name)); };
    document.head.appendChild(element);
    return waiter.promise;
  }

  /* ---- Packed numbers (generator/search/varint.py) ---- */
  var FINAL = "0123456789abcdefghijklmnopqrstuv";
  var CONTINUE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var VALUE = {};
  for (var i = 0; i < 32; i++) { VALUE[FINAL[i]] = i; VALUE[CONTINUE[i]] = i; }

  function unpack(text) {
    var out = [];
    var value = 0;
    for (var j = 0; j < text.length; j++) {
      var c = text[j];
      value = value * 32 + VALUE[c];
      if (FINAL.indexOf(c) >= 0) { out.push(value); value = 0; }
    }
    return out;
  }

  /* ---- The manifest: every page's key, kind, date and length ---- */
  var KINDS = { a: "article", p: "person", l: "place", u: "unit", w: "weapon", o: "organization" };
  var TITLE = 1, NAME = 2, WHOLE_NAME = 4, FLAG_BITS = 3;
  var K1 = 1.2, B = 0.75;
  var index = null;  /* the manifest, once asked for: a promise */
  var opened = null;  /* the manifest, once read */

  function openIndex() {
    if (index) return index;
    index = load("manifest").then(function (m) {
      var deltas = unpack(m.keys), dates = unpack(m.dates), weights = unpack(m.weights);
      var docs = new Map(), key = 0, articles = 0, words = 0;
      for (var j = 0; j < deltas.length; j++) {
        key += deltas[j];
        var kind = KINDS[m.kinds[j]];
        docs.set(key, { key: key, kind: kind, day: dates[j], weight: weights[j] });
        if (kind === "article") { articles += 1; words += weights[j]; }
      }
      opened = { docs: docs, total: docs.size, avgdl: articles ? words / articles : 1, shards: new Set(m.shards.split(" ")) };
      return opened;
    });
    index.catch(function () { index = null; });
    return index;
  }

  function card(key) {
    return load("docs/d-" + key.toString(36));
  }

  /* An article card's text, inflated once (the index stores it deflated). */
  function cardText(data) {
    if (data.text !== undefined) return Promise.resolve(data.text);
    if (!data.z) { data.text = data.x || ""; return Promise.resolve(data.text); }
    var bytes = Uint8Array.from(atob(data.z), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).text().then(function (text) { data.text = text; return text; });
  }

  /* ---- Queries ---- */
  /* "word", prefix while typing, and "quoted phrases": {terms: [{term, prefix}], phrases: [[terms]]} */
  function parse(raw) {
    var phrases = [], free = raw.replace(/"([^"]*)"?/g, function (_, inner) {
      var words = tokens(inner);
      if (words.length) phrases.push(words);
      return " ";
    });
    var typing = !/[\s"]$/.test(raw);
    var words = tokens(free);
    var terms = [];
    words.forEach(function (term, n) {
      terms.push({ term: term, prefix: typing && n === words.length - 1 && !/"[^"]*$/.test(raw) });
    });
    phrases.forEach(function (phrase) { phrase.forEach(function (term) { terms.push({ term: term, prefix: false }); }); });
    var seen = new Set();
    var required = terms.filter(function (t) {
      var id = t.term + (t.prefix ? "*" : "");
      if (STOPWORDS.has(t.term) || seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    return { terms: required, phrases: phrases };
  }

  function expansions(shard, wanted) {
    if (!shard) return [];
    var found = [];
    if (Object.prototype.hasOwnProperty.call(shard, wanted.term)) found.push({ term: wanted.term, exact: true });
    if (wanted.prefix) {
      var longer = Object.keys(shard).filter(function (t) { return t !== wanted.term && t.startsWith(wanted.term); });
      longer.sort(function (x, y) { return shard[y].length - shard[x].length || (x < y ? -1 : 1); });
      longer.slice(0, 30).forEach(function (t) { found.push({ term: t, exact: false }); });
    }
    return found;
  }

  function bm25(tf, dl, df, idx) {
    var idf = Math.log(1 + (idx.total - df + 0.5) / (df + 0.5));
    var norm = tf ? (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * dl) / idx.avgdl)) : 0;
    return idf * norm;
  }

  /* For one query term: key -> {score, flags} over its expansions. */
  function matchTerm(idx, shard, wanted) {
    var hits = new Map();
    expansions(shard, wanted).forEach(function (found) {
      var numbers = unpack(shard[found.term]);
      var df = numbers.length / 2, key = 0;
      for (var j = 0; j < numbers.length; j += 2) {
        key += numbers[j];
        var code = numbers[j + 1], doc = idx.docs.get(key);
        if (!doc) continue;
        var dl = doc.kind === "article" ? doc.weight : idx.avgdl;
        var score = bm25(code >> FLAG_BITS, dl, df, idx) + (code & TITLE ? bm25(2, idx.avgdl, df, idx) : 0);
        if (!found.exact) score *= 0.7;
        var flags = found.exact ? code & 7 : code & (TITLE | NAME);
        var hit = hits.get(key);
        if (!hit) hits.set(key, { score: score, flags: flags });
        else { hit.score = Math.max(hit.score, score); hit.flags |= flags; }
      }
    });
    return hits;
  }

  function passes(doc, filters) {
    if (filters.kind && doc.kind !== filters.kind) return false;
    if (filters.from || filters.to) {
      if (doc.kind !== "article" || !doc.day) return false;
      if (filters.from && doc.day < filters.from) return false;
      if (filters.to && doc.day > filters.to) return false;
    }
    return true;
  }

  /* Ranked candidates: [{doc, score, tier}]; tier 2 and 1 are entities found by name. */
  function rank(idx, shards, query, filters) {
    var perTerm = query.terms.map(function (t) { return matchTerm(idx, shards[shardOf(t.term)], t); });
    if (!perTerm.length) return [];
    perTerm.sort(function (x, y) { return x.size - y.size; });
    var results = [];
    perTerm[0].forEach(function (first, key) {
      var doc = idx.docs.get(key);
      if (!passes(doc, filters)) return;
      var score = 0, named = true, whole = perTerm.length === 1;
      for (var j = 0; j < perTerm.length; j++) {
        var hit = perTerm[j].get(key);
        if (!hit) return;
        score += hit.score;
        named = named && (hit.flags & NAME) !== 0;
        whole = whole && (hit.flags & WHOLE_NAME) !== 0;
      }
      var tier = doc.kind !== "article" && named ? (whole ? 2 : 1) : 0;
      results.push({ doc: doc, score: score, tier: tier });
    });
    return results.sort(byRank);
  }

  function byRank(x, y) {
    return y.tier - x.tier || (x.tier ? y.doc.weight - x.doc.weight : 0) || y.score - x.score || x.doc.key - y.doc.key;
  }

  /* Does a name equal the query (the last word may be a prefix)? Promotes "Volodymyr Zelenskyy". */
  function nameEquals(name, query) {
    var words = tokens(name).filter(function (t) { return !STOPWORDS.has(t); });
    if (words.length !== query.terms.length) return false;
    return query.terms.every(function (t, n) { return t.prefix ? words[n].startsWith(t.term) : words[n] === t.term; });
  }

  function containsPhrase(words, phrase) {
    outer: for (var j = 0; j + phrase.length <= words.length; j++) {
      for (var k = 0; k < phrase.length; k++) if (words[j + k] !== phrase[k]) continue outer;
      return true;
    }
    return false;
  }

  var PHRASE_CHECKS = 60;
  var PHRASE_BATCH = 15;
  var NAMED_ABOVE = 5;
  var PAGE = 10; /* results shown at a time */

  function withCards(list, needText) {
    return Promise.all(list.map(function (r) {
      return card(r.doc.key).then(function (data) {
        r.card = data;
        return needText ? cardText(data) : null;
      });
    }));
  }

  /* Candidates whose text holds every quoted phrase: checked best first, PHRASE_BATCH at a time,
     until a page of them is found or PHRASE_CHECKS candidates were read. */
  function verifyPhrases(results, query) {
    var verified = [], at = 0, limit = Math.min(results.length, PHRASE_CHECKS);
    function next() {
      if (verified.length >= PAGE || at >= limit) return Promise.resolve(verified);
      var batch = results.slice(at, Math.min(limit, at + PHRASE_BATCH));
      at += batch.length;
      return withCards(batch, true).then(function () {
        batch.forEach(function (r) {
          var words = tokens(r.card.t + "\n" + (r.card.n || []).join("\n") + "\n" + r.card.text);
          if (query.phrases.every(function (phrase) { return containsPhrase(words, phrase); })) verified.push(r);
        });
        return next();
      });
    }
    return next();
  }

  /* The final order: entities named exactly by the query promoted, partial names capped, phrases checked. */
  function settle(results, query) {
    var named = results.filter(function (r) { return r.tier === 1; }).slice(0, 20);
    /* The first page's cards come with the named ones: most of them stay on the first page. */
    var first = results.slice(0, PAGE).filter(function (r) { return named.indexOf(r) < 0; });
    var prefetch = first.map(function (r) { return card(r.doc.key).then(function (d) { r.card = d; }, function () {}); });
    return Promise.all([withCards(named, false)].concat(prefetch)).then(function () {
      named.forEach(function (r) { if ((r.card.n || []).some(function (n) { return nameEquals(n, query); })) r.tier = 2; });
      results.sort(byRank);
      /* Only the few most mentioned partial-name matches ("Russian ..." for "Russian") stay above
         the articles; the others take their place by relevance. */
      var partial = 0;
      results.forEach(function (r) { if (r.tier === 1 && ++partial > NAMED_ABOVE) r.tier = 0; });
      results.sort(byRank);
      return query.phrases.length ? verifyPhrases(results, query) : results;
    });
  }

  /* A term shard, loaded alongside the manifest rather than after it (one round trip fewer on the
     first search); once the manifest is in, shards it does not list are not asked for. */
  function loadShard(name) {
    if (opened && !opened.shards.has(name)) return Promise.resolve(null);
    return load("terms/" + name).catch(function () { return null; });
  }

  function search(raw, filters) {
    var query = parse(raw);
    if (!query.terms.length) return Promise.resolve({ query: query, results: [] });
    var names = Array.from(new Set(query.terms.map(function (t) { return shardOf(t.term); })));
    return Promise.all([openIndex(), Promise.all(names.map(loadShard))]).then(function (both) {
      var shards = {};
      names.forEach(function (name, n) { shards[name] = both[1][n]; });
      return settle(rank(both[0], shards, query, filters), query);
    }).then(function (results) { return { query: query, results: results }; });
  }

  /* ---- Snippets: the sentence that matched, with the matched words marked ---- */
  var SNIPPET = 240;

  function matches(term, query) {
    return query.terms.some(function (t) { return t.prefix ? term.startsWith(t.term) : term === t.term; }) ||
      query.phrases.some(function (p) { return p.indexOf(term) >= 0; });
  }

  function bestSentence(text, query) {
    var sentences = text.split(/\n+|(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u);
    var best = null, bestScore = 0;
    sentences.forEach(function (sentence) {
      var words = tokens(sentence);
      var found = new Set(words.filter(function (w) { return matches(w, query); }));
      var score = found.size + query.phrases.filter(function (p) { return containsPhrase(words, p); }).length * 10;
      if (score > bestScore) { best = sentence; bestScore = score; }
    });
    return best;
  }

  /* Append `text` to `parent`, wrapping matched words in <mark>; cut to about SNIPPET characters. */
  function highlight(parent, text, query) {
    var found = spans(text).filter(function (s) { return matches(s.term, query); });
    var start = 0, end = text.length;
    if (text.length > SNIPPET) {
      var first = found.length ? found[0].start : 0;
      start = Math.max(0, first - 60);
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
      end = Math.min(text.length, start + SNIPPET);
    }
    var at = start;
    if (start > 0) parent.appendChild(document.createTextNode("… "));
    found.forEach(function (s) {
      if (s.start < at || s.end > end) return;
      parent.appendChild(document.createTextNode(text.slice(at, s.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s.start, s.end);
      parent.appendChild(mark);
      at = s.end;
    });
    parent.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
  }

  /* ---- The user interface ---- */
  var KIND_LABELS = { article: "Article", person: "Person", place: "Place", unit: "Military unit", weapon: "Weapons system", organization: "Organization" };

  function day(value) {
    if (!value) return 0;
    return Math.floor(Date.parse(value + "T00:00:00Z") / 86400000) + 1;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderResult(list, result, query, number) {
    var item = element("li", "sitrep-search__result");
    item.setAttribute("data-kind", result.doc.kind);
    var link = element("a", "sitrep-search__link");
    link.href = ROOT + result.card.u;
    link.id = "sitrep-search-result-" + number;
    var title = element("span", "sitrep-search__title");
    highlight(title, result.card.t, { terms: query.terms, phrases: [] });
    link.appendChild(title);
    var meta = [KIND_LABELS[result.doc.kind]];
    if (result.card.d) meta.push(result.card.d);
    if (result.card.s) meta.push(result.card.s);
    link.appendChild(element("span", "sitrep-search__meta", meta.join(" · ")));
    var snippet = element("span", "sitrep-search__snippet");
    link.appendChild(snippet);
    item.appendChild(link);
    list.appendChild(item);
    if (result.doc.kind !== "article") {
      var names = (result.card.n || []).slice(1);
      if (names.length) highlight(snippet, "Also known as: " + names.join(", "), query);
      else if (result.card.x) highlight(snippet, result.card.x, query);
      return Promise.resolve();
    }
    return cardText(result.card).then(function (text) {
      var sentence = bestSentence(text, query) || text.split(/\n+/)[0];  /* a title-only match: the lead */
      if (sentence) highlight(snippet, sentence, query);
    });
  }

  /* The results panel (kind and date filters, status, results, help) is made here, not shipped in
     every page: 1.3 KB of every page's HTML, 50 MB of a 10,000-article site. */
  var KIND_OPTIONS = [["", "All"], ["article", "Articles"], ["person", "People"], ["place", "Places"],
    ["unit", "Units"], ["weapon", "Weapons"], ["organization", "Organizations"]];

  function labelled(text, control) {
    var label = element("label", "", text + " ");
    label.appendChild(control);
    return label;
  }

  function makePanel(box) {
    var existing = box.querySelector(".sitrep-search__panel");
    if (existing) return existing;
    var panel = element("div", "sitrep-search__panel");
    panel.id = "sitrep-search-panel";
    panel.hidden = true;
    var filters = element("div", "sitrep-search__filters");
    var kind = element("select", "sitrep-search__kind");
    KIND_OPTIONS.forEach(function (option) {
      var node = element("option", "", option[1]);
      node.value = option[0];
      kind.appendChild(node);
    });
    filters.appendChild(labelled("Kind", kind));
    ["From", "To"].forEach(function (name) {
      var date = element("input", "sitrep-search__" + name.toLowerCase());
      date.type = "date";
      filters.appendChild(labelled(name, date));
    });
    var status = element("p", "sitrep-search__status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var list = element("ol", "sitrep-search__results");
    list.setAttribute("aria-label", "Search results");
    var more = element("button", "sitrep-search__more md-button", "More results");
    more.type = "button";
    more.hidden = true;
    var help = element("p", "sitrep-search__help", "Words match as you type; ");
    help.appendChild(element("code", "", "\"a phrase\""));
    help.appendChild(document.createTextNode(" in quotes matches as a phrase. Dates filter articles."));
    [filters, status, list, more, help].forEach(function (part) { panel.appendChild(part); });
    box.appendChild(panel);
    return panel;
  }

  function setup(box) {
    var input = box.querySelector(".sitrep-search__input");
    var panel = makePanel(box);
    var list = box.querySelector(".sitrep-search__results");
    var status = box.querySelector(".sitrep-search__status");
    var more = box.querySelector(".sitrep-search__more");
    var kind = box.querySelector(".sitrep-search__kind");
    var from = box.querySelector(".sitrep-search__from");
    var to = box.querySelector(".sitrep-search__to");
    var generation = 0, current = null, shown = 0;

    function open() {
      panel.hidden = false;
      openIndex().catch(function () { status.textContent = "The search data could not be loaded."; });
    }

    function close() {
      panel.hidden = true;
    }

    function showMore() {
      var batch = current.results.slice(shown, shown + PAGE);
      var start = shown;
      shown += batch.length;
      more.hidden = shown >= current.results.length;
      var mine = generation;
      /* A card that fails to load (a host serving an older copy mid-update) is left out, not fatal. */
      return Promise.all(batch.map(function (r) {
        return r.card ? r : card(r.doc.key).then(function (c) { r.card = c; return r; }, function () { return null; });
      })).then(function (ready) {
        if (mine !== generation) return null;
        ready = ready.filter(Boolean);
        var rendering = Promise.all(ready.map(function (r, n) { return renderResult(list, r, current.query, start + n); }));
        if (!start) box.setAttribute("data-shown", current.raw); /* titles are on screen; snippets follow */
        return rendering;
      });
    }

    function run() {
      var mine = ++generation;
      var filters = { kind: kind.value, from: day(from.value), to: day(to.value) };
      var raw = input.value;
      if (!raw.trim()) { list.textContent = ""; status.textContent = ""; more.hidden = true; box.removeAttribute("data-state"); return; }
      box.setAttribute("data-state", "searching");
      search(raw, filters).then(function (found) {
        if (mine !== generation) return null;
        current = found;
        current.raw = raw;
        shown = 0;
        list.textContent = "";
        var count = found.results.length;
        status.textContent = count ? count + (count === 1 ? " result" : " results") : "No results for " + raw.trim();
        return showMore();
      }).then(function () {
        if (mine !== generation) return;
        box.setAttribute("data-query", raw);
        box.setAttribute("data-state", "done");
      }).catch(function (err) {
        if (mine !== generation) return;
        status.textContent = "Search failed: " + err.message;
        box.setAttribute("data-state", "failed");
      });
    }

    function links() {
      return Array.from(list.querySelectorAll("a.sitrep-search__link"));
    }

    input.addEventListener("focus", open);
    input.addEventListener("input", run);
    [kind, from, to].forEach(function (control) { control.addEventListener("change", run); });
    more.addEventListener("click", function () { showMore(); });
    input.addEventListener("keydown", function (event) {
      var all = links();
      if (event.key === "ArrowDown" && all.length) { event.preventDefault(); all[0].focus(); }
      if (event.key === "Enter" && all.length) { event.preventDefault(); all[0].click(); }
    });
    list.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at >= 0 && at + 1 < all.length) { event.preventDefault(); all[at + 1].focus(); }
      if (event.key === "ArrowUp" && at >= 0) { event.preventDefault(); (at ? all[at - 1] : input).focus(); }
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { close(); input.blur(); }
    });
    document.addEventListener("click", function (event) {
      if (!box.contains(event.target)) close();
    });
    /* "/" and "s" open search, as in Material; captured first so nothing else handles them. */
    window.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== "/" && event.key !== "s")) return;
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      input.focus();
      input.select();
    }, true);
  }

  window.sitrepSearch = { fold: fold, tokens: tokens, shardOf: shardOf, search: search, parse: parse };

  function start() {
    document.querySelectorAll("div[data-sitrep-search]").forEach(setup);  /* the header box only */
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
