package listing_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/listing"
)

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		line     int
		msg      string
	}{
		{"invalid UTF-8", "Title one\nBy A B, 1 May 2020\nbad \xff byte\n", 3, "invalid UTF-8"},
		{"NUL", "Title\n\nsome\x00thing\n", 3, "binary"},
		{"control", strings.Repeat("\x01\x02\x03\x04", 50), 1, "binary"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := listing.Parse([]byte(tc.in), listing.Options{Origin: "x.txt"})
			var se *listing.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want *SyntaxError", err)
			}
			if se.Line != tc.line || !strings.Contains(se.Msg, tc.msg) {
				t.Errorf("got line %d %q, want line %d %q", se.Line, se.Msg, tc.line, tc.msg)
			}
			if want := "listing: line "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("Error() = %q, want prefix %q", err.Error(), want)
			}
		})
	}
}

// TestNoEntries checks that input without entries is not an error.
func TestNoEntries(t *testing.T) {
	for _, in := range []string{"", "\n\n\n   \n\t\n", "\ufeff", "»\n***\nRead more\n"} {
		res, err := listing.Parse([]byte(in), listing.Options{})
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if res.Records == nil || len(res.Records) != 0 {
			t.Errorf("%q: records %v, want empty non-nil", in, res.Records)
		}
		_ = res.Layout.Explain()
	}
}

// TestRecordsValid checks every record of the fixtures against the
// domain's validation and the fields the callers rely on.
func TestRecordsValid(t *testing.T) {
	for _, in := range goldenInputs(t) {
		data := mustRead(t, in)
		res, err := listing.Parse(data, listing.Options{Origin: in})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(res.Layout.Explain(), "\n") > 1 {
			t.Errorf("%s: Explain is more than two lines", in)
		}
		for _, r := range res.Records {
			if err := r.Validate(); err != nil {
				t.Errorf("%s: %q: %v", in, r.Title, err)
			}
			if r.Authors == nil || r.Confidence <= 0 || r.Confidence > 1 || len(r.Provenance) != 1 || r.Provenance[0].Origin != in {
				t.Errorf("%s: %q: authors %v confidence %v provenance %+v", in, r.Title, r.Authors, r.Confidence, r.Provenance)
			}
		}
	}
}
