package htmlpage_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/format/htmlpage"
)

// expected is one page's metadata in the readability test set's index.
type expected struct {
	Page          string  `json:"page"`
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	PublishedTime *string `json:"publishedTime"`
	SiteName      *string `json:"siteName"`
	Lang          *string `json:"lang"`
	Excerpt       *string `json:"excerpt"`
}

// TestReadability reads the pages of Mozilla Readability's test set in
// place and compares the record with readability's expected metadata.
// Titles must agree on at least 90% of pages; bylines and dates are
// logged.
//
// Byline agreement is over pages with a non-empty expected byline: after
// lower-casing, collapsing white space and dropping a leading "by ", our
// authors joined with ", " contain the expected byline, or the expected
// byline contains them (readability's byline often adds a role or a
// dateline around the name, and it keeps only one of several authors).
// Date agreement is over pages with a publishedTime: its calendar date as
// printed (the first ten characters) equals ours.
func TestReadability(t *testing.T) {
	dir := annalstest.Shared(t, "data", "html", "readability")
	raw, err := os.ReadFile(filepath.Join(dir, "index.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []expected
	if err := json.Unmarshal(raw, &pages); err != nil {
		t.Fatal(err)
	}
	var titles, titleOK, bylines, bylineOK, dates, dateOK int
	for _, p := range pages {
		data, err := os.ReadFile(filepath.Join(dir, p.Page, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := htmlpage.Parse(data, htmlpage.Options{Origin: p.Page, URL: "http://fakehost/test/page.html"})
		if err != nil {
			t.Errorf("%s: %v", p.Page, err)
			continue
		}
		r := res.Records[0]
		if err := r.Validate(); err != nil {
			t.Errorf("%s: invalid record: %v", p.Page, err)
		}
		if p.Title != nil {
			titles++
			if collapse(*p.Title) == collapse(r.Title) {
				titleOK++
			} else if testing.Verbose() {
				t.Logf("title %s: want %q, got %q", p.Page, collapse(*p.Title), r.Title)
			}
		}
		if p.Byline != nil && collapse(*p.Byline) != "" {
			bylines++
			want := normByline(*p.Byline)
			got := normByline(strings.Join(r.Authors, ", "))
			if got != "" && (strings.Contains(got, want) || strings.Contains(want, got)) {
				bylineOK++
			} else if testing.Verbose() {
				t.Logf("byline %s: want %q, got %q", p.Page, want, got)
			}
		}
		if p.PublishedTime != nil && len(*p.PublishedTime) >= 10 {
			dates++
			if (*p.PublishedTime)[:10] == r.Date.String() {
				dateOK++
			} else if testing.Verbose() {
				t.Logf("date %s: want %q, got %q", p.Page, *p.PublishedTime, r.Date)
			}
		}
	}
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	t.Logf("title exact: %d/%d (%.1f%%)", titleOK, titles, pct(titleOK, titles))
	t.Logf("byline agreement: %d/%d (%.1f%%)", bylineOK, bylines, pct(bylineOK, bylines))
	t.Logf("date agreement: %d/%d (%.1f%%)", dateOK, dates, pct(dateOK, dates))
	if pct(titleOK, titles) < 90 {
		t.Errorf("title exact match %.1f%% is below 90%%", pct(titleOK, titles))
	}
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func normByline(s string) string {
	s = strings.ToLower(collapse(s))
	return strings.TrimPrefix(s, "by ")
}
