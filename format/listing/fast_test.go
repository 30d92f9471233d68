package listing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/labor-annals/annals/annalstest"
)

// The fast paths below must give what the plain code they replaced
// gives; the plain versions are kept here as references.

// sampleLines are the lines of the test inputs and of the evaluation
// listings when present, with the fold cases.
func sampleLines(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("testdata/*.txt")
	if dir := annalstest.Shared(t, "eval", "listings-dev"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		paths = append(paths, more...)
	}
	out := append([]string{}, foldCases...)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			out = append(out, l, strings.TrimSpace(l))
		}
	}
	return out
}

func detectLanguageRef(s string) string {
	if len(s) > 4000 {
		s = s[:4000]
	}
	cyr, lat, kk := 0, 0, 0
	var votes [8]int
	vote := func(w string) {
		if len(w) > 8 {
			return
		}
		lw := strings.ToLower(strings.TrimFunc(w, isQuoteOrStop))
		if len(lw) > maxStopword {
			return
		}
		if l, ok := stopwords[stopKey([]byte(lw))]; ok {
			votes[l]++
		}
	}
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				vote(s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				lat++
			}
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("әғқңөұүһӘҒҚҢӨҰҮҺ", r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if start >= 0 {
		vote(s[start:])
	}
	if cyr > lat {
		if kk > 0 {
			return "kk"
		}
		return "ru"
	}
	if lat == 0 {
		return ""
	}
	best, n := "", 1
	for l, v := range votes {
		if v > n {
			best, n = stopLangs[l], v
		}
	}
	return best
}

func firstGlueRef(s string) int {
	var prev rune
	wordStart := 0
	for i, r := range s {
		if r == ' ' {
			wordStart = i + 1
		}
		if upper, quote := unicode.IsUpper(r), r == '“' || r == '«' || r == '„'; (upper || quote) && i > 0 && unicode.IsLower(prev) && i-wordStart >= 3 {
			if upper && !mcPrefix(s[wordStart:i]) || quote {
				return i
			}
		}
		prev = r
	}
	return 0
}

func TestFastPathsMatch(t *testing.T) {
	lines := sampleLines(t)
	t.Logf("%d lines", len(lines))
	for i, s := range lines {
		if got, want := detectLanguage(s), detectLanguageRef(s); got != want {
			t.Errorf("detectLanguage(%q) = %q, want %q", s, got, want)
		}
		next := lines[(i+1)%len(lines)]
		if got, want := recordLanguage(s, next), detectLanguageRef(s+" "+next); got != want {
			t.Errorf("recordLanguage(%q, %q) = %q, want %q", s, next, got, want)
		}
		if got, want := firstGlue(s), firstGlueRef(s); got != want {
			t.Errorf("firstGlue(%q) = %d, want %d", s, got, want)
		}
	}
	for _, s := range append(lines, "3 days ago", "Friday", "вчера", "MAY 14", "14. Mai", ", 2 hours ago", "Updated: 1 year 13 weeks ago") {
		if toks := tokenize(s, 16); isRelativeDateToks(toks) && !mayStartRelativeDate(s) {
			t.Errorf("mayStartRelativeDate(%q) = false for a relative date", s)
		}
	}
	long := strings.Repeat("der Streik und die ", 300)
	if got, want := recordLanguage(long, "the"), detectLanguageRef(long+" the"); got != want {
		t.Errorf("recordLanguage(long) = %q, want %q", got, want)
	}
}
