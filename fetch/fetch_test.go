package fetch_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fetch"
)

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

func TestGuardRefusesPrivateAddresses(t *testing.T) {
	ts := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret")) })
	port := ts.Listener.Addr().(interface{ String() string }).String()
	_, p, _ := strings.Cut(port, ":")
	c := &fetch.Client{IgnoreRobots: true, HostInterval: -1, Timeout: 5 * time.Second}
	for _, target := range []string{
		ts.URL,                             // 127.0.0.1
		"http://localhost:" + p + "/",      // a name that resolves to loopback
		"http://10.0.0.1/",                 // private
		"http://192.168.1.1/",              // private
		"http://169.254.169.254/latest/",   // cloud metadata, link-local
		"http://[::1]:" + p + "/",          // IPv6 loopback
		"http://[::ffff:127.0.0.1]:" + p,   // IPv4-mapped loopback
		"http://0.0.0.0:" + p,              // unspecified
		"http://[fe80::1%25lo]:" + p + "/", // IPv6 link-local
	} {
		_, err := c.Fetch(t.Context(), mustURL(t, target), fetch.Conditional{})
		var be *fetch.BlockedError
		if !errors.As(err, &be) {
			t.Errorf("Fetch(%s) err = %v, want a BlockedError", target, err)
		}
	}
	allowed := &fetch.Client{IgnoreRobots: true, HostInterval: -1, AllowPrivate: true}
	resp, err := allowed.Fetch(t.Context(), mustURL(t, ts.URL), fetch.Conditional{})
	if err != nil || string(resp.Body) != "secret" {
		t.Fatalf("AllowPrivate fetch = %v, %v", resp, err)
	}
}

func TestGuardChecksEveryRedirect(t *testing.T) {
	target := newServer(t, func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("internal")) })
	// The redirector stands for a public site: it listens on another
	// loopback address, 127.0.0.2, which the check below treats as public.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Fatalf("listen on 127.0.0.2: %v", err)
	}
	redirector := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-internal":
			http.Redirect(w, r, target.URL, http.StatusFound)
		case "/to-localhost":
			_, port, _ := net.SplitHostPort(target.Listener.Addr().String())
			http.Redirect(w, r, "http://localhost:"+port+"/", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		default:
			w.Write([]byte("public"))
		}
	}))
	redirector.Listener.Close()
	redirector.Listener = ln
	redirector.Start()
	t.Cleanup(redirector.Close)
	public := netip.MustParseAddr("127.0.0.2")
	c := &fetch.Client{IgnoreRobots: true, HostInterval: -1, Timeout: 5 * time.Second,
		Check: func(a netip.Addr) error {
			if a == public {
				return nil
			}
			return fetch.PublicOnly(a)
		}}
	resp, err := c.Fetch(t.Context(), mustURL(t, redirector.URL+"/page"), fetch.Conditional{})
	if err != nil || string(resp.Body) != "public" {
		t.Fatalf("fetch of the public page: %v, %v", resp, err)
	}
	for _, p := range []string{"/to-internal", "/to-localhost", "/to-metadata"} {
		var be *fetch.BlockedError
		if _, err := c.Fetch(t.Context(), mustURL(t, redirector.URL+p), fetch.Conditional{}); !errors.As(err, &be) {
			t.Errorf("redirect %s: err = %v, want BlockedError", p, err)
		}
	}
	if _, err := c.Fetch(t.Context(), mustURL(t, redirector.URL+"/loop"), fetch.Conditional{}); err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("redirect loop: err = %v", err)
	}
}

func TestSizeCapAndGzipBomb(t *testing.T) {
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 100 { // 100 MB of zeros, about 100 KB compressed
		zw.Write(zeros)
	}
	zw.Close()
	ts := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(bomb.Bytes())
		case "/big":
			w.Header().Set("Content-Length", fmt.Sprint(200<<20))
			w.Write([]byte("<rss>"))
		default:
			for range 20 {
				w.Write(zeros) // 20 MB, no length announced
			}
		}
	})
	c := &fetch.Client{IgnoreRobots: true, HostInterval: -1, AllowPrivate: true, MaxBytes: 8 << 20}
	for _, p := range []string{"/bomb", "/big", "/stream"} {
		_, err := c.Fetch(t.Context(), mustURL(t, ts.URL+p), fetch.Conditional{})
		if annals.ErrorCode(err) != annals.ETOOLARGE {
			t.Errorf("%s: err = %v, want ETOOLARGE", p, err)
		}
	}
}

func TestConditionalGet(t *testing.T) {
	ts := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Write([]byte("feed"))
	})
	c := &fetch.Client{IgnoreRobots: true, HostInterval: -1, AllowPrivate: true}
	first, err := c.Fetch(t.Context(), mustURL(t, ts.URL), fetch.Conditional{})
	if err != nil || first.ETag != `"v1"` || first.NotModified {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	second, err := c.Fetch(t.Context(), mustURL(t, ts.URL), fetch.Conditional{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil || !second.NotModified || len(second.Body) != 0 {
		t.Fatalf("conditional fetch: %+v, %v", second, err)
	}
}

func TestRobotsAndUserAgent(t *testing.T) {
	var agents []string
	ts := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		agents = append(agents, r.UserAgent())
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: *\nDisallow: /private/\nAllow: /private/ok$\n\nUser-agent: otherbot\nDisallow: /\n"))
			return
		}
		w.Write([]byte("page"))
	})
	c := &fetch.Client{HostInterval: -1, AllowPrivate: true}
	if _, err := c.Fetch(t.Context(), mustURL(t, ts.URL+"/public"), fetch.Conditional{}); err != nil {
		t.Errorf("public page: %v", err)
	}
	if _, err := c.Fetch(t.Context(), mustURL(t, ts.URL+"/private/x"), fetch.Conditional{}); err == nil || !strings.Contains(err.Error(), "robots.txt") {
		t.Errorf("disallowed page: err = %v", err)
	}
	if _, err := c.Fetch(t.Context(), mustURL(t, ts.URL+"/private/ok"), fetch.Conditional{}); err != nil {
		t.Errorf("allowed exception: %v", err)
	}
	for _, a := range agents {
		if !strings.HasPrefix(a, "annals/") {
			t.Errorf("User-Agent = %q", a)
		}
	}
}

func TestHostRateLimit(t *testing.T) {
	var times []time.Time
	ts := newServer(t, func(w http.ResponseWriter, r *http.Request) { times = append(times, time.Now()) })
	c := &fetch.Client{IgnoreRobots: true, AllowPrivate: true, HostInterval: 50 * time.Millisecond}
	for range 3 {
		if _, err := c.Fetch(t.Context(), mustURL(t, ts.URL), fetch.Conditional{}); err != nil {
			t.Fatal(err)
		}
	}
	// Two intervals must separate the first and third request; the
	// margin covers the server seeing each request a little after the
	// client released it.
	if len(times) != 3 || times[2].Sub(times[0]) < 90*time.Millisecond {
		t.Errorf("3 requests within %v, want about 100ms apart in all", times[2].Sub(times[0]))
	}
}

func TestRejectsOtherSchemes(t *testing.T) {
	c := &fetch.Client{}
	for _, s := range []string{"file:///etc/passwd", "ftp://example.org/x", "gopher://x", "http://user:pw@example.org/"} {
		if _, err := c.Fetch(t.Context(), mustURL(t, s), fetch.Conditional{}); annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("Fetch(%s) err = %v, want EINVALID", s, err)
		}
	}
}

func TestUTF8(t *testing.T) {
	// "Забастовка" in windows-1251.
	body := []byte{0xC7, 0xE0, 0xE1, 0xE0, 0xF1, 0xF2, 0xEE, 0xE2, 0xEA, 0xE0}
	r := &fetch.Response{URL: &url.URL{}, Body: body, ContentType: "text/html; charset=windows-1251"}
	got, err := r.UTF8()
	if err != nil || string(got) != "Забастовка" {
		t.Errorf("UTF8() = %q, %v", got, err)
	}
}
