package listing

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
)

// scanClean reads a line once for what three passes read before:
// collapseSpace's check, factsOf and utf8.Valid. The plain code is the
// reference here.

// scanInputs are the files of testdata (the generalization sets too),
// the evaluation listings when present, and the files of
// $LISTING_SCAN_CORPUS, a directory, when set.
func scanInputs(t *testing.T) [][]byte {
	t.Helper()
	var paths []string
	filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".json") {
			paths = append(paths, p)
		}
		return nil
	})
	for _, dir := range []string{annalstest.Shared(t, "eval", "listings-dev"), os.Getenv("LISTING_SCAN_CORPUS")} {
		if dir != "" {
			more, _ := filepath.Glob(filepath.Join(dir, "*"))
			paths = append(paths, more...)
		}
	}
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// lineVariants are s and s changed where scanClean has fast paths to
// get wrong: shifted against its eight-byte rounds, spaced, tabbed,
// with runes cut short or bytes that are no UTF-8.
func lineVariants(s string) []string {
	out := []string{s, " " + s + " ", "\t" + s, strings.ReplaceAll(s, " ", "  "), strings.ReplaceAll(s, " ", "\t"),
		strings.ReplaceAll(s, " ", "\u00a0"), strings.ReplaceAll(s, " ", "\u3000"), strings.ReplaceAll(s, " ", " \u200b")}
	for k := 1; k < 8; k++ {
		out = append(out, strings.Repeat("x", k)+s, strings.Repeat("x", k)+" "+s)
	}
	for _, k := range []int{0, 1, 7, 8, 9, len(s) / 2, len(s) - 1} {
		if k >= 0 && k <= len(s) {
			out = append(out, s[:k], s[k:], s[:k]+"\xff"+s[k:], s[:k]+"\xc3"+s[k:], s[:k]+"\xe2\x80"+s[k:], s[:k]+"\xed\xa0\x80"+s[k:], s[:k]+"  "+s[k:], s[:k]+"\x01"+s[k:])
		}
	}
	return out
}

// checkScanClean compares scanClean, collapseSpace and the validity
// makeTextLine reports with the plain code on raw.
func checkScanClean(t *testing.T, raw string) {
	want := collapseSpaceRef(raw)
	if got := collapseSpace(raw); got != want {
		t.Fatalf("collapseSpace(%q) = %q, want %q", raw, got, want)
	}
	if got, f, clean := scanClean(raw); clean {
		if got != want || f != factsOf(want) || !utf8.ValidString(raw) {
			t.Fatalf("scanClean(%q) = %q, %b, clean; want %q, %b, valid %v", raw, got, f, want, factsOf(want), utf8.ValidString(raw))
		}
	}
	if _, _, _, valid := makeTextLine(raw, 1); valid != utf8.ValidString(raw) {
		t.Fatalf("makeTextLine(%q) reports valid %v", raw, valid)
	}
}

func TestScanCleanLines(t *testing.T) {
	n := 0
	for _, data := range scanInputs(t) {
		for l := range strings.SplitSeq(string(data), "\n") {
			for _, v := range lineVariants(l) {
				checkScanClean(t, v)
				n++
			}
		}
	}
	t.Logf("%d lines", n)
}

// TestTextLinesValid checks that textLines finds invalid UTF-8 where
// utf8.Valid does, in whole inputs with a bad byte or none.
func TestTextLinesValid(t *testing.T) {
	for _, data := range scanInputs(t) {
		for _, d := range [][]byte{data, append([]byte("\ufeff"), data...), append(data[:len(data)/2:len(data)/2], append([]byte{0xC3}, data[len(data)/2:]...)...), append(data[:len(data):len(data)], 0xE2, 0x80)} {
			if _, valid := textLines(d); valid != utf8.Valid(d) {
				t.Fatalf("textLines(%.60q…) reports valid %v", d, valid)
			}
		}
	}
}

func FuzzScanClean(f *testing.F) {
	for _, s := range []string{"", "a  b", "Strike\tat the plant", "Забастовка — 12 мая", "x\u00a0y", "\xff", "abcdefgh ijklmnop", "1.2 | 3-4 / [x](y) “q”"} {
		f.Add(s)
	}
	f.Fuzz(checkScanClean)
}

// A month and year in figures inside a line is a date unless a number
// mark stands before it, where it is an issue's or a release's number.
func TestScanDatesMonthYearFigures(t *testing.T) {
	for _, tc := range []struct {
		line string
		want annals.Date
	}{
		{"Bulletin des Bergarbeiterverbandes, 12/1902, S. 4", annals.MonthDate(1902, time.December)},
		{"Rundbrief 03.2025 der Gewerkschaft", annals.MonthDate(2025, time.March)},
		{"Pressemitteilung Nr. 12/2025 zur Tarifrunde", annals.Date{}},
		{"Приказ № 03/2025 о забастовке", annals.Date{}},
		{"Newsletter #11/2024 from the strike committee", annals.Date{}},
	} {
		var got annals.Date
		if ms := scanDates(tc.line, orderUnknown); len(ms) > 0 {
			got = ms[0].date
		}
		if got != tc.want {
			t.Errorf("scanDates(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
