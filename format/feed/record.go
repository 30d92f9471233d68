package feed

import (
	"cmp"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"

	"github.com/labor-annals/annals"
)

// Limits on the text Parse keeps of an item.
const (
	maxSummaryRunes = 1000
	maxTitleRunes   = 1000
)

// parsed is a feed as gofeed's universal types, with what those types
// drop and records need.
type parsed struct {
	feed *gofeed.Feed
	// atom is true for Atom and JSON Feed, whose feed-level authors are
	// the authors of items that name none (RFC 4287 §4.2.1, JSON Feed
	// 1.1); RSS has no such rule.
	atom     bool
	items    []item
	problems []Problem
}

// item is one feed item and its context.
type item struct {
	g *gofeed.Item
	// rss is the item as RSS has it, for the authors the universal item
	// reduces to one.
	rss *rss.Item
	// source is the outlet the item names for itself (RSS <source>, Atom
	// <source><title>), when it does.
	source string
	// language is the item's own language (JSON Feed 1.1), when given.
	language string
	// line is where the item starts, 0 when unknown.
	line int
	// n is the item's 1-based position in the input, when it differs
	// from its position among the items read.
	n int
}

func newParsed(f *gofeed.Feed, inherit bool) *parsed {
	p := &parsed{feed: f, atom: inherit, items: make([]item, len(f.Items))}
	for i, g := range f.Items {
		p.items[i].g = g
	}
	return p
}

// mapper turns items into records. It holds what every item shares.
type mapper struct {
	policy  *bluemonday.Policy
	base    *url.URL
	source  string
	lang    string
	authors []string
	origin  string
}

// result maps the parsed feed to records.
func (p *parsed) result(opts Options) *Result {
	f := p.feed
	if f == nil {
		f = &gofeed.Feed{}
	}
	m := &mapper{policy: newPolicy(), origin: opts.Origin, lang: language(f.Language)}
	m.source = m.text(f.Title, maxTitleRunes)
	m.base = baseURL(f.Link, f.FeedLink)
	if p.atom {
		for _, a := range f.Authors {
			m.authors = append(m.authors, m.names(a.Name)...)
		}
	}
	res := &Result{
		Document: annals.Document{Title: m.source, Language: m.lang, Records: []*annals.Record{}},
		Problems: p.problems,
	}
	for i, it := range p.items {
		n := i + 1
		if it.n > 0 {
			n = it.n
		}
		r, probs := m.record(it, n)
		res.Problems = append(res.Problems, probs...)
		if r != nil {
			res.Records = append(res.Records, r)
		}
	}
	// Problems come from several passes; report them in input order.
	slices.SortStableFunc(res.Problems, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	return res
}

// record maps one item; n is its 1-based position, for messages where
// the line is unknown.
func (m *mapper) record(it item, n int) (*annals.Record, []Problem) {
	g := it.g
	where := fmt.Sprintf("item %d", n)
	if it.line > 0 {
		where = fmt.Sprintf("item at line %d", it.line)
	}
	r := &annals.Record{
		Title:      m.text(g.Title, maxTitleRunes),
		Authors:    m.itemAuthors(it),
		Source:     m.source,
		Date:       itemDate(g),
		Summary:    m.text(g.Description, maxSummaryRunes),
		Language:   m.lang,
		Confidence: 1,
		Provenance: []annals.Provenance{{Origin: m.origin, Line: it.line}},
	}
	if r.Summary == "" {
		r.Summary = m.text(g.Content, maxSummaryRunes)
	}
	if r.Title == "" && r.Summary == "" {
		return nil, []Problem{{Line: it.line, Msg: where + " has neither a title nor a summary; skipped", Skipped: true}}
	}
	if s := m.text(it.source, maxTitleRunes); s != "" {
		r.Source = s
	}
	if l := language(it.language); l != "" {
		r.Language = l
	}
	var probs []Problem
	link := itemLink(it)
	if r.URL = resolve(m.base, link); r.URL == "" && link != "" {
		probs = append(probs, Problem{Line: it.line, Msg: fmt.Sprintf("%s: link %q is not an absolute http(s) URL; dropped", where, clip(link, 100)), Skipped: false})
	}
	return r, probs
}

// itemLink returns the item's link: its link, else an RSS guid that is a
// permalink, else its first other link.
func itemLink(it item) string {
	g := it.g
	if l := strings.TrimSpace(g.Link); l != "" {
		return l
	}
	if it.rss != nil && it.rss.GUID != nil && it.rss.GUID.IsPermalink != "false" && isHTTP(g.GUID) {
		return strings.TrimSpace(g.GUID)
	}
	for _, l := range g.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

func isHTTP(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// baseURL returns the address to resolve the feed's relative links
// against: its site link, itself resolved against the feed's own address
// when relative (SamRuby.xml has <link href="/blog/"/>), else the feed's
// own address; nil when none is absolute.
func baseURL(link, self string) *url.URL {
	s, err := url.Parse(strings.TrimSpace(self))
	if err != nil || !s.IsAbs() || s.Host == "" {
		s = nil
	}
	l, err := url.Parse(strings.TrimSpace(link))
	switch {
	case err != nil || link == "":
		return s
	case l.IsAbs() && l.Host != "":
		return l
	case !l.IsAbs() && s != nil:
		return s.ResolveReference(l)
	}
	return s
}

// resolve returns link as an absolute http(s) URL, resolved against base
// when relative, or "" when it cannot be one.
func resolve(base *url.URL, link string) string {
	if link == "" || len(link) > annals.MaxURLLen {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// blockTag matches the HTML tags that separate words. bluemonday drops
// tags without leaving space, which would run "<p>one</p><p>two</p>"
// together as "onetwo".
var blockTag = regexp.MustCompile(`(?i)<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|header|footer|hr|pre|dd|dt|dl|figure|figcaption|img)\b)`)

// text returns HTML or plain text as clean plain text: tags stripped,
// entities decoded, control characters dropped, whitespace collapsed, and
// cut at a word boundary after about max characters.
func (m *mapper) text(s string, max int) string {
	if s == "" {
		return ""
	}
	if strings.ContainsAny(s, "<&") {
		s = blockTag.ReplaceAllStringFunc(s, func(t string) string { return " " + t })
		// The policy escapes what it keeps, so decode after it, and only
		// once: "&amp;lt;" in a feed means the text "&lt;".
		s = html.UnescapeString(m.policy.Sanitize(s))
	}
	var b strings.Builder
	b.Grow(min(len(s), 4*max+8))
	space, n := false, 0
	for _, c := range s {
		switch {
		case unicode.IsSpace(c):
			space = b.Len() > 0
			continue
		case unicode.IsControl(c), c == utf8.RuneError, c == '\u200b', c == '\ufeff':
			continue
		}
		if n >= max {
			return cutAtWord(b.String())
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		b.WriteRune(c)
		n++
	}
	return b.String()
}

// cutAtWord ends a cut-off text at its last word boundary, when there is
// one in its second half (text without spaces, such as Chinese, is cut
// where it is), and marks the cut with an ellipsis.
func cutAtWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:") + "…"
}

// language returns a language tag in its usual BCP 47 form ("en-US",
// "zh-CN", "pt"), or "" when s is empty or not a tag.
func language(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if s == "" || len(s) > 35 {
		return ""
	}
	parts := strings.Split(s, "-")
	for i, p := range parts {
		if p == "" || len(p) > 8 {
			return ""
		}
		for _, c := range p {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
				return ""
			}
		}
		switch {
		case i == 0:
			if len(p) < 2 {
				return ""
			}
			parts[i] = strings.ToLower(p)
		case len(p) == 2:
			parts[i] = strings.ToUpper(p) // region
		case len(p) == 4:
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:]) // script
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	return strings.Join(parts, "-")
}

// newPolicy returns the sanitizer policy for feed text: nothing kept but
// the text itself.
func newPolicy() *bluemonday.Policy { return bluemonday.StrictPolicy() }
