package web

import (
	"fmt"
	"net/http"

	"github.com/labor-annals/annals"
)

// personPage is an author's or a source's page: their records over time.
type personPage struct {
	layoutData
	Name string
	// Kind is "author" or "source", for headings and the search link.
	Kind      string
	SearchURL string
	*listing
}

// handleAuthorView lists the records of one author, by exact name, with
// the same timeline, order, year and pages as a topic.
func (s *Server) handleAuthorView(w http.ResponseWriter, r *http.Request) {
	s.handlePerson(w, r, "author", AuthorPath, func(name string) annals.RecordFilter { return annals.RecordFilter{Author: name} })
}

// handlePerson serves author and source pages, which differ only in the
// filter and the words.
func (s *Server) handlePerson(w http.ResponseWriter, r *http.Request, kind string, path func(string) string, filter func(string) annals.RecordFilter) {
	name := r.PathValue("name")
	p, err := parseListParams(r, annals.NewestFirst, true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	l, err := s.listRecords(r, path(name), filter(name), p, annals.NewestFirst, true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if l.Total == 0 && p.year == 0 {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "The archive has no records with the %s %q.", kind, name))
		return
	}
	s.render(w, r, http.StatusOK, personView(s.personData(kind, name, l)))
}

// feed is the address of the person's Atom feed.
func (d *personPage) feed() string {
	if d.Kind == "source" {
		return SourceFeed(d.Name)
	}
	return AuthorFeed(d.Name)
}

// kindTitle is the word above the name: "Author" or "Source".
func (d *personPage) kindTitle() string {
	if d.Kind == "source" {
		return "Source"
	}
	return "Author"
}

// searchLabel is the text of the link to a search within the records.
func (d *personPage) searchLabel() string {
	if d.Kind == "source" {
		return "Search within this source"
	}
	return "Search within this author’s records"
}

// personData is the page of an author or a source (kind) showing the
// listing l.
func (s *Server) personData(kind, name string, l *listing) *personPage {
	data := &personPage{layoutData: s.layout(name, l.SelfURL), Name: name, Kind: kind, listing: l}
	data.SearchURL = searchURL(kind + `:"` + stripQuotes(name) + `"`)
	data.Description = fmt.Sprintf("%s in the archive by the %s %s.", plural(l.Total, "record", "records"), kind, name)
	if kind == "source" {
		data.Description = fmt.Sprintf("%s in the archive from %s.", plural(l.Total, "record", "records"), name)
	}
	if l.Year != 0 {
		data.Title = fmt.Sprintf("%s in %d", name, l.Year)
	}
	if l.Page > 1 {
		data.Title += fmt.Sprintf(" (page %d)", l.Page)
	}
	return data
}
