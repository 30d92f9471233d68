package feed

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/labor-annals/annals"
)

// itemDate returns the item's publication date at day precision: its
// published date, else its updated date, else none.
//
// gofeed's parsed times are converted to UTC, which moves a post made at
// 23:30 -05:00 on the 3rd to the 4th; the archive wants the date the
// outlet printed. So the raw text is read here, and only the calendar
// date as written is kept, whatever the zone.
func itemDate(g *gofeed.Item) annals.Date {
	if d := parseDate(g.Published); !d.IsZero() {
		return d
	}
	return parseDate(g.Updated)
}

var (
	// isoDate is "2006-01-02", "2006/1/2" or "20060102" at the start,
	// followed by a time or nothing.
	isoDate = regexp.MustCompile(`^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:$|[T\s_])`)
	// isoMonth is "2006-01" alone.
	isoMonth = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)
	// dayMonthYear is RFC 822's "Mon, 02 Jan 2006" and its variants
	// ("2 January 2006", "Seg, 24 Set 2018", "03 Apr 02").
	dayMonthYear = regexp.MustCompile(`^(?:\p{L}+\.?,?\s*)?(\d{1,2})(?:\.|\s|-)\s*(\p{L}+)\.?(?:\s|-|,)\s*(\d{4}|\d{2})\b`)
	// monthDayYear is "January 2, 2006" and "Mon Jan 2 15:04:05 MST 2006".
	monthDayYear   = regexp.MustCompile(`^(?:\p{L}+,?\s+)?(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	ansiDate       = regexp.MustCompile(`^(?:\p{L}+,?\s+)?(\p{L}+)\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:\S+\s+)?(\d{4})$`)
	dayMonthYearNo = regexp.MustCompile(`^(\d{1,2})[./](\d{1,2})[./](\d{4})\b`)
	// unixTime is seconds or milliseconds since 1970 (feedjira's
	// InvalidDateFormat.xml has one in dc:date).
	unixTime = regexp.MustCompile(`^\d{9,13}$`)
)

// months maps month names and abbreviations, in the languages feeds we
// have seen use (English, Portuguese, Spanish, French, German, Italian,
// Dutch), to months. Lookup is by the lower-cased name, then its first
// four and three letters.
var months = map[string]time.Month{
	"jan": 1, "fev": 2, "fév": 2, "feb": 2, "mar": 3, "mär": 3, "maa": 3, "apr": 4, "abr": 4, "avr": 4,
	"may": 5, "mai": 5, "mag": 5, "mei": 5, "jun": 6, "juin": 6, "giu": 6, "jul": 7, "juil": 7, "lug": 7,
	"aug": 8, "ago": 8, "aoû": 8, "aou": 8, "sep": 9, "set": 9, "oct": 10, "out": 10, "okt": 10, "ott": 10,
	"nov": 11, "dec": 12, "dez": 12, "dic": 12, "déc": 12, "ene": 1, "gen": 1, "janv": 1, "févr": 2,
}

// monthNamed returns the month s names, or 0.
func monthNamed(s string) time.Month {
	s = strings.ToLower(s)
	if m, ok := months[s]; ok {
		return m
	}
	r := []rune(s)
	for _, n := range []int{4, 3} {
		if len(r) >= n {
			if m, ok := months[string(r[:n])]; ok {
				return m
			}
		}
	}
	return 0
}

// parseDate reads the calendar date of a feed timestamp as written. It
// returns the zero Date when s holds no date it can read.
func parseDate(s string) annals.Date {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 100 {
		return annals.Date{}
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if m := isoMonth.FindStringSubmatch(s); m != nil {
		d := annals.MonthDate(atoi(m[1]), time.Month(atoi(m[2])))
		if d.Validate() == nil {
			return d
		}
		return annals.Date{}
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return day(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	}
	if unixTime.MatchString(s) {
		n := int64(atoi(s))
		t := time.Unix(n, 0)
		if len(s) >= 12 {
			t = time.UnixMilli(n)
		}
		// A bare timestamp has no zone of its own: UTC is the only honest
		// reading.
		t = t.UTC()
		return day(t.Year(), t.Month(), t.Day())
	}
	if m := dayMonthYear.FindStringSubmatch(s); m != nil {
		if mon := monthNamed(m[2]); mon != 0 {
			return day(year(m[3]), mon, atoi(m[1]))
		}
	}
	if m := monthDayYear.FindStringSubmatch(s); m != nil {
		if mon := monthNamed(m[1]); mon != 0 {
			return day(atoi(m[3]), mon, atoi(m[2]))
		}
	}
	if m := ansiDate.FindStringSubmatch(s); m != nil {
		if mon := monthNamed(m[1]); mon != 0 {
			return day(atoi(m[3]), mon, atoi(m[2]))
		}
	}
	if m := dayMonthYearNo.FindStringSubmatch(s); m != nil {
		// "02.01.2006" and "02/01/2006": day first, as in gofeed's
		// layouts and most of the world.
		return day(atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]))
	}
	return annals.Date{}
}

// year reads a four-digit year, or a two-digit one as RFC 822 allows:
// 70–99 are the 1900s, the rest the 2000s.
func year(s string) int {
	n, _ := strconv.Atoi(s)
	if len(s) == 2 {
		if n >= 70 {
			return 1900 + n
		}
		return 2000 + n
	}
	return n
}

// day returns the date, or the zero Date when it does not exist
// (February 30th) or is out of range.
func day(y int, m time.Month, d int) annals.Date {
	if y < 1000 || y > 9999 {
		return annals.Date{}
	}
	dt := annals.DayDate(y, m, d)
	if dt.Validate() != nil {
		return annals.Date{}
	}
	return dt
}
