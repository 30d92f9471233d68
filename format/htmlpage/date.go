package htmlpage

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// isoDate is an ISO 8601 date at its start: "2019-03-07", "2019-03",
// "2019", or with slashes (Highwire's "2011/05/17"), with any time and offset after it.
var isoDate = regexp.MustCompile(`^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])`)

// layouts are the other forms dates take in page metadata.
var layouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"20060102", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "2 Jan 2006", "January 2006",
}

// parseDate reads a date from page metadata at the precision it is
// printed, keeping the calendar date in the page's own offset.
func parseDate(s string) (annals.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return annals.Date{}, false
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		var d annals.Date
		switch {
		case m[3] != "":
			mo, _ := strconv.Atoi(m[2])
			day, _ := strconv.Atoi(m[3])
			d = annals.DayDate(y, time.Month(mo), day)
		case m[2] != "":
			mo, _ := strconv.Atoi(m[2])
			d = annals.MonthDate(y, time.Month(mo))
		default:
			d = annals.YearDate(y)
		}
		return d, d.Validate() == nil
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			d := annals.DayDate(t.Year(), t.Month(), t.Day())
			if l == "January 2006" {
				d = annals.MonthDate(t.Year(), t.Month())
			}
			return d, d.Validate() == nil
		}
	}
	return annals.Date{}, false
}
