package fetch

import (
	"fmt"
	"net/netip"
	"syscall"

	"github.com/labor-annals/annals"
)

// blockedPrefixes are address ranges that are not the public internet,
// beyond what netip's predicates cover.
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
}

// PublicOnly refuses every address that is not on the public internet:
// loopback, private, link-local (cloud metadata services live there),
// multicast, unspecified and reserved ranges, also when written as
// IPv4-mapped IPv6.
func PublicOnly(addr netip.Addr) error {
	a := addr.Unmap()
	switch {
	case !a.IsValid():
		return fmt.Errorf("invalid address")
	case a.IsLoopback():
		return fmt.Errorf("%s is a loopback address", a)
	case a.IsPrivate():
		return fmt.Errorf("%s is a private address", a)
	case a.IsLinkLocalUnicast(), a.IsLinkLocalMulticast():
		return fmt.Errorf("%s is a link-local address", a)
	case a.IsMulticast(), a.IsInterfaceLocalMulticast():
		return fmt.Errorf("%s is a multicast address", a)
	case a.IsUnspecified():
		return fmt.Errorf("%s is the unspecified address", a)
	}
	for _, p := range blockedPrefixes {
		if p.Contains(a) {
			return fmt.Errorf("%s is in the reserved range %s", a, p)
		}
	}
	return nil
}

// control runs in the dialer after DNS resolution and before connecting,
// on the address actually dialed. Checking here, rather than the name
// before resolving it, is what makes the guard safe against DNS rebinding
// and against redirects: every connection, to every host, passes it.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return annals.Errorf(annals.EINVALID, "refusing to connect to %s: %v", address, err)
	}
	if c.AllowPrivate {
		return nil
	}
	check := c.Check
	if check == nil {
		check = PublicOnly
	}
	if err := check(ap.Addr()); err != nil {
		return &BlockedError{Address: address, Reason: err.Error()}
	}
	return nil
}

// BlockedError reports a connection the guard refused.
type BlockedError struct {
	Address string
	Reason  string
}

func (e *BlockedError) Error() string {
	return fmt.Sprintf("refusing to connect to %s: %s (use -allow-private to fetch from this network)", e.Address, e.Reason)
}
