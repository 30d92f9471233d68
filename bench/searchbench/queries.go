package main

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

// A query to time, and the kind of query it stands for.
type benchQuery struct {
	kind, text string
}

// makeQueries draws n queries from the corpus text, in fixed proportions:
// rare words, common words, two-word AND, title phrases, and filtered
// queries (year, author, source, topic, sort by date).
func makeQueries(all [][]*annals.Record, n int, seed int64) []benchQuery {
	rng := rand.New(rand.NewSource(seed))
	df := map[string]int{}
	var titles []string
	var authors []string
	for _, recs := range all {
		for _, r := range recs {
			seen := map[string]bool{}
			for _, w := range words(r.Title) {
				if !seen[w] {
					df[w]++
					seen[w] = true
				}
			}
			if r.Title != "" {
				titles = append(titles, r.Title)
			}
			if len(r.Authors) > 0 {
				authors = append(authors, r.Authors[0])
			}
		}
	}
	vocab := make([]string, 0, len(df))
	for w := range df {
		vocab = append(vocab, w)
	}
	sort.Slice(vocab, func(i, j int) bool {
		return df[vocab[i]] > df[vocab[j]] || df[vocab[i]] == df[vocab[j]] && vocab[i] < vocab[j]
	})
	var rare, mid []string
	for _, w := range vocab {
		switch d := df[w]; {
		case d >= 2 && d <= 20:
			rare = append(rare, w)
		case d > 20 && d <= 2000:
			mid = append(mid, w)
		}
	}
	common := vocab[20:320] // past the stop words, the most frequent words
	pick := func(s []string) string { return s[rng.Intn(len(s))] }
	var out []benchQuery
	for len(out) < n {
		switch k := len(out) % 10; k {
		case 0, 1:
			out = append(out, benchQuery{"rare word", pick(rare)})
		case 2, 3:
			out = append(out, benchQuery{"common word", pick(common)})
		case 4:
			out = append(out, benchQuery{"two words", pick(mid) + " " + pick(common)})
		case 5, 6:
			ws := words(pick(titles))
			if len(ws) < 2 {
				continue
			}
			i := rng.Intn(len(ws) - 1)
			out = append(out, benchQuery{"phrase", `"` + ws[i] + " " + ws[i+1] + `"`})
		case 7:
			out = append(out, benchQuery{"word + year", fmt.Sprintf("%s year:%d", pick(common), 1985+rng.Intn(35))})
		case 8:
			out = append(out, benchQuery{"author", `author:"` + pick(authors) + `"`})
		case 9:
			filters := []string{"topic:reuters", "source:reuters", "sort:date", "year:2000..2010", "-paper"}
			out = append(out, benchQuery{"word + filter", pick(mid) + " " + filters[rng.Intn(len(filters))]})
		}
	}
	return out
}

// words splits a title into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}

// kindOnly, when set, limits the timed queries to one kind; warmOther
// warms up on different queries from the timed ones.
var (
	kindOnly  string
	warmOther bool
	warmN     int // how many other queries warm up
)

// slowQuery is the latency above which a query is printed as it runs.
var slowQuery = 100 * time.Millisecond

// timeQueries runs each query twice (a warm-up, then timed) and prints
// latency percentiles per kind and overall.
func timeQueries(ctx context.Context, db *store.DB, all [][]*annals.Record, n int, seed int64, facets bool) error {
	qs := makeQueries(all, n, seed)
	warm := qs
	if warmOther {
		// Warm up on other queries of the same kinds, so that the timed
		// ones do not find their own pages in the cache.
		warm = makeQueries(all, warmN, seed+1)
	}
	byKind := map[string][]time.Duration{}
	var every []time.Duration
	var estimated int
	for pass := 0; pass < 2; pass++ {
		run := qs
		if pass == 0 {
			run = warm
		}
		for _, bq := range run {
			if kindOnly != "" && bq.kind != kindOnly {
				continue
			}
			q, err := annals.ParseQuery(bq.text)
			if err != nil {
				return fmt.Errorf("query %q: %w", bq.text, err)
			}
			start := time.Now()
			res, err := db.Search(ctx, q, annals.SearchOptions{Limit: 20, Facets: facets})
			el := time.Since(start)
			if err != nil {
				return fmt.Errorf("query %q: %w", bq.text, err)
			}
			if el > slowQuery {
				fmt.Printf("slow: %s %q (%d matches)\n", round(el), bq.text, res.Total)
			}
			if pass == 1 {
				byKind[bq.kind] = append(byKind[bq.kind], el)
				every = append(every, el)
				if !res.TotalExact {
					estimated++
				}
			}
		}
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Printf("%-14s %6s %9s %9s %9s %9s\n", "queries", "n", "p50", "p90", "p99", "max")
	for _, k := range kinds {
		printRow(k, byKind[k])
	}
	printRow("all", every)
	fmt.Printf("%d of %d queries had an estimated total\n", estimated, len(every))
	return nil
}

func printRow(name string, ds []time.Duration) {
	slices.Sort(ds)
	pct := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	fmt.Printf("%-14s %6d %9s %9s %9s %9s\n", name, len(ds), round(pct(.5)), round(pct(.9)), round(pct(.99)), round(ds[len(ds)-1]))
}

func round(d time.Duration) time.Duration {
	if d > time.Millisecond {
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}
