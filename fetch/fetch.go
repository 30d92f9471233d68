// Package fetch downloads pages and feeds for the archive, defensively:
// every address is checked after DNS resolution on every connection
// (including redirects) so private and loopback networks stay out of reach,
// responses are bounded in time and size (after decompression, so a gzip
// bomb stops at the cap), robots.txt is respected, each host is asked at a
// gentle rate, and conditional requests avoid downloading what has not
// changed. It knows nothing of formats beyond decoding text to UTF-8.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/labor-annals/annals"
)

// Defaults for a Client's zero fields.
const (
	DefaultUserAgent    = "annals/1.0 (self-hosted labor-history archive; fetches pages and feeds its users subscribe to)"
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 32 << 20
	DefaultMaxRedirects = 5
	DefaultHostInterval = time.Second
)

// Client fetches URLs. The zero value is ready to use with the defaults;
// it is safe for concurrent use.
type Client struct {
	// UserAgent names annals and how to reach its maintainers.
	UserAgent string
	// Timeout bounds one fetch, redirects included.
	Timeout time.Duration
	// MaxBytes bounds a response body after decompression.
	MaxBytes int64
	// MaxRedirects bounds the redirects followed.
	MaxRedirects int
	// HostInterval is the least time between two requests to one host.
	HostInterval time.Duration
	// AllowPrivate lifts the address guard (for tests and intranets).
	AllowPrivate bool
	// Check decides which addresses may be dialed; PublicOnly when nil.
	Check func(netip.Addr) error
	// IgnoreRobots skips robots.txt (for tests).
	IgnoreRobots bool
	// Logger receives one message per fetch.
	Logger *slog.Logger

	once   sync.Once
	http   *http.Client
	mu     sync.Mutex
	last   map[string]time.Time // host → time of the last request
	robots map[string]*robots   // host → its rules
}

// Conditional holds validators from an earlier fetch of the same URL.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	// URL is the final URL, after redirects.
	URL *url.URL
	// StatusCode is the HTTP status (200, or 304 when NotModified).
	StatusCode int
	// NotModified reports a 304 answer to a conditional request; Body is
	// then empty.
	NotModified bool
	// ContentType is the Content-Type header.
	ContentType string
	// Body is the response body, decompressed, at most MaxBytes.
	Body []byte
	// ETag and LastModified are the validators for the next fetch.
	ETag, LastModified string
}

// Fetch GETs u. It returns EINVALID for a URL that is not http(s), and a
// *BlockedError (wrapped) when the guard refuses an address; other failures
// (status, size, robots.txt) are annals errors with a message for the user.
func (c *Client) Fetch(ctx context.Context, u *url.URL, cond Conditional) (*Response, error) {
	c.once.Do(c.init)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, annals.Errorf(annals.EINVALID, "%s is not an http or https URL", u.Redacted())
	}
	if u.User != nil {
		return nil, annals.Errorf(annals.EINVALID, "URLs with a user name or password are not fetched")
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout())
	defer cancel()
	if !c.IgnoreRobots {
		allowed, err := c.allowedByRobots(ctx, u)
		if err != nil {
			return nil, err
		}
		if !allowed {
			return nil, annals.Errorf(annals.EINVALID, "%s disallows fetching %s in its robots.txt", u.Host, u.Path)
		}
	}
	return c.get(ctx, u, cond)
}

func (c *Client) get(ctx context.Context, u *url.URL, cond Conditional) (*Response, error) {
	if err := c.wait(ctx, u.Host); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, annals.Errorf(annals.EINVALID, "bad URL %s: %v", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", c.userAgent())
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/xml;q=0.9, application/rss+xml, application/atom+xml, application/feed+json, */*;q=0.8")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		var be *BlockedError
		if errors.As(err, &be) {
			return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), be)
		}
		return nil, annals.Errorf(annals.EINVALID, "cannot fetch %s: %v", u.Redacted(), cleanNetError(err))
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL, StatusCode: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, annals.Errorf(annals.EINVALID, "%s answered %s", u.Redacted(), resp.Status)
	}
	max := c.maxBytes()
	if resp.ContentLength > max {
		return nil, annals.Errorf(annals.ETOOLARGE, "%s is %d bytes, over the %d-byte limit", u.Redacted(), resp.ContentLength, max)
	}
	// The transport decompresses gzip as we read, so the limit applies to
	// what the body expands to, not to what travelled.
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, annals.Errorf(annals.EINVALID, "reading %s: %v", u.Redacted(), cleanNetError(err))
	}
	if int64(len(body)) > max {
		return nil, annals.Errorf(annals.ETOOLARGE, "%s is larger than the %d-byte limit", u.Redacted(), max)
	}
	out.Body = body
	c.logger().Info("fetched", "url", u.Redacted(), "final_url", out.URL.Redacted(), "status", resp.StatusCode,
		"bytes", len(body), "duration", time.Since(start))
	return out, nil
}

// UTF8 returns the body decoded to UTF-8, using the Content-Type charset,
// a byte-order mark or an HTML/XML declaration, in that order of trust.
func (r *Response) UTF8() ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(r.Body, r.ContentType)
	if name == "utf-8" {
		return r.Body, nil
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(r.Body)))
	if err != nil {
		return nil, fmt.Errorf("decode %s as %s: %w", r.URL.Redacted(), name, err)
	}
	return out, nil
}

func (c *Client) init() {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: c.control}
	transport := &http.Transport{
		// No proxy from the environment: a proxy would make the dialer
		// check the proxy's address instead of the target's.
		Proxy:                  nil,
		DialContext:            dialer.DialContext,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           20,
		IdleConnTimeout:        60 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  20 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
	}
	c.http = &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > c.maxRedirects() {
				return annals.Errorf(annals.EINVALID, "more than %d redirects", c.maxRedirects())
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return annals.Errorf(annals.EINVALID, "redirect to a non-http URL %s", req.URL.Redacted())
			}
			return nil
		},
	}
	c.last = map[string]time.Time{}
	c.robots = map[string]*robots{}
}

// wait blocks until host may be asked again.
func (c *Client) wait(ctx context.Context, host string) error {
	interval := c.HostInterval
	if interval == 0 {
		interval = DefaultHostInterval
	}
	if interval < 0 {
		return nil
	}
	c.mu.Lock()
	next := c.last[host].Add(interval)
	now := time.Now()
	if next.Before(now) {
		next = now
	}
	c.last[host] = next
	c.mu.Unlock()
	if d := time.Until(next); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}

func (c *Client) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return DefaultTimeout
}

func (c *Client) maxBytes() int64 {
	if c.MaxBytes > 0 {
		return c.MaxBytes
	}
	return DefaultMaxBytes
}

func (c *Client) maxRedirects() int {
	if c.MaxRedirects > 0 {
		return c.MaxRedirects
	}
	return DefaultMaxRedirects
}

func (c *Client) userAgent() string {
	if c.UserAgent != "" {
		return c.UserAgent
	}
	return DefaultUserAgent
}

func (c *Client) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// cleanNetError drops the Go-specific wrapping from a network error, so
// the user reads "connection refused", not a stack of operations.
func cleanNetError(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ae *annals.Error
	if errors.As(err, &ae) {
		return ae.Message
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && strings.Contains(s, "dial tcp") {
		return s[i+2:]
	}
	return s
}
