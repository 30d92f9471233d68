package web

import (
	"net/http"

	"github.com/labor-annals/annals"
)

// statusOf maps domain error codes to HTTP statuses; the only such table.
var statusOf = map[string]int{
	annals.EINVALID:        http.StatusBadRequest,
	annals.ENOTFOUND:       http.StatusNotFound,
	annals.ECONFLICT:       http.StatusConflict,
	annals.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	annals.ENOTIMPLEMENTED: http.StatusNotImplemented,
	annals.EINTERNAL:       http.StatusInternalServerError,
}

// Error renders err as a page with the status its code maps to. Internal
// errors are logged, and users see only the safe message.
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	code := annals.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if code == annals.EINTERNAL {
		if r.Context().Err() != nil {
			// The client went away; nothing to report.
			return
		}
		s.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	}
	s.renderError(w, r, status, annals.ErrorMessage(err))
}

type errorPage struct {
	layoutData
	Status  int
	Heading string
	Message string
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	heading := http.StatusText(status)
	if status == http.StatusNotFound {
		heading = "Not found"
	}
	s.render(w, r, status, "error", &errorPage{
		layoutData: layoutData{SiteName: s.SiteName, Title: heading},
		Status:     status, Heading: heading, Message: msg,
	})
}
