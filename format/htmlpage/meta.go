package htmlpage

import (
	"encoding/json"
	"html"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/labor-annals/annals"
)

// meta is what the page declares about itself.
type meta struct {
	// values maps a <meta> key (name, property or itemprop, lower-cased,
	// "." read as ":") to its contents in page order.
	values map[string][]string
	// ld is the first JSON-LD object of an Article kind, or nil.
	ld map[string]any
	// pageTitle is the <title> text; htmlLang is <html lang>; canonical is
	// the resolved <link rel=canonical>.
	pageTitle, htmlLang, canonical string
	// base is Options.URL, when it is absolute.
	base *url.URL
}

// readMeta collects the page's metadata.
func readMeta(doc *goquery.Document, base *url.URL) *meta {
	m := &meta{values: map[string][]string{}, base: base}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			return
		}
		content = clean(content)
		if content == "" {
			return
		}
		var keys []string
		for _, attr := range []string{"name", "property", "itemprop", "http-equiv"} {
			if v, ok := s.Attr(attr); ok {
				// property may list several: "og:title dc:title".
				keys = append(keys, strings.Fields(v)...)
			}
		}
		for _, k := range keys {
			k = strings.ReplaceAll(strings.ToLower(k), ".", ":")
			m.values[k] = append(m.values[k], content)
		}
	})
	m.pageTitle = clean(doc.Find("title").First().Text())
	if lang, ok := doc.Find("html").First().Attr("lang"); ok {
		m.htmlLang = language(lang)
	}
	doc.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if strings.EqualFold(strings.TrimSpace(s.AttrOr("rel", "")), "canonical") {
			m.canonical = strings.TrimSpace(s.AttrOr("href", ""))
			return m.canonical == ""
		}
		return true
	})
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		m.ld = findArticle(s.Text())
		return m.ld == nil
	})
	return m
}

// first returns the value of the first key the page has; when the page
// gives a key twice, the last one counts, as in browsers' reader modes.
func (m *meta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.values[k]; len(v) > 0 {
			return v[len(v)-1]
		}
	}
	return ""
}

// ldTitle returns the JSON-LD title. Articles give a headline, a name or
// both; when the two differ, the one closer to the <title> wins (Wikipedia's
// headline is a description), the headline on a tie and when the name is
// the publisher's.
func (m *meta) ldTitle() string {
	name, headline := ldString(m.ld, "name"), ldString(m.ld, "headline")
	if name == "" || headline == "" || name == headline {
		return firstOf(headline, name)
	}
	if strings.EqualFold(name, ldPublisher(m.ld)) || similarity(headline, m.pageTitle) >= similarity(name, m.pageTitle) {
		return headline
	}
	return name
}

// similarity returns the share of a's words that are in b, ignoring case.
func similarity(a, b string) float64 {
	words := strings.Fields(strings.ToLower(a))
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		in[w] = true
	}
	n := 0
	for _, w := range words {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(max(len(words), 1))
}

// record maps the metadata, with trafilatura's extraction as a fallback,
// to a record. declared reports whether the title and the date or an
// author came from the page's metadata.
func (m *meta) record(ext *trafilatura.ExtractResult) (rec *annals.Record, declared bool) {
	rec = &annals.Record{Authors: []string{}}
	tm := ext.Metadata

	// Title.
	rec.Title = firstOf(m.ldTitle(),
		m.first("citation_title", "dc:title", "dcterm:title", "dcterms:title", "og:title", "twitter:title", "title"))
	titleDeclared := rec.Title != ""
	if rec.Title == "" {
		rec.Title = firstOf(m.pageTitle, clean(tm.Title))
	}
	rec.Title = cut(rec.Title, annals.MaxTitleLen)

	// Authors.
	var raw []string
	switch {
	case m.ld != nil && len(ldNames(m.ld["author"])) > 0:
		raw = ldNames(m.ld["author"])
	case len(m.values["citation_author"]) > 0:
		raw = m.values["citation_author"]
	case len(m.values["dc:creator"]) > 0:
		raw = m.values["dc:creator"]
	case len(m.values["dcterms:creator"]) > 0:
		raw = m.values["dcterms:creator"]
	case len(m.values["author"]) > 0:
		raw = splitNames(m.values["author"][0])
	case len(m.values["article:author"]) > 0:
		raw = m.values["article:author"]
	case len(m.values["parsely-author"]) > 0:
		raw = m.values["parsely-author"]
	}
	rec.Authors = names(raw)
	authorsDeclared := len(rec.Authors) > 0
	if !authorsDeclared && tm.Author != "" {
		rec.Authors = names(strings.Split(tm.Author, ";"))
	}

	// Date, as printed in the page's own offset.
	for _, s := range []string{ldString(m.ld, "datePublished"),
		m.first("citation_publication_date", "citation_date", "citation_online_date",
			"article:published_time", "dc:date", "dcterms:date", "dcterms:issued", "dcterms:created",
			"parsely-pub-date", "datepublished", "pubdate", "date")} {
		if d, ok := parseDate(s); ok {
			rec.Date = d
			break
		}
	}
	dateDeclared := !rec.Date.IsZero()
	if !dateDeclared && !tm.Date.IsZero() {
		y, mo, d := tm.Date.Date()
		if dd := annals.DayDate(y, mo, d); dd.Validate() == nil {
			rec.Date = dd
		}
	}

	// Source: the journal, the site, the publisher.
	rec.Source = firstOf(m.first("citation_journal_title", "citation_conference_title"),
		ldPublisher(m.ld), m.first("og:site_name", "citation_publisher", "dc:publisher", "dcterms:publisher", "application-name"),
		siteName(tm.Sitename, m.base))
	rec.Source = cut(rec.Source, annals.MaxNameLen)

	// Summary.
	rec.Summary = excerpt(firstOf(ldString(m.ld, "description"), m.first("citation_abstract", "dc:description",
		"dcterms:description", "og:description", "description", "twitter:description"), clean(tm.Description)))

	// URL.
	// An absolute address the page gives beats a relative one resolved
	// against Options.URL, which may be where a copy was saved.
	// trafilatura's guess comes last.
	urls := []string{m.canonical, m.first("og:url"), ldString(m.ld, "url"), m.first("citation_abstract_html_url", "citation_fulltext_html_url")}
	for _, base := range []*url.URL{nil, m.base} {
		for _, u := range urls {
			if a := absHTTP(base, u); a != "" && rec.URL == "" {
				rec.URL = a
			}
		}
	}
	if rec.URL == "" {
		rec.URL = absHTTP(m.base, tm.URL)
	}

	// Language.
	rec.Language = firstOf(m.htmlLang, language(ldString(m.ld, "inLanguage")),
		language(m.first("content-language", "dc:language", "citation_language", "og:locale")), language(tm.Language))

	return rec, titleDeclared && (authorsDeclared || dateDeclared)
}

// articleTypes are the schema.org types read as the page's article.
var articleTypes = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`Article AdvertiserContentArticle NewsArticle AnalysisNewsArticle
		AskPublicNewsArticle BackgroundNewsArticle BlogPosting DiscussionForumPosting LiveBlogPosting
		OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle Report SatiricalArticle
		ScholarlyArticle MedicalScholarlyArticle SocialMediaPosting TechArticle`) {
		articleTypes[t] = true
	}
}

// findArticle returns the first Article-kind object in a JSON-LD block:
// the block itself, a member of a top-level array, or of an @graph.
func findArticle(text string) map[string]any {
	text = strings.TrimSpace(text)
	text = strings.TrimSuffix(strings.TrimPrefix(text, "<![CDATA["), "]]>")
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		return nil
	}
	var walk func(v any, depth int) map[string]any
	walk = func(v any, depth int) map[string]any {
		if depth > 3 {
			return nil
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if o := walk(e, depth+1); o != nil {
					return o
				}
			}
		case map[string]any:
			if isArticle(x["@type"]) {
				return x
			}
			if g, ok := x["@graph"]; ok {
				return walk(g, depth+1)
			}
		}
		return nil
	}
	return walk(v, 0)
}

func isArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.TrimPrefix(strings.TrimPrefix(x, "http://schema.org/"), "https://schema.org/")]
	case []any:
		for _, e := range x {
			if isArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD member as clean text: a string, or the first
// string of an array, or an object's name or @value.
func ldString(o map[string]any, key string) string {
	if o == nil {
		return ""
	}
	return ldText(o[key])
}

func ldText(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case []any:
		for _, e := range x {
			if s := ldText(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return clean(s)
		}
		if s, ok := x["@value"].(string); ok {
			return clean(s)
		}
	}
	return ""
}

// ldNames returns the names in a JSON-LD author: a string, a Person or
// Organization, or an array of those.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if isURL(x) {
			return nil
		}
		return splitNames(x)
	case map[string]any:
		if s := ldText(x["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// ldPublisher returns the JSON-LD publisher's name.
func ldPublisher(o map[string]any) string {
	if o == nil {
		return ""
	}
	switch p := o["publisher"].(type) {
	case string:
		if !isURL(p) {
			return clean(p)
		}
	case map[string]any, []any:
		return ldText(p)
	}
	return ""
}

// names cleans author names: no URLs, no "By ", no duplicates.
func names(raw []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, n := range raw {
		n = clean(n)
		n = byPrefix.ReplaceAllString(n, "")
		if n == "" || isURL(n) || len(n) > annals.MaxNameLen || seen[strings.ToLower(n)] || len(out) >= annals.MaxAuthors {
			continue
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
	}
	return out
}

// byPrefix is a byline's "By ".
var byPrefix = regexp.MustCompile(`^(?i:by)\s+`)

// splitNames splits one byline into names at ";", " and ", "&", and at
// commas when every part is a name of two or more words (so that
// "Smith, John" stays whole).
func splitNames(s string) []string {
	var out []string
	for _, part := range nameSep.Split(s, -1) {
		commas := strings.Split(part, ",")
		whole := len(commas) == 1
		for _, c := range commas {
			if len(strings.Fields(c)) < 2 {
				whole = true
			}
		}
		if whole {
			out = append(out, part)
		} else {
			out = append(out, commas...)
		}
	}
	return out
}

var nameSep = regexp.MustCompile(`\s*(?:;|&|\band\b)\s*`)

// clean unescapes entities left in a value, drops tags, and collapses
// white space.
func clean(s string) string {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "<") {
		s = tag.ReplaceAllString(s, " ")
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Join(strings.Fields(s), " ")
}

var tag = regexp.MustCompile(`<[^>]*>`)

// maxSummary bounds the summary, in runes.
const maxSummary = 1000

// excerpt returns s cleaned and cut at a word to at most maxSummary runes.
func excerpt(s string) string {
	s = clean(s)
	if utf8.RuneCountInString(s) <= maxSummary {
		return s
	}
	return atWord(string([]rune(s)[:maxSummary-1])) + "…"
}

// cut shortens s to at most n bytes, at a word, with "…".
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	n -= len("…")
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return atWord(s[:n]) + "…"
}

// atWord drops a word cut in two at the end of s, unless that would drop
// most of s.
func atWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		return s[:i]
	}
	return s
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func isURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// absHTTP resolves ref against base and returns it when it is an absolute
// http(s) URL that fits in a record, without its fragment.
func absHTTP(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	s := u.String()
	if len(s) > annals.MaxURLLen || !utf8.ValidString(s) {
		return ""
	}
	return s
}

// language returns s as a BCP 47 tag ("en_US" read as "en-US"), or "" when
// it is not one.
func language(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if !langTag.MatchString(s) {
		return ""
	}
	return s
}

var langTag = regexp.MustCompile(`^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$`)

// siteName returns trafilatura's site name, unless it is only the host
// name of Options.URL, which says where the page was, not who published it.
func siteName(s string, base *url.URL) string {
	s = clean(s)
	if base != nil && strings.EqualFold(strings.TrimPrefix(s, "www."), strings.TrimPrefix(base.Hostname(), "www.")) {
		return ""
	}
	return s
}
