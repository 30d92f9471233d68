package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

// seedArchive builds the demo archive from the two seed pages.
func seedArchive(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "seed.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := buildDemo(t.Context(), &env{stderr: io.Discard, getenv: func(string) string { return "" }}, db); err != nil {
		t.Fatal(err)
	}
	return db
}

func search(t *testing.T, db *store.DB, raw string) *annals.SearchResult {
	t.Helper()
	q, err := annals.ParseQuery(raw)
	if err != nil {
		t.Fatalf("ParseQuery(%q): %v", raw, err)
	}
	res, err := db.Search(t.Context(), q, annals.SearchOptions{Limit: 100, Facets: true})
	if err != nil {
		t.Fatalf("Search(%q): %v", raw, err)
	}
	return res
}

func titles(res *annals.SearchResult) []string {
	var out []string
	for _, h := range res.Hits {
		out = append(out, h.Record.Title)
	}
	slices.Sort(out)
	return out
}

func TestSearchSeedArchive(t *testing.T) {
	db := seedArchive(t)

	t.Run("NazarbayevSpellings", func(t *testing.T) {
		want := titles(search(t, db, "Nazarbayev"))
		origins := map[string]bool{}
		for _, h := range search(t, db, "Nazarbayev").Hits {
			for _, p := range h.Record.Provenance {
				origins[p.Origin] = true
			}
			full, err := db.FindRecordByID(t.Context(), h.Record.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range full.Provenance {
				origins[p.Origin] = true
			}
		}
		if len(want) < 4 || len(origins) != 2 {
			t.Fatalf("Nazarbayev finds %d records from %d seed pages, want both pages: %q", len(want), len(origins), want)
		}
		for _, q := range []string{"Nazarbaev", "Назарбаев", "NAZARBAJEW", "nazarbaïev"} {
			if got := titles(search(t, db, q)); !slices.Equal(got, want) {
				t.Errorf("%s finds %q, want the same as Nazarbayev: %q", q, got, want)
			}
		}
	})

	t.Run("QazaqstanFindsKazakhstan", func(t *testing.T) {
		all, _, err := db.FindRecords(t.Context(), annals.RecordFilter{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, r := range all {
			if strings.Contains(r.Title+" "+r.Summary, "Kazakhstan") {
				want = append(want, r.Title)
			}
		}
		slices.Sort(want)
		for _, q := range []string{"Qazaqstan", "Kazakhstan", "Казахстан", "Қазақстан"} {
			got := titles(search(t, db, q))
			for _, w := range want {
				if !slices.Contains(got, w) {
					t.Errorf("%s misses %q", q, w)
				}
			}
		}
	})

	t.Run("ChimkentFindsShymkent", func(t *testing.T) {
		for _, q := range []string{"Chimkent", "Shymkent", "Шымкент"} {
			if got := titles(search(t, db, q)); len(got) != 1 || got[0] != "Yet a further attack in Kazakhstan" {
				t.Errorf("%s finds %q", q, got)
			}
		}
	})

	t.Run("Phrase", func(t *testing.T) {
		phrase := titles(search(t, db, `"police massacre"`))
		words := titles(search(t, db, `police massacre`))
		if len(phrase) != 3 {
			t.Errorf(`"police massacre" finds %d records, want 3: %q`, len(phrase), phrase)
		}
		// "massacre … by police" would match the words, not the phrase.
		if got := titles(search(t, db, `"massacre police"`)); len(got) != 0 {
			t.Errorf(`"massacre police" finds %q, want none`, got)
		}
		if len(words) < len(phrase) {
			t.Errorf("words find %d, fewer than the phrase's %d", len(words), len(phrase))
		}
	})

	t.Run("AuthorAndYear", func(t *testing.T) {
		got := titles(search(t, db, `author:"Clara Weiss" year:2012`))
		want := []string{
			"Kazakh elections take place amid rising social tensions",
			"Kazakhstan: Eleven workers, one officer sentenced following police massacre",
			"Workers put on trial after police massacre in Kazakhstan",
		}
		if !slices.Equal(got, want) {
			t.Errorf("author:\"Clara Weiss\" year:2012 = %q, want %q", got, want)
		}
	})

	t.Run("YearFacets", func(t *testing.T) {
		res := search(t, db, "kazakhstan")
		all, _, _ := db.FindRecords(t.Context(), annals.RecordFilter{Limit: 100})
		want := map[string]int{}
		for _, h := range res.Hits {
			want[strconv.Itoa(h.Record.Date.Year)]++
		}
		got := map[string]int{}
		for _, f := range res.Facets.Years {
			got[f.Value] = f.Count
		}
		if len(got) != len(want) || !res.FacetsExact || !res.TotalExact || res.Total != len(res.Hits) {
			t.Fatalf("year facets %v, want %v (exact %v, total %d of %d)", got, want, res.FacetsExact, res.Total, len(all))
		}
		for y, n := range want {
			if got[y] != n {
				t.Errorf("year %s: facet %d, want %d", y, got[y], n)
			}
		}
		everything := search(t, db, "sort:date")
		if everything.Total != 18 || everything.Hits[0].Record.Date.Year != 1995 {
			t.Errorf("sort:date alone: total %d, first %v", everything.Total, everything.Hits[0].Record.Date)
		}
	})

	t.Run("Snippets", func(t *testing.T) {
		res := search(t, db, "Назарбаев")
		marked := 0
		for _, h := range res.Hits {
			for _, f := range append(h.Title, h.Summary...) {
				if f.Match {
					marked++
					// The original spelling is highlighted, not the key.
					if !strings.HasPrefix(f.Text, "Nazarba") {
						t.Errorf("marked %q", f.Text)
					}
				}
			}
		}
		if marked < len(res.Hits) {
			t.Errorf("%d marks for %d hits", marked, len(res.Hits))
		}
	})

	t.Run("Exclude", func(t *testing.T) {
		with := search(t, db, "workers")
		without := search(t, db, "workers -police")
		for _, h := range without.Hits {
			if strings.Contains(strings.ToLower(h.Record.Title+h.Record.Summary), "police") {
				t.Errorf("-police returned %q", h.Record.Title)
			}
		}
		if without.Total >= with.Total {
			t.Errorf("-police did not exclude anything: %d vs %d", without.Total, with.Total)
		}
		only := search(t, db, "-police topic:kazakhstan")
		if only.Total != 18-search(t, db, "police").Total {
			t.Errorf("-police alone: %d", only.Total)
		}
	})
}

// TestUserGazetteer runs the commands a user would: import the seed pages,
// add a spelling of their own in ANNALS_GAZETTEER, reindex, and search by
// it; and checks that a broken gazetteer file is reported with its line.
func TestUserGazetteer(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if res := runMain(t, nil, nil, append([]string{"import", "-db", db, "-topic", "kazakhstan"}, seedPaths(t)...)...); res.code != 0 {
		t.Fatalf("import: exit %d: %s", res.code, res.stderr)
	}
	gaz := filepath.Join(dir, "mine.txt")
	// "Zhanaozen" is spelt this way in no seed; the alias must find the
	// records that say Zhanaozen (or Жанаозен) through the entity's key.
	if err := os.WriteFile(gaz, []byte("# mine\n= Zhanaozen | town\n  Zhanaozhen | | a misspelling in our notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"ANNALS_GAZETTEER": gaz}
	count := func(env map[string]string, q string) int {
		t.Helper()
		res := runMain(t, nil, env, "search", "-db", db, "-json", q)
		if res.code != 0 {
			t.Fatalf("search %s: exit %d: %s", q, res.code, res.stderr)
		}
		var out struct{ Total int }
		if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
			t.Fatalf("search %s: %v", q, err)
		}
		return out.Total
	}
	want := count(nil, "Zhanaozen")
	if want == 0 {
		t.Fatal("the seed archive should mention Zhanaozen")
	}
	if n := count(nil, "Zhanaozhen"); n != 0 {
		t.Fatalf("without the user gazetteer Zhanaozhen found %d", n)
	}
	if res := runMain(t, nil, env, "reindex", "-db", db); res.code != 0 || !strings.Contains(res.stderr, "rebuilt") {
		t.Fatalf("reindex: exit %d: %s", res.code, res.stderr)
	}
	if n := count(env, "Zhanaozhen"); n != want {
		t.Errorf("with the user gazetteer, Zhanaozhen found %d, Zhanaozen %d", n, want)
	}
	if err := os.WriteFile(gaz, []byte("= Zhanaozen | town\n  Almaty | | claimed twice\n= Almaty | city\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := runMain(t, nil, env, "search", "-db", db, "Zhanaozen")
	if res.code == 0 || !strings.Contains(res.stderr, gaz) || !strings.Contains(res.stderr, "line") {
		t.Errorf("broken gazetteer: exit %d, stderr %q; want an error naming the file and line", res.code, res.stderr)
	}
}
