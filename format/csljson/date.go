package csljson

import (
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// parseText reads the date forms found in "raw" and "literal": ISO
// "YYYY", "YYYY-MM", "YYYY-MM-DD" (and with slashes), an EDTF range
// (start kept), "Month YYYY", "D Month YYYY" and "Month D, YYYY". Anything
// else, such as "13th cent", gives no date.
func parseText(s string) annals.Date {
	s = strings.TrimSpace(s)
	if s == "" {
		return annals.Date{}
	}
	if i := strings.IndexByte(s, '/'); i > 0 && strings.Count(s, "/") == 1 {
		s = s[:i] // EDTF range
	}
	s = strings.TrimRight(s, "~?%")
	if i := strings.IndexByte(s, 'T'); i == 10 {
		s = s[:i]
	}
	if len(s) >= 4 && isDigits(s[:4]) {
		sep := "-"
		if strings.Contains(s, "/") {
			sep = "/"
		}
		var nums []int
		for _, p := range strings.SplitN(s, sep, 3) {
			n, err := strconv.Atoi(p)
			if err != nil {
				break
			}
			nums = append(nums, n)
		}
		if len(nums) > 0 && len(s) >= 4 && (len(s) == 4 || s[4] == sep[0]) {
			return annals.DateFromParts(nums...)
		}
	}
	// Words: find a month name, a 4-digit year and a 1–2 digit day.
	var y, d int
	var m time.Month
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		lw := strings.ToLower(w)
		switch {
		case len(w) == 4 && isDigits(w) && y == 0:
			y, _ = strconv.Atoi(w)
		case len(w) <= 2 && isDigits(w) && d == 0:
			d, _ = strconv.Atoi(w)
		case len(lw) >= 3 && m == 0 && monthAbbrevs[lw[:3]] != 0:
			m = monthAbbrevs[lw[:3]]
		}
	}
	switch {
	case y == 0:
		return annals.Date{}
	case m == 0:
		return annals.DateFromParts(y)
	case d == 0:
		return annals.DateFromParts(y, int(m))
	}
	return annals.DateFromParts(y, int(m), d)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
