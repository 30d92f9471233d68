package csljson_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/labor-annals/annals/format/csljson"
)

// TestBadJSON checks invalid input fails whole with the line of the fault.
func TestBadJSON(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"missing comma at line 3", "[\n  {\"title\": \"a\"}\n  {\"title\": \"b\"}\n]", "csljson: line 3: invalid JSON: invalid character '{' after array element"},
		{"truncated", "[\n  {\"title\": \"a\"", "csljson: line 2: invalid JSON: unexpected end of input"},
		{"trailing text", "[]\n\nextra", "csljson: line 3: text after the JSON value"},
		{"scalar", "42", "csljson: line 1: JSON is neither an array of items nor an item; not CSL-JSON"},
		{"empty", "  \n", "csljson: line 1: empty input; not CSL-JSON"},
		{"bibtex", "@article{k, title={t}}", "csljson: line 1: invalid JSON: invalid character '@' looking for beginning of value"},
		{"single non-item", `{"$schema": "x", "type": "object"}`, "csljson: line 1: object is not a CSL item: it is a JSON Schema, or has none of id, type, title, author, editor, issued"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := csljson.Parse([]byte(tt.in), csljson.Options{})
			var se *csljson.SyntaxError
			if !errors.As(err, &se) || err.Error() != tt.want {
				t.Errorf("Parse() error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestProblems checks items that are not objects are skipped and
// reported with their line.
func TestProblems(t *testing.T) {
	in := "[\n  {\"title\": \"a\"},\n  [1, 2],\n  null,\n  {\"title\": \"b\", \"author\": \"not a list\", \"issued\": 5}\n]"
	res, err := csljson.Parse([]byte(in), csljson.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(res.Records); got != 2 {
		t.Errorf("Parse() records = %d, want 2", got)
	}
	want := []csljson.Problem{
		{Line: 3, Msg: "item is a JSON array, not an object", Skipped: true},
		{Line: 4, Msg: "item is a JSON null, not an object", Skipped: true},
	}
	if diff := cmp.Diff(want, res.Problems); diff != "" {
		t.Errorf("Problems (-want +got):\n%s", diff)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"array", `[{"type": "book", "title": "t"}]`, true},
		{"object", `{"type": "book", "issued": {}}`, true},
		{"schema", `{"$schema": "x", "type": "object", "title": "t"}`, false},
		{"other json", `{"name": "x"}`, false},
		{"bibtex", `@book{k, type = {"type" "title"}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := csljson.Sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	for _, in := range annalstest.Fixtures(t, "testdata/*.json") {
		if !csljson.Sniff(annalstest.ReadFile(t, in)) {
			t.Errorf("Sniff(%s) = false", in)
		}
	}
}

// TestDates checks CSL date shapes.
func TestDates(t *testing.T) {
	tests := []struct{ issued, want string }{
		{`{"date-parts": [[2001]]}`, "2001"},
		{`{"date-parts": [["2001", "02"]]}`, "2001-02"},
		{`{"date-parts": [[2001, 2, 3], [2002, 1, 1]]}`, "2001-02-03"},
		{`{"date-parts": [[2001, 21]]}`, "2001"},
		{`{"date-parts": [[2001, 14]]}`, "2001"},
		{`{"date-parts": [[2001, 2, 31]]}`, "2001-02"},
		{`{"date-parts": [["x"]], "raw": "2001-02-03"}`, "2001-02-03"},
		{`{"raw": "2001/02/03"}`, "2001-02-03"},
		{`{"raw": "2001-02-03/2001-03-01"}`, "2001-02-03"},
		{`{"raw": "February 2001"}`, "2001-02"},
		{`{"raw": "Feb. 3, 2001"}`, "2001-02-03"},
		{`{"literal": "3 February 2001"}`, "2001-02-03"},
		{`{"literal": "13th cent"}`, ""},
		{`{"date-parts": [[0]]}`, ""},
		{`"2001-02"`, "2001-02"},
		// Lenient: a bare array is read as its first part.
		{`[2001]`, "2001"},
		{`{}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.issued, func(t *testing.T) {
			res, err := csljson.Parse([]byte(`[{"title": "t", "issued": `+tt.issued+`}]`), csljson.Options{})
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("Parse() = %v, %v", res, err)
			}
			if got := res.Records[0].Date.String(); got != tt.want {
				t.Errorf("Date = %q, want %q", got, tt.want)
			}
		})
	}
}
