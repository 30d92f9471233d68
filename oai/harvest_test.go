package oai_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/store/storetest"
)

// TestHarvester has a harvester that no one here wrote harvest the seed
// archive: oai_pmh, the command-line harvester of Perl's HTTP::OAI
// (Debian libhttp-oai-perl), lists every record in oai_dc over a real
// socket, following the resumption tokens of pages of 5.
func TestHarvester(t *testing.T) {
	const install = "apt-get install libhttp-oai-perl"
	harvester := annalstest.Tool(t, "oai_pmh", install)
	perl := annalstest.Tool(t, "perl", install)
	if out, err := exec.CommandContext(t.Context(), perl, "-MHTTP::OAI", "-e1").CombinedOutput(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but the Perl module HTTP::OAI is missing (%s): %v\n%s", install, err, out)
		}
		t.Skipf("the Perl module HTTP::OAI is missing; to run this test: %s", install)
	}

	db := storetest.SeedDB(t)
	want := wantOrder(t, db)
	if len(want) != 18 {
		t.Fatalf("the seed archive has %d records, want 18", len(want))
	}
	var mu sync.Mutex
	var requests []string
	// Identifiers name the configured host (annals.example.org); the
	// harvester only needs the address it is given.
	h := newHandler(db, 5)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests = append(requests, r.Method+" "+r.URL.RawQuery)
		mu.Unlock()
		if r.URL.Path != "/oai" {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	}))
	defer srv.Close()

	run := func(args ...string) (string, error) {
		cmd := exec.CommandContext(t.Context(), harvester, append(args, srv.URL+"/oai")...)
		cmd.Env = append(os.Environ(), "no_proxy=127.0.0.1,localhost", "NO_PROXY=127.0.0.1,localhost")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if err != nil {
			err = fmt.Errorf("%s: %w\n%s", cmd, err, stderr.String())
		}
		return stdout.String(), err
	}
	out, err := run("--metadataPrefix", "oai_dc")
	if err != nil {
		t.Fatal(err)
	}

	// oai_pmh prints each record's headers and metadata, and a form feed
	// after it.
	var got []string
	for _, m := range regexp.MustCompile(`(?m)(?:^|\f)identifier: (.*)$`).FindAllStringSubmatch(out, -1) {
		got = append(got, m[1])
	}
	if !slices.Equal(got, want) {
		t.Errorf("the harvester listed %d records %q, want the %d of the seed archive %q", len(got), got, len(want), want)
	}
	// Each record arrived with its Dublin Core, as the harvester parsed it.
	if n := strings.Count(out, "<dc:title>"); n != len(want) {
		t.Errorf("the harvester printed %d dc:title elements, want %d", n, len(want))
	}
	mu.Lock()
	var lists int
	for _, r := range requests {
		if strings.Contains(r, "verb=ListRecords") {
			lists++
		}
	}
	if lists < 3 {
		t.Errorf("the harvester made %d ListRecords requests, want at least 3 (pages of 5): %q", lists, requests)
	}
	t.Logf("%s made %d requests: %q", harvester, len(requests), requests)
	mu.Unlock()

	t.Run("ListIdentifiers", func(t *testing.T) {
		out, err := run("-X", "ListIdentifiers", "--metadataPrefix", "oai_dc", "--set", "kazakhstan", "--from", "2000-01-01")
		if err != nil {
			t.Fatal(err)
		}
		if n := len(regexp.MustCompile(`(?m)(?:^|\f)identifier: `).FindAllString(out, -1)); n != len(want) {
			t.Errorf("the harvester listed %d headers, want %d", n, len(want))
		}
	})
	t.Run("Identify", func(t *testing.T) {
		if _, err := run("-X", "Identify"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("Error", func(t *testing.T) {
		// The harvester reads our error and fails with it.
		_, err := run("-X", "GetRecord", "--metadataPrefix", "oai_dc", "--identifier", "oai:annals.example.org:records/999")
		if err == nil || !strings.Contains(err.Error(), "idDoesNotExist") {
			t.Errorf("GetRecord of a missing record: %v, want the harvester to report idDoesNotExist", err)
		}
	})
}
