package site

import (
	"hash/fnv"
	"net/url"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file maps the server's addresses to the files of the static site.
// The mapping is a function of the address alone, so that a page's links
// can be rewritten before the pages they lead to are written.
//
//	/                              index.html
//	/records/12                    records/12.html
//	/topics/kazakhstan?order=oldest&page=2
//	                               topics/kazakhstan~order-oldest~page-2.html
//	/authors/AC%2FDC               authors/AC_DC@1f0c2d9e4a7b.html
//	/static/ab12/annals.css        static/ab12/annals.css
//	/feeds/topics/kazakhstan       feeds/topics/kazakhstan.atom
//	/search?q=x                    search.html?q=x (the static search page)
//
// A path segment made only of letters, digits, ".", "_", "-" and single
// inner spaces (and not starting with ".") is its own file name. Any other segment, or one too
// long for a file system, is cleaned and given "@" and a hash of the
// original, so two names never share a file. "~" starts the query part:
// sorted parameters as key-value, or "~q" and a hash when a value is not
// plain. Neither "@" nor "~" can occur in a plain segment, so the mapping
// is one to one.
//
// Names that differ only in case ("Smith", "smith") are different files,
// which a case-insensitive file system (macOS, Windows) would merge.

// maxSegment bounds a file name's bytes below the usual limit of 255,
// leaving room for the query part and the extension.
const maxSegment = 120

// assetExt are the extensions of addresses that are files of their own
// kind rather than pages; their names are kept as they are.
var assetExt = map[string]bool{
	".css": true, ".js": true, ".atom": true, ".xml": true, ".json": true, ".txt": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".ico": true,
	".webp": true, ".woff": true, ".woff2": true, ".rss": true, ".bib": true, ".ris": true,
	".csv": true, ".jsonl": true,
}

// plainSegment reports whether s can be a file name as it is.
func plainSegment(s string) bool {
	if s == "" || s[0] == '.' || len(s) > maxSegment {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '_' || r == '-' || r == ' ' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// hash12 is a short stable hash of s, in hex.
func hash12(s string) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return strconv.FormatUint(h.Sum64(), 16)
}

// segmentName returns the file name of a decoded path segment.
func segmentName(s string) string {
	if plainSegment(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= maxSegment-utf8.UTFMax {
			break
		}
		if r == '.' && b.Len() == 0 {
			r = '_'
		}
		if r == '.' || r == '_' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String() + "@" + hash12(s)
}

// plainQuery reports whether a query key or value can appear in a file
// name as it is.
func plainQuery(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return len(s) <= 32
}

// queryName returns the file-name part of a query, "" for none.
func queryName(q url.Values) string {
	if len(q) == 0 {
		return ""
	}
	enc := q.Encode() // sorted by key
	var b strings.Builder
	for _, kv := range strings.Split(enc, "&") {
		k, v, _ := strings.Cut(kv, "=")
		k, _ = url.QueryUnescape(k)
		v, _ = url.QueryUnescape(v)
		if !plainQuery(k) || !plainQuery(v) {
			return "~q" + hash12(enc)
		}
		b.WriteString("~" + k + "-" + v)
	}
	return b.String()
}

// fileOf returns the slash-separated path, relative to the site's root,
// of the file that holds the page or asset at u.
func fileOf(u *url.URL) string {
	p := u.Path // decoded
	segs := strings.Split(strings.Trim(p, "/"), "/")
	if p == "/" || p == "" {
		segs = nil
	}
	// Decode segment by segment, so that an escaped slash stays inside
	// its segment.
	if raw := strings.Trim(u.EscapedPath(), "/"); raw != "" {
		segs = segs[:0]
		for _, s := range strings.Split(raw, "/") {
			d, err := url.PathUnescape(s)
			if err != nil {
				d = s
			}
			segs = append(segs, d)
		}
	}
	q := queryName(u.Query())
	if len(segs) == 0 {
		return "index" + q + ".html"
	}
	last := segs[len(segs)-1]
	ext := strings.ToLower(path.Ext(last))
	for i, s := range segs[:len(segs)-1] {
		segs[i] = segmentName(s)
	}
	if assetExt[ext] && q == "" && plainSegment(last) {
		return strings.Join(segs, "/")
	}
	if strings.HasPrefix(p, "/feeds/") {
		// The Atom feeds have no extension on the server; a static host
		// picks the type by the extension.
		segs[len(segs)-1] = segmentName(last) + q + ".atom"
		return strings.Join(segs, "/")
	}
	segs[len(segs)-1] = segmentName(last) + q + ".html"
	return strings.Join(segs, "/")
}

// relative returns the href of the file target as seen from the file
// from, both relative to the site's root, escaped for a URL.
func relative(from, target string) string {
	depth := strings.Count(from, "/")
	var b strings.Builder
	for range depth {
		b.WriteString("../")
	}
	for i, s := range strings.Split(target, "/") {
		if i > 0 {
			b.WriteByte('/')
		}
		b.WriteString(url.PathEscape(s))
	}
	return b.String()
}
