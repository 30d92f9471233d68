// fold.js: the search folding of the Go package fold, ported line by line
// so that a query typed in the static site folds to the keys the index
// was built with (Nazarbaev, Nazarbayev and Назарбаев all give
// "nazarbaev"). site/fold_test.go runs this file under node and checks it
// against Go's fold.Text on the fold package's test strings, the
// gazetteer and the archive's own text. Keep it in step with fold/*.go.
(function (root) {
  "use strict";

  var ELISIONS = { l: 1, d: 1, j: 1, m: 1, n: 1, s: 1, t: 1, c: 1, qu: 1, jusqu: 1, lorsqu: 1, puisqu: 1 };
  var WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}]/u;
  var MN = /\p{Mn}/u;
  var KEEP_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

  function isAsciiWord(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  function isApostrophe(c) {
    return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2bb || c === 0x60 || c === 0x2018;
  }
  function isWordRune(c) {
    if (c < 0x80) return isAsciiWord(c);
    if (c === 0x2bc || c === 0x2bb) return false;
    return WORD.test(String.fromCodePoint(c));
  }
  function isElision(w) {
    return /^[A-Za-z]{1,6}$/.test(w) && ELISIONS[w.toLowerCase()] === 1;
  }

  // words calls yield(start, end) with the UTF-16 span of each word of s
  // (word.go: words).
  function words(s, yield_) {
    var start = -1;
    var n = s.length;
    for (var i = 0; i < n;) {
      var c = s.codePointAt(i);
      var size = c > 0xffff ? 2 : 1;
      if (isWordRune(c)) {
        if (start < 0) start = i;
      } else if (start >= 0 && isApostrophe(c) && i + size < n) {
        var next = s.codePointAt(i + size);
        var nsize = next > 0xffff ? 2 : 1;
        if (!isWordRune(next)) {
          yield_(start, i);
          start = -1;
        } else {
          if (next === 0x73 || next === 0x53) {
            var j = i + size + nsize;
            if (j === n || !isWordRune(s.codePointAt(j))) {
              yield_(start, i);
              start = -1;
              i = j;
              continue;
            }
          }
          if (isElision(s.slice(start, i))) {
            yield_(start, i);
            start = -1;
          }
        }
      } else if (start >= 0) {
        yield_(start, i);
        start = -1;
      }
      i += size;
    }
    if (start >= 0) yield_(start, n);
  }

  var CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "э": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "й": "y", "ы": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ь": "", "ю": "yu", "я": "ya", "ә": "a", "ӑ": "a", "ӓ": "a", "ғ": "gh",
    "қ": "q", "ҡ": "q", "ң": "ng", "ӊ": "ng", "ө": "o", "ӧ": "o", "ұ": "u", "ү": "u",
    "ӯ": "u", "ӱ": "u", "һ": "h", "ҳ": "h", "ӣ": "i", "ҷ": "j", "ҙ": "z", "ҫ": "s",
    "є": "ye", "ї": "yi", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj",
    "ћ": "c", "џ": "dzh", "ѕ": "dz", "ѓ": "g", "ќ": "k"
  };
  var LAT = {
    "ş": "sh", "ș": "sh", "š": "sh", "ṡ": "sh", "č": "ch", "ž": "zh", "ñ": "ng",
    "ń": "ng", "ň": "ng", "ŋ": "ng", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ə": "a", "ʻ": "", "ʼ": "",
    "ʹ": "", "ʺ": ""
  };
  var IOTATED = "еёюяиєїЕЁЮЯИЄЇ";

  // lower is Go's unicode.ToLower: one rune to one rune.
  function lower(ch) {
    var l = ch.toLowerCase();
    if (l === ch) return ch;
    if (ch === "İ") return "i";
    // toLowerCase may give several runes (special casing); Go's simple
    // mapping keeps the rune then.
    return Array.from(l).length === 1 ? l : ch;
  }

  // letter returns the Latin spelling of a lower-case letter that is
  // transliterated or loses its marks, or null (word.go: letter).
  function letter(ch, c) {
    if (c < 0x80) return isAsciiWord(c) ? ch : null;
    if (Object.prototype.hasOwnProperty.call(CYR, ch)) return CYR[ch];
    if (Object.prototype.hasOwnProperty.call(LAT, ch)) return LAT[ch];
    var d = Array.from(ch.normalize("NFD"));
    if (d.length < 2) return null;
    var b = d[0].codePointAt(0);
    if (b >= 0x80) return null;
    for (var k = 1; k < d.length; k++) if (!MN.test(d[k])) return null;
    if (b >= 65 && b <= 90) b += 32;
    if (!isAsciiWord(b)) return null;
    return String.fromCharCode(b);
  }

  // base is the lower-case, Latin-script, mark-free spelling of w
  // (word.go: base).
  function base(w) {
    if (/^[\x00-\x7f]*$/.test(w)) {
      return w.toLowerCase().replace(/[^a-z0-9]/g, "");
    }
    w = w.normalize("NFKC");
    var out = "";
    var dropMarks = true;
    var chars = Array.from(w);
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      var c = ch.codePointAt(0);
      if (c >= 0x300 && MN.test(ch)) {
        if (!dropMarks) out += ch;
        continue;
      }
      ch = lower(ch);
      c = ch.codePointAt(0);
      if (ch === "ь" || ch === "ъ") {
        dropMarks = true;
        if (i + 1 < chars.length && IOTATED.indexOf(chars[i + 1]) >= 0) out += "y";
        continue;
      }
      var s = letter(ch, c);
      if (s !== null) {
        out += s;
        dropMarks = true;
        continue;
      }
      if (!isWordRune(c)) continue;
      out += ch;
      dropMarks = KEEP_SCRIPT.test(ch);
    }
    return out;
  }

  // The romanisation rules work on UTF-8 bytes, as in Go (roman.go), so
  // that lengths and neighbours are the same.
  var enc = new TextEncoder();
  var dec = new TextDecoder();
  var MAX_ROMAN = 64;
  function B(s) { return s.charCodeAt(0); }
  function isVowel(c) { return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121; }
  function isConsonant(c) { return c >= 97 && c <= 122 && !isVowel(c); }
  function at(src, i, p) {
    if (i + p.length > src.length) return false;
    for (var k = 0; k < p.length; k++) if (src[i + k] !== p.charCodeAt(k)) return false;
    return true;
  }
  function push(dst, s) { for (var k = 0; k < s.length; k++) dst.push(s.charCodeAt(k)); }

  function globalRules(src) {
    var dst = [];
    var n = src.length;
    for (var i = 0; i < n;) {
      var c = src[i];
      var last = dst.length ? dst[dst.length - 1] : 0;
      if (c === B("s")) {
        if (at(src, i, "schtsch")) { push(dst, "shch"); i += 7; continue; }
        if (at(src, i, "sch")) { push(dst, "sh"); i += 3; continue; }
      } else if (c === B("t")) {
        if (at(src, i, "tsch")) { push(dst, "ch"); i += 4; continue; }
        if (at(src, i, "tch")) { push(dst, "ch"); i += 3; continue; }
        if (at(src, i, "tz")) { push(dst, "ts"); i += 2; continue; }
      } else if (c === B("c")) {
        if (at(src, i, "chtch")) { push(dst, "shch"); i += 5; continue; }
        if (at(src, i, "ch") && i + 2 < n && isConsonant(src[i + 2])) { dst.push(B("h")); i += 2; continue; }
      } else if (c === B("d")) {
        if (at(src, i, "dzh")) { dst.push(B("j")); i += 3; continue; }
        if (at(src, i, "dj")) { dst.push(B("j")); i += 2; continue; }
      } else if (c === B("z")) {
        if (at(src, i, "zh")) { dst.push(B("j")); i += 2; continue; }
      } else if (c === B("k")) {
        if (at(src, i, "kh")) { dst.push(B("h")); i += 2; continue; }
      } else if (c === B("g")) {
        if (at(src, i, "gh")) { dst.push(B("g")); i += 2; continue; }
      } else if (c === B("p")) {
        if (at(src, i, "ph")) { dst.push(B("f")); i += 2; continue; }
      } else if (c === B("n")) {
        if (at(src, i, "ngg")) { push(dst, "ng"); i += 3; continue; }
      } else if (c === B("q")) {
        dst.push(B("k")); i++; continue;
      }
      var yi = c === B("y") || c === B("i") || (c === B("j") && i + 1 === n && isVowel(last));
      if (yi) {
        if (last === B("i")) {
          // ii→i
        } else if (isVowel(last) && i + 1 < n && src[i + 1] === B("e")) {
          // vowel+ie→vowel+e
        } else {
          dst.push(B("i"));
        }
        i++;
        continue;
      }
      dst.push(c);
      i++;
    }
    return dst;
  }

  function nameRules(src) {
    var dst = [];
    var n = src.length;
    for (var i = 0; i < n; i++) {
      var c = src[i];
      if (c === B("w")) {
        c = B("v");
      } else if (c === B("f") && i === n - 2 && src[i + 1] === B("f")) {
        dst.push(B("v"));
        return dst;
      } else if (c === B("o") && i + 1 < n && src[i + 1] === B("u")) {
        continue;
      } else if (c === B("j") && i + 1 < n && isVowel(src[i + 1]) && src[i + 1] !== B("i") && src[i + 1] !== B("y")) {
        c = B("y");
      } else if (c === B("i") && i === 0 && n > 1 && src[1] === B("e")) {
        continue;
      } else if (isConsonant(c) && i > 0 && src[i - 1] === c) {
        continue;
      } else if (c === B("o") && i === n - 2 && src[i + 1] === B("v") && i >= 2 && src[i - 1] === B("h") && (src[i - 2] === B("c") || src[i - 2] === B("s"))) {
        c = B("e");
      }
      dst.push(c);
    }
    return dst;
  }

  var ENGLISH_OW = ["flow", "show", "hrow", "grow", "crow", "glow", "blow", "slow", "know",
    "snow", "stow", "plow", "brow", "bow", "ndow", "adow", "idow", "gow", "cow", "llow", "rrow", "avow"];
  var ENGLISH_EW = ["view", "rew", "hew", "few", "kew"];
  var ENGLISH_OFF = {};
  ["takeoff", "faceoff", "writeoff", "tradeoff", "laioff", "paioff", "plaioff", "kickoff",
    "knockoff", "checkoff", "standoff", "sendoff", "leadoff", "cutoff", "liftoff", "spinoff",
    "runoff", "signoff", "tipoff", "dropoff", "ripoff", "showoff", "brushoff", "selloff",
    "blastoff", "jumpoff", "shutoff", "castoff", "turnoff", "setoff", "falloff", "playoff",
    "bakeoff", "sheriff", "tariff", "plaintiff", "bailiff", "mastiff", "pontiff"].forEach(function (w) { ENGLISH_OFF[w] = 1; });

  function endsWith(w, s) {
    if (s.length > w.length) return false;
    return at(w, w.length - s.length, s);
  }
  function anyEnd(w, list) {
    for (var k = 0; k < list.length; k++) if (endsWith(w, list[k])) return true;
    return false;
  }
  function isName(w) {
    var n = w.length;
    if (n >= 4 && anyEnd(w, ["ov", "ev", "ova", "eva"])) return true;
    if (n >= 6 && anyEnd(w, ["ski", "skaia", "skaja"])) return true;
    if (n >= 7 && anyEnd(w, ["ovich", "evich", "owich", "ewich", "ovna", "evna", "owna", "ewna"])) return true;
    if (n >= 6 && anyEnd(w, ["ow", "owa"])) {
      if (anyEnd(w, ENGLISH_OW)) return false;
      var k = -1;
      for (var i = n - 2; i >= 0; i--) if (w[i] === B("o") && w[i + 1] === B("w")) { k = i; break; }
      return !(k >= 2 && w[k - 1] === w[k - 2]);
    }
    if (n >= 7 && anyEnd(w, ["ew", "ewa"])) {
      return !anyEnd(w, ENGLISH_EW);
    }
    if (n >= 6 && anyEnd(w, ["off", "eff"])) {
      return ENGLISH_OFF[dec.decode(new Uint8Array(w))] !== 1;
    }
    return false;
  }
  function same(a, b) {
    if (a.length !== b.length) return false;
    for (var k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
    return true;
  }

  function romanize(s) {
    var cur = Array.from(enc.encode(s));
    if (cur.length > MAX_ROMAN) return s;
    var bound = 4 * cur.length + 8;
    for (var r = 0; r < bound; r++) {
      var next = globalRules(cur);
      var changed = !same(next, cur);
      cur = next;
      if (isName(cur)) {
        next = nameRules(cur);
        changed = changed || !same(next, cur);
        cur = next;
      }
      if (!changed) break;
    }
    return dec.decode(new Uint8Array(cur));
  }

  // word folds one word without aliases (fold.Word).
  function word(w) { return romanize(base(w)); }

  // foldSeq returns the folded words of s, without aliases.
  function foldSeq(s) {
    var out = [];
    words(s, function (a, b) {
      var w = word(s.slice(a, b));
      if (w !== "") out.push(w);
    });
    return out;
  }

  // Folder folds with the gazetteer given as [[key, [spelling, ...]], ...]
  // in file order: the entity's name first, then its unambiguous aliases
  // (alias.go: buildAliases, apply).
  function Folder(gazetteer) {
    var single = Object.create(null);
    var multi = Object.create(null);
    var multiByJoined = Object.create(null);
    var order = [];
    gazetteer.forEach(function (e) {
      var key = e[0];
      single[key] = key;
      var seqs = [];
      e[1].forEach(function (text, idx) {
        var seq = foldSeq(text);
        seqs.push(seq);
        if (idx === 0) seqs.push([key]);
      });
      seqs.forEach(function (seq) {
        if (seq.length === 1) { single[seq[0]] = key; return; }
        var k = seq.join(" ");
        if (!(k in multiByJoined)) order.push(k);
        multiByJoined[k] = { words: seq, key: key };
      });
    });
    function resolve(k) {
      var seen = Object.create(null);
      for (;;) {
        var next = single[k];
        if (next === undefined || next === k) return k;
        if (seen[k]) { single[k] = k; return k; }
        seen[k] = true;
        k = next;
      }
    }
    Object.keys(single).forEach(function (w) { single[w] = resolve(single[w]); });
    function canon(w) { var k = single[w]; return k === undefined ? w : k; }
    order.forEach(function (k) {
      var s = multiByJoined[k];
      var w = s.words.map(canon);
      (multi[w[0]] = multi[w[0]] || []).push({ words: w, key: resolve(s.key) });
    });
    Object.keys(multi).forEach(function (k) {
      // A stable sort, longest first.
      var c = multi[k].map(function (s, i) { return [s, i]; });
      c.sort(function (x, y) { return (y[0].words.length - x[0].words.length) || (x[1] - y[1]); });
      multi[k] = c.map(function (x) { return x[0]; });
    });
    function match(toks, i, first) {
      var cands = multi[first];
      if (!cands) return null;
      next: for (var c = 0; c < cands.length; c++) {
        var s = cands[c];
        if (i + s.words.length > toks.length) continue;
        for (var j = 1; j < s.words.length; j++) {
          if (canon(toks[i + j]) !== s.words[j]) continue next;
        }
        return s;
      }
      return null;
    }
    this.tokens = function (s) {
      var toks = foldSeq(s);
      var out = [];
      for (var i = 0; i < toks.length;) {
        var t = canon(toks[i]);
        var m = match(toks, i, t);
        if (m) {
          toks[i + m.words.length - 1] = m.key;
          i += m.words.length - 1;
          continue;
        }
        out.push(t);
        i++;
      }
      return out;
    };
    this.text = function (s) { return this.tokens(s).join(" "); };
  }

  root.annalsFold = { Folder: Folder, word: word, words: words };
})(typeof window !== "undefined" ? window : globalThis);
