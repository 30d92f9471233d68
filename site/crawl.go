package site

import (
	"bytes"
	"context"
	"errors"
	"hash/fnv"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/net/html"
)

// crawler renders pages through the server's handler, breadth-first from
// "/", and writes each with its links rewritten. Its memory is the queue
// of addresses found but not yet written and 8 bytes per address seen;
// pages are dropped once written.
type crawler struct {
	h        http.Handler
	w        *writer
	log      *slog.Logger
	base     string // BaseURL without a trailing slash, or ""
	sitemap  *sitemap
	progress func(written, found int)
	// host is the host the pages are asked for: the base URL's when there
	// is one (it shows in the feeds' tag: ids), else a reserved name.
	host string
	// serverURL matches an absolute address of the server (on host) in a
	// feed or other XML document.
	serverURL *regexp.Regexp

	mu     sync.Mutex
	cond   *sync.Cond
	queue  []string
	head   int
	seen   map[uint64]struct{}
	active int
	err    error

	pages  atomic.Int64
	broken atomic.Int64
}

func newCrawler(h http.Handler, w *writer, log *slog.Logger, base string, sm *sitemap, progress func(int, int)) *crawler {
	c := &crawler{h: h, w: w, log: log, base: base, sitemap: sm, progress: progress, seen: map[uint64]struct{}{}, host: "annals.invalid"}
	if u, err := url.Parse(base); err == nil && u.Host != "" {
		c.host = u.Host
	}
	c.serverURL = regexp.MustCompile(`https?://` + regexp.QuoteMeta(c.host) + `(/[^"'<>\s]*)`)
	c.cond = sync.NewCond(&c.mu)
	return c
}

// excluded are the addresses that are services, not pages: a static copy
// cannot answer them, so links to them are removed (see rewrite).
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
// asking the server.
var generated = map[string]string{"/search": "search.html", "/sitemap.xml": "sitemap.xml", "/robots.txt": "robots.txt"}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// add queues the canonical addresses not seen before.
func (c *crawler) add(links []string) {
	if len(links) == 0 {
		return
	}
	c.mu.Lock()
	for _, l := range links {
		k := hash64(l)
		if _, ok := c.seen[k]; ok {
			continue
		}
		c.seen[k] = struct{}{}
		c.queue = append(c.queue, l)
		c.cond.Signal()
	}
	c.mu.Unlock()
}

// next returns the next address to render, waiting while other workers
// may still find some; false when the crawl is over.
func (c *crawler) next() (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.head == len(c.queue) && c.active > 0 && c.err == nil {
		c.cond.Wait()
	}
	if c.err != nil || c.head == len(c.queue) {
		return "", false
	}
	l := c.queue[c.head]
	c.queue[c.head] = ""
	c.head++
	if c.head > 4096 && c.head*2 > len(c.queue) {
		// Let the written part of the queue go.
		c.queue = append([]string(nil), c.queue[c.head:]...)
		c.head = 0
	}
	c.active++
	return l, true
}

// done marks one address finished, recording the first error.
func (c *crawler) done(err error) {
	c.mu.Lock()
	c.active--
	if err != nil && c.err == nil {
		c.err = err
	}
	c.cond.Broadcast()
	c.mu.Unlock()
}

// found is the number of addresses seen so far.
func (c *crawler) found() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.seen)
}

// run crawls from "/" with n workers.
func (c *crawler) run(ctx context.Context, n int) error {
	c.add([]string{"/"})
	stop := context.AfterFunc(ctx, func() {
		c.mu.Lock()
		if c.err == nil {
			c.err = ctx.Err()
		}
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer stop()
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := &recorder{h: http.Header{}}
			var out bytes.Buffer
			for {
				l, ok := c.next()
				if !ok {
					return
				}
				c.done(c.page(ctx, l, rec, &out))
			}
		}()
	}
	wg.Wait()
	return c.err
}

// page renders the address l and writes its file.
func (c *crawler) page(ctx context.Context, l string, rec *recorder, out *bytes.Buffer) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+c.host+l, nil)
	if err != nil {
		return err
	}
	rec.reset()
	c.h.ServeHTTP(rec, req)
	if rec.status != http.StatusOK {
		c.broken.Add(1)
		c.log.Warn("linked page not served", "path", l, "status", rec.status)
		return nil
	}
	name := fileOf(req.URL)
	body := rec.body.Bytes()
	if strings.HasPrefix(rec.h.Get("Content-Type"), "text/html") {
		out.Reset()
		links, err := c.rewrite(out, body, name)
		if err != nil {
			return err
		}
		c.add(links)
		body = out.Bytes()
		if !strings.HasSuffix(name, ".html") {
			c.log.Warn("page without a page's address", "path", l, "file", name)
		}
		if c.sitemap != nil {
			if err := c.sitemap.add(name); err != nil {
				return err
			}
		}
		if n := c.pages.Add(1); c.progress != nil && n%500 == 0 {
			c.progress(int(n), c.found())
		}
	}
	if isText(rec.h.Get("Content-Type")) {
		out.Reset()
		// Links in feeds lead to pages the HTML links to as well; some
		// are identifiers (a category scheme), not pages, so none is
		// crawled from here.
		c.rewriteText(out, body, name)
		body = out.Bytes()
	}
	return c.w.write(name, body)
}

// isText reports whether a response of this type may hold addresses of
// the server (feeds, the OpenSearch description).
func isText(ct string) bool {
	return strings.Contains(ct, "xml") || strings.Contains(ct, "json")
}

// rewriteText rewrites the server's absolute addresses in an XML or JSON
// document: to addresses under the base URL when there is one, else to
// paths relative to the document. It returns the pages they lead to.
func (c *crawler) rewriteText(out *bytes.Buffer, body []byte, from string) []string {
	var links []string
	last := 0
	for _, m := range c.serverURL.FindAllSubmatchIndex(body, -1) {
		out.Write(body[last:m[0]])
		last = m[1]
		raw := string(body[m[2]:m[3]])
		v, link, keep := c.link(strings.ReplaceAll(raw, "&amp;", "&"), from, true)
		if !keep {
			// A service of the server: the static site cannot answer it.
			out.WriteString(c.base + raw)
			continue
		}
		out.WriteString(strings.ReplaceAll(v, "&", "&amp;"))
		if link != "" {
			links = append(links, link)
		}
	}
	out.Write(body[last:])
	return links
}

// linkAttrs are the attributes that hold addresses.
var linkAttrs = [][]byte{[]byte(`href=`), []byte(`src=`), []byte(`action=`)}

// rewrite copies the page body to out with every internal absolute link
// made relative to the file from, and returns the canonical addresses it
// links to. Tags without a link attribute are copied byte for byte.
func (c *crawler) rewrite(out *bytes.Buffer, body []byte, from string) ([]string, error) {
	var links []string
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return nil, err
			}
			return links, nil
		}
		raw := z.Raw()
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken || !hasLinkAttr(raw) {
			out.Write(raw)
			continue
		}
		raw = bytes.Clone(raw)
		tag, more := z.TagName()
		tagName := string(tag)
		var attrs []html.Attribute
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
		}
		drop, changed := false, false
		rel := ""
		for _, a := range attrs {
			if a.Key == "rel" {
				rel = a.Val
			}
		}
		for i, a := range attrs {
			if a.Key != "href" && a.Key != "src" && a.Key != "action" {
				continue
			}
			v, link, keep := c.link(a.Val, from, tagName == "link" && rel == "canonical")
			if !keep {
				if tagName == "link" || tagName == "script" {
					drop = true
				}
				attrs[i].Key = ""
				changed = true
				continue
			}
			if v != a.Val {
				attrs[i].Val = v
				changed = true
			}
			if link != "" {
				links = append(links, link)
			}
		}
		switch {
		case drop:
		case !changed:
			out.Write(raw)
		default:
			out.WriteByte('<')
			out.WriteString(tagName)
			for _, a := range attrs {
				if a.Key == "" {
					continue
				}
				out.WriteByte(' ')
				out.WriteString(a.Key)
				out.WriteString(`="`)
				out.WriteString(html.EscapeString(a.Val))
				out.WriteByte('"')
			}
			if tt == html.SelfClosingTagToken {
				out.WriteString("/>")
			} else {
				out.WriteByte('>')
			}
		}
	}
}

// hasLinkAttr reports whether a raw tag may hold a link attribute.
func hasLinkAttr(raw []byte) bool {
	for _, a := range linkAttrs {
		if bytes.Contains(raw, a) {
			return true
		}
	}
	return false
}

// link rewrites one attribute value found in the file from: an internal
// absolute address becomes the relative path of its file (absolute under
// the base URL for a canonical link). It returns the new value, the
// canonical address to crawl ("" for none), and false when the link must
// go because the static site cannot have its target.
func (c *crawler) link(v, from string, canonicalLink bool) (string, string, bool) {
	if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
		return v, "", true
	}
	u, err := url.Parse(v)
	if err != nil {
		return v, "", true
	}
	frag := ""
	if u.Fragment != "" {
		frag = "#" + u.EscapedFragment()
	}
	if isExcluded(u.Path) {
		return "", "", false
	}
	if name, ok := generated[u.Path]; ok {
		q := ""
		if u.Path == "/search" && u.RawQuery != "" {
			// The static search reads the query from its address.
			q = "?" + u.RawQuery
		}
		return c.href(from, name, canonicalLink) + q + frag, "", true
	}
	canon := canonical(u)
	return c.href(from, fileOf(u), canonicalLink) + frag, canon, true
}

// href is the address of the file name from the file from.
func (c *crawler) href(from, name string, absolute bool) string {
	if absolute && c.base != "" {
		return c.base + "/" + relative("", name)
	}
	return relative(from, name)
}

// recorder is a reusable http.ResponseWriter that keeps the response in
// memory for one page at a time.
type recorder struct {
	h      http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) reset() {
	clear(r.h)
	r.status = 0
	r.body.Reset()
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
