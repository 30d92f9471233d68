package annalstest

import (
	"testing"

	"github.com/labor-annals/annals"
)

// Sample is a record's fields as hand-checked against a real file, found
// by the line its entry starts on. An empty Title, URL, Language or
// Summary is not checked; Author, Date and Source always are (empty means
// none).
type Sample struct {
	Line                        int
	Title, Author, Date, Source string
	URL, Language, Summary      string
}

// CheckSamples checks that every record of a parse has the shape the
// format packages promise (authors not nil, confidence 1, one provenance
// from origin with a line, a valid date) and that the records at the
// samples' lines have the sampled fields.
func CheckSamples(tb testing.TB, recs []*annals.Record, origin string, samples []Sample) {
	tb.Helper()
	byLine := map[int]*annals.Record{}
	for _, r := range recs {
		if r.Authors == nil || r.Confidence != 1 || len(r.Provenance) != 1 || r.Provenance[0].Origin != origin || r.Provenance[0].Line < 1 {
			tb.Errorf("bad record shape: %+v", r)
			continue
		}
		if err := r.Date.Validate(); err != nil {
			tb.Errorf("%q: %v", r.Title, err)
		}
		byLine[r.Provenance[0].Line] = r
	}
	for _, s := range samples {
		r := byLine[s.Line]
		if r == nil {
			tb.Errorf("no record at line %d", s.Line)
			continue
		}
		first := ""
		if len(r.Authors) > 0 {
			first = r.Authors[0]
		}
		if s.Title != "" && r.Title != s.Title {
			tb.Errorf("line %d: Title = %q, want %q", s.Line, r.Title, s.Title)
		}
		if first != s.Author {
			tb.Errorf("line %d: first author = %q, want %q", s.Line, first, s.Author)
		}
		if got := r.Date.String(); got != s.Date {
			tb.Errorf("line %d: Date = %q, want %q", s.Line, got, s.Date)
		}
		if r.Source != s.Source {
			tb.Errorf("line %d: Source = %q, want %q", s.Line, r.Source, s.Source)
		}
		if s.URL != "" && r.URL != s.URL {
			tb.Errorf("line %d: URL = %q, want %q", s.Line, r.URL, s.URL)
		}
		if s.Language != "" && r.Language != s.Language {
			tb.Errorf("line %d: Language = %q, want %q", s.Line, r.Language, s.Language)
		}
		if s.Summary != "" && r.Summary != s.Summary {
			tb.Errorf("line %d: Summary = %q, want %q", s.Line, r.Summary, s.Summary)
		}
	}
}
