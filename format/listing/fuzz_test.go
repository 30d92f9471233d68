package listing_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/labor-annals/annals/format/listing"
)

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// FuzzParse checks that Parse never panics and that what it returns is
// valid, on inputs grown from the fixtures.
func FuzzParse(f *testing.F) {
	for _, in := range goldenInputs(f) {
		f.Add(mustRead(f, in))
	}
	f.Add([]byte("<a href=x>y</a><p>z"))
	// A 40-byte line opening with a stop and ending in a year: the glued
	// teaser date's scan once read the byte before the line.
	f.Add([]byte("Title here\n." + strings.Repeat("a", 35) + "2020\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := listing.Parse(data, listing.Options{Origin: "fuzz"})
		if err != nil {
			return
		}
		for _, r := range res.Records {
			if r.Authors == nil || r.Confidence <= 0 || r.Confidence > 1 {
				t.Fatalf("bad record %+v", r)
			}
			if err := r.Date.Validate(); err != nil {
				t.Fatalf("bad date %+v: %v", r.Date, err)
			}
		}
	})
}

// TestHostileInputs checks that degenerate large inputs stay linear.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 50 << 20
	for name, data := range map[string][]byte{
		"one line":    bytes.Repeat([]byte("strike "), size/7),
		"blank lines": bytes.Repeat([]byte("\n"), size),
		"repeated":    bytes.Repeat([]byte("Title of a story\nBy A B, 1 May 2020\nText of the story goes here and on.\n\n"), size/800),
		"dates":       bytes.Repeat([]byte("1 May 2020 "), size/11),
		// Paragraphs citing works, and ones of brackets never closed.
		"cited works":   bytes.Repeat([]byte(strings.Repeat("include Ann Lee, Title of a Work (1987); ", 150)+"\n"), size/6150),
		"open brackets": bytes.Repeat([]byte(strings.Repeat("word (1987 ", 600)+"\n"), size/6600),
	} {
		start := time.Now()
		if _, err := listing.Parse(data, listing.Options{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		// Generous: the bound is for blow-ups, not for speed on a busy machine.
		if d := time.Since(start); d > 60*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%s: %v", name, time.Since(start))
	}
}

// repeatedEntry is one small entry (title, byline with date, teaser): a page
// made of it repeated is one long, perfectly regular listing.
const repeatedEntry = "Title of a story\nBy A B, 1 May 2020\nText of the story goes here and on.\n\n"

// TestRepeatedEntries checks that 50 MB of one entry repeated parses in
// linear time: every whole-page step must stay O(n) or O(n log n) in the
// number of lines, even when every line looks alike.
func TestRepeatedEntries(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	const size = 50 << 20
	n := size / len(repeatedEntry)
	// The big page must read like a small one, scaled.
	small, err := listing.Parse(bytes.Repeat([]byte(repeatedEntry), 10), listing.Options{})
	if err != nil || len(small.Records)%10 != 0 {
		t.Fatalf("10 entries: %d records, %v", len(small.Records), err)
	}
	data := bytes.Repeat([]byte(repeatedEntry), n)
	start := time.Now()
	res, err := listing.Parse(data, listing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	if want := len(small.Records) / 10 * n; len(res.Records) != want {
		t.Errorf("got %d records, want %d", len(res.Records), want)
	}
	// Generous: about 1 MB/s; the bound catches blow-ups on a busy machine.
	if d > 60*time.Second {
		t.Errorf("took %v", d)
	}
	t.Logf("%d MB of repeated entries: %v", size>>20, d)
}

// benchInput concatenates the dev listings to at least 20 MB.
func benchInput(b *testing.B) []byte {
	dir := evalDir(b)
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var buf bytes.Buffer
	for buf.Len() < 20<<20 {
		for _, p := range paths {
			buf.Write(mustRead(b, p))
			buf.WriteString("\n\n")
		}
	}
	return buf.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := benchInput(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := listing.Parse(data, listing.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePages parses each dev listing on its own, as a paste
// is: what a page costs before its lines do (sniffing, buffers) shows
// here, hidden in BenchmarkParse's one 20 MB page.
func BenchmarkParsePages(b *testing.B) {
	dir := evalDir(b)
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var pages [][]byte
	n := 0
	for _, p := range paths {
		pages = append(pages, mustRead(b, p))
		n += len(pages[len(pages)-1])
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, page := range pages {
			if _, err := listing.Parse(page, listing.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLineScan is the floor: reading the same bytes line by line
// with a plain bufio.Scanner, as the ratio asks.
func BenchmarkLineScan(b *testing.B) {
	data := benchInput(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 0, 64<<10), len(data))
		n := 0
		for sc.Scan() {
			n += len(sc.Bytes())
		}
		if sc.Err() != nil {
			b.Fatal(sc.Err())
		}
	}
}

// BenchmarkRepeatedEntries parses 8 MB made of one entry repeated.
func BenchmarkRepeatedEntries(b *testing.B) {
	data := bytes.Repeat([]byte(repeatedEntry), (8<<20)/len(repeatedEntry))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := listing.Parse(data, listing.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBenchInputScales guards the throughput benchmark's meaning: its
// input is the dev listings repeated, and the parser must read each copy
// as it reads one, not take lines that recur only copies apart for page
// furniture (which once made the benchmark skip most of its work).
func TestBenchInputScales(t *testing.T) {
	dir := evalDir(t)
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var one bytes.Buffer
	for _, p := range paths {
		one.Write(mustRead(t, p))
		one.WriteString("\n\n")
	}
	count := func(data []byte) int {
		res, err := listing.Parse(data, listing.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return len(res.Records)
	}
	n := count(one.Bytes())
	if got := count(bytes.Repeat(one.Bytes(), 5)); got != 5*n {
		t.Errorf("5 copies of the dev listings: %d records, want 5 × %d", got, n)
	}
}
