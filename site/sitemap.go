package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sync"
)

// sitemap writes sitemap.xml (sitemaps.org 0.9) as pages are written: up
// to sitemapMax addresses per file, as the protocol allows, in
// sitemap-N.xml files listed by a sitemap index in sitemap.xml; a site
// small enough for one file gets just sitemap.xml. Addresses are absolute,
// so a sitemap needs the base URL.
type sitemap struct {
	w    *writer
	base string

	mu    sync.Mutex
	buf   bytes.Buffer
	n     int // addresses in buf
	parts int // files written
}

const sitemapMax = 50000

const sitemapHead = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n"

// add lists the page file name.
func (s *sitemap) add(name string) error {
	loc := s.base + "/" + relative("", name)
	if name == "index.html" {
		loc = s.base + "/"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n == 0 {
		s.buf.WriteString(sitemapHead)
	}
	s.buf.WriteString("<url><loc>")
	xml.EscapeText(&s.buf, []byte(loc))
	s.buf.WriteString("</loc></url>\n")
	s.n++
	if s.n == sitemapMax {
		return s.flush()
	}
	return nil
}

// flush writes the addresses gathered as the next part.
func (s *sitemap) flush() error {
	s.buf.WriteString("</urlset>\n")
	s.parts++
	err := s.w.write(fmt.Sprintf("sitemap-%d.xml", s.parts), s.buf.Bytes())
	s.buf.Reset()
	s.n = 0
	return err
}

// close writes the last part and sitemap.xml.
func (s *sitemap) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.parts == 0 {
		if s.n == 0 {
			s.buf.WriteString(sitemapHead)
		}
		s.buf.WriteString("</urlset>\n")
		return s.w.write("sitemap.xml", s.buf.Bytes())
	}
	if s.n > 0 {
		if err := s.flush(); err != nil {
			return err
		}
	}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for i := 1; i <= s.parts; i++ {
		fmt.Fprintf(&b, "<sitemap><loc>%s/sitemap-%d.xml</loc></sitemap>\n", xmlText(s.base), i)
	}
	b.WriteString("</sitemapindex>\n")
	return s.w.write("sitemap.xml", b.Bytes())
}

func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
