package store

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/labor-annals/annals"
)

// histogram is the number of records per date, as of an archive's state:
// what search estimates scale by (see estimate). Reading it walks the
// date index once (~0.1 s at a million records), so it is kept until the
// archive changes.
type histogram struct {
	days    []int64   // day numbers, newest first
	newer   []float64 // records dated after days[i]
	count   []float64 // records dated days[i]
	dated   float64
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

// histogram returns the records per date as seen by tx, from the cache
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
	rows, err := tx.query(ctx, `SELECT date_text, count(*) FROM records GROUP BY date_text ORDER BY date_text DESC`)
	if err != nil {
		return nil, fmt.Errorf("count records per date: %w", err)
	}
	defer rows.Close()
	h := &histogram{maxID: stamp[1]}
	for rows.Next() {
		var text string
		var n float64
		if err := rows.Scan(&text, &n); err != nil {
			return nil, fmt.Errorf("count records per date: %w", err)
		}
		if text == "" {
			h.undated = n
			continue
		}
		d, err := annals.ParseDate(text)
		if err != nil {
			continue // not written by this store; counts nowhere
		}
		h.days = append(h.days, dayNumber(d))
		h.newer = append(h.newer, h.dated)
		h.count = append(h.count, n)
		h.dated += n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count records per date: %w", err)
	}
	db.hist.stamp, db.hist.h = stamp, h
	return h, nil
}

// upTo estimates the number of records whose order key is at most key:
// the records of later dates, and of key's own date (or the undated ones)
// those of higher ids, taking ids as spread evenly over a date's records.
func (h *histogram) upTo(key int64) float64 {
	if key < 0 {
		return 0
	}
	share := min(1, float64(max(h.maxID-recordID(key)+1, 0))/float64(max(h.maxID, 1)))
	if key >= undatedKey {
		return h.dated + h.undated*share
	}
	day := 99_999_999 - key>>32
	i := sort.Search(len(h.days), func(i int) bool { return h.days[i] <= day })
	if i == len(h.days) {
		return h.dated
	}
	if h.days[i] != day {
		return h.newer[i] // every record of later dates, none of this one
	}
	return h.newer[i] + h.count[i]*share
}
