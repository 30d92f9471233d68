// Package api serves the archive as a public, read-only JSON API under
// /api/v1: records (searched with the query language of package annals),
// topics, authors, sources and facets, with an OpenAPI 3.1 document that
// describes every route. It reads through *store.DB and never writes; it
// does not render HTML (package web does) and holds no state of its own
// beyond what it derives once from its configuration.
package api

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/httpstatus"
	"github.com/labor-annals/annals/store"
)

// Prefix is the path every route of the API starts with.
const Prefix = "/api/v1"

// Handler serves the JSON API. Mount it at Prefix + "/" of a server; the
// zero value is not usable, DB is required.
type Handler struct {
	// DB is the archive read from.
	DB *store.DB
	// BaseURL is the public address of the site, e.g.
	// "https://annals.example.org", used to make links absolute; ""
	// leaves them as paths relative to the host ("/api/v1/records/1").
	BaseURL string
	// Logger receives internal errors; nil discards them.
	Logger *slog.Logger

	once sync.Once
	mux  *http.ServeMux
	spec []byte // the OpenAPI document as served
	// salt goes into every ETag with the change stamp, so that a new
	// version of the API (a changed document) or another base URL does
	// not revalidate responses cached from the old one.
	salt string
}

// route is one entry of the route table: a ServeMux pattern without its
// method (every route answers GET and HEAD) and the function that computes
// the response body.
type route struct {
	pattern string
	handle  func(h *Handler, r *http.Request) (any, error)
}

// routes is the one route table of the API. The OpenAPI document lists
// exactly these paths; a test checks that.
var routes = []route{
	{Prefix + "/records", (*Handler).listRecords},
	{Prefix + "/records/{id}", (*Handler).getRecord},
	{Prefix + "/topics", (*Handler).listTopics},
	{Prefix + "/topics/{slug}", (*Handler).getTopic},
	{Prefix + "/authors", (*Handler).listAuthors},
	{Prefix + "/sources", (*Handler).listSources},
	{Prefix + "/facets", (*Handler).getFacets},
	{Prefix + "/openapi.json", (*Handler).getOpenAPI},
}

// codeMethodNotAllowed is the error code of a request with a method other
// than GET, HEAD or OPTIONS. It is the API's own: the domain has no methods.
const codeMethodNotAllowed = "method_not_allowed"

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.once.Do(h.init)
	hdr := w.Header()
	// A public read API: any page may call it from a browser.
	hdr.Set("Access-Control-Allow-Origin", "*")
	hdr.Set("Access-Control-Expose-Headers", "ETag")
	hdr.Set("X-Content-Type-Options", "nosniff")
	h.mux.ServeHTTP(w, r)
}

// init builds the mux and the served OpenAPI document once.
func (h *Handler) init() {
	if h.Logger == nil {
		h.Logger = slog.New(slog.DiscardHandler)
	}
	h.spec = specFor(h.BaseURL)
	sum := sha256.Sum256(h.spec)
	h.salt = hex.EncodeToString(sum[:8])
	h.mux = http.NewServeMux()
	for _, rt := range routes {
		h.mux.Handle(rt.pattern, h.serve(rt))
	}
	// Anything else under the prefix (and, should the handler be mounted
	// wider than asked, anything at all) gets the JSON envelope, not the
	// mux's plain-text 404.
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.error(w, r, annals.Errorf(annals.ENOTFOUND, "There is no API route at %s; see %s/openapi.json.", truncate(r.URL.Path, 200), Prefix))
	})
}

// serve wraps a route's function with what every route does alike: methods,
// CORS preflight, conditional GET, JSON encoding and errors.
func (h *Handler) serve(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		case http.MethodOptions:
			// CORS preflight, sent by browsers before a request with
			// If-None-Match from another origin.
			hdr := w.Header()
			hdr.Set("Allow", "GET, HEAD, OPTIONS")
			hdr.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			hdr.Set("Access-Control-Allow-Headers", "If-None-Match")
			hdr.Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return
		default:
			w.Header().Set("Allow", "GET, HEAD, OPTIONS")
			h.error(w, r, annals.Errorf(codeMethodNotAllowed, "This API is read-only: %s accepts GET, HEAD and OPTIONS, not %s.", rt.pattern, truncate(r.Method, 20)))
			return
		}

		// A response is a function of the archive's contents, the
		// request URL and the API's version alone, so these make its
		// ETag, and a match is answered before any work is done. When
		// the stamp cannot be read the response just goes without one.
		etag := ""
		if stamp, err := h.DB.ChangeStamp(r.Context()); err == nil {
			sum := sha256.Sum256([]byte(h.salt + "\x00" + stamp + "\x00" + r.URL.RequestURI()))
			etag = `W/"` + hex.EncodeToString(sum[:12]) + `"`
			if etagMatch(r.Header.Get("If-None-Match"), etag) {
				w.Header().Set("ETag", etag)
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}

		v, err := rt.handle(h, r)
		if err != nil {
			h.error(w, r, err)
			return
		}
		var body []byte
		if raw, ok := v.([]byte); ok {
			body = raw
		} else if body, err = marshal(v); err != nil {
			h.error(w, r, err)
			return
		}
		hdr := w.Header()
		hdr.Set("Content-Type", "application/json")
		hdr.Set("Content-Length", strconv.Itoa(len(body)))
		if etag != "" {
			hdr.Set("ETag", etag)
			// Caches may keep responses but must ask again each time,
			// which the ETag makes cheap.
			hdr.Set("Cache-Control", "public, no-cache")
		}
		w.WriteHeader(http.StatusOK)
		w.Write(body)
	})
}

// etagMatch reports whether an If-None-Match header lists etag, comparing
// weakly as RFC 9110 §13.1.2 asks for GET.
func etagMatch(header, etag string) bool {
	if header == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

// errorBody is the envelope of every error response:
// {"error": {"code": "not_found", "message": "…"}}.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// error writes err in the envelope with the status its code maps to.
// Internal errors are logged, once, here; clients see only the safe message.
func (h *Handler) error(w http.ResponseWriter, r *http.Request, err error) {
	code := annals.ErrorCode(err)
	status, ok := httpstatus.Of(code)
	if code == codeMethodNotAllowed {
		status, ok = http.StatusMethodNotAllowed, true
	}
	if !ok {
		code, status = annals.EINTERNAL, http.StatusInternalServerError
	}
	msg := annals.ErrorMessage(err)
	if code == annals.EINTERNAL {
		if r.Context().Err() != nil {
			// The client went away; nothing to report.
			return
		}
		h.Logger.Error("api request failed", "method", r.Method, "path", r.URL.Path, "error", err)
		msg = "Internal error; it has been logged."
	}
	body, mErr := marshal(errorBody{Error: errorDetail{Code: code, Message: msg}})
	if mErr != nil {
		// Two strings always marshal; this is only for completeness.
		body = []byte(`{"error":{"code":"internal","message":"Internal error."}}` + "\n")
	}
	hdr := w.Header()
	hdr.Del("ETag")
	hdr.Del("Cache-Control")
	hdr.Set("Content-Type", "application/json")
	hdr.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// marshal encodes v as compact JSON and a newline. HTML characters are
// escaped (\u003c), so that a record's text cannot turn into markup in a
// careless client.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return nil, fmt.Errorf("encode JSON response: %w", err)
	}
	return buf.Bytes(), nil
}

// url makes an API or site path absolute with BaseURL, when there is one.
func (h *Handler) url(path string) string {
	return strings.TrimRight(h.BaseURL, "/") + path
}

// truncate shortens s to at most n bytes, on a character boundary, for
// quoting client input back in messages.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
