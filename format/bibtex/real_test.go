package bibtex_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/bibtex"
)

// dataDir is the shared folder of real bibliography files, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "bib") }

// realFiles covers every .bib file under the shared data folder;
// TestRealFiles fails when a new one appears without a row here.
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
var realFiles = []annalstest.RealFile{
	{Path: "biblatex/biblatex-examples.bib", Records: 90, Samples: []annalstest.Sample{
		// Inherits date and booktitle (the parent's title) via crossref.
		{Line: 10, Title: "The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction Films", Author: "Gary Westfahl", Date: "2000", Source: "Space and Beyond", Language: "en"},
		// journaltitle = jomch, an @string.
		{Line: 37, Title: "Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic carbenes in Mizoroki-Heck reactions", Author: "Özge Aksın", Date: "2006", Source: "J. Organomet. Chem."},
		{Line: 1169, Title: "Space and Beyond: The Frontier Theme in Science Fiction", Author: "Gary Westfahl", Date: "2000", Source: "Greenwood", Language: "en"},
	}},
	{Path: "bolognese/crossref.bib", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Title: "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth", Author: "Martial Sankar", Date: "2014-02", Source: "eLife", URL: "http://elifesciences.org/lookup/doi/10.7554/eLife.01567"},
	}},
	{Path: "bolognese/pure.bib", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Title: "A multiscale analysis of the urban heat island effect: from city averaged temperatures to the energy demand of individual buildings", Author: "Y. Toparlar", Date: "2018-04-25", Source: "Technische Universiteit Eindhoven", Language: "en"},
	}},
	{Path: "python-bibtexparser/gbk_test.bib", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Title: "Test Title", Author: "凯撒", Date: "2013", Source: "测试期刊"},
	}},
	{Path: "better-bibtex/import/endnote-export.bib", Records: 1, Samples: []annalstest.Sample{
		// "@article{" with no key.
		{Line: 2, Title: "Alzheimer mechanisms and therapeutic strategies", Author: "Y. Huang", Date: "2012", Source: "Cell"},
	}},
	{Path: "better-bibtex/import/issue-1350-german-title.bib", Records: 4, Samples: []annalstest.Sample{
		{Line: 1, Title: "Die Darstellung des Islams in der Presse: Sprache, Bilder, Suggestionen", Author: "S. Schiffer", Date: "2005", Source: "Eine Auswahl von Techniken und Beispielen", Language: "de"},
		{Line: 12, Title: "Evangelische Publizistik", Author: "C. Albrecht", Date: "2007", Source: "Religion und Medien: Vom Kultbild zum Internetritual"},
	}},
	{Path: "better-bibtex/import/issue-1641-jabref-5.1-groups.bib", Records: 20, Samples: []annalstest.Sample{
		{Line: 210, Title: "Meat: The new geopolitics of food", Author: "Ulf Jonsson", Date: "2012", Source: "Ecology and Power: Struggles over Land and Material Resources in the Past, Present and Future"},
	}},
	{Path: "better-bibtex/import/issue-2374-bibdesk-base64-paths.bib", Records: 3, Samples: []annalstest.Sample{
		{Line: 1, Title: "Lebanon", Author: "Hashem El-Husseini", Date: "2004", Source: "Global Civil Society: Dimensions of the Nonprofit Sector"},
		// No url field: BibDesk's bdsk-url-1 is used.
		{Line: 16, Title: "Between International Donors and Local Faith Communities: Intermediaries in Humanitarian Assistance to Syrian Refugees in Jordan and Lebanon", Author: "Kathryn Kraft", Date: "2019-01", Source: "Disasters", URL: "https://doi.org/10.1111/disa.12301"},
	}},
	{Path: "better-bibtex/import/issue-2660-plus-in-field-name.bib", Records: 283, Samples: []annalstest.Sample{
		{Line: 7, Author: "American Psychological Association", Date: "2014"},
		{Line: 754, Title: "On Video Games and Storytelling: An Interview with Tom Bissell", Author: "M. Bustillos", Date: "2013-03-19", Source: "The New Yorker"},
	}},
	{Path: "better-bibtex/import/issue-2743-calibre-export.bib", Records: 1, Samples: []annalstest.Sample{
		{Line: 3, Title: "Rechte nationaler Minderheiten: ethische Begründung, rechtliche Verankerung und historische Erfahrung", Author: "Heiner Bielefeldt", Date: "2004-01", Source: "Transcript", Language: "de"},
	}},
	{Path: "better-bibtex/import/issue-3514-crossref-incollection.bib", Records: 6, Samples: []annalstest.Sample{
		// The parent comes later in the file; date and booktitle are inherited.
		{Line: 9, Title: "Lenguas, fronteras e ideología lingüística en el Paraguay", Author: "Jan David Hauck", Date: "2011", Source: "Fronteiras da integração: dimensões culturais do Mercosul — Fronteras de la integración: las dimensiones culturales del Mercosur", Language: "es"},
	}},
	{Path: "better-bibtex/import/issue-472-math-markup.bib", Records: 2, Problems: []int{4}, Samples: []annalstest.Sample{
		{Line: 1, Title: "Test Title With 100 μJ, 200 μJ Energy, and ±0.1% Accuracy, 0.2 mm² Size, and -50 dB Attenuation", Author: "J. Doe", Date: "2016-02", Source: "IEEE_J_PROC", URL: "https://doi.org/10.1109/JPROC.2016.2526118"},
	}},
	{Path: "better-bibtex/import/issue-549-biblatex-import.bib", Records: 9, Problems: []int{21}, Samples: []annalstest.Sample{
		{Line: 1, Title: "Blah emph and “enquote”.", Author: "01e"},
		// Only an editor: the editor stands in as author.
		{Line: 28, Title: "Die dem Boethius fälschlich zugeschriebene Abhandlung des Dominicus Gundisalvi 'De unitate'", Author: "Paul Correns", Date: "1891", Source: "Beiträge zur Geschichte der Philosophie des Mittelalters"},
	}},
	{Path: "better-bibtex/import/issue-873-entries-discarded.bib", Records: 987, ManyProblems: true, Samples: []annalstest.Sample{
		{Line: 1, Title: "Approaches to automatic programming", Author: "Alan W. Biermann", Date: "1975", Source: "Advances in Computers"},
		// Follows "@Comment Len Schubert": must not be swallowed.
		{Line: 1956, Title: "Extending the expressive power of semantic networks", Author: "Lenhart K. Schubert", Date: "1976", Source: "Artificial Intelligence"},
	}},
	{Path: "better-bibtex/import/issue-95-96-percent-preamble.bib", Records: 1, Samples: []annalstest.Sample{
		{Line: 7, Title: "Synthesis and electrochromic study of sol-gel cuprous oxide nanoparticles accumulated on silica thin film", Author: "O. Akhavan", Date: "2009", Source: "Thin Solid Films", URL: "https://doi.org/10.1016/j.tsf.2009.05.016"},
	}},
	{Path: "better-bibtex/import/literal-names.bib", Records: 1, Samples: []annalstest.Sample{
		{Line: 1, Author: "Comilla Sasson", Date: "2013-03", Source: "Circulation", Language: "en"},
	}},
	{Path: "better-bibtex/import/mendeley-web-page-export.bib", Records: 512, Samples: []annalstest.Sample{
		{Line: 1, Title: "Fiction and morality: Investigating the associations between reading exposure, empathy, morality, and moral judgment", Author: "Jessica E Black", Date: "2020", Source: "Psychology of Popular Media", URL: "https://doi.org/10.1037/ppm0000281"},
		{Line: 132, Title: "Can You Revise a Book to Make It More Woke?", Author: "Lila Shapiro", Date: "2018", URL: "https://www.vulture.com/2018/02/keira-drake-the-continent.html"},
	}},
	{Path: "better-bibtex/import/qiqqa-export.bib", Records: 2, Samples: []annalstest.Sample{
		{Line: 8, Title: "Matters of (meta-) modeling", Author: "Thomas Kühne", Date: "2006", Source: "Software and Systems Modeling"},
	}},
}

// TestRealFiles reads every real .bib file in place and checks its count,
// its notes and hand-checked fields; it fails when a .bib file in the data
// folder has no row in realFiles.
func TestRealFiles(t *testing.T) {
	annalstest.CheckRealFiles(t, dataDir(t), ".bib", realFiles, read, func(err error) bool {
		var se *bibtex.SyntaxError
		return errors.As(err, &se)
	})
}

// TestThiebaux checks the one broken entry of issue-873 is reported with
// its line, and the entries after it still read.
func TestThiebaux(t *testing.T) {
	dir := dataDir(t)
	res, err := bibtex.Parse(annalstest.ReadFile(t, filepath.Join(dir, "better-bibtex/import/issue-873-entries-discarded.bib")), bibtex.Options{})
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
