package site_test

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/labor-annals/annals/site"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
)

// exportSite writes the static site of db into a temporary folder.
func exportSite(t *testing.T, db *store.DB, base string) (string, *site.Stats) {
	t.Helper()
	dir := t.TempDir()
	st, err := (&site.Exporter{DB: db, BaseURL: base, Workers: 2}).Export(t.Context(), dir)
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	t.Logf("%d pages, %d files, %d bytes, %d records indexed in %s", st.Pages, st.Files, st.Bytes, st.Records, st.Duration)
	return dir, st
}

// TestExportSeedLinks exports the seed archive and crawls the result as a
// static host would: every href, src and action of every HTML file must
// be relative (no "/..." address of the server is left) and lead to a
// file that exists.
func TestExportSeedLinks(t *testing.T) {
	db := storetest.SeedDB(t)
	dir, st := exportSite(t, db, "")
	if st.Records != 18 {
		t.Errorf("Stats.Records = %d, want 18", st.Records)
	}
	if st.Sitemap {
		t.Errorf("a sitemap was written without a base URL")
	}
	for _, name := range []string{"index.html", "search.html", "topics/kazakhstan.html", "topics/kazakhstan~order-oldest.html",
		"records/1.html", "search/index.js", "search/fold.js", "search/search.js", "search/meta-0.js", "robots.txt"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("missing %s: %v", name, err)
		}
	}
	pages, links := checkLinks(t, dir)
	if pages != st.Pages {
		t.Errorf("%d HTML files, Stats.Pages = %d", pages, st.Pages)
	}
	t.Logf("%d pages, %d internal links checked", pages, links)
	// Every record, author, source and year the store knows has its page.
	for _, want := range []string{"records", "authors", "sources", "years"} {
		if ents, err := os.ReadDir(filepath.Join(dir, want)); err != nil || len(ents) == 0 {
			t.Errorf("%s/: %d files, %v", want, len(ents), err)
		}
	}
	recs, err := os.ReadDir(filepath.Join(dir, "records"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 18 {
		t.Errorf("records/ has %d files, want 18", len(recs))
	}
}

// checkLinks opens every HTML file under dir and checks its links;
// it returns the number of pages and of internal links.
func checkLinks(t *testing.T, dir string) (pages, links int) {
	t.Helper()
	fragments := 0
	defer func() { t.Logf("%d links into another page's headings", fragments) }()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		pages++
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			for _, a := range n.Attr {
				if a.Key != "href" && a.Key != "src" && a.Key != "action" {
					continue
				}
				v := a.Val
				switch {
				case strings.HasPrefix(v, "/"):
					t.Errorf("%s: <%s %s=%q> is an absolute address of the server", rel, n.Data, a.Key, v)
					continue
				case v == "" || strings.HasPrefix(v, "#"):
					continue
				}
				u, err := url.Parse(v)
				if err != nil {
					t.Errorf("%s: <%s %s=%q>: %v", rel, n.Data, a.Key, v, err)
					continue
				}
				if u.Scheme != "" || u.Host != "" {
					continue // the original's address, elsewhere
				}
				links++
				target := filepath.Join(filepath.Dir(p), filepath.FromSlash(u.Path))
				if fi, err := os.Stat(target); err != nil || fi.IsDir() {
					t.Errorf("%s: <%s %s=%q> leads to no file", rel, n.Data, a.Key, v)
					continue
				}
				if u.Fragment != "" && u.Path != "" {
					// A year of a one-page list is a heading of the page.
					b, err := os.ReadFile(target)
					if err != nil || !bytes.Contains(b, []byte(`id="`+u.Fragment+`"`)) {
						t.Errorf("%s: <%s %s=%q> leads to no element with that id", rel, n.Data, a.Key, v)
					}
					fragments++
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pages, links
}
