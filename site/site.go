// Package site writes the archive's public web site as static files that
// work from any static host and from file://: every page the web server
// has (home, topics with all their pages and orders, records, authors,
// sources, years) and their Atom feeds, with links rewritten to relative
// file paths, plus a search page that runs in the browser over an index
// written here, and a sitemap.
//
// The pages are the server's: the exporter reads the archive once, sorts
// and groups it in memory as the server's queries would, and renders every
// page with web.Renderer, which builds the page data with the handlers'
// own code and renders the same components, with links written relative
// to the page's file (pageLinks) instead of the server's paths. A test
// checks every page written equals the page served at its address with
// its links rewritten (rewriteHTML, which the few documents rendered
// through the server's handler still go through). A record's entry in
// lists is rendered once for all the lists it is in. One departure: a
// list short enough for one page gets no page per year, as the server
// offers; its year links lead to the year's heading on the page.
//
// The server's search, which needs a server, is replaced by search.html,
// search/*.js and a sharded index whose keys are folded in Go with the
// fold package and whose queries are folded in the browser by a
// line-by-line port of it (assets/fold.js).
//
// site owns no storage and renders no HTML of its own beyond the search
// page's results; it must not change what web serves.
package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/web"
)

// Exporter writes the static site of an archive.
type Exporter struct {
	// DB is the archive.
	DB *store.DB
	// SiteName is shown in headers and titles, as by web.Server.
	SiteName string
	// BaseURL is where the static site will be published, e.g.
	// "https://annals.example.org/archive". It makes canonical links
	// absolute and is required for sitemap.xml, whose addresses must be
	// absolute (sitemaps.org); without it no sitemap is written.
	BaseURL string
	// Workers is how many pages are rendered and written at once; 0 means
	// one per CPU.
	Workers int
	// Logger receives warnings (a link to a missing page); nil discards.
	Logger *slog.Logger
	// Progress, when set, is called now and then with the pages written
	// so far and the pages found (written or waiting).
	Progress func(written, found int)

	// written, when set (by tests), is called with the server's address
	// and the file of each page and feed written.
	written func(url, file string)
}

// Stats describes a finished export.
type Stats struct {
	// Pages is the number of HTML pages written, the search page
	// included; Files counts every file (pages, assets, index, sitemap).
	Pages, Files int
	// Bytes is the total size of the files written.
	Bytes int64
	// Records is the number of records in the search index.
	Records int
	// Sitemap is false when no sitemap was written (no BaseURL).
	Sitemap bool
	// Duration is the wall time of the export.
	Duration time.Duration
}

// Export writes the site into dir, creating it if needed. Files already
// there are overwritten, others are left alone.
func (e *Exporter) Export(ctx context.Context, dir string) (*Stats, error) {
	start := time.Now()
	if e.DB == nil {
		return nil, errors.New("site: no database")
	}
	log := e.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	workers := e.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := &writer{root: dir}
	base := strings.TrimRight(e.BaseURL, "/")
	var sm *sitemap
	if base != "" {
		sm = &sitemap{w: w, base: base}
	}
	srv := &web.Server{DB: e.DB, SiteName: e.SiteName, Logger: slog.New(slog.DiscardHandler)}
	h, err := srv.Handler()
	if err != nil {
		return nil, err
	}
	topics, err := e.DB.FindTopics(ctx)
	if err != nil {
		return nil, err
	}
	lk := newLinker(base)
	rd, err := srv.NewRenderer(lk.host, topics)
	if err != nil {
		return nil, err
	}
	p := &pager{rd: rd, lk: lk, w: w, sitemap: sm, progress: e.Progress, hook: e.written, topics: map[string]*annals.Topic{}}
	for _, t := range topics {
		p.topics[t.Slug] = t
	}

	// Workers write pages while the archive loads: the record pages as
	// their records arrive, then the lists and feeds.
	jobs := make(chan job, 256)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var page bytes.Buffer
			for j := range jobs {
				if errs[i] != nil {
					continue // drain
				}
				if err := p.do(ctx, j, &page); err != nil {
					errs[i] = err
					cancel()
				}
			}
		}()
	}
	var (
		a      *archive
		idx    indexStats
		idxErr error
		idxWG  sync.WaitGroup
	)
	produceErr := func() error {
		defer close(jobs)
		var err error
		a, err = loadArchive(ctx, e.DB, topics, func(r *annals.Record) {
			select {
			case jobs <- p.recordJob(r):
			case <-ctx.Done():
			}
		})
		if err != nil {
			return err
		}
		a.lk = lk
		paged := pagedLists(a)
		lk.paged.Store(&paged)
		// The search index is built from the records in memory beside
		// the pages.
		idxWG.Add(1)
		go func() {
			defer idxWG.Done()
			if idx, idxErr = writeIndex(ctx, a.recs, fold.Default(), w); idxErr != nil {
				cancel()
			}
		}()
		p.found.Add(int64(countPages(a)))
		send := func(j job) bool {
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		}
		if !send(job{url: "/", render: func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer) error {
			return rd.Home(ctx, b, links, a.topics)
		}}) {
			return ctx.Err()
		}
		if !a.lists(send) {
			return ctx.Err()
		}
		return nil
	}()
	wg.Wait()
	idxWG.Wait()
	if err := errors.Join(append(errs, produceErr, idxErr)...); err != nil {
		return nil, err
	}
	if err := writeSearchPage(ctx, h, lk, w); err != nil {
		return nil, err
	}
	if err := writeServed(ctx, h, lk, w, append(rd.StaticPaths(), "/opensearch.xml")); err != nil {
		return nil, err
	}
	if err := writeAssets(w); err != nil {
		return nil, err
	}
	if sm != nil {
		if err := sm.close(); err != nil {
			return nil, err
		}
	}
	if err := w.write("robots.txt", []byte(robots(e.BaseURL, sm != nil))); err != nil {
		return nil, err
	}
	st := &Stats{
		Pages: int(p.pages.Load()) + 1, Files: int(w.files.Load()), Bytes: w.bytes.Load(),
		Records: idx.records, Sitemap: sm != nil, Duration: time.Since(start),
	}
	log.Info("static site written", "dir", dir, "pages", st.Pages, "files", st.Files, "bytes", st.Bytes, "duration", st.Duration)
	return st, nil
}

// robots is the robots.txt of the site.
func robots(base string, sitemap bool) string {
	s := "User-agent: *\nDisallow: /search.html\n"
	if sitemap {
		s += "Sitemap: " + strings.TrimRight(base, "/") + "/sitemap.xml\n"
	}
	return s
}

// writer writes files under root, creating directories once each.
type writer struct {
	root  string
	dirs  sync.Map
	files atomic.Int64
	bytes atomic.Int64
}

// write writes one file; name is slash-separated and relative to root.
func (w *writer) write(name string, data []byte) error {
	p := filepath.Join(w.root, filepath.FromSlash(name))
	d := filepath.Dir(p)
	if _, ok := w.dirs.Load(d); !ok {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return fmt.Errorf("create %s: %w", d, err)
		}
		w.dirs.Store(d, true)
	}
	if err := writeFile(p, data); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	w.files.Add(1)
	w.bytes.Add(int64(len(data)))
	return nil
}
