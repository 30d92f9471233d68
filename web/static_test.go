package web_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/web"
)

// hostileRecord carries markup, an attribute break-out and a javascript:
// address in every field a page prints. The store would refuse its URL;
// the pages must be safe even so, so it is rendered here directly.
func hostileRecord() *annals.Record {
	const title = `</script><script>alert(1)</script> "onmouseover=alert(2) x="`
	return &annals.Record{
		ID: 7, Title: title, Authors: []string{`"onmouseover=alert(3)`, `</script><b>`},
		Source: `javascript:alert(4)`, Summary: "\u2028</script><!--<script>alert(5)",
		URL:  "javascript:alert(6)",
		Date: annals.DayDate(1999, time.March, 3), Language: `en"><script>`,
		Topics:     []string{"k"},
		Provenance: []annals.Provenance{{Origin: `<script>o</script>`, Document: `"onmouseover=`, Line: 1}},
		CreatedAt:  time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), UpdatedAt: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

// absoluteLinks writes the server's addresses, as the server does.
type absoluteLinks struct{}

func (absoluteLinks) Href(p string) string      { return p }
func (absoluteLinks) Canonical(p string) string { return p }
func (absoluteLinks) Services() bool            { return true }

// TestHostileRecordRendersSafely renders a hostile record's page and a
// list page showing it, and reads them back as a browser would: the only
// scripts are the page's JSON-LD, which decodes to the record's own text;
// no element carries an event handler; no link or form leads to
// javascript:.
func TestHostileRecordRendersSafely(t *testing.T) {
	rec := hostileRecord()
	topic := &annals.Topic{Slug: "k", Title: `<script>alert(7)</script>`, Order: annals.NewestFirst}
	rd, err := (&web.Server{}).NewRenderer("example.org", []*annals.Topic{topic})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	var recordPage, listPage, entry bytes.Buffer
	if err := rd.Record(ctx, &recordPage, absoluteLinks{}, rec, []*annals.Topic{topic}); err != nil {
		t.Fatal(err)
	}
	lp := web.ListPage{Records: []*annals.Record{rec}, Total: 1, Counts: []annals.YearCount{{Year: 1999, Count: 1}}, Order: annals.NewestFirst, Page: 1}
	if err := rd.Topic(ctx, &listPage, absoluteLinks{}, topic, lp); err != nil {
		t.Fatal(err)
	}
	if err := rd.Entry(ctx, &entry, absoluteLinks{}, rec); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		page    []byte
		scripts int // JSON-LD elements expected
	}{
		{"record", recordPage.Bytes(), 1},
		{"list", listPage.Bytes(), 0},
		{"entry", entry.Bytes(), 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if bytes.Contains(tt.page, []byte("</script><script>")) || bytes.Contains(tt.page, []byte("<script>alert")) {
				t.Errorf("page holds the hostile text as markup")
			}
			scripts := 0
			z := html.NewTokenizer(bytes.NewReader(tt.page))
			inScript := false
			for {
				tok := z.Next()
				if tok == html.ErrorToken {
					break
				}
				switch tok {
				case html.StartTagToken, html.SelfClosingTagToken:
					name, _ := z.TagName()
					var typ string
					for more := true; more; {
						var k, v []byte
						k, v, more = z.TagAttr()
						key, val := string(k), strings.ToLower(strings.TrimSpace(string(v)))
						if strings.HasPrefix(key, "on") {
							t.Errorf("<%s> has the event handler %s=%q", name, key, v)
						}
						if (key == "href" || key == "src" || key == "action") && strings.HasPrefix(val, "javascript:") {
							t.Errorf("<%s %s=%q> leads to a script", name, key, v)
						}
						if key == "type" {
							typ = val
						}
					}
					if string(name) == "script" {
						scripts++
						inScript = true
						if typ != "application/ld+json" {
							t.Errorf("a <script type=%q>, want only JSON-LD", typ)
						}
					}
				case html.TextToken:
					if !inScript {
						continue
					}
					var ld struct {
						Name   string `json:"name"`
						Author []struct {
							Name string `json:"name"`
						} `json:"author"`
					}
					if err := json.Unmarshal(z.Text(), &ld); err != nil {
						t.Fatalf("JSON-LD does not decode: %v\n%s", err, z.Text())
					}
					if ld.Name != rec.Title || len(ld.Author) != 2 || ld.Author[1].Name != rec.Authors[1] {
						t.Errorf("JSON-LD name %q, authors %v; want the record's own text", ld.Name, ld.Author)
					}
				case html.EndTagToken:
					inScript = false
				}
			}
			if scripts != tt.scripts {
				t.Errorf("%d scripts, want %d", scripts, tt.scripts)
			}
		})
	}
}
