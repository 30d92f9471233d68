package listing

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// TestDebugItems prints the classified lines of $LISTING_DEBUG; it is a
// development aid and skips otherwise.
func TestDebugItems(t *testing.T) {
	path := os.Getenv("LISTING_DEBUG")
	if path == "" {
		t.Skip("set LISTING_DEBUG=file to print its classified lines")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines, _ := textLines(data)
	items := pageItems(lines, time.Time{})
	for i := range items {
		it := &items[i]
		gap := ' '
		if it.gap {
			gap = '_' // a blank line above
		}
		fmt.Printf("%3d %c%c %q a=%q s=%q d=%v t=%q r=%.40q\n", it.no, gap, sym(it), trunc(it.body, 60), it.authors, it.source, it.date, trunc(it.title, 40), it.rest)
	}
	sp := chooseSplit(items)
	fmt.Printf("start=%c modal=%s header=%d score=%.2f\n", sp.start, sp.modal, sp.headerEnd, sp.score)
	for _, s := range candidateSplits(items) {
		fmt.Printf("  %c: score %.2f modal %s header %d entries %d\n", s.start, s.score, s.modal, s.headerEnd, len(s.segs))
	}
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// foldCases mix scripts and runes whose lower case changes byte length.
var foldCases = []string{
	"", "a", "A", "Read More", "İstanbul", "\u212aelvin", "ẞtraße", "ÅNGSTRÖM", "Ⱥ", "ПОДРОБНЕЕ", "Автор: Иван",
	"by Jane", "BY: X", "Geschrieben von", "HTTP://x", "\xff\xfe", "a\xffB", "\ufffdX", "Ǆemal", "ǅ", " lead", "tab\tx",
	"a\u00a0b", "x\u2003y  z\n", "“Quote”", "«Ёлка»",
}

func TestFoldMatchesStrings(t *testing.T) {
	prefixes := []string{"", "a", "read", "read more", "i", "i̇", "k", "ß", "å", "ⱥ", "подр", "автор: ", "by ", "by: ", "geschrieben von ", "http://", "\ufffd", "ǆ", " "}
	for _, s := range foldCases {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		for _, p := range prefixes {
			if got, want := hasPrefixFold(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
		for _, p := range append(prefixes, strings.ToLower(s), strings.ToLower(s)+"x") {
			if got, want := foldEqual(s, p), strings.ToLower(s) == p; got != want {
				t.Errorf("foldEqual(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
		if ls := strings.ToLower(s); ls != "" && lowerFirstByte(s) != ls[0] {
			t.Errorf("lowerFirstByte(%q) = %q, want %q", s, lowerFirstByte(s), ls[0])
		}
		for max := 0; max < 4; max++ {
			want := strings.Fields(s)
			if len(want) > max {
				want = want[:max]
			}
			if got := appendFields(nil, s, max); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
				t.Errorf("appendFields(%q, %d) = %q, want %q", s, max, got, want)
			}
		}
	}
}

func TestMayHoldDate(t *testing.T) {
	// mayHoldDate must never rule out a string in which matchDate reads a
	// date at some token.
	for _, s := range []string{"1 May 2020", "10.05.10", "2022-08", "Mar 31 2021", "15/5/25", "x 12-1-99 y", "1999",
		"a12.3", "no date", "123 4567", "Friday, 3. März 2014", "5 апреля 2010 г.", "2026 жылғы 22 қаңтар", "Septeber 3, 2001"} {
		toks := tokenize(s, 4000)
		found := false
		for i := range toks {
			if _, _, ok := matchDate(s, toks, i, orderUnknown); ok {
				found = true
			}
		}
		if found != mayHoldDate(s) && found {
			t.Errorf("mayHoldDate(%q) = false, but it holds a date", s)
		}
	}
}

func TestPhotoCreditBytes(t *testing.T) {
	// mayBePhotoCredit relies on this.
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && r != 'İ' && r != '\u212a' {
			t.Errorf("%U lowers to ASCII %q", r, l)
		}
	}
	for _, s := range []string{"Spencer Platt/Getty Images", "AFP via Getty Images", "ap photo", "x/ap", "reuters/y", "shutterstock",
		"getty", "via getty", "Getty Images", "epa/", "a/b", "nothing here", "", "AP PHOTO/Someone", "SHUTTERSTOC\u212a", "GeTtY iMaGeS"} {
		ls := strings.ToLower(s)
		if got, want := isPhotoCreditBytes([]byte(ls)), isPhotoCredit(ls); got != want {
			t.Errorf("isPhotoCreditBytes(%q) = %v, want %v", ls, got, want)
		}
		if isPhotoCredit(ls) && !mayBePhotoCredit(s) {
			t.Errorf("mayBePhotoCredit(%q) = false for a credit", s)
		}
	}
	// An agency is a word of its own: "/ap" opens April, "epa/" ends a
	// word.
	for _, s := range []string{"Published in Issue 2 (March/April 2024)", "Strike/apprentices", "Cepa/ruta"} {
		if ls := strings.ToLower(s); isPhotoCredit(ls) || isPhotoCreditBytes([]byte(ls)) {
			t.Errorf("isPhotoCredit(%q) = true", ls)
		}
	}
	for _, s := range []string{"Jane Doe/AP", "(AFP/Kim Lee)", "x/ap"} {
		if ls := strings.ToLower(s); !isPhotoCredit(ls) || !isPhotoCreditBytes([]byte(ls)) {
			t.Errorf("isPhotoCredit(%q) = false", ls)
		}
	}
}

func TestDebugClassify(t *testing.T) {
	path := os.Getenv("LISTING_DEBUG")
	if path == "" {
		t.Skip("set LISTING_DEBUG=file to print each line's first reading")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines, _ := textLines(data)
	items := make([]item, len(lines))
	for i, l := range lines {
		classify(&items[i], l, pageContext{order: inferOrder(lines)})
		fmt.Printf("%3d %c b=%c %q\n", l.no, sym(&items[i]), max(items[i].bullet, ' '), trunc(l.text, 60))
	}
}
