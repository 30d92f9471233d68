package export_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/bibtex"
)

// FuzzBibTeXText checks that any title and author exported as BibTeX reads
// back through format/bibtex as written, white space collapsed.
func FuzzBibTeXText(f *testing.F) {
	for _, r := range roundTripRecords {
		f.Add(r.Title, strings.Join(r.Authors, "|"))
	}
	f.Add(`}}{{\\{`, `a {b} and c`)
	f.Fuzz(func(t *testing.T, title, author string) {
		title, author = collapse(title), collapse(author)
		if !utf8.ValidString(title) || !utf8.ValidString(author) || title == "" || strings.ContainsAny(title+author, "\u00a0\x00|") {
			t.Skip()
		}
		for _, c := range title + author {
			// format/bibtex puts text in NFC, as ingest does with every
			// record; stay with runes NFC leaves alone (Latin, Cyrillic).
			if c >= 0x300 && (c < 0x400 || c > 0x4ff) {
				t.Skip()
			}
		}
		rec := &annals.Record{Title: title}
		if author != "" {
			rec.Authors = []string{author}
		}
		out := MustWrite(t, "bibtex", []*annals.Record{rec})
		res, err := bibtex.Parse(out, bibtex.Options{})
		if err != nil || len(res.Records) != 1 {
			t.Fatalf("Parse error %v, %d records:\n%s", err, len(res.Records), out)
		}
		if got := res.Records[0]; got.Title != title || (author != "" && strings.Join(got.Authors, "|") != author) {
			t.Errorf("read back title %q authors %q, want %q %q\n%s", got.Title, got.Authors, title, author, out)
		}
	})
}
