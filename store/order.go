package store

import (
	"fmt"
	"time"

	"github.com/labor-annals/annals"
)

// The search index does not number its rows by record id but by an order
// key: the archive's default order, newest date first, undated records
// last, each date's records highest id first. FTS5 returns matches in rowid
// order and seeks to a rowid in a few page reads, so with this key
//
//   - "newest first" is the order matches come in, and the first page of a
//     date-sorted query is the first page the index returns, whatever the
//     number of matches (it was a scan of the index per year, newest year
//     first: up to 15 ms for a word at a million records);
//   - a date filter (year:, date:, before:, after:) is a range of rowids,
//     which FTS5 seeks to, instead of filter terms whose doclists (a tenth of
//     the archive for a year) it had to intersect with the words';
//   - the common case reads the index forwards, which FTS5 does about twice
//     as fast as backwards.
//
// A key is the day number from the date (yyyymmdd, with 00 for a month or
// day the date does not give), turned around so that later dates come
// first, in the high 32 bits, and the record id, also turned around, in the
// low 32 bits. A date sorts as its ISO text does ('1999' before '1999-01'
// before '1999-01-01'), which is the order the pages use.
const (
	// undatedDay is the day part of undated records' keys: after every
	// date's.
	undatedDay = 100_000_000
	idMask     = 1<<32 - 1
)

// dayNumber is yyyymmdd with zeros for the parts a date lacks.
func dayNumber(d annals.Date) int64 {
	switch d.Precision {
	case annals.PrecisionYear:
		return int64(d.Year) * 10000
	case annals.PrecisionMonth:
		return int64(d.Year)*10000 + int64(d.Month)*100
	case annals.PrecisionDay:
		return int64(d.Year)*10000 + int64(d.Month)*100 + int64(d.Day)
	}
	return 0
}

// orderKey returns the index rowid of a record with date d and id id.
func orderKey(d annals.Date, id int64) int64 {
	day := int64(undatedDay)
	if !d.IsZero() {
		day = 99_999_999 - dayNumber(d)
	}
	return day<<32 | (idMask - id&idMask)
}

// recordID returns the record id of an order key.
func recordID(key int64) int64 { return idMask - key&idMask }

// undatedKey is the first key of undated records: keys below it are dated.
const undatedKey = int64(undatedDay) << 32

// keyRange is an inclusive range of order keys.
type keyRange struct{ lo, hi int64 }

// allKeys is the range of every key.
var allKeys = keyRange{0, int64(undatedDay)<<32 | idMask}

// datedKeys and undatedKeys split allKeys.
var (
	datedKeys   = keyRange{0, undatedKey - 1}
	undatedKeys = keyRange{undatedKey, allKeys.hi}
)

// dayKeys returns the keys of the records whose day number lies in
// [from, to] (to ≥ from); later days have lower keys.
func dayKeys(from, to int64) keyRange {
	return keyRange{(99_999_999 - to) << 32, (99_999_999-from)<<32 | idMask}
}

// dayRange is the day numbers a date filter admits: lo..hi, except the
// days in skip (year-only or month-only dates straddling the upper bound).
type dayRange struct {
	lo, hi int64
	skip   []int64
}

// dateDays returns the day numbers of the records dated within from..to
// (either may be zero for open). A record is within when the whole span
// its date covers is: a year against after:2011-12 straddles the bound and
// is out, as in Query.DateBounds; undated records never are. The
// straddlers inside lo..hi are at most the year-only and month-only dates
// of the upper bound's year and month.
func dateDays(from, to annals.Date) dayRange {
	r := dayRange{lo: 1 * 10000, hi: 9999*10000 + 9999} // year 1 to 9999, every month and day
	if !from.IsZero() {
		r.lo = lowerDay(from)
	}
	if to.IsZero() {
		return r
	}
	r.hi = dayNumber(to)
	switch to.Precision {
	case annals.PrecisionYear:
		r.hi += 9999 // every month and day of the year
	case annals.PrecisionMonth:
		r.hi += 99 // every day of the month
	}
	// A year-only date of to's year straddles to unless to ends the
	// year; a month-only date of to's month, unless to ends the month.
	endsYear := to.Precision == annals.PrecisionYear || to.Month == time.December &&
		(to.Precision == annals.PrecisionMonth || to.Day == 31)
	endsMonth := to.Precision != annals.PrecisionDay || to.Day == daysIn(to.Year, to.Month)
	if y := int64(to.Year) * 10000; !endsYear && y >= r.lo {
		r.skip = append(r.skip, y)
	}
	if m := int64(to.Year)*10000 + int64(to.Month)*100; !endsMonth && m >= r.lo {
		r.skip = append(r.skip, m)
	}
	return r
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// empty reports whether no date is admitted.
func (r dayRange) empty() bool { return r.hi < r.lo }

// keys returns the order keys of the admitted days, and those of the
// skipped days inside them.
func (r dayRange) keys() (keyRange, []keyRange) {
	var skip []keyRange
	for _, d := range r.skip {
		skip = append(skip, dayKeys(d, d))
	}
	return dayKeys(r.lo, r.hi), skip
}

// texts returns the bounds as date_text values (which sort as day numbers
// do) and the skipped days as the date_text they stand for.
func (r dayRange) texts() (lo, hi string, skip []string) {
	for _, d := range r.skip {
		skip = append(skip, dayText(d))
	}
	return dayText(r.lo), dayText(r.hi), skip
}

// dayText writes a day number as date_text: "1999", "1999-05",
// "1999-05-30"; the 99s of an upper bound stay ("1999-99-99"), still
// sorting after every date of the year.
func dayText(n int64) string {
	y, m, d := n/10000, n/100%100, n%100
	switch {
	case m == 0 && d == 0:
		return fmt.Sprintf("%04d", y)
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// lowerDay is the first day number a record must have to lie wholly on or
// after d: a month-only or year-only date of d's month or year counts only
// when d starts it.
func lowerDay(d annals.Date) int64 {
	n := dayNumber(d)
	switch {
	case d.Precision == annals.PrecisionYear:
		return n // the year-only date itself
	case d.Precision == annals.PrecisionMonth && d.Month == time.January,
		d.Precision == annals.PrecisionDay && d.Month == time.January && d.Day == 1:
		return int64(d.Year) * 10000
	case d.Precision == annals.PrecisionMonth,
		d.Precision == annals.PrecisionDay && d.Day == 1:
		return int64(d.Year)*10000 + int64(d.Month)*100
	}
	return n
}

// empty reports whether the range holds no key.
func (r keyRange) empty() bool { return r.hi < r.lo }

// intersect returns the keys in both ranges.
func (r keyRange) intersect(o keyRange) keyRange {
	return keyRange{max(r.lo, o.lo), min(r.hi, o.hi)}
}
