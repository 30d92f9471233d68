package annals_test

import (
	"testing"

	"github.com/labor-annals/annals"
)

func TestDOIURL(t *testing.T) {
	for in, want := range map[string]string{
		"10.1000/xyz123":                     "https://doi.org/10.1000/xyz123",
		"doi:10.1000/xyz123":                 "https://doi.org/10.1000/xyz123",
		"https://dx.doi.org/10.1000/a<b>":    "https://doi.org/10.1000/a%3Cb%3E",
		" http://doi.org/10.1002/(SICI)1097": "https://doi.org/10.1002/(SICI)1097",
		"10.1000":                            "",
		"not a doi":                          "",
		"10.1000/with space":                 "",
	} {
		if got := annals.DOIURL(in); got != want {
			t.Errorf("DOIURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDateFromParts(t *testing.T) {
	for _, tt := range []struct {
		parts []int
		want  string
	}{
		{[]int{2012, 5, 30}, "2012-05-30"},
		{[]int{2001, 2, 30}, "2001-02"},
		{[]int{2001, 13, 1}, "2001"},
		{[]int{1999}, "1999"},
		{[]int{0, 1, 1}, ""},
		{nil, ""},
	} {
		if got := annals.DateFromParts(tt.parts...).String(); got != tt.want {
			t.Errorf("DateFromParts(%v) = %q, want %q", tt.parts, got, tt.want)
		}
	}
}
