package csljson_test

import (
	"github.com/labor-annals/annals/annalstest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

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
	if testing.Short() {
		t.Skip("large inputs")
	}
	size := 4 << 20
	if s := os.Getenv("HOSTILE_SIZE"); s != "" {
		size, _ = strconv.Atoi(s)
	}
	item := `{"title": "t", "author": [{"family": "f", "given": "g"}], "issued": {"date-parts": [[2001, 2, 3]]}}`
	for name, data := range map[string]string{
		"many items":     "[" + strings.Repeat(item+",\n", size/len(item)) + item + "]",
		"huge title":     `[{"title": "` + strings.Repeat("<i>a</i> ", size/9) + `"}]`,
		"deep nesting":   `[{"title": "t", "x": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "}]",
		"many non-items": "[" + strings.Repeat("1,", size/2) + "1]",
		"many authors":   `[{"title": "t", "author": [` + strings.Repeat(`{"family": "f"},`, size/16) + `{}]}]`,
	} {
		start := time.Now()
		if _, err := csljson.Parse([]byte(data), csljson.Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// Generous: the bound is for blow-ups, not for speed on a busy machine.
		if d := time.Since(start); d > 60*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%s: %v", name, time.Since(start))
	}
}
