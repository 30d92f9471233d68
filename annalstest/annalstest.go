// Package annalstest holds test helpers shared by the format packages and
// the command: golden files with an -update flag, and the location of the
// third-party test data that is read in place. It is imported only from
// _test.go files and links no database driver.
package annalstest

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update is the one -update flag: `go test ./format/... -update` rewrites
// the golden files, whose diffs are then reviewed like code.
var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Updating reports whether golden files are being rewritten.
func Updating() bool { return *update }

// Golden compares got with the golden file at path, or rewrites the file
// under -update. A mismatch prints a readable diff.
func Golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("output differs from %s (-want +got; go test -update rewrites it after review):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// Shared returns the path of a folder under ../shared beside the
// repository (the evaluation listings, the real data sets), which tests
// read in place and never copy. Without it the test skips, except under
// CI=true, where CI guarantees the folder and its absence is a failure.
func Shared(tb testing.TB, elem ...string) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Fatal(err)
	}
	dir := filepath.Join(append([]string{root, "..", "shared"}, elem...)...)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true but %s is missing: %v", dir, err)
		}
		tb.Skipf("%s is missing; it holds third-party test data read in place", dir)
	}
	return dir
}

// moduleRoot finds the directory holding go.mod, from the test's working
// directory (its package directory) upward.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// Tool returns the path of an external program a test needs (pandoc, a
// harvester, a validator). Without it the test skips and says how to
// install it, except under CI=true, where .ci/run installs it and its
// absence is a failure.
func Tool(tb testing.TB, name, install string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("CI=true but %s is not installed (%s)", name, install)
		}
		tb.Skipf("%s is not installed; to run this test: %s", name, install)
	}
	return p
}

// NeedOrSkip skips the test for a missing tool or file, saying how to get
// it, except under CI=true, where CI provides it and its absence fails.
func NeedOrSkip(tb testing.TB, format string, args ...any) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf(format, args...)
	}
	tb.Skipf(format, args...)
}
