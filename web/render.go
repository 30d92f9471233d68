package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/a-h/templ"

	"github.com/labor-annals/annals"
)

//go:embed static/*
var embedded embed.FS

//go:generate go run github.com/a-h/templ/cmd/templ@v0.3.977 generate

// pages holds the static assets with their content hashes. The pages
// themselves are templ components (the *.templ files, compiled to
// *_templ.go by "go generate"), so there is nothing to parse at startup.
type pages struct {
	hashes map[string]string // asset name → short content hash
	static http.Handler
	// stylesheet is the address of annals.css, which every page links.
	stylesheet string
}

func loadPages(assets fs.FS) (*pages, error) {
	p := &pages{hashes: map[string]string{}}
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
	p.stylesheet = p.staticURL("annals.css")
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
	SiteName string
	Title    string
	// Canonical is the page's own URL, absolute when the server knows
	// its BaseURL.
	Canonical string
	// Description is the page's summary for search engines and link
	// previews.
	Description string
	// Query fills the header's search box.
	Query string
	// Wide pages use a wider column (search results beside facets).
	Wide bool
	// NoIndex asks search engines not to index the page (search results,
	// error pages).
	NoIndex bool

	// links writes the page's addresses; stylesheet is the server's
	// address of the style sheet.
	links      Links
	stylesheet string
}

// fullTitle is the page's <title>: "Title · Site", or the site's name
// alone on the home page.
func (d *layoutData) fullTitle() string {
	if d.Title == d.SiteName {
		return d.SiteName
	}
	return d.Title + " · " + d.SiteName
}

// layout returns the layout data of a page at path (which may carry a
// query), with its canonical URL made absolute when BaseURL is set.
func (s *Server) layout(title, path string) layoutData {
	canon := ""
	if path != "" {
		canon = s.absURL(path)
	}
	return layoutData{SiteName: s.SiteName, Title: title, Canonical: canon,
		links: serverLinks{}, stylesheet: s.pages.stylesheet}
}

// absURL makes a site path absolute with BaseURL, when there is one.
func (s *Server) absURL(path string) string {
	return strings.TrimRight(s.BaseURL, "/") + path
}

// Paths of the pages. Names are path-escaped so that any author or source,
// slashes and all, has an address.
func RecordPath(r *annals.Record) string { return "/records/" + strconv.FormatInt(r.ID, 10) }
func AuthorPath(name string) string      { return "/authors/" + url.PathEscape(name) }
func SourcePath(name string) string      { return "/sources/" + url.PathEscape(name) }
func YearPath(year int) string           { return "/years/" + strconv.Itoa(year) }
func TopicPath(slug string) string       { return "/topics/" + url.PathEscape(slug) }

// num formats a count with thousands separators: 130,000.
func num(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + num(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// plural returns "1 record" or "2,000 records".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return num(n) + " " + many
}

// render writes a page into a buffer first, so a failure becomes a clean
// 500 rather than half a page, then writes it with an ETag so a browser's
// conditional request costs no body.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page templ.Component) {
	var buf bytes.Buffer
	if err := page.Render(r.Context(), &buf); err != nil {
		s.Logger.Error("render page", "path", r.URL.Path, "error", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	writeBody(w, r, status, "text/html; charset=utf-8", buf.Bytes(), time.Time{})
}

// writeBody writes a complete response body. A successful one carries an
// ETag of its content, and a Last-Modified when modified is known, and a
// conditional request that matches either (If-None-Match first, as RFC 9110
// says) gets 304 without the body; other statuses are not cached.
func writeBody(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte, modified time.Time) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	if status == http.StatusOK {
		sum := sha256.Sum256(body)
		etag := `"` + hex.EncodeToString(sum[:10]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if !modified.IsZero() {
			h.Set("Last-Modified", modified.UTC().Format(http.TimeFormat))
		}
		if notModified(r, etag, modified) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// notModified reports whether a conditional GET may be answered with 304:
// its If-None-Match lists etag, or, without If-None-Match, its
// If-Modified-Since is no earlier than modified (to the second).
func notModified(r *http.Request, etag string, modified time.Time) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return false
	}
	if match := r.Header.Get("If-None-Match"); match != "" {
		return strings.Contains(match, etag)
	}
	if modified.IsZero() {
		return false
	}
	since, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
	return err == nil && !modified.Truncate(time.Second).After(since)
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

// Byline is the line under a title, as on the seed pages:
// "By A and B, Source, 16 December 2011". The static site's search
// results use it too.
func Byline(r *annals.Record) string {
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

// host returns the host of a URL, for "at example.org".
func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// confidence describes the parser's confidence in words and figures.
func confidence(c float64) string {
	switch {
	case c >= 0.999:
		return "certain (structured input)"
	case c >= 0.8:
		return fmt.Sprintf("high (%.2f)", c)
	case c >= 0.6:
		return fmt.Sprintf("fair (%.2f)", c)
	}
	return fmt.Sprintf("low (%.2f); check the fields against the original", c)
}
