package table_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/table"
)

func TestParseMap(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string
		err      string // a fragment of the error message
	}{
		{name: "empty", in: "", want: map[string]string{}},
		{name: "two", in: "title=headline,date=published", want: map[string]string{"title": "headline", "date": "published"}},
		{name: "spaces and case", in: " Title = Head Line , url=link ", want: map[string]string{"title": "Head Line", "url": "link"}},
		{name: "no equals", in: "title=headline,date", err: `"date" is not field=column`},
		{name: "empty column", in: "title=", err: `"title=" is not field=column`},
		{name: "unknown field", in: "title=a,headline=b", err: `"headline=b" names no field`},
		{name: "twice", in: "title=a,title=b", err: `"title=b" maps title a second time`},
		{name: "empty part", in: "title=a,,url=b", err: "empty part"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := table.ParseMap(tt.in)
			if tt.err != "" {
				if annals.ErrorCode(err) != annals.EINVALID || !strings.Contains(annals.ErrorMessage(err), tt.err) {
					t.Fatalf("ParseMap(%q) error = %v, want EINVALID with %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseMap(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestSyntaxErrors checks the whole-file errors and their messages.
func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		name  string
		jsonl bool
		in    string
		m     map[string]string
		line  int
		msg   string // a fragment of the message
	}{
		{name: "csv empty", in: " \n\n", line: 1, msg: "header row"},
		{name: "csv no text column", in: "id,when\n1,2020\n", line: 1, msg: `no column for the title or summary (map one with title=NAME or summary=NAME); the columns are "id", "when"`},
		{name: "csv headerless", in: "Strike at Krupp,https://example.org/krupp,1921\n", line: 1, msg: "the first row looks like data"},
		{name: "csv missing mapped", in: "\n\nheadline;by\nx;y\n", m: map[string]string{"title": "title", "date": "published"}, line: 3, msg: `mapped column title=title, date=published not found; the columns are "headline", "by"`},
		{name: "csv empty header", in: ",,\na,b,c\n", line: 1, msg: "names no columns"},
		{name: "jsonl not objects", jsonl: true, in: "\n[1,2]\n\"x\"\n", line: 2, msg: "no line holds a JSON object"},
		{name: "jsonl pretty", jsonl: true, in: "{\n  \"title\": \"x\"\n}\n", line: 1, msg: "one JSON document, not JSON Lines"},
		{name: "jsonl array", jsonl: true, in: "[{\"title\": \"x\"},\n{\"title\": \"y\"}]\n", line: 1, msg: "one JSON document"},
		{name: "jsonl missing mapped", jsonl: true, in: "{\"b\":1}\n{\"a\":1,\"title\":\"t\"}\n", m: map[string]string{"summary": "lede"}, line: 1, msg: `mapped key summary=lede not found; the keys are "a", "b", "title"`},
		{name: "jsonl no text key", jsonl: true, in: "{\"id\":1}\n", line: 1, msg: `no key for the title or summary`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parse := table.ParseCSV
			if tt.jsonl {
				parse = table.ParseJSONL
			}
			res, err := parse([]byte(tt.in), table.Options{Map: tt.m})
			var se *table.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error = %v (result %+v), want a *SyntaxError", err, res)
			}
			if se.Line != tt.line || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("error = %v, want line %d and %q", err, tt.line, tt.msg)
			}
		})
	}
}

func TestBadMap(t *testing.T) {
	for _, parse := range []func([]byte, table.Options) (*table.Result, error){table.ParseCSV, table.ParseJSONL} {
		_, err := parse([]byte("title\nx\n"), table.Options{Map: map[string]string{"headline": "title"}})
		if annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("error = %v, want EINVALID", err)
		}
	}
}

// TestEdgeInputs checks inputs that are not errors.
func TestEdgeInputs(t *testing.T) {
	tests := []struct {
		name   string
		jsonl  bool
		in     string
		m      map[string]string
		titles []string
		dates  []string
		probs  int
	}{
		{name: "header only", in: "title,date\n", titles: []string{}},
		{name: "one column", in: "Title\nA\n\nB\n", titles: []string{"A", "B"}, dates: []string{"", ""}},
		{name: "folded mapped name", in: "Pub Date,Head Line\n2020-01,x\n", m: map[string]string{"title": "headline", "date": "pub_date"}, titles: []string{"x"}, dates: []string{"2020-01"}},
		{name: "duplicate header", in: "title,title,date\na,b,1999\n", titles: []string{"a"}, dates: []string{"1999"}},
		{name: "trailing empty fields", in: "title,date\na,1999,,\n", titles: []string{"a"}, dates: []string{"1999"}},
		{name: "unclosed quote", in: "title,date\na,1999\n\"b,2000\nc,2001\n", titles: []string{"a"}, dates: []string{"1999"}, probs: 1},
		{name: "crlf and tsv", in: "title\tyear\r\na\t1848\r\n", titles: []string{"a"}, dates: []string{"1848"}},
		{name: "iso datetime and ymd", in: "title;date\na;2011-12-16T10:00:00Z\nb;20111216\nc;2011/12\n", titles: []string{"a", "b", "c"}, dates: []string{"2011-12-16", "2011-12-16", "2011-12"}},
		{name: "machine dates", in: "title\tdate\na\t26-FEB-1987 15:01:01.79\nb\tMon, 02 Jan 2006 15:04:05 -0700\nc\tSept. 12 2022\n", titles: []string{"a", "b", "c"}, dates: []string{"1987-02-26", "2006-01-02", "2022-09-12"}},
		{name: "jsonl blank", jsonl: true, in: "\n  \n", titles: []string{}},
		{name: "jsonl year float and string", jsonl: true, in: "{\"title\":\"a\",\"year\":1999.0}\n{\"title\":\"b\",\"year\":\"1999\"}\n", titles: []string{"a", "b"}, dates: []string{"1999", "1999"}},
		{name: "jsonl crlf bom", jsonl: true, in: "\ufeff{\"title\":\"a\"}\r\n{\"title\":\"b\"} \r\n", titles: []string{"a", "b"}, dates: []string{"", ""}},
		{name: "jsonl trailing garbage", jsonl: true, in: "{\"title\":\"a\"} x\n{\"title\":\"b\"}\n", titles: []string{"b"}, dates: []string{""}, probs: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parse := table.ParseCSV
			if tt.jsonl {
				parse = table.ParseJSONL
			}
			res, err := parse([]byte(tt.in), table.Options{Map: tt.m})
			if err != nil {
				t.Fatal(err)
			}
			titles, dates := []string{}, []string{}
			for _, r := range res.Records {
				titles = append(titles, r.Title)
				dates = append(dates, r.Date.String())
			}
			if diff := cmp.Diff(tt.titles, titles); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
			if tt.dates != nil {
				if diff := cmp.Diff(tt.dates, dates); diff != "" {
					t.Errorf("dates (-want +got):\n%s", diff)
				}
			}
			if len(res.Problems) != tt.probs {
				t.Errorf("Problems = %+v, want %d", res.Problems, tt.probs)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		csv, jsonl bool
	}{
		{name: "comma", in: "title,author,date\na,b,2020\nc,d,2021\n", csv: true},
		{name: "semicolon bom", in: "\ufefftitel;autor\na;b\n", csv: true},
		{name: "tab", in: "title\tdate\na\t2020\n", csv: true},
		{name: "quoted newline", in: "title,summary\n\"a\",\"two\nlines, here\"\nb,c\n", csv: true},
		{name: "pandas index", in: ",title,date\n0,a,2020\n", csv: true},
		{name: "header only", in: "title,author\n"},
		{name: "ragged", in: "title,author\na,b,c\nd\n"},
		{name: "prose", in: "It was, they said, a strike.\nNobody, not even the mayor, expected it.\n"},
		{name: "one column", in: "title\na\nb\n"},
		{name: "listing with one comma a line", in: "The Strike Weapon, by E. V. Debs (1905)\nReform or Revolution, by R. Luxemburg (1900)\nWage-Labour and Capital, by K. Marx (1849)\n"},
		{name: "header with a year", in: "Strikes in 1926, Notes\na,b\nc,d\n"},
		{name: "header names with spaces", in: "Title, Publication date\na,2020\nb,2021\n", csv: true},
		{name: "bibtex", in: "@article{key,\n  title = {A, B},\n  year = 2020,\n}\n"},
		{name: "ris", in: "TY  - JOUR\nTI  - A, B\nER  - \n"},
		{name: "json array", in: "[{\"a\": 1, \"b\": 2}]\n"},
		{name: "html", in: "<html><body>a,b\nc,d</body></html>\n"},
		{name: "jsonl", in: "{\"a\": 1, \"b\": 2}\n\n{\"a\": 3}\n", jsonl: true},
		{name: "jsonl bad second", in: "{\"a\": 1}\n{\"a\": \n"},
		{name: "jsonl array line", in: "[1, 2]\n"},
		{name: "pretty json", in: "{\n  \"a\": 1\n}\n"},
		{name: "empty", in: "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := table.SniffCSV([]byte(tt.in)); got != tt.csv {
				t.Errorf("SniffCSV() = %v, want %v", got, tt.csv)
			}
			if got := table.SniffJSONL([]byte(tt.in)); got != tt.jsonl {
				t.Errorf("SniffJSONL() = %v, want %v", got, tt.jsonl)
			}
		})
	}
	for _, in := range fixtures(t) {
		csv, jsonl := table.SniffCSV(mustRead(t, in)), table.SniffJSONL(mustRead(t, in))
		if want := strings.HasSuffix(in, ".jsonl"); csv == want || jsonl != want && !strings.Contains(in, "bad-line") {
			t.Errorf("%s: SniffCSV() = %v, SniffJSONL() = %v", in, csv, jsonl)
		}
	}
}

func gz(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func TestGunzip(t *testing.T) {
	data := bytes.Repeat([]byte("strike "), 1000)
	z := gz(t, data)
	if got, err := table.Gunzip(z, int64(len(data))); err != nil || !bytes.Equal(got, data) {
		t.Errorf("Gunzip() at the cap = %d bytes, %v", len(got), err)
	}
	// Two members, as concatenated .gz files are.
	if got, err := table.Gunzip(append(gz(t, []byte("a\n")), gz(t, []byte("b\n"))...), 10); err != nil || string(got) != "a\nb\n" {
		t.Errorf("Gunzip(two members) = %q, %v", got, err)
	}
	if _, err := table.Gunzip(z, int64(len(data))-1); annals.ErrorCode(err) != annals.ETOOLARGE {
		t.Errorf("Gunzip() over the cap error = %v, want ETOOLARGE", err)
	}
	if _, err := table.Gunzip([]byte("title,date\n"), 1<<20); annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("Gunzip(plain) error = %v, want EINVALID", err)
	}
	if _, err := table.Gunzip(z[:len(z)/2], 1<<20); annals.ErrorCode(err) != annals.EINVALID {
		t.Errorf("Gunzip(cut) error = %v, want EINVALID", err)
	}
}

// TestHostileInputs checks that degenerate large inputs stay linear.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 4 << 20
	for name, in := range map[string]struct {
		data  string
		jsonl bool
	}{
		"many columns":        {data: strings.Repeat("title,", size/6) + "\n" + strings.Repeat("a,", size/2) + "\n"},
		"one long cell":       {data: "title,date\n" + strings.Repeat("a", size) + "," + strings.Repeat("1 May ", size/6) + "\n"},
		"many rows":           {data: "title;author;date\n" + strings.Repeat("a;b, c and d;1 May 1886\n", size/24)},
		"many quoted lines":   {data: "title,summary\na,\"" + strings.Repeat("x\n", size/2) + "\"\n"},
		"unclosed quote":      {data: "title,summary\n\"" + strings.Repeat("x,y\n", size/4)},
		"many authors":        {data: "title,author\na," + strings.Repeat("A B, ", size/5) + "\n"},
		"jsonl long line":     {data: `{"title": "` + strings.Repeat("a", size) + `", "authors": [` + strings.Repeat(`"x",`, size/4) + `"y"]}` + "\n", jsonl: true},
		"jsonl many bad":      {data: strings.Repeat("{\n", size/2), jsonl: true},
		"jsonl many keys":     {data: "{" + strings.Repeat(`"k":1,`, size/6) + `"title":"t"}` + "\n", jsonl: true},
		"jsonl many problems": {data: strings.Repeat(`{"title":"t","date":"no date"}`+"\n", size/32), jsonl: true},
	} {
		parse := table.ParseCSV
		if in.jsonl {
			parse = table.ParseJSONL
		}
		start := time.Now()
		parse([]byte(in.data), table.Options{})
		table.SniffCSV([]byte(in.data))
		table.SniffJSONL([]byte(in.data))
		// Generous: the bound is for blow-ups, not for speed on a busy machine.
		if d := time.Since(start); d > 30*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%s: %v", name, time.Since(start))
	}
}
