package api_test

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/api"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/store/storetest"
)

const baseURL = "https://annals.example.org"

// MustNewHandler returns an API handler over the seed archive (18 records
// under the topic "kazakhstan").
func MustNewHandler(tb testing.TB) *api.Handler {
	tb.Helper()
	return &api.Handler{DB: storetest.SeedDB(tb), BaseURL: baseURL, Logger: slog.New(slog.NewTextHandler(tb.Output(), nil))}
}

// response is what a request got back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// do sends a request for target (a path with its query) to h.
func do(tb testing.TB, h http.Handler, method, target string, header http.Header) response {
	tb.Helper()
	if strings.HasPrefix(target, baseURL) {
		target = strings.TrimPrefix(target, baseURL)
	}
	req := httptest.NewRequestWithContext(tb.Context(), method, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
}

// MustGetJSON sends GET target, checks the status and the JSON content
// type, and decodes the body into v.
func MustGetJSON(tb testing.TB, h http.Handler, target string, wantStatus int, v any) response {
	tb.Helper()
	resp := do(tb, h, http.MethodGet, target, nil)
	if resp.status != wantStatus {
		tb.Fatalf("GET %s: status = %d, want %d; body %s", target, resp.status, wantStatus, resp.body)
	}
	if ct := resp.header.Get("Content-Type"); ct != "application/json" {
		tb.Fatalf("GET %s: Content-Type = %q, want application/json", target, ct)
	}
	if got := resp.header.Get("Access-Control-Allow-Origin"); got != "*" {
		tb.Errorf("GET %s: Access-Control-Allow-Origin = %q, want *", target, got)
	}
	if v != nil {
		dec := json.NewDecoder(bytes.NewReader(resp.body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			tb.Fatalf("GET %s: decode %s: %v", target, resp.body, err)
		}
	}
	return resp
}

// The test's view of the API's JSON.
type record struct {
	ID            int64    `json:"id"`
	Fingerprint   string   `json:"fingerprint"`
	Title         *string  `json:"title"`
	DisplayTitle  string   `json:"display_title"`
	Authors       []string `json:"authors"`
	Source        *string  `json:"source"`
	Date          *string  `json:"date"`
	DatePrecision *string  `json:"date_precision"`
	Summary       *string  `json:"summary"`
	URL           *string  `json:"url"`
	Topics        []string `json:"topics"`
	Language      *string  `json:"language"`
	Confidence    float64  `json:"confidence"`
	Provenance    []struct {
		ImportID   int64   `json:"import_id"`
		Origin     string  `json:"origin"`
		Document   *string `json:"document"`
		Line       *int    `json:"line"`
		ImportedAt string  `json:"imported_at"`
	} `json:"provenance"`
	CreatedAt string            `json:"created_at"`
	UpdatedAt string            `json:"updated_at"`
	Links     map[string]string `json:"links"`
}

type recordList struct {
	Total      int      `json:"total"`
	TotalExact bool     `json:"total_exact"`
	Offset     int      `json:"offset"`
	Limit      int      `json:"limit"`
	Records    []record `json:"records"`
	Next       *string  `json:"next"`
}

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func recordsURL(params ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(params); i += 2 {
		v.Add(params[i], params[i+1])
	}
	return "/api/v1/records?" + v.Encode()
}

func ids(recs []record) []int64 {
	out := make([]int64, len(recs))
	for i, r := range recs {
		out[i] = r.ID
	}
	return out
}

func TestRecords_Query(t *testing.T) {
	h := MustNewHandler(t)
	var byQuery recordList
	MustGetJSON(t, h, recordsURL("q", `author:"Clara Weiss" year:2012`), http.StatusOK, &byQuery)
	if got, want := len(byQuery.Records), 3; got != want {
		t.Fatalf(`q=author:"Clara Weiss" year:2012: %d records, want %d`, got, want)
	} else if byQuery.Total != 3 || !byQuery.TotalExact || byQuery.Next != nil {
		t.Errorf("total = %d (exact %v), next = %v; want 3, exact, null", byQuery.Total, byQuery.TotalExact, byQuery.Next)
	}
	for _, r := range byQuery.Records {
		if !slices.Contains(r.Authors, "Clara Weiss") || r.Date == nil || !strings.HasPrefix(*r.Date, "2012") {
			t.Errorf("record %d: authors %q, date %v; want Clara Weiss in 2012", r.ID, r.Authors, r.Date)
		}
	}

	// The filter parameters mean the same as the query's fields, alone
	// or mixed with q, and sort by date the same.
	for _, target := range []string{
		recordsURL("author", "Clara Weiss", "year", "2012"),
		recordsURL("q", "year:2012", "author", "Clara Weiss", "topic", "kazakhstan"),
		recordsURL("q", `author:"Clara Weiss"`, "year", "2012"),
	} {
		var got recordList
		MustGetJSON(t, h, target, http.StatusOK, &got)
		a, b := ids(byQuery.Records), ids(got.Records)
		slices.Sort(a)
		slices.Sort(b)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: ids differ from the query's (-q +params):\n%s", target, diff)
		}
	}

	// An OR in q stays inside q: the filters apply to both sides.
	var or recordList
	MustGetJSON(t, h, recordsURL("q", "Nazarbaev OR strike", "author", "Clara Weiss", "limit", "100"), http.StatusOK, &or)
	for _, r := range or.Records {
		if !slices.Contains(r.Authors, "Clara Weiss") {
			t.Errorf("q=Nazarbaev OR strike&author=Clara Weiss gave record %d by %q", r.ID, r.Authors)
		}
	}

	// Contradicting filters match nothing rather than widen the query.
	var none recordList
	MustGetJSON(t, h, recordsURL("q", "topic:other", "topic", "kazakhstan"), http.StatusOK, &none)
	if none.Total != 0 || len(none.Records) != 0 {
		t.Errorf("q=topic:other&topic=kazakhstan: total %d, want 0", none.Total)
	}
}

func TestRecords_Folding(t *testing.T) {
	h := MustNewHandler(t)
	var latin, cyrillic recordList
	MustGetJSON(t, h, recordsURL("q", "Nazarbaev", "limit", "100"), http.StatusOK, &latin)
	MustGetJSON(t, h, recordsURL("q", "Назарбаев", "limit", "100"), http.StatusOK, &cyrillic)
	if len(latin.Records) == 0 {
		t.Fatal("Nazarbaev found nothing")
	}
	if diff := cmp.Diff(ids(latin.Records), ids(cyrillic.Records)); diff != "" {
		t.Errorf("Nazarbaev and Назарбаев found different records (-latin +cyrillic):\n%s", diff)
	}
}

func TestRecords_Pagination(t *testing.T) {
	h := MustNewHandler(t)
	for _, sort := range []string{"", "date", "-date", "relevance"} {
		t.Run("sort="+sort, func(t *testing.T) {
			seen := map[int64]int{}
			target := recordsURL("topic", "kazakhstan", "limit", "5", "sort", sort)
			pages := 0
			for target != "" {
				pages++
				if pages > 10 {
					t.Fatal("more than 10 pages of 5 for 18 records")
				}
				var l recordList
				MustGetJSON(t, h, target, http.StatusOK, &l)
				if l.Total != 18 || l.Limit != 5 {
					t.Errorf("%s: total %d, limit %d; want 18, 5", target, l.Total, l.Limit)
				}
				for _, r := range l.Records {
					seen[r.ID]++
				}
				target = ""
				if l.Next != nil {
					if !strings.HasPrefix(*l.Next, baseURL+"/api/v1/records?") {
						t.Fatalf("next = %q, want an absolute API URL", *l.Next)
					}
					target = *l.Next
				}
			}
			if pages != 4 {
				t.Errorf("walked %d pages, want 4", pages)
			}
			if len(seen) != 18 {
				t.Errorf("walked %d distinct records, want 18", len(seen))
			}
			for id, n := range seen {
				if n != 1 {
					t.Errorf("record %d listed %d times", id, n)
				}
			}
		})
	}
}

func TestRecords_HostilePaging(t *testing.T) {
	h := MustNewHandler(t)
	tests := []struct {
		query      string
		wantStatus int
		wantLimit  int // for 200
	}{
		{"limit=-1", 400, 0},
		{"limit=0", 400, 0},
		{"limit=abc", 400, 0},
		{"limit=5.5", 400, 0},
		{"limit=1e3", 400, 0},
		{"limit=%00", 400, 0},
		{"limit=1000000", 200, 100},
		{"limit=99999999999999999999999999", 200, 100},
		{"offset=-5", 400, 0},
		{"offset=abc", 400, 0},
		{"offset=99999999999999999999999999", 400, 0},
		{"offset=20000", 400, 0},
		{"offset=1000", 200, 20},
		{"offset=&limit=", 200, 20},
		{"limit=3&limit=-1", 200, 3},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			target := "/api/v1/records?" + tt.query
			if tt.wantStatus != 200 {
				var e errorBody
				MustGetJSON(t, h, target, tt.wantStatus, &e)
				if e.Error.Code != annals.EINVALID || e.Error.Message == "" {
					t.Errorf("error = %+v, want code invalid and a message", e.Error)
				}
				return
			}
			var l recordList
			MustGetJSON(t, h, target, 200, &l)
			if l.Limit != tt.wantLimit || len(l.Records) > tt.wantLimit {
				t.Errorf("limit = %d with %d records, want %d", l.Limit, len(l.Records), tt.wantLimit)
			}
		})
	}
	// The names lists page through any offset: past the end is empty.
	var authors struct {
		Total   int               `json:"total"`
		Offset  int               `json:"offset"`
		Limit   int               `json:"limit"`
		Authors []json.RawMessage `json:"authors"`
		Next    *string           `json:"next"`
	}
	MustGetJSON(t, h, "/api/v1/authors?offset=100000", 200, &authors)
	if len(authors.Authors) != 0 || authors.Next != nil || authors.Total == 0 {
		t.Errorf("authors past the end: %d names, next %v, total %d", len(authors.Authors), authors.Next, authors.Total)
	}
}

func TestRecord_Get(t *testing.T) {
	h := MustNewHandler(t)
	var l recordList
	MustGetJSON(t, h, recordsURL("q", `"Strikers face police"`), http.StatusOK, &l)
	if len(l.Records) != 1 {
		t.Fatalf(`"Strikers face police": %d records, want 1`, len(l.Records))
	}
	listed := l.Records[0]
	var r record
	resp := MustGetJSON(t, h, strings.TrimPrefix(listed.Links["self"], baseURL), http.StatusOK, &r)
	if diff := cmp.Diff(listed, r); diff != "" {
		t.Errorf("the record differs between list and get (-list +get):\n%s", diff)
	}
	if resp.header.Get("ETag") == "" {
		t.Error("no ETag")
	}
	idStr := strings.TrimPrefix(r.Links["self"], baseURL+"/api/v1/records/")
	if got, want := r.Links["html"], baseURL+"/records/"+idStr; got != want {
		t.Errorf("links.html = %q, want %q", got, want)
	}
	if r.Title == nil || *r.Title != "Strikers face police" || r.Source == nil || *r.Source != "Workers' World" {
		t.Errorf("title %v, source %v", r.Title, r.Source)
	}
	if r.Date == nil || *r.Date != "1997-11-06" || r.DatePrecision == nil || *r.DatePrecision != "day" {
		t.Errorf("date %v (%v), want 1997-11-06 (day)", r.Date, r.DatePrecision)
	}
	if len(r.Provenance) == 0 || r.Provenance[0].Origin == "" {
		t.Errorf("provenance = %+v, want the seed file", r.Provenance)
	}
	if !slices.Equal(r.Topics, []string{"kazakhstan"}) {
		t.Errorf("topics = %q", r.Topics)
	}
}

func TestErrors(t *testing.T) {
	h := MustNewHandler(t)
	_, parseErr := annals.ParseQuery(`strike "unclosed`)
	tests := []struct {
		method, target string
		status         int
		code           string
		message        string // a part of the message, when it matters
	}{
		{"GET", recordsURL("q", `strike "unclosed`), 400, "invalid", annals.ErrorMessage(parseErr)},
		{"GET", recordsURL("q", "year:12"), 400, "invalid", "year:12"},
		{"GET", recordsURL("q", "a", "sort", "sideways"), 400, "invalid", "sort=sideways"},
		{"GET", recordsURL("year", "12"), 400, "invalid", "year=12"},
		{"GET", recordsURL("q", "year:2011", "year", "2012"), 400, "invalid", "year=2012"},
		{"GET", recordsURL("topic", "Not A Slug"), 400, "invalid", "topic="},
		{"GET", recordsURL("topic", "atlantis"), 404, "not_found", "atlantis"},
		{"GET", recordsURL("author", strings.Repeat("x", 600)), 400, "invalid", "author"},
		{"GET", recordsURL("q", strings.Repeat("x ", 600)), 400, "invalid", "longer"},
		{"GET", "/api/v1/facets?q=%22", 400, "invalid", "quotation"},
		{"GET", "/api/v1/authors?topic=atlantis", 404, "not_found", "atlantis"},
		{"GET", "/api/v1/sources?limit=x", 400, "invalid", "limit=x"},
		{"GET", "/api/v1/records/999999", 404, "not_found", "999999"},
		{"GET", "/api/v1/records/abc", 404, "not_found", "abc"},
		{"GET", "/api/v1/records/-1", 404, "not_found", ""},
		{"GET", "/api/v1/records/0", 404, "not_found", ""},
		{"GET", "/api/v1/records/99999999999999999999999", 404, "not_found", ""},
		{"GET", "/api/v1/topics/atlantis", 404, "not_found", "atlantis"},
		{"GET", "/api/v1/topics/%3Cscript%3E", 404, "not_found", ""},
		{"GET", "/api/v1/nothing-here", 404, "not_found", "/api/v1/nothing-here"},
		{"GET", "/api/v1/records/1/extra", 404, "not_found", ""},
		{"GET", "/api/v1", 404, "not_found", ""},
		{"POST", "/api/v1/records", 405, "method_not_allowed", "read-only"},
		{"DELETE", "/api/v1/records/1", 405, "method_not_allowed", "DELETE"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			resp := do(t, h, tt.method, tt.target, nil)
			if resp.status != tt.status {
				t.Fatalf("status = %d, want %d; body %s", resp.status, tt.status, resp.body)
			}
			if ct := resp.header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			if resp.header.Get("ETag") != "" {
				t.Error("an error response has an ETag")
			}
			var e errorBody
			dec := json.NewDecoder(bytes.NewReader(resp.body))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&e); err != nil {
				t.Fatalf("body %s is not the envelope: %v", resp.body, err)
			}
			if e.Error.Code != tt.code || e.Error.Message == "" || !strings.Contains(e.Error.Message, tt.message) {
				t.Errorf("error = %+v, want code %s and a message with %q", e.Error, tt.code, tt.message)
			}
			if tt.status == 405 && resp.header.Get("Allow") != "GET, HEAD, OPTIONS" {
				t.Errorf("Allow = %q", resp.header.Get("Allow"))
			}
		})
	}
}

func TestErrors_Internal(t *testing.T) {
	// A database that is closed fails every read with a driver error,
	// which must reach the log and not the client.
	db, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	var log bytes.Buffer
	h := &api.Handler{DB: db, Logger: slog.New(slog.NewTextHandler(&log, nil))}
	for _, target := range []string{"/api/v1/records", "/api/v1/records/1", "/api/v1/topics", "/api/v1/authors", "/api/v1/facets?q=strike"} {
		var e errorBody
		MustGetJSON(t, h, target, http.StatusInternalServerError, &e)
		if e.Error.Code != "internal" || strings.Contains(strings.ToLower(e.Error.Message), "sql") {
			t.Errorf("%s: error = %+v, want code internal and a safe message", target, e.Error)
		}
	}
	if !strings.Contains(log.String(), "api request failed") || !strings.Contains(log.String(), "closed") {
		t.Errorf("log = %q, want the failures with their cause", log.String())
	}
}

func TestConditionalGET(t *testing.T) {
	h := MustNewHandler(t)
	target := recordsURL("topic", "kazakhstan", "limit", "3")
	first := MustGetJSON(t, h, target, http.StatusOK, nil)
	etag := first.header.Get("ETag")
	if !strings.HasPrefix(etag, `W/"`) {
		t.Fatalf("ETag = %q, want a weak validator", etag)
	}
	again := do(t, h, "GET", target, http.Header{"If-None-Match": {`"other", ` + etag}})
	if again.status != http.StatusNotModified || len(again.body) != 0 {
		t.Errorf("with If-None-Match: status %d, %d bytes; want 304 and no body", again.status, len(again.body))
	}
	other := do(t, h, "GET", recordsURL("topic", "kazakhstan", "limit", "4"), http.Header{"If-None-Match": {etag}})
	if other.status != http.StatusOK || other.header.Get("ETag") == etag {
		t.Errorf("another URL with the same ETag: status %d, ETag %q", other.status, other.header.Get("ETag"))
	}
	// An import changes the archive, and with it every ETag.
	imp := &annals.Import{Topic: annals.Topic{Slug: "kazakhstan"}, Origin: "test", Format: "jsonl"}
	newRec := &annals.Record{Title: "Oil workers strike in Zhanaozen", Authors: []string{"Clara Weiss"}, Date: annals.YearDate(2011), Confidence: 1}
	if _, err := h.DB.ImportRecords(t.Context(), imp, []*annals.Record{newRec}, nil); err != nil {
		t.Fatal(err)
	}
	changed := do(t, h, "GET", target, http.Header{"If-None-Match": {etag}})
	if changed.status != http.StatusOK || changed.header.Get("ETag") == etag {
		t.Errorf("after an import: status %d, ETag %q; want 200 and a new ETag", changed.status, changed.header.Get("ETag"))
	}
	etag = changed.header.Get("ETag")

	head := do(t, h, "HEAD", target, nil)
	if head.status != http.StatusOK || head.header.Get("ETag") != etag {
		t.Errorf("HEAD: status %d, ETag %q", head.status, head.header.Get("ETag"))
	}
	pre := do(t, h, "OPTIONS", target, http.Header{"Origin": {"https://elsewhere.example"}, "Access-Control-Request-Method": {"GET"}})
	if pre.status != http.StatusNoContent || pre.header.Get("Access-Control-Allow-Origin") != "*" ||
		!strings.Contains(pre.header.Get("Access-Control-Allow-Headers"), "If-None-Match") {
		t.Errorf("preflight: status %d, headers %v", pre.status, pre.header)
	}
}

func TestFacets(t *testing.T) {
	h := MustNewHandler(t)
	type facetCount struct {
		Value string `json:"value"`
		Count int    `json:"count"`
	}
	type facets struct {
		Query       string `json:"query"`
		Total       int    `json:"total"`
		TotalExact  bool   `json:"total_exact"`
		FacetsExact bool   `json:"facets_exact"`
		FacetSample *int   `json:"facet_sample"`
		Facets      struct {
			Years, Decades, Authors, Sources, Topics, Languages []facetCount
		} `json:"facets"`
	}
	sum := func(cs []facetCount) int {
		n := 0
		for _, c := range cs {
			n += c.Count
		}
		return n
	}
	var all recordList
	MustGetJSON(t, h, recordsURL("topic", "kazakhstan", "limit", "100"), http.StatusOK, &all)
	dated := 0
	for _, r := range all.Records {
		if r.Date != nil {
			dated++
		}
	}

	for _, target := range []string{"/api/v1/facets?q=topic:kazakhstan", "/api/v1/facets?topic=kazakhstan", "/api/v1/facets"} {
		var f facets
		MustGetJSON(t, h, target, http.StatusOK, &f)
		if f.Total != 18 || !f.FacetsExact || f.FacetSample != nil {
			t.Errorf("%s: total %d, exact %v, sample %v; want 18, exact", target, f.Total, f.FacetsExact, f.FacetSample)
		}
		if got := sum(f.Facets.Years); got != dated {
			t.Errorf("%s: year counts sum to %d, want the %d dated records", target, got, dated)
		}
		if got := sum(f.Facets.Decades); got != dated {
			t.Errorf("%s: decade counts sum to %d, want %d", target, got, dated)
		}
		if len(f.Facets.Topics) != 1 || f.Facets.Topics[0] != (facetCount{"kazakhstan", 18}) {
			t.Errorf("%s: topics = %+v", target, f.Facets.Topics)
		}
	}

	// Each year's count is the number of records that year.
	var f facets
	MustGetJSON(t, h, "/api/v1/facets?topic=kazakhstan", http.StatusOK, &f)
	for _, y := range f.Facets.Years {
		var l recordList
		MustGetJSON(t, h, recordsURL("topic", "kazakhstan", "year", y.Value), http.StatusOK, &l)
		if l.Total != y.Count {
			t.Errorf("year %s: facet says %d, records say %d", y.Value, y.Count, l.Total)
		}
	}
	var clara facets
	MustGetJSON(t, h, "/api/v1/facets?"+url.Values{"q": {`author:"Clara Weiss" year:2012`}}.Encode(), http.StatusOK, &clara)
	if clara.Total != 3 || !slices.Equal(clara.Facets.Years, []facetCount{{"2012", 3}}) {
		t.Errorf("Clara Weiss in 2012: total %d, years %+v", clara.Total, clara.Facets.Years)
	}
}

func TestTopicsAndNames(t *testing.T) {
	h := MustNewHandler(t)
	var topics struct {
		Total  int              `json:"total"`
		Topics []map[string]any `json:"topics"`
	}
	MustGetJSON(t, h, "/api/v1/topics", http.StatusOK, &topics)
	if topics.Total != 1 || len(topics.Topics) != 1 || topics.Topics[0]["slug"] != "kazakhstan" {
		t.Fatalf("topics = %+v", topics)
	}
	var topic map[string]any
	MustGetJSON(t, h, "/api/v1/topics/kazakhstan", http.StatusOK, &topic)
	if diff := cmp.Diff(topics.Topics[0], topic); diff != "" {
		t.Errorf("topic differs between list and get:\n%s", diff)
	}
	if topic["record_count"] != 18.0 || topic["first"] != "1995-02-24" {
		t.Errorf("record_count %v, first %v", topic["record_count"], topic["first"])
	}

	type nameList struct {
		Total   int `json:"total"`
		Offset  int `json:"offset"`
		Limit   int `json:"limit"`
		Authors []struct {
			Name  string            `json:"name"`
			Count int               `json:"count"`
			Links map[string]string `json:"links"`
		} `json:"authors"`
		Next *string `json:"next"`
	}
	// Two at a time, the pages cover every author once.
	var names []string
	target := "/api/v1/authors?topic=kazakhstan&limit=2"
	total := -1
	for target != "" {
		var l nameList
		MustGetJSON(t, h, target, http.StatusOK, &l)
		total = l.Total
		for _, a := range l.Authors {
			names = append(names, a.Name)
			if a.Name != "Clara Weiss" {
				continue
			}
			if a.Count < 3 {
				t.Errorf("Clara Weiss: %d records, want at least 3", a.Count)
			}
			// The name's records link lists as many records.
			var recs recordList
			MustGetJSON(t, h, a.Links["records"], http.StatusOK, &recs)
			if recs.Total != a.Count {
				t.Errorf("%s lists %d records, the count says %d", a.Links["records"], recs.Total, a.Count)
			}
		}
		target = ""
		if l.Next != nil {
			target = *l.Next
		}
	}
	if len(names) != total || !slices.IsSorted(names) || !slices.Contains(names, "Clara Weiss") {
		t.Errorf("walked authors %q, total %d", names, total)
	}

	var sources struct {
		Total   int              `json:"total"`
		Offset  int              `json:"offset"`
		Limit   int              `json:"limit"`
		Sources []map[string]any `json:"sources"`
		Next    *string          `json:"next"`
	}
	MustGetJSON(t, h, "/api/v1/sources?topic=kazakhstan&limit=100", http.StatusOK, &sources)
	found := false
	for _, s := range sources.Sources {
		found = found || s["name"] == "Workers World"
	}
	if !found || sources.Total != len(sources.Sources) {
		t.Errorf("sources = %+v", sources)
	}
}
