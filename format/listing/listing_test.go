package listing_test

import (
	"encoding/json"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/listing"
)

// goldenInputs returns the package's own fixtures and the two project seed
// pages.
func goldenInputs(tb testing.TB) []string {
	tb.Helper()
	var in []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*.html", "../../demo/seeds/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			tb.Fatal(err)
		}
		in = append(in, m...)
	}
	if len(in) == 0 {
		tb.Fatal("no golden inputs")
	}
	return in
}

// golden is what a golden file records of a parse.
type golden struct {
	Title      string          `json:"title,omitempty"`
	Disclaimer string          `json:"disclaimer,omitempty"`
	Order      string          `json:"order,omitempty"`
	Language   string          `json:"language,omitempty"`
	Layout     string          `json:"layout"`
	Records    json.RawMessage `json:"records"`
}

func render(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := listing.Parse(data, listing.Options{Origin: filepath.Base(path)})
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	recs, err := json.Marshal(res.Records)
	if err != nil {
		tb.Fatal(err)
	}
	g := golden{res.Title, res.Disclaimer, string(res.Order), res.Language, res.Layout.Explain(), recs}
	out, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return append(out, '\n')
}

// TestGolden compares each input's parse with testdata/NAME.golden.json;
// go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, in := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			annalstest.Golden(t, filepath.Join("testdata", name+".golden.json"), render(t, in))
		})
	}
}

// TestSeedDocument checks what the seed pages say about themselves.
func TestSeedDocument(t *testing.T) {
	seeds, _ := filepath.Glob("../../demo/seeds/*.txt")
	if len(seeds) != 2 {
		t.Fatalf("want 2 seed pages, found %d", len(seeds))
	}
	for _, tc := range []struct {
		prefix, title, disclaimer, order string
		n                                int
	}{
		{"000_", "", "", "newest", 10},
		{"001_", "The working class history of the Republic of Qazaqstan (Kazakhstan)", "Hartford Web Publishing is not the author", "oldest", 8},
	} {
		var path string
		for _, s := range seeds {
			if strings.HasPrefix(filepath.Base(s), tc.prefix) {
				path = s
			}
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := listing.Parse(data, listing.Options{Origin: "seed"})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := res.Title, tc.title; got != want {
			t.Errorf("%s: Title %q, want %q", tc.prefix, got, want)
		} else if !strings.HasPrefix(res.Disclaimer, tc.disclaimer) || (tc.disclaimer == "") != (res.Disclaimer == "") {
			t.Errorf("%s: Disclaimer %q, want prefix %q", tc.prefix, res.Disclaimer, tc.disclaimer)
		} else if got, want := string(res.Order), tc.order; got != want {
			t.Errorf("%s: Order %q, want %q", tc.prefix, got, want)
		} else if got, want := len(res.Records), tc.n; got != want {
			t.Errorf("%s: %d records, want %d", tc.prefix, got, want)
		}
		for _, r := range res.Records {
			if len(r.Provenance) != 1 || r.Provenance[0].Line < 1 || r.Provenance[0].Document != tc.title {
				t.Errorf("%s: bad provenance %+v", tc.prefix, r.Provenance)
			}
			if err := r.Validate(); err != nil {
				t.Errorf("%s: %q: %v", tc.prefix, r.Title, err)
			}
		}
	}
}
