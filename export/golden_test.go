package export_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/export"
)

// MustReadRecords reads a JSON array of records, as the store's JSON API
// writes them.
func MustReadRecords(tb testing.TB, path string) []*annals.Record {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var recs []*annals.Record
	if err := json.Unmarshal(b, &recs); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return recs
}

// TestGolden exports testdata/NAME.json in every format and compares with
// testdata/NAME.golden.EXT (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range files {
		if filepath.Ext(filepath.Base(in[:len(in)-len(".json")])) == ".golden" {
			continue
		}
		recs := MustReadRecords(t, in)
		name := in[:len(in)-len(".json")]
		for _, format := range export.Formats {
			t.Run(filepath.Base(name)+export.Extension(format), func(t *testing.T) {
				annalstest.Golden(t, name+".golden"+export.Extension(format), MustWrite(t, format, recs))
			})
		}
	}
}
