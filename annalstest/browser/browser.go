// Package browser gives tests tabs of one real, headless Chromium per test
// binary, driven with chromedp. Tests that use it call Close from their
// TestMain. Chromium comes from apt-get install chromium, or the binary
// ANNALS_CHROMIUM names.
package browser

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/labor-annals/annals/annalstest"
)

var shared struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	err    error
}

// Close stops the browser, if a test started it.
func Close() {
	if shared.cancel != nil {
		shared.cancel()
	}
}

// Path returns the Chromium binary the tests use, or "" when there is none.
func Path() string {
	if p := os.Getenv("ANNALS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Tab returns a new tab of the test binary's one headless Chromium,
// starting it on first use, closed when the test ends. Without Chromium
// the test skips, except under CI=true, where it fails.
func Tab(t *testing.T) context.Context {
	t.Helper()
	path := Path()
	if path == "" {
		annalstest.NeedOrSkip(t, "no Chromium found: install it (apt-get install chromium) or set ANNALS_CHROMIUM to run the browser tests")
	}
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "annals-chromium-")
		if err != nil {
			shared.err = err
			return
		}
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(path),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.UserDataDir(dir),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.Flag("mute-audio", true),
		)
		ctx, cancelBrowser := chromedp.NewContext(alloc)
		shared.ctx = ctx
		shared.cancel = func() { cancelBrowser(); cancelAlloc(); os.RemoveAll(dir) }
		// Start the browser now, so a failure shows here.
		shared.err = chromedp.Do(ctx, Noop)
	})
	if shared.err != nil {
		t.Fatalf("start Chromium (%s): %v", path, shared.err)
	}
	tab, cancel := chromedp.NewContext(shared.ctx)
	t.Cleanup(cancel)
	tab, cancelTimeout := context.WithTimeout(tab, 2*time.Minute)
	t.Cleanup(cancelTimeout)
	if err := chromedp.Do(tab, Noop); err != nil {
		t.Fatal(err)
	}
	return tab
}

// Noop is an action that does nothing, to start a browser or a tab.
var Noop = chromedp.Func(func(context.Context, *chromedp.Target) error { return nil })
