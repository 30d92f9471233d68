package annalstest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
)

// The helpers below are the shared harness of the bibliography readers
// (bibtex, ris, csljson): fixtures and golden files, the real files read
// in place, and the well-formedness every parse must have.

// Read is one reader under test: the records and notes it makes of data,
// or its error.
type Read func(data []byte, origin string) ([]*annals.Record, []annals.Problem, error)

// ReadFile returns the contents of path or fails the test.
func ReadFile(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// Fixtures returns the files matching glob, golden files left out, and
// fails when there are none.
func Fixtures(tb testing.TB, glob string) []string {
	tb.Helper()
	all, err := filepath.Glob(glob)
	var out []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".golden.json") {
			out = append(out, p)
		}
	}
	if err != nil || len(out) == 0 {
		tb.Fatalf("no fixtures match %s: %v", glob, err)
	}
	return out
}

// parsed is what a golden file records of a parse.
type parsed struct {
	Records  []*annals.Record `json:"records"`
	Problems []annals.Problem `json:"problems,omitempty"`
}

// GoldenFiles reads each fixture matching glob with read and compares the
// records and notes, as indented JSON, with the golden file beside it
// (NAME.golden.json for NAME.ext); -update rewrites them.
func GoldenFiles(t *testing.T, glob string, read Read) {
	t.Helper()
	for _, in := range Fixtures(t, glob) {
		base := filepath.Base(in)
		name := strings.TrimSuffix(base, filepath.Ext(base))
		t.Run(name, func(t *testing.T) {
			recs, problems, err := read(ReadFile(t, in), base)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(parsed{recs, problems}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			Golden(t, filepath.Join(filepath.Dir(in), name+".golden.json"), append(got, '\n'))
		})
	}
}

// RealFile is what a reader must make of one real file.
type RealFile struct {
	// Path is the file's path inside the data folder.
	Path string
	// Records is how many records it gives.
	Records int
	// Problems are the lines of the notes it gives, in order; nil for
	// none.
	Problems []int
	// ManyProblems leaves the notes unchecked here, for a file with too
	// many to list that a test of its own looks into.
	ManyProblems bool
	// Samples are hand-checked fields of some of its records.
	Samples []Sample
	// Err, when set, is the start of the syntax error the reader must
	// return instead.
	Err string
}

// CheckRealFiles reads every file in files from dir and checks its count,
// notes and samples; a file named for an error must fail with a syntax
// error (isSyntax) starting with it. It also fails when a file with
// extension ext in dir has no row in files, so that a new data file
// cannot go untested.
func CheckRealFiles(t *testing.T, dir, ext string, files []RealFile, read Read, isSyntax func(error) bool) {
	t.Helper()
	known := map[string]bool{}
	for _, f := range files {
		known[f.Path] = true
		t.Run(f.Path, func(t *testing.T) {
			recs, problems, err := read(ReadFile(t, filepath.Join(dir, f.Path)), f.Path)
			if f.Err != "" {
				if err == nil || !isSyntax(err) || !strings.HasPrefix(err.Error(), f.Err) {
					t.Fatalf("read error = %v, want a syntax error %q…", err, f.Err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(recs), f.Records; got != want {
				t.Errorf("records = %d, want %d", got, want)
			}
			var lines []int
			for _, p := range problems {
				lines = append(lines, p.Line)
			}
			if !f.ManyProblems && !slices.Equal(lines, f.Problems) {
				t.Errorf("problem lines = %v, want %v: %+v", lines, f.Problems, problems)
			}
			CheckSamples(t, recs, f.Path, f.Samples)
		})
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ext) {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if !known[filepath.ToSlash(rel)] {
			t.Errorf("%s has no row in the real files", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// CheckWellFormed fails the test when a parse of a structured format
// (what a fuzz target got back) is malformed: every record has a
// non-nil author list without blank names, full confidence, one
// provenance with a line, and a valid date; every note has a line.
func CheckWellFormed(t *testing.T, recs []*annals.Record, problems []annals.Problem) {
	t.Helper()
	for _, r := range recs {
		if r.Authors == nil || r.Confidence != 1 || len(r.Provenance) != 1 || r.Provenance[0].Line < 1 {
			t.Fatalf("bad record %+v", r)
		}
		if err := r.Date.Validate(); err != nil {
			t.Fatalf("bad date %+v: %v", r.Date, err)
		}
		for _, a := range r.Authors {
			if strings.TrimSpace(a) == "" {
				t.Fatalf("empty author in %q", r.Authors)
			}
		}
	}
	for _, p := range problems {
		if p.Line < 1 {
			t.Fatalf("problem without a line: %+v", p)
		}
	}
}
