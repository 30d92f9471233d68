package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

// TestMain lets the test binary act as the annals binary, so tests can run
// it as a real process (and kill it).
func TestMain(m *testing.M) {
	if os.Getenv("ANNALS_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// seedPaths are the two seed pages, as shipped in the demo package.
func seedPaths(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../demo/seeds/*.txt")
	if err != nil || len(paths) != 2 {
		t.Fatalf("seed pages: %v, %v", paths, err)
	}
	return paths
}

// result is what one run of the program did.
type result struct {
	code           int
	stdout, stderr string
}

// runMain runs the program in-process with the given environment.
func runMain(t *testing.T, stdin io.Reader, environ map[string]string, args ...string) result {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb bytes.Buffer
	code := run(t.Context(), args, stdin, &out, &errb, func(k string) string { return environ[k] })
	return result{code, out.String(), errb.String()}
}

func TestParseSeeds(t *testing.T) {
	for _, p := range seedPaths(t) {
		res := runMain(t, nil, nil, "parse", p)
		if res.code != 0 {
			t.Fatalf("parse %s: exit %d: %s", p, res.code, res.stderr)
		}
		lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
		want := map[string]int{"000": 10, "001": 8}[filepath.Base(p)[:3]]
		if len(lines) != want {
			t.Fatalf("parse %s: %d records, want %d", p, len(lines), want)
		}
		for i, l := range lines {
			var m map[string]any
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("line %d is not JSON: %v", i+1, err)
			}
			// The output contract that evaluation tools rely on.
			for _, k := range []string{"title", "authors", "source", "date", "summary", "url"} {
				if _, ok := m[k]; !ok {
					t.Errorf("%s record %d lacks key %q", p, i+1, k)
				}
			}
			if _, ok := m["authors"].([]any); !ok {
				t.Errorf("%s record %d: authors = %v, want an array", p, i+1, m["authors"])
			}
			if d, ok := m["date"].(string); !ok || !regexp.MustCompile(`^\d{4}(-\d\d(-\d\d)?)?$`).MatchString(d) {
				t.Errorf("%s record %d: date = %v, want YYYY[-MM[-DD]]", p, i+1, m["date"])
			}
		}
	}
}

func TestParseStdinAndExplain(t *testing.T) {
	seed, err := os.ReadFile(seedPaths(t)[1])
	if err != nil {
		t.Fatal(err)
	}
	res := runMain(t, bytes.NewReader(seed), nil, "parse", "-explain", "-")
	if res.code != 0 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{"8 records", "layout:", "heading: The working class history of the Republic of Qazaqstan (Kazakhstan)", "disclaimer: Hartford Web Publishing"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("explain output lacks %q:\n%s", want, res.stdout)
		}
	}
}

func TestImportSeedsTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	args := append([]string{"import", "-db", db, "-topic", "kazakhstan"}, seedPaths(t)...)
	first := runMain(t, nil, nil, args...)
	if first.code != 0 {
		t.Fatalf("first import: exit %d: %s", first.code, first.stderr)
	}
	for _, want := range []string{"000_059e76d5e61e40e2.txt: 10 new, 0 unchanged", "001_ba85f78859bd2607.txt: 8 new, 0 unchanged", "total: 18 new"} {
		if !strings.Contains(first.stdout, want) {
			t.Errorf("first import output lacks %q:\n%s", want, first.stdout)
		}
	}
	second := runMain(t, nil, map[string]string{"ANNALS_DB": db}, append([]string{"import", "-topic", "kazakhstan"}, seedPaths(t)...)...)
	if second.code != 0 {
		t.Fatalf("second import: exit %d: %s", second.code, second.stderr)
	}
	if !strings.Contains(second.stdout, "total: 0 new, 18 unchanged, 0 merged, 0 rejected") {
		t.Errorf("second import output:\n%s\nwant 0 new, 18 unchanged", second.stdout)
	}
	if n := countRecords(t, db); n != 18 {
		t.Errorf("archive has %d records, want 18", n)
	}

	js := runMain(t, nil, nil, "import", "-db", db, "-topic", "kazakhstan", "-json", seedPaths(t)[0])
	var results []annals.ImportResult
	if err := json.Unmarshal([]byte(js.stdout), &results); err != nil || len(results) != 1 || results[0].Unchanged != 10 {
		t.Errorf("import -json = %s (%v), want one result with 10 unchanged", js.stdout, err)
	}

	search := runMain(t, nil, nil, "search", "-db", db, "-json", "police", "massacre")
	var sr struct {
		Total   int
		Records []*annals.Record
	}
	if err := json.Unmarshal([]byte(search.stdout), &sr); err != nil || sr.Total != 3 {
		t.Errorf("search police massacre: total %d (%v), want 3:\n%s", sr.Total, err, search.stdout)
	}
}

func countRecords(t *testing.T, path string) int {
	t.Helper()
	db, err := store.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, total, err := db.FindRecords(t.Context(), annals.RecordFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return total
}

func TestUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{nil, exitUsage, "Commands:"},
		{[]string{"nope"}, exitUsage, `unknown command "nope"`},
		{[]string{"import", "x.txt"}, exitUsage, "-topic is required"},
		{[]string{"import", "-topic", "Bad Slug", "x.txt"}, exitUsage, "may hold only"},
		{[]string{"parse"}, exitUsage, "name at least one FILE"},
		{[]string{"parse", "-nope"}, exitUsage, "flag provided but not defined"},
		{[]string{"parse", "-h"}, exitOK, "Usage: annals parse"},
		{[]string{"search", "-h"}, exitOK, "-json"},
		{[]string{"parse", "does-not-exist.txt"}, exitError, "does-not-exist.txt: cannot open: no such file or directory"},
		{[]string{"version"}, exitOK, "annals"},
		{[]string{"serve", "-base-url", "javascript:alert(1)"}, exitUsage, "not an absolute http(s) URL"},
	} {
		res := runMain(t, nil, nil, tt.args...)
		if res.code != tt.code {
			t.Errorf("annals %v: exit %d, want %d (stderr %q)", tt.args, res.code, tt.code, res.stderr)
		}
		if !strings.Contains(res.stdout+res.stderr, tt.want) {
			t.Errorf("annals %v: output lacks %q:\n%s%s", tt.args, tt.want, res.stdout, res.stderr)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// 100 MB of plausible listing text, written without holding it in memory.
	entry := []byte("A strike at the plant\n\nBy Some One, 1 May 2001\n\nWorkers walked out over unpaid wages.\n\n")
	w := bufio.NewWriter(f)
	for n := 0; n < 100<<20; n += len(entry) {
		w.Write(entry)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	for _, tt := range []struct {
		name string
		path string
		code int
		want string
	}{
		{"Empty", write("empty.txt", nil), exitOK, "empty.txt: 0 records"},
		{"BlankLines", write("blank.txt", []byte("\n\n   \n\t\n")), exitOK, "blank.txt: 0 records"},
		{"Binary", write("binary.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00")), exitError, "binary.bin:1: "},
		{"InvalidUTF8", write("latin1.txt", []byte("A title\n\nBy Someone, 1 May 2001\n\nStra\xdfe und Gr\xfcn\n")), exitError, "latin1.txt:5: invalid UTF-8"},
		{"NoEntries", write("words.txt", []byte("just some words\n")), exitOK, "words.txt: 0 records"},
		{"Prose", write("prose.txt", bytes.Repeat([]byte("The committee met again on the question of wages, and nobody could agree. "), 10)), exitOK, "prose.txt: 0 records"},
		{"Huge", huge, exitError, "huge.txt: input is larger than the 64 MiB limit"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := runMain(t, nil, nil, "import", "-db", db, "-topic", "bad", tt.path)
			if res.code != tt.code {
				t.Errorf("exit %d, want %d; stdout %q stderr %q", res.code, tt.code, res.stdout, res.stderr)
			}
			if !strings.Contains(res.stdout+res.stderr, tt.want) {
				t.Errorf("output lacks %q: stdout %q stderr %q", tt.want, res.stdout, res.stderr)
			}
			if n := countRecords(t, db); n != 0 {
				t.Errorf("archive has %d records after bad input, want 0", n)
			}
		})
	}
}

// TestImportKilledMidway kills a real annals process in the middle of a long
// import and checks that the file's records are all there or none are.
func TestImportKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a long-running import; skipped with -short")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	listing := filepath.Join(dir, "long.txt")
	const n = 60000
	var buf bytes.Buffer
	for i := range n {
		fmt.Fprintf(&buf, "Strike number %d at the Metallist plant\n\nBy Worker %d and Organiser %d, %d March 2001\n\nThe workers of shop %d have not been paid for %d months and walked out.\n\n",
			i, i%97, i%89, i%28+1, i, i%36)
	}
	if err := os.WriteFile(listing, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Create and migrate the database first, so that WAL growth below is
	// the import's own writing.
	countRecords(t, db)

	cmd := exec.Command(os.Args[0], "import", "-db", db, "-topic", "long", listing)
	cmd.Env = append(os.Environ(), "ANNALS_TEST_AS_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// Wait until the uncommitted transaction spills into the WAL: the
	// import is then writing rows that are not yet committed.
	deadline := time.Now().Add(2 * time.Minute)
	killed := false
	for !killed && time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("import finished (%v) before it could be killed; stderr: %s", err, stderr.String())
		case <-time.After(5 * time.Millisecond):
		}
		if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 4<<20 {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatalf("kill: %v", err)
			}
			killed = true
		}
	}
	if !killed {
		cmd.Process.Kill()
		t.Fatal("the import never started writing")
	}
	<-done
	if got := countRecords(t, db); got != 0 && got != n {
		t.Fatalf("after kill the archive has %d records, want 0 or %d", got, n)
	} else {
		t.Logf("killed mid-import; archive has %d records", got)
	}
	// The archive is usable afterwards, and a re-run completes.
	res := runMain(t, nil, nil, "import", "-db", db, "-topic", "long", listing)
	if res.code != 0 || !strings.Contains(res.stdout, fmt.Sprintf("%d new", n)) {
		t.Fatalf("re-run after kill: exit %d, %s %s", res.code, res.stdout, res.stderr)
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startDemo runs 'annals demo' on a free port and returns its base URL.
func startDemo(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	var stderr syncBuffer
	exited := make(chan int, 1)
	go func() {
		exited <- run(ctx, []string{"demo", "-addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &stderr, func(string) string { return "" })
	}()
	t.Cleanup(func() {
		cancel()
		if code := <-exited; code != 0 {
			t.Errorf("demo exited %d: %s", code, stderr.String())
		}
	})
	re := regexp.MustCompile(`serving on (http://\S+)`)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			return m[1]
		}
		select {
		case code := <-exited:
			t.Fatalf("demo exited %d: %s", code, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("demo did not start: %s", stderr.String())
	return ""
}

func getDoc(t *testing.T, url string) *goquery.Document {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", url, ct)
	}
	doc, err := goquery.NewDocumentFromReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestDemoServesKazakhstanTopic(t *testing.T) {
	base := startDemo(t)

	home := getDoc(t, base+"/")
	if link := home.Find(`a[href="/topics/kazakhstan"]`); link.Length() != 1 {
		t.Fatalf("home page has no link to the topic")
	}
	if got := home.Find("ul.topics .meta").Text(); !strings.Contains(got, "18 records, 1995–2020") {
		t.Errorf("home topic meta = %q, want 18 records, 1995–2020", got)
	}

	newest := getDoc(t, base+"/topics/kazakhstan?order=newest")
	oldest := getDoc(t, base+"/topics/kazakhstan?order=oldest")
	titles := func(d *goquery.Document) []string {
		var out []string
		d.Find("article.entry h3").Each(func(_ int, s *goquery.Selection) { out = append(out, strings.TrimSpace(s.Text())) })
		return out
	}
	nt, ot := titles(newest), titles(oldest)
	if len(nt) != 18 || len(ot) != 18 {
		t.Fatalf("topic page shows %d (newest) and %d (oldest) entries, want 18", len(nt), len(ot))
	}
	if nt[0] != "Kazakhstan: Hospital workers demand resignation of government official over spread of COVID-19" {
		t.Errorf("newest first = %q", nt[0])
	}
	if ot[0] != "Kazakhstan Miners Fight Government Austerity" {
		t.Errorf("oldest first = %q", ot[0])
	}
	for i := range nt {
		if nt[i] != ot[len(ot)-1-i] {
			t.Errorf("orders are not reverses at %d: %q vs %q", i, nt[i], ot[len(ot)-1-i])
			break
		}
	}
	var years []string
	newest.Find("section.year > h2").Each(func(_ int, s *goquery.Selection) { years = append(years, s.Text()) })
	if len(years) == 0 || years[0] != "2020" || years[len(years)-1] != "1995" {
		t.Errorf("year groups = %v, want 2020 … 1995", years)
	}
	if d := newest.Find(".disclaimer").Text(); !strings.Contains(d, "Hartford Web Publishing is not the author") {
		t.Errorf("disclaimer = %q", d)
	}
	if b := newest.Find("article.entry .byline").First().Text(); b != "By David Levine, 22 April 2020" {
		t.Errorf("first byline = %q", b)
	}

	// Every item page opens and shows its title and provenance.
	var hrefs []string
	newest.Find("article.entry h3 a").Each(func(_ int, s *goquery.Selection) { hrefs = append(hrefs, s.AttrOr("href", "")) })
	for i, h := range hrefs {
		doc := getDoc(t, base+h)
		if got := strings.TrimSpace(doc.Find("h1").Text()); got != nt[i] {
			t.Errorf("%s: h1 = %q, want %q", h, got, nt[i])
		}
		if prov := doc.Find(".provenance li").Text(); !strings.Contains(prov, ", line ") {
			t.Errorf("%s: provenance = %q, want a line number", h, prov)
		}
	}
	item := getDoc(t, base+hrefs[len(hrefs)-1])
	if prov := item.Find(".provenance li").Text(); !strings.Contains(prov, "The working class history of the Republic of Qazaqstan (Kazakhstan)") {
		t.Errorf("oldest record's provenance = %q, want the page's heading", prov)
	}

	search := getDoc(t, base+"/search?q=Zhanaozen")
	if n := search.Find("article.entry").Length(); n != 3 {
		t.Errorf("search Zhanaozen: %d results, want 3", n)
	}

	resp, err := http.Get(base + "/records/999999")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing record: %s, want 404", resp.Status)
	}
}

func TestImportReviewAndMinConfidence(t *testing.T) {
	dir := t.TempDir()
	// In the second seed page, entries without a byline or publication
	// are the ones the parser is least sure of.
	p := seedPaths(t)[1]
	name := filepath.Base(p)
	parsed := runMain(t, nil, nil, "parse", p)
	var low []string
	total := 0
	for _, l := range strings.Split(strings.TrimSpace(parsed.stdout), "\n") {
		var r struct {
			Title      string
			Line       int
			Confidence float64
		}
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		total++
		if r.Confidence < 0.95 {
			low = append(low, fmt.Sprintf("%s:%d: confidence %.2f: %s", name, r.Line, r.Confidence, r.Title))
		}
	}
	if len(low) == 0 || len(low) == total {
		t.Fatalf("want some but not all records below 0.95:\n%s", parsed.stdout)
	}
	res := runMain(t, nil, nil, "import", "-db", filepath.Join(dir, "a.db"), "-topic", "t", "-review", "0.95", p)
	if res.code != 0 || !strings.Contains(res.stdout, fmt.Sprintf("%d %s to review", len(low), plural(len(low), "record", "records"))) {
		t.Fatalf("import -review: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	for _, l := range low {
		if !strings.Contains(res.stdout, l) {
			t.Errorf("review lacks %q:\n%s", l, res.stdout)
		}
	}
	strict := runMain(t, nil, nil, "import", "-db", filepath.Join(dir, "b.db"), "-topic", "t", "-min-confidence", "0.95", p)
	want := fmt.Sprintf("%d new, 0 unchanged, 0 merged, %d rejected", total-len(low), len(low))
	if strict.code != 0 || !strings.Contains(strict.stdout, want) || !strings.Contains(strict.stderr, "is below 0.95") {
		t.Fatalf("import -min-confidence: exit %d, want %q\n%s%s", strict.code, want, strict.stdout, strict.stderr)
	}
}

func TestOptimize(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	if res := runMain(t, nil, nil, append([]string{"import", "-db", db, "-topic", "kazakhstan"}, seedPaths(t)...)...); res.code != 0 {
		t.Fatal(res.stderr)
	}
	res := runMain(t, nil, nil, "optimize", "-db", db)
	if res.code != 0 || !strings.Contains(res.stderr, "search index merged") {
		t.Fatalf("optimize: exit %d: %s", res.code, res.stderr)
	}
	if s := runMain(t, nil, nil, "search", "-db", db, `author:"Clara Weiss" year:2012`); !strings.HasPrefix(s.stdout, "3 matches") {
		t.Errorf("after optimize: %q", strings.SplitN(s.stdout, "\n", 2)[0])
	}
}
