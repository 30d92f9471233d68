package feed_test

import (
	"encoding/json"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/feed"
)

// golden is what a golden file records of a parse.
type golden struct {
	Title    string          `json:"title,omitempty"`
	Language string          `json:"language,omitempty"`
	Records  json.RawMessage `json:"records"`
	Problems []feed.Problem  `json:"problems,omitempty"`
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// fixtures returns the inputs in testdata: every file but the goldens.
func fixtures(tb testing.TB) []string {
	tb.Helper()
	all, err := filepath.Glob("testdata/*")
	if err != nil {
		tb.Fatal(err)
	}
	var m []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".golden.json") {
			m = append(m, p)
		}
	}
	if len(m) == 0 {
		tb.Fatal("no fixtures")
	}
	return m
}

// TestGolden compares the parse of each testdata/NAME.EXT with
// testdata/NAME.golden.json; go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, in := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			res, err := feed.Parse(mustRead(t, in), feed.Options{Origin: filepath.Base(in)})
			if err != nil {
				t.Fatal(err)
			}
			checkShape(t, res.Records, filepath.Base(in))
			recs, err := json.MarshalIndent(res.Records, "  ", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(golden{res.Title, res.Language, recs, res.Problems}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gp := filepath.Join("testdata", name+".golden.json")
			annalstest.Golden(t, gp, got)
		})
	}
}

// TestSniff checks the content rules, whatever the name would say.
func TestSniff(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, true},
		{"rdf", `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">`, true},
		{"atom", "\ufeff<!-- hi --><feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{"atom 0.3", `<feed version="0.3" xmlns="http://purl.org/atom/ns#">`, true},
		{"other feed element", `<feed xmlns="urn:example:not-a-feed">`, false},
		{"json feed", `{"version": "https://jsonfeed.org/version/1", "title": "x"`, true},
		{"json items", `{"title": "x", "items": []}`, true},
		{"rss in json", `{"rss": {"channel": {"item": []}}}`, true},
		{"other json", `{"name": "x"}`, false},
		{"html", "<!DOCTYPE html>\n<html><head><title>x</title></head></html>", false},
		{"text", "Strike!\nThe workers of the mill…", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feed.Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff() = %v, want %v", got, tt.want)
			}
		})
	}
}
