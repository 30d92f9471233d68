package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/httpstatus"
)

// Error renders err as a page with the status its code maps to. Internal
// errors are logged, and users see only the safe message.
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	code := annals.ErrorCode(err)
	status, ok := httpstatus.Of(code)
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
	// Guess is a search built from the words of a missing page's address.
	Guess string
	// Topics are offered on a page that was not found.
	Topics []*annals.Topic
}

func (s *Server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	heading := http.StatusText(status)
	switch status {
	case http.StatusNotFound:
		heading = "Not found"
	case http.StatusBadRequest:
		heading = "That address has a mistake"
	case http.StatusInternalServerError:
		heading = "Something went wrong on our side"
	}
	data := &errorPage{layoutData: s.layout(heading, ""), Status: status, Heading: heading, Message: msg}
	data.NoIndex = true
	if status == http.StatusNotFound {
		data.Guess = guessQuery(r.URL.Path)
		data.Query = data.Guess
		// Listing the topics is one cached read; a failure only leaves
		// them out of the page.
		data.Topics, _ = s.topics(r.Context())
	}
	s.render(w, r, status, errorView(data))
}

// guessQuery turns the last part of a path into words to search for:
// "/topics/kazakstan-strikes" gives "kazakstan strikes".
func guessQuery(p string) string {
	p = strings.Trim(p, "/")
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		p = p[i+1:]
	}
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	p = strings.Map(func(c rune) rune {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return c
		}
		return ' '
	}, p)
	w := strings.Fields(p)
	if len(w) == 0 || len(w) > 8 {
		return ""
	}
	for _, x := range w {
		if _, err := strconv.Atoi(x); err != nil {
			return strings.Join(w, " ")
		}
	}
	return "" // numbers alone make a poor search
}
