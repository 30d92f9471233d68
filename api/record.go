package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labor-annals/annals"
)

// recordJSON is a record as the API shows it: the Record schema of
// openapi.json. Every key is always present; what is unknown is null
// (strings, date) or empty (lists), as in `annals parse` output.
type recordJSON struct {
	ID          int64   `json:"id"`
	Fingerprint string  `json:"fingerprint"`
	Title       *string `json:"title"`
	// DisplayTitle is the title, or the start of the summary for an
	// untitled record: something to show and link.
	DisplayTitle  string           `json:"display_title"`
	Authors       []string         `json:"authors"`
	Source        *string          `json:"source"`
	Date          annals.Date      `json:"date"`
	DatePrecision *string          `json:"date_precision"`
	Summary       *string          `json:"summary"`
	URL           *string          `json:"url"`
	Topics        []string         `json:"topics"`
	Language      *string          `json:"language"`
	Confidence    float64          `json:"confidence"`
	Provenance    []provenanceJSON `json:"provenance"`
	CreatedAt     time.Time        `json:"created_at"`
	UpdatedAt     time.Time        `json:"updated_at"`
	Links         recordLinks      `json:"links"`
}

type provenanceJSON struct {
	ImportID   int64     `json:"import_id"`
	Origin     string    `json:"origin"`
	Document   *string   `json:"document"`
	Line       *int      `json:"line"`
	ImportedAt time.Time `json:"imported_at"`
}

type recordLinks struct {
	// Self is the record in the API; HTML its page on the site.
	Self string `json:"self"`
	HTML string `json:"html"`
}

// recordList is the RecordList schema: one page of records.
type recordList struct {
	Total      int          `json:"total"`
	TotalExact bool         `json:"total_exact"`
	Offset     int          `json:"offset"`
	Limit      int          `json:"limit"`
	Records    []recordJSON `json:"records"`
	Next       *string      `json:"next"`
}

// nullable returns nil for "", so that unknown fields marshal as null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (h *Handler) recordOf(r *annals.Record) recordJSON {
	id := strconv.FormatInt(r.ID, 10)
	out := recordJSON{
		ID: r.ID, Fingerprint: r.Fingerprint, Title: nullable(r.Title), DisplayTitle: r.DisplayTitle(),
		Authors: r.Authors, Source: nullable(r.Source), Date: r.Date,
		Summary: nullable(r.Summary), URL: nullable(r.URL), Topics: r.Topics, Language: nullable(r.Language),
		Confidence: r.Confidence, Provenance: []provenanceJSON{},
		CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC(),
		Links: recordLinks{Self: h.url(Prefix + "/records/" + id), HTML: h.url("/records/" + id)},
	}
	if !r.Date.IsZero() {
		p := r.Date.Precision.String()
		out.DatePrecision = &p
	}
	if out.Authors == nil {
		out.Authors = []string{}
	}
	if out.Topics == nil {
		out.Topics = []string{}
	}
	for _, p := range r.Provenance {
		pj := provenanceJSON{ImportID: p.ImportID, Origin: p.Origin, Document: nullable(p.Document), ImportedAt: p.ImportedAt.UTC()}
		if p.Line > 0 {
			pj.Line = &p.Line
		}
		out.Provenance = append(out.Provenance, pj)
	}
	return out
}

// getRecord serves /api/v1/records/{id}.
func (h *Handler) getRecord(r *http.Request) (any, error) {
	raw := r.PathValue("id")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		// Ids are positive integers; anything else names no record.
		return nil, annals.Errorf(annals.ENOTFOUND, "There is no record %q; record ids are positive whole numbers.", truncate(raw, 40))
	}
	rec, err := h.DB.FindRecordByID(r.Context(), id)
	if err != nil {
		return nil, err
	}
	return h.recordOf(rec), nil
}

// listRecords serves /api/v1/records: the records matching q and the
// filter parameters, one page at a time.
func (h *Handler) listRecords(r *http.Request) (any, error) {
	ctx := r.Context()
	v := r.URL.Query()
	p, err := pageParams(v)
	if err != nil {
		return nil, err
	}
	q, none, err := h.searchQuery(ctx, v)
	if err != nil {
		return nil, err
	}
	out := &recordList{Offset: p.offset, Limit: p.limit, Records: []recordJSON{}, TotalExact: true}
	if none {
		return out, nil
	}
	res, err := h.DB.Search(ctx, q, annals.SearchOptions{Offset: p.offset, Limit: p.limit})
	if err != nil {
		return nil, err
	}
	out.Total, out.TotalExact = res.Total, res.TotalExact
	for _, hit := range res.Hits {
		// Search loads records without their provenance, which only
		// FindRecordByID reads: one more small read per record of the
		// page, so that a record has the same shape everywhere.
		rec, err := h.DB.FindRecordByID(ctx, hit.Record.ID)
		if annals.ErrorCode(err) == annals.ENOTFOUND {
			rec = hit.Record // records are never deleted, but be safe
		} else if err != nil {
			return nil, err
		}
		out.Records = append(out.Records, h.recordOf(rec))
	}
	out.Next = h.nextURL(r, p, len(out.Records) == p.limit, out.Total, maxSearchOffset)
	return out, nil
}
