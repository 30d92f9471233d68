package csljson_test

import (
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/format/csljson"
)

// read is the reader under test, in the shape annalstest's harness takes.
func read(data []byte, origin string) ([]*annals.Record, []annals.Problem, error) {
	res, err := csljson.Parse(data, csljson.Options{Origin: origin})
	if err != nil {
		return nil, nil, err
	}
	return res.Records, res.Problems, nil
}

// TestGolden compares the parse of each testdata/NAME.json with
// testdata/NAME.golden.json; go test -update rewrites them.
func TestGolden(t *testing.T) { annalstest.GoldenFiles(t, "testdata/*.json", read) }
