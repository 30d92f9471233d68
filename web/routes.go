package web

import (
	"net/http"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/api"
	"github.com/labor-annals/annals/oai"
)

// routes is the one route table of the server.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleHome)
	mux.HandleFunc("GET /topics/{slug}", s.handleTopicView)
	mux.HandleFunc("GET /records/{id}", s.handleRecordView)
	mux.HandleFunc("GET /authors/{name}", s.handleAuthorView)
	mux.HandleFunc("GET /sources/{name}", s.handleSourceView)
	mux.HandleFunc("GET /years/{year}", s.handleYearView)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /export/{format}", s.handleExport)
	mux.HandleFunc("GET /feeds/topics/{slug}", s.handleTopicFeed)
	mux.HandleFunc("GET /feeds/authors/{name}", s.handleAuthorFeed)
	mux.HandleFunc("GET /feeds/sources/{name}", s.handleSourceFeed)
	mux.HandleFunc("GET /feeds/search", s.handleSearchFeed)
	mux.HandleFunc("GET /sitemap.xml", s.handleSitemap)
	mux.HandleFunc("GET /sitemaps/{name}", s.handleSitemapPart)
	mux.HandleFunc("GET /robots.txt", s.handleRobots)
	mux.HandleFunc("GET /opensearch.xml", s.handleOpenSearch)
	// The JSON API and OAI-PMH answer every method themselves, with
	// their own error formats (a JSON envelope, OAI error codes).
	mux.Handle("/api/v1/", &api.Handler{DB: s.DB, BaseURL: s.BaseURL, Logger: s.Logger})
	mux.Handle("/oai", &oai.Handler{DB: s.DB, BaseURL: s.BaseURL, RepositoryName: s.SiteName, Logger: s.Logger})
	mux.Handle("GET /static/{hash}/{name}", s.pages.static)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "There is no page at this address."))
	})
	return s.secure(s.accessLog(mux))
}

// secure sets headers every response carries: a Content-Security-Policy
// that allows no script and nothing from elsewhere, and the usual hardening.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// accessLog writes one log line per request.
func (s *Server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.Logger.Info("request",
			"method", r.Method, "path", r.URL.Path, "status", sw.status, "bytes", sw.bytes,
			"duration", time.Since(start))
	})
}
