package table

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/labor-annals/annals"
)

// ParseJSONL reads a JSON Lines file, one JSON object per line, one record
// per object. Map names the objects' top-level keys. A line that is not a
// JSON object is reported in Result.Problems with its line number and the
// others are kept. A file in which no line is an object, a mapped key that
// no object has, or objects without a key for titles or summaries return a
// *SyntaxError; blank input gives no records and no error. A map naming an
// unknown field returns an EINVALID *annals.Error.
func ParseJSONL(data []byte, opts Options) (*Result, error) {
	if err := checkMap(opts.Map); err != nil {
		return nil, err
	}
	text := decode(data)
	res := &Result{Document: annals.Document{Records: []*annals.Record{}}}
	type object struct {
		line int
		obj  map[string]any
	}
	var objs []object
	var names []string // keys in the order first seen
	seen := map[string]bool{}
	first, bad := 0, 0 // the first non-blank line; lines that are not objects
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if first == 0 {
			first = n
		}
		obj, err := parseObject(line)
		if err != nil {
			bad++
			res.Problems = append(res.Problems, Problem{n, err.Error() + "; skipped"})
			continue
		}
		for k := range obj {
			if !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
		objs = append(objs, object{n, obj})
	}
	if first == 0 {
		return res, nil
	}
	if len(objs) == 0 {
		msg := "no line holds a JSON object; not JSON Lines"
		if t := strings.TrimSpace(text); strings.Contains(t, "\n") && json.Valid([]byte(t)) {
			msg = "this is one JSON document, not JSON Lines (one object per line)"
		}
		return nil, &SyntaxError{Line: first, Msg: msg}
	}
	// Keys are listed sorted in messages; the plan keeps first-seen order
	// so that a duplicated folded name resolves the same way each run.
	p, missing := makePlan(names, opts.Map)
	if len(missing) > 0 {
		return nil, missingError(objs[0].line, "key", missing, sortedKeys(seen))
	}
	if !p.hasText() {
		return nil, noTextError(objs[0].line, "key", sortedKeys(seen))
	}
	for _, o := range objs {
		cell := func(i int) any { return o.obj[names[i]] }
		if rec := p.build(cell, o.line, opts.Origin, &res.Problems); rec != nil {
			res.Records = append(res.Records, rec)
		}
	}
	p.order.settle()
	sortProblems(res.Problems)
	return res, nil
}

// parseObject decodes one line as a JSON object, numbers kept as written.
func parseObject(line string) (map[string]any, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not JSON: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("not JSON: more after the value")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("a JSON %s, not an object", kind(v))
	}
	return obj, nil
}

func kind(v any) string {
	switch v.(type) {
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "boolean"
	}
	return "null"
}

// SniffJSONL reports whether data looks like JSON Lines: each of the first
// non-blank lines (up to five) is a JSON object.
func SniffJSONL(data []byte) bool {
	truncated := false
	if len(data) > 16*sniffSize {
		data, truncated = data[:16*sniffSize], true
	}
	text := decode(data)
	objects := 0
	for line := range strings.Lines(text) {
		if truncated && !strings.HasSuffix(line, "\n") {
			// Cut off by the sample's end.
			break
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if _, err := parseObject(line); err != nil {
			return false
		}
		if objects++; objects == 5 {
			break
		}
	}
	return objects > 0
}
