package site

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"path"
	"strings"
	"sync"
	"sync/atomic"
)

// excluded are the addresses that are services, not pages: a static copy
// cannot answer them, so links to them are removed (see rewriteHTML).
var excluded = []string{"/api/", "/export/", "/oai", "/healthz", "/feeds/search"}

// isExcluded reports whether the path p is a service of the server.
func isExcluded(p string) bool {
	for _, e := range excluded {
		if p == strings.TrimSuffix(e, "/") || strings.HasPrefix(p, e) {
			return true
		}
	}
	return false
}

// generated are the addresses the exporter writes itself instead of
// rendering the server's page.
var generated = map[string]string{"/search": "search.html", "/sitemap.xml": "sitemap.xml", "/robots.txt": "robots.txt"}

// linker turns the server's addresses in a page into the static site's:
// relative file paths, absolute under the base URL for canonical links.
type linker struct {
	base string // BaseURL without a trailing slash, or ""
	// host is the host the pages are rendered for: the base URL's when
	// there is one (it shows in the feeds' tag: ids), else a reserved
	// name.
	host string
	// paged holds the paths of the lists (topics, authors, sources) too
	// long for one page. A list that fits one page gets no page per year
	// in the static copy: the server's link to a year of it leads to the
	// year's heading on the one page instead (the page shows every year).
	// It is set once the archive is loaded, while record pages are
	// being written.
	paged atomic.Pointer[map[string]bool]

	// memo keeps the first memoMax addresses seen by rootHref that it
	// has no quick way for: the layout's, which recur on every page.
	memo     sync.Map
	memoSize atomic.Int64
}

// memoMax bounds the links memo.
const memoMax = 1 << 12

// pageLinks writes the links of the static page in the file from,
// relative to it: the pages are rendered with their final links, and
// only the few documents rendered once through the server's handler go
// through rewriteHTML. TestPagesAreTheServedPages checks that both give
// the same bytes.
type pageLinks struct {
	lk   *linker
	from string
	up   string // "../" for each folder of from
	// last is the name listHref met last: a page's links to its own
	// list (order, pager, timeline, feed) share one.
	last fileName
}

// fileName is a path segment of a list, its name and its file name's
// stem escaped for a URL (the same under every kind), and whether the
// list of pagedKind with that name has pages.
type fileName struct {
	seg, name, escaped string
	pagedKind          string
	paged              bool
}

// ups are the prefixes of pages by depth; pages are at most two folders
// down (feeds/authors/NAME.atom).
var ups = [...]string{"", "../", "../../"}

func (l *linker) pageLinks(from string) *pageLinks {
	pl := &pageLinks{lk: l, from: from}
	if d := strings.Count(from, "/"); d < len(ups) {
		pl.up = ups[d]
	} else {
		pl.up = strings.Repeat("../", d)
	}
	return pl
}

// Href is link's address for p from the page's file. A link to a
// service of the server comes out empty; the pages have none (the
// layout's JSON API link is left out, see Services).
func (pl *pageLinks) Href(p string) string { return pl.up + pl.rootHref(p) }

// Canonical is link's canonical address for p: under the base URL, or
// relative without one. Feeds write every address so.
func (pl *pageLinks) Canonical(p string) string {
	if pl.lk.base != "" {
		return pl.lk.base + "/" + pl.rootHref(p)
	}
	return pl.Href(p)
}

// Services is false: a static copy has no JSON API.
func (*pageLinks) Services() bool { return false }

// rootHref is link(p) as seen from a file at the site's root.
func (pl *pageLinks) rootHref(p string) string {
	if h, ok := pl.listHref(p); ok {
		return h
	}
	if q, ok := strings.CutPrefix(p, "/search?"); ok && !strings.Contains(q, "#") {
		// As link: the static search reads the query from its address.
		return "search.html?" + q
	}
	return pl.lk.rootHref(p)
}

// rootHref is link(p) from the site's root, remembered for the first
// addresses seen.
func (l *linker) rootHref(p string) string {
	if m, ok := l.memo.Load(p); ok {
		return m.(string)
	}
	v, _ := l.link(p, "", false)
	if !strings.Contains(p, "year=") && l.memoSize.Load() < memoMax {
		// Year links depend on the lists known; the others do not.
		l.memo.Store(p, v)
		l.memoSize.Add(1)
	}
	return v
}

// listHref is link(p) from the site's root, done without parsing a URL
// for the addresses most links have: /KIND/NAME for the record, topic,
// author, source and year pages, with a list's query of order, page and
// year as web.ListAddress writes it (keys sorted, plain values), and
// /feeds/KIND/NAME for the lists' feeds. It reports false for any other
// address.
func (pl *pageLinks) listHref(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") {
		return "", false
	}
	kind, rest, ok := strings.Cut(p[1:], "/")
	if !ok {
		return "", false
	}
	ext := ".html"
	switch kind {
	case "records":
		if digits(rest) {
			return "records/" + rest + ".html", true
		}
	case "years", "topics", "authors", "sources":
	case "feeds":
		// The Atom feed of a list: NAME.atom in its folder.
		sub, r, ok := strings.Cut(rest, "/")
		if !ok || sub != "topics" && sub != "authors" && sub != "sources" || strings.Contains(r, "?") {
			return "", false
		}
		kind, rest, ext = "feeds/"+sub, r, ".atom"
	default:
		return "", false
	}
	seg, query, _ := strings.Cut(rest, "?")
	if seg == "" || strings.ContainsAny(seg, "/#") || strings.ContainsAny(query, "#%+;") {
		return "", false
	}
	if seg != pl.last.seg {
		name, err := url.PathUnescape(seg)
		if err != nil {
			return "", false
		}
		pl.last = fileName{seg: seg, name: name, escaped: url.PathEscape(segmentName(name))}
	}
	name := pl.last.name
	if query == "" && strings.Contains(name, ".") && assetExt[strings.ToLower(path.Ext(name))] {
		return "", false // fileOf may keep the name as it is
	}
	var order, page, year string
	for kv := range strings.SplitSeq(query, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		if v == "" || !plainQuery(v) {
			return "", false
		}
		switch k {
		case "order":
			order = v
		case "page":
			page = v
		case "year":
			year = v
		default:
			return "", false
		}
	}
	frag := ""
	if year != "" && page == "" && (kind == "topics" || kind == "authors" || kind == "sources") {
		if pl.last.pagedKind != kind {
			pl.last.paged, pl.last.pagedKind = pl.lk.isPaged("/"+kind+"/"+name), kind
		}
		if !pl.last.paged {
			// As link: a list on one page shows the year as a heading.
			frag, year = "#y"+year, ""
		}
	}
	// queryName's "~key-value" parts, keys in order; "~", "-" and the
	// plain values need no escaping.
	var b strings.Builder
	b.Grow(len(kind) + len(pl.last.escaped) + len(frag) + 40)
	b.WriteString(kind)
	b.WriteByte('/')
	b.WriteString(pl.last.escaped)
	if order != "" {
		b.WriteString("~order-")
		b.WriteString(order)
	}
	if page != "" {
		b.WriteString("~page-")
		b.WriteString(page)
	}
	if year != "" {
		b.WriteString("~year-")
		b.WriteString(year)
	}
	b.WriteString(ext)
	b.WriteString(frag)
	return b.String(), true
}

// digits reports whether s is a number: a record's id.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func newLinker(base string) *linker {
	l := &linker{base: base, host: "annals.invalid"}
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		l.host = u.Host
	}
	return l
}

// link rewrites one attribute value found in the file from: an internal
// absolute address becomes the relative path of its file (absolute under
// the base URL for a canonical link). It returns the new value and false
// when the link must go because the static site cannot have its target.
func (l *linker) link(v, from string, canonicalLink bool) (string, bool) {
	if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
		return v, true
	}
	u, err := url.Parse(v)
	if err != nil {
		return v, true
	}
	frag := ""
	if u.Fragment != "" {
		frag = "#" + u.EscapedFragment()
	}
	if isExcluded(u.Path) {
		return "", false
	}
	if name, ok := generated[u.Path]; ok {
		q := ""
		if u.Path == "/search" && u.RawQuery != "" {
			// The static search reads the query from its address.
			q = "?" + u.RawQuery
		}
		return l.href(from, name, canonicalLink) + q + frag, true
	}
	if q := u.Query(); q.Has("year") && !q.Has("page") && isList(u.Path) && !l.isPaged(u.Path) {
		frag = "#y" + url.PathEscape(q.Get("year"))
		q.Del("year")
		u.RawQuery = q.Encode()
	}
	return l.href(from, fileOf(u), canonicalLink) + frag, true
}

// isPaged reports whether the list at path p has more than one page.
func (l *linker) isPaged(p string) bool {
	m := l.paged.Load()
	return m != nil && (*m)[p]
}

// isList reports whether p is the path of a topic's, author's or source's
// list, which the server narrows to a year with ?year=.
func isList(p string) bool {
	return strings.HasPrefix(p, "/topics/") || strings.HasPrefix(p, "/authors/") || strings.HasPrefix(p, "/sources/")
}

// href is the address of the file name from the file from.
func (l *linker) href(from, name string, absolute bool) string {
	if absolute && l.base != "" {
		return l.base + "/" + relative("", name)
	}
	return relative(from, name)
}

// rewriteHTML copies a page rendered by the server to out with every
// internal absolute link made relative to the file from; links to the
// server's services are removed (with their element, for <link> and
// <script>). The export renders its pages with pageLinks instead; this
// serves the search page, rendered once by the server's handler, and
// the tests, which compare the two ways.
//
// It reads the page as the server's templ components write it, not as
// HTML in general: every attribute value is double-quoted and escaped,
// and "<" and ">" occur only as tag delimiters (text and attribute
// values escape them, JSON in <script> writes \u003c), so a tag holding
// a link is found by looking for `="/` and reading back to its "<" and
// on to its ">". Tags without a link are copied byte for byte.
func (l *linker) rewriteHTML(out *bytes.Buffer, page []byte, from string) error {
	done := 0
	for {
		i := bytes.Index(page[done:], []byte(`="/`))
		if i < 0 {
			out.Write(page[done:])
			return nil
		}
		i += done
		start := bytes.LastIndexByte(page[:i], '<')
		end := bytes.IndexByte(page[i:], '>')
		if start < done || end < 0 {
			return fmt.Errorf("%s: a link outside a tag at byte %d", from, i)
		}
		end += i + 1
		out.Write(page[done:start])
		if err := l.rewriteTag(out, page[start:end], from); err != nil {
			return fmt.Errorf("%s: byte %d: %w", from, start, err)
		}
		done = end
	}
}

// attr is one attribute of a tag; a boolean attribute has no value.
type attr struct {
	key, val string
	quoted   bool
}

// rewriteTag writes one tag (from "<" to ">") with its links rewritten.
func (l *linker) rewriteTag(out *bytes.Buffer, tag []byte, from string) error {
	name, attrs, selfClosing, err := parseTag(tag)
	if err != nil {
		return err
	}
	canonical := false
	if name == "link" {
		for _, a := range attrs {
			if a.key == "rel" && a.val == "canonical" {
				canonical = true
			}
		}
	}
	for i, a := range attrs {
		if a.key != "href" && a.key != "src" && a.key != "action" {
			continue
		}
		v, keep := l.link(a.val, from, canonical)
		if !keep {
			if name == "link" || name == "script" {
				if name == "script" {
					return fmt.Errorf("a script from %s, which the static site cannot have", a.val)
				}
				return nil // the whole <link> goes
			}
			attrs[i].key = ""
			continue
		}
		attrs[i].val = v
	}
	out.WriteByte('<')
	out.WriteString(name)
	for _, a := range attrs {
		if a.key == "" {
			continue
		}
		out.WriteByte(' ')
		out.WriteString(a.key)
		if a.quoted {
			out.WriteString(`="`)
			out.WriteString(html.EscapeString(a.val))
			out.WriteByte('"')
		}
	}
	if selfClosing {
		out.WriteString("/>")
	} else {
		out.WriteByte('>')
	}
	return nil
}

// parseTag reads a start tag as templ writes it.
func parseTag(tag []byte) (name string, attrs []attr, selfClosing bool, err error) {
	s := string(tag[1 : len(tag)-1])
	if strings.HasSuffix(s, "/") {
		selfClosing = true
		s = s[:len(s)-1]
	}
	i := strings.IndexAny(s, " \n\t")
	if i < 0 {
		return s, nil, selfClosing, nil
	}
	name, s = s[:i], s[i:]
	for {
		s = strings.TrimLeft(s, " \n\t")
		if s == "" {
			return name, attrs, selfClosing, nil
		}
		k := strings.IndexAny(s, "= \n\t")
		if k < 0 {
			attrs = append(attrs, attr{key: s})
			return name, attrs, selfClosing, nil
		}
		if s[k] != '=' {
			attrs = append(attrs, attr{key: s[:k]})
			s = s[k:]
			continue
		}
		if k+1 >= len(s) || s[k+1] != '"' {
			return "", nil, false, fmt.Errorf("<%s>: attribute %q is not quoted", name, s[:k])
		}
		e := strings.IndexByte(s[k+2:], '"')
		if e < 0 {
			return "", nil, false, fmt.Errorf("<%s>: attribute %q is not closed", name, s[:k])
		}
		attrs = append(attrs, attr{key: s[:k], val: html.UnescapeString(s[k+2 : k+2+e]), quoted: true})
		s = s[k+2+e+1:]
	}
}

// rewriteText rewrites the server's absolute addresses in an XML or JSON
// document: to addresses under the base URL when there is one, else to
// paths relative to the document.
func (l *linker) rewriteText(out *bytes.Buffer, body []byte, from string) {
	last := 0
	for {
		m := l.nextServerURL(body, last)
		if m == nil {
			break
		}
		out.Write(body[last:m[0]])
		last = m[3]
		raw := string(body[m[2]:m[3]])
		v, keep := l.link(strings.ReplaceAll(raw, "&amp;", "&"), from, true)
		if !keep {
			// A service of the server: the static site cannot answer it.
			out.WriteString(l.base + raw)
			continue
		}
		out.WriteString(strings.ReplaceAll(v, "&", "&amp;"))
	}
	out.Write(body[last:])
}

// nextServerURL finds the next absolute address of the server in body
// from byte i on: "http(s)://HOST/path", the path ending at a quote, an
// angle bracket or a space. It returns the start of the address, then
// the start and end of its path (as [start, -, pathStart, pathEnd]), or
// nil.
func (l *linker) nextServerURL(body []byte, i int) []int {
	needle := "://" + l.host + "/"
	for {
		j := bytes.Index(body[i:], []byte(needle))
		if j < 0 {
			return nil
		}
		j += i
		i = j + len(needle)
		start := -1
		switch {
		case j >= 5 && string(body[j-5:j]) == "https":
			start = j - 5
		case j >= 4 && string(body[j-4:j]) == "http":
			start = j - 4
		}
		if start < 0 || start > 0 && isWordByte(body[start-1]) {
			continue
		}
		p := j + len(needle) - 1
		e := p
		for e < len(body) && !strings.ContainsRune("\"'<> \t\n\r\f\v", rune(body[e])) {
			e++
		}
		return []int{start, 0, p, e}
	}
}

// isWordByte reports whether c is a letter or a digit: "xhttp://" is
// not an address.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// get renders the address p through the server's handler, for the few
// documents rendered once (the search page, the OpenSearch description,
// the static assets).
func (l *linker) get(ctx context.Context, h http.Handler, p string) ([]byte, string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+l.host+p, nil)
	if err != nil {
		return nil, "", err
	}
	rec := &recorder{h: http.Header{}}
	h.ServeHTTP(rec, req)
	if rec.status != http.StatusOK {
		return nil, "", fmt.Errorf("render %s: status %d", p, rec.status)
	}
	return rec.body.Bytes(), rec.h.Get("Content-Type"), nil
}

// recorder is an http.ResponseWriter that keeps the response in memory.
type recorder struct {
	h      http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.h }

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}
