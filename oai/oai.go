// Package oai serves the archive to harvesters over OAI-PMH 2.0
// (https://www.openarchives.org/OAI/openarchivesprotocol.html): library
// aggregators and union catalogues copy records, and later only the changed
// ones, by asking for what changed between two dates.
//
// Every record is an item, identified as oai:HOST:records/ID, with its
// metadata in unqualified Dublin Core (oai_dc). Its datestamp is the time of
// its last change, to the second. Topics are sets, named by their slugs.
// Lists are sent in pages, continued by resumption tokens that carry their
// own state, so the server keeps none between requests.
package oai

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

// Protocol constants.
const (
	prefixDC = "oai_dc"
	// stampLayout is the granularity of datestamps: seconds, in UTC.
	stampLayout = "2006-01-02T15:04:05Z"
	dayLayout   = "2006-01-02"
)

// Page sizes of ListRecords and ListIdentifiers.
const (
	DefaultPageSize = 100
	MaxPageSize     = 500
)

// maxBody bounds a POST request's arguments.
const maxBody = 64 << 10

// Handler answers OAI-PMH requests. It serves one path (mounted at /oai)
// and takes GET and POST (application/x-www-form-urlencoded) requests.
type Handler struct {
	// DB is the archive.
	DB *store.DB
	// BaseURL is the site's public address, such as
	// "https://annals.example.org", without /oai. Its host names the
	// repository in identifiers (oai:HOST:records/ID) and record pages
	// are BaseURL/records/ID. When empty it is taken from each request,
	// which is right only for a server that is reached under one name.
	BaseURL string
	// RepositoryName is shown to harvesters; "annals" when empty.
	RepositoryName string
	// AdminEmail is the address of the repository's administrator, which
	// the protocol requires; webmaster@HOST when empty.
	AdminEmail string
	// PageSize is the number of records or headers per response of a
	// list; DefaultPageSize when zero, at most MaxPageSize.
	PageSize int
	// Logger receives internal errors; none are logged when nil.
	Logger *slog.Logger
	// Now returns the current time, for responseDate; time.Now when nil.
	Now func() time.Time
}

// verbArgs lists the arguments of each verb besides verb itself. An
// exclusive argument may only appear alone.
var verbArgs = map[string]struct {
	required, optional []string
	exclusive          string
}{
	"Identify":            {},
	"ListMetadataFormats": {optional: []string{"identifier"}},
	"ListSets":            {exclusive: "resumptionToken"},
	"GetRecord":           {required: []string{"identifier", "metadataPrefix"}},
	"ListIdentifiers":     {required: []string{"metadataPrefix"}, optional: []string{"from", "until", "set"}, exclusive: "resumptionToken"},
	"ListRecords":         {required: []string{"metadataPrefix"}, optional: []string{"from", "until", "set"}, exclusive: "resumptionToken"},
}

// protocolError is an OAI-PMH error condition, sent in the response body
// with HTTP status 200.
type protocolError struct {
	code, message string
}

func (e *protocolError) Error() string { return e.code + ": " + e.message }

func errorf(code, format string, args ...any) *protocolError {
	return &protocolError{code: code, message: fmt.Sprintf(format, args...)}
}

// call is one request being answered.
type call struct {
	h    *Handler
	base string // the site's address, without a trailing slash
	host string // the repository identifier
	args url.Values
	resp *envelope
}

// ServeHTTP answers one OAI-PMH request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var args url.Values
	var argErr error
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		args, argErr = url.ParseQuery(r.URL.RawQuery)
	case http.MethodPost:
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if ct != "application/x-www-form-urlencoded" {
			http.Error(w, "OAI-PMH requests by POST must be application/x-www-form-urlencoded.", http.StatusUnsupportedMediaType)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if argErr = r.ParseForm(); argErr == nil {
			args = r.PostForm
		}
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, "OAI-PMH takes GET and POST requests.", http.StatusMethodNotAllowed)
		return
	}

	c := &call{h: h, args: args}
	c.base, c.host = h.site(r)
	c.resp = &envelope{
		NSXSI:          nsXSI,
		SchemaLocation: nsOAI + " " + schemaOAI,
		ResponseDate:   h.now().UTC().Format(stampLayout),
		Request:        request{BaseURL: c.base + "/oai"},
	}
	var err error
	if argErr != nil {
		err = errorf("badArgument", "The arguments cannot be read: they are not URL-encoded form values.")
	} else {
		err = c.serve(r.Context())
	}
	if pe, ok := err.(*protocolError); ok {
		c.resp.Errors = []oaiError{{Code: pe.code, Message: pe.message}}
		if pe.code == "badVerb" || pe.code == "badArgument" {
			// The request is echoed without its arguments when they
			// are not valid.
			c.resp.Request = request{BaseURL: c.resp.Request.BaseURL}
		}
		c.resp.Identify, c.resp.ListMetadataFormats, c.resp.ListSets = nil, nil, nil
		c.resp.GetRecord, c.resp.ListIdentifiers, c.resp.ListRecords = nil, nil, nil
	} else if err != nil {
		h.logger().Error("oai request failed", "verb", args.Get("verb"), "error", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}

	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	if err := enc.Encode(c.resp); err != nil {
		h.logger().Error("oai response failed", "verb", args.Get("verb"), "error", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	buf.WriteByte('\n')
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

func (h *Handler) now() time.Time {
	if h.Now == nil {
		return time.Now()
	}
	return h.Now()
}

func (h *Handler) logger() *slog.Logger {
	if h.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return h.Logger
}

func (h *Handler) pageSize() int {
	switch {
	case h.PageSize <= 0:
		return DefaultPageSize
	case h.PageSize > MaxPageSize:
		return MaxPageSize
	}
	return h.PageSize
}

// site returns the site's address and the repository identifier (its host
// name, without a port).
func (h *Handler) site(r *http.Request) (base, host string) {
	base = strings.TrimRight(h.BaseURL, "/")
	if base == "" {
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		base = scheme + "://" + r.Host
	}
	if u, err := url.Parse(base); err == nil && u.Hostname() != "" {
		host = strings.ToLower(u.Hostname())
	} else {
		host = "localhost"
	}
	return base, host
}

// serve checks the arguments and fills c.resp, or returns a
// *protocolError, or another error for an internal failure.
func (c *call) serve(ctx context.Context) error {
	verbs := c.args["verb"]
	switch {
	case len(verbs) == 0:
		return errorf("badVerb", "The verb argument is missing.")
	case len(verbs) > 1:
		return errorf("badVerb", "The verb argument is repeated.")
	}
	verb := verbs[0]
	spec, ok := verbArgs[verb]
	if !ok {
		return errorf("badVerb", "%q is not an OAI-PMH verb.", verb)
	}
	for name, vs := range c.args {
		if name == "verb" {
			continue
		}
		if name != spec.exclusive && !slices.Contains(spec.required, name) && !slices.Contains(spec.optional, name) {
			return errorf("badArgument", "%s does not take the argument %q.", verb, name)
		}
		if len(vs) > 1 {
			return errorf("badArgument", "The argument %s is repeated.", name)
		}
		if vs[0] == "" {
			return errorf("badArgument", "The argument %s is empty.", name)
		}
	}
	if spec.exclusive != "" && c.args.Has(spec.exclusive) {
		if len(c.args) > 2 {
			return errorf("badArgument", "The argument %s must be the only argument besides verb.", spec.exclusive)
		}
	} else {
		for _, name := range spec.required {
			if !c.args.Has(name) {
				return errorf("badArgument", "%s needs the argument %s.", verb, name)
			}
		}
	}
	c.resp.Request.Verb = verb

	switch verb {
	case "Identify":
		return c.identify(ctx)
	case "ListMetadataFormats":
		return c.listMetadataFormats(ctx)
	case "ListSets":
		return c.listSets(ctx)
	case "GetRecord":
		return c.getRecord(ctx)
	default:
		return c.list(ctx, verb)
	}
}

// repositoryIdentifier matches the repositoryIdentifier of
// oai-identifier.xsd: a domain name with at least two labels.
var repositoryIdentifier = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$`)

func (c *call) identify(ctx context.Context) error {
	earliest, err := c.h.DB.EarliestDatestamp(ctx)
	if err != nil {
		return err
	}
	if earliest.IsZero() {
		// An empty archive: nothing is older than now.
		earliest = c.h.now()
	}
	id := &identify{
		RepositoryName:    c.h.RepositoryName,
		BaseURL:           c.base + "/oai",
		ProtocolVersion:   "2.0",
		AdminEmail:        []string{c.h.AdminEmail},
		EarliestDatestamp: earliest.UTC().Format(stampLayout),
		// Deleted records leave no trace that could be reported.
		DeletedRecord: "no",
		Granularity:   "YYYY-MM-DDThh:mm:ssZ",
	}
	if id.RepositoryName == "" {
		id.RepositoryName = "annals"
	}
	if c.h.AdminEmail == "" {
		id.AdminEmail = []string{"webmaster@" + c.host}
	}
	// The oai-identifier description is only valid for a domain name.
	if repositoryIdentifier.MatchString(c.host) {
		id.Description = []*description{{OAIIdentifier: &oaiIdentifier{
			NSXSI:                nsXSI,
			SchemaLocation:       nsIdentifier + " " + schemaIdentif,
			Scheme:               "oai",
			RepositoryIdentifier: c.host,
			Delimiter:            ":",
			SampleIdentifier:     c.identifier(1),
		}}}
	}
	c.resp.Identify = id
	return nil
}

func (c *call) listMetadataFormats(ctx context.Context) error {
	if s := c.args.Get("identifier"); s != "" {
		c.resp.Request.Identifier = s
		if _, err := c.findRecord(ctx, s); err != nil {
			return err
		}
	}
	// Every record has Dublin Core, so noMetadataFormats never applies.
	c.resp.ListMetadataFormats = &listMetadataFormats{MetadataFormat: []metadataFormat{{
		MetadataPrefix:    prefixDC,
		Schema:            schemaOAIDC,
		MetadataNamespace: nsOAIDC,
	}}}
	return nil
}

func (c *call) listSets(ctx context.Context) error {
	if s := c.args.Get("resumptionToken"); s != "" {
		c.resp.Request.ResumptionToken = s
		return errorf("badResumptionToken", "The list of sets is sent whole; there is no resumption token.")
	}
	topics, err := c.h.DB.TopicNames(ctx)
	if err != nil {
		return err
	}
	if len(topics) == 0 {
		// The schema needs at least one set in a ListSets response.
		return errorf("noSetHierarchy", "The archive has no topics yet, so no sets.")
	}
	ls := &listSets{}
	for _, t := range topics {
		s := set{SetSpec: t.Slug, SetName: t.Title}
		if t.Description != "" {
			dc := newDublinCore()
			dc.Description = []string{t.Description}
			s.SetDescription = []*metadataDC{{DC: dc}}
		}
		ls.Set = append(ls.Set, s)
	}
	c.resp.ListSets = ls
	return nil
}

func (c *call) getRecord(ctx context.Context) error {
	c.resp.Request.Identifier = c.args.Get("identifier")
	c.resp.Request.MetadataPrefix = c.args.Get("metadataPrefix")
	if err := checkPrefix(c.resp.Request.MetadataPrefix); err != nil {
		return err
	}
	r, err := c.findRecord(ctx, c.resp.Request.Identifier)
	if err != nil {
		return err
	}
	titles, err := c.topicTitles(ctx)
	if err != nil {
		return err
	}
	c.resp.GetRecord = &getRecord{Record: c.record(r, titles)}
	return nil
}

func checkPrefix(p string) error {
	if p != prefixDC {
		return errorf("cannotDisseminateFormat", "The metadata format %q is not available; records are in oai_dc.", p)
	}
	return nil
}

// identifier returns the OAI identifier of record id.
func (c *call) identifier(id int64) string {
	return "oai:" + c.host + ":records/" + strconv.FormatInt(id, 10)
}

// findRecord returns the record an identifier names, or idDoesNotExist.
func (c *call) findRecord(ctx context.Context, identifier string) (*annals.Record, error) {
	s, ok := strings.CutPrefix(identifier, "oai:"+c.host+":records/")
	id, err := strconv.ParseInt(s, 10, 64)
	if !ok || err != nil || id <= 0 || strconv.FormatInt(id, 10) != s {
		return nil, errorf("idDoesNotExist", "%q is not an identifier of this repository; they look like %s.", identifier, c.identifier(1))
	}
	r, err := c.h.DB.FindRecordByID(ctx, id)
	if annals.ErrorCode(err) == annals.ENOTFOUND {
		return nil, errorf("idDoesNotExist", "There is no record %s.", identifier)
	}
	return r, err
}

// topicTitles maps topic slugs to titles, for dc:subject.
func (c *call) topicTitles(ctx context.Context) (map[string]string, error) {
	topics, err := c.h.DB.TopicNames(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(topics))
	for _, t := range topics {
		out[t.Slug] = t.Title
	}
	return out, nil
}

// list answers ListIdentifiers and ListRecords.
func (c *call) list(ctx context.Context, verb string) error {
	var t token
	resumed := false
	if s := c.args.Get("resumptionToken"); s != "" {
		c.resp.Request.ResumptionToken = s
		var err error
		if t, err = decodeToken(s, verb); err != nil {
			return errorf("badResumptionToken", "The resumption token is not one this repository issued for %s, or it was cut.", verb)
		}
		resumed = true
	} else {
		t = token{Verb: verb, Prefix: c.args.Get("metadataPrefix"), Set: c.args.Get("set")}
		from, fromDay, err := parseDatestamp("from", c.args.Get("from"), false)
		if err != nil {
			return err
		}
		until, untilDay, err := parseDatestamp("until", c.args.Get("until"), true)
		if err != nil {
			return err
		}
		if !from.IsZero() && !until.IsZero() {
			if fromDay != untilDay {
				return errorf("badArgument", "from and until must have the same granularity.")
			} else if from.After(until) {
				return errorf("badArgument", "from is later than until.")
			}
		}
		if t.Set != "" && annals.ValidateSlug(t.Set) != nil {
			return errorf("badArgument", "%q is not a set of this repository; sets are topic slugs.", t.Set)
		}
		c.resp.Request.MetadataPrefix = t.Prefix
		c.resp.Request.From = c.args.Get("from")
		c.resp.Request.Until = c.args.Get("until")
		c.resp.Request.Set = t.Set
		if err := checkPrefix(t.Prefix); err != nil {
			return err
		}
		if !from.IsZero() {
			t.From = from.Format(stampLayout)
		}
		if !until.IsZero() {
			t.Until = until.Format(stampLayout)
		}
	}

	q := store.Harvest{Topic: t.Set, Limit: c.h.pageSize() + 1}
	q.From, _ = time.Parse(stampLayout, t.From)
	q.Until, _ = time.Parse(stampLayout, t.Until)
	if resumed {
		q.AfterStamp, _ = time.Parse(stampLayout, t.Stamp)
		q.AfterID = t.ID
	}
	recs, total, err := c.h.DB.HarvestRecords(ctx, q)
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		if resumed {
			return errorf("noRecordsMatch", "No records are left in this list: they changed since it began. Harvest again from its start.")
		}
		return errorf("noRecordsMatch", "No records match the arguments.")
	}
	var rt *resumptionToken
	if more := len(recs) > c.h.pageSize(); more {
		recs = recs[:c.h.pageSize()]
		last := recs[len(recs)-1]
		next := t
		next.Stamp = store.Datestamp(last).Format(stampLayout)
		next.ID = last.ID
		next.Sent = t.Sent + len(recs)
		rt = &resumptionToken{CompleteListSize: total, Cursor: t.Sent, Token: next.encode()}
	} else if resumed {
		// The last page of a list that was sent in pages ends with an
		// empty token.
		rt = &resumptionToken{CompleteListSize: total, Cursor: t.Sent}
	}
	if rt != nil && rt.CompleteListSize < rt.Cursor+len(recs) {
		// Records were added to the list's past while it was harvested.
		rt.CompleteListSize = rt.Cursor + len(recs)
	}

	if verb == "ListIdentifiers" {
		li := &listIdentifiers{ResumptionToken: rt}
		for _, r := range recs {
			li.Header = append(li.Header, c.header(r))
		}
		c.resp.ListIdentifiers = li
		return nil
	}
	titles, err := c.topicTitles(ctx)
	if err != nil {
		return err
	}
	lr := &listRecords{ResumptionToken: rt}
	for _, r := range recs {
		lr.Record = append(lr.Record, c.record(r, titles))
	}
	c.resp.ListRecords = lr
	return nil
}

// parseDatestamp reads from or until: a day (YYYY-MM-DD) or a second
// (YYYY-MM-DDThh:mm:ssZ). A day until means the end of that day. It
// returns the zero time for "".
func parseDatestamp(name, s string, until bool) (t time.Time, day bool, err error) {
	if s == "" {
		return t, false, nil
	}
	switch len(s) {
	case len(dayLayout):
		t, err = time.Parse(dayLayout, s)
		if until {
			t = t.Add(24*time.Hour - time.Second)
		}
		day = true
	case len(stampLayout):
		t, err = time.Parse(stampLayout, s)
	default:
		err = fmt.Errorf("bad length")
	}
	if err != nil {
		return t, day, errorf("badArgument", "%s %q is not a date YYYY-MM-DD or a time YYYY-MM-DDThh:mm:ssZ.", name, s)
	}
	return t, day, nil
}

func (c *call) header(r *annals.Record) *header {
	return &header{
		Identifier: c.identifier(r.ID),
		Datestamp:  store.Datestamp(r).Format(stampLayout),
		SetSpec:    r.Topics,
	}
}

// record returns r as an OAI record with its Dublin Core.
func (c *call) record(r *annals.Record, topicTitles map[string]string) *record {
	dc := newDublinCore()
	if r.Title != "" {
		dc.Title = []string{r.Title}
	}
	dc.Creator = r.Authors
	for _, slug := range r.Topics {
		if t := topicTitles[slug]; t != "" {
			dc.Subject = append(dc.Subject, t)
		}
	}
	if r.Summary != "" {
		dc.Description = []string{r.Summary}
	}
	if r.Source != "" {
		// The publication or outlet: who published it, and the
		// periodical it is part of.
		dc.Publisher = []string{r.Source}
		dc.Source = []string{r.Source}
	}
	if !r.Date.IsZero() {
		// W3CDTF at the precision printed: 1999, 1999-09 or 1999-09-26.
		dc.Date = []string{r.Date.String()}
	}
	dc.Type = []string{"Text"}
	if r.URL != "" {
		dc.Identifier = append(dc.Identifier, r.URL)
	}
	dc.Identifier = append(dc.Identifier, c.base+"/records/"+strconv.FormatInt(r.ID, 10))
	if r.Language != "" {
		dc.Language = []string{r.Language}
	}
	return &record{Header: c.header(r), Metadata: &metadataDC{DC: dc}}
}
