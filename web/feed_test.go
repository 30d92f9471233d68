package web_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/demo"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
	"github.com/labor-annals/annals/web"
)

const atomNS = "http://www.w3.org/2005/Atom"

// seedServer serves the seed archive (18 records in topic "kazakhstan").
func seedServer(t *testing.T, baseURL string) (*httptest.Server, *store.DB) {
	t.Helper()
	db := storetest.SeedDB(t)
	h, err := (&web.Server{DB: db, BaseURL: baseURL}).Handler()
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts, db
}

// TestAtomFeedsValidateAndReadBack is issue 7's must-show 3: every feed of
// the seed archive (its topic, each author, each source, a saved search)
// meets RFC 4287's requirements, and gofeed reads back every entry with the
// title, link, date and authors of the record in the store.
func TestAtomFeedsValidateAndReadBack(t *testing.T) {
	ts, db := seedServer(t, "")
	ctx := t.Context()
	type feedCase struct {
		path   string
		filter annals.RecordFilter // the records the feed must carry
		query  string              // or the search whose records it must carry
	}
	cases := []feedCase{{path: "/feeds/topics/" + demo.TopicSlug, filter: annals.RecordFilter{Topic: demo.TopicSlug}}}
	authors, _, err := db.FindAuthors(ctx, store.NameFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	sources, _, err := db.FindSources(ctx, store.NameFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(authors) == 0 || len(sources) == 0 {
		t.Fatalf("the seed archive has %d authors and %d sources", len(authors), len(sources))
	}
	for _, a := range authors {
		cases = append(cases, feedCase{path: "/feeds/authors/" + url.PathEscape(a.Value), filter: annals.RecordFilter{Author: a.Value}})
	}
	for _, s := range sources {
		cases = append(cases, feedCase{path: "/feeds/sources/" + url.PathEscape(s.Value), filter: annals.RecordFilter{Source: s.Value}})
	}
	for _, q := range []string{"kazakhstan", "strike OR oil", "year:2011..2012", "nothingmatchesthisword"} {
		cases = append(cases, feedCase{path: "/feeds/search?" + url.Values{"q": {q}}.Encode(), query: q})
	}

	for _, c := range cases {
		resp, body := get(t, ts.URL+c.path)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/atom+xml; charset=utf-8" {
			t.Errorf("GET %s: %d %q", c.path, resp.StatusCode, resp.Header.Get("Content-Type"))
			continue
		}
		checkAtom(t, c.path, body)

		// The records the feed must carry, newest first, from the store.
		var want []*annals.Record
		if c.query == "" {
			f := c.filter
			f.Limit = 1000
			want, _, err = db.FindRecords(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
		} else {
			q, err := annals.ParseQuery(c.query + " sort:-date")
			if err != nil {
				t.Fatal(err)
			}
			res, err := db.Search(ctx, q, annals.SearchOptions{Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				want = append(want, h.Record)
			}
		}
		if len(want) == 0 && c.query != "nothingmatchesthisword" {
			t.Fatalf("%s: the store has no records for it", c.path)
		}
		want = want[:min(len(want), 50)]

		feed, err := gofeed.NewParser().ParseString(body)
		if err != nil {
			t.Errorf("%s: gofeed: %v", c.path, err)
			continue
		}
		if feed.FeedType != "atom" || feed.Title == "" || feed.UpdatedParsed == nil {
			t.Errorf("%s: gofeed read type %q, title %q, updated %v", c.path, feed.FeedType, feed.Title, feed.UpdatedParsed)
		}
		if len(feed.Items) != len(want) {
			t.Errorf("%s: gofeed read %d entries, the store has %d records", c.path, len(feed.Items), len(want))
			continue
		}
		var prev annals.Date
		for i, it := range feed.Items {
			rec := want[i]
			if i > 0 && !rec.Date.IsZero() && prev.Before(rec.Date) {
				t.Errorf("%s: entry %d (%s) is newer than the one before (%s)", c.path, i, rec.Date, prev)
			}
			prev = rec.Date
			if it.Title != rec.DisplayTitle() {
				t.Errorf("%s: entry %d title %q, record %q", c.path, i, it.Title, rec.DisplayTitle())
			}
			link := ts.URL + "/records/" + itoa(rec.ID)
			if rec.URL != "" {
				link = rec.URL
			}
			if it.Link != link {
				t.Errorf("%s: entry %d link %q, want %q", c.path, i, it.Link, link)
			}
			if it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(rec.UpdatedAt.Truncate(time.Second)) {
				t.Errorf("%s: entry %d updated %v, record updated %v", c.path, i, it.UpdatedParsed, rec.UpdatedAt)
			}
			wantPub := rec.UpdatedAt.Truncate(time.Second) // gofeed's fallback when there is no published
			if rec.Date.Precision == annals.PrecisionDay {
				wantPub = rec.Date.Time()
			}
			if it.PublishedParsed == nil || !it.PublishedParsed.Equal(wantPub) {
				t.Errorf("%s: entry %d published %v, want %v (record date %s)", c.path, i, it.PublishedParsed, wantPub, rec.Date)
			}
			var names []string
			for _, a := range it.Authors {
				names = append(names, a.Name)
			}
			if !slices.Equal(names, rec.Authors) && !(len(names) == 0 && len(rec.Authors) == 0) {
				t.Errorf("%s: entry %d authors %q, record %q", c.path, i, names, rec.Authors)
			}
			if len(rec.Authors) == 0 && (len(feed.Authors) == 0 || feed.Authors[0].Name != "annals") {
				t.Errorf("%s: entry %d has no author and the feed none to lend it", c.path, i)
			}
			if !strings.HasPrefix(it.GUID, "tag:127.0.0.1,") || !strings.HasSuffix(it.GUID, ":records/"+itoa(rec.ID)) {
				t.Errorf("%s: entry %d id %q", c.path, i, it.GUID)
			}
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// checkAtom fails the test where the document breaks a requirement of RFC
// 4287 (see atomProblems).
func checkAtom(t *testing.T, name, body string) {
	t.Helper()
	for _, p := range atomProblems(body) {
		t.Errorf("%s: %s", name, p)
	}
}

// atomProblems lists where an Atom document breaks a requirement of RFC
// 4287: the required elements of the feed and of each entry and their
// cardinality, absolute IRIs as ids, RFC 3339 dates, a feed author unless
// every entry has one, one self link, distinct entry ids and valid text
// construct types.
func atomProblems(body string) []string {
	var problems []string
	fail := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var root xnode
	dec := xml.NewDecoder(strings.NewReader(body))
	dec.Strict = true
	if err := dec.Decode(&root); err != nil {
		fail("not well-formed XML: %v", err)
		return problems
	}
	if !strings.HasPrefix(body, `<?xml version="1.0" encoding="UTF-8"?>`) {
		fail("no XML declaration")
	}
	if root.XMLName != (xml.Name{Space: atomNS, Local: "feed"}) {
		fail("root is %v, not atom:feed", root.XMLName)
		return problems
	}
	// Every element is in the Atom namespace (no extensions are used).
	var walk func(n *xnode)
	walk = func(n *xnode) {
		if n.XMLName.Space != atomNS {
			fail("element %v is outside the Atom namespace", n.XMLName)
		}
		for i := range n.Nodes {
			walk(&n.Nodes[i])
		}
	}
	walk(&root)

	once := func(where string, n *xnode, child string, required bool) *xnode {
		cs := n.children(child)
		switch {
		case len(cs) > 1:
			fail("%s has %d %s elements, at most one allowed", where, len(cs), child)
		case len(cs) == 0 && required:
			fail("%s has no %s element", where, child)
		case len(cs) == 1:
			return cs[0]
		}
		return nil
	}
	checkID := func(where string, n *xnode) string {
		id := once(where, n, "id", true)
		if id == nil {
			return ""
		}
		u, err := url.Parse(id.Text)
		if err != nil || !u.IsAbs() || id.Text != strings.TrimSpace(id.Text) {
			fail("%s id %q is not an absolute IRI", where, id.Text)
		}
		if strings.HasPrefix(id.Text, "tag:") && !tagURI.MatchString(id.Text) {
			fail("%s id %q is not a tag: URI (RFC 4151)", where, id.Text)
		}
		return id.Text
	}
	checkDate := func(where string, n *xnode, child string, required bool) {
		d := once(where, n, child, required)
		if d == nil {
			return
		}
		if _, err := time.Parse(time.RFC3339, d.Text); err != nil || !rfc3339.MatchString(d.Text) {
			fail("%s %s %q is not an RFC 3339 date-time", where, child, d.Text)
		}
	}
	checkText := func(where string, n *xnode, child string, required bool) {
		c := once(where, n, child, required)
		if c == nil {
			return
		}
		if ty := c.attr("type"); ty != "" && ty != "text" && ty != "html" && ty != "xhtml" {
			fail("%s %s has type %q", where, child, ty)
		}
		if len(c.Nodes) > 0 && c.attr("type") != "xhtml" {
			fail("%s %s of type %q has child elements", where, child, c.attr("type"))
		}
	}
	checkPersons := func(where string, n *xnode) int {
		ps := n.children("author")
		for _, p := range ps {
			if nm := once(where+" author", p, "name", true); nm != nil && nm.Text == "" {
				fail("%s has an author with an empty name", where)
			}
			if uri := once(where+" author", p, "uri", false); uri != nil {
				if u, err := url.Parse(uri.Text); err != nil || !u.IsAbs() {
					fail("%s author uri %q is not absolute", where, uri.Text)
				}
			}
		}
		return len(ps)
	}
	checkLinks := func(where string, n *xnode) (self, alternate int) {
		seen := map[string]bool{}
		for _, l := range n.children("link") {
			href := l.attr("href")
			if href == "" {
				fail("%s has a link without href", where)
			} else if u, err := url.Parse(href); err != nil || !u.IsAbs() {
				fail("%s link %q is not absolute", where, href)
			}
			switch rel := l.attr("rel"); rel {
			case "self":
				self++
			case "", "alternate":
				alternate++
				key := l.attr("type") + "|" + l.attr("hreflang")
				if seen[key] {
					fail("%s has two alternate links of type %q", where, l.attr("type"))
				}
				seen[key] = true
			}
		}
		return self, alternate
	}

	checkID("feed", &root)
	checkText("feed", &root, "title", true)
	checkText("feed", &root, "subtitle", false)
	checkText("feed", &root, "rights", false)
	checkDate("feed", &root, "updated", true)
	once("feed", &root, "generator", false)
	once("feed", &root, "icon", false)
	once("feed", &root, "logo", false)
	feedAuthors := checkPersons("feed", &root)
	if self, _ := checkLinks("feed", &root); self != 1 {
		fail("feed has %d self links, want 1", self)
	}
	ids := map[string]bool{}
	for i, e := range root.children("entry") {
		where := "entry " + itoa(int64(i))
		id := checkID(where, e)
		if ids[id] {
			fail("two entries have the id %q", id)
		}
		ids[id] = true
		checkText(where, e, "title", true)
		checkText(where, e, "summary", false)
		checkText(where, e, "rights", false)
		checkDate(where, e, "updated", true)
		checkDate(where, e, "published", false)
		content := once(where, e, "content", false)
		if content != nil && content.attr("src") != "" {
			fail("%s has out-of-line content, which needs a summary", where)
		}
		if checkPersons(where, e) == 0 && feedAuthors == 0 {
			fail("%s has no author and the feed has none (RFC 4287 §4.1.1)", where)
		}
		if _, alternate := checkLinks(where, e); alternate == 0 && content == nil {
			fail("%s has neither content nor an alternate link", where)
		}
		for _, c := range e.children("category") {
			if c.attr("term") == "" {
				fail("%s has a category without a term", where)
			}
		}
	}
	return problems
}

// TestAtomChecker checks that the checker above finds what it looks for,
// so that its silence about our feeds means something.
func TestAtomChecker(t *testing.T) {
	const head = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"
	good := head + `<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:example.org,2026:f</id><title>T</title>
<updated>2026-01-02T03:04:05Z</updated><link rel="self" href="http://example.org/f"/>
<entry><id>tag:example.org,2026:e1</id><title>A</title><updated>2026-01-02T03:04:05Z</updated><author><name>N</name></author><link href="http://example.org/1"/></entry>
</feed>`
	if p := atomProblems(good); len(p) > 0 {
		t.Fatalf("a valid feed has problems: %q", p)
	}
	for _, tt := range []struct{ name, from, to, want string }{
		{"no feed id", `<id>tag:example.org,2026:f</id>`, ``, "feed has no id"},
		{"relative id", `<id>tag:example.org,2026:f</id>`, `<id>f</id>`, "not an absolute IRI"},
		{"bad tag", `<id>tag:example.org,2026:f</id>`, `<id>tag:example.org:f</id>`, "not a tag: URI"},
		{"two titles", `<title>T</title>`, `<title>T</title><title>U</title>`, "2 title elements"},
		{"bad date", `<updated>2026-01-02T03:04:05Z</updated><link`, `<updated>2 January 2026</updated><link`, "not an RFC 3339"},
		{"no self", `<link rel="self" href="http://example.org/f"/>`, ``, "0 self links"},
		{"no author", `<author><name>N</name></author>`, ``, "no author"},
		{"no entry id", `<id>tag:example.org,2026:e1</id>`, ``, "entry 0 has no id"},
		{"no link", `<link href="http://example.org/1"/>`, ``, "neither content nor an alternate link"},
		{"bad type", `<title>A</title>`, `<title type="markdown">A</title>`, "type \"markdown\""},
		{"duplicate id", `</entry>`, `</entry><entry><id>tag:example.org,2026:e1</id><title>B</title><updated>2026-01-02T03:04:05Z</updated><author><name>N</name></author><link href="http://example.org/2"/></entry>`, "two entries have the id"},
		{"not xml", `<title>T</title>`, `<title>T &</title>`, "not well-formed"},
	} {
		doc := strings.Replace(good, tt.from, tt.to, 1)
		if p := atomProblems(doc); !strings.Contains(strings.Join(p, "\n"), tt.want) {
			t.Errorf("%s: problems %q, want one saying %q", tt.name, p, tt.want)
		}
	}
}

var (
	tagURI  = regexp.MustCompile(`^tag:[a-z0-9]([a-z0-9.-]*[a-z0-9])?,\d{4}(-\d{2}(-\d{2})?)?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$`)
	rfc3339 = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$`)
)

// xnode is any XML element, for checking a document's structure.
type xnode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []xnode    `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n *xnode) children(local string) []*xnode {
	var out []*xnode
	for i := range n.Nodes {
		if n.Nodes[i].XMLName.Local == local {
			out = append(out, &n.Nodes[i])
		}
	}
	return out
}

func (n *xnode) attr(local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// atomIDs returns the ids of a feed's entries.
func atomIDs(t *testing.T, body string) []string {
	t.Helper()
	var root xnode
	if err := xml.Unmarshal([]byte(body), &root); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range root.children("entry") {
		ids = append(ids, e.children("id")[0].Text)
	}
	return ids
}

// TestAtomIDsAreStable checks that entry ids are the same on every request,
// after the seed pages are imported again, and with a BaseURL (when they
// take its host and the links its address).
func TestAtomIDsAreStable(t *testing.T) {
	ts, db := seedServer(t, "")
	_, body1 := get(t, ts.URL+"/feeds/topics/kazakhstan")
	_, body2 := get(t, ts.URL+"/feeds/topics/kazakhstan")
	ids := atomIDs(t, body1)
	if len(ids) != 18 {
		t.Fatalf("%d entries, want the 18 seed records", len(ids))
	}
	if !slices.Equal(ids, atomIDs(t, body2)) {
		t.Errorf("ids differ between two requests")
	}
	if err := demo.Build(t.Context(), db, nil); err != nil {
		t.Fatal(err)
	}
	_, body3 := get(t, ts.URL+"/feeds/topics/kazakhstan")
	if got := atomIDs(t, body3); !slices.Equal(ids, got) {
		t.Errorf("ids changed after a re-import:\n%q\n%q", ids, got)
	}

	h, err := (&web.Server{DB: db, BaseURL: "https://annals.example.org/"}).Handler()
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/feeds/topics/kazakhstan", nil))
	body := rec.Body.String()
	checkAtom(t, "with BaseURL", body)
	for i, id := range atomIDs(t, body) {
		if want := strings.Replace(ids[i], "tag:127.0.0.1,", "tag:annals.example.org,", 1); id != want {
			t.Errorf("entry %d id %q, want %q", i, id, want)
		}
	}
	for _, want := range []string{`<link rel="self" type="application/atom+xml" href="https://annals.example.org/feeds/topics/kazakhstan">`,
		`<link rel="alternate" type="text/html" href="https://annals.example.org/topics/kazakhstan">`} {
		if !strings.Contains(body, want) {
			t.Errorf("feed lacks %s", want)
		}
	}
}

// TestAtomConditionalGet checks ETag and Last-Modified revalidation.
func TestAtomConditionalGet(t *testing.T) {
	ts, _ := seedServer(t, "")
	for _, p := range []string{"/feeds/topics/kazakhstan", "/feeds/search?q=strike"} {
		resp, body := get(t, ts.URL+p)
		etag, mod := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if resp.StatusCode != 200 || etag == "" || mod == "" || body == "" {
			t.Fatalf("GET %s: %d, ETag %q, Last-Modified %q", p, resp.StatusCode, etag, mod)
		}
		if resp, body := get(t, ts.URL+p, "If-None-Match", etag); resp.StatusCode != http.StatusNotModified || body != "" {
			t.Errorf("GET %s If-None-Match: %d, %d bytes; want 304 and no body", p, resp.StatusCode, len(body))
		}
		if resp, _ := get(t, ts.URL+p, "If-None-Match", `"other"`); resp.StatusCode != 200 {
			t.Errorf("GET %s with a stale ETag: %d, want 200", p, resp.StatusCode)
		}
		if resp, _ := get(t, ts.URL+p, "If-Modified-Since", mod); resp.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s If-Modified-Since: %d, want 304", p, resp.StatusCode)
		}
		lm, err := http.ParseTime(mod)
		if err != nil {
			t.Fatal(err)
		}
		if resp, _ := get(t, ts.URL+p, "If-Modified-Since", lm.Add(-time.Hour).Format(http.TimeFormat)); resp.StatusCode != 200 {
			t.Errorf("GET %s modified since an hour earlier: %d, want 200", p, resp.StatusCode)
		}
	}
}

// TestAtomHostileRecord checks that markup, a CDATA end and control
// characters in a record come out as text in well-formed XML.
func TestAtomHostileRecord(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{{
		Title:      "<script>alert(1)</script> ]]> \x00\x01\x0b\u0085 & end\uFFFE",
		Authors:    []string{`"><img src=x onerror=alert(2)>`, "Nul\x00Byte"},
		Summary:    `<![CDATA[ x ]]><iframe src="javascript:alert(3)"></iframe>` + "\x1b[31m",
		URL:        `https://example.org/?q="><script>alert(4)</script>&a=1`,
		Source:     "]]>",
		Provenance: []annals.Provenance{{Line: 1}},
	}})
	for _, p := range []string{"/feeds/topics/k", "/feeds/search?q=script", "/feeds/sources/" + url.PathEscape("]]>"), "/feeds/authors/" + url.PathEscape(`"><img src=x onerror=alert(2)>`)} {
		resp, body := get(t, ts.URL+p)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", p, resp.StatusCode)
			continue
		}
		checkAtom(t, p, body)
		for _, bad := range []string{"<script", "<img", "<iframe", "]]>", "<![CDATA[", "\x00", "\x01", "\x0b", "\x1b", "\u0085", "\uFFFE"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: raw %q in the feed", p, bad)
			}
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader([]byte(body)))
		if err != nil {
			t.Errorf("GET %s: gofeed: %v", p, err)
			continue
		}
		if len(feed.Items) != 1 {
			t.Errorf("GET %s: %d entries", p, len(feed.Items))
			continue
		}
		it := feed.Items[0]
		if want := "<script>alert(1)</script> ]]>  & end"; it.Title != want {
			t.Errorf("GET %s: title read back as %q, want %q", p, it.Title, want)
		}
		if want := `https://example.org/?q="><script>alert(4)</script>&a=1`; it.Link != want {
			t.Errorf("GET %s: link read back as %q", p, it.Link)
		}
		if len(it.Authors) != 2 || it.Authors[0].Name != `"><img src=x onerror=alert(2)>` || it.Authors[1].Name != "NulByte" {
			t.Errorf("GET %s: authors read back as %+v", p, it.Authors)
		}
	}
}

func TestAtomErrors(t *testing.T) {
	ts, _ := seedServer(t, "")
	for _, tt := range []struct {
		path   string
		status int
		want   string
	}{
		{"/feeds/topics/nope", 404, "Topic &#34;nope&#34; not found."},
		{"/feeds/authors/Nobody%20Atall", 404, "no records with the author"},
		{"/feeds/sources/Nowhere", 404, "no records with the source"},
		{"/feeds/search?q=%22unclosed", 400, "not closed"},
		{"/feeds/search?q=year:2050..1990", 400, "ends"},
		{"/feeds/search?q=...", 400, "no words to search for"},
		{"/feeds/search", 400, "needs a query"},
		{"/feeds/topics/", 404, "There is no page at this address."},
	} {
		resp, body := get(t, ts.URL+tt.path)
		if resp.StatusCode != tt.status || !strings.Contains(body, tt.want) {
			t.Errorf("GET %s: %d, want %d with %q\n%s", tt.path, resp.StatusCode, tt.status, tt.want, body)
		}
	}
}

// TestFeedLinksOnPages checks that topic, author, source and search pages
// announce their feed in <head> and show a link to it, that the feed
// exists, and that every page links the OpenSearch description and the
// JSON API.
func TestFeedLinksOnPages(t *testing.T) {
	ts, db := seedServer(t, "")
	authors, _, err := db.FindAuthors(t.Context(), store.NameFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	sources, _, err := db.FindSources(t.Context(), store.NameFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	a, s := authors[0].Value, sources[0].Value
	for _, tt := range []struct{ page, feed string }{
		{"/topics/kazakhstan", "/feeds/topics/kazakhstan"},
		{"/topics/kazakhstan?order=oldest&year=2011", "/feeds/topics/kazakhstan"},
		{"/authors/" + url.PathEscape(a), "/feeds/authors/" + url.PathEscape(a)},
		{"/sources/" + url.PathEscape(s), "/feeds/sources/" + url.PathEscape(s)},
		{"/search?q=strike+year%3A2011", "/feeds/search?q=strike+year%3A2011"},
	} {
		resp, body := get(t, ts.URL+tt.page)
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", tt.page, resp.StatusCode)
			continue
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		head := doc.Find(`head link[rel=alternate][type="application/atom+xml"]`)
		if head.Length() != 1 || head.AttrOr("href", "") != tt.feed || head.AttrOr("title", "") == "" {
			t.Errorf("GET %s: head feed links %d, href %q, want one to %q", tt.page, head.Length(), head.AttrOr("href", ""), tt.feed)
		}
		if href := doc.Find(`main a[type="application/atom+xml"]`).AttrOr("href", ""); href != tt.feed {
			t.Errorf("GET %s: visible feed link %q, want %q", tt.page, href, tt.feed)
		}
		if resp, _ := get(t, ts.URL+tt.feed); resp.StatusCode != 200 {
			t.Errorf("GET %s (linked from %s): %d", tt.feed, tt.page, resp.StatusCode)
		}
	}
	for _, p := range []string{"/", "/records/1", "/years/2011", "/search", "/search?q=%22unclosed", "/topics/kazakhstan"} {
		_, body := get(t, ts.URL+p)
		doc, _ := goquery.NewDocumentFromReader(strings.NewReader(body))
		if doc.Find(`head link[rel=search][type="application/opensearchdescription+xml"][href="/opensearch.xml"]`).Length() != 1 {
			t.Errorf("GET %s: no OpenSearch link in head", p)
		}
		if doc.Find(`head link[rel=alternate][type="application/json"][href="/api/v1/records"]`).Length() != 1 {
			t.Errorf("GET %s: no JSON API link in head", p)
		}
		if strings.HasPrefix(p, "/search") || p == "/" || strings.HasPrefix(p, "/records") || strings.HasPrefix(p, "/years") {
			if doc.Find(`link[type="application/atom+xml"]`).Length() != 0 {
				t.Errorf("GET %s: a feed link on a page without a feed", p)
			}
		}
	}
}
