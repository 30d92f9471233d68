package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
)

func testRecords() []*annals.Record {
	return []*annals.Record{
		{Title: "Police massacre striking oil workers in Kazakhstan", Authors: []string{"David Firestone"},
			Date: annals.DayDate(2011, time.December, 19), Summary: "A public commemoration in Zhanaozen turned into a violent police attack.",
			Provenance: []annals.Provenance{{Line: 1}}},
		{Title: "Regime attacks workers, welcomes Big Oil", Authors: []string{"Bill Doares"}, Source: "Workers World",
			Date: annals.DayDate(1996, time.December, 12), Summary: "President Nursultan Nazarbaev has banned unions.",
			Provenance: []annals.Provenance{{Line: 5}}},
		{Title: "Yet a further attack in Kazakhstan", Authors: []string{}, Date: annals.DayDate(1998, time.August, 8),
			Provenance: []annals.Provenance{{Line: 9}}},
	}
}

func TestImportRecords(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	imp := &annals.Import{Topic: annals.Topic{Slug: "kazakhstan", Title: "Kazakhstan", Disclaimer: "Not validated."}, Origin: "a.txt", Format: "listing"}

	t.Run("OK", func(t *testing.T) {
		res, err := db.ImportRecords(ctx, imp, testRecords(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := [4]int{res.New, res.Unchanged, res.Merged, res.Rejected}, [4]int{3, 0, 0, 0}; got != want {
			t.Fatalf("first import new/unchanged/merged/rejected = %v, want %v", got, want)
		}
	})
	t.Run("Idempotent", func(t *testing.T) {
		imp2 := *imp
		imp2.ID = 0
		res, err := db.ImportRecords(ctx, &imp2, testRecords(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := [4]int{res.New, res.Unchanged, res.Merged, res.Rejected}, [4]int{0, 3, 0, 0}; got != want {
			t.Fatalf("second import new/unchanged/merged/rejected = %v, want %v", got, want)
		}
		recs, total, err := db.FindRecords(ctx, annals.RecordFilter{Topic: "kazakhstan"})
		if err != nil {
			t.Fatal(err)
		} else if total != 3 || len(recs) != 3 {
			t.Fatalf("FindRecords total = %d, len = %d, want 3", total, len(recs))
		}
	})
	t.Run("MergeKeepsEveryProvenance", func(t *testing.T) {
		// The same article seen in another listing, with a summary the
		// first copy lacked.
		r := testRecords()[2]
		r.Summary = "After the court decision to shut down the free trade unions in Kentau."
		r.Provenance = []annals.Provenance{{Line: 42, Document: "Another page"}}
		other := &annals.Import{Topic: annals.Topic{Slug: "trade-unions"}, Origin: "b.txt", Format: "listing"}
		res, err := db.ImportRecords(ctx, other, []*annals.Record{r}, nil)
		if err != nil {
			t.Fatal(err)
		} else if res.Merged != 1 {
			t.Fatalf("merged = %d, want 1", res.Merged)
		}
		recs, _, err := db.FindRecords(ctx, annals.RecordFilter{Topic: "trade-unions"})
		if err != nil || len(recs) != 1 {
			t.Fatalf("FindRecords(trade-unions) = %d records, %v", len(recs), err)
		}
		got, err := db.FindRecordByID(ctx, recs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Summary != r.Summary {
			t.Errorf("summary = %q, want the merged one", got.Summary)
		}
		if diff := cmp.Diff([]string{"kazakhstan", "trade-unions"}, got.Topics); diff != "" {
			t.Errorf("topics (-want +got):\n%s", diff)
		}
		var origins []string
		for _, p := range got.Provenance {
			origins = append(origins, p.Origin)
		}
		if diff := cmp.Diff([]string{"a.txt", "b.txt"}, origins); diff != "" {
			t.Errorf("provenance origins (-want +got):\n%s", diff)
		}
		if got.Provenance[1].Line != 42 || got.Provenance[1].Document != "Another page" {
			t.Errorf("second provenance = %+v, want line 42 of Another page", got.Provenance[1])
		}
	})
	t.Run("Rejected", func(t *testing.T) {
		bad := []*annals.Record{
			{Title: "", Summary: "", Provenance: []annals.Provenance{{Line: 7}}},
			{Title: "Fine", URL: "javascript:alert(1)", Provenance: []annals.Provenance{{Line: 8}}},
		}
		res, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "kazakhstan"}, Origin: "c.txt"}, bad, nil)
		if err != nil {
			t.Fatal(err)
		}
		if res.Rejected != 2 || len(res.Rejections) != 2 || res.Rejections[0].Line != 7 || res.Rejections[1].Line != 8 {
			t.Fatalf("rejections = %+v, want lines 7 and 8", res.Rejections)
		}
	})
	t.Run("ErrInvalidTopic", func(t *testing.T) {
		_, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "Bad Slug"}}, testRecords(), nil)
		if annals.ErrorCode(err) != annals.EINVALID {
			t.Fatalf("err = %v, want EINVALID", err)
		}
	})
}

func TestFindTopics(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	imp := &annals.Import{Topic: annals.Topic{Slug: "kazakhstan", Title: "Kazakhstan", Order: annals.OldestFirst}, Origin: "a.txt"}
	if _, err := db.ImportRecords(ctx, imp, testRecords(), nil); err != nil {
		t.Fatal(err)
	}
	topics, err := db.FindTopics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != 1 {
		t.Fatalf("len(topics) = %d, want 1", len(topics))
	}
	tp := topics[0]
	if tp.RecordCount != 3 || tp.First.String() != "1996-12-12" || tp.Last.String() != "2011-12-19" || tp.Order != annals.OldestFirst {
		t.Errorf("topic = %+v, want 3 records 1996-12-12..2011-12-19 oldest first", tp)
	}
	if _, err := db.FindTopicBySlug(ctx, "nowhere"); annals.ErrorCode(err) != annals.ENOTFOUND {
		t.Errorf("FindTopicBySlug(nowhere) err = %v, want ENOTFOUND", err)
	}
	years, err := db.YearCounts(ctx, annals.RecordFilter{Topic: "kazakhstan"})
	if err != nil {
		t.Fatal(err)
	}
	want := []annals.YearCount{{Year: 1996, Count: 1}, {Year: 1998, Count: 1}, {Year: 2011, Count: 1}}
	if diff := cmp.Diff(want, years); diff != "" {
		t.Errorf("YearCounts (-want +got):\n%s", diff)
	}
}

func TestFindRecordsOrder(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	recs := append(testRecords(), &annals.Record{Title: "Undated", Provenance: []annals.Provenance{{Line: 20}}})
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, recs, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		order annals.Order
		want  []string
	}{
		{annals.NewestFirst, []string{"2011-12-19", "1998-08-08", "1996-12-12", ""}},
		{annals.OldestFirst, []string{"1996-12-12", "1998-08-08", "2011-12-19", ""}},
	} {
		got, _, err := db.FindRecords(ctx, annals.RecordFilter{Topic: "k", Order: tt.order})
		if err != nil {
			t.Fatal(err)
		}
		var dates []string
		for _, r := range got {
			dates = append(dates, r.Date.String())
		}
		if diff := cmp.Diff(tt.want, dates); diff != "" {
			t.Errorf("order %s (-want +got):\n%s", tt.order, diff)
		}
	}
	page, total, err := db.FindRecords(ctx, annals.RecordFilter{Topic: "k", Offset: 1, Limit: 2})
	if err != nil || total != 4 || len(page) != 2 || page[0].Date.String() != "1998-08-08" {
		t.Errorf("page 2 = %d records (total %d), err %v", len(page), total, err)
	}
}

func TestSearchRecords(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, testRecords(), nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"police", 1},
		{"POLICE Massacre", 1},
		{"workers", 2},
		{"nazarbaev", 1},
		{"doares", 1},        // author
		{"workers world", 1}, // source
		{"nothinglikethis", 0},
		{`'; DROP TABLE records; --`, 0}, // punctuation is not syntax
		{`"fts5 NEAR( syntax" OR *`, 0},
		{`NEAR(police massacre)`, 0},
	} {
		_, total, err := db.SearchRecords(ctx, tt.q, 0, 10)
		if err != nil {
			t.Errorf("SearchRecords(%q) error: %v", tt.q, err)
		} else if total != tt.want {
			t.Errorf("SearchRecords(%q) total = %d, want %d", tt.q, total, tt.want)
		}
	}
	if _, _, err := db.SearchRecords(ctx, "  ...  ", 0, 10); annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("empty query err = %v, want EINVALID", err)
	}
}

func TestMigrations(t *testing.T) {
	db := storetest.NewDB(t)
	ms, err := db.Migrations(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.AppliedAt.IsZero() {
			t.Errorf("migration %s not applied", m.Name)
		}
	}
	if len(ms) == 0 || ms[0].Version != 1 {
		t.Fatalf("migrations = %+v, want 0001 first", ms)
	}
}

func TestImportRecordsCancelledSavesNothing(t *testing.T) {
	db := storetest.NewDB(t)
	ctx, cancel := context.WithCancel(t.Context())
	var recs []*annals.Record
	for i := range 500 {
		recs = append(recs, &annals.Record{Title: fmt.Sprintf("Strike number %d", i), Provenance: []annals.Provenance{{Line: i + 1}}})
	}
	// Cancel halfway through, as a Ctrl-C would.
	_, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, recs, func(done int) {
		if done > 250 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	_, total, err := db.FindRecords(t.Context(), annals.RecordFilter{})
	if err != nil {
		t.Fatal(err)
	} else if total != 0 {
		t.Fatalf("after a cancelled import the archive has %d records, want 0", total)
	}
	if topics, _ := db.FindTopics(t.Context()); len(topics) != 0 {
		t.Fatalf("after a cancelled import the archive has %d topics, want 0", len(topics))
	}
}

func TestSearchSeesMergedFields(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	r := testRecords()[2]
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, []*annals.Record{r}, nil); err != nil {
		t.Fatal(err)
	}
	r = testRecords()[2]
	r.Summary = "Members are being interrogated by police in Kentau."
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "b"}, []*annals.Record{r}, nil); err != nil {
		t.Fatal(err)
	}
	// The FTS index must follow the update made in the second import.
	if _, total, err := db.SearchRecords(ctx, "kentau interrogated", 0, 10); err != nil || total != 1 {
		t.Fatalf("search after merge: total = %d, err = %v; want 1", total, err)
	}
}

func TestTopicPlaceholderTitleReplaced(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, testRecords()[:1], nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k", Title: "Kazakhstan", Disclaimer: "D"}, Origin: "b"}, testRecords()[1:2], nil); err != nil {
		t.Fatal(err)
	}
	tp, err := db.FindTopicBySlug(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	if tp.Title != "Kazakhstan" || tp.Disclaimer != "D" {
		t.Errorf("topic = %q / %q, want Kazakhstan / D", tp.Title, tp.Disclaimer)
	}
	// A real title is not replaced by a later import's heading.
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k", Title: "Other"}, Origin: "c"}, testRecords()[2:], nil); err != nil {
		t.Fatal(err)
	}
	if tp, _ = db.FindTopicBySlug(ctx, "k"); tp.Title != "Kazakhstan" {
		t.Errorf("title = %q after a later import, want Kazakhstan kept", tp.Title)
	}
}

func TestSearchLargeMatchSets(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	var recs []*annals.Record
	for i := range 1200 {
		r := &annals.Record{Title: fmt.Sprintf("Strike number %d", i), Date: annals.DayDate(1990+i%20, time.Month(1+i%12), 1+i%28),
			Provenance: []annals.Provenance{{Line: i + 1}}}
		if i%100 == 0 {
			r.Summary = "The report is dated and signed by the committee."
		}
		recs = append(recs, r)
	}
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, recs, nil); err != nil {
		t.Fatal(err)
	}
	run := func(raw string) *annals.SearchResult {
		q, err := annals.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.Search(ctx, q, annals.SearchOptions{Limit: 20, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	// Past the candidate bound the total is estimated from how far into
	// the archive's date order the candidates reach (an exact count would
	// walk the whole doclist).
	if res := run("strike"); res.Total < 1100 || res.Total > 1300 || res.TotalExact || res.FacetsExact || res.FacetSample == 0 {
		t.Errorf("strike: total %d exact %v, facets exact %v sample %d", res.Total, res.TotalExact, res.FacetsExact, res.FacetSample)
	}
	// A word that is also a filter key's name counts only as a word.
	if res := run("dated"); res.Total != 12 || !res.TotalExact {
		t.Errorf("dated: total %d exact %v, want 12", res.Total, res.TotalExact)
	}
	// Filtered: estimated, and close.
	res := run("strike year:1990..1999")
	if res.TotalExact || res.Total < 400 || res.Total > 800 {
		t.Errorf("strike year:1990..1999: total %d exact %v, want about 600", res.Total, res.TotalExact)
	}
	for _, h := range res.Hits {
		if y := h.Record.Date.Year; y < 1990 || y > 1999 {
			t.Errorf("year filter let %d through", y)
		}
	}
	// Date order over a large set really is by date.
	res = run("strike sort:-date")
	if len(res.Hits) != 20 || res.Hits[0].Record.Date.String() != "2009-12-28" {
		t.Errorf("newest first: %d hits, first %v", len(res.Hits), res.Hits[0].Record.Date)
	}
	for i := 1; i < len(res.Hits); i++ {
		if res.Hits[i].Record.Date.String() > res.Hits[i-1].Record.Date.String() {
			t.Errorf("not in date order at %d: %v after %v", i, res.Hits[i].Record.Date, res.Hits[i-1].Record.Date)
		}
	}
	asc := run("strike sort:date")
	if asc.Hits[0].Record.Date.Year != 1990 {
		t.Errorf("oldest first starts at %v", asc.Hits[0].Record.Date)
	}
	// EachMatch has no bound: every match, once, in batches.
	for raw, want := range map[string]int{"strike": 1200, "strike year:1990..1999": 600, "committee -strike": 0, "-committee": 1188} {
		q, err := annals.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[int64]bool{}
		for r, err := range db.EachMatch(ctx, q) {
			if err != nil {
				t.Fatal(err)
			}
			if seen[r.ID] {
				t.Fatalf("EachMatch(%q) yielded record %d twice", raw, r.ID)
			}
			seen[r.ID] = true
		}
		if len(seen) != want {
			t.Errorf("EachMatch(%q): %d records, want %d", raw, len(seen), want)
		}
	}
}

func TestRecordTopicsAreLinked(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	r := &annals.Record{Title: "General strike in Zhanaozen", Topics: []string{"oil-workers", "kazakhstan"}, Provenance: []annals.Provenance{{Line: 2}}}
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "kazakhstan"}, Origin: "sheet.csv"}, []*annals.Record{r}, nil); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindRecordByID(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"kazakhstan", "oil-workers"}, got.Topics); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	res, _, err := db.SearchRecords(ctx, "topic:oil-workers zhanaozen", 0, 10)
	if err != nil || len(res) != 1 {
		t.Errorf("topic filter on a record-named topic: %d, %v", len(res), err)
	}
}

// TestOptimizeKeepsResults merges the index of an archive built by many
// small imports (one segment each) and checks that searches find the same
// records and the index passes FTS5's integrity check.
func TestOptimizeKeepsResults(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	for i := range 30 {
		recs := []*annals.Record{{Title: fmt.Sprintf("Strike %d at the Zhanaozen oil field", i), Summary: "Police massacre of oil workers.",
			Date: annals.DayDate(1990+i, time.May, 1), Provenance: []annals.Provenance{{Line: 1}}}}
		if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: fmt.Sprint(i)}, recs, nil); err != nil {
			t.Fatal(err)
		}
	}
	search := func() []int64 {
		q, _ := annals.ParseQuery(`Жанаозен "police massacre" year:1995..2010`)
		res, err := db.Search(ctx, q, annals.SearchOptions{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, h := range res.Hits {
			ids = append(ids, h.Record.ID)
		}
		return ids
	}
	before := search()
	if len(before) != 16 {
		t.Fatalf("before: %d hits, want 16", len(before))
	}
	if err := db.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	if after := search(); !slices.Equal(before, after) {
		t.Errorf("after Optimize: %v, before: %v", after, before)
	}
	if err := db.CheckIndex(ctx); err != nil {
		t.Error(err)
	}
}

// TestLargeImportMergesIndex checks that an import growing the archive by
// a tenth or more leaves the search index in one segment, and a small one
// does not merge it.
func TestLargeImportMergesIndex(t *testing.T) {
	defer store.SetMergeMinRecords(20)()
	ctx := t.Context()
	db := storetest.NewDB(t)
	batch := func(from, n int) []*annals.Record {
		var recs []*annals.Record
		for i := from; i < from+n; i++ {
			recs = append(recs, &annals.Record{Title: fmt.Sprintf("Strike %d at the Zhanaozen oil field", i),
				Date: annals.DayDate(1990+i%30, time.May, 1), Provenance: []annals.Provenance{{Line: i + 1}}})
		}
		return recs
	}
	imp := func(name string) *annals.Import { return &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: name} }
	// Small imports, one segment each.
	for i := range 12 {
		res, err := db.ImportRecords(ctx, imp(fmt.Sprint(i)), batch(i*10, 10), nil)
		if err != nil || res.IndexMerged {
			t.Fatalf("import %d: merged %v, %v", i, res.IndexMerged, err)
		}
	}
	before, err := db.IndexSegments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before < 2 {
		t.Fatalf("%d segments after 12 imports; the test needs several", before)
	}
	// 30 records into 120: a quarter, and past the (lowered) minimum.
	res, err := db.ImportRecords(ctx, imp("bulk"), batch(120, 30), nil)
	if err != nil || !res.IndexMerged {
		t.Fatalf("bulk import: merged %v, %v", res.IndexMerged, err)
	}
	after, err := db.IndexSegments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != 1 {
		t.Errorf("%d segments after the bulk import (%d before), want 1", after, before)
	}
	// Past the minimum but under a tenth of the archive: no merge.
	if _, err := db.ImportRecords(ctx, imp("more"), batch(150, 100), nil); err != nil {
		t.Fatal(err)
	}
	res, err = db.ImportRecords(ctx, imp("small"), batch(250, 20), nil)
	if err != nil || res.IndexMerged {
		t.Errorf("20 records into 250: merged %v, %v; want no merge", res.IndexMerged, err)
	}
	if err := db.CheckIndex(ctx); err != nil {
		t.Error(err)
	}
}

// TestSearchDateOrder checks date-sorted and date-filtered searches over a
// match set past the candidate bound, at offsets past it too, against the
// order and containment rule written out plainly: dates of every precision
// and undated records, newest first with undated last (or the reverse for
// oldest first, undated still last), the highest id first within a date;
// a record is within a date filter when its date's whole span is.
func TestSearchDateOrder(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	var recs []*annals.Record
	for i := range 900 {
		var d annals.Date
		switch i % 9 {
		case 0:
			d = annals.YearDate(1990 + i%11)
		case 1:
			d = annals.MonthDate(1990+i%11, time.Month(1+i%12))
		case 2:
			// undated
		default:
			d = annals.DayDate(1990+i%11, time.Month(1+i%12), 1+i%28)
		}
		r := &annals.Record{Title: fmt.Sprintf("Strike number %d", i), Date: d, Provenance: []annals.Provenance{{Line: i + 1}}}
		if i%10 == 4 {
			r.Summary = "Signed by the committee."
		}
		recs = append(recs, r)
	}
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "a"}, recs, nil); err != nil {
		t.Fatal(err)
	}
	newer := func(a, b *annals.Record) int { // -1 when a lists before b, newest first
		switch {
		case a.Date.IsZero() != b.Date.IsZero():
			if a.Date.IsZero() {
				return 1
			}
			return -1
		case a.Date.String() != b.Date.String():
			if a.Date.String() > b.Date.String() {
				return -1
			}
			return 1
		case a.ID > b.ID:
			return -1
		}
		return 1
	}
	within := func(r *annals.Record, from, to annals.Date) bool {
		if r.Date.IsZero() {
			return false
		}
		start := r.Date.Time()
		end := start
		switch r.Date.Precision {
		case annals.PrecisionYear:
			end = start.AddDate(1, 0, -1)
		case annals.PrecisionMonth:
			end = start.AddDate(0, 1, -1)
		}
		if !from.IsZero() && start.Before(from.Time()) {
			return false
		}
		if !to.IsZero() {
			last := to.Time()
			switch to.Precision {
			case annals.PrecisionYear:
				last = last.AddDate(1, 0, -1)
			case annals.PrecisionMonth:
				last = last.AddDate(0, 1, -1)
			}
			if end.After(last) {
				return false
			}
		}
		return true
	}
	for _, raw := range []string{"strike sort:-date", "strike sort:date", "strike", "number -committee sort:date",
		"strike before:1995-06-15 sort:-date", "strike after:1993-03 before:1998 sort:date", "strike year:1996 sort:-date",
		"strike date:1997-05"} {
		q, err := annals.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		var want []int64
		sorted := slices.Clone(recs)
		slices.SortFunc(sorted, newer)
		if q.Sort == annals.SortDateAsc {
			var dated, undated []*annals.Record
			for _, r := range sorted {
				if r.Date.IsZero() {
					undated = append(undated, r)
				} else {
					dated = append(dated, r)
				}
			}
			slices.Reverse(dated)
			slices.Reverse(undated)
			sorted = append(dated, undated...)
		}
		for _, r := range sorted {
			if (q.From.IsZero() && q.To.IsZero() || within(r, q.From, q.To)) && !(strings.Contains(raw, "-committee") && r.Summary != "") {
				want = append(want, r.ID)
			}
		}
		for _, offset := range []int{0, 190, 400} {
			res, err := db.Search(ctx, q, annals.SearchOptions{Offset: offset, Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, h := range res.Hits {
				got = append(got, h.Record.ID)
			}
			page := want[min(offset, len(want)):min(offset+20, len(want))]
			if q.Sort == annals.SortRelevance && len(want) <= 200 {
				// Ranked by bm25: the same records, in any order.
				page = slices.Sorted(slices.Values(page))
				slices.Sort(got)
			}
			// Past the bound, relevance is the pre-order: title
			// matches (here all) newest first.
			if !slices.Equal(got, page) {
				t.Errorf("%s at %d: %v, want %v", raw, offset, got, page)
			}
		}
	}
}

// TestEstimateSharedDates checks the estimated total when many records
// share each date (three imports of the same dated listing, with a few
// dates only): the estimate must not take a date's records as all seen
// when the candidates reach only some of them.
func TestEstimateSharedDates(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	for copy := range 3 {
		var recs []*annals.Record
		for i := range 500 {
			recs = append(recs, &annals.Record{Title: fmt.Sprintf("Strike report %d/%d", copy, i),
				Date: annals.MonthDate(2020+i%3, time.Month(1+i%2)), Provenance: []annals.Provenance{{Line: i + 1}}})
		}
		if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: fmt.Sprint(copy)}, recs, nil); err != nil {
			t.Fatal(err)
		}
	}
	for raw, want := range map[string]int{"strike": 1500, "strike year:2021": 500, "strike sort:date": 1500} {
		q, err := annals.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.Search(ctx, q, annals.SearchOptions{Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		if res.TotalExact || res.Total < want*3/4 || res.Total > want*5/4 {
			t.Errorf("%s: total %d (exact %v), want about %d", raw, res.Total, res.TotalExact, want)
		}
	}
}

// TestReindex checks that a gazetteer added after an import finds the
// stored records once they are reindexed, and not before.
func TestReindex(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	recs := []*annals.Record{
		{Title: "Miners strike at Ekibastus", Date: annals.YearDate(1989), Provenance: []annals.Provenance{{Line: 1}}},
		{Title: "Забастовка шахтёров в Экибастузе", Provenance: []annals.Provenance{{Line: 2}}},
		{Title: "Oil workers in Zhanaozen", Date: annals.YearDate(2011), Provenance: []annals.Provenance{{Line: 3}}},
	}
	if _, err := db.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "k"}, Origin: "t"}, recs, nil); err != nil {
		t.Fatal(err)
	}
	count := func(q string) int {
		t.Helper()
		pq, err := annals.ParseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.Search(ctx, pq, annals.SearchOptions{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	g, err := fold.LoadGazetteer(strings.NewReader("= Ekibastuz | town\n  Ekibastus\n  Экибастуз\n  Экибастузе | | Russian locative\n"))
	if err != nil {
		t.Fatal(err)
	}
	db.Folder = fold.New(g)
	if n := count("Ekibastuz"); n != 0 {
		t.Fatalf("before reindex: %d matches, want 0 (the stored keys are the old ones)", n)
	}
	var calls int
	if err := db.Reindex(ctx, func(done, total int) { calls++ }); err != nil {
		t.Fatal(err)
	}
	if calls == 0 {
		t.Error("no progress reported")
	}
	if n := count("Ekibastuz"); n != 2 {
		t.Errorf("after reindex: %d matches for Ekibastuz, want 2", n)
	}
	if n := count("Zhanaozen year:2011"); n != 1 {
		t.Errorf("after reindex: %d matches for Zhanaozen year:2011, want 1", n)
	}
	if err := db.CheckIndex(ctx); err != nil {
		t.Error(err)
	}
}
