package web

import (
	"net/url"
	"strconv"
	"testing"

	"github.com/labor-annals/annals"
)

// TestListAddressIsValuesEncode checks the hand-built list addresses
// against url.Values.Encode, which wrote them before and which the
// static export's file names follow.
func TestListAddressIsValuesEncode(t *testing.T) {
	for _, o := range []annals.Order{annals.NewestFirst, annals.OldestFirst} {
		for _, def := range []annals.Order{annals.NewestFirst, annals.OldestFirst} {
			for _, year := range []int{0, 1999} {
				for _, page := range []int{0, 1, 2, 1000} {
					q := url.Values{}
					if o != def {
						q.Set("order", string(o))
					}
					if year != 0 {
						q.Set("year", strconv.Itoa(year))
					}
					if page > 1 {
						q.Set("page", strconv.Itoa(page))
					}
					want := "/authors/A%20B"
					if len(q) > 0 {
						want += "?" + q.Encode()
					}
					if got := ListAddress("/authors/A%20B", o, def, year, page); got != want {
						t.Errorf("ListAddress(%s, %s, %d, %d) = %q, want %q", o, def, year, page, got, want)
					}
				}
			}
		}
	}
}
