package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	jsonfeed "github.com/mmcdole/gofeed/json"
)

// jsonDoc is the top level of a JSON feed: JSON Feed's members, or
// RSS-in-JSON's "rss" object. Items are kept raw and decoded one by one,
// so that one malformed item does not cost the others.
type jsonDoc struct {
	Version     string                            `json:"version"`
	Title       string                            `json:"title"`
	HomePageURL string                            `json:"home_page_url"`
	FeedURL     string                            `json:"feed_url"`
	Language    string                            `json:"language"`
	Author      *jsonfeed.Author                  `json:"author"`
	Authors     []*jsonfeed.Author                `json:"authors"`
	Items       json.RawMessage                   `json:"items"`
	RSS         *struct{ Channel rssJSONChannel } `json:"rss"`
}

// rssJSONChannel is the channel of Dave Winer's RSS-in-JSON
// (scripting.com), a literal transcription of RSS 2.0's elements.
type rssJSONChannel struct {
	Title    json.RawMessage `json:"title"`
	Link     json.RawMessage `json:"link"`
	Language json.RawMessage `json:"language"`
	// Item is an array, or a single object when there is one item.
	Item json.RawMessage `json:"item"`
}

// parseJSON reads JSON Feed (1.0 and 1.1) and RSS-in-JSON. RSS-in-JSON is
// converted: its items become the same records as their RSS twins. Any
// other JSON is a *SyntaxError.
func parseJSON(text []byte) (*parsed, error) {
	var doc jsonDoc
	var problems []Problem
	if err := json.Unmarshal(text, &doc); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			return nil, jsonSyntaxError(text, err)
		}
		// encoding/json fills what it can around a member of the wrong
		// type; the feed is still worth reading.
		problems = append(problems, Problem{Line: 0, Msg: fmt.Sprintf("feed member %q has the wrong type (%s); ignored", te.Field, te.Value), Skipped: false})
	}
	var (
		p   *parsed
		err error
	)
	switch {
	case doc.RSS != nil && doc.Items == nil:
		p, err = fromRSSJSON(doc.RSS.Channel)
	case strings.HasPrefix(doc.Version, "https://jsonfeed.org/version/") || doc.Version == "" && isArray(doc.Items):
		p, err = fromJSONFeed(&doc)
	default:
		return nil, &SyntaxError{Line: 1, Msg: "JSON, but not a feed: no \"items\" array (JSON Feed) and no \"rss\" object (RSS-in-JSON)"}
	}
	if err != nil {
		return nil, err
	}
	p.problems = append(problems, p.problems...)
	return p, nil
}

// fromJSONFeed converts a JSON Feed with gofeed's translator, item by item.
func fromJSONFeed(doc *jsonDoc) (*parsed, error) {
	raw, err := rawItems(doc.Items, false)
	if err != nil {
		return nil, err
	}
	jf := &jsonfeed.Feed{
		Version: doc.Version, Title: doc.Title, HomePageURL: doc.HomePageURL, FeedURL: doc.FeedURL,
		Language: doc.Language, Author: doc.Author, Authors: doc.Authors,
	}
	var problems []Problem
	var pos []int // input position of each item kept
	for i, r := range raw {
		it := &jsonfeed.Item{}
		if err := json.Unmarshal(r, it); err != nil {
			problems = append(problems, Problem{Line: 0, Msg: fmt.Sprintf("item %d: %s; skipped", i+1, jsonItemError(err)), Skipped: true})
			continue
		}
		jf.Items = append(jf.Items, it)
		pos = append(pos, i+1)
	}
	gf, err := (&gofeed.DefaultJSONTranslator{}).Translate(jf)
	if err != nil {
		return nil, err
	}
	p := newParsed(gf, true)
	for i, it := range jf.Items {
		p.items[i].language = it.Language
		p.items[i].n = pos[i]
	}
	p.problems = problems
	return p, nil
}

// fromRSSJSON converts RSS-in-JSON into gofeed's universal items, the way
// gofeed translates the RSS it came from.
func fromRSSJSON(ch rssJSONChannel) (*parsed, error) {
	raw, err := rawItems(ch.Item, true)
	if err != nil {
		return nil, err
	}
	gf := &gofeed.Feed{Title: jsonText(ch.Title), Link: jsonText(ch.Link), Language: jsonText(ch.Language), FeedType: "rss"}
	var problems []Problem
	for i, r := range raw {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(r, &m); err != nil {
			problems = append(problems, Problem{Line: 0, Msg: fmt.Sprintf("item %d is not an object; skipped", i+1), Skipped: true})
			continue
		}
		it := &gofeed.Item{
			Title:       jsonText(m["title"]),
			Link:        jsonText(m["link"]),
			Description: jsonText(m["description"]),
			Published:   jsonText(m["pubDate"]),
			GUID:        jsonText(m["guid"]),
		}
		if it.Published == "" {
			it.Published = jsonText(m["dc:date"])
		}
		// As in RSS, a guid is the item's permalink unless it says not.
		if it.Link == "" && isHTTP(it.GUID) && !strings.Contains(string(m["guid"]), `"isPermaLink": "false"`) && !strings.Contains(string(m["guid"]), `"isPermaLink":"false"`) {
			it.Link = it.GUID
		}
		for _, k := range []string{"author", "dc:creator"} {
			if a := jsonText(m[k]); a != "" {
				it.Authors = append(it.Authors, &gofeed.Person{Name: a})
				break
			}
		}
		gf.Items = append(gf.Items, it)
	}
	p := newParsed(gf, false)
	p.problems = problems
	return p, nil
}

// isArray reports whether a JSON value is an array.
func isArray(v json.RawMessage) bool {
	t := bytes.TrimSpace(v)
	return len(t) > 0 && t[0] == '['
}

// rawItems splits an items member into its elements. RSS-in-JSON writes a
// lone item as an object rather than an array of one; lone says to
// accept that.
func rawItems(items json.RawMessage, lone bool) ([]json.RawMessage, error) {
	t := bytes.TrimSpace(items)
	if len(t) == 0 || bytes.Equal(t, []byte("null")) {
		return nil, nil
	}
	if lone && t[0] == '{' {
		return []json.RawMessage{t}, nil
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(t, &raw); err != nil {
		return nil, &SyntaxError{Line: 1, Msg: "JSON feed whose items are not an array", Err: err}
	}
	return raw, nil
}

// jsonText returns a JSON value as text: a string, a number, or the
// "#value" of an object with attributes (RSS-in-JSON's
// {"isPermaLink": "false", "#value": "…"}).
func jsonText(v json.RawMessage) string {
	t := bytes.TrimSpace(v)
	if len(t) == 0 {
		return ""
	}
	switch t[0] {
	case '"':
		var s string
		if json.Unmarshal(t, &s) == nil {
			return s
		}
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(t, &m) == nil {
			if s := jsonText(m["#value"]); s != "" {
				return s
			}
			return jsonText(m["value"])
		}
	case '[':
		var a []json.RawMessage
		if json.Unmarshal(t, &a) == nil && len(a) > 0 {
			return jsonText(a[0])
		}
	default:
		if _, err := strconv.ParseFloat(string(t), 64); err == nil {
			return string(t)
		}
	}
	return ""
}

// jsonSyntaxError turns a JSON decoding error into a *SyntaxError with
// the line of the offset it reports.
func jsonSyntaxError(text []byte, err error) error {
	var se *json.SyntaxError
	line := 1
	msg := err.Error()
	if errors.As(err, &se) {
		off := min(int(se.Offset), len(text))
		line += bytes.Count(text[:off], []byte("\n"))
		msg = se.Error()
	}
	if strings.HasPrefix(msg, "unexpected end of JSON input") {
		msg = "JSON ends early (truncated file?)"
	}
	return &SyntaxError{Line: line, Msg: "not valid JSON: " + msg, Err: err}
}

// jsonItemError says briefly what is wrong with an item: encoding/json's
// messages name Go types and gofeed's internals.
func jsonItemError(err error) string {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err.Error()
	}
	if te.Field == "" {
		return "not an object but a JSON " + te.Value
	}
	f := te.Field[strings.LastIndexByte(te.Field, '.')+1:]
	return fmt.Sprintf("member %q is a JSON %s of the wrong kind", f, te.Value)
}
