package oai_test

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/oai"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
)

const (
	base   = "https://annals.example.org"
	nsOAI  = "http://www.openarchives.org/OAI/2.0/"
	nsDC   = "http://purl.org/dc/elements/1.1/"
	nsXSI  = "http://www.w3.org/2001/XMLSchema-instance"
	prefix = "oai:annals.example.org:records/"
)

// response is what the tests read of an OAI-PMH response. Dublin Core is
// matched by namespace, so an undeclared or wrong prefix fails to decode.
type response struct {
	XMLName      xml.Name
	ResponseDate string `xml:"responseDate"`
	Request      struct {
		Attrs   []xml.Attr `xml:",any,attr"`
		BaseURL string     `xml:",chardata"`
	} `xml:"request"`
	Errors []struct {
		Code    string `xml:"code,attr"`
		Message string `xml:",chardata"`
	} `xml:"error"`
	Identify *struct {
		RepositoryName    string   `xml:"repositoryName"`
		BaseURL           string   `xml:"baseURL"`
		ProtocolVersion   string   `xml:"protocolVersion"`
		AdminEmail        []string `xml:"adminEmail"`
		EarliestDatestamp string   `xml:"earliestDatestamp"`
		DeletedRecord     string   `xml:"deletedRecord"`
		Granularity       string   `xml:"granularity"`
		Description       []struct {
			RepositoryIdentifier string `xml:"http://www.openarchives.org/OAI/2.0/oai-identifier oai-identifier>repositoryIdentifier"`
			SampleIdentifier     string `xml:"http://www.openarchives.org/OAI/2.0/oai-identifier oai-identifier>sampleIdentifier"`
		} `xml:"description"`
	} `xml:"Identify"`
	ListMetadataFormats *struct {
		Formats []struct {
			Prefix    string `xml:"metadataPrefix"`
			Schema    string `xml:"schema"`
			Namespace string `xml:"metadataNamespace"`
		} `xml:"metadataFormat"`
	} `xml:"ListMetadataFormats"`
	ListSets *struct {
		Sets []struct {
			Spec        string   `xml:"setSpec"`
			Name        string   `xml:"setName"`
			Description []string `xml:"setDescription>dc>description"`
		} `xml:"set"`
	} `xml:"ListSets"`
	GetRecord *struct {
		Record record `xml:"record"`
	} `xml:"GetRecord"`
	ListIdentifiers *struct {
		Headers []header `xml:"header"`
		Token   *token   `xml:"resumptionToken"`
	} `xml:"ListIdentifiers"`
	ListRecords *struct {
		Records []record `xml:"record"`
		Token   *token   `xml:"resumptionToken"`
	} `xml:"ListRecords"`
}

type header struct {
	Identifier string   `xml:"identifier"`
	Datestamp  string   `xml:"datestamp"`
	SetSpec    []string `xml:"setSpec"`
}

type record struct {
	Header   header `xml:"header"`
	Metadata struct {
		DC dublinCore `xml:"http://www.openarchives.org/OAI/2.0/oai_dc/ dc"`
	} `xml:"metadata"`
}

type dublinCore struct {
	Title       []string `xml:"http://purl.org/dc/elements/1.1/ title"`
	Creator     []string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Subject     []string `xml:"http://purl.org/dc/elements/1.1/ subject"`
	Description []string `xml:"http://purl.org/dc/elements/1.1/ description"`
	Publisher   []string `xml:"http://purl.org/dc/elements/1.1/ publisher"`
	Date        []string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Type        []string `xml:"http://purl.org/dc/elements/1.1/ type"`
	Identifier  []string `xml:"http://purl.org/dc/elements/1.1/ identifier"`
	Source      []string `xml:"http://purl.org/dc/elements/1.1/ source"`
	Language    []string `xml:"http://purl.org/dc/elements/1.1/ language"`
}

type token struct {
	CompleteListSize int    `xml:"completeListSize,attr"`
	Cursor           int    `xml:"cursor,attr"`
	Value            string `xml:",chardata"`
}

func (r *response) errorCode() string {
	if len(r.Errors) == 0 {
		return ""
	}
	return r.Errors[0].Code
}

func newHandler(db *store.DB, pageSize int) *oai.Handler {
	return &oai.Handler{DB: db, BaseURL: base, RepositoryName: "Labor annals", AdminEmail: "archivist@example.org", PageSize: pageSize,
		Now: func() time.Time { return time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC) }}
}

// get sends a GET request with the query and returns the checked, decoded
// response.
func get(t *testing.T, h http.Handler, query string) *response {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/oai?"+query, nil))
	return decode(t, w)
}

func decode(t *testing.T, w *httptest.ResponseRecorder) *response {
	t.Helper()
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "text/xml; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	body := w.Body.String()
	checkShape(t, body)
	var r response
	if err := xml.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("decode response: %v\n%s", err, body)
	}
	return &r
}

// knownNS are the namespaces a response may use.
var knownNS = map[string]bool{
	nsOAI: true, nsDC: true, nsXSI: true,
	"http://www.openarchives.org/OAI/2.0/oai_dc/":        true,
	"http://www.openarchives.org/OAI/2.0/oai-identifier": true,
}

// checkShape checks what the OAI-PMH schema asks of every response, short
// of validating it (the schema cannot be fetched offline): a well-formed
// document whose elements are all in declared, known namespaces; the root
// element with its schema location; responseDate and request first, then
// either errors or one element named after the verb.
func checkShape(t *testing.T, body string) {
	t.Helper()
	if !strings.HasPrefix(body, `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("response does not start with the XML declaration: %.60q", body)
	}
	dec := xml.NewDecoder(strings.NewReader(body))
	depth := 0
	var children []string
	verb := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("response is not well-formed XML: %v\n%s", err, body)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if !knownNS[el.Name.Space] {
				t.Errorf("element %s is in namespace %q", el.Name.Local, el.Name.Space)
			}
			for _, a := range el.Attr {
				if a.Name.Space != "" && a.Name.Space != "xmlns" && !knownNS[a.Name.Space] {
					t.Errorf("attribute %s:%s has an undeclared prefix", a.Name.Space, a.Name.Local)
				}
			}
			if depth == 0 {
				if el.Name != (xml.Name{Space: nsOAI, Local: "OAI-PMH"}) {
					t.Errorf("root element is %v", el.Name)
				}
				loc := ""
				for _, a := range el.Attr {
					if a.Name == (xml.Name{Space: nsXSI, Local: "schemaLocation"}) {
						loc = a.Value
					}
				}
				if loc != nsOAI+" http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd" {
					t.Errorf("xsi:schemaLocation = %q", loc)
				}
			}
			if depth == 1 {
				children = append(children, el.Name.Local)
				if el.Name.Local == "request" {
					for _, a := range el.Attr {
						if a.Name.Local == "verb" {
							verb = a.Value
						}
					}
				}
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if len(children) < 3 || children[0] != "responseDate" || children[1] != "request" {
		t.Fatalf("root children = %v, want responseDate, request, ...", children)
	}
	rest := children[2:]
	if rest[0] == "error" {
		for _, c := range rest {
			if c != "error" {
				t.Errorf("root children = %v: errors mixed with %s", children, c)
			}
		}
	} else if len(rest) != 1 || rest[0] != verb {
		t.Errorf("root children = %v, want one %q", children, verb)
	}
}

// attrs returns the request element's attributes as a map.
func (r *response) attrs() map[string]string {
	m := map[string]string{}
	for _, a := range r.Request.Attrs {
		m[a.Name.Local] = a.Value
	}
	return m
}

func TestIdentify(t *testing.T) {
	db := storetest.SeedDB(t)
	recs, _, err := db.HarvestRecords(t.Context(), store.Harvest{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	r := get(t, newHandler(db, 0), "verb=Identify")
	if r.errorCode() != "" {
		t.Fatalf("error %v", r.Errors)
	}
	id := r.Identify
	if id.RepositoryName != "Labor annals" || id.BaseURL != base+"/oai" || id.ProtocolVersion != "2.0" ||
		!slices.Equal(id.AdminEmail, []string{"archivist@example.org"}) || id.DeletedRecord != "no" || id.Granularity != "YYYY-MM-DDThh:mm:ssZ" {
		t.Errorf("Identify = %+v", id)
	}
	if want := store.Datestamp(recs[0]).Format("2006-01-02T15:04:05Z"); id.EarliestDatestamp != want {
		t.Errorf("earliestDatestamp = %q, want %q", id.EarliestDatestamp, want)
	}
	if len(id.Description) != 1 || id.Description[0].RepositoryIdentifier != "annals.example.org" || id.Description[0].SampleIdentifier != prefix+"1" {
		t.Errorf("oai-identifier description = %+v", id.Description)
	}
	if r.ResponseDate != "2030-01-02T03:04:05Z" || r.Request.BaseURL != base+"/oai" || r.attrs()["verb"] != "Identify" {
		t.Errorf("responseDate %q, request %q %v", r.ResponseDate, r.Request.BaseURL, r.attrs())
	}

	t.Run("NoBaseURL", func(t *testing.T) {
		// Without a configured address the request's is used; a host
		// that is not a domain name gets no oai-identifier description.
		h := &oai.Handler{DB: db}
		w := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/oai?verb=Identify", nil)
		req.Host = "127.0.0.1:8080"
		h.ServeHTTP(w, req)
		r := decode(t, w)
		if r.Identify.BaseURL != "http://127.0.0.1:8080/oai" || r.Identify.RepositoryName != "annals" ||
			!slices.Equal(r.Identify.AdminEmail, []string{"webmaster@127.0.0.1"}) || len(r.Identify.Description) != 0 {
			t.Errorf("Identify = %+v", r.Identify)
		}
		r = get(t, h, "verb=ListIdentifiers&metadataPrefix=oai_dc")
		if got := r.ListIdentifiers.Headers[0].Identifier; !strings.HasPrefix(got, "oai:example.com:records/") {
			t.Errorf("identifier = %q, want the request's host (httptest's example.com)", got)
		}
	})

	t.Run("EmptyArchive", func(t *testing.T) {
		r := get(t, newHandler(storetest.NewDB(t), 0), "verb=Identify")
		if r.Identify.EarliestDatestamp != "2030-01-02T03:04:05Z" {
			t.Errorf("earliestDatestamp of an empty archive = %q, want now", r.Identify.EarliestDatestamp)
		}
	})
}

func TestListMetadataFormats(t *testing.T) {
	h := newHandler(storetest.SeedDB(t), 0)
	for _, q := range []string{"verb=ListMetadataFormats", "verb=ListMetadataFormats&identifier=" + prefix + "3"} {
		r := get(t, h, q)
		if r.errorCode() != "" {
			t.Fatalf("%s: error %v", q, r.Errors)
		}
		f := r.ListMetadataFormats.Formats
		if len(f) != 1 || f[0].Prefix != "oai_dc" || f[0].Schema != "http://www.openarchives.org/OAI/2.0/oai_dc.xsd" ||
			f[0].Namespace != "http://www.openarchives.org/OAI/2.0/oai_dc/" {
			t.Errorf("%s: formats = %+v", q, f)
		}
	}
	r := get(t, h, "verb=ListMetadataFormats&identifier="+prefix+"999")
	if r.errorCode() != "idDoesNotExist" || r.attrs()["identifier"] != prefix+"999" {
		t.Errorf("unknown identifier: errors %v, request %v", r.Errors, r.attrs())
	}
}

func TestListSets(t *testing.T) {
	db := storetest.SeedDB(t)
	r := get(t, newHandler(db, 0), "verb=ListSets")
	if r.errorCode() != "" {
		t.Fatalf("error %v", r.Errors)
	}
	topics, err := db.FindTopics(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.ListSets.Sets) != 1 || len(topics) != 1 {
		t.Fatalf("sets = %+v, topics %d", r.ListSets.Sets, len(topics))
	}
	if s := r.ListSets.Sets[0]; s.Spec != "kazakhstan" || s.Name != topics[0].Title {
		t.Errorf("set = %+v, want kazakhstan %q", s, topics[0].Title)
	}

	t.Run("Description", func(t *testing.T) {
		db := storetest.NewDB(t)
		importAt(t, db, time.Now(), annals.Topic{Slug: "strikes", Title: "Strikes", Description: "Walkouts & lockouts"}, &annals.Record{Title: "A strike"})
		importAt(t, db, time.Now(), annals.Topic{Slug: "archives", Title: "Archives"}, &annals.Record{Title: "A box"})
		r := get(t, newHandler(db, 0), "verb=ListSets")
		var got []string
		for _, s := range r.ListSets.Sets {
			got = append(got, s.Spec+"|"+s.Name+"|"+strings.Join(s.Description, ";"))
		}
		if want := []string{"archives|Archives|", "strikes|Strikes|Walkouts & lockouts"}; !slices.Equal(got, want) {
			t.Errorf("sets = %q, want %q", got, want)
		}
	})
}

func TestGetRecord(t *testing.T) {
	db := storetest.SeedDB(t)
	all, _, err := db.FindRecords(t.Context(), annals.RecordFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	// The seed record with the most fields.
	var want *annals.Record
	best := -1
	for _, rec := range all {
		n := 0
		for _, has := range []bool{len(rec.Authors) > 0, rec.Source != "", rec.URL != "", rec.Summary != "", !rec.Date.IsZero(), rec.Language != ""} {
			if has {
				n++
			}
		}
		if n > best {
			want, best = rec, n
		}
	}
	id := fmt.Sprint(want.ID)
	r := get(t, newHandler(db, 0), "verb=GetRecord&metadataPrefix=oai_dc&identifier="+prefix+id)
	if r.errorCode() != "" {
		t.Fatalf("error %v", r.Errors)
	}
	if a := r.attrs(); a["verb"] != "GetRecord" || a["identifier"] != prefix+id || a["metadataPrefix"] != "oai_dc" {
		t.Errorf("request attributes = %v", a)
	}
	got := r.GetRecord.Record
	if got.Header.Identifier != prefix+id || got.Header.Datestamp != store.Datestamp(want).Format("2006-01-02T15:04:05Z") ||
		!slices.Equal(got.Header.SetSpec, []string{"kazakhstan"}) {
		t.Errorf("header = %+v", got.Header)
	}
	topic, err := db.FindTopicBySlug(t.Context(), "kazakhstan")
	if err != nil {
		t.Fatal(err)
	}
	dc := got.Metadata.DC
	checks := []struct {
		name      string
		got, want []string
	}{
		{"title", dc.Title, []string{want.Title}},
		{"creator", dc.Creator, want.Authors},
		{"subject", dc.Subject, []string{topic.Title}},
		{"description", dc.Description, []string{want.Summary}},
		{"publisher", dc.Publisher, nonEmpty(want.Source)},
		{"source", dc.Source, nonEmpty(want.Source)},
		{"date", dc.Date, []string{want.Date.String()}},
		{"type", dc.Type, []string{"Text"}},
		{"identifier", dc.Identifier, append(nonEmpty(want.URL), base+"/records/"+id)},
	}
	if want.Language != "" {
		checks = append(checks, struct {
			name      string
			got, want []string
		}{"language", dc.Language, []string{want.Language}})
	}
	for _, c := range checks {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("dc:%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// harvest lists every record of query (ListRecords or ListIdentifiers
// arguments), following resumption tokens, and returns the identifiers in
// order and the tokens seen.
func harvest(t *testing.T, h http.Handler, verb, query string) (ids []string, tokens []*token) {
	t.Helper()
	r := get(t, h, "verb="+verb+"&"+query)
	for range 100 {
		if r.errorCode() != "" {
			t.Fatalf("error %v", r.Errors)
		}
		var tok *token
		if verb == "ListRecords" {
			for _, rec := range r.ListRecords.Records {
				ids = append(ids, rec.Header.Identifier)
			}
			tok = r.ListRecords.Token
		} else {
			for _, hd := range r.ListIdentifiers.Headers {
				ids = append(ids, hd.Identifier)
			}
			tok = r.ListIdentifiers.Token
		}
		if tok == nil {
			return ids, tokens
		}
		tokens = append(tokens, tok)
		if tok.Value == "" {
			return ids, tokens
		}
		r = get(t, h, "verb="+verb+"&resumptionToken="+url.QueryEscape(tok.Value))
		if a := r.attrs(); len(a) != 2 || a["resumptionToken"] != tok.Value {
			t.Errorf("request attributes of a resumed list = %v", a)
		}
	}
	t.Fatal("the list does not end")
	return nil, nil
}

// wantOrder returns the identifiers of every record in harvesting order.
func wantOrder(t *testing.T, db *store.DB) []string {
	recs, _, err := db.HarvestRecords(t.Context(), store.Harvest{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i, r := range recs {
		ids = append(ids, prefix+fmt.Sprint(r.ID))
		if i > 0 {
			p := recs[i-1]
			if store.Datestamp(r).Before(store.Datestamp(p)) || (store.Datestamp(r).Equal(store.Datestamp(p)) && r.ID < p.ID) {
				t.Errorf("records %d and %d are out of (datestamp, id) order", p.ID, r.ID)
			}
		}
	}
	return ids
}

func TestListRecordsPages(t *testing.T) {
	db := storetest.SeedDB(t)
	want := wantOrder(t, db)
	if len(want) != 18 {
		t.Fatalf("the seed archive has %d records, want 18", len(want))
	}
	for _, verb := range []string{"ListRecords", "ListIdentifiers"} {
		t.Run(verb, func(t *testing.T) {
			ids, tokens := harvest(t, newHandler(db, 5), verb, "metadataPrefix=oai_dc")
			if !slices.Equal(ids, want) {
				t.Errorf("harvested %q, want %q", ids, want)
			}
			// 4 pages: 3 tokens, and the empty one that ends the list.
			var got []string
			for _, tok := range tokens {
				got = append(got, fmt.Sprintf("%d/%d/%t", tok.Cursor, tok.CompleteListSize, tok.Value != ""))
			}
			if want := []string{"0/18/true", "5/18/true", "10/18/true", "15/18/false"}; !slices.Equal(got, want) {
				t.Errorf("tokens cursor/size/more = %q, want %q", got, want)
			}
		})
	}

	t.Run("OnePage", func(t *testing.T) {
		r := get(t, newHandler(db, 0), "verb=ListRecords&metadataPrefix=oai_dc")
		if len(r.ListRecords.Records) != 18 || r.ListRecords.Token != nil {
			t.Errorf("default page: %d records, token %+v; want 18 and no token", len(r.ListRecords.Records), r.ListRecords.Token)
		}
	})
	t.Run("ExactPages", func(t *testing.T) {
		// 18 records in pages of 9: the second page ends the list.
		ids, tokens := harvest(t, newHandler(db, 9), "ListIdentifiers", "metadataPrefix=oai_dc&set=kazakhstan")
		if !slices.Equal(ids, want) || len(tokens) != 2 || tokens[1].Value != "" || tokens[1].Cursor != 9 {
			t.Errorf("ids %d, tokens %+v", len(ids), tokens)
		}
	})
}

// TestResumptionAcrossChanges changes a record in the middle of a harvest:
// no record is lost, and the changed one comes again at the end with its
// new datestamp.
func TestResumptionAcrossChanges(t *testing.T) {
	db := storetest.NewDB(t)
	t0 := time.Date(2020, 5, 1, 12, 0, 0, 0, time.UTC)
	topic := annals.Topic{Slug: "strikes", Title: "Strikes"}
	var recs []*annals.Record
	for i := range 6 {
		recs = append(recs, &annals.Record{Title: fmt.Sprintf("Strike %d", i)})
	}
	importAt(t, db, t0, topic, recs...)
	h := newHandler(db, 2)
	r := get(t, h, "verb=ListIdentifiers&metadataPrefix=oai_dc")
	first := r.ListIdentifiers.Headers
	// The first record gains a topic, which changes it.
	importAt(t, db, t0.Add(time.Hour), annals.Topic{Slug: "archives", Title: "Archives"}, &annals.Record{Title: "Strike 0"})
	ids := []string{first[0].Identifier, first[1].Identifier}
	tok := r.ListIdentifiers.Token
	for tok != nil && tok.Value != "" {
		r = get(t, h, "verb=ListIdentifiers&resumptionToken="+tok.Value)
		for _, hd := range r.ListIdentifiers.Headers {
			ids = append(ids, hd.Identifier)
		}
		tok = r.ListIdentifiers.Token
	}
	want := []string{prefix + "1", prefix + "2", prefix + "3", prefix + "4", prefix + "5", prefix + "6", prefix + "1"}
	if !slices.Equal(ids, want) {
		t.Errorf("harvested %q, want %q", ids, want)
	}
}

// importAt imports recs into topic with the clock at t.
func importAt(t *testing.T, db *store.DB, at time.Time, topic annals.Topic, recs ...*annals.Record) {
	t.Helper()
	db.Now = func() time.Time { return at }
	if _, err := db.ImportRecords(t.Context(), &annals.Import{Topic: topic, Origin: "test", Format: "jsonl"}, recs, nil); err != nil {
		t.Fatal(err)
	}
}

func TestFromUntilSet(t *testing.T) {
	db := storetest.NewDB(t)
	strikes := annals.Topic{Slug: "strikes", Title: "Strikes"}
	archives := annals.Topic{Slug: "archives", Title: "Archives"}
	importAt(t, db, time.Date(2020, 1, 1, 23, 59, 59, 0, time.UTC), strikes, &annals.Record{Title: "a"})
	// A fraction of a second is below the granularity: the datestamp is
	// 2020-01-02T00:00:00Z, and the record sorts with that second.
	importAt(t, db, time.Date(2020, 1, 2, 0, 0, 0, 500_000_000, time.UTC), strikes, &annals.Record{Title: "b"})
	importAt(t, db, time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), archives, &annals.Record{Title: "c"})
	importAt(t, db, time.Date(2020, 1, 2, 12, 30, 0, 0, time.UTC), archives, &annals.Record{Title: "d"})
	importAt(t, db, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC), strikes, &annals.Record{Title: "e"})
	h := newHandler(db, 0)

	tests := []struct {
		query string
		want  string // titles, or an error code
	}{
		{"", "abcde"},
		{"&from=2020-01-02", "bcde"},
		{"&until=2020-01-02", "abcd"},
		{"&from=2020-01-02&until=2020-01-02", "bcd"},
		{"&from=2020-01-02T00:00:00Z", "bcde"},
		{"&from=2020-01-02T00:00:01Z", "de"},
		{"&until=2020-01-02T00:00:00Z", "abc"},
		{"&until=2020-01-01T23:59:59Z", "a"},
		{"&from=2020-01-02T12:30:00Z&until=2020-01-02T12:30:00Z", "d"},
		{"&set=strikes", "abe"},
		{"&set=archives&from=2020-01-02T00:00:01Z", "d"},
		{"&set=strikes&from=2020-01-02T00:00:01Z&until=2020-01-02T23:00:00Z", "noRecordsMatch"},
		{"&set=nosuchtopic", "noRecordsMatch"},
		{"&from=2021-01-01", "noRecordsMatch"},
		{"&until=2019-12-31", "noRecordsMatch"},
	}
	for _, tt := range tests {
		r := get(t, h, "verb=ListRecords&metadataPrefix=oai_dc"+tt.query)
		got := r.errorCode()
		if got == "" {
			for _, rec := range r.ListRecords.Records {
				got += strings.Join(rec.Metadata.DC.Title, "")
			}
		} else if a := r.attrs(); a["verb"] != "ListRecords" || a["metadataPrefix"] != "oai_dc" {
			t.Errorf("%s: noRecordsMatch does not echo the arguments: %v", tt.query, a)
		}
		if got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.query, got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	db := storetest.SeedDB(t)
	h := newHandler(db, 5)
	r := get(t, h, "verb=ListIdentifiers&metadataPrefix=oai_dc")
	idsToken := r.ListIdentifiers.Token.Value

	tests := []struct {
		query, code string
	}{
		{"", "badVerb"},
		{"verb=Frobnicate", "badVerb"},
		{"verb=identify", "badVerb"},
		{"verb=Identify&verb=Identify", "badVerb"},
		{"verb=Identify&foo=bar", "badArgument"},
		{"verb=ListRecords", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"},
		{"verb=ListRecords&metadataPrefix=", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-01", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-02-30", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00.5Z", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00%2B01:00", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&until=yesterday", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-12-31T00:00:00Z", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-02&until=2020-01-01", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&set=Not%20a%20set", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&identifier=" + prefix + "1", "badArgument"},
		{"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=" + idsToken, "badArgument"},
		{"verb=GetRecord&metadataPrefix=oai_dc", "badArgument"},
		{"verb=GetRecord&identifier=" + prefix + "1", "badArgument"},
		{"verb=ListSets&set=kazakhstan", "badArgument"},
		{"verb=ListIdentifiers&metadataPrefix=oai_dc&bad=%zz", "badArgument"},
		{"verb=ListRecords&resumptionToken=garbage", "badResumptionToken"},
		{"verb=ListRecords&resumptionToken=" + idsToken, "badResumptionToken"}, // issued for ListIdentifiers
		{"verb=ListIdentifiers&resumptionToken=" + idsToken[:len(idsToken)-3], "badResumptionToken"},
		{"verb=ListIdentifiers&resumptionToken=" + idsToken + "x", "badResumptionToken"},
		{"verb=ListSets&resumptionToken=" + idsToken, "badResumptionToken"},
		{"verb=ListRecords&metadataPrefix=marcxml", "cannotDisseminateFormat"},
		{"verb=ListIdentifiers&metadataPrefix=oai_dc2&set=kazakhstan", "cannotDisseminateFormat"},
		{"verb=GetRecord&metadataPrefix=mods&identifier=" + prefix + "1", "cannotDisseminateFormat"},
		{"verb=GetRecord&metadataPrefix=oai_dc&identifier=" + prefix + "999", "idDoesNotExist"},
		{"verb=GetRecord&metadataPrefix=oai_dc&identifier=" + prefix + "01", "idDoesNotExist"},
		{"verb=GetRecord&metadataPrefix=oai_dc&identifier=" + prefix + "-1", "idDoesNotExist"},
		{"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:records/1", "idDoesNotExist"},
		{"verb=GetRecord&metadataPrefix=oai_dc&identifier=1", "idDoesNotExist"},
		{"verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch"},
	}
	for _, tt := range tests {
		r := get(t, h, tt.query)
		if len(r.Errors) != 1 || r.Errors[0].Code != tt.code || strings.TrimSpace(r.Errors[0].Message) == "" {
			t.Errorf("%s: errors %+v, want one %s with a message", tt.query, r.Errors, tt.code)
			continue
		}
		a := r.attrs()
		if tt.code == "badVerb" || tt.code == "badArgument" {
			if len(a) != 0 {
				t.Errorf("%s: %s response echoes the arguments %v", tt.query, tt.code, a)
			}
		} else if a["verb"] == "" {
			t.Errorf("%s: %s response does not echo the arguments", tt.query, tt.code)
		}
		if r.Request.BaseURL != base+"/oai" {
			t.Errorf("%s: request = %q", tt.query, r.Request.BaseURL)
		}
	}

	t.Run("noSetHierarchy", func(t *testing.T) {
		// An archive without topics has no sets to list.
		r := get(t, newHandler(storetest.NewDB(t), 0), "verb=ListSets")
		if r.errorCode() != "noSetHierarchy" {
			t.Errorf("errors %v, want noSetHierarchy", r.Errors)
		}
	})
	t.Run("noMetadataFormats", func(t *testing.T) {
		// Every item has oai_dc, so this error cannot arise: a known
		// identifier lists oai_dc, an unknown one is idDoesNotExist.
		r := get(t, h, "verb=ListMetadataFormats&identifier="+prefix+"2")
		if r.errorCode() != "" || len(r.ListMetadataFormats.Formats) != 1 {
			t.Errorf("errors %v", r.Errors)
		}
	})
}

func TestPOST(t *testing.T) {
	h := newHandler(storetest.SeedDB(t), 5)
	post := func(body, ct string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/oai", strings.NewReader(body))
		req.Header.Set("Content-Type", ct)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w
	}
	r := decode(t, post("verb=ListRecords&metadataPrefix=oai_dc&set=kazakhstan", "application/x-www-form-urlencoded"))
	if r.errorCode() != "" || len(r.ListRecords.Records) != 5 {
		t.Fatalf("errors %v", r.Errors)
	}
	r = decode(t, post("verb=ListRecords&resumptionToken="+url.QueryEscape(r.ListRecords.Token.Value), "application/x-www-form-urlencoded; charset=utf-8"))
	if r.errorCode() != "" || len(r.ListRecords.Records) != 5 || r.ListRecords.Token.Cursor != 5 {
		t.Fatalf("resumed by POST: errors %v", r.Errors)
	}
	if r := decode(t, post("verb=Identify&verb=ListSets", "application/x-www-form-urlencoded")); r.errorCode() != "badVerb" {
		t.Errorf("repeated verb by POST: errors %v", r.Errors)
	}
	if w := post("verb=Identify", "text/plain"); w.Code != http.StatusUnsupportedMediaType {
		t.Errorf("POST text/plain: status %d", w.Code)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodPut, "/oai?verb=Identify", nil))
	if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") == "" {
		t.Errorf("PUT: status %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
}

// TestHostileText checks that text from records and topics, which comes
// from anywhere, cannot break or inject into the XML.
func TestHostileText(t *testing.T) {
	db := storetest.NewDB(t)
	hostile := `</dc:title><dc:creator>injected</dc:creator>]]><![CDATA[ & &amp; "quoted" 'single' <script>alert(1)</script>`
	rec := &annals.Record{
		Title:   hostile + "\x01\x0bcontrol\ufffe",
		Authors: []string{`Smith <smith@example.org>`, `O'Brien & "Sons"`},
		Source:  `<Workers & World>`,
		Summary: hostile + "\r\nline two",
		URL:     `https://example.org/a?x=1&y=<2>`,
		Date:    annals.YearDate(1986),
	}
	importAt(t, db, time.Now(), annals.Topic{Slug: "hostile", Title: `<b>Topic</b> & "co"`, Description: hostile}, rec)
	h := newHandler(db, 0)

	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier="+prefix+"1", nil))
	body := w.Body.String()
	for _, bad := range []string{"<script", "<dc:creator>injected", "<![CDATA[", "\x01", "\x0b"} {
		if strings.Contains(body, bad) {
			t.Errorf("response holds %q unescaped", bad)
		}
	}
	r := decode(t, w)
	dc := r.GetRecord.Record.Metadata.DC
	// Characters XML cannot carry become U+FFFD; everything else comes
	// back as it went in.
	if want := hostile + "\ufffd\ufffdcontrol\ufffd"; !slices.Equal(dc.Title, []string{want}) {
		t.Errorf("title = %q, want %q", dc.Title, want)
	}
	if !slices.Equal(dc.Creator, rec.Authors) || !slices.Equal(dc.Publisher, []string{rec.Source}) ||
		!slices.Equal(dc.Description, []string{rec.Summary}) || !slices.Equal(dc.Subject, []string{`<b>Topic</b> & "co"`}) ||
		!slices.Equal(dc.Identifier, []string{rec.URL, base + "/records/1"}) || !slices.Equal(dc.Date, []string{"1986"}) {
		t.Errorf("dc = %+v", dc)
	}

	r = get(t, h, "verb=ListSets")
	if s := r.ListSets.Sets[0]; s.Name != `<b>Topic</b> & "co"` || !slices.Equal(s.Description, []string{hostile}) {
		t.Errorf("set = %+v", s)
	}
	// Hostile arguments are escaped too where they are echoed.
	r = get(t, h, "verb=GetRecord&metadataPrefix=oai_dc&identifier="+url.QueryEscape(`"><x a='`+"\x02"))
	if r.errorCode() != "idDoesNotExist" || r.attrs()["identifier"] != `"><x a='`+"\ufffd" {
		t.Errorf("hostile identifier: errors %v, request %v", r.Errors, r.attrs())
	}
}
