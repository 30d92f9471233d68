package htmlpage_test

import (
	"testing"
	"unicode/utf8"

	"github.com/labor-annals/annals/format/htmlpage"
)

// FuzzParse checks that Parse never panics and that the one record it
// returns is valid, on inputs grown from the fixtures.
func FuzzParse(f *testing.F) {
	for _, in := range fixtures(f) {
		f.Add(mustRead(f, in))
	}
	f.Add([]byte(`<html><head><script type="application/ld+json">[{"@type":["Article"],"headline":{"@value":"x"},"author":"a; b and c","datePublished":"2024-02-30"}]</script></head></html>`))
	f.Add([]byte(`<html><meta name="citation_date" content="1999"><meta property="og:url" content="//e.org/a"><title>t</title>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		htmlpage.Sniff(data)
		res, err := htmlpage.Parse(data, htmlpage.Options{Origin: "fuzz", URL: "https://e.org/p"})
		if err != nil {
			return
		}
		if len(res.Records) != 1 {
			t.Fatalf("got %d records", len(res.Records))
		}
		r := res.Records[0]
		if err := r.Validate(); err != nil {
			t.Fatalf("invalid record %+v: %v", r, err)
		}
		if r.Authors == nil || len(r.Provenance) != 1 || utf8.RuneCountInString(r.Summary) > 1000 {
			t.Fatalf("bad record %+v", r)
		}
	})
}
