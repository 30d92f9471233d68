// Package ingest turns inputs (files, pasted text) into records in the
// archive: it bounds and reads each input, detects its format, hands it to
// the format's parser, normalizes the text, and saves the records of one
// input in one transaction. It reports what happened to every record; it
// never writes half an input.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/bibtex"
	"github.com/labor-annals/annals/format/csljson"
	"github.com/labor-annals/annals/format/feed"
	"github.com/labor-annals/annals/format/htmllist"
	"github.com/labor-annals/annals/format/htmlpage"
	"github.com/labor-annals/annals/format/listing"
	"github.com/labor-annals/annals/format/ris"
	"github.com/labor-annals/annals/format/table"
)

// DefaultMaxSize bounds one input. A pasted listing is kilobytes; anything
// this large is a mistake or an attack, and is refused before parsing.
const DefaultMaxSize = 64 << 20

// Formats the ingester knows. FormatAuto detects the format from content.
const (
	FormatAuto    = "auto"
	FormatListing = "listing"
	FormatBibTeX  = "bibtex"
	FormatRIS     = "ris"
	FormatCSLJSON = "csljson"
	FormatCSV     = "csv"
	FormatJSONL   = "jsonl"
	FormatFeed    = "feed"
	FormatArticle = "article"
)

// Formats lists the names accepted as a format, for help texts.
var Formats = []string{FormatAuto, FormatListing, FormatFeed, FormatArticle, FormatBibTeX, FormatRIS, FormatCSLJSON, FormatCSV, FormatJSONL}

// ParseOptions say how to read one input.
type ParseOptions struct {
	// Format is the input format, or FormatAuto to detect it.
	Format string
	// Map maps record fields to the columns or keys of a table (CSV,
	// JSON Lines), as parsed by table.ParseMap; unmapped fields are
	// guessed from common column names.
	Map map[string]string
	// URL is the address the input was fetched from, when it was; it
	// resolves an article page's relative links.
	URL string
}

// saver stores one input's records in one transaction; *store.DB is one.
type saver interface {
	ImportRecords(ctx context.Context, imp *annals.Import, recs []*annals.Record, progress func(done int)) (annals.ImportResult, error)
}

// Ingester parses inputs and saves their records.
type Ingester struct {
	// Store receives the records; required by Import, unused by Parse.
	Store saver
	// Logger receives one message per input.
	Logger *slog.Logger
	// MaxSize bounds each input in bytes; DefaultMaxSize when zero.
	MaxSize int64
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
}

// Parsed is one input, parsed.
type Parsed struct {
	// Format is the format the input was read as.
	Format string
	// Document holds the records and what the input said about itself.
	annals.Document
	// Layout explains, for free-text formats, the structure the parser
	// inferred.
	Layout string
	// Problems are entries the parser could not read, with their lines;
	// an import reports them as rejected.
	Problems []annals.Rejection
	// Warnings are things worth a look in entries that were read.
	Warnings []annals.Rejection
}

// addProblems files a reader's notes as problems or warnings.
func (p *Parsed) addProblems(ps []annals.Problem) {
	for _, pr := range ps {
		p.addProblem(pr.Line, pr.Msg, pr.Skipped)
	}
}

// addProblem files a parser's note as a problem (the entry was left out)
// or a warning.
func (p *Parsed) addProblem(line int, msg string, skipped bool) {
	r := annals.Rejection{Line: line, Reason: msg}
	if skipped {
		p.Problems = append(p.Problems, r)
	} else {
		p.Warnings = append(p.Warnings, r)
	}
}

// InputError is an error in one input, positioned when the format has
// lines. Its Error method prints "name:line: message", the form editors and
// terminals link to.
type InputError struct {
	// Name is the input's name (a file name or "-").
	Name string
	// Line is 1-based; zero when the error is about the whole input.
	Line int
	// Err is the underlying error.
	Err error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, message(e.Err))
	}
	return fmt.Sprintf("%s: %s", e.Name, message(e.Err))
}

func (e *InputError) Unwrap() error { return e.Err }

// message is the user-facing text of err: the domain message for annals
// errors, the error text otherwise.
func message(err error) string {
	var ae *annals.Error
	if errors.As(err, &ae) {
		return ae.Message
	}
	return err.Error()
}

func (in *Ingester) maxSize() int64 {
	if in.MaxSize > 0 {
		return in.MaxSize
	}
	return DefaultMaxSize
}

// ReadInput reads all of r, refusing inputs over the size limit without
// reading more than one byte past it.
func (in *Ingester) ReadInput(name string, r io.Reader) ([]byte, error) {
	limit := in.maxSize()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &InputError{Name: name, Err: fmt.Errorf("read: %w", err)}
	}
	if int64(len(data)) > limit {
		return nil, &InputError{Name: name, Err: annals.Errorf(annals.ETOOLARGE,
			"input is larger than the %s limit; split it, or raise the limit with -max-size", formatBytes(limit))}
	}
	return data, nil
}

// Parse reads and parses one input without saving it.
func (in *Ingester) Parse(ctx context.Context, name string, r io.Reader, opts ParseOptions) (*Parsed, error) {
	data, err := in.ReadInput(name, r)
	if err != nil {
		return nil, err
	}
	return in.ParseBytes(ctx, name, data, opts)
}

// ParseBytes parses one input that is already in memory. Gzip-compressed
// input is decompressed first, within the same size limit.
func (in *Ingester) ParseBytes(ctx context.Context, name string, data []byte, opts ParseOptions) (*Parsed, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		var err error
		if data, err = table.Gunzip(data, in.maxSize()); err != nil {
			if annals.ErrorCode(err) == annals.ETOOLARGE {
				err = annals.Errorf(annals.ETOOLARGE, "input is larger than the %s limit once decompressed; split it, or raise the limit with -max-size", formatBytes(in.maxSize()))
			}
			return nil, &InputError{Name: name, Err: err}
		}
	}
	format := opts.Format
	if format == "" || format == FormatAuto {
		format = Detect(data)
	}
	var p *Parsed
	switch format {
	case FormatListing:
		if looksLikeHTML(data) {
			// A saved or pasted HTML page. Its repeating item blocks in
			// the DOM find the items surely; its text lines, read as a
			// pasted listing, give their fields better (bylines, sources
			// and teasers in whatever elements the site uses). Where the
			// text finds the items the blocks do, its records are taken,
			// with the blocks' links for those it has none.
			blocks, err := htmllist.Parse(data, htmllist.Options{Origin: name, URL: opts.URL})
			if err == nil && len(blocks.Records) >= 3 {
				text, err := listing.Parse(data, listing.Options{Origin: name, Now: in.clock()})
				if err == nil && sameItems(text.Records, blocks.Records) {
					addLinks(text.Records, blocks.Records)
					p = &Parsed{Format: format, Document: text.Document, Layout: text.Layout.Explain()}
				} else {
					p = &Parsed{Format: format, Document: blocks.Document, Layout: "HTML item blocks: " + blocks.Blocks}
				}
				break
			}
		}
		// Dates printed without their year are the current year's, as
		// sites print them: the clock says which.
		res, err := listing.Parse(data, listing.Options{Origin: name, Now: in.clock()})
		if err != nil {
			var se *listing.SyntaxError
			if errors.As(err, &se) {
				return nil, &InputError{Name: name, Line: se.Line, Err: annals.Errorf(annals.EINVALID, "%s", se.Msg)}
			}
			return nil, &InputError{Name: name, Err: err}
		}
		p = &Parsed{Format: format, Document: res.Document, Layout: res.Layout.Explain()}
	case FormatFeed:
		res, err := feed.Parse(data, feed.Options{Origin: name})
		if err != nil {
			return nil, syntaxError(name, err)
		}
		p = &Parsed{Format: format, Document: res.Document}
		p.addProblems(res.Problems)
	case FormatArticle:
		res, err := htmlpage.Parse(data, htmlpage.Options{Origin: name, URL: opts.URL})
		if err != nil {
			return nil, syntaxError(name, err)
		}
		p = &Parsed{Format: format, Document: res.Document}
	case FormatBibTeX:
		res, err := bibtex.Parse(data, bibtex.Options{Origin: name})
		if err != nil {
			return nil, syntaxError(name, err)
		}
		p = &Parsed{Format: format, Document: res.Document}
		p.addProblems(res.Problems)
	case FormatRIS:
		res, err := ris.Parse(data, ris.Options{Origin: name})
		if err != nil {
			return nil, syntaxError(name, err)
		}
		p = &Parsed{Format: format, Document: res.Document}
		p.addProblems(res.Problems)
	case FormatCSLJSON:
		res, err := csljson.Parse(data, csljson.Options{Origin: name})
		if err != nil {
			return nil, syntaxError(name, err)
		}
		p = &Parsed{Format: format, Document: res.Document}
		p.addProblems(res.Problems)
	case FormatCSV, FormatJSONL:
		parse := table.ParseCSV
		if format == FormatJSONL {
			parse = table.ParseJSONL
		}
		res, err := parse(data, table.Options{Origin: name, Map: opts.Map})
		if err != nil {
			// Text that only looked like a table when sniffed ("Title, by
			// Author (1905)" a line) is read as the listing it is, unless
			// the user asked for a table.
			if format == FormatCSV && (opts.Format == "" || opts.Format == FormatAuto) && len(opts.Map) == 0 {
				fallback := opts
				fallback.Format = FormatListing
				if lp, lerr := in.ParseBytes(ctx, name, data, fallback); lerr == nil && len(lp.Records) > 0 {
					return lp, nil
				}
			}
			return nil, syntaxError(name, err)
		}
		p = &Parsed{Format: format, Document: res.Document}
		for _, pr := range res.Problems {
			// A table row that could not be read is left out.
			p.addProblem(pr.Line, pr.Msg, true)
		}
	default:
		return nil, &InputError{Name: name, Err: annals.Errorf(annals.EINVALID, "format %q is not known; use one of %s", format, strings.Join(Formats, ", "))}
	}
	for _, r := range p.Records {
		normalize(r)
	}
	return p, nil
}

// Detect names the format of data from its content, not its name: files
// lie about their extensions. Structured formats are tried first; text
// that none of them claims is a listing, and so is HTML: a saved topic
// page carries article metadata too, so reading one page as one article
// is asked for explicitly (-format article) or implied by fetching a URL
// (see DetectFetched).
func Detect(data []byte) string {
	switch {
	case feed.Sniff(data):
		// Before CSL-JSON: a JSON Feed is JSON too.
		return FormatFeed
	case csljson.Sniff(data):
		return FormatCSLJSON
	case bibtex.Sniff(data):
		return FormatBibTeX
	case ris.Sniff(data):
		return FormatRIS
	case table.SniffJSONL(data):
		return FormatJSONL
	case table.SniffCSV(data):
		return FormatCSV
	}
	return FormatListing
}

// looksLikeHTML reports whether data is markup with links, for trying the
// DOM reader before the text reader.
func looksLikeHTML(data []byte) bool {
	head := data[:min(len(data), 64<<10)]
	return bytes.Contains(bytes.ToLower(head), []byte("<a ")) && bytes.Contains(head, []byte("</"))
}

// DetectFetched names the format of a fetched document: like Detect, but a
// whole HTML document with article metadata is an article, since a URL
// someone imports is most often one article.
func DetectFetched(data []byte) string {
	if f := Detect(data); f != FormatListing {
		return f
	}
	if htmlpage.Sniff(data) {
		return FormatArticle
	}
	return FormatListing
}

// syntaxError turns a format package's positioned error into an InputError
// that prints as "name:line: message".
func syntaxError(name string, err error) error {
	line, msg := 0, err.Error()
	// Every reader's *SyntaxError says where its input stopped being that
	// format; the message goes out without the package's prefix, under
	// the input's name.
	var se interface {
		error
		Position() (line int, msg string)
	}
	if errors.As(err, &se) {
		line, msg = se.Position()
	}
	return &InputError{Name: name, Line: line, Err: annals.Errorf(annals.EINVALID, "%s", msg)}
}

// Options say where an import's records go.
type Options struct {
	// Topic is the topic the records are filed under; created when missing.
	Topic annals.Topic
	// Format is the input format, or FormatAuto.
	Format string
	// Map maps record fields to table columns; see ParseOptions.
	Map map[string]string
	// URL is the address the input was fetched from; see ParseOptions.
	URL string
	// Progress, when not nil, is told how many of total records are saved.
	Progress func(done, total int)
	// MinConfidence rejects records the parser is less sure of than
	// this (0 to 1); zero saves everything.
	MinConfidence float64
}

// clock is the current time: Now's, else time.Now's.
func (in *Ingester) clock() time.Time {
	if in.Now != nil {
		return in.Now()
	}
	return time.Now()
}

// Import parses one input and saves its records in one transaction. An input
// with no records leaves the archive untouched and reports zero counts.
func (in *Ingester) Import(ctx context.Context, name string, r io.Reader, opts Options) (annals.ImportResult, *Parsed, error) {
	res := annals.ImportResult{Origin: name}
	p, err := in.Parse(ctx, name, r, ParseOptions{Format: opts.Format, Map: opts.Map, URL: opts.URL})
	if err != nil {
		return res, nil, err
	}
	if len(p.Records) == 0 {
		in.logger().Info("input has no records", "origin", name, "format", p.Format)
		res.Rejected, res.Rejections = len(p.Problems), p.Problems
		return res, p, nil
	}
	topic := opts.Topic
	if topic.Title == "" {
		topic.Title = p.Title
	}
	if topic.Disclaimer == "" {
		topic.Disclaimer = p.Disclaimer
	}
	if topic.Order == "" {
		topic.Order = p.Order
	}
	for _, rec := range p.Records {
		for i := range rec.Provenance {
			rec.Provenance[i].Origin = name
		}
	}
	now := in.clock
	imp := &annals.Import{Topic: topic, Origin: name, Format: p.Format, Document: p.Title, StartedAt: now().UTC()}
	var progress func(int)
	if opts.Progress != nil {
		total := len(p.Records)
		progress = func(done int) { opts.Progress(done, total) }
	}
	keep, refused := p.Records, []annals.Rejection(nil)
	if opts.MinConfidence > 0 {
		keep = nil
		for _, rec := range p.Records {
			if rec.Confidence > 0 && rec.Confidence < opts.MinConfidence {
				refused = append(refused, annals.Rejection{Line: line(rec), Title: rec.DisplayTitle(),
					Reason: fmt.Sprintf("confidence %.2f is below %.2f", rec.Confidence, opts.MinConfidence)})
				continue
			}
			keep = append(keep, rec)
		}
	}
	res, err = in.Store.ImportRecords(ctx, imp, keep, progress)
	if err != nil {
		return res, p, &InputError{Name: name, Err: err}
	}
	refused = append(p.Problems, refused...)
	res.Rejected += len(refused)
	res.Rejections = append(refused, res.Rejections...)
	res.Warnings = p.Warnings
	in.logger().Info("input imported", "origin", name, "format", p.Format,
		"new", res.New, "unchanged", res.Unchanged, "merged", res.Merged, "rejected", res.Rejected)
	return res, p, nil
}

// line is the input line a record starts on, or 0.
func line(r *annals.Record) int {
	if len(r.Provenance) > 0 {
		return r.Provenance[0].Line
	}
	return 0
}

func (in *Ingester) logger() *slog.Logger {
	if in.Logger != nil {
		return in.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// normalize puts every text field of r in NFC with collapsed whitespace, so
// that fingerprints and folding see one spelling of each character.
func normalize(r *annals.Record) {
	r.Title = cleanText(r.Title)
	r.Source = cleanText(r.Source)
	r.Summary = cleanText(r.Summary)
	r.URL = strings.TrimSpace(r.URL)
	authors := r.Authors[:0:0]
	for _, a := range r.Authors {
		if a = cleanText(a); a != "" {
			authors = append(authors, a)
		}
	}
	r.Authors = authors
	for i, t := range r.Topics {
		r.Topics[i] = strings.TrimSpace(t)
	}
}

func cleanText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// sameItems reports whether records read from a page's text find the
// items its HTML blocks hold: most of the blocks' titles are among
// theirs, and they make not many more entries than there are blocks.
func sameItems(text, blocks []*annals.Record) bool {
	if len(text) < 3 || len(text) > 2*len(blocks) {
		return false
	}
	titles := make(map[string]bool, len(text))
	for _, r := range text {
		titles[strings.ToLower(r.Title)] = true
	}
	found := 0
	for _, r := range blocks {
		if titles[strings.ToLower(r.Title)] {
			found++
		}
	}
	return found*10 >= len(blocks)*7
}

// addLinks gives records without a link the link of the block with the
// same title: the blocks resolve addresses against the page's own.
func addLinks(text, blocks []*annals.Record) {
	links := make(map[string]string, len(blocks))
	for _, r := range blocks {
		if r.URL != "" {
			links[strings.ToLower(r.Title)] = r.URL
		}
	}
	for _, r := range text {
		if r.URL == "" {
			r.URL = links[strings.ToLower(r.Title)]
		}
	}
}
