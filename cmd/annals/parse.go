package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/table"
	"github.com/labor-annals/annals/ingest"
)

// parsedRecord is the JSON Lines contract of 'annals parse'. Evaluation
// tools read it: keys are only ever added, never renamed or removed.
type parsedRecord struct {
	Title      *string     `json:"title"`
	Authors    []string    `json:"authors"`
	Source     *string     `json:"source"`
	Date       annals.Date `json:"date"`
	Summary    *string     `json:"summary"`
	URL        *string     `json:"url"`
	Language   *string     `json:"language"`
	Confidence float64     `json:"confidence"`
	Origin     string      `json:"origin"`
	Line       int         `json:"line,omitempty"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func toParsed(r *annals.Record, origin string) parsedRecord {
	p := parsedRecord{
		Title: nullable(r.Title), Authors: r.Authors, Source: nullable(r.Source), Date: r.Date,
		Summary: nullable(r.Summary), URL: nullable(r.URL), Language: nullable(r.Language),
		Confidence: math.Round(r.Confidence*100) / 100, Origin: origin,
	}
	if p.Authors == nil {
		p.Authors = []string{}
	}
	if len(r.Provenance) > 0 {
		p.Line = r.Provenance[0].Line
	}
	return p
}

func runParse(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "parse", "[-format auto|listing] [-explain] FILE...|-")
	format := fs.String("format", ingest.FormatAuto, "input `format`: "+strings.Join(ingest.Formats, ", "))
	explain := fs.Bool("explain", false, "describe the layout the parser inferred, instead of printing JSON")
	maxSize := fs.Int64("max-size", ingest.DefaultMaxSize, "refuse inputs larger than this many `bytes`")
	mapping := fs.String("map", "", "table columns for record fields, e.g. `title=headline,date=published` (CSV, JSON Lines)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fieldMap, err := table.ParseMap(*mapping)
	if err != nil {
		return usagef("-map: %s", annals.ErrorMessage(err))
	}
	if fs.NArg() == 0 {
		return usagef("name at least one FILE, or - for standard input")
	}
	in := &ingest.Ingester{MaxSize: *maxSize}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, name := range fs.Args() {
		p, err := parseInput(ctx, e, in, name, ingest.ParseOptions{Format: *format, Map: fieldMap})
		if err != nil {
			return err
		}
		if *explain {
			writeExplanation(out, name, p)
			continue
		}
		for _, r := range p.Records {
			if err := enc.Encode(toParsed(r, name)); err != nil {
				return fmt.Errorf("write record: %w", err)
			}
		}
	}
	return out.Flush()
}

// parseInput parses the file name, or standard input for "-".
func parseInput(ctx context.Context, e *env, in *ingest.Ingester, name string, opts ingest.ParseOptions) (*ingest.Parsed, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, &ingest.InputError{Name: name, Err: annals.Errorf(annals.EINVALID, "cannot open: %v", unwrapPathError(err))}
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, &ingest.InputError{Name: name, Err: annals.Errorf(annals.EINVALID, "is a directory, not a file")}
		}
		r = f
	}
	return in.Parse(ctx, name, r, opts)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// writeExplanation prints what the parser made of one input, for a person.
func writeExplanation(w io.Writer, name string, p *ingest.Parsed) {
	fmt.Fprintf(w, "%s: %s, %d records\n", name, p.Format, len(p.Records))
	if p.Layout != "" {
		for _, l := range strings.Split(p.Layout, "\n") {
			fmt.Fprintf(w, "  layout: %s\n", l)
		}
	}
	if p.Title != "" {
		fmt.Fprintf(w, "  heading: %s\n", p.Title)
	}
	if p.Disclaimer != "" {
		fmt.Fprintf(w, "  disclaimer: %s\n", p.Disclaimer)
	}
	for _, r := range p.Records {
		line := 0
		if len(r.Provenance) > 0 {
			line = r.Provenance[0].Line
		}
		date := r.Date.String()
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(w, "  line %d  %.2f  %-10s  %s\n", line, r.Confidence, date, r.DisplayTitle())
	}
}
