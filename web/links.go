package web

// Links decides how a page writes the addresses it links to. The server
// writes its own absolute paths (serverLinks); the static export (package
// site) writes each page's links relative to the page's file, so its
// pages need no second pass to rewrite them.
type Links interface {
	// Href returns the address to write for the server's address p: a
	// path, escaped, with an optional query and fragment.
	Href(p string) string
	// Canonical returns the address of the page's <link rel="canonical">,
	// given the server's.
	Canonical(p string) string
	// Services reports whether a page may link to the server's services
	// (the JSON API), which a static copy has not.
	Services() bool
}

// serverLinks are the links of the pages the server answers: its own
// addresses.
type serverLinks struct{}

func (serverLinks) Href(p string) string      { return p }
func (serverLinks) Canonical(p string) string { return p }
func (serverLinks) Services() bool            { return true }
