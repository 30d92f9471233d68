package ris_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"path/filepath"
	"testing"

	"github.com/labor-annals/annals/format/ris"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// realFiles covers every .ris file under the shared data folder;
// TestRealFiles fails when a new one appears without a row here.
// The README's 16 rispy records count the 2 of example_wos.ris, which is
// Web of Science format: Parse refuses it, so RIS proper gives 14.
var realFiles = []annalstest.RealFile{
	{Path: "bolognese/crossref.ris", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Title: "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth", Author: "Martial Sankar", Date: "2014", Source: "eLife", URL: "http://elifesciences.org/lookup/doi/10.7554/eLife.01567"},
	}},
	{Path: "bolognese/pure.ris", Records: 1, Samples: []annalstest.Sample{
		// A thesis: the publisher is the source; T2 is a subtitle here.
		{Line: 1, Title: "A multiscale analysis of the urban heat island effect", Author: "Y. Toparlar", Date: "2018-04-25", Source: "Technische Universiteit Eindhoven", Summary: "Designing the climates of cities"},
	}},
	{Path: "bolognese/ris_bug.ris", Records: 1, Samples: []annalstest.Sample{
		// "TY -  BOOK": one space before the hyphen, two after.
		{Line: 1, Title: "Validation of an Image-based Subject-Specific Dynamic Model of the Ankle Joint Complex and its Applications to the Study of the Effect of Articular Surface Morphology on Ankle Joint Mechanics", Author: "Vishnuvardhan Balakrishnan", Date: "2018", Source: "Drexel University", URL: "https://idea.library.drexel.edu/islandora/object/idea:8247"},
	}},
	{Path: "rispy/example_bom.ris", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, URL: "https://doi.org/10.1186/s40981-020-0316-0"},
	}},
	{Path: "rispy/example_empty_tag.ris", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Title: "Outcome Measures After Shoulder Stabilization in the Athletic Population: A Systematic Review of Clinical and Patient-Reported Metrics", Author: "Fanning E.", Date: "2020", Source: "Orthopaedic Journal of Sports Medicine", URL: "https://doi.org/10.1177/2325967120950040"},
	}},
	{Path: "rispy/example_extraneous_data.ris", Records: 2, Samples: []annalstest.Sample{
		{Line: 5, Title: "Title of reference", Author: "Karl Marx", Date: "2014", Source: "Lorem", URL: "http://example_url.com"},
		{Line: 33, Title: "The title of the reference", Author: "Karlus Marxus", Date: "2006", Source: "Lorem", URL: "http://example_url.com"},
	}},
	{Path: "rispy/example_full.ris", Records: 2, Samples: []annalstest.Sample{
		{Line: 2, Title: "Title of reference", Author: "Karl Marx", Date: "2014", Source: "Lorem"},
		{Line: 27, Title: "The title of the reference", Author: "Karlus Marxus", Date: "2006", Source: "Lorem"},
	}},
	{Path: "rispy/example_multiline.ris", Records: 3, Samples: []annalstest.Sample{
		// "ER then second line" is a continuation, not the end tag.
		{Line: 1, Summary: "first line, ER then second line and at the end the last line"},
		{Line: 8, Summary: "first line, ER then second line and at the end the last line"},
		{Line: 17, Summary: "first line, ER then second line and at the end the last line"},
	}},
	{Path: "rispy/example_urls.ris", Records: 4, Samples: []annalstest.Sample{
		{Line: 1, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
		{Line: 12, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
		{Line: 24, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
		{Line: 35, Title: "A Mathematical Theory of Communication", Author: "Claude E. Shannon", Date: "1948-07", Source: "Bell System Technical Journal", URL: "http://example.com"},
	}},
	{Path: "rispy/example_utf_chars.ris", Records: 1, Samples: []annalstest.Sample{
		// No TI: the short title (ST) stands in.
		{Line: 1, Title: "Состояние рецепторного аппарата эндометрия и метаболизм эстрогенов при гиперплазиях эндометрия в позднем репродуктивном периоде", Author: "Yu E. Dobrokhotova", Date: "2009", Source: "Gynecology, Obstetrics and Perinatology"},
	}},
	{Path: "rispy/example_wos.ris", Err: "ris: line 1: this is Web of Science tagged format"},
}

// TestRealFiles reads every real .ris file in place and checks its count,
// its notes and hand-checked fields; it fails when a .ris file in the data
// folder has no row in realFiles.
func TestRealFiles(t *testing.T) {
	annalstest.CheckRealFiles(t, dataDir(t), ".ris", realFiles, read, func(err error) bool {
		var se *ris.SyntaxError
		return errors.As(err, &se)
	})
}

// TestSniffRealFiles checks Sniff accepts every RIS file, refuses the Web
// of Science file and the other formats' files.
func TestSniffRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, f := range realFiles {
		want := f.Err == ""
		if got := ris.Sniff(annalstest.ReadFile(t, filepath.Join(dir, f.Path))); got != want {
			t.Errorf("Sniff(%s) = %v, want %v", f.Path, got, want)
		}
	}
	others, _ := filepath.Glob(filepath.Join(dir, "*", "*.bib"))
	more, _ := filepath.Glob(filepath.Join(dir, "*", "*", "*.*"))
	for _, p := range append(others, more...) {
		if ris.Sniff(annalstest.ReadFile(t, p)) {
			t.Errorf("Sniff(%s) = true", p)
		}
	}
}
