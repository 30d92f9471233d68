package listing

import "testing"

func TestPlainMarkdown(t *testing.T) {
	for _, c := range []struct{ in, text, href string }{
		{"*Looms and ledgers*. Piedmont Press.", "Looms and ledgers. Piedmont Press.", ""},
		{"**Bold headline** and _Journal of Work_, 12(3)", "Bold headline and Journal of Work, 12(3)", ""},
		{"## Articles", "Articles", ""},
		{"- [Dockers walk out](https://example.org/a?x=1) — 3 March 2024", "- Dockers walk out — 3 March 2024", "https://example.org/a?x=1"},
		// Not emphasis: a bullet, a footnote mark, snake_case, a product.
		{"* item one", "* item one", ""},
		{"Title with a note*", "Title with a note*", ""},
		{"see file_name_here and 5 * 3", "see file_name_here and 5 * 3", ""},
		// Two links, or a relative one: which is the entry's is unclear.
		{"[a](https://x.org) and [b](https://y.org)", "[a](https://x.org) and [b](https://y.org)", ""},
		{"[a](/local/path)", "[a](/local/path)", ""},
		{"#hashtag #strike", "#hashtag #strike", ""},
		{"***", "***", ""},
	} {
		text, href := plainMarkdown(c.in)
		if text != c.text || href != c.href {
			t.Errorf("plainMarkdown(%q) = %q, %q; want %q, %q", c.in, text, href, c.text, c.href)
		}
	}
}
