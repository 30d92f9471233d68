package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/labor-annals/annals"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "search", "[-db PATH] [-json] [-limit N] [-offset N] QUERY...")
	dbPath := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print results, total and facets as JSON")
	limit := fs.Int("limit", 20, "show at most `n` results")
	offset := fs.Int("offset", 0, "skip the first `n` results")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: annals search [-db PATH] [-json] [-limit N] [-offset N] QUERY...\n\n")
		fmt.Fprint(e.stderr, queryHelp)
		fmt.Fprintf(e.stderr, "\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	raw := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(raw) == "" {
		return usagef("give words to search for")
	}
	q, err := annals.ParseQuery(raw)
	if err != nil {
		return err
	}
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := db.Search(ctx, q, annals.SearchOptions{Offset: *offset, Limit: *limit, Facets: *asJSON})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Query string `json:"query"`
			*annals.SearchResult
		}{raw, res})
	}
	about := ""
	if !res.TotalExact {
		about = "about "
	}
	fmt.Fprintf(e.stdout, "%s%d %s\n", about, res.Total, plural(res.Total, "match", "matches"))
	color := isTerminal(e.stdout) && e.getenv("NO_COLOR") == ""
	for _, h := range res.Hits {
		r := h.Record
		date := r.Date.String()
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(e.stdout, "%6d  %-10s  %s\n", r.ID, date, fragments(h.Title, color))
		if by := bylineText(r); by != "" {
			fmt.Fprintf(e.stdout, "%6s  %-10s  %s\n", "", "", by)
		}
		if len(h.Summary) > 0 {
			fmt.Fprintf(e.stdout, "%6s  %-10s  %s\n", "", "", fragments(h.Summary, color))
		}
	}
	return nil
}

// queryHelp describes the query language for -h.
const queryHelp = `Words must all appear (in any case, script or spelling variant). Also:
  "exact phrase"   -exclude   a OR b   (grouping)
  title:word  author:"Clara Weiss"  source:word
  topic:SLUG  lang:ru  year:2012  year:1995..2001  date:2011-12
  before:2001-03  after:1999  sort:date  sort:-date  sort:relevance
`

// fragments prints highlighted text: bold on a terminal, [brackets]
// otherwise, so matches stay visible in a pipe.
func fragments(fs []annals.Fragment, color bool) string {
	var b strings.Builder
	for _, f := range fs {
		switch {
		case !f.Match:
			b.WriteString(f.Text)
		case color:
			b.WriteString("\x1b[1m" + f.Text + "\x1b[0m")
		default:
			b.WriteString("[" + f.Text + "]")
		}
	}
	return b.String()
}

func bylineText(r *annals.Record) string {
	by := strings.Join(r.Authors, ", ")
	if r.Source != "" {
		if by != "" {
			by += "; "
		}
		by += r.Source
	}
	return by
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
