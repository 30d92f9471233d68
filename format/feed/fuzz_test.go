package feed_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/format/feed"
)

// FuzzParse checks that Parse never panics and that what it returns is
// well formed, on inputs grown from the fixtures.
func FuzzParse(f *testing.F) {
	for _, in := range fixtures(f) {
		f.Add(mustRead(f, in))
	}
	f.Add([]byte(`<rss><channel><item><title>a</title><item/></item><item>b`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;b&gt;x</title></entry>`))
	f.Add([]byte(`{"rss":{"channel":{"item":{"description":"x","guid":{"#value":"http://e.org/"}}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := feed.Parse(data, feed.Options{Origin: "fuzz"})
		if err != nil {
			return
		}
		feed.Sniff(data)
		for _, r := range res.Records {
			if err := r.Validate(); err != nil {
				t.Fatalf("invalid record %+v: %v", r, err)
			}
			if r.Authors == nil || r.Confidence != 1 || len(r.Provenance) != 1 || r.Provenance[0].Line < 0 {
				t.Fatalf("bad record %+v", r)
			}
		}
		for _, p := range res.Problems {
			if p.Line < 0 || !utf8.ValidString(p.Msg) {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}

// TestHostileInputs checks that degenerate large inputs stay linear.
func TestHostileInputs(t *testing.T) {
	size := annalstest.HostileSize(t)
	const rss = `<rss version="2.0"><channel><title>t</title><link>http://e.org/</link>`
	annalstest.CheckHostile(t, map[string]string{
		"many items":        rss + strings.Repeat("<item><title>t</title><link>/a</link><description>&lt;p&gt;d&lt;/p&gt;</description><pubDate>Mon, 02 Jan 2006 15:04:05 -0700</pubDate></item>\n", size/140) + "</channel></rss>",
		"many broken items": rss + strings.Repeat("<item><title>t&#0;</title></item>\n", size/36) + "</channel></rss>",
		"many unclosed":     rss + strings.Repeat("<item>\n", size/28),
		"many nested":       rss + "<item><title>t</title>" + strings.Repeat("<item/>\n", size/8) + "</item></channel></rss>",
		"long description":  rss + "<item><description>" + strings.Repeat("&lt;b&gt;word ", size/16) + "</description></item></channel></rss>",
		"long root tag":     `<rss a="` + strings.Repeat("x", max(size/2, 1<<16)) + `"><channel>` + strings.Repeat("<item><title>&#0;</title></item>", size/64),
		"many json items":   `{"version":"https://jsonfeed.org/version/1.1","items":[` + strings.Repeat(`{"title":"t","content_html":"<p>x</p>"},`, size/40) + `{}]}`,
		"latin1":            "<rss><channel><item><title>" + strings.Repeat("\xe9", size) + "</title></item></channel></rss>",
		"unclosed comment":  rss + "<!--" + strings.Repeat("<item>", size/6),
	}, func(name string, data []byte) error {
		// A feed this broken may be refused; only the time counts.
		if res, err := feed.Parse(data, feed.Options{}); err == nil {
			t.Logf("%s: %d records", name, len(res.Records))
		}
		return nil
	})
}
