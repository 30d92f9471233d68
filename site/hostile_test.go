package site_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/store/storetest"
)

// hostileTitles are record titles that would end the index's scripts, or
// a page's, if they were not escaped.
var hostileTitles = []string{
	`</script><script>alert(1)</script>`,
	`alert <!-- <script> --> "quoted" & 'single' \u2028 end`,
	"alert \u2028 line \u2029 separators `tick` ${x}",
	`alert"]);alert(2);//`,
}

// hostileSite exports an archive of hostile records and returns its folder.
func hostileSite(t *testing.T) string {
	t.Helper()
	db := storetest.NewDB(t)
	var recs []*annals.Record
	for i, v := range hostileTitles {
		recs = append(recs, &annals.Record{Title: v, Authors: []string{v}, Source: v, Summary: v,
			URL: "https://example.org/" + string(rune('a'+i)), Date: annals.YearDate(2000 + i)})
	}
	res, err := db.ImportRecords(t.Context(), &annals.Import{Topic: annals.Topic{Slug: "xss", Title: hostileTitles[0]}, Origin: "test"}, recs, nil)
	if err != nil {
		t.Fatal(err)
	} else if res.Rejected > 0 {
		t.Fatalf("%d rejected: %v", res.Rejected, res.Rejections)
	}
	dir, _ := exportSite(t, db, "")
	return dir
}

// TestHostileTextEscaped checks that hostile record text stays text: the
// index scripts hold no "<" at all (JSON with HTML-safe escaping), read
// back under node to the same strings, and the pages hold it escaped.
func TestHostileTextEscaped(t *testing.T) {
	dir := hostileSite(t)
	files, _ := filepath.Glob(filepath.Join(dir, "search", "*.js"))
	for _, f := range files {
		if strings.HasSuffix(f, "fold.js") || strings.HasSuffix(f, "search.js") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"<", ">", "\u2028", "\u2029"} {
			if bytes.Contains(b, []byte(bad)) {
				t.Errorf("%s holds %q", filepath.Base(f), bad)
			}
		}
	}
	for _, p := range []string{"records/1.html", "index.html", "topics/xss.html"} {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("<script>alert")) || bytes.Contains(b, []byte("</script><script>")) {
			t.Errorf("%s holds the title as markup", p)
		}
	}
	checkLinks(t, dir)

	node := annalstest.Tool(t, "node", "apt-get install nodejs")
	prog := `globalThis.annalsSearch = {meta: (n, rows) => process.stdout.write(JSON.stringify(rows.map(r => r[1])))};
require(process.argv[2]);`
	run := filepath.Join(t.TempDir(), "run.js")
	if err := os.WriteFile(run, []byte(prog), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(t.Context(), node, run, filepath.Join(dir, "search", "meta-0.js")).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var titles []string
	if err := json.Unmarshal(out, &titles); err != nil {
		t.Fatal(err)
	}
	for _, v := range hostileTitles {
		found := false
		for _, got := range titles {
			found = found || got == v
		}
		if !found {
			t.Errorf("meta-0.js titles %q lack %q", titles, v)
		}
	}
}
