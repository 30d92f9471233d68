package csljson

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/labor-annals/annals/langtag"
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/labor-annals/annals"
)

// name is a CSL name variable entry.
type name struct {
	Family              json.RawMessage `json:"family"`
	Given               json.RawMessage `json:"given"`
	Literal             json.RawMessage `json:"literal"`
	DroppingParticle    json.RawMessage `json:"dropping-particle"`
	NonDroppingParticle json.RawMessage `json:"non-dropping-particle"`
	Suffix              json.RawMessage `json:"suffix"`
}

// parseItem turns one CSL item into a record. Only an item that is not a
// JSON object fails; a variable of an unexpected shape is ignored.
func parseItem(raw []byte, origin string, line int) (*annals.Record, error) {
	if len(raw) == 0 || raw[0] != '{' {
		// Cheap and clear for the common mistakes; Unmarshal would say
		// the same more slowly.
		return nil, fmt.Errorf("item is a JSON %s, not an object", jsonKind(raw))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, fmt.Errorf("item is a JSON %s, not an object", ute.Value)
		}
		return nil, fmt.Errorf("item: %w", err)
	}
	if !isItem(m) {
		return nil, errors.New("object is not a CSL item: it is a JSON Schema, or has none of id, type, title, author, editor, issued")
	}
	rec := &annals.Record{
		Title:      richText(str(m["title"])),
		Authors:    names(m["author"]),
		Summary:    richText(str(m["abstract"])),
		Date:       date(m["issued"]),
		Confidence: 1,
		Provenance: []annals.Provenance{{Origin: origin, Line: line}},
	}
	if len(rec.Authors) == 0 {
		// An edited volume is known by its editors.
		rec.Authors = names(m["editor"])
	}
	// container-title is what the item appeared in; a book has none and
	// is known by its publisher.
	rec.Source = richText(str(m["container-title"]))
	if rec.Source == "" {
		rec.Source = richText(str(m["publisher"]))
	}
	rec.URL = cleanURL(str(m["URL"]))
	if rec.URL == "" {
		rec.URL = annals.DOIURL(str(m["DOI"]))
	}
	rec.Language = langtag.FromName(str(m["language"]))
	return rec, nil
}

// jsonKind names the kind of JSON value raw starts.
func jsonKind(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// isItem reports whether m looks like a CSL item rather than some other
// JSON object (a JSON Schema, a config file).
func isItem(m map[string]json.RawMessage) bool {
	if _, ok := m["$schema"]; ok {
		return false
	}
	for _, k := range []string{"id", "type", "title", "author", "editor", "issued"} {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// str reads a variable that should be a string. Exporters also write
// numbers, and a few old ones one-element arrays.
func str(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	var a []json.RawMessage
	if json.Unmarshal(raw, &a) == nil && len(a) > 0 {
		return str(a[0])
	}
	return ""
}

// names reads a name variable: an array of CSL names, in order.
func names(raw json.RawMessage) []string {
	out := []string{}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return out
	}
	for _, r := range list {
		var n name
		if json.Unmarshal(r, &n) != nil {
			continue
		}
		if s := n.display(); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// display returns the name in reading order: given, particles, family,
// suffix. When family is present it wins over literal, as some exporters
// (bolognese) add a sort-order literal beside the parts.
func (n name) display() string {
	family := str(n.Family)
	if lit := str(n.Literal); family == "" && lit != "" {
		return richText(lit)
	}
	// A name with only a given part (a mononym) keeps it.
	var parts []string
	for _, p := range []string{str(n.Given), str(n.DroppingParticle), str(n.NonDroppingParticle), family, str(n.Suffix)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return richText(strings.Join(parts, " "))
}

// markup matches the tags of CSL rich text (<i>, <b>, <sup>, <sub>,
// <span class="nocase">) and the JATS tags in Crossref abstracts.
var markup = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9:_-]*(\s[^<>]*)?/?>`)

// richText returns s as plain text: tags removed, entities decoded and
// white space collapsed.
func richText(s string) string {
	if strings.ContainsRune(s, '<') {
		s = markup.ReplaceAllString(s, "")
	}
	if strings.ContainsRune(s, '&') {
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// date reads a CSL date: {"date-parts": [[y, m, d], [end…]]}, or "raw"
// or "literal" text. Ranges keep their start. Months 13–24 are seasons
// (13–16 Better BibTeX's, 21–24 EDTF's) and keep the year only. Years
// before 1 (CSL's BC dates) are outside what a record can hold and give
// no date.
func date(raw json.RawMessage) annals.Date {
	if len(raw) == 0 {
		return annals.Date{}
	}
	var obj struct {
		DateParts [][]json.RawMessage `json:"date-parts"`
		Raw       json.RawMessage     `json:"raw"`
		Literal   json.RawMessage     `json:"literal"`
	}
	if json.Unmarshal(raw, &obj) != nil {
		// Some exporters write the date as a plain string.
		return parseText(str(raw))
	}
	if len(obj.DateParts) > 0 && len(obj.DateParts[0]) > 0 {
		var nums []int
		for _, p := range obj.DateParts[0] {
			n, err := strconv.Atoi(str(p))
			if err != nil {
				break
			}
			nums = append(nums, n)
		}
		if d := annals.DateFromParts(nums...); !d.IsZero() {
			return d
		}
	}
	if d := parseText(str(obj.Raw)); !d.IsZero() {
		return d
	}
	return parseText(str(obj.Literal))
}
