package web_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/annalstest/browser"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/demo"
	"github.com/labor-annals/annals/ingest"
	"github.com/labor-annals/annals/store/storetest"
	"github.com/labor-annals/annals/web"
)

// The browser tests drive Chromium over the DevTools protocol against a
// real server on 127.0.0.1:0. They need a Chromium (Debian's package
// "chromium") and, for the accessibility checks, axe-core:
//
//	apt-get install -y chromium
//	npm install --no-save --prefix web/testdata axe-core@4
//
// Without them the tests skip, except under CI=true, where they fail.
// ANNALS_CHROMIUM names another browser binary; ANNALS_GALLERY names a
// folder to keep the screenshots in (docs/gallery for the README), which
// otherwise go to a temporary folder.

func TestMain(m *testing.M) {
	code := m.Run()
	browser.Close()
	os.Exit(code)
}

// axeSource returns axe.min.js.
func axeSource(t *testing.T) string {
	t.Helper()
	p := os.Getenv("ANNALS_AXE")
	if p == "" {
		p = filepath.Join("testdata", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		annalstest.NeedOrSkip(t, "axe-core not found (%v): run 'npm install --no-save --prefix web/testdata axe-core@4' or set ANNALS_AXE", err)
	}
	return string(b)
}

// demoServer serves the demo archive (the seed pages, imported as
// 'annals demo' does) on 127.0.0.1 and returns its URL.
func demoServer(t *testing.T) string {
	t.Helper()
	db := storetest.NewDB(t)
	seeds, err := demo.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Store: db}
	for _, s := range seeds {
		_, _, err := in.Import(t.Context(), s.Name, bytes.NewReader(s.Data), ingest.Options{
			Topic: annals.Topic{Slug: demo.TopicSlug, Title: demo.TopicTitle, Description: demo.TopicDescription},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return startServer(t, &web.Server{DB: db})
}

func startServer(t *testing.T, s *web.Server) string {
	t.Helper()
	s.Addr = "127.0.0.1:0"
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.URL()
}

// axeViolation is one failed axe-core rule.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// checkAxe runs axe-core in the tab's page and fails the test for each
// serious or critical violation; lesser ones are logged.
func checkAxe(t *testing.T, tab context.Context, axe, name string) {
	t.Helper()
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](axe+";true")); err != nil {
		t.Fatalf("%s: load axe: %v", name, err)
	}
	out, err := chromedp.Run(tab,
		chromedp.Evaluate[string](`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations.map(v => ({
			id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))}))))`,
			chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: axe: %v", name, err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("%s: axe result: %v", name, err)
	}
	for _, v := range vs {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("%s: axe %s violation %s: %s at %v", name, v.Impact, v.ID, v.Help, v.Nodes)
		} else {
			t.Logf("%s: axe %s violation %s: %s at %v", name, v.Impact, v.ID, v.Help, v.Nodes)
		}
	}
	t.Logf("%s: axe: %d violations in all", name, len(vs))
}

// screenshot saves the visible part of the page at the two sizes the
// gallery shows: a desktop and a phone.
func screenshot(t *testing.T, tab context.Context, dir, name string) {
	t.Helper()
	for _, size := range []struct {
		w, h   int64
		mobile bool
	}{{1280, 800, false}, {390, 844, true}} {
		opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
		if size.mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		err := chromedp.Do(tab,
			chromedp.EmulateViewport(size.w, size.h, opts...),
			chromedp.Sleep(50*time.Millisecond), // let layout settle after the resize
		)
		var png []byte
		if err == nil {
			png, err = chromedp.Run(tab, chromedp.CaptureScreenshot())
		}
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(dir, fmt.Sprintf("%s-%d.png", name, size.w))
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserClickThrough clicks from the home page through a topic, a
// record, an author and a year to a search, as a reader would, and checks
// each page type with axe-core and takes the gallery's screenshots.
func TestBrowserClickThrough(t *testing.T) {
	tab := browser.Tab(t)
	axe := axeSource(t)
	base := demoServer(t)
	shots := os.Getenv("ANNALS_GALLERY")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1280, 800)); err != nil {
		t.Fatal(err)
	}
	// step clicks sel and waits for a mark of the next page.
	step := func(name, sel, want string) {
		t.Helper()
		err := chromedp.Do(tab,
			chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible),
			chromedp.WaitVisible(chromedp.CSS(want)),
		)
		var loc string
		if err == nil {
			loc, err = chromedp.Run(tab, chromedp.Location())
		}
		if err != nil {
			t.Fatalf("%s: click %s: %v", name, sel, err)
		}
		t.Logf("%s: %s", name, loc)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("ul.topics"))); err != nil {
		t.Fatal(err)
	}
	checkAxe(t, tab, axe, "home")

	step("topic", `ul.topics a[href="/topics/kazakhstan"]`, "figure.timeline")
	checkAxe(t, tab, axe, "topic")
	screenshot(t, tab, shots, "topic")

	// The first record with an author, so that the next step has one.
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`(() => {
		const e = [...document.querySelectorAll(".entry")].find(e => (e.querySelector(".byline") || {}).textContent?.startsWith("By "));
		e.querySelector("h3 a").id = "pick";
		return true;
	})()`)); err != nil {
		t.Fatal(err)
	}
	step("record", "#pick", "article.record")
	checkAxe(t, tab, axe, "record")
	screenshot(t, tab, shots, "record")

	step("author", `dl.fields a[href^="/authors/"]`, "p.kind")
	checkAxe(t, tab, axe, "author")
	screenshot(t, tab, shots, "author")

	step("year", `section.year h2 a[href^="/years/"]`, "nav.years")
	checkAxe(t, tab, axe, "year")

	err := chromedp.Do(tab,
		chromedp.SetValue(chromedp.CSS("#q"), "Nazarbaev"),
		chromedp.Submit(chromedp.CSS("#q")),
		chromedp.WaitVisible(chromedp.CSS("p.count")),
	)
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	checkAxe(t, tab, axe, "search")
	screenshot(t, tab, shots, "search")

	// The pages not reached by clicking above.
	for _, p := range []struct{ name, path, want string }{
		{"source", "/sources/Workers%20World", "p.kind"},
		{"search without results", "/search?q=qwertyuiop+strike", "section.no-results"},
		{"search help", "/search", "form.search-page"},
		{"topic in a year", "/topics/kazakhstan?year=2011", "figure.timeline"},
		{"not found", "/no/such/page", "h1"},
	} {
		if err := chromedp.Do(tab, chromedp.Navigate(base+p.path), chromedp.WaitVisible(chromedp.CSS(p.want))); err != nil {
			t.Fatalf("%s: %v", p.name, err)
		}
		checkAxe(t, tab, axe, p.name)
	}
}

// readVectors reads the XSS vectors of testdata/xss-vectors.txt.
func readVectors(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("testdata/xss-vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if u, err := strconv.Unquote(line); err == nil {
			line = u
		}
		out = append(out, line)
	}
	return out
}

// hostileRecords returns one record per vector, with the vector in every
// text field and in the URL's query.
func hostileRecords(vectors []string) []*annals.Record {
	var recs []*annals.Record
	for i, v := range vectors {
		u := "https://example.org/x?i=" + strconv.Itoa(i) + "&v=" + v
		if r := (&annals.Record{Title: "t", URL: u}); r.Validate() != nil {
			// Vectors with spaces or control characters are no URL: keep
			// them escaped in the query.
			u = "https://example.org/x?i=" + strconv.Itoa(i) + "&v=" + url.QueryEscape(v)
		}
		recs = append(recs, &annals.Record{
			Title: v, Authors: []string{v, "Author " + strconv.Itoa(i)}, Source: v,
			Summary: v + " — summary " + strconv.Itoa(i) + " " + v, URL: u,
			Date:       annals.DayDate(2000+i%5, time.Month(1+i%12), 1+i%28),
			Provenance: []annals.Provenance{{Line: i + 1, Document: v}},
		})
	}
	return recs
}

// TestBrowserXSS renders records whose every field holds an XSS vector and
// checks, in Chromium, that no script ran (no dialog, no console message,
// no CSP report) and that the markup of the vectors stayed text: no
// element, attribute or URL of theirs reached the DOM.
func TestBrowserXSS(t *testing.T) {
	tab := browser.Tab(t)
	vectors := readVectors(t)
	if len(vectors) < 40 {
		t.Fatalf("%d vectors, want at least 40", len(vectors))
	}
	db := storetest.NewDB(t)
	imp := &annals.Import{
		Topic:  annals.Topic{Slug: "xss", Title: vectors[2], Description: vectors[3], Disclaimer: vectors[4]},
		Origin: vectors[5], Document: vectors[6],
	}
	res, err := db.ImportRecords(t.Context(), imp, hostileRecords(vectors), nil)
	if err != nil {
		t.Fatal(err)
	} else if res.Rejected > 0 {
		t.Fatalf("%d vectors rejected: %v", res.Rejected, res.Rejections)
	}
	base := startServer(t, &web.Server{DB: db})

	var mu sync.Mutex
	var effects []string
	err = chromedp.Listen(tab, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			effects = append(effects, "dialog: "+ev.Message)
			go chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventConsoleAPICalled:
			effects = append(effects, fmt.Sprintf("console.%s", ev.Type))
		case *log.EventEntryAdded:
			if ev.Entry.Source == "network" {
				return // the 404 page's status, asked for
			}
			effects = append(effects, fmt.Sprintf("log %s: %s", ev.Entry.Source, ev.Entry.Text))
		}
	})
	if err != nil {
		t.Fatal(err)
	}

	paths := []string{"/", "/topics/xss", "/topics/xss?order=oldest", "/years/2001", "/search?q=alert", "/search?q=" + url.QueryEscape(vectors[0]),
		"/no/" + url.PathEscape(vectors[1])}
	for i, v := range vectors {
		paths = append(paths, "/records/"+strconv.Itoa(i+1))
		if i%4 == 0 {
			paths = append(paths, "/authors/"+url.PathEscape(v))
		}
		if i%8 == 1 {
			paths = append(paths, "/sources/"+url.PathEscape(v))
		}
	}
	// inert lists what a vector would leave in the DOM had it become
	// markup; on our pages each must be empty.
	const inert = `(() => {
		const bad = [];
		for (const e of document.querySelectorAll("*")) {
			const tag = e.localName;
			if (["script", "iframe", "object", "embed", "frame", "frameset", "base", "style", "img", "input", "table", "bgsound", "xss", "body", "math", "details"].includes(tag)) {
				if (!(tag === "script" && e.type === "application/ld+json") && !(tag === "body" && e === document.body) && !(tag === "input" && e.closest("form")) && !(tag === "details" && e.classList.contains("help"))) bad.push(tag);
			}
			if (tag === "meta" && e.httpEquiv) bad.push("meta http-equiv");
			if (tag === "link" && !["stylesheet", "canonical", "schema.DC"].includes(e.rel) &&
				!(e.rel === "search" && e.type === "application/opensearchdescription+xml") &&
				!(e.rel === "alternate" && ["application/atom+xml", "application/json"].includes(e.type))) bad.push("link " + e.rel);
			for (const a of e.attributes) {
				const n = a.name.toLowerCase(), v = a.value.replace(/[\s\x00-\x1f]/g, "").toLowerCase();
				if (n.startsWith("on") || n === "style" || n === "src" || n === "background" || n === "dynsrc" || n === "lowsrc") bad.push(tag + "[" + n + "]");
				if ((n === "href" || n === "action" || n === "data") && (v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"))) bad.push(tag + "[" + n + "=" + v.slice(0, 20) + "]");
			}
		}
		for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
			try { JSON.parse(s.textContent); } catch (e) { bad.push("JSON-LD does not parse: " + e); }
		}
		return bad;
	})()`
	for _, p := range paths {
		if err := chromedp.Do(tab, chromedp.Navigate(base+p), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
			t.Fatalf("GET %s: %v", p, err)
		}
		bad, err := chromedp.Run(tab, chromedp.Evaluate[[]string](inert))
		if err != nil {
			t.Fatalf("GET %s: %v", p, err)
		}
		if len(bad) > 0 {
			t.Errorf("GET %s: the page holds %v", p, bad)
		}
	}
	// Give anything deferred (a timer, a late load event) a moment.
	if err := chromedp.Do(tab, chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	for _, e := range effects {
		t.Errorf("script effect: %s", e)
	}
	effects = nil
	mu.Unlock()
	// A control: a page that does run a script must be seen doing so.
	if err := chromedp.Do(tab, chromedp.Navigate(`data:text/html,<script>alert("control")</script>`), chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Contains(effects, "dialog: control") {
		t.Errorf("the control page's alert went unseen (saw %q): the test cannot see scripts run", effects)
	}
	t.Logf("%d vectors in title, authors, source, summary, URL and provenance; %d pages checked", len(vectors), len(paths))
}
