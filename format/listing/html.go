package listing

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksLikeHTML reports whether data is an HTML page or fragment rather
// than text that mentions a tag: it needs a document marker, or several
// closing tags and links.
func looksLikeHTML(data []byte) bool {
	head := data
	if len(head) > 1<<16 {
		head = head[:1<<16]
	}
	// Every marker opens with '<': only the bytes after each are read,
	// folded as they are compared (text is most pastes, and has few).
	tags, links := 0, false
	for i := bytes.IndexByte(head, '<'); i >= 0; {
		at := head[i:]
		if hasPrefixFoldASCII(at, "<!doctype html") || hasPrefixFoldASCII(at, "<html") || hasPrefixFoldASCII(at, "<body") {
			return true
		}
		for _, t := range htmlCountedTags {
			if hasPrefixFoldASCII(at, t) {
				tags++
				break
			}
		}
		links = links || hasPrefixFoldASCII(at, "<a ")
		j := bytes.IndexByte(at[1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return tags >= 3 && links || tags >= 6
}

// htmlCountedTags are the tags whose count tells HTML from text that
// mentions one.
var htmlCountedTags = []string{"</a>", "</p>", "</li>", "</div>", "<br", "</h1>", "</h2>", "</h3>", "</h4>", "</span>", "</td>"}

// blockTags end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Br: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Article: true, atom.Section: true,
	atom.Header: true, atom.Footer: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Blockquote: true,
	atom.Figure: true, atom.Figcaption: true, atom.Time: false, atom.Hr: true, atom.Title: true, atom.Main: true,
	atom.Aside: true, atom.Nav: true, atom.Pre: true,
}

// skipTags hold no listing text.
var skipTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Head: false}

// htmlLines turns HTML into lines: block elements end lines, and the
// first absolute link on a line is kept with it.
func htmlLines(data []byte) []line {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out []line
	var buf strings.Builder
	no, startNo := 1, 1
	href, lineHref := "", ""
	var base *url.URL
	skip := 0
	gap := false
	// The text of the line's last italics (<em>, <i>, <cite>), and how
	// deep in them the tokenizer is: italics closing the line after a
	// dash name the outlet, as Markdown's do ("Headline – <em>The
	// Guardian</em>").
	var italic strings.Builder
	inItalic := 0
	flush := func() {
		if l, ok := makeLine(buf.String(), startNo); ok {
			l.indent = 0
			if lineHref != "" || l.more != nil {
				l.newMore().href = lineHref
			}
			if t := htmlItalicTail(l.text, italic.String()); t != "" {
				l.newMore().italicTail = t
			}
			l.gap = gap
			gap = false
			out = append(out, l)
		} else {
			gap = true // an empty block separates entries like a blank line
		}
		buf.Reset()
		italic.Reset()
		inItalic = 0
		lineHref = ""
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			if skip == 0 {
				if trimSpace(buf.String()) == "" {
					startNo = no
				}
				text := string(z.Text())
				buf.WriteString(text)
				if inItalic > 0 && italic.Len() < 200 {
					italic.WriteString(text)
				}
				if href != "" && lineHref == "" && trimSpace(text) != "" {
					lineHref = href
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if skipTags[a] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				break
			}
			if a == atom.A {
				if tt == html.EndTagToken {
					href = ""
				} else {
					href = ""
					for hasAttr {
						var k, v []byte
						k, v, hasAttr = z.TagAttr()
						if string(k) == "href" {
							href = resolveHref(base, string(v))
						}
					}
				}
			}
			if a == atom.Base && tt != html.EndTagToken {
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "href" {
						base, _ = url.Parse(string(v))
					}
				}
			}
			if a == atom.Em || a == atom.I || a == atom.Cite {
				switch {
				case tt == html.StartTagToken:
					if inItalic == 0 {
						italic.Reset() // only the last italics count
					}
					inItalic++
				case tt == html.EndTagToken && inItalic > 0:
					inItalic--
				}
			}
			if blockTags[a] {
				flush()
			} else if a == atom.Img || a == atom.Span || a == atom.Time {
				buf.WriteByte(' ')
			}
		}
		no += bytes.Count(raw, []byte{'\n'})
	}
	flush()
	return out
}

// htmlItalicTail returns the italics it when they close the line's text
// after a spaced dash, or "".
func htmlItalicTail(text, it string) string {
	it = trimSpace(it)
	if it == "" || len(it) > 80 {
		return ""
	}
	if before, ok := strings.CutSuffix(text, it); !ok || !endsWithSpacedDash(before) {
		return ""
	}
	return it
}

// resolveHref makes v absolute against base; "" when it cannot be.
func resolveHref(base *url.URL, v string) string {
	u, err := url.Parse(trimSpace(v))
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
