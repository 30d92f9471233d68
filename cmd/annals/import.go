package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fetch"
	"github.com/labor-annals/annals/format/table"
	"github.com/labor-annals/annals/ingest"
	"github.com/labor-annals/annals/store"
)

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "import", "[-db PATH] -topic SLUG [-title T] [-format F] [-map M] [-json] FILE|URL|-...")
	dbPath := dbFlag(fs, e)
	slug := fs.String("topic", "", "`slug` of the topic to file records under (created if missing)")
	title := fs.String("title", "", "`title` of the topic (default: the listing's heading, or the slug)")
	format := fs.String("format", ingest.FormatAuto, "input `format`: "+strings.Join(ingest.Formats, ", "))
	asJSON := fs.Bool("json", false, "print the report as JSON")
	maxSize := fs.Int64("max-size", ingest.DefaultMaxSize, "refuse inputs larger than this many `bytes`")
	verbose := fs.Bool("v", false, "log each step")
	review := fs.Float64("review", 0.6, "list records parsed with less than this `confidence` (0–1) for a person to check")
	minConf := fs.Float64("min-confidence", 0, "reject records parsed with less than this `confidence` (0–1)")
	mapping := fs.String("map", "", "table columns for record fields, e.g. `title=headline,date=published` (CSV, JSON Lines)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching URLs on loopback and private networks (refused by default)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fieldMap, err := table.ParseMap(*mapping)
	if err != nil {
		return usagef("-map: %s", annals.ErrorMessage(err))
	}
	if *slug == "" {
		return usagef("-topic is required")
	} else if err := annals.ValidateSlug(*slug); err != nil {
		return usagef("-topic: %s", annals.ErrorMessage(err))
	}
	if fs.NArg() == 0 {
		return usagef("name at least one FILE, or - for standard input")
	}
	log := newLogger(e, *verbose)
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	db.Logger = log
	in := &ingest.Ingester{Store: db, Logger: log, MaxSize: *maxSize}
	client := &fetch.Client{AllowPrivate: *allowPrivate, MaxBytes: *maxSize, Logger: log}

	var results []annals.ImportResult
	var total annals.ImportResult
	var failed error
	for _, name := range fs.Args() {
		res, parsed, err := importFile(ctx, e, in, client, name, ingest.Options{
			Topic:         annals.Topic{Slug: *slug, Title: *title},
			Format:        *format,
			Map:           fieldMap,
			MinConfidence: *minConf,
		})
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			// One bad file does not stop the others: each is its own
			// transaction. The exit status still says something failed.
			printError(e.stderr, err)
			failed = err
			continue
		}
		results = append(results, res)
		total.Add(res)
		if !*asJSON {
			printResult(e, res)
			printReview(e, name, parsed, *review, *minConf)
		}
	}
	if *title != "" && len(results) > 0 {
		if err := retitle(ctx, db, *slug, *title); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if results == nil {
			results = []annals.ImportResult{}
		}
		if err := enc.Encode(results); err != nil {
			return err
		}
	} else if len(results) > 1 {
		fmt.Fprintf(e.stdout, "total: %d new, %d unchanged, %d merged, %d rejected\n", total.New, total.Unchanged, total.Merged, total.Rejected)
	}
	if failed != nil {
		return errReported
	}
	return nil
}

// errReported is returned when the errors were already printed.
var errReported = &annals.Error{Code: annals.EINVALID, Message: "some inputs were not imported"}

func importFile(ctx context.Context, e *env, in *ingest.Ingester, client *fetch.Client, name string, opts ingest.Options) (annals.ImportResult, *ingest.Parsed, error) {
	var bar *progress
	opts.Progress = func(done, total int) {
		if bar == nil {
			bar = newProgress(e, e.stderr, total, "importing "+name)
		}
		bar.set(done)
	}
	defer func() {
		if bar != nil {
			bar.finish()
		}
	}()
	if name == "-" {
		return in.Import(ctx, name, e.stdin, opts)
	}
	if u, ok := webURL(name); ok {
		resp, err := client.Fetch(ctx, u, fetch.Conditional{})
		if err != nil {
			return annals.ImportResult{Origin: name}, nil, &ingest.InputError{Name: name, Err: err}
		}
		body, err := resp.UTF8()
		if err != nil {
			return annals.ImportResult{Origin: name}, nil, &ingest.InputError{Name: name, Err: err}
		}
		opts.URL = resp.URL.String()
		if opts.Format == "" || opts.Format == ingest.FormatAuto {
			opts.Format = ingest.DetectFetched(body)
		}
		return in.Import(ctx, resp.URL.String(), bytes.NewReader(body), opts)
	}
	f, err := os.Open(name)
	if err != nil {
		return annals.ImportResult{Origin: name}, nil, &ingest.InputError{Name: name, Err: annals.Errorf(annals.EINVALID, "cannot open: %v", unwrapPathError(err))}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return annals.ImportResult{Origin: name}, nil, &ingest.InputError{Name: name, Err: annals.Errorf(annals.EINVALID, "is a directory, not a file")}
	}
	return in.Import(ctx, name, f, opts)
}

// webURL reports whether an argument names an http(s) URL rather than a
// file.
func webURL(arg string) (*url.URL, bool) {
	if !strings.HasPrefix(arg, "http://") && !strings.HasPrefix(arg, "https://") {
		return nil, false
	}
	u, err := url.Parse(arg)
	if err != nil || u.Host == "" {
		return nil, false
	}
	return u, true
}

// printReview lists the records the parser was unsure of, so a person can
// check them against the input instead of trusting them blindly.
func printReview(e *env, name string, p *ingest.Parsed, below, rejectedBelow float64) {
	if p == nil || below <= 0 {
		return
	}
	var lines []string
	for _, r := range p.Records {
		if r.Confidence > 0 && r.Confidence < below && r.Confidence >= rejectedBelow {
			line := 0
			if len(r.Provenance) > 0 {
				line = r.Provenance[0].Line
			}
			lines = append(lines, fmt.Sprintf("  %s:%d: confidence %.2f: %s", name, line, r.Confidence, r.DisplayTitle()))
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(e.stdout, "%s: %d %s to review (parsed with confidence below %.2f; see 'annals parse -explain'):\n",
		name, len(lines), plural(len(lines), "record", "records"), below)
	for _, l := range lines {
		fmt.Fprintln(e.stdout, l)
	}
}

func printResult(e *env, res annals.ImportResult) {
	n := res.New + res.Unchanged + res.Merged + res.Rejected
	if n == 0 {
		fmt.Fprintf(e.stdout, "%s: 0 records (no recognisable entries); nothing imported\n", res.Origin)
		return
	}
	fmt.Fprintf(e.stdout, "%s: %d new, %d unchanged, %d merged, %d rejected\n", res.Origin, res.New, res.Unchanged, res.Merged, res.Rejected)
	if res.IndexMerged {
		fmt.Fprintf(e.stdout, "%s: a large import: the search index was merged after it\n", res.Origin)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(e.stderr, "%s:%d: warning: %s\n", res.Origin, w.Line, w.Reason)
	}
	for _, r := range res.Rejections {
		if r.Title != "" {
			fmt.Fprintf(e.stderr, "%s:%d: rejected %q: %s\n", res.Origin, r.Line, r.Title, r.Reason)
		} else {
			fmt.Fprintf(e.stderr, "%s:%d: rejected: %s\n", res.Origin, r.Line, r.Reason)
		}
	}
}

func retitle(ctx context.Context, db *store.DB, slug, title string) error {
	t, err := db.FindTopicBySlug(ctx, slug)
	if err != nil {
		return err
	}
	if t.Title == title {
		return nil
	}
	t.Title = title
	return db.UpdateTopic(ctx, t)
}
