package listing_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/labor-annals/annals/format/listing"
)

func TestSplitAuthors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"By David Levine", []string{"David Levine"}},
		{"By David Levine and Clara Weiss", []string{"David Levine", "Clara Weiss"}},
		{"John McIlroy, Alan Campbell, John Halstead and David Martin", []string{"John McIlroy", "Alan Campbell", "John Halstead", "David Martin"}},
		{"A. Smith & B. Jones", []string{"A. Smith", "B. Jones"}},
		{"Von Petra Schulz und Jonas Weber", []string{"Petra Schulz", "Jonas Weber"}},
		{"Автор: Иван Петров и Анна Смирнова", []string{"Иван Петров", "Анна Смирнова"}},
		{"Af Jan Mathisen og Lotte Hansen", []string{"Jan Mathisen", "Lotte Hansen"}},
		{"Por María López y Juan Pérez", []string{"María López", "Juan Pérez"}},
		{"Par Jean Dupont et Marie Curie", []string{"Jean Dupont", "Marie Curie"}},
		{"Written by Sam Ortiz", []string{"Sam Ortiz"}},
		{"by Press and Media", []string{"Press and Media"}},
		{"by birchy82", []string{"birchy82"}},
		{"", []string{}},
		{"By ", []string{}},
	} {
		if got := listing.SplitAuthors(tc.in); !cmp.Equal(got, tc.want) {
			t.Errorf("SplitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBylineSource checks that a publication in a byline goes to Source.
func TestBylineSource(t *testing.T) {
	in := "Regime attacks workers\nBy Bill Doares, Workers World, 12 December 1996. President banned unions and repressed labor across the country.\nStrikers face police\nBy Ann Lee, Labour Weekly, 6 November 1997. Thousands of striking workers faced off with police in the south.\n"
	res, err := listing.Parse([]byte(in), listing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 {
		t.Fatalf("%d records, want 2", len(res.Records))
	}
	r := res.Records[0]
	if !cmp.Equal(r.Authors, []string{"Bill Doares"}) || r.Source != "Workers World" || r.Date.String() != "1996-12-12" {
		t.Errorf("got authors %q source %q date %s", r.Authors, r.Source, r.Date)
	}
}
