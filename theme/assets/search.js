// Search and catalogue filters for OCOP Showcase. Plain JavaScript, no framework, no third-party code.
// fold() and tokens() mirror generator/Assets/Search/SearchText.cs exactly; theme/search-vectors.json checks both.
"use strict";

function fold(text) {
  return text.normalize("NFC").toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, "").normalize("NFC");
}

function tokens(text) {
  return fold(text).split(/[^a-z0-9]+/).filter(function (t) { return t.length > 0; });
}

// Mirrors SearchText.ShardOf (generator) and SearchQuery.Matches (tests): a term's group is its first three letters
// (the whole term when shorter), looked up in the group's own shard, else (a group of three) in the shard the small
// groups of its first two letters share ("ca-": no token has a hyphen); null when meta.json lists neither. Shorter
// terms match whole words only. theme/search-vectors.json checks this rule on both sides.
var PREFIX_LENGTH = 3;
function shardOf(term, shards) {
  var group = term.length >= PREFIX_LENGTH ? term.slice(0, PREFIX_LENGTH) : term;
  if (shards.indexOf(group) >= 0) return group;
  var shared = group.slice(0, PREFIX_LENGTH - 1) + "-";
  return group.length === PREFIX_LENGTH && shards.indexOf(shared) >= 0 ? shared : null;
}
function matches(token, term) { return term.length >= PREFIX_LENGTH ? token.indexOf(term) === 0 : token === term; }

// Mirrors SearchQuery.PhraseBonus (tests): the exact phrase in the name first, then (several words) in the description.
function containsWords(folded, phrase) { return (" " + folded + " ").indexOf(" " + phrase + " ") >= 0; }
function phraseBonus(title, summary, phrase) {
  var folded = tokens(title).join(" ");
  if (folded === phrase) return 200;
  if (containsWords(folded, phrase)) return 100;
  if (folded.indexOf(phrase) === 0) return 60;
  return phrase.indexOf(" ") >= 0 && containsWords(tokens(summary || "").join(" "), phrase) ? 10 : 0;
}

// The field a posting's weight stands for; meta.json lists [weight, field] from the best field down (SearchIndex.Fields).
function fieldOf(fields, weight) { for (var i = 0; i < fields.length; i++) if (weight >= fields[i][0]) return fields[i][1]; return fields[fields.length - 1][1]; }

// A part of the index that has not arrived after this long (a connection that stalls rather than fails) is given up
// as if there were no signal: the query answers with what it has and says so, and the next query asks again.
var FETCH_LIMIT_MS = 15000;

// The JSON at url; orElse in place of a missing file (an answer that is not OK), when given.
function fetchJson(url, orElse) {
  var controller = new AbortController();
  var timer = setTimeout(function () { controller.abort(); }, FETCH_LIMIT_MS);
  return fetch(url, { signal: controller.signal })
    .then(function (r) { return r.ok || orElse === undefined ? r.json() : orElse; })
    .finally(function () { clearTimeout(timer); });
}

// The search index of one language: shards and document chunks are fetched once, when a query first needs them.
function SearchIndex(metaUrl) {
  this.base = metaUrl.slice(0, metaUrl.lastIndexOf("/") + 1);
  var self = this;
  this.metaUrl = metaUrl;
  this.meta = fetchJson(metaUrl);
  // Without signal the index's table of contents may be missing too: asked again by the next query.
  this.meta.catch(function () { self.meta = null; });
  this.shards = {};
  this.chunks = {};
}

// A part that cannot be fetched (no signal, and the service worker has not kept it) is searched as empty, and the
// query says so (missing); it is fetched again by the next query.
SearchIndex.prototype.json = function (cache, key, path) {
  var self = this;
  if (!cache[key]) cache[key] = fetchJson(this.base + path, {}).then(null, function () {
    delete cache[key];
    self.missing = true;
    return null;
  });
  return cache[key];
};

SearchIndex.prototype.query = function (text, limit) {
  var self = this;
  var terms = tokens(text);
  if (terms.length === 0) return Promise.resolve([]);
  this.missing = false;
  if (!this.meta) {
    var again = this;
    this.meta = fetchJson(this.metaUrl);
    this.meta.catch(function () { again.meta = null; });
  }
  return this.meta.then(function (meta) {
    return Promise.all(terms.map(function (term) {
      var name = shardOf(term, meta.shards);
      var shard = name !== null ? self.json(self.shards, name, "t/" + name + ".json") : Promise.resolve({});
      return shard.then(function (tokensOfShard) {
        var found = {};
        var fields = {};
        Object.keys(tokensOfShard || {}).forEach(function (token) {
          if (!matches(token, term)) return;
          var byWeight = tokensOfShard[token];
          Object.keys(byWeight).forEach(function (w) {
            var weight = token.length === term.length ? Number(w) * 2 : Number(w);
            var id = 0;
            byWeight[w].split(",").forEach(function (delta) {
              id += parseInt(delta, 36);
              if (!(id in found) || found[id] < weight) found[id] = weight;
              if (!(id in fields) || fields[id] < Number(w)) fields[id] = Number(w);
            });
          });
        });
        return { scores: found, fields: fields };
      });
    })).then(function (perTerm) {
      // Every word must match; a document's score adds each word's best field.
      var scores = perTerm[0].scores;
      perTerm.slice(1).forEach(function (m) {
        var next = {};
        Object.keys(scores).forEach(function (id) { if (id in m.scores) next[id] = scores[id] + m.scores[id]; });
        scores = next;
      });
      // Why each result matched: the fields its words were found in, best field first.
      var matchedFields = function (id) {
        var seen = [];
        perTerm.forEach(function (m) { var f = fieldOf(meta.fields, m.fields[id]); if (seen.indexOf(f) < 0) seen.push(f); });
        return meta.fields.map(function (f) { return f[1]; }).filter(function (f) { return seen.indexOf(f) >= 0; });
      };
      // Rank by token scores and kind first; only the best candidates' chunks are fetched, for the title phrase bonus.
      var rankOf = function (id) { var r = 0; meta.ranks.forEach(function (b) { if (id >= b[0]) r = b[1]; }); return r; };
      var ids = Object.keys(scores).map(Number)
        .map(function (id) { return { id: id, score: scores[id] + rankOf(id) }; })
        .sort(function (a, b) { return b.score - a.score || a.id - b.id; })
        .slice(0, meta.candidates);
      var base = {};
      ids.forEach(function (c) { base[c.id] = c.score; });
      ids = ids.map(function (c) { return c.id; });
      var chunkSize = meta.chunk;
      var needed = Array.from(new Set(ids.map(function (id) { return Math.floor(id / chunkSize); })));
      return Promise.all(needed.map(function (c) { return self.json(self.chunks, c, "d/" + c + ".json"); })).then(function (chunks) {
        var byChunk = {};
        needed.forEach(function (c, i) { byChunk[c] = chunks[i]; });
        var phrase = terms.join(" ");
        return ids.filter(function (id) { return byChunk[Math.floor(id / chunkSize)]; }).map(function (id) {
          var d = byChunk[Math.floor(id / chunkSize)][id % chunkSize];
          var doc = { id: id, title: d[0], url: d[1], kind: d[2], group: d[3], stars: d[4], thumb: d[5], summary: d[6], fields: matchedFields(id) };
          doc.score = base[id] + phraseBonus(doc.title, doc.summary, phrase);
          return doc;
        }).sort(function (a, b) { return b.score - a.score || a.id - b.id; }).slice(0, limit || 20);
      });
    });
  });
};

// Wraps the words of text that a query term starts, in <mark>; builds DOM nodes, never HTML strings.
function highlight(element, text, terms) {
  text.split(/(\s+)/).forEach(function (word) {
    var folded = tokens(word);
    var hit = folded.some(function (w) { return terms.some(function (t) { return w.indexOf(t) === 0; }); });
    if (hit) { var mark = document.createElement("mark"); mark.textContent = word; element.appendChild(mark); }
    else element.appendChild(document.createTextNode(word));
  });
}

function format(template, value) { return template.replace("{0}", value); }

// How long a query may take before the page says it is searching: a quick answer shows no flicker.
var SLOW_MS = 400;

function setupSearch(form) {
  var index = new SearchIndex(form.dataset.index);
  var input = form.querySelector("input[name=q]");
  var list = document.querySelector("[data-results]");
  var count = document.querySelector("[data-results-count]");
  var starsLabel = list.dataset.starsLabel;
  var timer = null;
  var slow = null;
  var latest = 0;

  function run() {
    var query = input.value.trim();
    var url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    var ticket = ++latest;
    clearTimeout(slow);
    list.removeAttribute("aria-busy");
    if (!query) { list.replaceChildren(); count.textContent = ""; return; }
    // An answer that takes a while (weak signal: the index's parts are still coming) says it is on its way, and the
    // results of the last query are dimmed until it comes.
    slow = setTimeout(function () {
      if (ticket !== latest) return;
      count.textContent = count.dataset.searching;
      list.setAttribute("aria-busy", "true");
    }, SLOW_MS);
    index.query(query, 20).then(function (results) {
      if (ticket !== latest) return;
      clearTimeout(slow);
      list.removeAttribute("aria-busy");
      var terms = tokens(query);
      list.replaceChildren.apply(list, results.map(function (r) {
        var item = document.createElement("li");
        item.className = "result";
        var thumb = document.createElement(r.thumb ? "img" : "span");
        thumb.className = "result__thumb";
        if (r.thumb) { thumb.src = r.thumb; thumb.alt = ""; thumb.width = 72; thumb.height = 54; thumb.loading = "lazy"; }
        var body = document.createElement("div");
        var title = document.createElement("h2");
        title.className = "result__title";
        var link = document.createElement("a");
        link.href = r.url;
        highlight(link, r.title, terms);
        title.appendChild(link);
        body.appendChild(title);
        var meta = document.createElement("p");
        meta.className = "result__meta";
        meta.textContent = [r.group, r.stars ? format(starsLabel, r.stars) : null].filter(Boolean).join(" · ");
        body.appendChild(meta);
        var snippet = document.createElement("p");
        snippet.className = "result__snippet";
        highlight(snippet, r.summary, terms);
        body.appendChild(snippet);
        var why = document.createElement("p");
        why.className = "result__why";
        why.textContent = format(list.dataset.matched, r.fields.map(function (f) { return list.dataset["field" + f[0].toUpperCase() + f.slice(1)]; }).join(", "));
        body.appendChild(why);
        item.appendChild(thumb);
        item.appendChild(body);
        return item;
      }));
      count.textContent = results.length ? format(results.length === 1 ? count.dataset.one : count.dataset.some, results.length) : count.dataset.none;
      if (index.missing) count.textContent += " " + count.dataset.offlinePartial;
    }, function () {
      if (ticket !== latest) return;
      clearTimeout(slow);
      list.removeAttribute("aria-busy");
      list.replaceChildren();
      count.textContent = count.dataset.offlineNone;
    });
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  // Words typed before this script arrived on a slow connection (or kept by the browser on "back"), else a query in
  // the address (a shared link, the header's box): searched at once, not after the next key.
  var initial = new URL(location.href).searchParams.get("q");
  if (initial && !input.value.trim()) input.value = initial;
  if (input.value.trim()) run();
}

// Catalogue filters: group, stars, village, producer; combinable, kept in the URL so a filtered view can be shared.
function setupFilters(form) {
  var cards = Array.from(document.querySelectorAll(".grid .card[data-group]"));
  var count = document.querySelector("[data-count-template]");
  var fields = { nhom: "group", sao: "stars", thon: "village", "chu-the": "producer" };
  var params = new URL(location.href).searchParams;
  Object.keys(fields).forEach(function (name) { if (params.get(name)) form.elements[name].value = params.get(name); });
  form.classList.remove("filterbar--pending");

  function apply() {
    var url = new URL(location.href);
    var shown = 0;
    Object.keys(fields).forEach(function (name) {
      var value = form.elements[name].value;
      if (value) url.searchParams.set(name, value); else url.searchParams.delete(name);
    });
    cards.forEach(function (card) {
      var visible = Object.keys(fields).every(function (name) {
        var value = form.elements[name].value;
        return !value || card.dataset[fields[name]] === value;
      });
      card.hidden = !visible;
      if (visible) shown++;
    });
    history.replaceState(null, "", url);
    count.textContent = format(shown === 1 ? count.dataset.countOne : count.dataset.countTemplate, shown);
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  apply();
}

document.querySelectorAll("form[data-search]").forEach(setupSearch);
document.querySelectorAll("form[data-filters]").forEach(setupFilters);

// Exposed for the browser test that runs the shared folding, shard and ranking vectors.
window.ocopSearch = { fold: fold, tokens: tokens, shardOf: shardOf, SearchIndex: SearchIndex, fieldOf: fieldOf };
