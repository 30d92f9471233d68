package store

import (
	"testing"
	"time"

	"github.com/labor-annals/annals"
)

// TestDateRange checks the key ranges of date filters against the rule
// they implement, written out plainly: a record is within from..to when
// the whole span its date covers is. Dates of every precision around
// month and year edges, against bounds of every precision.
func TestDateRange(t *testing.T) {
	var dates []annals.Date
	for y := 2010; y <= 2013; y++ {
		dates = append(dates, annals.YearDate(y))
		for _, m := range []time.Month{1, 2, 6, 11, 12} {
			dates = append(dates, annals.MonthDate(y, m))
			for _, d := range []int{1, 2, 15, 27, 28, 29, 30, 31} {
				if d <= daysIn(y, m) {
					dates = append(dates, annals.DayDate(y, m, d))
				}
			}
		}
	}
	span := func(d annals.Date) (start, end time.Time) {
		start = d.Time()
		switch d.Precision {
		case annals.PrecisionYear:
			return start, start.AddDate(1, 0, -1)
		case annals.PrecisionMonth:
			return start, start.AddDate(0, 1, -1)
		}
		return start, start
	}
	bounds := append([]annals.Date{{}}, dates...)
	for _, from := range bounds {
		for _, to := range bounds {
			if !from.IsZero() && !to.IsZero() && to.Time().Before(from.Time()) {
				continue
			}
			r, out := dateDays(from, to).keys()
			for i, d := range dates {
				start, end := span(d)
				_, last := span(to)
				want := (from.IsZero() || !start.Before(from.Time())) && (to.IsZero() || !end.After(last))
				k := orderKey(d, int64(i+1))
				got := k >= r.lo && k <= r.hi
				for _, o := range out {
					if k >= o.lo && k <= o.hi {
						got = false
					}
				}
				if got != want {
					t.Errorf("from %q to %q: %s within = %v, want %v", from, to, d, got, want)
				}
			}
			if k := orderKey(annals.Date{}, 7); k >= r.lo && k <= r.hi {
				t.Errorf("from %q to %q: an undated record is within", from, to)
			}
		}
	}
}

// TestOrderKey checks that keys sort as the pages list records: newest
// date first (a date's ISO text decides), undated last, the highest id
// first within a date, and that the id comes back out.
func TestOrderKey(t *testing.T) {
	in := []struct {
		date string
		id   int64
	}{
		{"2012-05-30", 3}, {"2012-05-30", 2}, {"2012-05", 9}, {"2012", 1}, {"2011-12-31", 8},
		{"0001", 5}, {"", 7}, {"", 4},
	}
	prev := int64(-1)
	for _, r := range in {
		d, err := annals.ParseDate(r.date)
		if err != nil && r.date != "" {
			t.Fatal(err)
		}
		k := orderKey(d, r.id)
		if k <= prev {
			t.Errorf("key of %s/%d = %d, not after the previous %d", r.date, r.id, k, prev)
		}
		if got := recordID(k); got != r.id {
			t.Errorf("recordID(orderKey(%s, %d)) = %d", r.date, r.id, got)
		}
		if (k < undatedKey) == (r.date == "") {
			t.Errorf("key of %q on the wrong side of undatedKey", r.date)
		}
		prev = k
	}
	if k := orderKey(annals.DayDate(9999, 12, 31), 1<<32-1); k < 0 || recordID(k) != 1<<32-1 {
		t.Errorf("largest key %d", k)
	}
}

func TestMetaText(t *testing.T) {
	r := &annals.Record{Date: annals.DayDate(2012, 5, 30), Language: "en-GB"}
	if got, want := metaText(r, []int64{3, 7}), "_len _lengb _t3 _t7"; got != want {
		t.Errorf("metaText = %q, want %q", got, want)
	}
	if got := metaText(&annals.Record{}, nil); got != "" {
		t.Errorf("metaText(empty) = %q", got)
	}
}
