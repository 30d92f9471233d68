// Package htmllist reads a saved HTML listing page (a topic page, a tag or
// category archive, search results) into annals records by finding the
// repeating item blocks in the DOM.
//
// It knows no site: it drops page chrome, groups sibling elements by a
// signature (parent, tag and sorted class list), and takes the group of
// at least three elements that each hold one substantial link and that
// together cover the most text. Dates and bylines are read with the
// listing parser's field logic (listing.ParseDate, listing.SplitAuthors).
// When no repeating blocks are found Parse returns no records and no
// error, so the caller can fall back to the text parser.
package htmllist

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/listing"
)

// Confidence is the confidence of every record Parse returns.
const Confidence = 0.8

// Options say how to read an input.
type Options struct {
	// Origin names the input in each record's provenance.
	Origin string
	// URL is the page's address, to resolve relative links. A <base href>
	// in the page is resolved against it and then takes its place.
	URL string
}

// Result is what Parse read from a page.
type Result struct {
	annals.Document
	// Blocks describes the item blocks found, CSS-like, e.g.
	// "main#content > article.post (12 blocks)"; "" when none were found.
	Blocks string
}

// minBlocks is the fewest repeating elements that make a listing.
const minBlocks = 3

// maxTitleLinks is the most distinct substantial links one block may hold;
// an element with more is a container of items, not an item.
const maxTitleLinks = 3

// Parse reads an HTML listing page. It returns a Result with zero records
// and a nil error when the page has no repeating item blocks. Records have
// Confidence 0.8 and Provenance {Origin, Document: the page title}; their
// Line is 0 because the HTML parser does not keep positions.
func Parse(data []byte, opts Options) (*Result, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("htmllist: %w", err)
	}
	res := &Result{}
	res.Records = []*annals.Record{}
	res.Title = clean(doc.Find("title").First().Text())
	if lang, ok := doc.Find("html").Attr("lang"); ok {
		res.Language = strings.TrimSpace(lang)
	}
	base := baseURL(doc, opts.URL)

	dropChrome(doc)
	group := bestGroup(doc)
	if group == nil {
		return res, nil
	}
	res.Blocks = fmt.Sprintf("%s > %s (%d blocks)", signature(group.parent), signature(group.items[0]), len(group.items))
	for _, n := range group.items {
		r := readBlock(goquery.NewDocumentFromNode(n).Selection, base)
		if r == nil {
			continue
		}
		r.Confidence = Confidence
		r.Provenance = []annals.Provenance{{Origin: opts.Origin, Document: res.Title}}
		res.Records = append(res.Records, r)
	}
	return res, nil
}

// baseURL is the page address, replaced by <base href> resolved against it.
func baseURL(doc *goquery.Document, page string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(page))
	if err != nil {
		u = nil
	}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := url.Parse(strings.TrimSpace(href)); err == nil {
			if u != nil {
				b = u.ResolveReference(b)
			}
			u = b
		}
	}
	return u
}

// chromeWords are class and id tokens that mark page chrome.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"footer": true, "sidebar": true, "comment": true, "comments": true, "share": true, "sharing": true,
	"social": true, "cookie": true, "cookies": true, "ad": true, "ads": true, "advert": true,
	"advertisement": true, "pagination": true, "pager": true,
}

var tokenSplit = regexp.MustCompile(`[^\pL\pN]+`)

func isChrome(s *goquery.Selection) bool {
	for _, attr := range []string{"class", "id"} {
		v, _ := s.Attr(attr)
		for _, tok := range tokenSplit.Split(strings.ToLower(v), -1) {
			if chromeWords[tok] {
				return true
			}
		}
	}
	return false
}

// itemAncestor matches elements inside which <header> and <footer> belong
// to one item (its headline, its byline) rather than to the page.
const itemAncestor = "article, li, [class*=post], [class*=entry], [class*=item], [class*=result]"

func dropChrome(doc *goquery.Document) {
	doc.Find("script, style, noscript, template, iframe, svg, nav, aside, form, button, select").Remove()
	doc.Find("header, footer").Each(func(_ int, s *goquery.Selection) {
		if s.ParentsFiltered(itemAncestor).Length() == 0 {
			s.Remove()
		}
	})
	doc.Find("body *").Each(func(_ int, s *goquery.Selection) {
		if isChrome(s) {
			s.Remove()
		}
	})
}

type group struct {
	parent *html.Node
	items  []*html.Node
	score  float64
}

// bestGroup finds the repeating sibling elements that each hold a
// substantial link and together cover the most text.
func bestGroup(doc *goquery.Document) *group {
	type key struct {
		parent *html.Node
		sig    string
	}
	groups := map[key]*group{}
	var order []key
	doc.Find("body *").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		if n.Parent == nil || n.Parent.Type != html.ElementNode {
			return
		}
		k := key{n.Parent, signature(n)}
		g := groups[k]
		if g == nil {
			g = &group{parent: n.Parent}
			groups[k] = g
			order = append(order, k)
		}
		g.items = append(g.items, n)
	})
	var best *group
	for _, k := range order {
		g := groups[k]
		if len(g.items) < minBlocks {
			continue
		}
		var kept []*html.Node
		var text int
		for _, n := range g.items {
			s := goquery.NewDocumentFromNode(n).Selection
			if links := titleLinks(s); links >= 1 && links <= maxTitleLinks {
				kept = append(kept, n)
				text += utf8.RuneCountInString(clean(s.Text()))
			}
		}
		// Most of the group must look like items.
		if len(kept) < minBlocks || 2*len(kept) < len(g.items) {
			continue
		}
		score := float64(text)
		switch g.items[0].Data {
		case "article", "li", "div", "tr":
			score *= 1.1
		}
		if best == nil || score > best.score {
			best = &group{parent: g.parent, items: kept, score: score}
		}
	}
	return best
}

// titleLinks counts the distinct targets of the links with at least three
// words of text, leaving out "Read more" links.
func titleLinks(s *goquery.Selection) int {
	seen := map[string]bool{}
	s.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		t := clean(a.Text())
		if len(strings.Fields(t)) >= 3 && !readMore.MatchString(t) {
			href, _ := a.Attr("href")
			seen[strings.TrimSpace(href)] = true
		}
	})
	return len(seen)
}

// signature is "tag#id.class1.class2" with classes sorted; the id is used
// only for a parent, since repeated items have distinct ids.
func signature(n *html.Node) string {
	var b strings.Builder
	b.WriteString(n.Data)
	var classes []string
	for _, a := range n.Attr {
		if a.Key == "class" {
			classes = strings.Fields(a.Val)
		}
	}
	sort.Strings(classes)
	for _, c := range classes {
		b.WriteString("." + c)
	}
	return b.String()
}

// readMore matches the labels of links that only repeat the title link.
var readMore = regexp.MustCompile(`(?i)^[\s\[(»›>…]*(read more|read on|continue reading|more|full story|weiterlesen|mehr|lire la suite|lire plus|leer más|seguir leyendo|læs mere|подробнее|читать далее|читать полностью|толығырақ)\b.*$`)

var headingSel = "h1, h2, h3, h4, h5, h6"

// readBlock reads one item block; nil when it has no title and no summary.
// bylineSel finds the elements that hold an entry's byline, by the class
// names sites give them in several languages.
const bylineSel = "[class*=author], [class*=byline], [rel=author], [itemprop=author], [class*=auteur], [class*=autor], [class*=forfatter], [class*=verfasser]"

func readBlock(s *goquery.Selection, base *url.URL) *annals.Record {
	r := &annals.Record{Authors: []string{}}

	// Title and URL.
	var link *goquery.Selection
	if h := s.Find(headingSel).First(); h.Length() > 0 {
		if a := h.Find("a[href]").First(); a.Length() > 0 {
			link = a
		} else if a := h.Closest("a[href]"); a.Length() > 0 {
			// A link around the whole block: the heading is the title,
			// the link its address.
			r.Title = clean(h.Text())
			href, _ := a.Attr("href")
			r.URL = resolve(base, href)
		} else {
			r.Title = clean(h.Text())
		}
	}
	if link == nil && r.Title == "" && r.URL == "" {
		best := 0
		s.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
			t := clean(a.Text())
			if readMore.MatchString(t) {
				return
			}
			if n := utf8.RuneCountInString(t); n > best {
				best, link = n, a
			}
		})
	}
	if link != nil {
		r.Title = clean(link.Text())
		href, _ := link.Attr("href")
		r.URL = resolve(base, href)
	} else if r.Title != "" && r.URL == "" {
		// A heading without a link: take the block's first real link.
		s.Find("a[href]").EachWithBreak(func(_ int, a *goquery.Selection) bool {
			if readMore.MatchString(clean(a.Text())) {
				return true
			}
			href, _ := a.Attr("href")
			r.URL = resolve(base, href)
			return r.URL == ""
		})
	}
	r.Title = trimTitle(r.Title)

	// Date.
	var dateText string
	if t := s.Find("time").First(); t.Length() > 0 {
		if dt, ok := t.Attr("datetime"); ok {
			r.Date, _ = parseDate(dt)
		}
		dateText = clean(t.Text())
		if r.Date.IsZero() {
			r.Date, _ = parseDate(dateText)
		}
	}
	if r.Date.IsZero() {
		eachText(s.Get(0), func(t string) bool {
			if d, ok := parseDate(t); ok {
				r.Date, dateText = d, t
				return false
			}
			return true
		})
	}

	// Authors.
	var bylineText string
	by := s.Find(bylineSel).FilterFunction(func(_ int, e *goquery.Selection) bool {
		return e.Find(bylineSel).Length() == 0
	})
	if by.Length() > 0 {
		var names []string
		seen := map[string]bool{}
		by.Each(func(_ int, e *goquery.Selection) {
			t := clean(e.Text())
			if bylineText == "" {
				bylineText = t
			}
			if dateText != "" {
				t = strings.TrimSpace(strings.ReplaceAll(t, dateText, ""))
			}
			for _, n := range listing.SplitAuthors(t) {
				if len(strings.Fields(n)) <= 6 && !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		})
		if names != nil {
			r.Authors = names
		}
	}

	// Summary: the longest paragraph-like text that is none of the above.
	skip := func(t string) bool {
		return t == "" || t == r.Title || t == dateText || t == bylineText || readMore.MatchString(t) ||
			strings.Contains(r.Title, t) || (bylineText != "" && strings.Contains(bylineText, t))
	}
	var summary string
	s.Find("p, [class*=summary], [class*=excerpt], [class*=teaser], [class*=dek], [class*=description], [class*=snippet], [class*=lede], [class*=intro]").Each(func(_ int, e *goquery.Selection) {
		if e.Find(headingSel).Length() > 0 {
			return
		}
		t := stripReadMore(clean(e.Text()))
		if !skip(t) && len(strings.Fields(t)) >= 3 && utf8.RuneCountInString(t) > utf8.RuneCountInString(summary) {
			summary = t
		}
	})
	if summary == "" {
		eachText(s.Get(0), func(t string) bool {
			t = stripReadMore(t)
			if !skip(t) && len(strings.Fields(t)) >= 6 && utf8.RuneCountInString(t) > utf8.RuneCountInString(summary) {
				summary = t
			}
			return true
		})
	}
	r.Summary = summary

	if r.Title == "" && r.Summary == "" {
		return nil
	}
	return r
}

// parseDate reads a date with listing.ParseDate, also from an ISO 8601
// timestamp (whose date part it keeps) and after a label like "Posted:".
func parseDate(s string) (annals.Date, bool) {
	s = strings.Trim(clean(s), " |·•,-–—()[]")
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return annals.Date{}, false
	}
	if d, ok := listing.ParseDate(s); ok {
		return d, true
	}
	if m := isoStamp.FindStringSubmatch(s); m != nil {
		return listing.ParseDate(m[1])
	}
	if _, rest, ok := strings.Cut(s, ":"); ok && !strings.ContainsAny(rest, ":") {
		return listing.ParseDate(strings.TrimSpace(rest))
	}
	return annals.Date{}, false
}

var isoStamp = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})[T ]\d`)

// eachText calls f with each non-empty, whitespace-collapsed text node under
// n in document order until f returns false.
func eachText(n *html.Node, f func(string) bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if t := clean(c.Data); t != "" && !f(t) {
				return false
			}
		case html.ElementNode:
			if !eachText(c, f) {
				return false
			}
		}
	}
	return true
}

var trailingMore = regexp.MustCompile(`(?i)\s*[\[(]?(read more|continue reading|weiterlesen|lire la suite|leer más|подробнее)\W*$`)

func stripReadMore(s string) string { return strings.TrimSpace(trailingMore.ReplaceAllString(s, "")) }

// trimTitle drops a single trailing full stop (list punctuation), keeping
// an ellipsis.
func trimTitle(s string) string {
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	}
	return s
}

// resolve makes href absolute against base; "" unless it is http(s).
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// clean collapses whitespace (including no-break spaces) and trims.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}
