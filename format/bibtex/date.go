package bibtex

import (
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// monthAbbrevs maps the first letters of month names in the languages our
// files use to the month. English is what BibTeX's jan…dec macros expand
// to; the others turn up in hand-typed month fields.
var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
	"mär": 3, "mrz": 3, "mai": 5, "okt": 10, "dez": 12, "jän": 1, "fév": 2, "avr": 4, "aoû": 8, "déc": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "set": 9,
}

// parseDate reads a biblatex date field: YYYY, YYYY-MM or YYYY-MM-DD, an
// EDTF range of them (we keep the start), with EDTF's ~ ? % qualifiers
// ignored. Seasons (months 21–24) keep the year only. ok is false when the
// field holds no usable date.
func parseDate(s string) (d annals.Date, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '/'); i >= 0 {
		if i == 0 {
			// An open start ("/2012") says nothing about when it began.
			return annals.Date{}, false
		}
		s = s[:i]
	}
	s = strings.TrimRight(strings.TrimSpace(s), "~?%")
	if i := strings.IndexAny(s, "T "); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return annals.Date{}, false
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimRight(p, "~?%"))
		if err != nil {
			return annals.Date{}, false
		}
		nums[i] = n
	}
	return makeDate(nums...)
}

// makeDate builds the most precise valid date from year, month and day,
// and reports whether there is one.
func makeDate(parts ...int) (annals.Date, bool) {
	d := annals.DateFromParts(parts...)
	return d, !d.IsZero()
}

// yearMonthDay reads classic BibTeX year, month and day fields, which are
// free text: "2019", "{May 1979}", "jan" (expanded to "January"), "Feb",
// "1", "March~12".
func yearMonthDay(year, month, day string) (annals.Date, bool) {
	y := firstNumber(year, 4)
	if y == 0 {
		return annals.Date{}, false
	}
	if month == "" {
		// Some files put the month in the year: "May 1979".
		month = strings.TrimSpace(strings.Replace(year, strconv.Itoa(y), "", 1))
	}
	m := parseMonth(month)
	if m == 0 {
		return makeDate(y)
	}
	dd := firstNumber(day, 0)
	if dd == 0 {
		// "March 12" in the month field.
		if _, rest, ok := strings.Cut(strings.TrimSpace(month), " "); ok {
			dd = firstNumber(rest, 0)
		}
	}
	if dd > 0 {
		return makeDate(y, int(m), dd)
	}
	return makeDate(y, int(m))
}

// parseMonth reads a month number or name; 0 when there is none.
func parseMonth(s string) time.Month {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0
	}
	if n, err := strconv.Atoi(s); err == nil {
		if n >= 1 && n <= 12 {
			return time.Month(n)
		}
		return 0
	}
	r := []rune(s)
	if len(r) < 3 {
		return 0
	}
	return monthAbbrevs[string(r[:3])]
}

// firstNumber returns the first run of digits in s, if it has width
// digits (any width when width is 0); 0 when there is none.
func firstNumber(s string, width int) int {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if width == 0 || j-i == width {
			if j-i > 6 {
				return 0
			}
			n, _ := strconv.Atoi(s[i:j])
			return n
		}
		i = j
	}
	return 0
}
