package table_test

import (
	"encoding/json"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/table"
)

// golden is what a golden file records of a parse.
type golden struct {
	Records  json.RawMessage `json:"records"`
	Problems []table.Problem `json:"problems,omitempty"`
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// fixtures returns the input files of testdata: every file that is not a
// golden or a map.
func fixtures(tb testing.TB) []string {
	tb.Helper()
	all, err := filepath.Glob("testdata/*.*")
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".golden.json") && !strings.HasSuffix(p, ".map") {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		tb.Fatal("no fixtures")
	}
	return out
}

// parse reads a fixture with its map, testdata/NAME.map when there is one,
// by its extension.
func parse(tb testing.TB, path string) (*table.Result, error) {
	tb.Helper()
	opts := table.Options{Origin: filepath.Base(path)}
	base := strings.TrimSuffix(path, filepath.Ext(path))
	if spec, err := os.ReadFile(base + ".map"); err == nil {
		m, err := table.ParseMap(strings.TrimSpace(string(spec)))
		if err != nil {
			tb.Fatal(err)
		}
		opts.Map = m
	}
	if filepath.Ext(path) == ".jsonl" {
		return table.ParseJSONL(mustRead(tb, path), opts)
	}
	return table.ParseCSV(mustRead(tb, path), opts)
}

// TestGolden compares the parse of each testdata/NAME.{csv,tsv,jsonl} with
// testdata/NAME.golden.json; go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, in := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
		t.Run(name, func(t *testing.T) {
			res, err := parse(t, in)
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
			annalstest.Golden(t, gp, got)
		})
	}
}

// TestFixturesValid checks that every record read from the fixtures passes
// annals.Record.Validate, as the ingest pipeline will require.
func TestFixturesValid(t *testing.T) {
	for _, in := range fixtures(t) {
		res, err := parse(t, in)
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		for _, r := range res.Records {
			if err := r.Validate(); err != nil {
				t.Errorf("%s line %d: %v", in, r.Provenance[0].Line, err)
			}
		}
	}
}
