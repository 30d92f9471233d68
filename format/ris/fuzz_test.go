package ris_test

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/format/ris"
)

// FuzzParse checks that Parse never panics and that what it returns is
// well formed, on inputs grown from the fixtures.
func FuzzParse(f *testing.F) {
	for _, in := range annalstest.Fixtures(f, "testdata/*.ris") {
		f.Add(annalstest.ReadFile(f, in))
	}
	f.Add([]byte("TY  - JOUR\nAU  - a, b, c\nPY  - 2020/02/30/x\n  cont\nER  -"))
	f.Add([]byte("FN x\nPT J\nER\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := ris.Parse(data, ris.Options{Origin: "fuzz"})
		if err != nil {
			return
		}
		annalstest.CheckWellFormed(t, res.Records, res.Problems)
	})
}

// TestHostileInputs checks that degenerate large inputs stay linear.
func TestHostileInputs(t *testing.T) {
	size := annalstest.HostileSize(t)
	annalstest.CheckHostile(t, map[string]string{
		"one long line":      "TY  - JOUR\nAB  - " + strings.Repeat("a ", size/2) + "\nER  - \n",
		"many continuations": "TY  - JOUR\nAB  - x\n" + strings.Repeat("more text\n", size/10) + "ER  - \n",
		"many records":       strings.Repeat("TY  - JOUR\nTI  - t\nAU  - a, b\nER  - \n", size/36),
		"many unclosed":      strings.Repeat("TY  - JOUR\n", size/11),
		"many repeated tags": "TY  - JOUR\n" + strings.Repeat("AU  - a, b\n", size/11),
		"blank lines":        strings.Repeat("\n", size),
		"latin1":             "TY  - JOUR\nTI  - " + strings.Repeat("\xe9", size) + "\nER  - \n",
	}, func(name string, data []byte) error {
		if _, err := ris.Parse(data, ris.Options{}); err != nil && name != "blank lines" {
			return err
		}
		return nil
	})
}
