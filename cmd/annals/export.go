package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/export"
	"github.com/labor-annals/annals/store"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "[-db PATH] -format F [-topic SLUG] [-o FILE|-]")
	dbPath := dbFlag(fs, e)
	format := fs.String("format", "", "output `format`: "+strings.Join(export.Formats, ", "))
	topic := fs.String("topic", "", "export only this topic (`slug`)")
	output := fs.String("o", "-", "write to this `file` (- for standard output)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format == "" {
		return usagef("-format is required: one of %s", strings.Join(export.Formats, ", "))
	}
	if export.ContentType(*format) == "application/octet-stream" {
		return usagef("-format %q is not one of %s", *format, strings.Join(export.Formats, ", "))
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *topic != "" {
		if _, err := db.FindTopicBySlug(ctx, *topic); err != nil {
			return err
		}
	}
	var w io.Writer = e.stdout
	var f *os.File
	if *output != "-" {
		// Write beside the target and rename at the end, so a failed
		// export never leaves half a file under the real name.
		f, err = os.CreateTemp(dirOf(*output), ".annals-export-*")
		if err != nil {
			return fmt.Errorf("create %s: %w", *output, err)
		}
		defer os.Remove(f.Name())
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := export.Write(ctx, bw, *format, db.EachRecord(ctx, annals.RecordFilter{Topic: *topic})); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", *output, err)
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", *output, err)
		}
		if err := os.Rename(f.Name(), *output); err != nil {
			return fmt.Errorf("write %s: %w", *output, err)
		}
	}
	return nil
}

func dirOf(path string) string {
	if i := strings.LastIndexByte(path, os.PathSeparator); i >= 0 {
		return path[:i+1]
	}
	return "."
}
