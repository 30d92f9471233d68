package web

import (
	"context"
	"io"

	"github.com/a-h/templ"
)

// text is text shown on a page, escaped as templ escapes { s }. templ
// v0.3.977 formats every { s } through fmt.Sprint, two allocations each,
// half of all the allocations of a record page; the static export writes
// millions of them. So the pages it writes by the hundred thousand (the
// layout, records, lists) show text with @text(s), which templ compiles
// to a direct call of Render: no allocation unless s has characters to
// escape. A call must be on the line of what follows it, or templ puts a
// space between them. Attribute values have no such way and keep { s };
// the search, error and home pages keep { s } too.
type text string

// Render writes t escaped for HTML text.
func (t text) Render(_ context.Context, w io.Writer) error {
	_, err := io.WriteString(w, templ.EscapeString(string(t)))
	return err
}
