// Package site writes the archive's public web site as static files that
// work from any static host and from file://: every page the web server
// has (home, topics with all their pages and orders, records, authors,
// sources, years, and whatever else the pages link to), with links
// rewritten to relative file paths, plus a search page that runs in the
// browser over an index written here, and a sitemap.
//
// The pages are not rendered a second time: the exporter calls the real
// web.Server handler in-process for each address, starting from "/" and
// following every internal link breadth-first, so the static site is
// exactly the served one. The server's search, which needs a server, is
// replaced by search.html, search/*.js and a sharded index whose keys are
// folded in Go with the fold package and whose queries are folded in the
// browser by a line-by-line port of it (assets/fold.js).
//
// site owns no storage and renders no HTML of its own beyond the search
// page's results; it must not change what web serves.
package site

import (
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
}

// Stats describes a finished export.
type Stats struct {
	// Pages is the number of HTML pages written, the search page
	// included; Files counts every file (pages, assets, index, sitemap).
	Pages, Files int
	// Bytes is the total size of the files written.
	Bytes int64
	// Broken counts addresses that pages link to but the server did not
	// serve (each is logged); a correct site has none.
	Broken int
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
	srv := &web.Server{DB: e.DB, SiteName: e.SiteName, Logger: slog.New(slog.DiscardHandler)}
	h, err := srv.Handler()
	if err != nil {
		return nil, err
	}
	workers := e.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := &writer{root: dir}
	var sm *sitemap
	if e.BaseURL != "" {
		sm = &sitemap{w: w, base: strings.TrimRight(e.BaseURL, "/")}
	}
	c := newCrawler(h, w, log, strings.TrimRight(e.BaseURL, "/"), sm, e.Progress)

	// The search index is built beside the crawl: it reads the records
	// in id order while the crawler renders pages.
	var (
		wg       sync.WaitGroup
		idxStats indexStats
		idxErr   error
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		idxStats, idxErr = writeIndex(ctx, e.DB, fold.Default(), w)
		if idxErr != nil {
			cancel()
		}
	}()
	crawlErr := c.run(ctx, workers)
	if crawlErr != nil {
		cancel()
	}
	wg.Wait()
	if err := errors.Join(crawlErr, idxErr); err != nil {
		return nil, err
	}
	if err := writeSearchPage(ctx, h, c); err != nil {
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
		Pages: int(c.pages.Load()) + 1, Files: int(w.files.Load()), Bytes: w.bytes.Load(),
		Broken: int(c.broken.Load()), Records: idxStats.records, Sitemap: sm != nil,
		Duration: time.Since(start),
	}
	log.Info("static site written", "dir", dir, "pages", st.Pages, "files", st.Files, "bytes", st.Bytes, "broken", st.Broken, "duration", st.Duration)
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
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	w.files.Add(1)
	w.bytes.Add(int64(len(data)))
	return nil
}
