package table_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/table"
)

// check fails t unless a parse's result is well formed: every record has
// text, a line, a valid date, non-empty authors and valid topics, and
// every problem has a line.
func check(t *testing.T, res *table.Result, err error) {
	t.Helper()
	if err != nil {
		var se *table.SyntaxError
		if !errors.As(err, &se) && annals.ErrorCode(err) != annals.EINVALID {
			t.Fatalf("error %v is neither a *SyntaxError nor EINVALID", err)
		}
		return
	}
	for _, r := range res.Records {
		if r.Authors == nil || r.Confidence != 1 || len(r.Provenance) != 1 || r.Provenance[0].Line < 1 {
			t.Fatalf("bad record %+v", r)
		}
		if r.Title == "" && r.Summary == "" {
			t.Fatalf("record without text %+v", r)
		}
		if err := r.Date.Validate(); err != nil {
			t.Fatalf("bad date %+v: %v", r.Date, err)
		}
		for _, a := range r.Authors {
			if strings.TrimSpace(a) == "" {
				t.Fatalf("empty author in %q", r.Authors)
			}
		}
		for _, tp := range r.Topics {
			if err := annals.ValidateSlug(tp); err != nil {
				t.Fatalf("bad topic: %v", err)
			}
		}
		if r.URL != "" && annals.NormalizeURL(r.URL) == "" {
			t.Fatalf("bad URL %q", r.URL)
		}
		for _, s := range []string{r.Title, r.Summary, r.Source, r.Language} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
		// Size limits are the pipeline's to enforce, record by record;
		// anything else Validate refuses is a parser bug.
		if err := r.Validate(); err != nil && !strings.Contains(annals.ErrorMessage(err), " than ") {
			t.Fatalf("invalid record %+v: %v", r, err)
		}
	}
	for _, p := range res.Problems {
		if p.Line < 1 {
			t.Fatalf("problem without a line: %+v", p)
		}
	}
}

// FuzzParseCSV checks that ParseCSV and SniffCSV never panic and that what
// ParseCSV returns is well formed, on inputs grown from the fixtures.
func FuzzParseCSV(f *testing.F) {
	for _, in := range fixtures(f) {
		if !strings.HasSuffix(in, ".jsonl") {
			f.Add(mustRead(f, in), "")
		}
	}
	f.Add([]byte("headline;by;when;cat\n\"a\nb\";\"X, Y; Z, W\";2020-02-30;A; B\n"), "title=headline,topics=cat")
	f.Add([]byte("title,date\n\"open,1999\n"), "date=date")
	f.Fuzz(func(t *testing.T, data []byte, spec string) {
		m, err := table.ParseMap(spec)
		if err != nil {
			m = nil
		}
		table.SniffCSV(data)
		res, err := table.ParseCSV(data, table.Options{Origin: "fuzz", Map: m})
		check(t, res, err)
	})
}

// FuzzParseJSONL checks that ParseJSONL and SniffJSONL never panic and
// that what ParseJSONL returns is well formed.
func FuzzParseJSONL(f *testing.F) {
	for _, in := range fixtures(f) {
		if strings.HasSuffix(in, ".jsonl") {
			f.Add(mustRead(f, in), "")
		}
	}
	line, _ := json.Marshal(map[string]any{"headline": "a", "authors": []any{map[string]any{"first": "A"}, "B", 3}, "date": 1999, "topics": "x;é; ;Ж", "link": "doi:10.1/x y"})
	f.Add(line, "title=headline,url=link")
	f.Add([]byte("{\"title\":[\"a\",[\"b\"]],\"summary\":{}}\n[]\n"), "")
	f.Fuzz(func(t *testing.T, data []byte, spec string) {
		m, err := table.ParseMap(spec)
		if err != nil {
			m = nil
		}
		table.SniffJSONL(data)
		res, err := table.ParseJSONL(data, table.Options{Origin: "fuzz", Map: m})
		check(t, res, err)
	})
}
