package csljson_test

import (
	"github.com/labor-annals/annals/annalstest"
	"strings"
	"testing"

	"github.com/labor-annals/annals/format/csljson"
)

// FuzzParse checks that Parse never panics and that what it returns is
// well formed, on inputs grown from the fixtures.
func FuzzParse(f *testing.F) {
	for _, in := range annalstest.Fixtures(f, "testdata/*.json") {
		f.Add(annalstest.ReadFile(f, in))
	}
	f.Add([]byte(`[{"title": 1, "author": [{"given": "a"}, 2], "issued": {"date-parts": [["-1", 99]], "raw": "May 2"}}, "x"]`))
	f.Add([]byte(`{"type": "book", "issued": "2001", "URL": "http://x", "DOI": "10.1/<"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := csljson.Parse(data, csljson.Options{Origin: "fuzz"})
		if err != nil {
			return
		}
		annalstest.CheckWellFormed(t, res.Records, res.Problems)
	})
}

// TestHostileInputs checks that degenerate large inputs stay linear.
func TestHostileInputs(t *testing.T) {
	size := annalstest.HostileSize(t) / 2
	item := `{"title": "t", "author": [{"family": "f", "given": "g"}], "issued": {"date-parts": [[2001, 2, 3]]}}`
	annalstest.CheckHostile(t, map[string]string{
		"many items":     "[" + strings.Repeat(item+",\n", size/len(item)) + item + "]",
		"huge title":     `[{"title": "` + strings.Repeat("<i>a</i> ", size/9) + `"}]`,
		"deep nesting":   `[{"title": "t", "x": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "}]",
		"many non-items": "[" + strings.Repeat("1,", size/2) + "1]",
		"many authors":   `[{"title": "t", "author": [` + strings.Repeat(`{"family": "f"},`, size/16) + `{}]}]`,
	}, func(_ string, data []byte) error {
		_, err := csljson.Parse(data, csljson.Options{})
		return err
	})
}
