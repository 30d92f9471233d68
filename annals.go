// Package annals holds the domain of the annals archive: records, topics,
// imports, dates with their precision, and the error codes every layer
// shares. It imports only the standard library; storage, formats, search
// folding and the web live in subpackages, and only cmd/annals wires them.
package annals

import "time"

// Document is what a parser makes of one input: its records, and what the
// input said about itself (a listing page's heading and disclaimer).
type Document struct {
	// Title is the heading of the page or file, when it has one.
	Title string `json:"title,omitempty"`
	// Disclaimer is a notice printed above the entries, when there is one.
	Disclaimer string `json:"disclaimer,omitempty"`
	// Order is the order the entries are printed in, when the dates show
	// one; "" when unknown.
	Order Order `json:"order,omitempty"`
	// Language is the main language of the input (BCP 47), when known.
	Language string `json:"language,omitempty"`
	// Records are the entries, in input order. Each carries its line in
	// Provenance[0] when the input has lines.
	Records []*Record `json:"records"`
}

// Import describes one run of importing one input.
type Import struct {
	// ID is the store's identifier, set when the import is saved.
	ID int64 `json:"id,omitempty"`
	// Topic is the topic the records are filed under. The store creates it
	// when it does not exist, and fills its empty fields from this value.
	Topic Topic `json:"topic"`
	// Origin is the file name or URL that was imported.
	Origin string `json:"origin"`
	// Format is the input format that was detected or asked for.
	Format string `json:"format"`
	// Document is the input's own title, when it has one.
	Document string `json:"document,omitempty"`
	// StartedAt is when the import began.
	StartedAt time.Time `json:"started_at,omitzero"`
}

// ImportResult reports what an import did with each record it was given.
type ImportResult struct {
	// ImportID identifies the import run.
	ImportID int64 `json:"import_id"`
	// Origin is the input that was imported.
	Origin string `json:"origin"`
	// New counts records the archive did not have.
	New int `json:"new"`
	// Unchanged counts records the archive already had as given.
	Unchanged int `json:"unchanged"`
	// Merged counts records the archive had, to which this import added a
	// field, a topic or a provenance.
	Merged int `json:"merged"`
	// Rejected counts records that failed validation; Rejections says why.
	Rejected int `json:"rejected"`
	// Rejections lists each rejected record with its reason.
	Rejections []Rejection `json:"rejections,omitempty"`
	// Warnings are notes on records that were imported (an undefined
	// BibTeX @string kept as text, a missing RIS end tag).
	Warnings []Rejection `json:"warnings,omitempty"`
	// IndexMerged is set when the import was large enough for the store
	// to merge the search index after it.
	IndexMerged bool `json:"index_merged,omitempty"`
}

// Problem is a format reader's note on one entry of an input: an entry it
// left out, or something worth a look in one it kept. Every reader of a
// structured format (BibTeX, RIS, CSL-JSON, feeds) reports them alike.
type Problem struct {
	// Line is the 1-based line the entry or fault is on; zero when the
	// format has no lines (JSON feeds) or the line is not known.
	Line int `json:"line"`
	// Msg says what is wrong.
	Msg string `json:"msg"`
	// Skipped is true when the entry was left out; false for a warning
	// about an entry that was kept.
	Skipped bool `json:"skipped,omitempty"`
}

// Rejection is one record an import refused, and why.
type Rejection struct {
	// Line is the record's line in the input, when known.
	Line int `json:"line,omitempty"`
	// Title is the record's title, to help find it.
	Title string `json:"title,omitempty"`
	// Reason is the validation message.
	Reason string `json:"reason"`
}

// Add adds o's counts and rejections to r.
func (r *ImportResult) Add(o ImportResult) {
	r.New += o.New
	r.Unchanged += o.Unchanged
	r.Merged += o.Merged
	r.Rejected += o.Rejected
	r.Rejections = append(r.Rejections, o.Rejections...)
	r.Warnings = append(r.Warnings, o.Warnings...)
}
