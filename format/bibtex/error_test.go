package bibtex_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/labor-annals/annals/format/bibtex"
)

// TestProblems checks that faults in one entry are reported with their
// line and do not stop the entries around them.
func TestProblems(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		records int
		want    []bibtex.Problem
	}{
		{
			name:    "unterminated brace at line 3",
			in:      "@article{a, title={A}}\n@article{b,\n  title = {Never {closed,\n  year = 1999}\n@article{c, title={C}}\n",
			records: 2,
			want:    []bibtex.Problem{{Line: 3, Msg: `@article "b" (line 2): unterminated brace; skipped`, Skipped: true}},
		},
		{
			name:    "unterminated quote",
			in:      "@article{b, title = \"open\n}\n@article{c, title={C}}\n",
			records: 1,
			want:    []bibtex.Problem{{Line: 1, Msg: `@article "b" (line 1): unterminated quoted string; skipped`, Skipped: true}},
		},
		{
			name:    "missing closing brace at end of file",
			in:      "@article{a, title={A}}\n\n@article{z, title={Z},\n",
			records: 1,
			want:    []bibtex.Problem{{Line: 3, Msg: `@article "z" (line 3): missing closing }; skipped`, Skipped: true}},
		},
		{
			name:    "missing equals",
			in:      "@book{k,\n  title {T}\n}\n",
			records: 0,
			want:    []bibtex.Problem{{Line: 2, Msg: `@book "k" (line 1): expected = after field "title"; skipped`, Skipped: true}},
		},
		{
			name:    "no key comma",
			in:      "@book{k title={T}}\n",
			records: 0,
			want:    []bibtex.Problem{{Line: 1, Msg: `@book "k" (line 1): expected , after key "k"; skipped`, Skipped: true}},
		},
		{
			name:    "unterminated comment group",
			in:      "@comment{ never closed\n@article{c, title={C}}\n",
			records: 1,
			want:    []bibtex.Problem{{Line: 1, Msg: `@comment (line 1): unterminated {; skipped`, Skipped: true}},
		},
		{
			name:    "empty file",
			in:      "",
			records: 0,
		},
		{
			name:    "comments only",
			in:      "% nothing here\n%\n",
			records: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := bibtex.Parse([]byte(tt.in), bibtex.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := len(res.Records); got != tt.records {
				t.Errorf("Parse() records = %d, want %d", got, tt.records)
			}
			if diff := cmp.Diff(tt.want, res.Problems); diff != "" {
				t.Errorf("Problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNotBibTeX checks inputs of other formats fail with a SyntaxError.
func TestNotBibTeX(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ris", "TY  - JOUR\nTI  - x\nER  - \n", "bibtex: line 1: no @entry found; not a BibTeX file"},
		{"json", `[{"title": "x", "mail": "a@b.c"}]`, "bibtex: line 1: no @entry found; not a BibTeX file"},
		{"binary", "\xff\xfe\x00\x00x\x00", ""},
		{"nul", "abc\n\x00\x01", "bibtex: line 2: binary data (NUL byte); not a BibTeX file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bibtex.Parse([]byte(tt.in), bibtex.Options{})
			var se *bibtex.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse() error = %v, want *SyntaxError", err)
			}
			if tt.want != "" && err.Error() != tt.want {
				t.Errorf("Parse() error = %q, want %q", err, tt.want)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"braces", "% comment\n@article{k, title={t}}", true},
		{"parens", "@BOOK(k, title={t})", true},
		{"space before brace", "@book {k,}", true},
		{"ris", "TY  - JOUR\nER  - \n", false},
		{"email", "write to me@example.org about it", false},
		{"json", `{"title": "@x"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bibtex.Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	for _, in := range annalstest.Fixtures(t, "testdata/*.bib") {
		if !bibtex.Sniff(annalstest.ReadFile(t, in)) {
			t.Errorf("Sniff(%s) = false", in)
		}
	}
}

// TestSniffRealFiles checks Sniff on every real file, and that it refuses
// the other formats' files.
func TestSniffRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, f := range realFiles {
		if !bibtex.Sniff(annalstest.ReadFile(t, filepath.Join(dir, f.Path))) {
			t.Errorf("Sniff(%s) = false", f.Path)
		}
	}
	others, _ := filepath.Glob(filepath.Join(dir, "*", "*.ris"))
	more, _ := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	for _, p := range append(others, more...) {
		if bibtex.Sniff(annalstest.ReadFile(t, p)) {
			t.Errorf("Sniff(%s) = true", p)
		}
	}
}

// TestNames checks name-list splitting and ordering.
func TestNames(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"last first", "Marx, Karl and Engels, Friedrich", []string{"Karl Marx", "Friedrich Engels"}},
		{"first last", "Rosa Luxemburg AND Clara Zetkin", []string{"Rosa Luxemburg", "Clara Zetkin"}},
		{"von and jr", "von Braun, Jr., Wernher", []string{"Wernher von Braun Jr."}},
		{"corporate", "{Industrial Workers of the World, Local 8} and others", []string{"Industrial Workers of the World, Local 8"}},
		{"and inside braces", "{Bread and Roses Collective}", []string{"Bread and Roses Collective"}},
		{"accents", `Gr{\"u}n, J{\'o}zsef and {\v{S}}koda, \O{}ystein`, []string{"József Grün", "Øystein Škoda"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "@book{k, author = {" + tt.in + "}, title = {t}}"
			res, err := bibtex.Parse([]byte(in), bibtex.Options{})
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("Parse() = %v, %v", res, err)
			}
			if diff := cmp.Diff(tt.want, res.Records[0].Authors); diff != "" {
				t.Errorf("Authors (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLaTeX checks the LaTeX-to-Unicode translation through titles.
func TestLaTeX(t *testing.T) {
	tests := []struct{ in, want string }{
		{`\'e\'{e}{\'e}\' e`, "éééé"},
		{`\"{o}{\"u}\"a`, "öüä"},
		{`\c{c}\c c\v{s}\u{a}\H{o}\k{a}\r{a}\={a}\.{z}\d{a}`, "ççšăőąåāżạ"},
		{`\ss{} \o{} \O{} \aa{} \AA{} \ae{} \AE{} \oe{} \i{} \l{} \L`, "ß ø Ø å Å æ Æ œ ı ł Ł"},
		// A control word eats the spaces after it, as in TeX.
		{`\O \aa x`, "Øåx"},
		{`\'{\i}`, "í"},
		{`a~b`, "a b"},
		{`1936--1937 --- yes`, "1936–1937 — yes"},
		{`\& \% \$ \# \_`, "& % $ # _"},
		{`{T}he {USA}`, "The USA"},
		{"``quoted''", "“quoted”"},
		{`\emph{x} \textbf{y} \mkbibquote{z}`, "x y “z”"},
		{`x\noopsort{1973}y`, "xy"},
		{`$\alpha^2 + H_2O$`, "α² + H₂O"},
		{"  spaced \n\t out  ", "spaced out"},
		{`\unknown{kept}`, "kept"},
		{`{{{{deep}}}}`, "deep"},
		{`\`, ""},
		{`{\d}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := bibtex.Parse([]byte("@misc{k, title = {"+tt.in+"}}"), bibtex.Options{})
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("Parse() = %v, %v", res, err)
			}
			if got := res.Records[0].Title; got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDates checks date, year, month and day fields.
func TestDates(t *testing.T) {
	tests := []struct{ fields, want string }{
		{"date = {2005}", "2005"},
		{"date = {2005-07}", "2005-07"},
		{"date = {2005-07-14}", "2005-07-14"},
		{"date = {2005-07-14/2006-01-01}", "2005-07-14"},
		{"date = {1999-10-01T12:00:00}", "1999-10-01"},
		{"date = {2011-05~}", "2011-05"},
		{"date = {2017-22}", "2017"},
		{"date = {/2012}", ""},
		{"date = {-0333}", ""},
		{"year = 1984", "1984"},
		{"year = 1984, month = nov", "1984-11"},
		{"year = 1984, month = {11}", "1984-11"},
		{"year = 1984, month = {Nov.}", "1984-11"},
		{"year = 1984, month = nov # {~7}", "1984-11-07"},
		{"year = 1984, month = {11}, day = {7}", "1984-11-07"},
		{"year = {May 1979}", "1979-05"},
		{"year = {in press}", ""},
		{"year = {1984}, month = {13}", "1984"},
		{"date = {garbage}, year = {1990}", "1990"},
	}
	for _, tt := range tests {
		t.Run(tt.fields, func(t *testing.T) {
			res, err := bibtex.Parse([]byte("@misc{k, title = {t}, "+tt.fields+"}"), bibtex.Options{})
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("Parse() = %v, %v", res, err)
			}
			if got := res.Records[0].Date.String(); got != tt.want {
				t.Errorf("Date = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFields checks source, URL and language choices.
func TestFields(t *testing.T) {
	tests := []struct {
		name, in              string
		source, url, language string
	}{
		{"journal over publisher", "@article{k, journal={J}, publisher={P}}", "J", "", ""},
		{"book publisher over series", "@book{k, booktitle={B}, publisher={P}}", "P", "", ""},
		{"thesis school", "@phdthesis{k, school={S}}", "S", "", ""},
		{"doi fallback", "@article{k, doi={doi:10.1000/x y}}", "", "", ""},
		{"doi url", "@article{k, doi={https://doi.org/10.1000/a<b>}}", "", "https://doi.org/10.1000/a%3Cb%3E", ""},
		{"url over doi", "@article{k, url={http://a.example/}, doi={10.1/x}}", "", "http://a.example/", ""},
		{"relative url ignored", "@article{k, url={www.example.org}, doi={10.1/x}}", "", "https://doi.org/10.1/x", ""},
		{"langid", "@article{k, langid={french}}", "", "", "fr"},
		{"iso 639-2", "@article{k, language={eng}}", "", "", "en"},
		{"tag", "@article{k, language={pt-BR}}", "", "", "pt-BR"},
		{"unknown language", "@article{k, language={Klingon tongue}}", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := bibtex.Parse([]byte(tt.in), bibtex.Options{})
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("Parse() = %v, %v", res, err)
			}
			r := res.Records[0]
			if r.Source != tt.source || r.URL != tt.url || r.Language != tt.language {
				t.Errorf("got source %q url %q language %q, want %q %q %q", r.Source, r.URL, r.Language, tt.source, tt.url, tt.language)
			}
		})
	}
}

// TestCrossrefLoop checks a crossref cycle ends.
func TestCrossrefLoop(t *testing.T) {
	in := "@inbook{a, crossref={b}, title={A}}\n@inbook{b, crossref={a}, title={B}}\n"
	res, err := bibtex.Parse([]byte(in), bibtex.Options{})
	if err != nil || len(res.Records) != 2 {
		t.Fatalf("Parse() = %v, %v", res, err)
	}
	if got := res.Records[0].Title + res.Records[1].Title; got != "AB" {
		t.Errorf("titles = %q, want AB", got)
	}
}
