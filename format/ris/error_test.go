package ris_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/labor-annals/annals/format/ris"
)

// TestProblems checks faults are reported with their line and do not stop
// the records around them.
func TestProblems(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		records int
		want    []ris.Problem
	}{
		{
			name:    "missing ER at end",
			in:      "TY  - JOUR\nTI  - a\nER  - \nTY  - JOUR\nTI  - b\n",
			records: 2,
			want:    []ris.Problem{{Line: 4, Msg: "record starting at line 4 is not closed by ER; kept"}},
		},
		{
			name:    "missing ER between records",
			in:      "TY  - JOUR\nTI  - a\n\nTY  - JOUR\nTI  - b\nER  - \n",
			records: 2,
			want:    []ris.Problem{{Line: 1, Msg: "record starting at line 1 has no ER before the TY at line 4; kept"}},
		},
		{
			name:    "tags before TY",
			in:      "TI  - orphan\nAU  - X\nER  - \nTY  - JOUR\nTI  - b\nER  - \n",
			records: 1,
			want:    []ris.Problem{{Line: 1, Msg: "tag TI outside a record (no TY before it); lines skipped up to the next TY", Skipped: true}},
		},
		{
			name:    "empty tags and CRLF",
			in:      "TY  - JOUR\r\nTI  -\r\nAU  - \r\nER  -\r\n",
			records: 1,
		},
		{name: "empty file", in: "", records: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ris.Parse([]byte(tt.in), ris.Options{})
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

// TestNotRIS checks other formats fail with a SyntaxError.
func TestNotRIS(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"wos", "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI x\nER\nEF\n", "ris: line 1: this is Web of Science tagged format (FN/PT … ER), not RIS; export from Web of Science as RIS, or use a WoS reader"},
		{"bibtex", "@article{k, title={t}}", `ris: line 1: no "TY  - " line; not an RIS file`},
		{"prose", "AB-testing is not RIS - at all", `ris: line 1: no "TY  - " line; not an RIS file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ris.Parse([]byte(tt.in), ris.Options{})
			var se *ris.SyntaxError
			if !errors.As(err, &se) || err.Error() != tt.want {
				t.Errorf("Parse() error = %v, want %q", err, tt.want)
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
		{"plain", "TY  - JOUR\nER  - \n", true},
		{"bom crlf", "\xef\xbb\xbfTY  - JOUR\r\nER  - \r\n", true},
		{"banner", "Record #1 of 2\nProvider: x\n\nTY  - BOOK\n", true},
		{"lenient", "TY -  BOOK\n", true},
		{"wos", "FN Clarivate Analytics Web of Science\nPT J\n", false},
		{"bibtex", "@article{k, title={TY  - x}}", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ris.Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	for _, in := range annalstest.Fixtures(t, "testdata/*.ris") {
		if !ris.Sniff(annalstest.ReadFile(t, in)) {
			t.Errorf("Sniff(%s) = false", in)
		}
	}
}

// TestFields checks dates, names, sources and URLs.
func TestFields(t *testing.T) {
	tests := []struct {
		name, in                  string
		date, author, source, url string
	}{
		{"PY slashes", "PY  - 2014/05/01/", "2014-05-01", "", "", ""},
		{"PY year only", "PY  - 2014///", "2014", "", "", ""},
		{"PY bare", "PY  - 2014", "2014", "", "", ""},
		{"PY other info", "PY  - 2014/05//Spring", "2014-05", "", "", ""},
		{"DA dashes", "DA  - 1999-10-03", "1999-10-03", "", "", ""},
		{"DA more precise", "PY  - 1999\nDA  - 1999/10/03", "1999-10-03", "", "", ""},
		{"DA other year ignored", "PY  - 1999\nDA  - 2005/10/03", "1999", "", "", ""},
		{"bad month", "PY  - 1999/13/01", "1999", "", "", ""},
		{"suffix", "AU  - King, Martin Luther, Jr.", "", "Martin Luther King Jr.", "", ""},
		{"semicolons", "AU  - Marx, Karl; Engels, Friedrich", "", "Karl Marx", "", ""},
		{"JF over PB", "JF  - J\nPB  - P", "", "", "J", ""},
		{"JA last", "JA  - J. Abbr.\nT2  - Full", "", "", "Full", ""},
		{"L1 file skipped", "L1  - file:///x.pdf\nL4  - http://a.example/x", "", "", "", "http://a.example/x"},
		{"DO url form", "DO  - http://dx.doi.org/10.1000/xyz", "", "", "", "https://doi.org/10.1000/xyz"},
		{"DO garbage", "DO  - none", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ris.Parse([]byte("TY  - JOUR\n"+tt.in+"\nER  - \n"), ris.Options{})
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("Parse() = %v, %v", res, err)
			}
			r := res.Records[0]
			first := ""
			if len(r.Authors) > 0 {
				first = r.Authors[0]
			}
			if r.Date.String() != tt.date || first != tt.author || r.Source != tt.source || r.URL != tt.url {
				t.Errorf("got date %q author %q source %q url %q, want %q %q %q %q", r.Date, first, r.Source, r.URL, tt.date, tt.author, tt.source, tt.url)
			}
		})
	}
}
