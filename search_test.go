package annals_test

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in, text string
		topics   string
		from, to string
		sort     annals.Sort
	}{
		{in: "strike", text: "strike", sort: annals.SortRelevance},
		{in: "strike miners", text: "(strike miners)", sort: annals.SortRelevance},
		{in: `"police massacre"`, text: `"police massacre"`, sort: annals.SortRelevance},
		{in: `“police massacre”`, text: `"police massacre"`, sort: annals.SortRelevance},
		{in: "strike -pension", text: "(strike -pension)", sort: annals.SortRelevance},
		{in: `strike -"pension reform"`, text: `(strike -"pension reform")`, sort: annals.SortRelevance},
		{in: "strike OR protest", text: "(strike OR protest)", sort: annals.SortRelevance},
		{in: "a b OR c", text: "((a b) OR c)", sort: annals.SortRelevance},
		{in: "(strike OR protest) oil", text: "((strike OR protest) oil)", sort: annals.SortRelevance},
		{in: `author:"Clara Weiss" year:2012`, text: `author:"Clara Weiss"`, from: "2012", to: "2012", sort: annals.SortRelevance},
		{in: `author:weiss title:kazakh`, text: `(author:weiss title:kazakh)`, sort: annals.SortRelevance},
		{in: "year:1995..2001", from: "1995", to: "2001", sort: annals.SortDateDesc},
		{in: "year:..2001", to: "2001", sort: annals.SortDateDesc},
		{in: "year:1995..", from: "1995", sort: annals.SortDateDesc},
		{in: "date:2011-12 police", text: "police", from: "2011-12", to: "2011-12", sort: annals.SortRelevance},
		{in: "after:2011-12-16 before:2012", from: "2011-12-16", to: "2012", sort: annals.SortDateDesc},
		{in: "topic:Kazakhstan sort:date", topics: "kazakhstan", sort: annals.SortDateAsc},
		{in: "sort:-date strike", text: "strike", sort: annals.SortDateDesc},
		{in: "Zhanaozen:", text: "Zhanaozen:", sort: annals.SortRelevance}, // unknown field: text
		{in: "co-op 1-2", text: "(co-op 1-2)", sort: annals.SortRelevance},
		{in: "- strike", text: "(- strike)", sort: annals.SortRelevance}, // lone minus is text
		{in: "", sort: annals.SortDateDesc},
	}
	for _, tt := range tests {
		q, err := annals.ParseQuery(tt.in)
		if err != nil {
			t.Errorf("ParseQuery(%q) error: %v", tt.in, err)
			continue
		}
		text := ""
		if q.Text != nil {
			text = q.Text.String()
		}
		if text != tt.text {
			t.Errorf("ParseQuery(%q).Text = %s, want %s", tt.in, text, tt.text)
		}
		if got := strings.Join(q.Topics, ","); got != tt.topics {
			t.Errorf("ParseQuery(%q).Topics = %s, want %s", tt.in, got, tt.topics)
		}
		if q.From.String() != tt.from || q.To.String() != tt.to {
			t.Errorf("ParseQuery(%q) dates = %s..%s, want %s..%s", tt.in, q.From, q.To, tt.from, tt.to)
		}
		if q.Sort != tt.sort {
			t.Errorf("ParseQuery(%q).Sort = %s, want %s", tt.in, q.Sort, tt.sort)
		}
	}
}

func TestParseQueryErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"police massacre`, "not closed"},
		{"(strike OR", "needs a word after"},
		{"OR strike", "needs a word before"},
		{"(strike", "not closed"},
		{"strike)", "without a matching"},
		{"()", "nothing inside"},
		{"year:nineteen", "not a year"},
		{"year:12", "not a year"},
		{"date:2011-13", "not a date"},
		{"after:yesterday", "not a date"},
		{"sort:random", "not an order"},
		{"sort:date sort:-date", "two sort orders"},
		{"topic:", "needs a value"},
		{"topic:Not_A_Slug!", "not a topic name"},
		{"lang:english!", "not a language code"},
		{"(strike year:2012)", "applies to the whole query"},
		{"-year:2012", "applies to the whole query"},
		{"after:2012 before:2011", "ends"},
		{`""`, "empty phrase"},
		{strings.Repeat("(", 20) + "a" + strings.Repeat(")", 20), "nested"},
		{strings.Repeat("word ", 40), "more than 32 words"},
		{strings.Repeat("x", 1001), "longer than"},
		{"\xff", "UTF-8"},
	}
	for _, tt := range tests {
		_, err := annals.ParseQuery(tt.in)
		if err == nil {
			t.Errorf("ParseQuery(%q) = nil error, want %q", tt.in, tt.want)
			continue
		}
		if annals.ErrorCode(err) != annals.EINVALID || !strings.Contains(annals.ErrorMessage(err), tt.want) {
			t.Errorf("ParseQuery(%q) error = %v, want EINVALID containing %q", tt.in, err, tt.want)
		}
	}
}

func TestHasPositive(t *testing.T) {
	for in, want := range map[string]bool{"a": true, "-a": false, "a -b": true, "-a -b": false, "a OR -b": false, "(a OR b) -c": true} {
		q, err := annals.ParseQuery(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := annals.HasPositive(q.Text); got != want {
			t.Errorf("HasPositive(%q) = %v, want %v", in, got, want)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`strike "police massacre" -pension`, `(a OR b) author:"Clara Weiss" year:1995..2001`,
		`date:2011-12 sort:-date topic:kazakhstan lang:ru`, `((((`, `"`, `-(-(a))`, `a OR OR b`, `title:"x" source:y`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := annals.ParseQuery(s)
		if err != nil {
			if annals.ErrorCode(err) != annals.EINVALID || annals.ErrorMessage(err) == "" {
				t.Fatalf("ParseQuery(%q) error %v is not a helpful EINVALID", s, err)
			}
			return
		}
		if q.Text == nil || len(q.Text.String()) > annals.MaxQueryLen {
			// The printed form adds parentheses; past the length limit
			// it cannot be parsed again.
			return
		}
		// The printed form parses back to the same tree.
		q2, err := annals.ParseQuery(q.Text.String())
		if err != nil {
			t.Fatalf("reparse of %q (from %q): %v", q.Text.String(), s, err)
		}
		if q2.Text == nil || q2.Text.String() != q.Text.String() {
			t.Fatalf("reparse of %q gave %v", q.Text.String(), q2.Text)
		}
	})
}
