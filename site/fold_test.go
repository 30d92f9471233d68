package site_test

import (
	"encoding/json"
	"github.com/labor-annals/annals/site"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/store/storetest"
)

// TestFoldJSMatchesGo runs assets/fold.js under node over every string
// literal of the fold package's tests (the must-fold and keep-apart
// pairs, the idempotence and offset cases), every spelling of the
// gazetteer and the text of the seed archive, word by word and whole, and
// checks that it folds each exactly as fold.Text does: the static site's
// queries then find what the index holds.
func TestFoldJSMatchesGo(t *testing.T) {
	node := annalstest.Tool(t, "node", "apt-get install nodejs")
	var inputs []string
	for _, file := range []string{"../fold/fold_test.go", "../fold/gazetteer_test.go"} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && s != "" {
					inputs = append(inputs, s)
				}
			}
			return true
		})
	}
	literals := len(inputs)
	for _, e := range fold.DefaultGazetteer().Entities() {
		inputs = append(inputs, e.Name)
		for _, a := range e.Aliases {
			inputs = append(inputs, a.Text)
		}
	}
	db := storetest.SeedDB(t)
	for r, err := range db.EachRecord(t.Context(), annals.RecordFilter{}) {
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range append([]string{r.Title, r.Source, r.Summary}, r.Authors...) {
			inputs = append(inputs, s)
			inputs = append(inputs, strings.Fields(s)...)
		}
	}
	in, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	gaz, err := json.Marshal(site.GazetteerData())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	prog := `require(process.argv[2]);
const f = new globalThis.annalsFold.Folder(JSON.parse(require("fs").readFileSync(process.argv[3], "utf8")));
const ins = JSON.parse(require("fs").readFileSync(process.argv[4], "utf8"));
process.stdout.write(JSON.stringify(ins.map(s => f.text(s))));`
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	abs, err := filepath.Abs("assets/fold.js")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(t.Context(), node, write("run.js", []byte(prog)), abs, write("gaz.json", gaz), write("in.json", in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got []string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(inputs) {
		t.Fatalf("node folded %d strings, want %d", len(got), len(inputs))
	}
	bad := 0
	for i, s := range inputs {
		if want := fold.Text(s); got[i] != want {
			bad++
			if bad <= 30 {
				t.Errorf("fold.js(%q) = %q, fold.Text = %q", s, got[i], want)
			}
		}
	}
	t.Logf("%d strings (%d literals of the fold tests), %d differ", len(inputs), literals, bad)
}
