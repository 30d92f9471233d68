package annals

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on a record's fields. They bound what hostile input can make us
// store and render; real bibliographic records are far below them.
const (
	MaxTitleLen   = 2000
	MaxSummaryLen = 100000
	MaxAuthors    = 500
	MaxNameLen    = 500
	MaxURLLen     = 4000
)

// Record is one bibliographic entry of the archive: an article, a paper, a
// document or a news item, however it arrived.
type Record struct {
	// ID is the store's identifier; zero until the record is saved.
	ID int64 `json:"id,omitempty"`
	// Fingerprint identifies the record across imports: the normalized URL
	// when there is one, else normalized title, date and source. See
	// Fingerprint.
	Fingerprint string `json:"fingerprint,omitempty"`
	// Title as printed, trimmed.
	Title string `json:"title"`
	// Authors are individual names (or organisations acting as authors),
	// in printed order.
	Authors []string `json:"authors"`
	// Source is the publication or outlet, e.g. "Workers World".
	Source string `json:"source,omitempty"`
	// Date is the publication date at the precision printed.
	Date Date `json:"date"`
	// Summary is the lede, teaser or abstract as plain text.
	Summary string `json:"summary,omitempty"`
	// URL is the address of the original, when known.
	URL string `json:"url,omitempty"`
	// Topics are the slugs of the topics the record belongs to.
	Topics []string `json:"topics,omitempty"`
	// Language is a BCP 47 tag such as "en" or "kk", when known.
	Language string `json:"language,omitempty"`
	// Confidence is the parser's belief, from 0 to 1, that the fields are
	// right; 1 for structured formats, lower for guesses from free text.
	Confidence float64 `json:"confidence,omitempty"`
	// Provenance lists every place the record arrived from.
	Provenance []Provenance `json:"provenance,omitempty"`
	// CreatedAt is when the record was first stored.
	CreatedAt time.Time `json:"created_at,omitzero"`
	// UpdatedAt is when a later import last changed a field.
	UpdatedAt time.Time `json:"updated_at,omitzero"`
}

// Provenance says where one copy of a record came from.
type Provenance struct {
	// ImportID is the import run that brought it; zero before saving.
	ImportID int64 `json:"import_id,omitempty"`
	// Origin is the file name or URL that was imported.
	Origin string `json:"origin"`
	// Document is the title of the page or file it came from, when known,
	// e.g. "The working class history of the Republic of Qazaqstan".
	Document string `json:"document,omitempty"`
	// Line is the 1-based line in Origin where the entry starts; zero when
	// the format has no lines (a URL, a JSON object).
	Line int `json:"line,omitempty"`
	// ImportedAt is when the import ran.
	ImportedAt time.Time `json:"imported_at,omitzero"`
}

// DisplayTitle returns the title, or for an untitled record the start of its
// summary, so that every record has something to show and link.
func (r *Record) DisplayTitle() string {
	if r.Title != "" {
		return r.Title
	}
	s := r.Summary
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:80])
		if i := strings.LastIndexByte(s, ' '); i > 40 {
			s = s[:i]
		}
		s += "…"
	}
	if s == "" {
		return "Untitled"
	}
	return s
}

// Validate checks the record's fields. It returns an EINVALID *Error naming
// the first field that is wrong.
func (r *Record) Validate() error {
	switch {
	case strings.TrimSpace(r.Title) == "" && strings.TrimSpace(r.Summary) == "":
		return Errorf(EINVALID, "Record has neither a title nor a summary.")
	case len(r.Title) > MaxTitleLen:
		return Errorf(EINVALID, "Record title is longer than %d bytes.", MaxTitleLen)
	case len(r.Summary) > MaxSummaryLen:
		return Errorf(EINVALID, "Record summary is longer than %d bytes.", MaxSummaryLen)
	case len(r.Authors) > MaxAuthors:
		return Errorf(EINVALID, "Record has more than %d authors.", MaxAuthors)
	case len(r.Source) > MaxNameLen:
		return Errorf(EINVALID, "Record source is longer than %d bytes.", MaxNameLen)
	case len(r.URL) > MaxURLLen:
		return Errorf(EINVALID, "Record URL is longer than %d bytes.", MaxURLLen)
	case r.Confidence < 0 || r.Confidence > 1:
		return Errorf(EINVALID, "Record confidence %g is outside 0–1.", r.Confidence)
	}
	for _, f := range []struct{ name, v string }{{"title", r.Title}, {"source", r.Source}, {"summary", r.Summary}, {"URL", r.URL}} {
		if !utf8.ValidString(f.v) {
			return Errorf(EINVALID, "Record %s is not valid UTF-8.", f.name)
		}
	}
	for _, a := range r.Authors {
		if strings.TrimSpace(a) == "" {
			return Errorf(EINVALID, "Record has an empty author name.")
		} else if len(a) > MaxNameLen {
			return Errorf(EINVALID, "Record author name is longer than %d bytes.", MaxNameLen)
		} else if !utf8.ValidString(a) {
			return Errorf(EINVALID, "Record author name is not valid UTF-8.")
		}
	}
	if err := r.Date.Validate(); err != nil {
		return err
	}
	if r.URL != "" {
		u, err := url.Parse(r.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Errorf(EINVALID, "Record URL %q is not an absolute http(s) URL.", truncate(r.URL, 100))
		}
	}
	if r.Language != "" && !validLanguageTag(r.Language) {
		return Errorf(EINVALID, "Record language %q is not a BCP 47 tag.", truncate(r.Language, 40))
	}
	for _, t := range r.Topics {
		if err := ValidateSlug(t); err != nil {
			return err
		}
	}
	return nil
}

// validLanguageTag accepts the shape of a BCP 47 tag: alphanumeric subtags of
// 1–8 characters separated by hyphens, the first alphabetic.
func validLanguageTag(s string) bool {
	for i, sub := range strings.Split(s, "-") {
		if len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for _, c := range sub {
			isLetter := c < 128 && unicode.IsLetter(c)
			if !(isLetter || (i > 0 && c >= '0' && c <= '9')) {
				return false
			}
		}
		if i == 0 && len(sub) < 2 {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// Fingerprint returns the record's identity across imports: "u:" and a hash
// of the normalized URL when the record has a URL, otherwise "t:" and a hash
// of the normalized title, date and source. Text is expected in NFC (the
// ingest pipeline normalizes it); case, punctuation and spacing do not
// matter.
func Fingerprint(r *Record) string {
	var key string
	if u := NormalizeURL(r.URL); u != "" {
		key = "u:" + u
	} else {
		key = "t:" + normalizeKeyText(r.Title) + "|" + r.Date.String() + "|" + normalizeKeyText(r.Source)
		if r.Title == "" {
			// Untitled records are told apart by their summary.
			key += "|" + normalizeKeyText(r.Summary)
		}
	}
	sum := sha256.Sum256([]byte(key))
	return key[:2] + hex.EncodeToString(sum[:16])
}

// normalizeKeyText lower-cases s and keeps only letters and digits, with one
// space between words, so that quote styles, dashes and spacing do not make
// two copies of a title look different.
func normalizeKeyText(s string) string {
	var b strings.Builder
	space := false
	for _, c := range s {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(c))
		case unicode.Is(unicode.Mn, c):
			// combining marks are part of the letter before them
		default:
			space = true
		}
	}
	return b.String()
}

// trackingParams are query parameters that say how a reader arrived, not
// what they read.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "mc_cid": true, "mc_eid": true, "ref": true, "ref_src": true}

// NormalizeURL returns a canonical form of an http(s) URL for comparison: no
// scheme, lower-case host without "www." and default port, no fragment, no
// tracking parameters, sorted query, no trailing slash. It returns "" for
// anything that is not an absolute http(s) URL.
func NormalizeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var query strings.Builder
	for _, k := range keys {
		for _, v := range q[k] {
			if query.Len() > 0 {
				query.WriteByte('&')
			}
			query.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(v))
		}
	}
	path := strings.TrimRight(u.EscapedPath(), "/")
	out := host + path
	if query.Len() > 0 {
		out += "?" + query.String()
	}
	return out
}
