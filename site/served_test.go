package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store/storetest"
	"github.com/labor-annals/annals/web"
)

// TestPagesAreTheServedPages checks the promise of the static export: each
// page and feed it writes is what the server answers at the page's
// address, with the same links rewritten. The archive is the seed
// archive plus 260 records of one author (and one of hostile text) in one topic over three years
// and undated, so that lists run to several pages, both orders, years and
// undated records included, and the records of one year span pages.
func TestPagesAreTheServedPages(t *testing.T) {
	ctx := t.Context()
	db := storetest.SeedDB(t)
	var recs []*annals.Record
	for i := range 260 {
		r := &annals.Record{Title: fmt.Sprintf("Strike bulletin %d", i), Authors: []string{"Ann Example", "Pat O’Hara"},
			Source: "Bulletin & Review", Summary: strings.Repeat("A long summary of the strike. ", 20),
			Provenance: []annals.Provenance{{Line: i + 1}}}
		switch {
		case i%7 == 0:
			// undated
		case i%3 == 0:
			r.Date = annals.Date{Year: 1998, Precision: annals.PrecisionYear}
		case i%3 == 1:
			r.Date = annals.Date{Year: 1999, Month: time.Month(1 + i%12), Precision: annals.PrecisionMonth}
		default:
			r.Date = annals.Date{Year: 1999, Month: time.Month(1 + i%12), Day: 1 + i%28, Precision: annals.PrecisionDay}
		}
		recs = append(recs, r)
	}
	// Names and text that look like markup and links must stay text.
	recs = append(recs, &annals.Record{Title: `<a href="/oai">x</a> ="/api/v1/records"`, Authors: []string{`x" href="/api/v1/records`, "AC/DC ?year=1999"},
		Source: `a/b?c#d <script src="/export/csv">`, Summary: `="/ > < ' " &amp;`, URL: "https://example.org/?a=1&b=\"2\"",
		Date: annals.Date{Year: 1999, Precision: annals.PrecisionYear}, Provenance: []annals.Provenance{{Line: 999}}})
	imp := &annals.Import{Topic: annals.Topic{Slug: "bulletins", Title: "Bulletins", Order: annals.OldestFirst}, Origin: "bulletins.txt", Format: "test"}
	if _, err := db.ImportRecords(ctx, imp, recs, nil); err != nil {
		t.Fatal(err)
	}

	const base = "https://archive.example.org/labor"
	var mu sync.Mutex
	written := map[string]string{}
	x := &Exporter{DB: db, BaseURL: base, Workers: 3, written: func(u, file string) {
		mu.Lock()
		defer mu.Unlock()
		if prev, ok := written[u]; ok {
			t.Errorf("%s written twice, to %s and %s", u, prev, file)
		}
		written[u] = file
	}}
	dir := t.TempDir()
	st, err := x.Export(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}

	srv := &web.Server{DB: db, Logger: nil}
	h, err := srv.Handler()
	if err != nil {
		t.Fatal(err)
	}
	topics, err := db.FindTopics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, err := loadArchive(ctx, db, topics, func(*annals.Record) {})
	if err != nil {
		t.Fatal(err)
	}
	lk := newLinker(base)
	paged := pagedLists(a)
	lk.paged.Store(&paged)
	if !paged["/authors/Ann Example"] || !paged["/topics/bulletins"] || paged["/topics/kazakhstan"] {
		t.Errorf("paged lists = %v", paged)
	}

	pages := 0
	for u, file := range written {
		want, ct, err := lk.get(ctx, h, u)
		if err != nil {
			t.Errorf("%s: %v", u, err)
			continue
		}
		var out bytes.Buffer
		if strings.HasPrefix(ct, "text/html") {
			pages++
			if err := lk.rewriteHTML(&out, want, file); err != nil {
				t.Fatal(err)
			}
		} else {
			lk.rewriteText(&out, want, file)
		}
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(ct, "text/html") {
			checkRelative(t, file, got)
		}
		if !bytes.Equal(got, out.Bytes()) {
			t.Errorf("%s (%s) differs from the served page:\n%s", file, u, firstDiff(got, out.Bytes()))
		}
	}
	if pages+1 != st.Pages {
		t.Errorf("%d pages compared, Stats.Pages = %d (the search page is the one not compared)", pages, st.Pages)
	}
	// The lists that span pages have them, in both orders and by year;
	// the short ones have one page per order and none per year.
	for _, u := range []string{
		"/topics/bulletins", "/topics/bulletins?page=3", "/topics/bulletins?order=newest&page=3",
		"/topics/bulletins?page=2&year=1999", "/topics/bulletins?order=newest&year=1998",
		"/authors/Ann%20Example?page=3", "/sources/Bulletin%20&%20Review?order=oldest&page=2",
		"/years/1999?page=2", "/years/1999?order=newest", "/topics/kazakhstan?order=oldest",
		"/records/1", "/feeds/authors/Ann%20Example", "/feeds/topics/kazakhstan",
	} {
		if _, ok := written[u]; !ok {
			t.Errorf("no page written for %s", u)
		}
	}
	for _, u := range []string{"/topics/kazakhstan?year=2012", "/authors/Clara%20Weiss?year=2012", "/topics/bulletins?page=4"} {
		if f, ok := written[u]; ok {
			t.Errorf("%s written (%s); a list on one page has no year pages", u, f)
		}
	}
	t.Logf("%d pages and %d feeds equal to the served ones", pages, len(written)-pages)
}

// firstDiff shows where two documents part.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-120)
	return fmt.Sprintf("export: …%s…\nserver: …%s…", a[from:min(len(a), i+120)], b[from:min(len(b), i+120)])
}

// checkRelative fails on a link attribute of page that still holds an
// address of the server, or on markup the hostile record brought in.
func checkRelative(t *testing.T, file string, page []byte) {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			key := string(k)
			if (key == "href" || key == "src" || key == "action") && bytes.HasPrefix(v, []byte("/")) {
				t.Errorf("%s: <%s %s=%q> is an address of the server", file, name, key, v)
			}
			if strings.Contains(string(v), "/oai") || strings.Contains(string(v), "/export/") {
				if key == "href" || key == "src" {
					t.Errorf("%s: <%s %s=%q> leads to a service", file, name, key, v)
				}
			}
		}
	}
}
