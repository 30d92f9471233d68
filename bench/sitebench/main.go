// Command sitebench measures the static site export against Hugo in one
// run: it exports the whole site of an archive (by default the 130k
// records of ACL Anthology, Reuters and HuffPost that bench/searchbench
// imports into -db) and reports pages/s and peak memory, then writes a
// Hugo site with one simple page per record (front matter title and date,
// the summary as body, a minimal layout), times `hugo` on it and prints
// its pages/s and the ratio.
//
//	go run ./bench/sitebench -db /tmp/bench130k.db
//
// Build the database first with `go run ./bench/searchbench -db PATH
// -queries 0` when there is none. The database is only read (store.Open
// may migrate it: give it a copy of a database you share).
//
// Both generators write hundreds of thousands of files, so a slow disk
// times the disk, not them: the run starts by timing the creation of
// plain 8 KB files in the output folder (printed as "disk baseline").
// Give -out a folder on tmpfs (-out /dev/shm/sitebench) to compare the
// generators themselves; Hugo's own benchmarks render to memory for the
// same reason.
//
// -hugo-pages sets Hugo's page count; pass the export's page count for a
// comparison at the same count.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/site"
	"github.com/labor-annals/annals/store"
)

func main() {
	dbPath := flag.String("db", "/tmp/annals-bench.db", "archive to export (read only)")
	out := flag.String("out", "", "folder for the static site and the Hugo site (default: a temporary folder, removed after)")
	hugoPages := flag.Int("hugo-pages", 0, "pages for Hugo (default: one per record)")
	workers := flag.Int("workers", 0, "export workers (default: one per CPU)")
	skipHugo := flag.Bool("skip-hugo", false, "only time the export")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the export to this file")
	flag.Parse()
	ctx := context.Background()
	if _, err := os.Stat(*dbPath); err != nil {
		log.Fatalf("%v: build it with go run ./bench/searchbench -db %s -queries 0", err, *dbPath)
	}
	root := *out
	if root == "" {
		d, err := os.MkdirTemp("", "sitebench-")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(d)
		root = d
	}
	if err := diskBaseline(root); err != nil {
		log.Fatal(err)
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	// Peak Go heap, sampled; the process's peak RSS comes from getrusage.
	var peakHeap atomic.Uint64
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peakHeap.Load() {
					peakHeap.Store(ms.HeapInuse)
				}
			}
		}
	}()
	start := time.Now()
	last := time.Now()
	x := &site.Exporter{DB: db, Workers: *workers, Progress: func(written, found int) {
		if time.Since(last) > 15*time.Second {
			last = time.Now()
			el := time.Since(start)
			fmt.Printf("  %s: %d pages written, %d found, %.0f pages/s, max RSS %d MB\n", el.Round(time.Second), written, found, float64(written)/el.Seconds(), maxRSS(syscall.RUSAGE_SELF)>>10)
		}
	}}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
	}
	st, err := x.Export(ctx, filepath.Join(root, "site"))
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	close(stop)
	if err != nil {
		log.Fatal(err)
	}
	sitePS := float64(st.Pages) / st.Duration.Seconds()
	fmt.Printf("static export: %d records, %d pages, %d files, %.0f MB in %s: %.0f pages/s; peak RSS %d MB, peak Go heap %d MB\n",
		st.Records, st.Pages, st.Files, float64(st.Bytes)/1e6, st.Duration.Round(time.Millisecond), sitePS,
		maxRSS(syscall.RUSAGE_SELF)>>10, peakHeap.Load()>>20)
	if *skipHugo {
		return
	}
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		log.Fatal("hugo not found: apt-get install -y hugo")
	}
	n := *hugoPages
	if n == 0 {
		n = st.Records
	}
	hdir := filepath.Join(root, "hugo")
	wstart := time.Now()
	if err := writeHugoSite(ctx, db, hdir, n); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("hugo site: %d content files written in %s\n", n, time.Since(wstart).Round(time.Millisecond))
	cmd := exec.CommandContext(ctx, hugo, "--quiet", "--source", hdir, "--destination", filepath.Join(hdir, "public"))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	hstart := time.Now()
	if err := cmd.Run(); err != nil {
		log.Fatalf("hugo: %v", err)
	}
	hel := time.Since(hstart)
	hugoRSS := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss >> 10
	hugoPS := float64(n) / hel.Seconds()
	fmt.Printf("hugo: %d pages in %s: %.0f pages/s; peak RSS %d MB\n", n, hel.Round(time.Millisecond), hugoPS, hugoRSS)
	fmt.Printf("ratio: the static export writes %.2f× Hugo's pages/s (goal ≥ 3×)\n", sitePS/hugoPS)
}

// maxRSS returns the peak resident set size in KiB.
func maxRSS(who int) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return ru.Maxrss
}

const hugoConfig = `baseURL = "https://example.org/"
title = "annals"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`

const hugoSingle = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>{{ .Content }}</body></html>
`

const hugoList = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1></body></html>
`

// writeHugoSite writes a Hugo site with n pages made from the archive's
// records (repeated if n is larger than the archive).
func writeHugoSite(ctx context.Context, db *store.DB, dir string, n int) error {
	for _, d := range []string{"content/records", "layouts/_default"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	files := map[string]string{"config.toml": hugoConfig, "layouts/_default/single.html": hugoSingle,
		"layouts/_default/list.html": hugoList, "layouts/index.html": hugoList}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			return err
		}
	}
	i := 0
	for i < n {
		before := i
		for r, err := range db.EachRecord(ctx, annals.RecordFilter{}) {
			if err != nil {
				return err
			}
			if i == n {
				break
			}
			// YAML refuses control characters (Reuters has \x03).
			title, _ := json.Marshal(noControl(r.DisplayTitle()))
			date := "2000-01-01"
			if !r.Date.IsZero() {
				date = r.Date.Time().Format("2006-01-02")
			}
			var b strings.Builder
			fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\n---\n\n%s\n", title, date, noControl(r.Summary))
			if err := os.WriteFile(filepath.Join(dir, "content/records", fmt.Sprintf("r%d.md", i)), []byte(b.String()), 0o644); err != nil {
				return err
			}
			i++
		}
		if i == before {
			return fmt.Errorf("the archive has no records")
		}
	}
	return nil
}

// noControl replaces control characters by spaces.
func noControl(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// diskBaseline times writing 20,000 files of 8 KB into a folder under
// root with two goroutines, and removes them.
func diskBaseline(root string) error {
	dir := filepath.Join(root, "baseline")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	const n = 20000
	data := make([]byte, 8<<10)
	start := time.Now()
	errs := make(chan error, 2)
	for w := range 2 {
		go func() {
			for i := w; i < n; i += 2 {
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.html", i)), data, 0o644); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			return err
		}
	}
	el := time.Since(start)
	fmt.Printf("disk baseline: %d files of 8 KB in %s: %.0f files/s\n", n, el.Round(time.Millisecond), n/el.Seconds())
	return nil
}
