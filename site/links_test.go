package site

import "testing"

// TestListHrefIsLink checks the quick way to the addresses of lists and
// records against link, which parses them, from the site's root and
// from a page one folder down, one page's links after another's as a
// page writes them (pageLinks remembers the last list).
func TestListHrefIsLink(t *testing.T) {
	lk := newLinker("https://archive.example.org/labor")
	paged := map[string]bool{"/authors/Ann Example": true, "/topics/bulletins": true}
	lk.paged.Store(&paged)
	page := []*pageLinks{lk.pageLinks("index.html"), lk.pageLinks("topics/x.html")}
	for _, p := range []string{
		"/records/12", "/years/1999", "/years/1999?order=newest&page=2",
		"/topics/bulletins", "/topics/bulletins?order=newest&page=3&year=1999", "/topics/bulletins?year=1999",
		"/topics/kazakhstan?year=2012", "/topics/kazakhstan?order=oldest&year=2012",
		"/authors/Ann%20Example?page=2&year=1998", "/authors/Ann%20Example?year=1998", "/sources/Ann%20Example?year=1998",
		"/authors/Ann%20Example?year=1998", "/authors/notes.txt?page=2", "/authors/notes.txt", "/records/12", "/years/12",
		"/authors/Clara%20Weiss?year=2012", "/authors/AC%2FDC%20%3Fyear=1999", "/authors/x%22%20href=%22%2Fapi%2Fv1%2Frecords",
		"/sources/Bulletin%20&%20Review?order=oldest&page=2", "/sources/a%2Fb%3Fc%23d%20%3Cscript", "/sources/notes.txt",
		"/authors/%D0%9D%D0%B0%D0%B7%D0%B0%D1%80%D0%B1%D0%B0%D0%B5%D0%B2", "/authors/.hidden", "/authors/a%20%20b",
		"/feeds/authors/Ann%20Example", "/feeds/sources/notes.txt", "/feeds/sources/AC%2FDC", "/records/12?x=1", "/records/x1",
		"/", "/search", "/search?q=author%3A%22Ann%22", "/static/ab12/annals.css", "/feeds/topics/kazakhstan", "/opensearch.xml",
	} {
		for _, pl := range page {
			want, _ := lk.link(p, pl.from, false)
			if got := pl.Href(p); got != want {
				t.Errorf("Href(%q) from %s = %q, want link's %q", p, pl.from, got, want)
			}
		}
	}
}
