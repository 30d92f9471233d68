// Package httpstatus maps the domain's error codes (annals.E*) to HTTP
// statuses. The web pages and the JSON API both answer errors; one table
// keeps them from answering the same error with different statuses.
package httpstatus

import (
	"net/http"

	"github.com/labor-annals/annals"
)

var statusOf = map[string]int{
	annals.EINVALID:        http.StatusBadRequest,
	annals.ENOTFOUND:       http.StatusNotFound,
	annals.ECONFLICT:       http.StatusConflict,
	annals.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	annals.ENOTIMPLEMENTED: http.StatusNotImplemented,
	annals.EINTERNAL:       http.StatusInternalServerError,
}

// Of returns the status of a domain error code, and false for a code the
// domain does not define.
func Of(code string) (int, bool) {
	s, ok := statusOf[code]
	return s, ok
}
