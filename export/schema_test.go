package export_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/labor-annals/annals/annalstest"
)

// TestCSLSchema checks every exported CSL-JSON item against the CSL-JSON
// schema (csl-data.json) with a validator for the keywords that schema
// uses: type, enum, properties, additionalProperties, required, items,
// minItems, maxItems, anyOf and local $ref.
func TestCSLSchema(t *testing.T) {
	path := filepath.Join(annalstest.Shared(t, "data", "bib", "schema"), "csl-data.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var schema map[string]any
	if err := json.Unmarshal(b, &schema); err != nil {
		t.Fatal(err)
	}
	var doc any
	out := MustWrite(t, "csljson", append(roundTripRecords, MustReadRecords(t, "testdata/small.json")...))
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("CSL-JSON export is not JSON: %v", err)
	}
	v := &validator{root: schema}
	// The validator must see a broken item as broken.
	var bad any
	json.Unmarshal([]byte(`[{"type":"leaflet","title":3,"author":[{"name":"x"}]}]`), &bad)
	if errs := v.check(schema, bad, "$"); len(errs) < 4 {
		t.Errorf("validator found %d faults in a broken item, want 4: %v", len(errs), errs)
	}
	if errs := v.check(schema, doc, "$"); len(errs) > 0 {
		t.Errorf("CSL-JSON export breaks %s:\n%s", path, strings.Join(errs, "\n"))
	}
}

type validator struct{ root map[string]any }

func (v *validator) check(s map[string]any, x any, at string) (errs []string) {
	if ref, ok := s["$ref"].(string); ok {
		node := any(v.root)
		for _, p := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			node = node.(map[string]any)[p]
		}
		return v.check(node.(map[string]any), x, at)
	}
	if alts, ok := s["anyOf"].([]any); ok {
		var all []string
		for _, alt := range alts {
			e := v.check(alt.(map[string]any), x, at)
			if len(e) == 0 {
				all = nil
				break
			}
			all = append(all, e...)
		}
		errs = append(errs, all...)
	}
	if typ, ok := s["type"]; ok {
		var types []string
		switch typ := typ.(type) {
		case string:
			types = []string{typ}
		case []any:
			for _, t := range typ {
				types = append(types, t.(string))
			}
		}
		jt := jsonType(x)
		if jt == "integer" && !slices.Contains(types, jt) {
			jt = "number"
		}
		if !slices.Contains(types, jt) {
			return append(errs, fmt.Sprintf("%s: %s, want %v", at, jsonType(x), types))
		}
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, x) {
		errs = append(errs, fmt.Sprintf("%s: %v not in enum", at, x))
	}
	switch x := x.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := x[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: required %q missing", at, r))
			}
		}
		for k, val := range x {
			if p, ok := props[k].(map[string]any); ok {
				errs = append(errs, v.check(p, val, at+"."+k)...)
			} else if s["additionalProperties"] == false {
				errs = append(errs, fmt.Sprintf("%s: property %q not allowed", at, k))
			}
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && len(x) < int(n) {
			errs = append(errs, fmt.Sprintf("%s: %d items, want at least %v", at, len(x), n))
		}
		if n, ok := s["maxItems"].(float64); ok && len(x) > int(n) {
			errs = append(errs, fmt.Sprintf("%s: %d items, want at most %v", at, len(x), n))
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				errs = append(errs, v.check(items, e, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	}
	return errs
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func jsonType(x any) string {
	switch x := x.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}
