package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
	"github.com/labor-annals/annals/web"
)

// mustServer returns a test server over a real database holding recs in
// topic "k".
func mustServer(t *testing.T, recs []*annals.Record) (*httptest.Server, *store.DB) {
	t.Helper()
	db := storetest.NewDB(t)
	if len(recs) > 0 {
		imp := &annals.Import{Topic: annals.Topic{Slug: "k", Title: "Kazakhstan", Disclaimer: "Not validated by us."}, Origin: "seed.txt", Document: "Seed page"}
		if _, err := db.ImportRecords(t.Context(), imp, recs, nil); err != nil {
			t.Fatal(err)
		}
	}
	h, err := (&web.Server{DB: db}).Handler()
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts, db
}

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestPages(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{
		{Title: "Strikers face police", Source: "Workers' World", Date: annals.DayDate(1997, time.November, 6), Summary: "Thousands of striking factory workers in Kentau.", Provenance: []annals.Provenance{{Line: 10}}},
		{Title: "Police massacre striking oil workers", Authors: []string{"David Firestone"}, Date: annals.DayDate(2011, time.December, 19), Provenance: []annals.Provenance{{Line: 1}}},
	})
	for _, tt := range []struct {
		path   string
		status int
		want   string
	}{
		{"/", 200, "Kazakhstan"},
		{"/topics/k", 200, "Not validated by us."},
		{"/topics/k?order=oldest", 200, "Oldest first"},
		{"/topics/k?order=sideways", 400, "not newest or oldest"},
		{"/topics/k?page=zero", 400, "not a page number"},
		{"/topics/nope", 404, "Topic &#34;nope&#34; not found."},
		{"/records/1", 200, "Strikers face police"},
		{"/records/abc", 404, "There is no record"},
		{"/records/99", 404, "Record 99 not found."},
		{"/search?q=kentau", 200, "1 record matches"},
		{"/search?q=...", 200, "The query has no words to search for"},
		{"/search?q=%22unclosed", 200, "not closed"},
		{"/search?q=year:2050..1990", 200, "ends"},
		{"/search", 200, "Words to find"},
		{"/no/such/page", 404, "There is no page at this address."},
		{"/healthz", 200, "ok"},
	} {
		resp, body := get(t, ts.URL+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if !strings.Contains(body, tt.want) {
			t.Errorf("GET %s: body lacks %q", tt.path, tt.want)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("GET %s: CSP = %q", tt.path, csp)
		}
	}
}

func TestTopicPageBylineAndGroups(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{
		{Title: "A", Authors: []string{"David Levine", "Clara Weiss"}, Date: annals.DayDate(2019, time.March, 30), Provenance: []annals.Provenance{{Line: 1}}},
		{Title: "B", Source: "Workers World", Authors: []string{"Bill Doares"}, Date: annals.DayDate(1996, time.December, 12), Provenance: []annals.Provenance{{Line: 2}}},
		{Title: "C", Date: annals.MonthDate(1996, time.March), Provenance: []annals.Provenance{{Line: 3}}},
		{Title: "D", Provenance: []annals.Provenance{{Line: 4}}},
	})
	resp, err := http.Get(ts.URL + "/topics/k")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var bylines, years []string
	doc.Find(".byline").Each(func(_ int, s *goquery.Selection) { bylines = append(bylines, s.Text()) })
	doc.Find("section.year > h2").Each(func(_ int, s *goquery.Selection) { years = append(years, s.Text()) })
	want := []string{"By David Levine and Clara Weiss, 30 March 2019", "By Bill Doares, Workers World, 12 December 1996", "March 1996"}
	if strings.Join(bylines, "|") != strings.Join(want, "|") {
		t.Errorf("bylines = %q, want %q", bylines, want)
	}
	if strings.Join(years, ",") != "2019,1996,Undated" {
		t.Errorf("year groups = %v", years)
	}
}

func TestHostileFieldsAreEscaped(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{{
		Title:      `<script>alert(1)</script>`,
		Authors:    []string{`"><img src=x onerror=alert(2)>`},
		Summary:    `<iframe src="javascript:alert(3)"></iframe>`,
		URL:        `https://example.org/?q="><script>alert(4)</script>`,
		Provenance: []annals.Provenance{{Line: 1}},
	}})
	for _, p := range []string{"/topics/k", "/records/1", "/search?q=script"} {
		_, body := get(t, ts.URL+p)
		// `"><script>` is the URL breaking out of its attribute; the
		// page's own JSON-LD element follows a tag as `"><script type=`.
		for _, bad := range []string{"<script>alert", "<img src=x", "<iframe", `"><script>`} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: unescaped %q in page", p, bad)
			}
		}
	}
}

func TestConditionalGetAndStatic(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{{Title: "A", Provenance: []annals.Provenance{{Line: 1}}}})
	resp, body := get(t, ts.URL+"/topics/k")
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag on topic page")
	}
	resp2, _ := get(t, ts.URL+"/topics/k", "If-None-Match", etag)
	if resp2.StatusCode != http.StatusNotModified {
		t.Errorf("conditional GET: %d, want 304", resp2.StatusCode)
	}
	doc, _ := goquery.NewDocumentFromReader(strings.NewReader(body))
	css := doc.Find(`link[rel=stylesheet]`).AttrOr("href", "")
	if !strings.HasPrefix(css, "/static/") {
		t.Fatalf("stylesheet href = %q", css)
	}
	resp3, _ := get(t, ts.URL+css)
	if resp3.StatusCode != 200 || !strings.Contains(resp3.Header.Get("Cache-Control"), "immutable") || !strings.HasPrefix(resp3.Header.Get("Content-Type"), "text/css") {
		t.Errorf("stylesheet: %d, Cache-Control %q, Content-Type %q", resp3.StatusCode, resp3.Header.Get("Cache-Control"), resp3.Header.Get("Content-Type"))
	}
	resp4, _ := get(t, ts.URL+"/static/0000/annals.css")
	if resp4.StatusCode != 404 {
		t.Errorf("stale asset hash: %d, want 404", resp4.StatusCode)
	}
}

func TestEmptyArchive(t *testing.T) {
	ts, _ := mustServer(t, nil)
	resp, body := get(t, ts.URL+"/")
	if resp.StatusCode != 200 || !strings.Contains(body, "The archive is empty") {
		t.Errorf("empty home: %d %q", resp.StatusCode, body)
	}
}

func TestExportDownload(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{
		{Title: "Strikers face police", Source: "Workers' World", Date: annals.DayDate(1997, time.November, 6), Provenance: []annals.Provenance{{Line: 10}}},
		{Title: "Police massacre striking oil workers", Authors: []string{"David Firestone"}, Date: annals.DayDate(2011, time.December, 19), Provenance: []annals.Provenance{{Line: 1}}},
	})
	resp, body := get(t, ts.URL+"/export/bibtex?topic=k")
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), `filename="k.bib"`) ||
		strings.Count(body, "\n@") != 1 || !strings.Contains(body, "firestone2011police") {
		t.Errorf("bibtex export: %d %q\n%s", resp.StatusCode, resp.Header.Get("Content-Disposition"), body)
	}
	resp, body = get(t, ts.URL+"/export/jsonl")
	if resp.StatusCode != 200 || strings.Count(body, "\n") != 2 {
		t.Errorf("jsonl export: %d\n%s", resp.StatusCode, body)
	}
	if resp, _ := get(t, ts.URL+"/export/marc21"); resp.StatusCode != 404 {
		t.Errorf("unknown format: %d", resp.StatusCode)
	}
	if resp, _ := get(t, ts.URL+"/export/csv?topic=nope"); resp.StatusCode != 404 {
		t.Errorf("unknown topic: %d", resp.StatusCode)
	}
}

// TestServesAPIAndOAI checks the JSON API and the OAI-PMH endpoint are
// mounted in the server, with their own response formats.
func TestServesAPIAndOAI(t *testing.T) {
	db := storetest.SeedDB(t)
	s := &web.Server{DB: db}
	h, err := s.Handler()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, ctype, body string }{
		{"/api/v1/records?q=Nazarbaev", "application/json", `"total":`},
		{"/api/v1/openapi.json", "application/json", `"openapi": "3.1`},
		{"/api/v1/nothing", "application/json", `"not_found"`},
		{"/oai?verb=Identify", "text/xml", "<Identify>"},
		{"/oai?verb=Nonsense", "text/xml", `code="badVerb"`},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, c.ctype) || !strings.Contains(rec.Body.String(), c.body) {
			t.Errorf("GET %s: %d %s, body lacks %q:\n%.300s", c.path, rec.Code, ct, c.body, rec.Body.String())
		}
	}
}
