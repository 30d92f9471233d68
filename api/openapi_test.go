package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/labor-annals/annals/api"
)

// MustLoadSpec reads the OpenAPI document as the handler serves it, and
// checks that it is the file in the package, unchanged.
func MustLoadSpec(tb testing.TB, h http.Handler) map[string]any {
	tb.Helper()
	resp := MustGetJSON(tb, h, "/api/v1/openapi.json", http.StatusOK, nil)
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(resp.body))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		tb.Fatalf("the OpenAPI document is not JSON: %v", err)
	}
	return doc
}

// TestOpenAPI_Document checks that the document is OpenAPI 3.1, that it
// lists exactly the routes the handler serves, and that every schema and
// parameter $ref resolves.
func TestOpenAPI_Document(t *testing.T) {
	h := MustNewHandler(t)
	h.BaseURL = ""
	doc := MustLoadSpec(t, h)
	file, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if served := MustGetJSON(t, h, "/api/v1/openapi.json", http.StatusOK, nil).body; !bytes.Equal(served, file) {
		t.Error("without a base URL the served document differs from openapi.json")
	}
	if v, _ := doc["openapi"].(string); !regexp.MustCompile(`^3\.1\.\d+$`).MatchString(v) {
		t.Errorf("openapi = %q, want 3.1.x", v)
	}
	paths := obj(doc["paths"])
	var documented []string
	for p, item := range paths {
		documented = append(documented, p)
		for method := range obj(item) {
			if method != "get" {
				t.Errorf("%s documents %s; the API serves only GET (and HEAD, OPTIONS)", p, method)
			}
		}
	}
	routes := api.RoutePatterns()
	sort.Strings(documented)
	sort.Strings(routes)
	if !slices.Equal(documented, routes) {
		t.Errorf("documented paths %q, routes %q", documented, routes)
	}
	for _, name := range []string{"Record", "Topic", "NameCount", "Facets", "Error", "RecordList"} {
		if obj(obj(obj(doc["components"])["schemas"])[name]) == nil {
			t.Errorf("components/schemas has no %s", name)
		}
	}
	// Every $ref anywhere resolves.
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok && resolve(doc, ref) == nil {
				t.Errorf("$ref %s does not resolve", ref)
			}
			for _, c := range v {
				walk(c)
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	walk(doc)

	// With a base URL, the document names it as its server.
	h2 := MustNewHandler(t)
	served := MustLoadSpec(t, h2)
	servers, _ := served["servers"].([]any)
	if len(servers) != 1 || obj(servers[0])["url"] != baseURL {
		t.Errorf("servers = %v, want %s", served["servers"], baseURL)
	}
}

// TestOpenAPI_RoutesRespondAsDocumented calls every documented operation
// with its parameters' examples, alone and together, and with hostile
// values, and checks that each response has a documented status and a body
// that validates against the documented schema for it.
func TestOpenAPI_RoutesRespondAsDocumented(t *testing.T) {
	h := MustNewHandler(t)
	doc := MustLoadSpec(t, h)

	// Path parameters come from the seed archive: a real record and the
	// topic.
	var first recordList
	MustGetJSON(t, h, "/api/v1/records?limit=1", http.StatusOK, &first)
	if len(first.Records) != 1 {
		t.Fatal("the seed archive lists no record")
	}
	real := map[string]string{"id": strconv.FormatInt(first.Records[0].ID, 10), "slug": "kazakhstan"}
	missing := map[string]string{"id": "999999", "slug": "atlantis"}
	hostile := []string{"-1", "0", "abc", `"`, "99999999999999999999999", "%00", "<script>", strings.Repeat("x", 2000)}

	checked := 0
	for path, item := range obj(doc["paths"]) {
		op := obj(obj(item)["get"])
		if op == nil {
			continue
		}
		var params []map[string]any
		for _, p := range arr(op["parameters"]) {
			params = append(params, obj(resolveAny(doc, p)))
		}
		build := func(pathValues map[string]string, query url.Values, header http.Header) (string, http.Header) {
			p := path
			for k, v := range pathValues {
				p = strings.ReplaceAll(p, "{"+k+"}", url.PathEscape(v))
			}
			if len(query) > 0 {
				p += "?" + query.Encode()
			}
			return p, header
		}
		type request struct {
			name     string
			target   string
			header   http.Header
			want2xx  bool
			wantCode int
		}
		var reqs []request
		examples := url.Values{}
		header := http.Header{}
		for _, p := range params {
			name, _ := p["name"].(string)
			switch p["in"] {
			case "query":
				ex, ok := p["example"]
				if !ok {
					t.Errorf("%s: parameter %s has no example", path, name)
					continue
				}
				examples.Set(name, fmt.Sprint(ex))
				target, _ := build(real, url.Values{name: {fmt.Sprint(ex)}}, nil)
				reqs = append(reqs, request{name: "example " + name, target: target})
				for _, bad := range hostile {
					target, _ := build(real, url.Values{name: {bad}}, nil)
					reqs = append(reqs, request{name: "hostile " + name, target: target})
				}
			case "header":
				header.Set(name, fmt.Sprint(p["example"]))
			case "path":
				if _, ok := real[name]; !ok {
					t.Errorf("%s: no seed value for path parameter %s", path, name)
				}
				for _, bad := range append(hostile, missing[name]) {
					target, _ := build(map[string]string{name: bad}, nil, nil)
					reqs = append(reqs, request{name: "hostile " + name, target: target})
				}
			}
		}
		target, _ := build(real, nil, nil)
		reqs = append(reqs, request{name: "no parameters", target: target, want2xx: true})
		target, _ = build(real, examples, header)
		reqs = append(reqs, request{name: "every example", target: target, header: header, want2xx: true})

		for _, rq := range reqs {
			checked++
			resp := do(t, h, http.MethodGet, rq.target, rq.header)
			where := fmt.Sprintf("%s (%s): GET %s", path, rq.name, rq.target)
			if len(where) > 200 {
				where = where[:200] + "…"
			}
			if rq.want2xx && resp.status != http.StatusOK {
				t.Errorf("%s: status %d, want 200; body %s", where, resp.status, resp.body)
			}
			checkResponse(t, doc, op, where, resp)
			if resp.status == http.StatusOK {
				// The same request again, conditional: 304, documented.
				etag := resp.header.Get("ETag")
				again := do(t, h, http.MethodGet, rq.target, http.Header{"If-None-Match": {etag}})
				if again.status != http.StatusNotModified {
					t.Errorf("%s with If-None-Match: status %d, want 304", where, again.status)
				}
				checkResponse(t, doc, op, where+" (conditional)", again)
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d requests checked", checked)
	}
}

// checkResponse checks that resp has a status op documents, the documented
// headers and content type, and a body valid against the schema.
func checkResponse(t *testing.T, doc, op map[string]any, where string, resp response) {
	t.Helper()
	documented := obj(resolveAny(doc, obj(op["responses"])[strconv.Itoa(resp.status)]))
	if documented == nil {
		t.Errorf("%s: status %d is not documented; body %s", where, resp.status, resp.body)
		return
	}
	for name := range obj(documented["headers"]) {
		if resp.header.Get(name) == "" {
			t.Errorf("%s: documented header %s is missing", where, name)
		}
	}
	content := obj(documented["content"])
	if content == nil {
		if len(resp.body) != 0 {
			t.Errorf("%s: status %d documents no body, got %d bytes", where, resp.status, len(resp.body))
		}
		return
	}
	media := obj(content["application/json"])
	if media == nil {
		t.Errorf("%s: status %d documents no application/json content", where, resp.status)
		return
	}
	if ct := resp.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s: Content-Type %q", where, ct)
	}
	var body any
	dec := json.NewDecoder(bytes.NewReader(resp.body))
	dec.UseNumber()
	if err := dec.Decode(&body); err != nil {
		t.Errorf("%s: body is not JSON: %v", where, err)
		return
	}
	v := &validator{doc: doc}
	v.validate(obj(media["schema"]), body, "$")
	for _, e := range v.errs {
		t.Errorf("%s: status %d: %s", where, resp.status, e)
	}
}

// validator checks JSON values against the subset of JSON Schema the
// document uses: type (one or a list, "null" for nullable), properties,
// required, additionalProperties: false, items, enum, pattern, minimum,
// maximum, maxLength, and $ref into the document. A keyword outside the
// subset is itself an error, so the document cannot outgrow the check.
type validator struct {
	doc  map[string]any
	errs []string
}

// annotations are keywords that do not constrain a value.
var annotations = map[string]bool{"description": true, "format": true, "default": true, "example": true, "title": true}

func (v *validator) fail(path, format string, args ...any) {
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

func (v *validator) validate(schema map[string]any, val any, path string) {
	if schema == nil {
		v.fail(path, "no schema")
		return
	}
	if ref, ok := schema["$ref"].(string); ok {
		target := obj(resolve(v.doc, ref))
		if target == nil {
			v.fail(path, "$ref %s does not resolve", ref)
			return
		}
		v.validate(target, val, path)
		return
	}
	for k := range schema {
		switch k {
		case "type", "properties", "required", "additionalProperties", "items", "enum", "pattern", "minimum", "maximum", "maxLength":
		default:
			if !annotations[k] {
				v.fail(path, "the validator does not know the keyword %q", k)
			}
		}
	}
	if t, ok := schema["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, fmt.Sprint(x))
			}
		}
		if !slices.ContainsFunc(types, func(t string) bool { return hasType(val, t) }) {
			v.fail(path, "%s is not of type %v", short(val), types)
			return
		}
	}
	if enum, ok := schema["enum"].([]any); ok {
		if !slices.ContainsFunc(enum, func(e any) bool { return reflect.DeepEqual(e, val) }) {
			v.fail(path, "%s is not one of %v", short(val), enum)
		}
	}
	switch val := val.(type) {
	case string:
		if p, ok := schema["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(val) {
			v.fail(path, "%s does not match %s", short(val), p)
		}
		if n, ok := schema["maxLength"].(json.Number); ok {
			if max, _ := n.Int64(); int64(len([]rune(val))) > max {
				v.fail(path, "%s is longer than %d", short(val), max)
			}
		}
	case json.Number:
		f, _ := val.Float64()
		if n, ok := schema["minimum"].(json.Number); ok {
			if min, _ := n.Float64(); f < min {
				v.fail(path, "%s is below the minimum %s", val, n)
			}
		}
		if n, ok := schema["maximum"].(json.Number); ok {
			if max, _ := n.Float64(); f > max {
				v.fail(path, "%s is above the maximum %s", val, n)
			}
		}
	case map[string]any:
		props := obj(schema["properties"])
		for _, r := range arr(schema["required"]) {
			if _, ok := val[r.(string)]; !ok {
				v.fail(path, "required property %q is missing", r)
			}
		}
		for k, x := range val {
			if ps := obj(props[k]); ps != nil {
				v.validate(ps, x, path+"."+k)
			} else if ap, ok := schema["additionalProperties"].(bool); ok && !ap {
				v.fail(path, "property %q is not documented", k)
			}
		}
	case []any:
		if items := obj(schema["items"]); items != nil {
			for i, x := range val {
				v.validate(items, x, fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
}

func hasType(val any, t string) bool {
	switch t {
	case "null":
		return val == nil
	case "boolean":
		_, ok := val.(bool)
		return ok
	case "string":
		_, ok := val.(string)
		return ok
	case "number":
		_, ok := val.(json.Number)
		return ok
	case "integer":
		n, ok := val.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	case "object":
		_, ok := val.(map[string]any)
		return ok
	case "array":
		_, ok := val.([]any)
		return ok
	}
	return false
}

func short(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 80 {
		return string(b[:80]) + "…"
	}
	return string(b)
}

// resolve follows a local JSON pointer such as
// "#/components/schemas/Record"; nil when it leads nowhere.
func resolve(doc map[string]any, ref string) any {
	if !strings.HasPrefix(ref, "#/") {
		return nil
	}
	var cur any = doc
	for _, part := range strings.Split(ref[2:], "/") {
		part = strings.NewReplacer("~1", "/", "~0", "~").Replace(part)
		m := obj(cur)
		if m == nil {
			return nil
		}
		cur = m[part]
	}
	return cur
}

// resolveAny returns v, or what it refers to when it is a {"$ref": …}.
func resolveAny(doc map[string]any, v any) any {
	if ref, ok := obj(v)["$ref"].(string); ok {
		return resolve(doc, ref)
	}
	return v
}

func obj(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func arr(v any) []any {
	a, _ := v.([]any)
	return a
}
