package web_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/web"
)

// benchTopic is the topic the page benchmark reads: every record of the
// three real corpora in ../shared/data (ACL Anthology, Reuters-21578,
// HuffPost), about 130,000, filed under one topic.
const benchTopic = "labor-press"

// BenchmarkTopicPage measures the server time of the first page of a
// 130,000-record topic (and a few other pages of it) through the handler,
// with httptest.NewRecorder. The database is built once at the path in
// ANNALS_BENCH_DB, from the corpora in ANNALS_BENCH_DATA (default
// ../../shared/data), and reused by later runs; building takes minutes.
//
//	ANNALS_BENCH_DB=/tmp/annals-web-bench.db go test ./web -run '^$' -bench TopicPage -benchtime 20x
func BenchmarkTopicPage(b *testing.B) {
	path := os.Getenv("ANNALS_BENCH_DB")
	if path == "" {
		b.Skip("set ANNALS_BENCH_DB=/path/to/bench.db to build (once) and time a 130k-record topic")
	}
	_, statErr := os.Stat(path)
	db, err := store.Open(b.Context(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if os.IsNotExist(statErr) {
		buildBenchDB(b, db)
	}
	h, err := (&web.Server{DB: db}).Handler()
	if err != nil {
		b.Fatal(err)
	}
	serve := func(p string) time.Duration {
		start := time.Now()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", p, nil))
		d := time.Since(start)
		if w.Code != http.StatusOK {
			b.Fatalf("GET %s: %d", p, w.Code)
		}
		return d
	}
	// The first request of all builds the caches: report it separately.
	b.Logf("cold %-45s %v", "/topics/"+benchTopic, serve("/topics/"+benchTopic))
	for _, p := range []string{
		"/topics/" + benchTopic,
		"/topics/" + benchTopic + "?order=oldest",
		"/topics/" + benchTopic + "?page=600",
		"/topics/" + benchTopic + "?year=1987",
		"/topics/acl-anthology",
		"/topics/huffpost",
		"/",
		"/years/1987",
		"/search?q=strike+miners",
	} {
		var ds []time.Duration
		for range 9 {
			ds = append(ds, serve(p))
		}
		slices.Sort(ds)
		b.Logf("median %-45s %v", p, ds[len(ds)/2])
	}
	b.ResetTimer()
	for b.Loop() {
		serve("/topics/" + benchTopic)
	}
}

// buildBenchDB imports the corpora twice: each into its own topic, and all
// of them into benchTopic (the second import only links the records).
func buildBenchDB(b *testing.B, db *store.DB) {
	dir := os.Getenv("ANNALS_BENCH_DATA")
	if dir == "" {
		dir = "../../shared/data"
	}
	start := time.Now()
	for _, c := range []struct{ file, topic string }{
		{"acl-anthology-papers.jsonl.gz", "acl-anthology"},
		{"reuters-21578.jsonl.gz", "reuters"},
		{"huffpost-news-category-v3-first10k.jsonl.gz", "huffpost"},
	} {
		recs := readCorpus(b, filepath.Join(dir, c.file))
		for _, topic := range []string{c.topic, benchTopic} {
			imp := &annals.Import{Topic: annals.Topic{Slug: topic, Title: topic}, Origin: c.file, Format: "jsonl"}
			res, err := db.ImportRecords(b.Context(), imp, recs, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("import %s into %s: %d new, %d merged, %d rejected", c.file, topic, res.New, res.Merged, res.Rejected)
			for _, r := range recs {
				r.ID, r.Topics = 0, nil
			}
		}
	}
	b.Logf("built %s in %v", benchTopic, time.Since(start))
}

// readCorpus reads one gzipped JSON Lines corpus, mapping the fields the
// three corpora use to a record; good enough to make realistic pages.
func readCorpus(b *testing.B, path string) []*annals.Record {
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("corpus: %v (set ANNALS_BENCH_DATA to the folder holding it)", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []*annals.Record
	for n := 1; sc.Scan(); n++ {
		var v map[string]any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			b.Fatalf("%s:%d: %v", path, n, err)
		}
		str := func(keys ...string) string {
			for _, k := range keys {
				if s, ok := v[k].(string); ok && strings.TrimSpace(s) != "" {
					return strings.Join(strings.Fields(s), " ")
				}
			}
			return ""
		}
		r := &annals.Record{
			Title:      str("title", "TITLE", "headline"),
			Source:     str("booktitle", "source"),
			Summary:    str("abstract", "BODY", "short_description"),
			URL:        str("link", "url"),
			Language:   "en",
			Provenance: []annals.Provenance{{Line: n}},
		}
		if len(r.Summary) > 2000 {
			r.Summary = strings.ToValidUTF8(r.Summary[:2000], "")
		}
		if strings.Contains(path, "reuters") {
			r.Source = "Reuters"
		} else if strings.Contains(path, "huffpost") {
			r.Source = "HuffPost"
		}
		switch a := v["authors"].(type) {
		case string:
			for _, name := range strings.Split(a, ",") {
				if name = strings.TrimSpace(name); name != "" {
					r.Authors = append(r.Authors, name)
				}
			}
		case []any:
			for _, x := range a {
				if m, ok := x.(map[string]any); ok {
					first, _ := m["first"].(string)
					last, _ := m["last"].(string)
					if name := strings.TrimSpace(first + " " + last); name != "" {
						r.Authors = append(r.Authors, name)
					}
				}
			}
		}
		if d := str("date"); d != "" {
			r.Date, _ = annals.ParseDate(d)
		} else if d := str("DATE"); d != "" {
			if t, err := time.Parse("2-Jan-2006", strings.Fields(d)[0]); err == nil {
				r.Date = annals.DayDate(t.Year(), t.Month(), t.Day())
			}
		} else if y, err := strconv.Atoi(str("year")); err == nil && y > 0 && y < 10000 {
			r.Date = annals.YearDate(y)
		}
		if r.Title == "" && r.Summary == "" {
			r.Title = "(untitled)"
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out
}

// benchRecord is a record as the 130k-record benchmark archive has them:
// a conference paper with three authors and an abstract.
func benchRecord(id int64, date annals.Date) *annals.Record {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	return &annals.Record{ID: id, Title: "A Study of Syntactic Parsing with Neural Networks for Low-Resource Languages",
		Authors: []string{"Ann Example", "Bob Sample", "Chen Wei"}, Source: "Proceedings of the 58th Annual Meeting of the ACL",
		Summary: strings.Repeat("We present a method for parsing that works well. ", 10), Date: date,
		Topics: []string{"acl"}, Language: "en", Confidence: 1,
		Provenance: []annals.Provenance{{Origin: "acl.bib", Line: 12, ImportedAt: now}}, CreatedAt: now, UpdatedAt: now}
}

// BenchmarkRenderer times the pages the static export writes most, with
// their allocations: a record's, an author's (one page of three
// records, entries rendered beforehand) and an author's feed.
func BenchmarkRenderer(b *testing.B) {
	topic := &annals.Topic{Slug: "acl", Title: "ACL"}
	rd, err := (&web.Server{}).NewRenderer("example.org", []*annals.Topic{topic})
	if err != nil {
		b.Fatal(err)
	}
	recs := []*annals.Record{benchRecord(1, annals.DayDate(2019, time.July, 3)), benchRecord(2, annals.YearDate(2019)), benchRecord(3, annals.DayDate(2015, time.May, 1))}
	var entries []string
	for _, r := range recs {
		var e bytes.Buffer
		if err := rd.Entry(b.Context(), &e, absoluteLinks{}, r); err != nil {
			b.Fatal(err)
		}
		entries = append(entries, e.String())
	}
	lp := web.ListPage{Records: recs, Entries: entries, Total: 3, Order: annals.NewestFirst, Page: 1,
		Counts: []annals.YearCount{{Year: 2015, Count: 1}, {Year: 2019, Count: 2}}}
	var buf bytes.Buffer
	b.Run("Record", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			if err := rd.Record(b.Context(), &buf, absoluteLinks{}, recs[0], []*annals.Topic{topic}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Author", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			if err := rd.Author(b.Context(), &buf, absoluteLinks{}, "Ann Example", lp); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AuthorFeed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf.Reset()
			rd.AuthorFeed(&buf, absoluteLinks{}, "Ann Example", recs, nil)
		}
	})
}
