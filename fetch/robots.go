package fetch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// robots holds the rules of one host's robots.txt that apply to us.
type robots struct {
	rules   []robotsRule
	fetched time.Time
}

type robotsRule struct {
	prefix string
	allow  bool
}

// robotsTTL is how long a host's robots.txt is trusted.
const robotsTTL = 24 * time.Hour

// allowedByRobots reports whether u may be fetched under its host's
// robots.txt (RFC 9309): the longest matching rule wins, Allow beats
// Disallow on a tie, and an unreachable or missing file allows everything.
func (c *Client) allowedByRobots(ctx context.Context, u *url.URL) (bool, error) {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	r, ok := c.robots[key]
	c.mu.Unlock()
	if !ok || time.Since(r.fetched) > robotsTTL {
		var err error
		r, err = c.fetchRobots(ctx, key)
		if err != nil {
			return false, err
		}
		c.mu.Lock()
		c.robots[key] = r
		c.mu.Unlock()
	}
	return r.allows(u.EscapedPath()), nil
}

func (c *Client) fetchRobots(ctx context.Context, base string) (*robots, error) {
	u, _ := url.Parse(base + "/robots.txt")
	resp, err := c.get(ctx, u, Conditional{})
	if err != nil {
		// A blocked address stays blocked; anything else (no file, an
		// error page) means no rules, as RFC 9309 §2.3.1 says for 4xx.
		var be *BlockedError
		if errors.As(err, &be) || annals.ErrorCode(err) == annals.ETOOLARGE {
			return nil, err
		}
		return &robots{fetched: time.Now()}, nil
	}
	return parseRobots(resp.Body, "annals"), nil
}

// parseRobots reads the group for agent, or the "*" group when there is
// none for it.
func parseRobots(body []byte, agent string) *robots {
	type group struct {
		agents []string
		rules  []robotsRule
	}
	var groups []*group
	var cur *group
	inAgents := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, value = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value)
		switch key {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(value))
			inAgents = true
		case "allow", "disallow":
			inAgents = false
			if cur == nil || (key == "disallow" && value == "") {
				continue
			}
			cur.rules = append(cur.rules, robotsRule{prefix: value, allow: key == "allow"})
		}
	}
	var star *group
	for _, g := range groups {
		for _, a := range g.agents {
			if a == "*" {
				star = g
			} else if strings.Contains(agent, a) || strings.Contains(a, agent) {
				return &robots{rules: g.rules, fetched: time.Now()}
			}
		}
	}
	if star != nil {
		return &robots{rules: star.rules, fetched: time.Now()}
	}
	return &robots{fetched: time.Now()}
}

func (r *robots) allows(path string) bool {
	if path == "" {
		path = "/"
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if n := matchLen(rule.prefix, path); n > best || (n == best && rule.allow) {
			if n >= 0 {
				best, allow = n, rule.allow
			}
		}
	}
	return allow
}

// matchLen returns the length of pattern when it matches the start of path
// ("*" matches any run, a final "$" anchors the end), or -1.
func matchLen(pattern, path string) int {
	anchored := strings.HasSuffix(pattern, "$")
	p := strings.TrimSuffix(pattern, "$")
	parts := strings.Split(p, "*")
	pos := 0
	for i, part := range parts {
		if i == 0 {
			if !strings.HasPrefix(path, part) {
				return -1
			}
			pos = len(part)
			continue
		}
		j := strings.Index(path[pos:], part)
		if j < 0 {
			return -1
		}
		pos += j + len(part)
	}
	if anchored && pos != len(path) && !strings.HasSuffix(p, "*") {
		return -1
	}
	return len(pattern)
}
