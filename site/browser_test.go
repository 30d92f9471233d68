package site_test

import (
	"context"
	"fmt"
	"github.com/labor-annals/annals/annalstest/browser"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/labor-annals/annals/store/storetest"
)

// The browser tests open the exported site from file:// in Chromium, as
// web/browser_test.go does for the server (annalstest/browser: they skip
// without Chromium, except under CI=true, where they fail).

func TestMain(m *testing.M) {
	code := m.Run()
	browser.Close()
	os.Exit(code)
}

// resultTitles returns the titles the static search lists, once it has
// counted them.
func resultTitles(t *testing.T, tab context.Context) []string {
	t.Helper()
	err := chromedp.Do(tab, chromedp.WaitVisible(chromedp.CSS("#static-results p.count")))
	if err != nil {
		t.Fatalf("wait for results: %v", err)
	}
	got, err := chromedp.Run(tab, chromedp.Evaluate[[]string](`annalsSearch.done.then(() => [...document.querySelectorAll("#static-results h2 a")].map(a => a.textContent))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	return got
}

// TestBrowserStaticSearch opens the seed archive's static site from
// file://, types "Nazarbaev" into the header's search box, and checks
// that the results are the records the store's search finds for it; then
// the same for "Назарбаев" and "Nazarbayev", then follows a result to its
// record page.
func TestBrowserStaticSearch(t *testing.T) {
	tab := browser.Tab(t)
	db := storetest.SeedDB(t)
	dir, _ := exportSite(t, db, "")
	want := func(q string) []string {
		recs, _, err := db.SearchRecords(t.Context(), q, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range recs {
			out = append(out, r.DisplayTitle())
		}
		slices.Sort(out)
		return out
	}
	home := "file://" + filepath.ToSlash(dir) + "/index.html"
	wantNaz := want("Nazarbaev")
	if len(wantNaz) < 2 {
		t.Fatalf("the store finds %d records for Nazarbaev; the seed archive has more", len(wantNaz))
	}
	for _, q := range []string{"Nazarbaev", "Назарбаев", "Nazarbayev"} {
		err := chromedp.Do(tab,
			chromedp.Navigate(home),
			chromedp.WaitVisible(chromedp.CSS("ul.topics")),
			chromedp.SetValue(chromedp.CSS("#q"), q),
			chromedp.Submit(chromedp.CSS("#q")),
		)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		got := resultTitles(t, tab)
		if w := want(q); !slices.Equal(got, w) {
			t.Errorf("static search %q = %q,\nstore search = %q", q, got, w)
		}
		if !slices.Equal(got, wantNaz) {
			t.Errorf("static search %q finds %d records, Nazarbaev %d", q, len(got), len(wantNaz))
		}
		t.Logf("%s: %d records", q, len(got))
	}
	loc, err := chromedp.Run(tab, chromedp.Location())
	if err != nil || !strings.HasPrefix(loc, "file://") || !strings.Contains(loc, "search.html?q=") {
		t.Errorf("search page at %q (%v)", loc, err)
	}
	// The search box of a topic page searches within the topic.
	err = chromedp.Do(tab,
		chromedp.Navigate("file://"+filepath.ToSlash(dir)+"/topics/kazakhstan.html"),
		chromedp.SetValue(chromedp.CSS("#tq"), "Nazarbaev"),
		chromedp.Submit(chromedp.CSS("#tq")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got, w := resultTitles(t, tab), want("topic:kazakhstan Nazarbaev"); !slices.Equal(got, w) {
		t.Errorf("topic search = %q, store = %q", got, w)
	}
	err = chromedp.Do(tab,
		chromedp.Click(chromedp.CSS("#static-results h2 a"), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS("article.record")),
	)
	if err != nil {
		t.Fatalf("follow a result: %v", err)
	}
}

// TestBrowserHostileSearch searches the static site of records whose text
// is script, and checks that no script ran and the titles show as text.
func TestBrowserHostileSearch(t *testing.T) {
	tab := browser.Tab(t)
	dir := hostileSite(t)
	var mu sync.Mutex
	var dialogs []string
	err := chromedp.Listen(tab, func(ev any) {
		if ev, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, ev.Message)
			mu.Unlock()
			go chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate("file://"+filepath.ToSlash(dir)+"/search.html?q=alert")); err != nil {
		t.Fatal(err)
	}
	got := resultTitles(t, tab)
	for _, v := range hostileTitles {
		if !slices.Contains(got, v) {
			t.Errorf("result titles %q lack %q", got, v)
		}
	}
	for _, p := range []string{"records/1.html", "index.html", "topics/xss.html"} {
		if err := chromedp.Do(tab, chromedp.Navigate("file://"+filepath.ToSlash(dir)+"/"+p), chromedp.WaitReady(chromedp.CSS("footer"))); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(tab, chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(dialogs) > 0 {
		t.Errorf("scripts ran: %s", fmt.Sprint(dialogs))
	}
}
