// Command annals keeps an archive of labor history: it parses and imports
// listings, searches them, and serves the archive on the web. This package
// only wires the others together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fetch"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/ingest"
	"github.com/labor-annals/annals/store"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// env is what a command gets from the outside world; tests supply their own.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		{"parse", "parse listings and print their records as JSON Lines", runParse},
		{"import", "import listings into the archive", runImport},
		{"search", "search the archive", runSearch},
		{"subscribe", "subscribe a topic to a feed URL, list or remove subscriptions", runSubscribe},
		{"fetch", "fetch the subscriptions that are due, once", runFetch},
		{"export", "write records as CSV, JSON Lines, CSL-JSON, BibTeX or RIS", runExport},
		{"optimize", "merge the search index after large imports, for faster searches", runOptimize},
		{"reindex", "fold every record again, after the gazetteer changed", runReindex},
		{"serve", "serve the archive on the web", runServe},
		{"demo", "build a demo archive from the two seed pages and serve it", runDemo},
		{"version", "print the version", runVersion},
	}
}

// errUsage marks an error in how the command was called; it exits with 2.
var errUsage = errors.New("usage")

// usageError is a usage mistake with a message for the user.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }
func (e *usageError) Is(target error) bool {
	return target == errUsage
}

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// run is the whole program, callable from tests.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		printUsage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "annals %s: %v\nRun 'annals %s -h' for usage.\n", c.name, err, c.name)
			return exitUsage
		}
		printError(stderr, err)
		return exitError
	}
	fmt.Fprintf(stderr, "annals: unknown command %q\n\n", args[0])
	printUsage(stderr)
	return exitUsage
}

// printError prints err for a person: "file:line: message" for errors in an
// input, the safe message for domain errors, and the full chain otherwise.
func printError(w io.Writer, err error) {
	var ie *ingest.InputError
	var ae *annals.Error
	var be *fetch.BlockedError
	switch {
	case errors.As(err, &ie) && errors.As(err, &be):
		fmt.Fprintf(w, "%s: %s\n", ie.Name, be.Error())
	case errors.As(err, &ie):
		fmt.Fprintln(w, ie.Error())
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(w, "annals: interrupted")
	case errors.As(err, &ae):
		fmt.Fprintf(w, "annals: %s\n", ae.Message)
	default:
		fmt.Fprintf(w, "annals: %v\n", err)
	}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "annals keeps an archive of labor history.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: annals COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'annals COMMAND -h' for the flags of a command.")
	fmt.Fprintln(w, "The database is annals.db unless -db or ANNALS_DB names another.")
	fmt.Fprintln(w, "ANNALS_GAZETTEER names a file of spellings search folds together,")
	fmt.Fprintln(w, "added to the built-in ones (format: fold/gazetteer.txt); run")
	fmt.Fprintln(w, "'annals reindex' after changing it.")
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints its usage with a one-line synopsis.
func newFlagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: annals %s %s\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors (the flag
// package has already printed them).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%v", err)
	}
	return nil
}

// dbFlag adds -db, defaulting to $ANNALS_DB or annals.db.
func dbFlag(fs *flag.FlagSet, e *env) *string {
	def := e.getenv("ANNALS_DB")
	if def == "" {
		def = "annals.db"
	}
	return fs.String("db", def, "database `path` (env ANNALS_DB)")
}

// openDB opens the archive at path, folding search text with the built-in
// gazetteer and, when ANNALS_GAZETTEER names one, the user's.
func (e *env) openDB(ctx context.Context, path string) (*store.DB, error) {
	var folder *fold.Folder
	if name := e.getenv("ANNALS_GAZETTEER"); name != "" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer (ANNALS_GAZETTEER): %w", err)
		}
		g, err := fold.LoadGazetteer(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("gazetteer %s: %w", name, err)
		}
		folder = fold.New(g)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	db.Folder = folder
	return db, nil
}

// newLogger returns the program's logger: warnings and errors on stderr
// unless -v asks for more.
func newLogger(e *env, verbose bool) *slog.Logger {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
}
