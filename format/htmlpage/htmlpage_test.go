package htmlpage_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/format/htmlpage"
)

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// fixtures returns the hand-made pages in testdata.
func fixtures(tb testing.TB) []string {
	tb.Helper()
	m, err := filepath.Glob("testdata/*.html")
	if err != nil {
		tb.Fatal(err)
	}
	if len(m) == 0 {
		tb.Fatal("no fixtures")
	}
	return m
}

// golden is what a golden file records of a parse.
type golden struct {
	Title    string          `json:"title,omitempty"`
	Language string          `json:"language,omitempty"`
	Records  json.RawMessage `json:"records"`
	Text     string          `json:"text"`
}

// TestGolden compares the parse of each testdata/NAME.html with
// testdata/NAME.golden.json; go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, in := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(in), ".html")
		t.Run(name, func(t *testing.T) {
			res, err := htmlpage.Parse(mustRead(t, in), htmlpage.Options{
				Origin: filepath.Base(in),
				URL:    "https://example.org/saved/" + name + ".html",
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Records) != 1 {
				t.Fatalf("got %d records, want 1", len(res.Records))
			}
			if err := res.Records[0].Validate(); err != nil {
				t.Fatalf("invalid record: %v", err)
			}
			recs, err := json.MarshalIndent(res.Records, "  ", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(golden{res.Title, res.Language, recs, res.Text}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			annalstest.Golden(t, filepath.Join("testdata", name+".golden.json"), append(got, '\n'))
		})
	}
}

// TestParseErrors checks that what is not a page with a title or text is
// a *SyntaxError.
func TestParseErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":      "",
		"plain text": "Dockers walk out at Tilbury\nby Mary Macarthur, 1 March 2024\n",
		"json":       `{"title": "x"}`,
		"empty page": "<!doctype html><html><head></head><body>\n</body></html>",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := htmlpage.Parse([]byte(in), htmlpage.Options{})
			var se *htmlpage.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("got %v, want *SyntaxError", err)
			} else if se.Line != 1 {
				t.Errorf("line %d, want 1", se.Line)
			}
		})
	}
}

// TestSniff checks that whole article pages are told from fragments and
// other formats.
func TestSniff(t *testing.T) {
	for _, in := range fixtures(t) {
		// plain.html is a whole page but declares nothing and has no
		// <article> or <main>.
		want := filepath.Base(in) != "plain.html"
		if got := htmlpage.Sniff(mustRead(t, in)); got != want {
			t.Errorf("%s: Sniff = %v, want %v", in, got, want)
		}
	}
	tests := []struct {
		name, in string
		want     bool
	}{
		{"og page", `<!DOCTYPE html><html><head><meta property="og:title" content="x"></head>`, true},
		{"article", "<html><title>x</title><body><article><p>y</p></article>", true},
		{"no metadata", "<!doctype html><html><head><title>x</title></head><body><p>y</p></body></html>", false},
		{"listing paste", "<ul><li><a href='/a'>Strike at Tilbury</a>, 1 March 2024</li></ul>", false},
		{"fragment with article", "<article><h1>x</h1></article>", false},
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`, false},
		{"text", "just text", false},
	}
	for _, tt := range tests {
		if got := htmlpage.Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Sniff = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestURL checks that a relative canonical link resolves against the
// page's address and that a page without one takes that address.
func TestURL(t *testing.T) {
	page := `<html><head><title>T</title><link rel="canonical" href="../a/b#top"></head><body><p>text</p></body></html>`
	res, err := htmlpage.Parse([]byte(page), htmlpage.Options{URL: "https://e.org/x/y/z.html"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Records[0].URL, "https://e.org/x/a/b"; got != want {
		t.Errorf("URL = %q, want %q", got, want)
	}
	res, err = htmlpage.Parse([]byte(page), htmlpage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Records[0].URL; got != "" {
		t.Errorf("URL without base = %q, want empty", got)
	}
}
