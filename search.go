package annals

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search query language, parsed here without touching a database:
//
//	strike miners            both words (AND)
//	"police massacre"        an exact phrase
//	-pension                 without the word (or -"a phrase")
//	strike OR protest        either
//	(strike OR protest) oil  grouping
//	title:strike             a word or "phrase" in one field:
//	author:"Clara Weiss"     title:, author:, source:
//	topic:kazakhstan         records of a topic (slug)
//	lang:ru                  records in a language
//	year:2012                dated in a year; year:1995..2001, year:..2001
//	date:2011-12             dated within a day, month or year
//	after:2011-12-16         dated on or after (before: on or before)
//	sort:date                oldest first; sort:-date newest first;
//	                         sort:relevance (the default with words)
//
// Filters (topic, lang, year, date, before, after, sort) apply to the whole
// query and may not sit inside parentheses or after a minus.

// Limits that keep a hostile query cheap to parse and to run.
const (
	MaxQueryLen   = 1000
	MaxQueryTerms = 32
	MaxQueryDepth = 8
)

// Sort is the order of search results.
type Sort string

// Sort orders.
const (
	SortRelevance  Sort = "relevance"
	SortDateAsc    Sort = "date"
	SortDateDesc   Sort = "-date"
	sortUnselected Sort = ""
)

// Query is a parsed search query.
type Query struct {
	// Text is the boolean text condition; nil when the query has only
	// filters.
	Text Node
	// Topics and Languages restrict results; several values mean any.
	Topics    []string
	Languages []string
	// From and To bound the record date, inclusive; zero means open. A
	// record's date is within when its whole span is: To 2001 admits
	// 2001-12-31, From 2011-12 admits 2011-12-01.
	From, To Date
	// Sort is the result order.
	Sort Sort
	// Raw is the query as typed.
	Raw string
}

// Node is a node of the boolean text condition: *Term, *And, *Or or *Not.
type Node interface {
	node()
	String() string
}

// Fields a term can be limited to.
const (
	FieldAny    = ""
	FieldTitle  = "title"
	FieldAuthor = "author"
	FieldSource = "source"
)

// Term is a word or a phrase, anywhere or in one field.
type Term struct {
	// Field is FieldAny or one of the field names.
	Field string
	// Text is the word or phrase as typed (without quotes).
	Text string
	// Phrase is true for a quoted phrase.
	Phrase bool
}

// And requires every node; Or any; Not excludes.
type (
	And struct{ Nodes []Node }
	Or  struct{ Nodes []Node }
	Not struct{ Node Node }
)

func (*Term) node() {}
func (*And) node()  {}
func (*Or) node()   {}
func (*Not) node()  {}

func (t *Term) String() string {
	s := t.Text
	if t.Phrase {
		// The language has no escapes: a phrase ends at the next quote,
		// so it cannot contain one.
		s = `"` + s + `"`
	}
	if t.Field != "" {
		s = t.Field + ":" + s
	}
	return s
}

func (a *And) String() string { return "(" + joinNodes(a.Nodes, " ") + ")" }
func (o *Or) String() string  { return "(" + joinNodes(o.Nodes, " OR ") + ")" }
func (n *Not) String() string {
	inner := n.Node.String()
	switch c := n.Node.(type) {
	case *Not:
		return "-(" + inner + ")"
	case *Term:
		if strings.HasPrefix(c.Text, "-") && !c.Phrase && c.Field == "" {
			// "--x" would read back as one word.
			return "-(" + inner + ")"
		}
	}
	return "-" + inner
}

func joinNodes(ns []Node, sep string) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = n.String()
	}
	return strings.Join(parts, sep)
}

// ParseQuery parses a search query. It returns an EINVALID *Error whose
// message says what is wrong and how to write it instead.
func ParseQuery(s string) (*Query, error) {
	if len(s) > MaxQueryLen {
		return nil, Errorf(EINVALID, "The query is longer than %d characters; shorten it.", MaxQueryLen)
	}
	if !utf8.ValidString(s) {
		return nil, Errorf(EINVALID, "The query is not valid UTF-8 text.")
	}
	toks, err := lexQuery(s)
	if err != nil {
		return nil, err
	}
	p := &queryParser{toks: toks, q: &Query{Raw: s}}
	node, err := p.parseOr(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		// Only a stray ")" stops the top level early.
		return nil, Errorf(EINVALID, "There is a “)” without a matching “(”.")
	}
	if p.terms > MaxQueryTerms {
		return nil, Errorf(EINVALID, "The query has more than %d words; use fewer.", MaxQueryTerms)
	}
	p.q.Text = node
	if p.q.Sort == sortUnselected {
		if node != nil {
			p.q.Sort = SortRelevance
		} else {
			p.q.Sort = SortDateDesc
		}
	}
	if !p.q.From.IsZero() && !p.q.To.IsZero() && spanEnd(p.q.To) < spanStart(p.q.From) {
		return nil, Errorf(EINVALID, "The date range ends (%s) before it starts (%s).", p.q.To, p.q.From)
	}
	return p.q, nil
}

// HasPositive reports whether n can match something by itself, rather than
// only exclude: "-a" cannot, "a -b" can.
func HasPositive(n Node) bool {
	switch n := n.(type) {
	case *Term:
		return true
	case *Not:
		return false
	case *And:
		for _, c := range n.Nodes {
			if HasPositive(c) {
				return true
			}
		}
		return false
	case *Or:
		for _, c := range n.Nodes {
			if !HasPositive(c) {
				return false
			}
		}
		return len(n.Nodes) > 0
	}
	return false
}

// Terms returns every term of n that is not excluded, for highlighting.
func Terms(n Node) []*Term {
	var out []*Term
	var walk func(Node, bool)
	walk = func(n Node, neg bool) {
		switch n := n.(type) {
		case *Term:
			if !neg {
				out = append(out, n)
			}
		case *Not:
			walk(n.Node, !neg)
		case *And:
			for _, c := range n.Nodes {
				walk(c, neg)
			}
		case *Or:
			for _, c := range n.Nodes {
				walk(c, neg)
			}
		}
	}
	if n != nil {
		walk(n, false)
	}
	return out
}

type tokKind int

const (
	tokWord   tokKind = iota // a bare word, maybe field:value
	tokPhrase                // "…"
	tokLParen
	tokRParen
	tokMinus // a minus directly before a word, phrase or parenthesis
	tokOr
)

type queryTok struct {
	kind  tokKind
	text  string
	field string // for words and phrases written field:…
	pos   int
}

// knownFields are the names that may stand before a colon.
var knownFields = map[string]bool{
	FieldTitle: true, FieldAuthor: true, FieldSource: true,
	"topic": true, "lang": true, "year": true, "date": true, "before": true, "after": true, "sort": true,
}

// lexQuery splits a query into tokens. Anything that is not syntax is text:
// a colon after an unknown name, a lone minus, stray quotes inside words.
func lexQuery(s string) ([]queryTok, error) {
	var toks []queryTok
	i := 0
	for i < len(s) {
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(c):
			i += size
		case c == '(':
			toks = append(toks, queryTok{kind: tokLParen, pos: i})
			i++
		case c == ')':
			toks = append(toks, queryTok{kind: tokRParen, pos: i})
			i++
		case c == '-' && i+1 < len(s) && startsTerm(s[i+1:]) && (i == 0 || isQuerySep(s[:i])):
			toks = append(toks, queryTok{kind: tokMinus, pos: i})
			i++
		case isQuote(c):
			text, next, err := readPhrase(s, i)
			if err != nil {
				return nil, err
			}
			toks = append(toks, queryTok{kind: tokPhrase, text: text, pos: i})
			i = next
		default:
			start := i
			for i < len(s) {
				c, size := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(c) || c == '(' || c == ')' {
					break
				}
				if isQuote(c) {
					break // a quote ends a word and starts a phrase
				}
				i += size
			}
			word := s[start:i]
			if name, value, ok := strings.Cut(word, ":"); ok && knownFields[strings.ToLower(name)] {
				name = strings.ToLower(name)
				if value == "" && i < len(s) {
					if c, _ := utf8.DecodeRuneInString(s[i:]); isQuote(c) {
						text, next, err := readPhrase(s, i)
						if err != nil {
							return nil, err
						}
						toks = append(toks, queryTok{kind: tokPhrase, text: text, field: name, pos: start})
						i = next
						continue
					}
				}
				if value == "" {
					return nil, Errorf(EINVALID, "“%s:” needs a value after the colon, e.g. %s", name, fieldExample(name))
				}
				toks = append(toks, queryTok{kind: tokWord, text: value, field: name, pos: start})
				continue
			}
			if word == "OR" {
				toks = append(toks, queryTok{kind: tokOr, pos: start})
				continue
			}
			toks = append(toks, queryTok{kind: tokWord, text: word, pos: start})
		}
	}
	return toks, nil
}

// startsTerm reports whether s begins with something a minus can exclude.
func startsTerm(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsSpace(c) && c != ')' && c != '-'
}

// isQuerySep reports whether the text before a minus ends in a separator,
// so that the minus starts an exclusion rather than sitting inside a word.
func isQuerySep(before string) bool {
	c, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsSpace(c) || c == '(' || c == ')' || isQuote(c)
}

func isQuote(c rune) bool {
	return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»'
}

// readPhrase reads a quoted phrase starting at s[i], which is a quote.
func readPhrase(s string, i int) (string, int, error) {
	_, size := utf8.DecodeRuneInString(s[i:])
	start := i + size
	for j := start; j < len(s); {
		c, size := utf8.DecodeRuneInString(s[j:])
		if isQuote(c) {
			return strings.TrimSpace(s[start:j]), j + size, nil
		}
		j += size
	}
	return "", 0, Errorf(EINVALID, "A quotation mark is not closed; end the phrase with another \".")
}

func fieldExample(name string) string {
	switch name {
	case "year":
		return "year:2012 or year:1995..2001"
	case "date":
		return "date:2011-12"
	case "before", "after":
		return name + ":2011-12-16"
	case "sort":
		return "sort:date, sort:-date or sort:relevance"
	case "topic":
		return "topic:kazakhstan"
	case "lang":
		return "lang:ru"
	}
	return name + `:strike or ` + name + `:"two words"`
}

type queryParser struct {
	toks  []queryTok
	pos   int
	q     *Query
	terms int
}

func (p *queryParser) peek() (queryTok, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return queryTok{}, false
}

// parseOr parses: and ("OR" and)*
func (p *queryParser) parseOr(depth int) (Node, error) {
	var alts []Node
	for {
		n, err := p.parseAnd(depth)
		if err != nil {
			return nil, err
		}
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			if len(alts) == 0 {
				return n, nil
			}
			if n == nil {
				return nil, Errorf(EINVALID, "“OR” needs a word after it.")
			}
			return &Or{Nodes: append(alts, n)}, nil
		}
		if n == nil {
			return nil, Errorf(EINVALID, "“OR” needs a word before it.")
		}
		alts = append(alts, n)
		p.pos++
	}
}

// parseAnd parses a run of unary items up to OR, ")" or the end. Filters
// are taken out of the run into the query.
func (p *queryParser) parseAnd(depth int) (Node, error) {
	var nodes []Node
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokOr || t.kind == tokRParen {
			break
		}
		n, err := p.parseUnary(depth, false)
		if err != nil {
			return nil, err
		}
		if n != nil {
			nodes = append(nodes, n)
		}
	}
	switch len(nodes) {
	case 0:
		return nil, nil
	case 1:
		return nodes[0], nil
	}
	return &And{Nodes: nodes}, nil
}

func (p *queryParser) parseUnary(depth int, negated bool) (Node, error) {
	t := p.toks[p.pos]
	p.pos++
	switch t.kind {
	case tokMinus:
		next, ok := p.peek()
		if !ok || next.kind == tokOr || next.kind == tokRParen || next.kind == tokMinus {
			return nil, Errorf(EINVALID, "A minus must stand right before the word to exclude, e.g. -pension.")
		}
		n, err := p.parseUnary(depth, true)
		if err != nil || n == nil {
			return nil, err
		}
		return &Not{Node: n}, nil
	case tokLParen:
		if depth >= MaxQueryDepth {
			return nil, Errorf(EINVALID, "Parentheses are nested more than %d deep.", MaxQueryDepth)
		}
		n, err := p.parseOr(depth + 1)
		if err != nil {
			return nil, err
		}
		if end, ok := p.peek(); !ok || end.kind != tokRParen {
			return nil, Errorf(EINVALID, "A “(” is not closed; add a “)”.")
		}
		p.pos++
		if n == nil {
			return nil, Errorf(EINVALID, "Parentheses with nothing inside; put words in them or remove them.")
		}
		return n, nil
	case tokWord, tokPhrase:
		switch t.field {
		case FieldAny, FieldTitle, FieldAuthor, FieldSource:
			if strings.TrimSpace(t.text) == "" {
				return nil, Errorf(EINVALID, "An empty phrase (“\"\"”) matches nothing; remove it.")
			}
			p.terms++
			return &Term{Field: t.field, Text: t.text, Phrase: t.kind == tokPhrase}, nil
		}
		if depth > 0 || negated {
			return nil, Errorf(EINVALID, "“%s:” applies to the whole query; move it out of the parentheses and drop any minus.", t.field)
		}
		return nil, p.applyFilter(t.field, t.text)
	case tokOr:
		return nil, Errorf(EINVALID, "“OR” needs a word before it.")
	}
	return nil, Errorf(EINVALID, "There is a “)” without a matching “(”.")
}

// applyFilter records a filter in the query.
func (p *queryParser) applyFilter(field, value string) error {
	q := p.q
	switch field {
	case "topic":
		if err := ValidateSlug(strings.ToLower(value)); err != nil {
			return Errorf(EINVALID, "topic:%s is not a topic name; topic names look like topic:kazakhstan.", value)
		}
		q.Topics = append(q.Topics, strings.ToLower(value))
	case "lang":
		if !validLanguageTag(value) {
			return Errorf(EINVALID, "lang:%s is not a language code; write e.g. lang:en or lang:ru.", value)
		}
		q.Languages = append(q.Languages, strings.ToLower(value))
	case "year":
		lo, hi, isRange := strings.Cut(value, "..")
		from, to := lo, lo
		if isRange {
			from, to = lo, hi
		}
		parseYear := func(s string) (Date, error) {
			if s == "" && isRange {
				return Date{}, nil
			}
			y, err := strconv.Atoi(s)
			if err != nil || len(s) != 4 || y < 1 {
				return Date{}, Errorf(EINVALID, "year:%s is not a year or range; write year:2012 or year:1995..2001.", value)
			}
			return YearDate(y), nil
		}
		f, err := parseYear(from)
		if err != nil {
			return err
		}
		t, err := parseYear(to)
		if err != nil {
			return err
		}
		if f.IsZero() && t.IsZero() {
			return Errorf(EINVALID, "year:%s gives no year; write year:2012 or year:1995..2001.", value)
		}
		q.From, q.To = later(q.From, f), earlier(q.To, t)
	case "date", "before", "after":
		d, err := ParseDate(value)
		if err != nil || d.IsZero() {
			return Errorf(EINVALID, "%s:%s is not a date; write %s.", field, value, fieldExample(field))
		}
		switch field {
		case "date":
			q.From, q.To = later(q.From, d), earlier(q.To, d)
		case "before":
			q.To = earlier(q.To, d)
		case "after":
			q.From = later(q.From, d)
		}
	case "sort":
		switch s := Sort(strings.ToLower(value)); s {
		case SortRelevance, SortDateAsc, SortDateDesc:
			if q.Sort != sortUnselected && q.Sort != s {
				return Errorf(EINVALID, "The query asks for two sort orders; keep one.")
			}
			q.Sort = s
		default:
			return Errorf(EINVALID, "sort:%s is not an order; write %s.", value, fieldExample("sort"))
		}
	}
	return nil
}

// spanStart and spanEnd are the first and last day a date covers, as
// YYYYMMDD numbers; a date bound is inclusive of its whole span.
func spanStart(d Date) int {
	return d.Year*10000 + int(d.Month)*100 + d.Day
}

func spanEnd(d Date) int {
	switch d.Precision {
	case PrecisionYear:
		return d.Year*10000 + 1231
	case PrecisionMonth:
		return d.Year*10000 + int(d.Month)*100 + daysIn(d.Year, d.Month)
	}
	return spanStart(d)
}

// later returns the tighter of two lower bounds; earlier of two upper.
func later(a, b Date) Date {
	if a.IsZero() || (!b.IsZero() && spanStart(b) > spanStart(a)) {
		return b
	}
	return a
}

func earlier(a, b Date) Date {
	if a.IsZero() || (!b.IsZero() && spanEnd(b) < spanEnd(a)) {
		return b
	}
	return a
}

// SearchResult is one page of search results.
type SearchResult struct {
	// Query is the parsed query.
	Query *Query `json:"-"`
	// Total is the number of matching records; when TotalExact is false
	// it is an estimate (the match set was too large to count cheaply).
	Total      int  `json:"total"`
	TotalExact bool `json:"total_exact"`
	// Hits are the records of the page, with highlighted snippets.
	Hits []*Hit `json:"hits"`
	// Facets count the matching records by year, decade, author, source,
	// topic and language. When FacetsExact is false they were counted
	// over the best FacetSample matches only.
	Facets      Facets `json:"facets"`
	FacetsExact bool   `json:"facets_exact"`
	FacetSample int    `json:"facet_sample,omitempty"`
	// Offset and Limit are the page that was asked for.
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// Hit is one matching record.
type Hit struct {
	Record *Record `json:"record"`
	// Title and Summary are the record's title and a snippet of its
	// summary, cut into fragments; Match marks the fragments that matched
	// a query word. The text is the original, never the folded key.
	Title   []Fragment `json:"title"`
	Summary []Fragment `json:"summary,omitempty"`
}

// Fragment is a run of text, marked when it matched the query.
type Fragment struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// Facets are counts of matching records by field value, largest first
// (years and decades in time order).
type Facets struct {
	Years     []FacetCount `json:"years"`
	Decades   []FacetCount `json:"decades"`
	Authors   []FacetCount `json:"authors"`
	Sources   []FacetCount `json:"sources"`
	Topics    []FacetCount `json:"topics"`
	Languages []FacetCount `json:"languages"`
}

// FacetCount is one value of a facet and how many records have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// SearchOptions choose the page of results and what else to compute.
type SearchOptions struct {
	// Offset and Limit choose the page; Limit 0 means a default.
	Offset, Limit int
	// Facets asks for facet counts, which cost more than the hits.
	Facets bool
}
