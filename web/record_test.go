package web_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/labor-annals/annals"
)

// TestRecordPageMetadata checks what reference managers read: the
// citation_* and Dublin Core tags, the JSON-LD, and the citation text; and
// that a field holding "</script>" cannot end the JSON-LD element.
func TestRecordPageMetadata(t *testing.T) {
	hostile := `Strike </script><script>alert(1)</script> & "quotes"`
	ts, _ := mustServer(t, []*annals.Record{{
		Title: hostile, Authors: []string{"Clara Weiss", "David Levine"}, Source: "World Socialist Web Site",
		Date: annals.DayDate(2019, time.March, 30), Summary: "Oil workers in Zhanaozen.", URL: "https://www.wsws.org/en/articles/2019/03/30/kaza-m30.html",
		Language: "en", Provenance: []annals.Provenance{{Line: 12}},
	}})
	resp, body := get(t, ts.URL+"/records/1")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if strings.Contains(body, "<script>alert") || strings.Count(body, "</script>") != 1 {
		t.Errorf("the hostile title escaped its context:\n%s", body)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	meta := map[string][]string{}
	doc.Find("meta[name]").Each(func(_ int, s *goquery.Selection) {
		meta[s.AttrOr("name", "")] = append(meta[s.AttrOr("name", "")], s.AttrOr("content", ""))
	})
	for name, want := range map[string]string{
		"citation_title":            hostile,
		"citation_author":           "Clara Weiss|David Levine",
		"citation_publication_date": "2019/03/30",
		"citation_publisher":        "World Socialist Web Site",
		"DC.creator":                "Clara Weiss|David Levine",
		"DC.date":                   "2019-03-30",
		"DC.identifier":             "https://www.wsws.org/en/articles/2019/03/30/kaza-m30.html",
	} {
		if got := strings.Join(meta[name], "|"); got != want {
			t.Errorf("meta %s = %q, want %q", name, got, want)
		}
	}
	var ld map[string]any
	if err := json.Unmarshal([]byte(doc.Find(`script[type="application/ld+json"]`).Text()), &ld); err != nil {
		t.Fatalf("JSON-LD: %v", err)
	}
	if ld["@type"] != "NewsArticle" || ld["name"] != hostile || ld["datePublished"] != "2019-03-30" {
		t.Errorf("JSON-LD = %v", ld)
	}
	want := `Weiss, Clara, and David Levine. “Strike </script><script>alert(1)</script> & "quotes".” World Socialist Web Site, March 30, 2019. https://www.wsws.org/en/articles/2019/03/30/kaza-m30.html`
	if got := strings.Join(strings.Fields(doc.Find(".citation").Text()), " "); got != want {
		t.Errorf("citation =\n%s\nwant\n%s", got, want)
	}
	if got := doc.Find(`.byline a[href="/authors/Clara%20Weiss"]`).Length(); got != 1 {
		t.Errorf("author links = %d", got)
	}
}

// TestListingPages covers the author, source and year pages, the timeline
// and the topic search box.
func TestListingPages(t *testing.T) {
	ts, _ := mustServer(t, []*annals.Record{
		{Title: "A", Authors: []string{"Bill Doares"}, Source: "Workers World", Date: annals.DayDate(1996, time.December, 12), Provenance: []annals.Provenance{{Line: 1}}},
		{Title: "B", Authors: []string{"Bill Doares"}, Source: "Workers World", Date: annals.MonthDate(1998, time.March), Provenance: []annals.Provenance{{Line: 2}}},
		{Title: "C", Authors: []string{"AC/DC"}, Date: annals.YearDate(1998), Provenance: []annals.Provenance{{Line: 3}}},
	})
	for _, tt := range []struct {
		path   string
		status int
		want   string
	}{
		{"/authors/Bill%20Doares", 200, "2 records"},
		{"/authors/Bill%20Doares?year=1998", 200, "1 record in 1998"},
		{"/authors/AC%2FDC", 200, "AC/DC"},
		{"/authors/Nobody", 404, "no records with the author"},
		{"/sources/Workers%20World", 200, `aria-label="1996: 1 record"`},
		{"/years/1998", 200, "March 1998"},
		{"/years/1998", 200, "Month not given (1998)"},
		{"/years/abc", 404, "is not a year"},
		{"/topics/k?year=1996", 200, "Kazakhstan in 1996"},
		{"/topics/k?page=9", 404, "the last page is 1"},
		{"/topics/k", 200, `<svg viewBox="0 0 640 96"`},
		{"/no/kazakh-strikes", 404, "Search the archive for “kazakh strikes”"},
		{"/search?q=qqqzzz+doares", 200, "any of the words"},
	} {
		resp, body := get(t, ts.URL+tt.path)
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s: status %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		if !strings.Contains(body, tt.want) {
			t.Errorf("GET %s: body lacks %q", tt.path, tt.want)
		}
	}
	req, _ := http.NewRequest("GET", ts.URL+"/search?topic=k&q=strike", nil)
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || loc != "/search?q=topic%3Ak+strike" {
		t.Errorf("topic search: %d to %q", resp.StatusCode, loc)
	}
}
