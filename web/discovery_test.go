package web

// These tests are in package web so that TestSitemapIndex can lower
// sitemapSize and reach the sitemap index with the 18 seed records.

import (
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
)

// seedHTTP serves the seed archive.
func seedHTTP(t *testing.T) (*httptest.Server, *store.DB) {
	t.Helper()
	db := storetest.SeedDB(t)
	h, err := (&Server{DB: db}).Handler()
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts, db
}

func fetch(t *testing.T, u string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// sitemapDoc is a <urlset> or a <sitemapindex>.
type sitemapDoc struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// readSitemap fetches and parses one sitemap file, checking what the
// protocol asks of every file: well-formed UTF-8 XML in its namespace, at
// most 50,000 (here: sitemapSize) absolute URLs on this site.
func readSitemap(t *testing.T, ts *httptest.Server, u string) *sitemapDoc {
	t.Helper()
	resp, body := fetch(t, u)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/xml; charset=utf-8" {
		t.Fatalf("GET %s: %d %q", u, resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.HasPrefix(body, `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("GET %s: no XML declaration", u)
	}
	var doc sitemapDoc
	dec := xml.NewDecoder(strings.NewReader(body))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("GET %s: not well-formed: %v", u, err)
	}
	if doc.XMLName.Space != sitemapNS || (doc.XMLName.Local != "urlset" && doc.XMLName.Local != "sitemapindex") {
		t.Errorf("GET %s: root %v", u, doc.XMLName)
	}
	if len(doc.URLs) > sitemapSize || len(doc.URLs) > 50_000 || len(doc.Sitemaps) > 50_000 {
		t.Errorf("GET %s: %d URLs and %d sitemaps, more than %d", u, len(doc.URLs), len(doc.Sitemaps), sitemapSize)
	}
	var locs []string
	for _, x := range doc.URLs {
		locs = append(locs, x.Loc)
		if x.LastMod != "" && !strings.HasSuffix(x.LastMod, "Z") {
			t.Errorf("GET %s: lastmod %q", u, x.LastMod)
		}
	}
	for _, x := range doc.Sitemaps {
		locs = append(locs, x.Loc)
	}
	for _, loc := range locs {
		if pu, err := url.Parse(loc); err != nil || !strings.HasPrefix(loc, ts.URL+"/") || pu.RawQuery != "" {
			t.Errorf("GET %s: loc %q is not an absolute URL of the site", u, loc)
		}
	}
	return &doc
}

// wantPages are the addresses a sitemap of the seed archive must list.
func wantPages(t *testing.T, ts *httptest.Server, db *store.DB) []string {
	t.Helper()
	ctx := t.Context()
	want := []string{ts.URL + "/", ts.URL + "/topics/kazakhstan"}
	n := 0
	for rec, err := range db.EachRecord(ctx, annals.RecordFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, ts.URL+RecordPath(rec))
		n++
	}
	if n != 18 {
		t.Fatalf("the seed archive has %d records, want 18", n)
	}
	years, err := db.YearCounts(ctx, annals.RecordFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range years {
		want = append(want, ts.URL+YearPath(y.Year))
	}
	authors, _, err := db.FindAuthors(ctx, store.NameFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range authors {
		want = append(want, ts.URL+AuthorPath(a.Value))
	}
	sources, _, err := db.FindSources(ctx, store.NameFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		want = append(want, ts.URL+SourcePath(s.Value))
	}
	slices.Sort(want)
	return want
}

func TestSitemapListsEveryPage(t *testing.T) {
	ts, db := seedHTTP(t)
	doc := readSitemap(t, ts, ts.URL+"/sitemap.xml")
	if doc.XMLName.Local != "urlset" {
		t.Fatalf("a small archive's sitemap is a %s, want one urlset", doc.XMLName.Local)
	}
	var got []string
	for _, u := range doc.URLs {
		got = append(got, u.Loc)
	}
	slices.Sort(got)
	if want := wantPages(t, ts, db); !slices.Equal(got, want) {
		t.Errorf("sitemap lists\n%q\nwant\n%q", got, want)
	}
	// Every listed page exists.
	for _, u := range doc.URLs {
		if resp, _ := fetch(t, u.Loc); resp.StatusCode != 200 {
			t.Errorf("GET %s (in the sitemap): %d", u.Loc, resp.StatusCode)
		}
	}
}

// TestSitemapIndex lowers the limit of URLs per file to reach the sitemap
// index: its files together list the same pages, none over the limit.
func TestSitemapIndex(t *testing.T) {
	ts, db := seedHTTP(t)
	defer func(n int) { sitemapSize = n }(sitemapSize)
	sitemapSize = 5
	index := readSitemap(t, ts, ts.URL+"/sitemap.xml")
	if index.XMLName.Local != "sitemapindex" || len(index.Sitemaps) < 5 {
		t.Fatalf("sitemap is a %s of %d files, want an index", index.XMLName.Local, len(index.Sitemaps))
	}
	var got []string
	for _, s := range index.Sitemaps {
		part := readSitemap(t, ts, s.Loc)
		if part.XMLName.Local != "urlset" || len(part.URLs) == 0 {
			t.Errorf("%s: a %s of %d URLs", s.Loc, part.XMLName.Local, len(part.URLs))
		}
		for _, u := range part.URLs {
			got = append(got, u.Loc)
		}
	}
	var files []string
	for _, s := range index.Sitemaps {
		files = append(files, strings.TrimPrefix(s.Loc, ts.URL))
	}
	if !slices.Contains(files, "/sitemaps/records-4.xml") || slices.Contains(files, "/sitemaps/records-5.xml") {
		t.Errorf("18 records in files of 5 make records-1 to records-4.xml; the index lists %q", files)
	}
	n := len(got)
	slices.Sort(got)
	got = slices.Compact(got)
	if len(got) != n {
		t.Errorf("%d pages are listed in two files", n-len(got))
	}
	if want := wantPages(t, ts, db); !slices.Equal(got, want) {
		t.Errorf("sitemap files list\n%q\nwant\n%q", got, want)
	}
	for _, p := range []string{"/sitemaps/records-5.xml", "/sitemaps/records-0.xml", "/sitemaps/records-01.xml", "/sitemaps/nothing-1.xml", "/sitemaps/records.xml", "/sitemaps/records-1"} {
		if resp, _ := fetch(t, ts.URL+p); resp.StatusCode != 404 {
			t.Errorf("GET %s: %d, want 404", p, resp.StatusCode)
		}
	}
}

func TestRobotsTxt(t *testing.T) {
	ts, _ := seedHTTP(t)
	resp, body := fetch(t, ts.URL+"/robots.txt")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Fatalf("GET /robots.txt: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, line := range []string{"User-agent: *", "Disallow: /search", "Disallow: /export", "Allow: /", "Sitemap: " + ts.URL + "/sitemap.xml"} {
		if !slices.Contains(strings.Split(body, "\n"), line) {
			t.Errorf("robots.txt lacks the line %q:\n%s", line, body)
		}
	}
	for _, line := range strings.Split(body, "\n") {
		if line == "Disallow: /" || line == "Disallow: /topics" || line == "Disallow: /records" {
			t.Errorf("robots.txt keeps crawlers from pages: %q", line)
		}
	}
}

func TestOpenSearchDescription(t *testing.T) {
	ts, _ := seedHTTP(t)
	resp, body := fetch(t, ts.URL+"/opensearch.xml")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/opensearchdescription+xml; charset=utf-8" {
		t.Fatalf("GET /opensearch.xml: %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var doc struct {
		XMLName     xml.Name
		ShortName   string `xml:"ShortName"`
		Description string `xml:"Description"`
		URLs        []struct {
			Type     string `xml:"type,attr"`
			Rel      string `xml:"rel,attr"`
			Template string `xml:"template,attr"`
		} `xml:"Url"`
	}
	if err := xml.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.XMLName != (xml.Name{Space: "http://a9.com/-/spec/opensearch/1.1/", Local: "OpenSearchDescription"}) {
		t.Errorf("root %v", doc.XMLName)
	}
	if doc.ShortName != "annals" || doc.Description == "" || len([]rune(doc.Description)) > 1024 {
		t.Errorf("ShortName %q, Description %q", doc.ShortName, doc.Description)
	}
	templates := map[string]string{}
	for _, u := range doc.URLs {
		if u.Rel == "" || u.Rel == "results" {
			templates[u.Type] = u.Template
		}
	}
	if got, want := templates["text/html"], ts.URL+"/search?q={searchTerms}"; got != want {
		t.Errorf("HTML template %q, want %q", got, want)
	}
	if got, want := templates["application/atom+xml"], ts.URL+"/feeds/search?q={searchTerms}"; got != want {
		t.Errorf("Atom template %q, want %q", got, want)
	}
	// The templates work: fill them as a browser would.
	for ty, tmpl := range templates {
		u := strings.Replace(tmpl, "{searchTerms}", url.QueryEscape("Nazarbaev strike"), 1)
		resp, body := fetch(t, u)
		if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), ty) {
			t.Errorf("GET %s: %d %q\n%s", u, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
}
