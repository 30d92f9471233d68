package export_test

import (
	"bytes"
	"context"
	"errors"
	"iter"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/export"
	"github.com/labor-annals/annals/format/bibtex"
	"github.com/labor-annals/annals/format/csljson"
	"github.com/labor-annals/annals/format/ris"
	"github.com/labor-annals/annals/format/table"
)

// seq yields recs, then err when it is not nil.
func seq(recs []*annals.Record, err error) iter.Seq2[*annals.Record, error] {
	return func(yield func(*annals.Record, error) bool) {
		for _, r := range recs {
			if !yield(r, nil) {
				return
			}
		}
		if err != nil {
			yield(nil, err)
		}
	}
}

// MustWrite exports recs in format and returns the output.
func MustWrite(tb testing.TB, format string, recs []*annals.Record) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := export.Write(tb.(interface{ Context() context.Context }).Context(), &buf, format, seq(recs, nil)); err != nil {
		tb.Fatalf("Write(%s) error: %v", format, err)
	}
	return buf.Bytes()
}

var longSummary = strings.TrimSpace(strings.Repeat("Miners at the Lenin mine in Shakhtinsk stopped work over pay & safety; 100% of the shift joined. ", 60))

// roundTripRecords cover the text and shapes exports must survive.
var roundTripRecords = []*annals.Record{
	{
		Title:    "Жаңаөзен мұнайшылары: ереуілдің 15 жылы",
		Authors:  []string{"Айгүл Сәрсенова"},
		Source:   "Азаттық",
		Date:     annals.DayDate(2026, time.December, 16),
		Summary:  "Жаңаөзендегі ереуіл туралы.\nЕкінші абзац.",
		URL:      "https://www.azattyq.org/a/zhanaozen/31234.html?utm=x&lang=kk&q=%D0%B0",
		Language: "kk",
		Topics:   []string{"oil", "zhanaozen"},
	},
	{
		Title:    "Забастовка шахтёров в Караганде",
		Authors:  []string{"Иван Петров", "Мария Иванова"},
		Source:   "Новая газета",
		Date:     annals.MonthDate(1989, time.July),
		Summary:  "Шахтёры требовали мыла — и получили его.",
		URL:      "https://novayagazeta.ru/articles/1989/07/karaganda",
		Language: "ru",
	},
	{
		Title:    "The “Fight for $15” & 100% of {braces}: a\\b ~ #1 under_score ^hat -- and `` quotes''",
		Authors:  []string{"Levine, Jr.", "Workers and Peasants Union", "Ludwig van Beethoven"},
		Source:   "Workers & Allies {Weekly}",
		Date:     annals.DayDate(2020, time.January, 5),
		Summary:  "A summary with 50% & #hashtags, $dollars, a_b, x^2, ~tilde, \\backslash, {nested {braces}} and ‘single’ “double” quotes --- ok.",
		URL:      "https://example.org/search?q=a%20b&x=1&y=%25",
		Language: "en",
		Topics:   []string{"minimum-wage"},
	},
	{
		Title:   "Annual report on freedom of association",
		Authors: []string{"International Labour Organization", "IWW"},
		Date:    annals.YearDate(2011),
		Summary: longSummary,
	},
	{
		Title:   "Undated <b>leaflet</b> &amp; notice",
		Authors: []string{},
		Summary: "Found in a box: <i>no date</i>, no author & no source.",
	},
	{
		Title:   "Unbalanced { brace",
		Authors: []string{"Anna Kowalska"},
		Source:  "Odd } Source }",
		Date:    annals.MonthDate(2014, time.March),
		Summary: "close } first { then",
	},
	{
		Authors: []string{"Ерлан Қожабеков"},
		Source:  "Vlast.kz",
		Date:    annals.YearDate(2022),
		Summary: "An untitled item known only by its summary, in January 2022.",
		URL:     "https://vlast.kz/novosti/48000-janvar.html",
	},
}

// collapse is what formats that cannot carry line breaks or runs of
// spaces (CSL-JSON, BibTeX, RIS) give back.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// fields are the record fields compared after a round trip.
type fields struct {
	Title, Source, Date, Summary, URL, Language string
	Precision                                   annals.Precision
	Authors                                     []string
	Topics                                      []string
}

func fieldsOf(r *annals.Record, textFn func(string) string, topics bool) fields {
	f := fields{
		Title: textFn(r.Title), Source: textFn(r.Source), Date: r.Date.String(), Precision: r.Date.Precision,
		Summary: textFn(r.Summary), URL: r.URL, Language: r.Language, Authors: []string{},
	}
	for _, a := range r.Authors {
		f.Authors = append(f.Authors, textFn(a))
	}
	if topics {
		f.Topics = r.Topics
	}
	return f
}

func TestRoundTrip(t *testing.T) {
	same := func(s string) string { return s }
	tests := []struct {
		format string
		parse  func([]byte) ([]*annals.Record, error)
		text   func(string) string
		topics bool
		// authors, when set, says which authors a format gives back.
		authors func([]string) []string
	}{
		{format: "csv", text: same, topics: true, parse: func(b []byte) ([]*annals.Record, error) {
			res, err := table.ParseCSV(b, table.Options{})
			if err == nil && len(res.Problems) > 0 {
				t.Errorf("ParseCSV problems: %v", res.Problems)
			}
			return records(res, err)
		}},
		{format: "jsonl", text: same, topics: true, parse: func(b []byte) ([]*annals.Record, error) {
			res, err := table.ParseJSONL(b, table.Options{})
			if err == nil && len(res.Problems) > 0 {
				t.Errorf("ParseJSONL problems: %v", res.Problems)
			}
			return records(res, err)
		}},
		{format: "csljson", text: collapse, parse: func(b []byte) ([]*annals.Record, error) {
			res, err := csljson.Parse(b, csljson.Options{})
			if err == nil && len(res.Problems) > 0 {
				t.Errorf("csljson.Parse problems: %v", res.Problems)
			}
			if err != nil {
				return nil, err
			}
			return res.Records, nil
		}},
		{format: "bibtex", text: collapse, parse: func(b []byte) ([]*annals.Record, error) {
			res, err := bibtex.Parse(b, bibtex.Options{})
			if err == nil && len(res.Problems) > 0 {
				t.Errorf("bibtex.Parse problems: %v", res.Problems)
			}
			if err != nil {
				return nil, err
			}
			return res.Records, nil
		}},
		{format: "ris", text: collapse, parse: func(b []byte) ([]*annals.Record, error) {
			res, err := ris.Parse(b, ris.Options{})
			if err == nil && len(res.Problems) > 0 {
				t.Errorf("ris.Parse problems: %v", res.Problems)
			}
			if err != nil {
				return nil, err
			}
			return res.Records, nil
		}, authors: func(names []string) []string {
			// RIS readers take AU as "Last, First": a name with one comma
			// comes back reordered ("Levine, Jr." → "Jr. Levine").
			out := []string{}
			for _, n := range names {
				if last, first, ok := strings.Cut(n, ","); ok {
					n = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
				}
				out = append(out, n)
			}
			return out
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := MustWrite(t, tt.format, roundTripRecords)
			got, err := tt.parse(out)
			if err != nil {
				t.Fatalf("parse error: %v\n%s", err, out)
			}
			if len(got) != len(roundTripRecords) {
				t.Fatalf("read back %d records, want %d\n%s", len(got), len(roundTripRecords), out)
			}
			for i, want := range roundTripRecords {
				w := fieldsOf(want, tt.text, tt.topics)
				g := fieldsOf(got[i], same, tt.topics)
				if tt.authors != nil {
					w.Authors = tt.authors(w.Authors)
				}
				if diff := cmp.Diff(w, g); diff != "" {
					t.Errorf("record %d (%.30q) differs after %s round trip (-want +got):\n%s", i, want.DisplayTitle(), tt.format, diff)
				}
			}
		})
	}
}

func records(res *table.Result, err error) ([]*annals.Record, error) {
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

func TestWriteUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	err := export.Write(t.Context(), &buf, "docx", seq(roundTripRecords, nil))
	if code := annals.ErrorCode(err); code != annals.EINVALID {
		t.Errorf("Write(docx) code = %q (%v), want %q", code, err, annals.EINVALID)
	}
	if buf.Len() != 0 {
		t.Errorf("Write(docx) wrote %q, want nothing", buf.String())
	}
}

func TestWriteStopsAtIteratorError(t *testing.T) {
	boom := errors.New("database gone")
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			err := export.Write(t.Context(), &buf, format, seq(roundTripRecords[:2], boom))
			if !errors.Is(err, boom) {
				t.Fatalf("Write() error = %v, want %v", err, boom)
			}
			// What was written holds the two records and nothing after.
			full := MustWrite(t, format, roundTripRecords[:2])
			if !bytes.HasPrefix(full, buf.Bytes()) || !strings.Contains(buf.String(), "Караганде") {
				t.Errorf("Write() output before the error = %q, want a prefix of %q holding both records", buf.String(), full)
			}
			if format == "csljson" && strings.HasSuffix(strings.TrimSpace(buf.String()), "]") {
				t.Errorf("cut CSL-JSON export is closed: %q", buf.String())
			}
		})
	}
}

func TestWriteHonoursCancel(t *testing.T) {
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			n := 0
			recs := func(yield func(*annals.Record, error) bool) {
				for {
					n++
					if n == 3 {
						cancel()
					}
					if n > 1000 || !yield(roundTripRecords[n%len(roundTripRecords)], nil) {
						return
					}
				}
			}
			var buf bytes.Buffer
			err := export.Write(ctx, &buf, format, recs)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Write() error = %v, want context.Canceled", err)
			}
			if n != 3 {
				t.Errorf("Write() pulled %d records, want to stop at the 3rd", n)
			}
		})
	}
	t.Run("before start", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		var buf bytes.Buffer
		if err := export.Write(ctx, &buf, "csv", seq(roundTripRecords, nil)); !errors.Is(err, context.Canceled) {
			t.Errorf("Write() error = %v, want context.Canceled", err)
		}
		if buf.Len() != 0 {
			t.Errorf("Write() with a done context wrote %q", buf.String())
		}
	})
}

func TestContentTypeExtension(t *testing.T) {
	for _, f := range export.Formats {
		if export.ContentType(f) == "application/octet-stream" || export.Extension(f) == "" {
			t.Errorf("format %s: ContentType = %q, Extension = %q", f, export.ContentType(f), export.Extension(f))
		}
	}
	if got := export.Extension("bibtex"); got != ".bib" {
		t.Errorf("Extension(bibtex) = %q, want .bib", got)
	}
	if got := export.Extension("nope"); got != "" {
		t.Errorf("Extension(nope) = %q, want \"\"", got)
	}
}
