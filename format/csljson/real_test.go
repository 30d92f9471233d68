package csljson_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/csljson"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// sample is a record's fields as hand-checked against the file, found by
// the line its object starts on.
type sample struct {
	line                        int
	title, author, date, source string
	url, language               string
}

// realFile is what one real file must give; err, when set, is the start
// of the error Parse must return instead.
type realFile struct {
	path    string
	records int
	err     string
	samples []sample
}

// realFiles covers every .json file under the shared data folder;
// TestRealFilesCovered fails when a new one appears without a row here.
// Counts match the README: BBT exports 26+4+1+15+6+4 = 56, commonmeta 17,
// bolognese 1 each. The two schema files are JSON Schemas, not CSL data,
// and are refused.
var realFiles = []realFile{
	{path: "bolognese/citeproc.json", records: 1, samples: []sample{
		// A single object; family/given win over bolognese's sort-order literal.
		{line: 1, title: "Eating your own Dog Food", author: "Martin Fenner", date: "2016-12-20", source: "DataCite Blog", url: "https://blog.datacite.org/eating-your-own-dog-food"},
	}},
	{path: "bolognese/citeproc-no-author.json", records: 1, samples: []sample{
		{line: 1, title: "Eating your own Dog Food", date: "2016-12-20", source: "DataCite Blog", url: "https://blog.datacite.org/eating-your-own-dog-food"},
	}},
	{path: "commonmeta-py/csl-list.json", records: 17, samples: []sample{
		{line: 2, title: "Changes in Data Sharing and Data Reuse Practices and Perceptions among Scientists Worldwide", author: "Carol Tenopir", date: "2015-08-26", source: "PLOS ONE", url: "http://journals.plos.org/plosone/article?id=10.1371/journal.pone.0134826"},
		// A book: no container, the publisher is the source.
		{line: 69, title: "Citing Medicine", author: "Karen Patrias", date: "2007", source: "National Library of Medicine (US)", url: "https://www.ncbi.nlm.nih.gov/books/NBK7256/"},
		// "language": "eng" and an unknown "license" property.
		{line: 190, title: "Collaborative reflective experience and practice in education explored through self-study and arts-based research", author: "Shelley Hannigan", date: "2016-01-01", source: "Creative approaches to research", language: "en"},
	}},
	{path: "better-bibtex/export/issue-1178-1400-deterministic-ordering.csl.json", records: 26, samples: []sample{
		{line: 2, title: "Perceptions of disability and their impact upon involvement in sport for people with disabilities at all levels", author: "Ian Brittain", date: "2004", source: "Journal of Sport and Social Issues", language: "en"},
		{line: 120, title: "Semenya, ASA and IAAF: Planning update", author: "Court of Arbitration for Sport", date: "2019-03-21", source: "Court of Arbitration for Sport", language: "en"},
	}},
	{path: "better-bibtex/export/issue-3286-available-date.csl.json", records: 4, samples: []sample{
		{line: 2, title: "59 Blog post", author: "A. A. Author", date: "2018", source: "Website title", url: "https://example.com", language: "en"},
		{line: 3, title: "Papsturkunden in England", author: "Walther Holtzmann", date: "1935", source: "Weidmann", language: "de"},
	}},
	{path: "better-bibtex/export/issue-3327-range-sign.csl.json", records: 1, samples: []sample{
		{line: 2, title: "Coexistence or competition for resources? Transboundary transformations of natural resource use in China’s neighborhood", author: "Henryk Alff", date: "2023-11-17", source: "Eurasian Geography and Economics", url: "https://doi.org/10.1080/15387216.2023.2258150"},
	}},
	{path: "better-bibtex/export/issue-360-811-date-export.csl.json", records: 15, samples: []sample{
		// Season 4 (winter): year only.
		{line: 77, title: "Season circa: : 2017-24~", author: "John Doe13", date: "2017"},
		// A range keeps its start.
		{line: 216, title: "A manuscript: 2014-12-31/2015-01-01", author: "John Doe1", date: "2014-12-31"},
		// BC years are outside what a record can hold.
		{line: 375, title: "BC tests: -0333", author: "John Doe5"},
	}},
	{path: "better-bibtex/export/issue-860-season-ranges.csl.json", records: 6, samples: []sample{
		{line: 20, title: "-0011-21/-0012-22"},
		{line: 38, title: "0011-21/0012-22", date: "0011"},
		{line: 74, title: "months out of range", date: "2017"},
	}},
	{path: "better-bibtex/export/pandoc-latex-schomd.csl.json", records: 4, samples: []sample{
		{line: 2, title: "The physical volcanology of the 1600 eruption of Huaynaputina, southern Peru", author: "Nancy K Adams", date: "2014-12-31", source: "Bulletin of Volcanology"},
		// <i>…</i> rich text becomes plain text.
		{line: 55, title: "Skizze zur Auslegungsgeschichte der Bücher Prouerbia und Ecclesiastes in der abendländischen Kirche", author: "Rainer Berndt", date: "1994", source: "Sacris Erudiri", url: "http://dx.doi.org/10.1484/J.SE.2.303788", language: "de"},
	}},
	{path: "schema/csl-data.json", err: "csljson: line 1: object is not a CSL item"},
	{path: "schema/csl-citation.json", err: "csljson: line 1: object is not a CSL item"},
}

// TestRealFiles parses every real .json file and checks its count and
// hand-checked fields.
func TestRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, tt := range realFiles {
		t.Run(tt.path, func(t *testing.T) {
			res, err := csljson.Parse(mustRead(t, filepath.Join(dir, tt.path)), csljson.Options{Origin: tt.path})
			if tt.err != "" {
				var se *csljson.SyntaxError
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
		if s.language != "" && r.Language != s.language {
			t.Errorf("line %d: Language = %q, want %q", s.line, r.Language, s.language)
		}
	}
}

// TestRealFilesCovered fails when a .json file in the data folder has no
// row in realFiles.
func TestRealFilesCovered(t *testing.T) {
	dir := dataDir(t)
	known := map[string]bool{}
	for _, f := range realFiles {
		known[f.path] = true
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
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

// TestSniffRealFiles checks Sniff accepts every CSL-JSON file and refuses
// the schema files and the other formats' files.
func TestSniffRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, f := range realFiles {
		want := f.err == ""
		if got := csljson.Sniff(mustRead(t, filepath.Join(dir, f.path))); got != want {
			t.Errorf("Sniff(%s) = %v, want %v", f.path, got, want)
		}
	}
	others, _ := filepath.Glob(filepath.Join(dir, "*", "*.bib"))
	more, _ := filepath.Glob(filepath.Join(dir, "*", "*.ris"))
	for _, p := range append(others, more...) {
		if csljson.Sniff(mustRead(t, p)) {
			t.Errorf("Sniff(%s) = true", p)
		}
	}
}
