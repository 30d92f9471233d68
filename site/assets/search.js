// search.js: the search of the static site. It folds the query with
// fold.js, loads the index shards of its words (search/shard-N.js) and
// the titles of the records shown (search/meta-N.js) with <script src>,
// which works from file:// where fetch does not, and lists the records
// that have every word, newest first. See site/index.go for the format.
//
// Supported: words (all must appear, folded like the server's search),
// -word to exclude, "phrases" (their words, in any order), topic:SLUG,
// author:"Full Name", source:"Full Name", year:YYYY and year:A..B. Other
// field prefixes are searched as plain words; OR is not supported.
(function (root) {
  "use strict";
  var PAGE = 20;
  var cfg = null, folder = null;
  var shards = Object.create(null), metas = Object.create(null);
  var waiting = Object.create(null);

  function load(src, store, n) {
    if (store[n]) return Promise.resolve(store[n]);
    var key = src;
    if (!waiting[key]) {
      waiting[key] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src;
        s.onload = function () { resolve(store[n]); };
        s.onerror = function () { reject(new Error("cannot load " + src)); };
        document.head.appendChild(s);
      });
    }
    return waiting[key];
  }

  var enc = new TextEncoder();
  function shardOf(k) {
    var h = 0x811c9dc5;
    var b = enc.encode(k);
    for (var i = 0; i < b.length; i++) {
      h ^= b[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % cfg.shards;
  }

  function decode(s) {
    var out = [];
    if (!s) return out;
    var n = 0, parts = s.split(",");
    for (var i = 0; i < parts.length; i++) {
      n += parseInt(parts[i], 36);
      out.push(n);
    }
    return out;
  }

  // postings returns the sorted record numbers of a key.
  function postings(k) {
    var n = shardOf(k);
    return load("search/shard-" + n + ".js", shards, n).then(function (sh) {
      return decode(Object.prototype.hasOwnProperty.call(sh, k) ? sh[k] : "");
    });
  }

  function union(lists) {
    var seen = Object.create(null), out = [];
    lists.forEach(function (l) { l.forEach(function (n) { if (!seen[n]) { seen[n] = 1; out.push(n); } }); });
    return out.sort(function (a, b) { return a - b; });
  }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }
  function subtract(a, b) {
    var drop = Object.create(null);
    b.forEach(function (n) { drop[n] = 1; });
    return a.filter(function (n) { return !drop[n]; });
  }

  // parse turns a query into terms: {keys: [alternatives], neg: bool}.
  // Each alternative is a list of keys that must all appear.
  function parse(q) {
    var terms = [], plain = [];
    var re = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g, m;
    while ((m = re.exec(q)) !== null) {
      var neg = m[1] === "-", field = (m[2] || "").toLowerCase();
      var value = m[3] !== undefined ? m[3] : (m[4] || "");
      if (!field && !neg && value === "OR") continue;
      var alts = null;
      if (field === "topic") {
        alts = [["topic:" + value]];
      } else if (field === "author" || field === "source") {
        var t = folder.tokens(value);
        if (t.length) alts = [[field + ":" + t.join("_")]];
      } else if (field === "year") {
        var r = /^(\d{1,4})(?:\.\.(\d{1,4}))?$/.exec(value);
        if (r) {
          alts = [];
          var a = +r[1], b = r[2] ? +r[2] : a;
          for (var y = a; y <= b && alts.length < 3000; y++) alts.push(["year:" + y]);
        }
      }
      if (alts === null) {
        if (!neg && !field && m[3] === undefined) {
          // Plain words are folded together, so that an alias of
          // several words (Alma Ata) is found.
          plain.push(value);
          continue;
        }
        var keys = folder.tokens(value);
        if (!keys.length) continue;
        alts = neg ? keys.map(function (k) { return [k]; }) : [keys];
      }
      terms.push({ alts: alts, neg: neg });
    }
    var pk = folder.tokens(plain.join(" "));
    pk.forEach(function (k) { terms.push({ alts: [[k]], neg: false }); });
    return terms;
  }

  // run returns the record numbers matching q, newest first.
  function run(q) {
    var terms = parse(q);
    var pos = terms.filter(function (t) { return !t.neg; });
    if (!pos.length) return Promise.reject(new Error("Search for at least one word; letters or digits are needed."));
    return Promise.all(terms.map(function (t) {
      return Promise.all(t.alts.map(function (keys) {
        return Promise.all(keys.map(postings)).then(function (ls) {
          return ls.reduce(intersect);
        });
      })).then(union);
    })).then(function (lists) {
      var result = null;
      terms.forEach(function (t, i) { if (!t.neg) result = result === null ? lists[i] : intersect(result, lists[i]); });
      terms.forEach(function (t, i) { if (t.neg) result = subtract(result, lists[i]); });
      return result;
    });
  }

  // rows returns the [href, title, byline] of record numbers.
  function rows(ns) {
    return Promise.all(ns.map(function (n) {
      var c = Math.floor(n / cfg.chunk);
      return load("search/meta-" + c + ".js", metas, c).then(function (m) { return m[n % cfg.chunk]; });
    }));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function show(box, q, hits, from) {
    var page = hits.slice(from, from + PAGE);
    return rows(page).then(function (rs) {
      var list = box.querySelector(".hits");
      rs.forEach(function (r) {
        var a = el("article", "entry");
        var h = el("h2");
        var link = el("a", "", r[1]);
        link.href = r[0];
        h.appendChild(link);
        a.appendChild(h);
        if (r[2]) a.appendChild(el("p", "byline", r[2]));
        list.appendChild(a);
      });
      var more = box.querySelector("button.more");
      if (more) more.remove();
      if (from + PAGE < hits.length) {
        more = el("button", "more", "Show more");
        more.type = "button";
        more.onclick = function () { show(box, q, hits, from + PAGE); };
        box.appendChild(more);
      }
    });
  }

  function search(q) {
    var box = document.getElementById("static-results");
    box.textContent = "";
    if (!q) return Promise.resolve();
    var status = el("p", "count");
    status.setAttribute("role", "status");
    box.appendChild(status);
    box.appendChild(el("div", "hits"));
    return run(q).then(function (hits) {
      status.textContent = (hits.length === 1 ? "1 record matches" : hits.length.toLocaleString("en") + " records match") + " \u201c" + q + "\u201d.";
      if (!hits.length) {
        box.appendChild(el("p", "", "Nothing matches. Try fewer words, or another word for the same thing."));
        return;
      }
      return show(box, q, hits, 0);
    }).catch(function (e) {
      status.className = "problem";
      status.textContent = e.message;
    });
  }

  function start() {
    var params = new URLSearchParams(location.search);
    var q = (params.get("q") || "").trim();
    var topic = params.get("topic");
    if (topic) q = ("topic:" + topic + " " + q).trim();
    var inputs = document.querySelectorAll('input[name="q"]');
    for (var i = 0; i < inputs.length; i++) inputs[i].value = q;
    if (q) {
      document.title = "Search: " + q + " \u00b7 " + document.title.replace(/^.* \u00b7 /, "");
      var help = document.querySelector("details.help");
      if (help) help.open = false;
    }
    root.annalsSearch.done = search(q);
  }

  root.annalsSearch = {
    init: function (c) {
      cfg = c;
      folder = new root.annalsFold.Folder(c.gazetteer);
      if (root.document) {
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
        else start();
      }
    },
    shard: function (n, data) { shards[n] = data; },
    meta: function (n, data) { metas[n] = data; },
    run: run,
    rows: rows,
    parse: function (q) { return parse(q); }
  };
})(typeof window !== "undefined" ? window : globalThis);
