package csljson_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"path/filepath"
	"testing"

	"github.com/labor-annals/annals/format/csljson"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// realFiles covers every .json file under the shared data folder;
// TestRealFiles fails when a new one appears without a row here.
// Counts match the README: BBT exports 26+4+1+15+6+4 = 56, commonmeta 17,
// bolognese 1 each. The two schema files are JSON Schemas, not CSL data,
// and are refused.
var realFiles = []annalstest.RealFile{
	{Path: "bolognese/citeproc.json", Records: 1, Samples: []annalstest.Sample{
		// A single object; family/given win over bolognese's sort-order literal.
		{Line: 1, Title: "Eating your own Dog Food", Author: "Martin Fenner", Date: "2016-12-20", Source: "DataCite Blog", URL: "https://blog.datacite.org/eating-your-own-dog-food"},
	}},
	{Path: "bolognese/citeproc-no-author.json", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Title: "Eating your own Dog Food", Date: "2016-12-20", Source: "DataCite Blog", URL: "https://blog.datacite.org/eating-your-own-dog-food"},
	}},
	{Path: "commonmeta-py/csl-list.json", Records: 17, Samples: []annalstest.Sample{
		{Line: 2, Title: "Changes in Data Sharing and Data Reuse Practices and Perceptions among Scientists Worldwide", Author: "Carol Tenopir", Date: "2015-08-26", Source: "PLOS ONE", URL: "http://journals.plos.org/plosone/article?id=10.1371/journal.pone.0134826"},
		// A book: no container, the publisher is the source.
		{Line: 69, Title: "Citing Medicine", Author: "Karen Patrias", Date: "2007", Source: "National Library of Medicine (US)", URL: "https://www.ncbi.nlm.nih.gov/books/NBK7256/"},
		// "language": "eng" and an unknown "license" property.
		{Line: 190, Title: "Collaborative reflective experience and practice in education explored through self-study and arts-based research", Author: "Shelley Hannigan", Date: "2016-01-01", Source: "Creative approaches to research", Language: "en"},
	}},
	{Path: "better-bibtex/export/issue-1178-1400-deterministic-ordering.csl.json", Records: 26, Samples: []annalstest.Sample{
		{Line: 2, Title: "Perceptions of disability and their impact upon involvement in sport for people with disabilities at all levels", Author: "Ian Brittain", Date: "2004", Source: "Journal of Sport and Social Issues", Language: "en"},
		{Line: 120, Title: "Semenya, ASA and IAAF: Planning update", Author: "Court of Arbitration for Sport", Date: "2019-03-21", Source: "Court of Arbitration for Sport", Language: "en"},
	}},
	{Path: "better-bibtex/export/issue-3286-available-date.csl.json", Records: 4, Samples: []annalstest.Sample{
		{Line: 2, Title: "59 Blog post", Author: "A. A. Author", Date: "2018", Source: "Website title", URL: "https://example.com", Language: "en"},
		{Line: 3, Title: "Papsturkunden in England", Author: "Walther Holtzmann", Date: "1935", Source: "Weidmann", Language: "de"},
	}},
	{Path: "better-bibtex/export/issue-3327-range-sign.csl.json", Records: 1, Samples: []annalstest.Sample{
		{Line: 2, Title: "Coexistence or competition for resources? Transboundary transformations of natural resource use in China’s neighborhood", Author: "Henryk Alff", Date: "2023-11-17", Source: "Eurasian Geography and Economics", URL: "https://doi.org/10.1080/15387216.2023.2258150"},
	}},
	{Path: "better-bibtex/export/issue-360-811-date-export.csl.json", Records: 15, Samples: []annalstest.Sample{
		// Season 4 (winter): year only.
		{Line: 77, Title: "Season circa: : 2017-24~", Author: "John Doe13", Date: "2017"},
		// A range keeps its start.
		{Line: 216, Title: "A manuscript: 2014-12-31/2015-01-01", Author: "John Doe1", Date: "2014-12-31"},
		// BC years are outside what a record can hold.
		{Line: 375, Title: "BC tests: -0333", Author: "John Doe5"},
	}},
	{Path: "better-bibtex/export/issue-860-season-ranges.csl.json", Records: 6, Samples: []annalstest.Sample{
		{Line: 20, Title: "-0011-21/-0012-22"},
		{Line: 38, Title: "0011-21/0012-22", Date: "0011"},
		{Line: 74, Title: "months out of range", Date: "2017"},
	}},
	{Path: "better-bibtex/export/pandoc-latex-schomd.csl.json", Records: 4, Samples: []annalstest.Sample{
		{Line: 2, Title: "The physical volcanology of the 1600 eruption of Huaynaputina, southern Peru", Author: "Nancy K Adams", Date: "2014-12-31", Source: "Bulletin of Volcanology"},
		// <i>…</i> rich text becomes plain text.
		{Line: 55, Title: "Skizze zur Auslegungsgeschichte der Bücher Prouerbia und Ecclesiastes in der abendländischen Kirche", Author: "Rainer Berndt", Date: "1994", Source: "Sacris Erudiri", URL: "http://dx.doi.org/10.1484/J.SE.2.303788", Language: "de"},
	}},
	{Path: "schema/csl-data.json", Err: "csljson: line 1: object is not a CSL item"},
	{Path: "schema/csl-citation.json", Err: "csljson: line 1: object is not a CSL item"},
}

// TestRealFiles reads every real .json file in place and checks its count,
// its notes and hand-checked fields; it fails when a .json file in the data
// folder has no row in realFiles.
func TestRealFiles(t *testing.T) {
	annalstest.CheckRealFiles(t, dataDir(t), ".json", realFiles, read, func(err error) bool {
		var se *csljson.SyntaxError
		return errors.As(err, &se)
	})
}

// TestSniffRealFiles checks Sniff accepts every CSL-JSON file and refuses
// the schema files and the other formats' files.
func TestSniffRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, f := range realFiles {
		want := f.Err == ""
		if got := csljson.Sniff(annalstest.ReadFile(t, filepath.Join(dir, f.Path))); got != want {
			t.Errorf("Sniff(%s) = %v, want %v", f.Path, got, want)
		}
	}
	others, _ := filepath.Glob(filepath.Join(dir, "*", "*.bib"))
	more, _ := filepath.Glob(filepath.Join(dir, "*", "*.ris"))
	for _, p := range append(others, more...) {
		if csljson.Sniff(annalstest.ReadFile(t, p)) {
			t.Errorf("Sniff(%s) = true", p)
		}
	}
}
