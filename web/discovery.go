package web

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

// sitemapSize is the most URLs one sitemap file lists: the sitemap
// protocol's limit. A variable only so that a test can reach the index
// without 50,001 records.
var sitemapSize = 50_000

// sitemapNS is the sitemap protocol's namespace.
const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

// sitemapURL is one <url> of a sitemap.
type sitemapURL struct {
	XMLName xml.Name `xml:"url"`
	Loc     string   `xml:"loc"`
	LastMod string   `xml:"lastmod,omitempty"`
}

// sitemapRef is one <sitemap> of a sitemap index.
type sitemapRef struct {
	XMLName xml.Name `xml:"sitemap"`
	Loc     string   `xml:"loc"`
}

// sitemapSection is one kind of page of the site: how many there are, and
// how to list n of them from an offset, in an order that does not change
// between requests, so that a page stays in the same sitemap file.
type sitemapSection struct {
	name  string
	count int
	list  func(ctx context.Context, offset, n int, emit func(path string, mod time.Time) error) error
}

// sitemapSections are the site's pages: the home page, topics and years,
// then records, authors and sources. Counting them costs three counts and
// two cached reads.
func (s *Server) sitemapSections(ctx context.Context) ([]sitemapSection, error) {
	topics, err := s.topics(ctx)
	if err != nil {
		return nil, err
	}
	years, err := s.yearCounts(ctx, annals.RecordFilter{})
	if err != nil {
		return nil, err
	}
	type page struct {
		path string
		mod  time.Time
	}
	pages := []page{{path: "/"}}
	for _, t := range topics {
		pages = append(pages, page{TopicPath(t.Slug), t.UpdatedAt})
	}
	for _, y := range years {
		pages = append(pages, page{path: YearPath(y.Year)})
	}
	_, records, err := s.DB.FindRecords(ctx, annals.RecordFilter{Limit: 1})
	if err != nil {
		return nil, err
	}
	_, authors, err := s.DB.FindAuthors(ctx, store.NameFilter{Limit: 1})
	if err != nil {
		return nil, err
	}
	_, sources, err := s.DB.FindSources(ctx, store.NameFilter{Limit: 1})
	if err != nil {
		return nil, err
	}
	return []sitemapSection{
		{name: "pages", count: len(pages), list: func(ctx context.Context, offset, n int, emit func(string, time.Time) error) error {
			for _, p := range pages[min(offset, len(pages)):min(offset+n, len(pages))] {
				if err := emit(p.path, p.mod); err != nil {
					return err
				}
			}
			return nil
		}},
		{name: "records", count: records, list: s.listRecordPages},
		{name: "authors", count: authors, list: nameLister(s.DB.FindAuthors, AuthorPath)},
		{name: "sources", count: sources, list: nameLister(s.DB.FindSources, SourcePath)},
	}, nil
}

// listRecordPages lists record pages in id order, which a new record
// extends at the end. Records before offset are read and passed over: a
// sitemap file of a million-record archive is fetched rarely, and the store
// streams records only from the start.
func (s *Server) listRecordPages(ctx context.Context, offset, n int, emit func(string, time.Time) error) error {
	i := 0
	for rec, err := range s.DB.EachRecord(ctx, annals.RecordFilter{}) {
		if err != nil {
			return err
		}
		if i >= offset+n {
			break
		}
		if i >= offset {
			if err := emit(RecordPath(rec), rec.UpdatedAt); err != nil {
				return err
			}
		}
		i++
	}
	return nil
}

// nameLister lists author or source pages in name order, a thousand names
// a query.
func nameLister(find func(context.Context, store.NameFilter) ([]annals.FacetCount, int, error), path func(string) string) func(context.Context, int, int, func(string, time.Time) error) error {
	return func(ctx context.Context, offset, n int, emit func(string, time.Time) error) error {
		for n > 0 {
			names, _, err := find(ctx, store.NameFilter{Offset: offset, Limit: min(n, 1000)})
			if err != nil {
				return err
			}
			if len(names) == 0 {
				return nil
			}
			for _, c := range names {
				if err := emit(path(c.Value), time.Time{}); err != nil {
					return err
				}
			}
			offset, n = offset+len(names), n-len(names)
		}
		return nil
	}
}

// handleSitemap serves /sitemap.xml: every page of the site in one file
// while they fit in one (50,000 URLs), else a sitemap index of the files
// /sitemaps/{section}-{n}.xml, each of at most 50,000 URLs.
func (s *Server) handleSitemap(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	secs, err := s.sitemapSections(ctx)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	total := 0
	for _, sec := range secs {
		total += sec.count
	}
	site := s.siteURL(r)
	if total <= sitemapSize {
		body, err := writeSitemap(ctx, site, func(ctx context.Context, emit func(string, time.Time) error) error {
			for _, sec := range secs {
				if err := sec.list(ctx, 0, sec.count, emit); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			s.Error(w, r, err)
			return
		}
		writeBody(w, r, http.StatusOK, "application/xml; charset=utf-8", body, time.Time{})
		return
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header + `<sitemapindex xmlns="` + sitemapNS + `">` + "\n")
	enc := xml.NewEncoder(&buf)
	for _, sec := range secs {
		for k := 1; (k-1)*sitemapSize < sec.count; k++ {
			if err := enc.Encode(sitemapRef{Loc: site + "/sitemaps/" + sec.name + "-" + strconv.Itoa(k) + ".xml"}); err != nil {
				s.Error(w, r, fmt.Errorf("write sitemap index: %w", err))
				return
			}
			buf.WriteByte('\n')
		}
	}
	buf.WriteString("</sitemapindex>\n")
	writeBody(w, r, http.StatusOK, "application/xml; charset=utf-8", buf.Bytes(), time.Time{})
}

// handleSitemapPart serves one file of the sitemap index, such as
// /sitemaps/records-2.xml: the second 50,000 record pages.
func (s *Server) handleSitemapPart(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := r.PathValue("name")
	notFound := annals.Errorf(annals.ENOTFOUND, "There is no sitemap %q.", name)
	base, ok := strings.CutSuffix(name, ".xml")
	i := strings.LastIndexByte(base, '-')
	if !ok || i < 0 {
		s.Error(w, r, notFound)
		return
	}
	k, err := strconv.Atoi(base[i+1:])
	if err != nil || k < 1 || base[i+1] == '0' {
		s.Error(w, r, notFound)
		return
	}
	secs, err := s.sitemapSections(ctx)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	for _, sec := range secs {
		if sec.name != base[:i] {
			continue
		}
		offset := (k - 1) * sitemapSize
		if k > 1 && offset >= sec.count {
			break
		}
		body, err := writeSitemap(ctx, s.siteURL(r), func(ctx context.Context, emit func(string, time.Time) error) error {
			return sec.list(ctx, offset, min(sitemapSize, sec.count-offset), emit)
		})
		if err != nil {
			s.Error(w, r, err)
			return
		}
		writeBody(w, r, http.StatusOK, "application/xml; charset=utf-8", body, time.Time{})
		return
	}
	s.Error(w, r, notFound)
}

// writeSitemap returns a <urlset> of the pages list emits, with absolute
// addresses. It stops at sitemapSize URLs, should the archive have grown
// between counting and listing.
func writeSitemap(ctx context.Context, site string, list func(context.Context, func(string, time.Time) error) error) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header + `<urlset xmlns="` + sitemapNS + `">` + "\n")
	enc := xml.NewEncoder(&buf)
	n := 0
	err := list(ctx, func(path string, mod time.Time) error {
		if n >= sitemapSize {
			return nil
		}
		n++
		u := sitemapURL{Loc: xmlText(site + path)}
		if !mod.IsZero() {
			u.LastMod = rfc3339(mod)
		}
		if err := enc.Encode(u); err != nil {
			return err
		}
		buf.WriteByte('\n')
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("write sitemap: %w", err)
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes(), nil
}

// handleRobots serves /robots.txt: crawl everything but search results and
// exports, which are endless rearrangements of the same records, and say
// where the sitemap is.
func (s *Server) handleRobots(w http.ResponseWriter, r *http.Request) {
	body := "# Every page of the archive may be crawled; search results, search\n" +
		"# feeds and exports only rearrange the same records.\n" +
		"User-agent: *\n" +
		"Disallow: /search\n" +
		"Disallow: /feeds/search\n" +
		"Disallow: /export\n" +
		"Allow: /\n" +
		"\n" +
		"Sitemap: " + s.siteURL(r) + "/sitemap.xml\n"
	writeBody(w, r, http.StatusOK, "text/plain; charset=utf-8", []byte(body), time.Time{})
}

// openSearch is an OpenSearch 1.1 description document, which lets a
// browser add the archive's search and tools find its feed of results.
type openSearch struct {
	XMLName        xml.Name        `xml:"http://a9.com/-/spec/opensearch/1.1/ OpenSearchDescription"`
	ShortName      string          `xml:"ShortName"`
	Description    string          `xml:"Description"`
	InputEncoding  string          `xml:"InputEncoding"`
	OutputEncoding string          `xml:"OutputEncoding"`
	URLs           []openSearchURL `xml:"Url"`
	Query          openSearchQuery `xml:"Query"`
}

type openSearchURL struct {
	Type     string `xml:"type,attr"`
	Rel      string `xml:"rel,attr,omitempty"`
	Method   string `xml:"method,attr,omitempty"`
	Template string `xml:"template,attr"`
}

type openSearchQuery struct {
	Role        string `xml:"role,attr"`
	SearchTerms string `xml:"searchTerms,attr"`
}

// handleOpenSearch serves /opensearch.xml, which every page links to.
func (s *Server) handleOpenSearch(w http.ResponseWriter, r *http.Request) {
	site := s.siteURL(r)
	short := []rune(xmlText(s.SiteName))
	if len(short) > 16 {
		short = short[:16] // the specification's limit
	}
	doc := openSearch{
		ShortName:      string(short),
		Description:    xmlText("Search " + s.SiteName + ", an archive of working-class and labor history."),
		InputEncoding:  "UTF-8",
		OutputEncoding: "UTF-8",
		URLs: []openSearchURL{
			{Type: "text/html", Method: "get", Template: site + "/search?q={searchTerms}"},
			{Type: "application/atom+xml", Method: "get", Template: site + "/feeds/search?q={searchTerms}"},
			{Type: "application/opensearchdescription+xml", Rel: "self", Template: site + "/opensearch.xml"},
		},
		Query: openSearchQuery{Role: "example", SearchTerms: "strike"},
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		s.Error(w, r, fmt.Errorf("write opensearch description: %w", err))
		return
	}
	buf.WriteByte('\n')
	writeBody(w, r, http.StatusOK, "application/opensearchdescription+xml; charset=utf-8", buf.Bytes(), time.Time{})
}
