package ris_test

import (
	"github.com/labor-annals/annals/annalstest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

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
	if testing.Short() {
		t.Skip("large inputs")
	}
	size := 8 << 20
	if s := os.Getenv("HOSTILE_SIZE"); s != "" {
		size, _ = strconv.Atoi(s)
	}
	for name, data := range map[string]string{
		"one long line":      "TY  - JOUR\nAB  - " + strings.Repeat("a ", size/2) + "\nER  - \n",
		"many continuations": "TY  - JOUR\nAB  - x\n" + strings.Repeat("more text\n", size/10) + "ER  - \n",
		"many records":       strings.Repeat("TY  - JOUR\nTI  - t\nAU  - a, b\nER  - \n", size/36),
		"many unclosed":      strings.Repeat("TY  - JOUR\n", size/11),
		"many repeated tags": "TY  - JOUR\n" + strings.Repeat("AU  - a, b\n", size/11),
		"blank lines":        strings.Repeat("\n", size),
		"latin1":             "TY  - JOUR\nTI  - " + strings.Repeat("\xe9", size) + "\nER  - \n",
	} {
		start := time.Now()
		if _, err := ris.Parse([]byte(data), ris.Options{}); err != nil && name != "blank lines" {
			t.Errorf("%s: %v", name, err)
		}
		// Generous: the bound is for blow-ups, not for speed on a busy machine.
		if d := time.Since(start); d > 60*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%s: %v", name, time.Since(start))
	}
}
