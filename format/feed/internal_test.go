package feed

import (
	"slices"
	"testing"
)

// TestParseDate checks the calendar date read from the timestamps feeds
// use, in the zone they are written in.
func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tue, 03 Jun 2003 23:30:00 -0500", "2003-06-03"}, // not the 4th, as UTC would have it
		{"2019-03-01T23:00:00-05:00", "2019-03-01"},
		{"2016-06-03T07:38:00.000-07:00", "2016-06-03"},
		{"2018-01-06T08:00", "2018-01-06"},
		{"2019-08-27", "2019-08-27"},
		{"2020/1/10 14:33:00", "2020-01-10"},
		{"Wed, 17 Jan 2018 15:50:00 EST", "2018-01-17"},
		{"Fri, 20 Feb 2015 09:51:15 UTC", "2015-02-20"},
		{"03 Apr 02 1500 GMT", "2002-04-03"},
		{"Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24"},
		{"\r\n   Wed, 03 Jan 2018 13:47:00 GMT\r\n  ", "2018-01-03"},
		{"1518478934", "2018-02-12"},
		{"1518478934000", "2018-02-12"},
		{"January 2, 2006", "2006-01-02"},
		{"Mon Jan  2 15:04:05 MST 2006", "2006-01-02"},
		{"02.01.2006 15:04", "2006-01-02"},
		{"2006-01", "2006-01"},
		{"2006-02-30T00:00:00Z", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in).String(); got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNames checks how author strings split into people.
func TestNames(t *testing.T) {
	m := &mapper{policy: newPolicy()}
	tests := []struct {
		in   string
		want []string
	}{
		{"Erica Chenoweth and Jeremy Pressman", []string{"Erica Chenoweth", "Jeremy Pressman"}},
		{"Nick Ames (now), Ed Aarons and Ben Fisher (earlier)", []string{"Nick Ames", "Ed Aarons", "Ben Fisher"}},
		{"Ashifa Kassam in Stanstead, Quebec", []string{"Ashifa Kassam"}},
		{"Damian Carrington Environment editor", []string{"Damian Carrington"}},
		{"Staff and agencies", []string{"Staff and agencies"}},
		{"Smith & Wesson", []string{"Smith & Wesson"}},
		{"lawyer@boyer.net (Lawyer Boyer)", []string{"Lawyer Boyer"}},
		{"Jane Doe <jane@example.org>", []string{"Jane Doe"}},
		{"pcmonline@ziffdavis.com?subject=RSS_feed", nil},
		{"Kaur, M., Bhati, K. K.", []string{"M. Kaur", "K. K. Bhati"}},
		{"Marx, Karl", []string{"Marx, Karl"}},
		{"By <b>Rosa Luxemburg</b>", []string{"Rosa Luxemburg"}},
		{"大鱼儿", []string{"大鱼儿"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := m.names(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("names(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestText checks HTML to plain text and the cut at a word boundary.
func TestText(t *testing.T) {
	m := &mapper{policy: newPolicy()}
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"<p>one</p><p>two<br>three</p>", 100, "one two three"},
		{"AT&amp;T &lt; Verizon", 100, "AT&T < Verizon"},
		{"x < y & z", 100, "x < y & z"},
		{"<style>p{}</style><script>x()</script>kept", 100, "kept"},
		{"a\u00a0b\tc\n\nd\x01", 100, "a b c d"},
		{"one two three four five", 12, "one two…"},
		{"建国35周年纪念", 4, "建国35…"},
	}
	for _, tt := range tests {
		if got := m.text(tt.in, tt.max); got != tt.want {
			t.Errorf("text(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// TestLanguage checks the normal form of language tags.
func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"en-us": "en-US", "EN_us": "en-US", "zh-cn": "zh-CN", "sr-latn-rs": "sr-Latn-RS",
		"pt": "pt", "": "", "  ": "", "english": "english", "e": "", "en-": "", "x y": "",
	} {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}
