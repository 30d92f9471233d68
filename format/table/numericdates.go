package table

import (
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// dayOrder settles, for one table, whether its all-numeric dates
// ("02/12/2025") print the day or the month first. A cell read alone is
// taken day first; the column's other cells decide, as a column is
// printed one way throughout: "01/31/2025" shows the month comes first.
type dayOrder struct {
	dayFirst, monthFirst int
	ambiguous            []ambiguousDate
}

// ambiguousDate is a record whose date was read day first from a cell
// that reads either way.
type ambiguousDate struct {
	rec           *annals.Record
	first, second int
	year          int
}

// observe notes the cell s a record's date was read from.
func (o *dayOrder) observe(rec *annals.Record, s string) {
	a, b, y, ok := numericDate(s)
	switch {
	case !ok:
	case a > 12 && b <= 12:
		o.dayFirst++
	case b > 12 && a <= 12:
		o.monthFirst++
	case a != b && rec.Date.Precision == annals.PrecisionDay:
		o.ambiguous = append(o.ambiguous, ambiguousDate{rec, a, b, y})
	}
}

// settle reads the ambiguous dates month first when the column's other
// dates show that order.
func (o *dayOrder) settle() {
	if o.monthFirst <= o.dayFirst {
		return
	}
	for _, d := range o.ambiguous {
		if md := annals.DayDate(d.year, time.Month(d.first), d.second); md.Validate() == nil {
			d.rec.Date = md
		}
	}
}

// numericDate splits "A/B/YYYY" (or with "." or "-") into its numbers,
// A and B of one or two digits.
func numericDate(s string) (a, b, y int, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 10 {
		return 0, 0, 0, false
	}
	sep := strings.IndexAny(s, "/.-")
	if sep < 1 || sep > 2 {
		return 0, 0, 0, false
	}
	parts := strings.Split(s, s[sep:sep+1])
	if len(parts) != 3 || len(parts[1]) < 1 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return 0, 0, 0, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return 0, 0, 0, false
		}
		n[i] = v
	}
	return n[0], n[1], n[2], true
}
