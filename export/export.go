// Package export writes records out of the archive as CSV, JSON Lines,
// CSL-JSON, BibTeX and RIS, streaming one record at a time.
//
// It owns the encoders and their round-trip guarantees: what each format
// writes reads back through the project's own readers (format/table,
// format/csljson, format/bibtex, format/ris) as the same record, within
// the limits each format's doc comment states. It takes records as an
// iter.Seq2 and never imports store, and it does not validate records:
// the store only holds valid ones.
package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/labor-annals/annals"
)

// Formats lists the export format names: "csv", "jsonl", "csljson",
// "bibtex", "ris".
var Formats = []string{"csv", "jsonl", "csljson", "bibtex", "ris"}

// encoder writes one format. begin and end frame the stream (a CSV
// header, a JSON array's brackets); item writes one record.
type encoder interface {
	begin(w *bufio.Writer) error
	item(w *bufio.Writer, r *annals.Record) error
	end(w *bufio.Writer) error
}

func newEncoder(format string) encoder {
	switch format {
	case "csv":
		return &csvEncoder{}
	case "jsonl":
		return &jsonlEncoder{}
	case "csljson":
		return &cslEncoder{keys: newKeyer()}
	case "bibtex":
		return &bibEncoder{keys: newKeyer()}
	case "ris":
		return &risEncoder{}
	}
	return nil
}

// Write streams recs to w in the named format. It returns an EINVALID
// *annals.Error for an unknown format. It stops at the first error the
// iterator yields, or when ctx is done, and returns that error; what was
// written before stays written, and the format's closing text (such as
// CSL-JSON's "]") is left out, so a cut export never parses as whole.
// Nil records are skipped.
func Write(ctx context.Context, w io.Writer, format string, recs iter.Seq2[*annals.Record, error]) error {
	enc := newEncoder(format)
	if enc == nil {
		return annals.Errorf(annals.EINVALID, "Export format %q is unknown; formats are %s.", format, strings.Join(Formats, ", "))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if err := enc.begin(bw); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	for r, err := range recs {
		if err != nil {
			// Flush the whole records before the failure, so the caller
			// sees how far the export got.
			_ = bw.Flush()
			return fmt.Errorf("export %s: %w", format, err)
		}
		if err := ctx.Err(); err != nil {
			_ = bw.Flush()
			return err
		}
		if r == nil {
			continue
		}
		if err := enc.item(bw, r); err != nil {
			return fmt.Errorf("export %s: %w", format, err)
		}
	}
	if err := enc.end(bw); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// ContentType returns the MIME type of a format, for an HTTP download;
// "application/octet-stream" for an unknown format.
func ContentType(format string) string {
	switch format {
	case "csv":
		return "text/csv; charset=utf-8; header=present"
	case "jsonl":
		return "application/jsonl; charset=utf-8"
	case "csljson":
		return "application/vnd.citationstyles.csl+json; charset=utf-8"
	case "bibtex":
		return "application/x-bibtex; charset=utf-8"
	case "ris":
		return "application/x-research-info-systems; charset=utf-8"
	}
	return "application/octet-stream"
}

// Extension returns the file extension of a format with its dot, such as
// ".bib"; "" for an unknown format.
func Extension(format string) string {
	switch format {
	case "csv":
		return ".csv"
	case "jsonl":
		return ".jsonl"
	case "csljson":
		return ".json"
	case "bibtex":
		return ".bib"
	case "ris":
		return ".ris"
	}
	return ""
}
