package export_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/export"
	"github.com/labor-annals/annals/store/storetest"
)

// exportSeedArchive writes the seed archive (18 records) in format to a
// file and returns its path and the records.
func exportSeedArchive(t *testing.T, format string) (string, []*annals.Record) {
	t.Helper()
	db := storetest.SeedDB(t)
	var recs []*annals.Record
	for r, err := range db.EachRecord(t.Context(), annals.RecordFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if len(recs) != 18 {
		t.Fatalf("seed archive holds %d records, want 18", len(recs))
	}
	var buf bytes.Buffer
	if err := export.Write(t.Context(), &buf, format, db.EachRecord(t.Context(), annals.RecordFilter{})); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seeds"+export.Extension(format))
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, recs
}

// TestPandocReadsExports has pandoc (a citation processor nobody here
// wrote) read the BibTeX and CSL-JSON exports of the seed archive and
// render the bibliography in its default style, Chicago author-date,
// failing on any warning.
func TestPandocReadsExports(t *testing.T) {
	pandoc := annalstest.Tool(t, "pandoc", "apt-get install pandoc")
	for _, format := range []string{"bibtex", "csljson"} {
		t.Run(format, func(t *testing.T) {
			bib, recs := exportSeedArchive(t, format)
			doc := filepath.Join(t.TempDir(), "doc.md")
			if err := os.WriteFile(doc, []byte("---\nnocite: '@*'\n---\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, pandoc, "--citeproc", "--fail-if-warnings", "--wrap=none",
				"--bibliography="+bib, "-t", "plain", doc)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil || stderr.Len() > 0 {
				t.Fatalf("pandoc: %v\n%s", err, stderr.String())
			}
			out := stdout.String()
			// Chicago title-cases English titles: compare letters and
			// digits only, ignoring case.
			flat := letters(out)
			// One entry per record, each with its title: pandoc read
			// every entry, not only the first.
			entries := strings.Split(strings.TrimSpace(out), "\n\n")
			if len(entries) != len(recs) {
				t.Errorf("pandoc rendered %d entries, want %d:\n%s", len(entries), len(recs), out)
			}
			for _, r := range recs {
				if !strings.Contains(flat, letters(r.Title)) {
					t.Errorf("bibliography lacks %q:\n%s", r.Title, out)
				}
			}
			// Chicago author-date: "Surname, Given. Year. “Title.”";
			// Clara Weiss's 2012 articles are told apart as 2012a, 2012b…
			if !regexp.MustCompile(`(?m)^Weiss, Clara\. 2012a\. “`).MatchString(out) {
				t.Errorf("no Chicago author-date entry for Clara Weiss 2012a:\n%s", out)
			}
		})
	}
}

// letters keeps the lower-cased letters and digits of s.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// TestCSLJSONValidatesWithJSONSchema runs a JSON Schema validator nobody
// here wrote (Python's jsonschema) over the CSL-JSON export of the seed
// archive, against the official schema in ../shared/data/bib/schema.
func TestCSLJSONValidatesWithJSONSchema(t *testing.T) {
	schema := filepath.Join(annalstest.Shared(t, "data", "bib", "schema"), "csl-data.json")
	python := pythonWithJSONSchema(t)
	data, _ := exportSeedArchive(t, "csljson")
	run := func(path string) (string, error) {
		out, err := exec.CommandContext(t.Context(), python, "testdata/validate_csl.py", schema, path).CombinedOutput()
		return string(out), err
	}
	if out, err := run(data); err != nil {
		t.Errorf("CSL-JSON export of the seed archive does not validate: %v\n%s", err, out)
	}
	// The validator must see a broken file as broken.
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`[{"id":"x","type":"leaflet","title":3}]`), 0o644)
	if out, err := run(bad); err == nil {
		t.Errorf("validator accepted a broken item:\n%s", out)
	}
}

// pythonWithJSONSchema finds a Python that can import jsonschema.
func pythonWithJSONSchema(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(p); err == nil && exec.Command(path, "-c", "import jsonschema").Run() == nil {
			return path
		}
	}
	const how = "apt-get install python3-jsonschema"
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true but no python3 with jsonschema (%s)", how)
	}
	t.Skipf("no python3 with jsonschema; to run this test: %s", how)
	return ""
}
