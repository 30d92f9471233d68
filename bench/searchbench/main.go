// Command searchbench measures the archive's import rate and search latency
// over real corpora: the ACL Anthology (97k papers), Reuters-21578 (21k
// newswires) and HuffPost (10k news items) from ../shared/data, imported
// once (130k records) and optionally repeated with altered fingerprints up
// to a million records. It prints medians and tails; see bench/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

func main() {
	dbPath := flag.String("db", "/tmp/annals-bench.db", "database to build or reuse")
	data := flag.String("data", "../shared/data", "folder holding the corpora")
	copies := flag.Int("copies", 1, "import the corpora this many times (8 gives about 1M records)")
	queries := flag.Int("queries", 1000, "number of mixed queries to time")
	seed := flag.Int64("seed", 1, "seed for choosing queries")
	facets := flag.Bool("facets", false, "also count facets for each query")
	kind := flag.String("kind", "", "time only queries of this kind (\"rare word\", \"common word\"…)")
	warmup := flag.String("warmup", "same", "warm up on the `same` queries as are timed, or on `other` ones of the same kinds")
	warmCount := flag.Int("warmup-queries", 0, "with -warmup other, how many queries warm up (default: as many as are timed)")
	slow := flag.Duration("slow", slowQuery, "print each query slower than this as it runs")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the query phase to `file`")
	flag.Parse()
	ctx := context.Background()

	var all [][]*annals.Record
	for _, c := range corpora {
		recs, err := loadCorpus(*data, c)
		if err != nil {
			log.Fatal(err)
		}
		all = append(all, recs)
	}

	_, statErr := os.Stat(*dbPath)
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if os.IsNotExist(statErr) {
		if err := importAll(ctx, db, all, *copies); err != nil {
			log.Fatal(err)
		}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if *queries > 0 {
		kindOnly = *kind
		slowQuery = *slow
		warmN = *warmCount
		if warmN == 0 {
			warmN = *queries
		}
		warmOther = *warmup == "other"
		if err := timeQueries(ctx, db, all, *queries, *seed, *facets); err != nil {
			log.Fatal(err)
		}
	}
}

// importAll imports every corpus copies times, each copy of a corpus as
// one import (one transaction), as `annals import FILE` would, and prints
// the rate. The rate includes the index merges that imports adding a
// tenth of the archive or more run.
func importAll(ctx context.Context, db *store.DB, all [][]*annals.Record, copies int) error {
	start := time.Now()
	n, merges := 0, 0
	for k := 1; k <= copies; k++ {
		for ci, recs := range all {
			part := make([]*annals.Record, 0, len(recs))
			for _, r := range recs {
				c := *r
				c.ID = 0
				c.Fingerprint = annals.Fingerprint(r)
				if k > 1 {
					// A repeated copy is a new record: same text,
					// another identity.
					c.Fingerprint += fmt.Sprintf("#%d", k)
				}
				part = append(part, &c)
			}
			imp := &annals.Import{Topic: annals.Topic{Slug: corpora[ci].topic}, Origin: corpora[ci].file, Format: "jsonl"}
			res, err := db.ImportRecords(ctx, imp, part, nil)
			if err != nil {
				return err
			}
			if res.Rejected > 0 {
				return fmt.Errorf("%s: %d rejected, first: %+v", corpora[ci].file, res.Rejected, res.Rejections[0])
			}
			if res.IndexMerged {
				merges++
			}
			n += len(part)
		}
		el := time.Since(start)
		fmt.Printf("import: %d records in %s (%.0f records/s; %d index merges so far)\n", n, el.Round(time.Millisecond), float64(n)/el.Seconds(), merges)
	}
	return nil
}
