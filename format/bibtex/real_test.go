package bibtex_test

import (
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/bibtex"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// sample is a record's fields as hand-checked against the file, found by
// the line its entry starts on.
type sample struct {
	line                        int
	title, author, date, source string
	url, language               string
}

// realFile is what one real file must give.
type realFile struct {
	path     string
	records  int
	problems []int // lines of the expected problems, in order
	samples  []sample
}

// realFiles covers every .bib file under the shared data folder;
// TestRealFilesCovered fails when a new one appears without a row here.
//
// Counts differ from the data README in three places, each checked by
// hand against the file:
//   - biblatex-examples.bib has 92 entries, of which two are @set
//     groupings (set, stdmodel) that describe no work: 90 records.
//   - issue-873 holds 1,018 "@" lines: 30 are "@Comment Name" lines
//     (BibTeX comments out only the word), leaving 988 entries; one
//     (Thiebaux:93, line 6523) has an unbalanced "\{" and is reported, so
//     987 records. The README's 958 is what a reader gets when each
//     "@Comment" swallows the following entry, the bug issue #873 is
//     about.
//   - mendeley-web-page-export.bib has 512 entries; the README's 465
//     leaves out the 47 of Mendeley's own types (25 @web_page,
//     8 @book_section, 7 @newspaper_article, 7 @magazine_article), which
//     we read like any other type.
var realFiles = []realFile{
	{path: "biblatex/biblatex-examples.bib", records: 90, samples: []sample{
		// Inherits date and booktitle (the parent's title) via crossref.
		{line: 10, title: "The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction Films", author: "Gary Westfahl", date: "2000", source: "Space and Beyond", language: "en"},
		// journaltitle = jomch, an @string.
		{line: 37, title: "Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic carbenes in Mizoroki-Heck reactions", author: "Özge Aksın", date: "2006", source: "J. Organomet. Chem."},
		{line: 1169, title: "Space and Beyond: The Frontier Theme in Science Fiction", author: "Gary Westfahl", date: "2000", source: "Greenwood", language: "en"},
	}},
	{path: "bolognese/crossref.bib", records: 1, samples: []sample{
		{line: 1, title: "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth", author: "Martial Sankar", date: "2014-02", source: "eLife", url: "http://elifesciences.org/lookup/doi/10.7554/eLife.01567"},
	}},
	{path: "bolognese/pure.bib", records: 1, samples: []sample{
		{line: 1, title: "A multiscale analysis of the urban heat island effect: from city averaged temperatures to the energy demand of individual buildings", author: "Y. Toparlar", date: "2018-04-25", source: "Technische Universiteit Eindhoven", language: "en"},
	}},
	{path: "python-bibtexparser/gbk_test.bib", records: 1, samples: []sample{
		{line: 1, title: "Test Title", author: "凯撒", date: "2013", source: "测试期刊"},
	}},
	{path: "better-bibtex/import/endnote-export.bib", records: 1, samples: []sample{
		// "@article{" with no key.
		{line: 2, title: "Alzheimer mechanisms and therapeutic strategies", author: "Y. Huang", date: "2012", source: "Cell"},
	}},
	{path: "better-bibtex/import/issue-1350-german-title.bib", records: 4, samples: []sample{
		{line: 1, title: "Die Darstellung des Islams in der Presse: Sprache, Bilder, Suggestionen", author: "S. Schiffer", date: "2005", source: "Eine Auswahl von Techniken und Beispielen", language: "de"},
		{line: 12, title: "Evangelische Publizistik", author: "C. Albrecht", date: "2007", source: "Religion und Medien: Vom Kultbild zum Internetritual"},
	}},
	{path: "better-bibtex/import/issue-1641-jabref-5.1-groups.bib", records: 20, samples: []sample{
		{line: 210, title: "Meat: The new geopolitics of food", author: "Ulf Jonsson", date: "2012", source: "Ecology and Power: Struggles over Land and Material Resources in the Past, Present and Future"},
	}},
	{path: "better-bibtex/import/issue-2374-bibdesk-base64-paths.bib", records: 3, samples: []sample{
		{line: 1, title: "Lebanon", author: "Hashem El-Husseini", date: "2004", source: "Global Civil Society: Dimensions of the Nonprofit Sector"},
		// No url field: BibDesk's bdsk-url-1 is used.
		{line: 16, title: "Between International Donors and Local Faith Communities: Intermediaries in Humanitarian Assistance to Syrian Refugees in Jordan and Lebanon", author: "Kathryn Kraft", date: "2019-01", source: "Disasters", url: "https://doi.org/10.1111/disa.12301"},
	}},
	{path: "better-bibtex/import/issue-2660-plus-in-field-name.bib", records: 283, samples: []sample{
		{line: 7, author: "American Psychological Association", date: "2014"},
		{line: 754, title: "On Video Games and Storytelling: An Interview with Tom Bissell", author: "M. Bustillos", date: "2013-03-19", source: "The New Yorker"},
	}},
	{path: "better-bibtex/import/issue-2743-calibre-export.bib", records: 1, samples: []sample{
		{line: 3, title: "Rechte nationaler Minderheiten: ethische Begründung, rechtliche Verankerung und historische Erfahrung", author: "Heiner Bielefeldt", date: "2004-01", source: "Transcript", language: "de"},
	}},
	{path: "better-bibtex/import/issue-3514-crossref-incollection.bib", records: 6, samples: []sample{
		// The parent comes later in the file; date and booktitle are inherited.
		{line: 9, title: "Lenguas, fronteras e ideología lingüística en el Paraguay", author: "Jan David Hauck", date: "2011", source: "Fronteiras da integração: dimensões culturais do Mercosul — Fronteras de la integración: las dimensiones culturales del Mercosur", language: "es"},
	}},
	{path: "better-bibtex/import/issue-472-math-markup.bib", records: 2, problems: []int{4}, samples: []sample{
		{line: 1, title: "Test Title With 100 μJ, 200 μJ Energy, and ±0.1% Accuracy, 0.2 mm² Size, and -50 dB Attenuation", author: "J. Doe", date: "2016-02", source: "IEEE_J_PROC", url: "https://doi.org/10.1109/JPROC.2016.2526118"},
	}},
	{path: "better-bibtex/import/issue-549-biblatex-import.bib", records: 9, problems: []int{21}, samples: []sample{
		{line: 1, title: "Blah emph and “enquote”.", author: "01e"},
		// Only an editor: the editor stands in as author.
		{line: 28, title: "Die dem Boethius fälschlich zugeschriebene Abhandlung des Dominicus Gundisalvi 'De unitate'", author: "Paul Correns", date: "1891", source: "Beiträge zur Geschichte der Philosophie des Mittelalters"},
	}},
	{path: "better-bibtex/import/issue-873-entries-discarded.bib", records: 987, samples: []sample{
		{line: 1, title: "Approaches to automatic programming", author: "Alan W. Biermann", date: "1975", source: "Advances in Computers"},
		// Follows "@Comment Len Schubert": must not be swallowed.
		{line: 1956, title: "Extending the expressive power of semantic networks", author: "Lenhart K. Schubert", date: "1976", source: "Artificial Intelligence"},
	}},
	{path: "better-bibtex/import/issue-95-96-percent-preamble.bib", records: 1, samples: []sample{
		{line: 7, title: "Synthesis and electrochromic study of sol-gel cuprous oxide nanoparticles accumulated on silica thin film", author: "O. Akhavan", date: "2009", source: "Thin Solid Films", url: "https://doi.org/10.1016/j.tsf.2009.05.016"},
	}},
	{path: "better-bibtex/import/literal-names.bib", records: 1, samples: []sample{
		{line: 1, author: "Comilla Sasson", date: "2013-03", source: "Circulation", language: "en"},
	}},
	{path: "better-bibtex/import/mendeley-web-page-export.bib", records: 512, samples: []sample{
		{line: 1, title: "Fiction and morality: Investigating the associations between reading exposure, empathy, morality, and moral judgment", author: "Jessica E Black", date: "2020", source: "Psychology of Popular Media", url: "https://doi.org/10.1037/ppm0000281"},
		{line: 132, title: "Can You Revise a Book to Make It More Woke?", author: "Lila Shapiro", date: "2018", url: "https://www.vulture.com/2018/02/keira-drake-the-continent.html"},
	}},
	{path: "better-bibtex/import/qiqqa-export.bib", records: 2, samples: []sample{
		{line: 8, title: "Matters of (meta-) modeling", author: "Thomas Kühne", date: "2006", source: "Software and Systems Modeling"},
	}},
}

// TestRealFiles parses every real .bib file and checks its count, its
// problems and hand-checked fields.
func TestRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, tt := range realFiles {
		t.Run(tt.path, func(t *testing.T) {
			res, err := bibtex.Parse(mustRead(t, filepath.Join(dir, tt.path)), bibtex.Options{Origin: tt.path})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(res.Records), tt.records; got != want {
				t.Errorf("Parse() records = %d, want %d", got, want)
			}
			if tt.problems != nil {
				var lines []int
				for _, p := range res.Problems {
					lines = append(lines, p.Line)
				}
				if !equalInts(lines, tt.problems) {
					t.Errorf("problem lines = %v, want %v: %+v", lines, tt.problems, res.Problems)
				}
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
		if err := r.Date.Validate(); err != nil {
			t.Errorf("%q: %v", r.Title, err)
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
		if s.title != "" && r.Title != s.title {
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

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestRealFilesCovered fails when a .bib file in the data folder has no
// row in realFiles.
func TestRealFilesCovered(t *testing.T) {
	dir := dataDir(t)
	known := map[string]bool{}
	for _, f := range realFiles {
		known[f.path] = true
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".bib") {
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

// TestThiebaux checks the one broken entry of issue-873 is reported with
// its line, and the entries after it still read.
func TestThiebaux(t *testing.T) {
	dir := dataDir(t)
	res, err := bibtex.Parse(mustRead(t, filepath.Join(dir, "better-bibtex/import/issue-873-entries-discarded.bib")), bibtex.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, p := range res.Problems {
		if strings.Contains(p.Msg, "unterminated") {
			if found || p.Line != 6524 || !strings.Contains(p.Msg, `"Thiebaux:93" (line 6523)`) {
				t.Errorf("unexpected problem %+v", p)
			}
			found = true
		}
	}
	if !found {
		t.Error("Thiebaux:93's unbalanced brace not reported")
	}
}
