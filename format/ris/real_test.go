package ris_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/ris"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// sample is a record's fields as hand-checked against the file, found by
// the line its TY starts on.
type sample struct {
	line                        int
	title, author, date, source string
	url, summary                string
}

// realFile is what one real file must give; err, when set, is the start
// of the error Parse must return instead.
type realFile struct {
	path    string
	records int
	err     string
	samples []sample
}

// realFiles covers every .ris file under the shared data folder;
// TestRealFilesCovered fails when a new one appears without a row here.
// The README's 16 rispy records count the 2 of example_wos.ris, which is
// Web of Science format: Parse refuses it, so RIS proper gives 14.
var realFiles = []realFile{
	{path: "bolognese/crossref.ris", records: 1, samples: []sample{
		{line: 1, title: "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth", author: "Martial Sankar", date: "2014", source: "eLife", url: "http://elifesciences.org/lookup/doi/10.7554/eLife.01567"},
	}},
	{path: "bolognese/pure.ris", records: 1, samples: []sample{
		// A thesis: the publisher is the source; T2 is a subtitle here.
		{line: 1, title: "A multiscale analysis of the urban heat island effect", author: "Y. Toparlar", date: "2018-04-25", source: "Technische Universiteit Eindhoven", summary: "Designing the climates of cities"},
	}},
	{path: "bolognese/ris_bug.ris", records: 1, samples: []sample{
		// "TY -  BOOK": one space before the hyphen, two after.
		{line: 1, title: "Validation of an Image-based Subject-Specific Dynamic Model of the Ankle Joint Complex and its Applications to the Study of the Effect of Articular Surface Morphology on Ankle Joint Mechanics", author: "Vishnuvardhan Balakrishnan", date: "2018", source: "Drexel University", url: "https://idea.library.drexel.edu/islandora/object/idea:8247"},
	}},
	{path: "rispy/example_bom.ris", records: 1, samples: []sample{
		{line: 1, url: "https://doi.org/10.1186/s40981-020-0316-0"},
	}},
	{path: "rispy/example_empty_tag.ris", records: 1, samples: []sample{
		{line: 1, title: "Outcome Measures After Shoulder Stabilization in the Athletic Population: A Systematic Review of Clinical and Patient-Reported Metrics", author: "Fanning E.", date: "2020", source: "Orthopaedic Journal of Sports Medicine", url: "https://doi.org/10.1177/2325967120950040"},
	}},
	{path: "rispy/example_extraneous_data.ris", records: 2, samples: []sample{
		{line: 5, title: "Title of reference", author: "Karl Marx", date: "2014", source: "Lorem", url: "http://example_url.com"},
		{line: 33, title: "The title of the reference", author: "Karlus Marxus", date: "2006", source: "Lorem", url: "http://example_url.com"},
	}},
	{path: "rispy/example_full.ris", records: 2, samples: []sample{
		{line: 2, title: "Title of reference", author: "Karl Marx", date: "2014", source: "Lorem"},
		{line: 27, title: "The title of the reference", author: "Karlus Marxus", date: "2006", source: "Lorem"},
	}},
	{path: "rispy/example_multiline.ris", records: 3, samples: []sample{
		// "ER then second line" is a continuation, not the end tag.
		{line: 1, summary: "first line, ER then second line and at the end the last line"},
		{line: 8, summary: "first line, ER then second line and at the end the last line"},
		{line: 17, summary: "first line, ER then second line and at the end the last line"},
	}},
	{path: "rispy/example_urls.ris", records: 4, samples: []sample{
		{line: 1, title: "A Mathematical Theory of Communication", author: "Claude E. Shannon", date: "1948-07", source: "Bell System Technical Journal", url: "http://example.com"},
		{line: 12, title: "A Mathematical Theory of Communication", author: "Claude E. Shannon", date: "1948-07", source: "Bell System Technical Journal", url: "http://example.com"},
		{line: 24, title: "A Mathematical Theory of Communication", author: "Claude E. Shannon", date: "1948-07", source: "Bell System Technical Journal", url: "http://example.com"},
		{line: 35, title: "A Mathematical Theory of Communication", author: "Claude E. Shannon", date: "1948-07", source: "Bell System Technical Journal", url: "http://example.com"},
	}},
	{path: "rispy/example_utf_chars.ris", records: 1, samples: []sample{
		// No TI: the short title (ST) stands in.
		{line: 1, title: "Состояние рецепторного аппарата эндометрия и метаболизм эстрогенов при гиперплазиях эндометрия в позднем репродуктивном периоде", author: "Yu E. Dobrokhotova", date: "2009", source: "Gynecology, Obstetrics and Perinatology"},
	}},
	{path: "rispy/example_wos.ris", err: "ris: line 1: this is Web of Science tagged format"},
}

// TestRealFiles parses every real .ris file and checks its count and
// hand-checked fields.
func TestRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, tt := range realFiles {
		t.Run(tt.path, func(t *testing.T) {
			res, err := ris.Parse(mustRead(t, filepath.Join(dir, tt.path)), ris.Options{Origin: tt.path})
			if tt.err != "" {
				var se *ris.SyntaxError
				if !errors.As(err, &se) || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("Parse() error = %v, want %q…", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(res.Records), tt.records; got != want {
				t.Errorf("Parse() records = %d, want %d", got, want)
			}
			if len(res.Problems) != 0 {
				t.Errorf("Problems = %+v, want none", res.Problems)
			}
			checkRecords(t, res.Records, tt.path, tt.samples)
		})
	}
}

func checkRecords(t *testing.T, recs []*annals.Record, origin string, samples []sample) {
	t.Helper()
	byLine := map[int]*annals.Record{}
	for _, r := range recs {
		if r.Authors == nil || r.Confidence != 1 || len(r.Provenance) != 1 || r.Provenance[0].Origin != origin || r.Provenance[0].Line < 1 {
			t.Errorf("bad record shape: %+v", r)
		}
		byLine[r.Provenance[0].Line] = r
	}
	for _, s := range samples {
		r := byLine[s.line]
		if r == nil {
			t.Errorf("no record at line %d", s.line)
			continue
		}
		first := ""
		if len(r.Authors) > 0 {
			first = r.Authors[0]
		}
		if r.Title != s.title {
			t.Errorf("line %d: Title = %q, want %q", s.line, r.Title, s.title)
		}
		if first != s.author {
			t.Errorf("line %d: first author = %q, want %q", s.line, first, s.author)
		}
		if got := r.Date.String(); got != s.date {
			t.Errorf("line %d: Date = %q, want %q", s.line, got, s.date)
		}
		if r.Source != s.source {
			t.Errorf("line %d: Source = %q, want %q", s.line, r.Source, s.source)
		}
		if s.url != "" && r.URL != s.url {
			t.Errorf("line %d: URL = %q, want %q", s.line, r.URL, s.url)
		}
		if s.summary != "" && r.Summary != s.summary {
			t.Errorf("line %d: Summary = %q, want %q", s.line, r.Summary, s.summary)
		}
	}
}

// TestRealFilesCovered fails when a .ris file in the data folder has no
// row in realFiles.
func TestRealFilesCovered(t *testing.T) {
	dir := dataDir(t)
	known := map[string]bool{}
	for _, f := range realFiles {
		known[f.path] = true
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".ris") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if !known[filepath.ToSlash(rel)] {
			t.Errorf("%s has no row in realFiles", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSniffRealFiles checks Sniff accepts every RIS file, refuses the Web
// of Science file and the other formats' files.
func TestSniffRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, f := range realFiles {
		want := f.err == ""
		if got := ris.Sniff(mustRead(t, filepath.Join(dir, f.path))); got != want {
			t.Errorf("Sniff(%s) = %v, want %v", f.path, got, want)
		}
	}
	others, _ := filepath.Glob(filepath.Join(dir, "*", "*.bib"))
	more, _ := filepath.Glob(filepath.Join(dir, "*", "*", "*.*"))
	for _, p := range append(others, more...) {
		if ris.Sniff(mustRead(t, p)) {
			t.Errorf("Sniff(%s) = true", p)
		}
	}
}
