package store

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/labor-annals/annals"
)

// TestScoreMatchesFTS5 checks that bm25 computed in Go gives the scores
// FTS5's bm25() gives, on queries whose phrases all have fewer matches than
// the candidate bound (so document frequencies are exact on both sides).
func TestScoreMatchesFTS5(t *testing.T) {
	ctx := t.Context()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "score.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var recs []*annals.Record
	words := []string{"strike", "miners", "oil", "workers", "police", "union", "wages", "Zhanaozen", "pension", "protest"}
	for i := range 120 {
		// Varied lengths and repetitions, so that length and term
		// frequency both matter.
		title := fmt.Sprintf("%s %s in %s", words[i%10], words[(i*3)%10], words[(i*7)%10])
		summary := ""
		for j := 0; j < i%7; j++ {
			summary += words[(i+j)%10] + " and the police massacre of " + words[(i*j)%10] + ". "
		}
		recs = append(recs, &annals.Record{
			Title: title, Summary: summary, Authors: []string{fmt.Sprintf("Author %c", 'A'+i%5)},
			Source: []string{"Workers World", "Reuters", ""}[i%3],
			Date:   annals.DayDate(1990+i%25, time.Month(1+i%12), 1), Provenance: []annals.Provenance{{Line: i + 1}},
		})
	}
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "t"}, recs, nil); err != nil {
		t.Fatal(err)
	}
	for _, raw := range []string{
		"strike",
		"strike police",
		"oil OR pension",
		`"police massacre"`,
		`"the police massacre"`,
		"title:miners wages",
		"author:\"Author B\" union",
		"strike -protest",
		"workers year:1995..2005",
		"zhanaozen topic:k",
	} {
		t.Run(raw, func(t *testing.T) {
			q, err := annals.ParseQuery(raw)
			if err != nil {
				t.Fatal(err)
			}
			text, err := compileText(q.Text, db.folder())
			if err != nil {
				t.Fatal(err)
			}
			tx, err := db.beginRead(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.tx.Rollback()
			s := &searcher{tx: tx, q: q, text: text}
			if err := s.compileFilters(ctx); err != nil {
				t.Fatal(err)
			}
			full := s.match(s.text.match)
			want, err := s.scan(ctx, full, candidateCap, true, false, s.keys, s.skip)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 {
				t.Fatalf("no matches: the test data should match %q", raw)
			}
			got, err := s.scan(ctx, full, candidateCap, false, false, s.keys, s.skip)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.score(ctx, got); err != nil {
				t.Fatal(err)
			}
			for i := range want {
				if got[i].id != want[i].id || math.Abs(got[i].score-want[i].score) > 1e-9*math.Max(1, math.Abs(want[i].score)) {
					t.Errorf("record %d: Go score %.12f, FTS5 bm25 %.12f", want[i].id, got[i].score, want[i].score)
				}
			}
		})
	}
}

func TestSQLiteVarint(t *testing.T) {
	for _, c := range []struct {
		b    []byte
		want uint64
		n    int
	}{
		{[]byte{0x05}, 5, 1},
		{[]byte{0x81, 0x00}, 128, 2},
		{[]byte{0xff, 0x7f}, 16383, 2},
		{[]byte{0x81, 0x80, 0x00}, 16384, 3},
		{[]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, math.MaxUint64, 9},
		{[]byte{0x81}, 0, 0},
	} {
		if got, n := sqliteVarint(c.b); got != c.want || n != c.n {
			t.Errorf("sqliteVarint(% x) = %d, %d; want %d, %d", c.b, got, n, c.want, c.n)
		}
	}
}
