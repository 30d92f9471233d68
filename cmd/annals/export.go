package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/export"
	"github.com/labor-annals/annals/site"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "[-db PATH] -format F [-topic SLUG] [-q QUERY] [-o FILE|-]\n       annals export [-db PATH] -format site [-base-url URL] -o DIR")
	dbPath := dbFlag(fs, e)
	formats := strings.Join(append(slices.Clone(export.Formats), "site"), ", ")
	format := fs.String("format", "", "output `format`: "+formats+" (site: the whole public site as static files)")
	topic := fs.String("topic", "", "export only this topic (`slug`)")
	query := fs.String("q", "", "export only the records matching this `query` (the search language; sort and paging are ignored)")
	output := fs.String("o", "-", "write to this `file` (- for standard output); for -format site, the folder")
	baseURL := fs.String("base-url", "", "with -format site: the `URL` the site will be published at, for canonical links and sitemap.xml (no sitemap without it)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format == "" {
		return usagef("-format is required: one of %s", formats)
	}
	if *format == "site" {
		return exportSite(ctx, e, *dbPath, *output, *baseURL, *topic)
	}
	if *baseURL != "" {
		return usagef("-base-url is for -format site")
	}
	var q *annals.Query
	if *query != "" {
		var err error
		if q, err = annals.ParseQuery(*query); err != nil {
			return err
		}
		if *topic != "" {
			if len(q.Topics) > 0 {
				// Several topics in a query mean any of them.
				return usagef("give the topic in -q or in -topic, not both")
			}
			q.Topics = []string{*topic}
		}
	}
	if export.ContentType(*format) == "application/octet-stream" {
		return usagef("-format %q is not one of %s", *format, formats)
	}
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *topic != "" {
		if _, err := db.FindTopicBySlug(ctx, *topic); err != nil {
			return err
		}
	}
	var w io.Writer = e.stdout
	var f *os.File
	if *output != "-" {
		// Write beside the target and rename at the end, so a failed
		// export never leaves half a file under the real name.
		f, err = os.CreateTemp(dirOf(*output), ".annals-export-*")
		if err != nil {
			return fmt.Errorf("create %s: %w", *output, err)
		}
		defer os.Remove(f.Name())
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	recs := db.EachRecord(ctx, annals.RecordFilter{Topic: *topic})
	if q != nil {
		recs = db.EachMatch(ctx, q)
	}
	if err := export.Write(ctx, bw, *format, recs); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", *output, err)
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", *output, err)
		}
		if err := os.Rename(f.Name(), *output); err != nil {
			return fmt.Errorf("write %s: %w", *output, err)
		}
	}
	return nil
}

// exportSite writes the static site into the folder dir.
func exportSite(ctx context.Context, e *env, dbPath, dir, baseURL, topic string) error {
	if dir == "-" || dir == "" {
		return usagef("-format site writes a folder: give it with -o DIR")
	}
	if topic != "" {
		return usagef("-format site exports the whole site; -topic is for the record formats")
	}
	if baseURL != "" {
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usagef("-base-url %q is not an http(s) URL", baseURL)
		}
	}
	db, err := e.openDB(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	x := &site.Exporter{DB: db, BaseURL: baseURL}
	var bar *progressbar.ProgressBar
	if isTerminal(e.stderr) {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("writing pages"),
			progressbar.OptionShowCount(),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100_000_000),
		)
		x.Progress = func(written, found int) {
			bar.Describe(fmt.Sprintf("writing pages (%d found)", found))
			bar.Set(written)
		}
	}
	st, err := x.Export(ctx, dir)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "%d pages, %d files, %.1f MB in %s (%.0f pages/s); search index of %d records\n",
		st.Pages, st.Files, float64(st.Bytes)/1e6, st.Duration.Round(time.Millisecond), float64(st.Pages)/st.Duration.Seconds(), st.Records)
	if !st.Sitemap {
		fmt.Fprintln(e.stderr, "no sitemap.xml: its addresses must be absolute; give -base-url to write one")
	}
	return nil
}

func dirOf(path string) string {
	if i := strings.LastIndexByte(path, os.PathSeparator); i >= 0 {
		return path[:i+1]
	}
	return "."
}
