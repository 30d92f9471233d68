package site

import (
	"fmt"
	"strings"

	"github.com/labor-annals/annals"
)

// byline is the line under a title in the search results, as the server
// writes it under its results: "By A and B, Source, 16 December 2011".
func byline(r *annals.Record) string {
	var parts []string
	if len(r.Authors) > 0 {
		parts = append(parts, "By "+names(r.Authors))
	}
	if r.Source != "" {
		parts = append(parts, r.Source)
	}
	if d := humanDate(r.Date); d != "" {
		parts = append(parts, d)
	}
	return strings.Join(parts, ", ")
}

// names joins names as people write them: "A", "A and B", "A, B and C".
func names(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// humanDate formats a date at its precision.
func humanDate(d annals.Date) string {
	switch d.Precision {
	case annals.PrecisionDay:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month, d.Year)
	case annals.PrecisionMonth:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	case annals.PrecisionYear:
		return fmt.Sprint(d.Year)
	}
	return ""
}
