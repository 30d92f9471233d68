package store

import (
	"context"
	"fmt"
	"sync"
)

// histogram is the number of records per year and undated, as of an
// archive's state: what search estimates scale by (see estimate). Reading
// it walks the year index once (~50 ms at a million records), so it is
// kept until the archive changes.
type histogram struct {
	years   map[int64]float64 // records per year
	undated float64
	maxID   int64
}

// histogramCache holds the last histogram read and the archive state it
// is of.
type histogramCache struct {
	mu    sync.Mutex
	stamp [2]int64 // the highest import id and record id
	h     *histogram
}

// histogram returns the records per year as seen by tx, from the cache
// when no import has run since it was read.
func (db *DB) histogram(ctx context.Context, tx *Tx) (*histogram, error) {
	var stamp [2]int64
	if err := tx.queryRow(ctx, `SELECT coalesce((SELECT max(id) FROM imports), 0), coalesce((SELECT max(id) FROM records), 0)`).
		Scan(&stamp[0], &stamp[1]); err != nil {
		return nil, fmt.Errorf("read archive state: %w", err)
	}
	db.hist.mu.Lock()
	defer db.hist.mu.Unlock()
	if db.hist.h != nil && db.hist.stamp == stamp {
		return db.hist.h, nil
	}
	rows, err := tx.query(ctx, `SELECT date_year, count(*) FROM records GROUP BY date_year`)
	if err != nil {
		return nil, fmt.Errorf("count records per year: %w", err)
	}
	defer rows.Close()
	h := &histogram{years: map[int64]float64{}, maxID: stamp[1]}
	for rows.Next() {
		var year *int64
		var n float64
		if err := rows.Scan(&year, &n); err != nil {
			return nil, fmt.Errorf("count records per year: %w", err)
		}
		if year == nil {
			h.undated = n
		} else {
			h.years[*year] = n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count records per year: %w", err)
	}
	db.hist.stamp, db.hist.h = stamp, h
	return h, nil
}

// upTo estimates the number of records whose order key is at most key:
// the records of later years, the part of key's year after its day
// (months and days taken as even), and for an undated key the undated
// records of higher ids.
func (h *histogram) upTo(key int64) float64 {
	if key < 0 {
		return 0
	}
	var dated float64
	if key >= undatedKey {
		for _, n := range h.years {
			dated += n
		}
		id := recordID(key)
		return dated + h.undated*float64(max(h.maxID-id+1, 0))/float64(max(h.maxID, 1))
	}
	day := 99_999_999 - key>>32
	year, month, dom := day/10000, day/100%100, day%100
	for y, n := range h.years {
		if y > year {
			dated += n
		}
	}
	// The share of the year at or after this day; a year-only date sorts
	// after all the year's months, so it takes the whole year.
	after := 1.0
	if month > 0 {
		after = 1 - float64((month-1)*31+max(dom, 1)-1)/372
	}
	return dated + h.years[year]*after
}
