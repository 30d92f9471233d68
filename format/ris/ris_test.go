package ris_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/labor-annals/annals/format/ris"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

// golden is what a golden file records of a parse.
type golden struct {
	Records  json.RawMessage `json:"records"`
	Problems []ris.Problem   `json:"problems,omitempty"`
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func fixtures(tb testing.TB) []string {
	tb.Helper()
	m, err := filepath.Glob("testdata/*.ris")
	if err != nil || len(m) == 0 {
		tb.Fatalf("no fixtures: %v", err)
	}
	return m
}

// TestGolden compares the parse of each testdata/NAME.bib with
// testdata/NAME.golden.json; go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, in := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(in), ".ris")
		t.Run(name, func(t *testing.T) {
			res, err := ris.Parse(mustRead(t, in), ris.Options{Origin: filepath.Base(in)})
			if err != nil {
				t.Fatal(err)
			}
			recs, err := json.MarshalIndent(res.Records, "  ", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(golden{recs, res.Problems}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			gp := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(gp, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (-want +got):\n%s", in, gp, cmp.Diff(string(want), string(got)))
			}
		})
	}
}
