package bibtex_test

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/format/bibtex"
)

// FuzzParse checks that Parse never panics and that what it returns is
// well formed, on inputs grown from the fixtures.
func FuzzParse(f *testing.F) {
	for _, in := range annalstest.Fixtures(f, "testdata/*.bib") {
		f.Add(annalstest.ReadFile(f, in))
	}
	f.Add([]byte(`@string{a = "x" # b}@article(k, t = a # {y} # 12,)`))
	f.Add([]byte(`@misc{k, title = {\'{\i}\c{}\"{}$^{2}_x$ \enquote{\noopsort{a}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := bibtex.Parse(data, bibtex.Options{Origin: "fuzz"})
		if err != nil {
			return
		}
		annalstest.CheckWellFormed(t, res.Records, res.Problems)
	})
}

// TestHostileInputs checks that degenerate large inputs stay linear.
func TestHostileInputs(t *testing.T) {
	size := annalstest.HostileSize(t)
	deep := strings.Repeat("{", size/2) + strings.Repeat("}", size/2)
	annalstest.CheckHostile(t, map[string]string{
		"deep braces":         "@misc{k, title = " + deep + "}",
		"deep open braces":    "@misc{k, title = " + strings.Repeat("{", size) + "}",
		"deep enquote":        "@misc{k, title = {" + strings.Repeat(`\enquote{`, size/9) + "}}",
		"huge string":         "@misc{k, title = {" + strings.Repeat("a ", size/2) + "}}",
		"many entries":        strings.Repeat("@misc{k, title = {t}, author = {A and B}}\n", size/44),
		"many broken entries": strings.Repeat("@misc{k, title = {t\n", size/21),
		"many ats":            strings.Repeat("@", size),
		"many macros":         "@string{a = {x}}\n@misc{k, title = " + strings.Repeat("a # ", size/4) + "a}",
		"many ands":           "@misc{k, author = {" + strings.Repeat("a and ", size/6) + "}}",
		"many accents":        "@misc{k, title = {" + strings.Repeat(`\"{o}`, size/6) + "}}",
		"latin1":              "@misc{k, title = {" + strings.Repeat("\xe9", size) + "}}",
		"percent lines":       strings.Repeat("%\n", size/2),
	}, func(name string, data []byte) error {
		if _, err := bibtex.Parse(data, bibtex.Options{}); err != nil && name != "many ats" {
			return err
		}
		return nil
	})
}
