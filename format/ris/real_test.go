package ris_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/ris"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// realFile is what one real file must give; err, when set, is the start
// of the error Parse must return instead.
type realFile struct {
	path    string
	records int
	err     string
	samples []annalstest.Sample
}

// realFiles covers every .ris file under the shared data folder;
// TestRealFilesCovered fails when a new one appears without a row here.
// The README's 16 rispy records count the 2 of example_wos.ris, which is
// Web of Science format: Parse refuses it, so RIS proper gives 14.
var realFiles = []realFile{
	{path: "bolognese/crossref.ris", records: 1, samples: []annalstest.Sample{
		{Line: 1, Title: "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth", Author: "Martial Sankar", Date: "2014", Source: "eLife", URL: "http://elifesciences.org/lookup/doi/10.7554/eLife.01567"},
	}},
	{path: "bolognese/pure.ris", records: 1, samples: []annalstest.Sample{
		// A thesis: the publisher is the source; T2 is a subtitle here.
		{Line: 1, Title: "A multiscale analysis of the urban heat island effect", Author: "Y. Toparlar", Date: "2018-04-25", Source: "Technische Universiteit Eindhoven", Summary: "Designing the climates of cities"},
	}},
	{path: "bolognese/ris_bug.ris", records: 1, samples: []annalstest.Sample{
		// "TY -  BOOK": one space before the hyphen, two after.
		{Line: 1, Title: "Validation of an Image-based Subject-Specific Dynamic Model of the Ankle Joint Complex and its Applications to the Study of the Effect of Articular Surface Morphology on Ankle Joint Mechanics", Author: "Vishnuvardhan Balakrishnan", Date: "2018", Source: "Drexel University", URL: "https://idea.library.drexel.edu/islandora/object/idea:8247"},
	}},
	{path: "rispy/example_bom.ris", records: 1, samples: []annalstest.Sample{
		{Line: 1, URL: "https://doi.org/10.1186/s40981-020-0316-0"},
	}},
	{path: "rispy/example_empty_tag.ris", records: 1, samples: []annalstest.Sample{
		{Line: 1, Title: "Outcome Measures After Shoulder Stabilization in the Athletic Population: A Systematic Review of Clinical and Patient-Reported Metrics", Author: "Fanning E.", Date: "2020", Source: "Orthopaedic Journal of Sports Medicine", URL: "https://doi.org/10.1177/2325967120950040"},
	}},
	{path: "rispy/example_extraneous_data.ris", records: 2, samples: []annalstest.Sample{
		{Line: 5, Title: "Title of reference", Author: "Karl Marx", Date: "2014", Source: "Lorem", URL: "http://example_url.com"},
		{Line: 33, Title: "The title of the reference", Author: "Karlus Marxus", Date: "2006", Source: "Lorem", URL: "http://example_url.com"},
	}},
	{path: "rispy/example_full.ris", records: 2, samples: []annalstest.Sample{
		{Line: 2, Title: "Title of reference", Author: "Karl Marx", Date: "2014", Source: "Lorem"},
		{Line: 27, Title: "The title of the reference", Author: "Karlus Marxus", Date: "2006", Source: "Lorem"},
	}},
	{path: "rispy/example_multiline.ris", records: 3, samples: []annalstest.Sample{
		// "ER then second line" is a continuation, not the end tag.
		{Line: 1, Summary: "first line, ER then second line and at the end the last line"},
		{Line: 8, Summary: "first line, ER then second line and at the end the last line"},
		{Line: 17, Summary: "first line, ER then second line and at the end the last line"},
	}},
	{path: "rispy/example_urls.ris", records: 4, samples: []annalstest.Sample{
		{Line: 1, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
		{Line: 12, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
		{Line: 24, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
		{Line: 35, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
	}},
	{path: "rispy/example_utf_chars.ris", records: 1, samples: []annalstest.Sample{
		// No TI: the short title (ST) stands in.
		{Line: 1, Title: "Состояние рецепторного аппарата эндометрия и метаболизм эстрогенов при гиперплазиях эндометрия в позднем репродуктивном периоде", Author: "Yu E. Dobrokhotova", Date: "2009", Source: "Gynecology, Obstetrics and Perinatology"},
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
			annalstest.CheckSamples(t, res.Records, tt.path, tt.samples)
		})
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
