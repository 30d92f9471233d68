package annals

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a Date is known. A listing that prints
// "March 2014" gives month precision; "26 Septeber 1999" gives day precision.
type Precision uint8

// Precisions, from none to most precise. The numeric order is meaningful:
// a higher precision knows strictly more.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String returns the precision's name as used in JSON and the database.
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return "none"
}

// Date is a calendar date known to a Precision. Parts finer than the
// precision are zero, so two Dates compare equal exactly when they say the
// same thing.
type Date struct {
	// Year is the proleptic Gregorian year; zero when Precision is none.
	Year int
	// Month is 1–12 at month or day precision, otherwise zero.
	Month time.Month
	// Day is 1–31 at day precision, otherwise zero.
	Day int
	// Precision says which of the parts above are known.
	Precision Precision
}

// YearDate returns a Date of year precision.
func YearDate(y int) Date { return Date{Year: y, Precision: PrecisionYear} }

// MonthDate returns a Date of month precision.
func MonthDate(y int, m time.Month) Date { return Date{Year: y, Month: m, Precision: PrecisionMonth} }

// DayDate returns a Date of day precision.
func DayDate(y int, m time.Month, d int) Date {
	return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String formats the date as ISO 8601 truncated to its precision:
// "1999", "1999-09" or "1999-09-26"; "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// Time returns the first instant the date covers, in UTC; the zero time when
// the date is unknown.
func (d Date) Time() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(d.Year, time.January, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Before reports whether d sorts before e: unknown dates first, then by
// year, month and day, a coarser date before the finer dates it contains.
func (d Date) Before(e Date) bool { return d.String() < e.String() }

// Validate reports whether the parts agree with the precision and the
// calendar.
func (d Date) Validate() error {
	switch d.Precision {
	case PrecisionNone:
		if d.Year != 0 || d.Month != 0 || d.Day != 0 {
			return Errorf(EINVALID, "Date has parts but no precision.")
		}
		return nil
	case PrecisionYear, PrecisionMonth, PrecisionDay:
	default:
		return Errorf(EINVALID, "Date precision %d is unknown.", d.Precision)
	}
	if d.Year < 1 || d.Year > 9999 {
		return Errorf(EINVALID, "Date year %d is out of range 1–9999.", d.Year)
	}
	if d.Precision == PrecisionYear {
		if d.Month != 0 || d.Day != 0 {
			return Errorf(EINVALID, "Date of year precision has a month or day.")
		}
		return nil
	}
	if d.Month < 1 || d.Month > 12 {
		return Errorf(EINVALID, "Date month %d is out of range 1–12.", d.Month)
	}
	if d.Precision == PrecisionMonth {
		if d.Day != 0 {
			return Errorf(EINVALID, "Date of month precision has a day.")
		}
		return nil
	}
	if d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
		return Errorf(EINVALID, "Date %04d-%02d has no day %d.", d.Year, int(d.Month), d.Day)
	}
	return nil
}

// DateFromParts builds the most precise valid date from a year, month and
// day, as bibliography formats give them (CSL date-parts, RIS PY, BibTeX
// year and month): a part out of range is dropped with everything after
// it, so 2001-02-30 is February 2001, and no valid year gives no date.
func DateFromParts(parts ...int) Date {
	if len(parts) == 0 || parts[0] < 1 || parts[0] > 9999 {
		return Date{}
	}
	d := YearDate(parts[0])
	if len(parts) > 1 && parts[1] >= 1 && parts[1] <= 12 {
		d = MonthDate(parts[0], time.Month(parts[1]))
		if len(parts) > 2 {
			if dd := DayDate(parts[0], time.Month(parts[1]), parts[2]); dd.Validate() == nil {
				d = dd
			}
		}
	}
	return d
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (and "" as unknown).
// It is the inverse of Date.String; free-text dates are the parsers' job.
func ParseDate(s string) (Date, error) {
	var d Date
	bad := Errorf(EINVALID, "Date %q is not YYYY, YYYY-MM or YYYY-MM-DD.", s)
	switch len(s) {
	case 0:
		return d, nil
	case 4, 7, 10:
	default:
		return d, bad
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return d, bad
	}
	d = YearDate(y)
	if len(s) >= 7 {
		if s[4] != '-' {
			return Date{}, bad
		}
		m, err := strconv.Atoi(s[5:7])
		if err != nil {
			return Date{}, bad
		}
		d = MonthDate(y, time.Month(m))
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return Date{}, bad
		}
		day, err := strconv.Atoi(s[8:10])
		if err != nil {
			return Date{}, bad
		}
		d = DayDate(y, d.Month, day)
	}
	if err := d.Validate(); err != nil {
		return Date{}, err
	}
	return d, nil
}

// MarshalJSON writes the date as its String form, or null when unknown.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads null or a string accepted by ParseDate.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
