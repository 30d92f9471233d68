package store_test

import (
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
)

func TestFindAuthorsAndSources(t *testing.T) {
	db := storetest.SeedDB(t)
	ctx := t.Context()

	authors, total, err := db.FindAuthors(ctx, store.NameFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if total != len(authors) || total < 5 {
		t.Fatalf("FindAuthors: %d names, total %d", len(authors), total)
	}
	byName := map[string]int{}
	for i, a := range authors {
		byName[a.Value] = a.Count
		if i > 0 && authors[i-1].Value >= a.Value {
			t.Errorf("authors not in name order: %q before %q", authors[i-1].Value, a.Value)
		}
	}
	// Clara Weiss wrote three of the 2012 articles and more besides.
	if got := byName["Clara Weiss"]; got < 3 {
		t.Errorf("Clara Weiss: %d records, want at least 3", got)
	}

	page, total2, err := db.FindAuthors(ctx, store.NameFilter{Offset: 2, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if total2 != total || len(page) != 2 || page[0] != authors[2] {
		t.Errorf("second page of two = %v (total %d), want %v", page, total2, authors[2:4])
	}

	sources, _, err := db.FindSources(ctx, store.NameFilter{Topic: "kazakhstan"})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range sources {
		n += s.Count
	}
	if len(sources) == 0 || n > 18 {
		t.Errorf("sources %v: %d records in all, want 1..18", sources, n)
	}

	if _, _, err := db.FindSources(ctx, store.NameFilter{Topic: "nowhere"}); annals.ErrorCode(err) != annals.ENOTFOUND {
		t.Errorf("unknown topic: err = %v, want ENOTFOUND", err)
	}
}
