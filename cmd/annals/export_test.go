package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportSite writes the seed archive's static site with the command,
// with and without a base URL, and checks the usage mistakes.
func TestExportSite(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "seed.db")
	if res := runMain(t, nil, nil, append([]string{"import", "-db", db, "-topic", "kazakhstan"}, seedPaths(t)...)...); res.code != 0 {
		t.Fatal(res.stderr)
	}
	out := filepath.Join(dir, "site")
	res := runMain(t, nil, nil, "export", "-db", db, "-format", "site", "-o", out)
	if res.code != 0 {
		t.Fatalf("export site: exit %d: %s", res.code, res.stderr)
	}
	if !strings.Contains(res.stderr, "no sitemap.xml") || !strings.Contains(res.stderr, "search index of 18 records") {
		t.Errorf("stderr = %q", res.stderr)
	}
	for _, f := range []string{"index.html", "search.html", "topics/kazakhstan.html", "search/index.js"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	out2 := filepath.Join(dir, "site2")
	if res := runMain(t, nil, nil, "export", "-db", db, "-format", "site", "-base-url", "https://example.org/annals", "-o", out2); res.code != 0 {
		t.Fatalf("export site with a base URL: exit %d: %s", res.code, res.stderr)
	}
	b, err := os.ReadFile(filepath.Join(out2, "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "<loc>https://example.org/annals/topics/kazakhstan.html</loc>") {
		t.Errorf("sitemap.xml lacks the topic page:\n%.500s", b)
	}
	for _, args := range [][]string{
		{"export", "-db", db, "-format", "site"},
		{"export", "-db", db, "-format", "site", "-o", out, "-base-url", "ftp://x"},
		{"export", "-db", db, "-format", "csv", "-base-url", "https://example.org"},
	} {
		if res := runMain(t, nil, nil, args...); res.code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, res.code, exitUsage)
		}
	}
}
