// Package web serves the archive over HTTP: the public pages (home, topics,
// records, authors, sources, years, search) rendered on the server without
// JavaScript from templ components (*.templ, compiled to *_templ.go), and
// the embedded static assets. It reads the archive through *store.DB and
// maps domain errors to HTTP statuses in one place (error.go).
package web

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/labor-annals/annals/store"
)

// Server is the archive's HTTP server.
type Server struct {
	// DB is the archive.
	DB *store.DB
	// Logger receives the access log and errors.
	Logger *slog.Logger
	// Addr is the address to listen on, e.g. "127.0.0.1:8080"; port 0
	// picks a free port (see URL).
	Addr string
	// SiteName is shown in the header and page titles.
	SiteName string
	// BaseURL is the public address of the site, e.g.
	// "https://annals.example.org", used for canonical links and citation
	// metadata; "" leaves those links relative to the host.
	BaseURL string
	// Assets overrides the embedded static files (for development); nil
	// uses the embedded ones. The pages are compiled in (*.templ).
	Assets fs.FS

	ln    net.Listener
	srv   *http.Server
	pages *pages
	cache statsCache
}

// Handler returns the server's routes, ready for httptest or a listener.
// It parses every template first and fails if any does not parse.
func (s *Server) Handler() (http.Handler, error) {
	if s.pages == nil {
		assets := s.Assets
		if assets == nil {
			assets = embedded
		}
		p, err := loadPages(assets)
		if err != nil {
			return nil, err
		}
		s.pages = p
	}
	if s.Logger == nil {
		s.Logger = slog.New(slog.DiscardHandler)
	}
	if s.SiteName == "" {
		s.SiteName = "annals"
	}
	return s.routes(), nil
}

// Open starts listening and serving in the background.
func (s *Server) Open() error {
	h, err := s.Handler()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.Addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	go func() {
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.Logger.Error("server stopped", "error", err)
		}
	}()
	return nil
}

// URL returns the base URL the server listens on.
func (s *Server) URL() string {
	if s.ln == nil {
		return ""
	}
	addr := s.ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, fmt.Sprint(addr.Port))
}

// Close stops the server, letting requests in flight finish for a while.
func (s *Server) Close() error {
	if s.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}
