package store

import (
	"fmt"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// Filter keys are indexed as tokens in the fold_meta column of the FTS5
// index: "_y2012" (year), "_c201" (decade), "_m201205" (month),
// "_d20120530" (day), "_dated", "_len"/"_lengb" (language and full tag),
// "_t17" (topic id). The underscore keeps them apart from folded words,
// which have only letters and digits, also in the index's term counts.
// A filter then becomes FTS5 terms that the engine intersects with the
// words' doclists, which is far cheaper than joining each match to the
// records table to test a column. No word can collide with them: they live
// in their own column.

// metaText returns the fold_meta tokens of a record in the given topics.
func metaText(r *annals.Record, topicIDs []int64) string {
	var b strings.Builder
	add := func(format string, args ...any) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('_')
		fmt.Fprintf(&b, format, args...)
	}
	d := r.Date
	if !d.IsZero() {
		add("dated")
		add("y%04d", d.Year)
		add("c%03d", d.Year/10)
		if d.Precision >= annals.PrecisionMonth {
			add("m%04d%02d", d.Year, int(d.Month))
		}
		if d.Precision == annals.PrecisionDay {
			add("d%04d%02d%02d", d.Year, int(d.Month), d.Day)
		}
	}
	if l := strings.ToLower(r.Language); l != "" {
		primary, _, _ := strings.Cut(l, "-")
		add("l%s", primary)
		if full := strings.ReplaceAll(l, "-", ""); full != primary {
			add("l%s", full)
		}
	}
	for _, id := range topicIDs {
		add("t%d", id)
	}
	return b.String()
}

// metaTerm limits a token to the meta column.
func metaTerm(tok string) string { return `fold_meta : "_` + tok + `"` }

// anyOf is an FTS5 OR of meta tokens; one token needs no parentheses.
func anyOf(toks []string) string {
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = metaTerm(t)
	}
	return group(terms, " OR ")
}

// dateTokens returns meta tokens that together cover the dates from..to
// (inclusive, either may be zero for open), using the coarsest tokens that
// fit: decades and years inside the range, months and days at its edges.
// A record dated more coarsely than a bound's precision is outside when it
// would straddle the bound (a year against after:2011-12), as in
// Query.DateBounds.
func dateTokens(from, to annals.Date, minYear, maxYear int) []string {
	lo := from
	if lo.IsZero() {
		lo = annals.YearDate(minYear)
	}
	hi := to
	if hi.IsZero() {
		hi = annals.YearDate(maxYear)
	}
	var out []string
	// Days at the lower edge, to the end of lo's month.
	y, m := lo.Year, lo.Month
	if lo.Precision == annals.PrecisionDay {
		end := daysIn(y, m)
		if hi.Precision == annals.PrecisionDay && hi.Year == y && hi.Month == m {
			end = hi.Day
		}
		for d := lo.Day; d <= end; d++ {
			out = append(out, fmt.Sprintf("d%04d%02d%02d", y, int(m), d))
		}
		if end == hi.Day && hi.Precision == annals.PrecisionDay && hi.Year == y && hi.Month == m {
			return out
		}
		y, m = next(y, m)
	}
	// Months at the lower edge, to the end of the year; none when the day
	// edge ended a year, since a whole year then follows.
	if lo.Precision >= annals.PrecisionMonth && !(m == time.January && y > lo.Year) {
		for ; m <= 12 && before(y, m, hi); m++ {
			out = append(out, fmt.Sprintf("m%04d%02d", y, int(m)))
		}
		if m <= 12 {
			return append(out, upperEdge(y, m, hi)...)
		}
		y++
	}
	// Whole years and decades up to hi's year.
	lastWhole := hi.Year
	if hi.Precision != annals.PrecisionYear {
		lastWhole--
	}
	for y <= lastWhole {
		if y%10 == 0 && y+9 <= lastWhole {
			out = append(out, fmt.Sprintf("c%03d", y/10))
			y += 10
			continue
		}
		out = append(out, fmt.Sprintf("y%04d", y))
		y++
	}
	if hi.Precision == annals.PrecisionYear || y > hi.Year {
		return out
	}
	return append(out, upperEdge(y, time.January, hi)...)
}

// before reports whether month y-m is wholly inside the range and before
// hi's own month.
func before(y int, m time.Month, hi annals.Date) bool {
	switch {
	case y < hi.Year:
		return true
	case y > hi.Year:
		return false
	case hi.Precision == annals.PrecisionYear:
		return true
	}
	// hi's own month is covered by upperEdge, whole or by days.
	return m < hi.Month
}

// upperEdge covers from month y-m up to hi, in hi's year: whole months,
// then days of hi's month.
func upperEdge(y int, m time.Month, hi annals.Date) []string {
	var out []string
	if y != hi.Year || hi.Precision == annals.PrecisionYear {
		return out
	}
	for ; m < hi.Month; m++ {
		out = append(out, fmt.Sprintf("m%04d%02d", y, int(m)))
	}
	switch hi.Precision {
	case annals.PrecisionMonth:
		out = append(out, fmt.Sprintf("m%04d%02d", y, int(hi.Month)))
	case annals.PrecisionDay:
		for d := 1; d <= hi.Day; d++ {
			out = append(out, fmt.Sprintf("d%04d%02d%02d", y, int(hi.Month), d))
		}
	}
	return out
}

func next(y int, m time.Month) (int, time.Month) {
	if m == 12 {
		return y + 1, 1
	}
	return y, m + 1
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
