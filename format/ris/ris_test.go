package ris_test

import (
	"encoding/json"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/ris"
)

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
			annalstest.Golden(t, filepath.Join("testdata", name+".golden.json"), got)
		})
	}
}
