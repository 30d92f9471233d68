package web

import (
	"bufio"
	"net/http"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/export"
)

// handleExport streams every record, or a topic's (?topic=slug), in one of
// the export formats, as a download.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	format := r.PathValue("format")
	ext := export.Extension(format)
	if ext == "" {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "There is no export format %q; the formats are csv, jsonl, csljson, bibtex and ris.", format))
		return
	}
	name := "annals"
	slug := r.URL.Query().Get("topic")
	if slug != "" {
		t, err := s.DB.FindTopicBySlug(ctx, slug)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		name = t.Slug
	}
	h := w.Header()
	h.Set("Content-Type", export.ContentType(format))
	h.Set("Content-Disposition", `attachment; filename="`+name+ext+`"`)
	h.Set("Cache-Control", "no-cache")
	bw := bufio.NewWriterSize(w, 64<<10)
	// Once the body has started, an error can only cut the download
	// short; the formats end in a way (a closing bracket, ER) that shows
	// a cut file is incomplete.
	if err := export.Write(ctx, bw, format, s.DB.EachRecord(ctx, annals.RecordFilter{Topic: slug})); err != nil {
		s.Logger.Error("export failed", "format", format, "topic", slug, "error", err)
		return
	}
	bw.Flush()
}
