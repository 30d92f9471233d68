package web

import (
	"net/http"

	"github.com/labor-annals/annals"
)

// handleSourceView lists the records of one source (a publication), by
// exact name, like an author page.
func (s *Server) handleSourceView(w http.ResponseWriter, r *http.Request) {
	s.handlePerson(w, r, "source", SourcePath, func(name string) annals.RecordFilter { return annals.RecordFilter{Source: name} })
}
