package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// A corpus file in ../shared/data and how to turn its lines into records.
type corpus struct {
	file  string
	topic string
	read  func(line []byte) (*annals.Record, error)
}

var corpora = []corpus{
	{"acl-anthology-papers.jsonl.gz", "acl-anthology", readACL},
	{"reuters-21578.jsonl.gz", "reuters", readReuters},
	{"huffpost-news-category-v3-first10k.jsonl.gz", "huffpost", readHuffPost},
}

// loadCorpus reads every record of c from dir.
func loadCorpus(dir string, c corpus) ([]*annals.Record, error) {
	f, err := os.Open(dir + "/" + c.file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []*annals.Record
	for n := 1; sc.Scan(); n++ {
		r, err := c.read(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", c.file, n, err)
		}
		r.Topics = []string{c.topic}
		r.Provenance = []annals.Provenance{{Origin: c.file, Line: n}}
		out = append(out, r)
	}
	return out, sc.Err()
}

var monthNames = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		monthNames[strings.ToLower(m.String())] = m
		monthNames[strings.ToLower(m.String()[:3])] = m
	}
}

func readACL(b []byte) (*annals.Record, error) {
	var v struct {
		Title     string
		Authors   []struct{ First, Last string }
		Booktitle string
		Journal   any
		Month     string
		Year      string
		Abstract  string
		Link      string
		Language  any
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	r := &annals.Record{Title: v.Title, Source: v.Booktitle, Summary: v.Abstract, URL: v.Link, Language: "en"}
	for _, a := range v.Authors {
		r.Authors = append(r.Authors, strings.TrimSpace(a.First+" "+a.Last))
	}
	if y, err := strconv.Atoi(v.Year); err == nil {
		r.Date = annals.YearDate(y)
		// "17-20 June" and "June" both give the month.
		for _, w := range strings.Fields(strings.ToLower(v.Month)) {
			if m, ok := monthNames[w]; ok {
				r.Date = annals.MonthDate(y, m)
			}
		}
	}
	return r, nil
}

func readReuters(b []byte) (*annals.Record, error) {
	var v struct {
		Date   string `json:"DATE"`
		Title  string `json:"TITLE"`
		Author string `json:"AUTHOR"`
		Body   string `json:"BODY"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	body := html.UnescapeString(v.Body)
	body = strings.TrimSuffix(strings.TrimSpace(body), "Reuter\n\x03")
	if len(body) > 2000 {
		body = body[:2000]
	}
	r := &annals.Record{Title: html.UnescapeString(v.Title), Source: "Reuters", Summary: strings.Join(strings.Fields(body), " "), Language: "en"}
	if a := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v.Author), "By")); a != "" {
		a, _, _ = strings.Cut(a, ",")
		r.Authors = []string{strings.TrimSpace(a)}
	}
	if t, err := time.Parse("2-Jan-2006", strings.Fields(v.Date + " x")[0]); err == nil {
		r.Date = annals.DayDate(t.Year(), t.Month(), t.Day())
	}
	if r.Title == "" && r.Summary == "" {
		r.Summary = "(empty Reuters item)"
	}
	return r, nil
}

func readHuffPost(b []byte) (*annals.Record, error) {
	var v struct {
		Link, Headline, Category, Authors, Date string
		Short                                   string `json:"short_description"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	r := &annals.Record{Title: v.Headline, Source: "HuffPost", Summary: v.Short, URL: v.Link, Language: "en"}
	for _, a := range strings.Split(strings.ReplaceAll(v.Authors, " and ", ", "), ",") {
		if a = strings.TrimSpace(a); a != "" && a != "AP" && a != "Reuters" {
			r.Authors = append(r.Authors, a)
		}
	}
	if d, err := annals.ParseDate(v.Date); err == nil {
		r.Date = d
	}
	if r.Title == "" && r.Summary == "" {
		r.Title = "(untitled HuffPost item)"
	}
	return r, nil
}
