package export

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/labor-annals/annals"
)

// risEncoder writes RIS with CRLF line ends, one tag per line:
//
//   - TY NEWS for a record with a source and a date to the day, JOUR with
//     a source, else GEN;
//   - TI, AU (one line per author, the name as written), JO and T2 (both
//     the source), AB, UR, LA, KW (one line per topic), ER;
//   - PY is the year; DA the date at its precision as "YYYY/MM/DD/" or
//     "YYYY/MM//" (the spec's empty parts), so month precision survives.
//
// RIS values are one line: line breaks and runs of white space become one
// space. RIS readers (ours too) read "Last, First" in AU and split on
// ";", so a name holding "," or ";" does not come back as written.
type risEncoder struct{}

func (risEncoder) begin(*bufio.Writer) error { return nil }

func (risEncoder) item(w *bufio.Writer, r *annals.Record) error {
	tag := func(t, v string) {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			fmt.Fprintf(w, "%s  - %s\r\n", t, v)
		}
	}
	typ := "GEN"
	switch {
	case r.Source != "" && r.Date.Precision == annals.PrecisionDay:
		typ = "NEWS"
	case r.Source != "":
		typ = "JOUR"
	}
	tag("TY", typ)
	tag("TI", r.Title)
	for _, a := range r.Authors {
		tag("AU", a)
	}
	tag("JO", r.Source)
	tag("T2", r.Source)
	switch d := r.Date; d.Precision {
	case annals.PrecisionYear:
		tag("PY", fmt.Sprintf("%04d", d.Year))
	case annals.PrecisionMonth:
		tag("PY", fmt.Sprintf("%04d", d.Year))
		tag("DA", fmt.Sprintf("%04d/%02d//", d.Year, int(d.Month)))
	case annals.PrecisionDay:
		tag("PY", fmt.Sprintf("%04d", d.Year))
		tag("DA", fmt.Sprintf("%04d/%02d/%02d/", d.Year, int(d.Month), d.Day))
	}
	tag("AB", r.Summary)
	tag("UR", r.URL)
	tag("LA", r.Language)
	for _, t := range r.Topics {
		tag("KW", t)
	}
	_, err := w.WriteString("ER  - \r\n\r\n")
	return err
}

func (risEncoder) end(*bufio.Writer) error { return nil }
