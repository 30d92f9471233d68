package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/labor-annals/annals"
)

//go:embed templates/*.html static/*
var embedded embed.FS

// pages holds the parsed templates, one per page, and the static assets
// with their content hashes.
type pages struct {
	byName map[string]*template.Template
	hashes map[string]string // asset name → short content hash
	static http.Handler
}

// pageNames are the pages; each is parsed together with layout.html.
var pageNames = []string{"home", "topic", "record", "search", "error"}

func loadPages(assets fs.FS) (*pages, error) {
	p := &pages{byName: map[string]*template.Template{}, hashes: map[string]string{}}
	staticFS, err := fs.Sub(assets, "static")
	if err != nil {
		return nil, err
	}
	err = fs.WalkDir(staticFS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(staticFS, name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		p.hashes[name] = hex.EncodeToString(sum[:6])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("hash static assets: %w", err)
	}
	p.static = p.staticHandler(staticFS)

	funcs := template.FuncMap{
		"static":     p.staticURL,
		"humanDate":  humanDate,
		"byline":     byline,
		"join":       strings.Join,
		"recordPath": func(r *annals.Record) string { return fmt.Sprintf("/records/%d", r.ID) },
	}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		p.byName[name] = t
	}
	return p, nil
}

// staticURL returns the content-addressed URL of an asset, so it can be
// cached forever and still change when the file does.
func (p *pages) staticURL(name string) string {
	h, ok := p.hashes[name]
	if !ok {
		// A template naming a missing asset is a bug worth seeing.
		panic(fmt.Sprintf("web: no static asset %q", name))
	}
	return "/static/" + h + "/" + name
}

func (p *pages) staticHandler(staticFS fs.FS) http.Handler {
	files := http.FileServerFS(staticFS)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("name")
		if h, ok := p.hashes[name]; !ok || h != r.PathValue("hash") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/" + path.Clean(name)
		files.ServeHTTP(w, r2)
	})
}

// layoutData is what every page's layout needs.
type layoutData struct {
	SiteName  string
	Title     string
	Canonical string
	Query     string
	// Wide pages use a wider column (search results beside facets).
	Wide bool
}

// render executes a page into a buffer first, so a template error becomes a
// clean 500 rather than half a page, then writes it with an ETag so a
// browser's conditional request costs no body.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	t := s.pages.byName[name]
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		s.Logger.Error("render page", "page", name, "error", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	sum := sha256.Sum256(buf.Bytes())
	etag := `"` + hex.EncodeToString(sum[:10]) + `"`
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if status == http.StatusOK {
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// humanDate formats a date at its precision: "16 December 2011",
// "December 2011" or "2011".
func humanDate(d annals.Date) string {
	switch d.Precision {
	case annals.PrecisionDay:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
	case annals.PrecisionMonth:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	case annals.PrecisionYear:
		return fmt.Sprint(d.Year)
	}
	return ""
}

// names joins names as people write them: "A", "A and B", "A, B and C".
func names(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// byline is the line under a title, as on the seed pages:
// "By A and B, Source, 16 December 2011".
func byline(r *annals.Record) string {
	var parts []string
	if len(r.Authors) > 0 {
		parts = append(parts, "By "+names(r.Authors))
	}
	if r.Source != "" {
		parts = append(parts, r.Source)
	}
	if d := humanDate(r.Date); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}
