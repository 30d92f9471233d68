package feed_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/feed"
)

// TestNotAFeed checks that input that is no feed at all is a
// *SyntaxError that says what it is instead.
func TestNotAFeed(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"empty", "  \n", 1, "empty input"},
		{"html page", "<!DOCTYPE html>\n<html lang=\"en\"><body><p>Hi</p></body></html>", 2, "this is an HTML page, not a feed"},
		{"other xml", "<?xml version=\"1.0\"?>\n\n<opml version=\"2.0\"/>", 3, "root element <opml> is not rss, rdf:RDF or an Atom feed"},
		{"foreign feed element", `<feed xmlns="urn:x"/>`, 1, "root element <feed> is not in the Atom namespace"},
		{"text", "Strike at the mill\nday three", 1, "neither XML nor JSON"},
		{"json array", `[{"title": "x"}]`, 1, "JSON array, not a feed"},
		{"json object", `{"title": "x"}`, 1, "JSON, but not a feed"},
		{"bad json", "{\n\"items\": [\n}", 3, "not valid JSON"},
		{"truncated json", `{"items": [`, 1, "not valid JSON: JSON ends early"},
		{"no items and broken", "<rss><channel><title>x</title>\n&#0;</channel></rss>", 2, "feed is not well-formed XML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := feed.Parse([]byte(tt.in), feed.Options{})
			var se *feed.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse() = %+v, %v; want *SyntaxError", res, err)
			}
			if se.Line != tt.line || !strings.HasPrefix(se.Msg, tt.msg) {
				t.Errorf("Parse() error = %q at line %d, want %q… at line %d", se.Msg, se.Line, tt.msg, tt.line)
			}
			if !strings.HasPrefix(err.Error(), "feed: line ") {
				t.Errorf("Error() = %q, want \"feed: line N: …\"", err)
			}
		})
	}
}

// TestBrokenItems checks that faults in one item cost only that item.
func TestBrokenItems(t *testing.T) {
	const head = "<rss version=\"2.0\"><channel><title>T</title><link>http://e.org/</link>\n"
	tests := []struct {
		name     string
		in       string
		titles   []string
		problems []feed.Problem
	}{
		{
			name:     "illegal character",
			in:       head + "<item><title>one</title></item>\n<item><title>t&#0;wo</title></item>\n<item><title>three</title></item>\n</channel></rss>",
			titles:   []string{"one", "three"},
			problems: []feed.Problem{{Line: 3, Msg: "feed is not well-formed XML (illegal character code U+0000); read item by item", Skipped: false}, {Line: 3, Msg: "item is not well-formed XML (illegal character code U+0000); skipped", Skipped: true}},
		},
		{
			name:     "stray end tag",
			in:       head + "<item><title>one</title></item>\n<item><title>two</title></div></item>\n<item><title>three</title></item>\n</channel></rss>",
			titles:   []string{"one", "two", "three"},
			problems: []feed.Problem{{Line: 1, Msg: "feed markup is broken: 3 items found but 2 read; read item by item", Skipped: false}},
		},
		{
			name:     "unclosed item",
			in:       head + "<item><title>one</title>\n<item><title>two</title></item>\n</channel></rss>",
			titles:   []string{"one", "two"},
			problems: []feed.Problem{{Line: 2, Msg: "feed markup is broken: 2 items found but 1 read; read item by item", Skipped: false}},
		},
		{
			name:     "truncated",
			in:       head + "<item><title>one</title></item>\n<item><title>two</title></item>\n<item><title>thr",
			titles:   []string{"one", "two", "thr"},
			problems: []feed.Problem{{Line: 4, Msg: "feed is not well-formed XML (unexpected EOF); read item by item", Skipped: false}},
		},
		{
			name:     "empty item",
			in:       head + "<item><title>one</title></item>\n<item><link>http://e.org/2</link></item>\n</channel></rss>",
			titles:   []string{"one"},
			problems: []feed.Problem{{Line: 3, Msg: "item at line 3 has neither a title nor a summary; skipped", Skipped: true}},
		},
		{
			name:     "json item of the wrong type",
			in:       `{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "one"}, {"title": ["x"]}, "three", {"title": "four"}]}`,
			titles:   []string{"one", "four"},
			problems: []feed.Problem{{Line: 0, Msg: "item 2: member \"title\" is a JSON array of the wrong kind; skipped", Skipped: true}, {Line: 0, Msg: "item 3: not an object but a JSON string; skipped", Skipped: true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := feed.Parse([]byte(tt.in), feed.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, r := range res.Records {
				titles = append(titles, r.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles = %q, want %q", titles, tt.titles)
			}
			if len(res.Problems) != len(tt.problems) {
				t.Fatalf("Problems = %+v, want %+v", res.Problems, tt.problems)
			}
			for i := range tt.problems {
				if res.Problems[i] != tt.problems[i] {
					t.Errorf("Problems[%d] = %+v, want %+v", i, res.Problems[i], tt.problems[i])
				}
			}
		})
	}
}
