package fold_test

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals/fold"
)

// MustLoadGazetteer parses a gazetteer given as text.
func MustLoadGazetteer(tb testing.TB, text string) *fold.Gazetteer {
	tb.Helper()
	g, err := fold.LoadGazetteer(strings.NewReader(text))
	if err != nil {
		tb.Fatalf("LoadGazetteer() error = %v", err)
	}
	return g
}

// TestDefaultGazetteer checks the embedded data: enough entities, every
// folded alias lands on its entity's key, every ambiguous one does not.
func TestDefaultGazetteer(t *testing.T) {
	es := fold.DefaultGazetteer().Entities()
	if len(es) < 60 {
		t.Errorf("DefaultGazetteer() has %d entities, want at least 60", len(es))
	}
	for _, e := range es {
		if got := fold.Text(e.Name); got != e.Key {
			t.Errorf("Text(%q) = %q, want its key %q", e.Name, got, e.Key)
		}
		if got := fold.Word(e.Key); got != e.Key {
			t.Errorf("Word(key %q) = %q, want the key unchanged", e.Key, got)
		}
		for _, a := range e.Aliases {
			got := fold.Text(a.Text)
			switch {
			case !a.Ambiguous && got != e.Key:
				t.Errorf("%s: Text(%q) = %q, want %q", e.Name, a.Text, got, e.Key)
			case a.Ambiguous && got == e.Key:
				t.Errorf("%s: ambiguous Text(%q) = %q, want it left alone", e.Name, a.Text, got)
			}
			if a.Note == "" {
				t.Errorf("%s: alias %q has no note on its sources", e.Name, a.Text)
			}
		}
	}
}

func TestLoadGazetteer(t *testing.T) {
	g := MustLoadGazetteer(t, `
# test
= Almaty | city
  Alma-Ata | 1921–1993 | Soviet name
  ~Verny   | 1854-    | fort; also an adjective
  Almaata
`)
	want := fold.Entity{
		Key:  "almati",
		Name: "Almaty",
		Note: "city",
		Aliases: []fold.Alias{
			{Text: "Alma-Ata", Note: "Soviet name", From: 1921, Until: 1993},
			{Text: "Verny", Note: "fort; also an adjective", From: 1854, Ambiguous: true},
			{Text: "Almaata"},
		},
	}
	es := g.Entities()
	if len(es) != 1 {
		t.Fatalf("Entities() len = %d, want 1", len(es))
	}
	got := es[0]
	if got.Key != want.Key || got.Name != want.Name || got.Note != want.Note {
		t.Errorf("Entities()[0] = %q %q %q, want %q %q %q", got.Key, got.Name, got.Note, want.Key, want.Name, want.Note)
	}
	if len(got.Aliases) != len(want.Aliases) {
		t.Fatalf("Aliases = %+v, want %+v", got.Aliases, want.Aliases)
	}
	for i := range want.Aliases {
		if got.Aliases[i] != want.Aliases[i] {
			t.Errorf("Aliases[%d] = %+v, want %+v", i, got.Aliases[i], want.Aliases[i])
		}
	}
	// Entities returns a copy.
	es[0].Aliases[0].Text = "changed"
	if g.Entities()[0].Aliases[0].Text != "Alma-Ata" {
		t.Error("Entities() shares its aliases with the gazetteer")
	}
}

func TestLoadGazetteerErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"alias first", "# c\nAlmaty\n", "line 2: alias \"Almaty\" before"},
		{"same key", "= Almaty\n\n= ALMATY\n", "line 3: entity \"ALMATY\" has key \"almati\", already used by line 1"},
		{"same alias", "= Alpha\n foo\n= Beta\n Foo | | x\n", "line 4: \"Foo\" folds to \"foo\", already an alias of \"Alpha\" (line 2)"},
		{"alias is another key", "= Alpha\n= Beta\n alpha\n", "line 3: \"alpha\" folds to \"alfa\", already an alias of \"Alpha\" (line 1)"},
		{"bad years", "= X\n Y | 19x9 | note\n", "line 2: years \"19x9\""},
		{"years reversed", "= X\n Y | 1990-1980\n", "line 2: years \"1990-1980\": end before start"},
		{"alias fields", "= X\n Y | | note | more\n", "line 2: alias has 4 fields"},
		{"entity fields", "= X | note | more\n", "line 1: entity has 3 fields"},
		{"no letters", "= X\n ~--- | | note\n", "line 2: alias \"---\" has no letters"},
		{"empty name", "=  | note\n", "line 1: entity name \"\" has no letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fold.LoadGazetteer(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("LoadGazetteer() error = nil, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "gazetteer: line ") {
				t.Errorf("LoadGazetteer() error = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestNewMergesUserGazetteers(t *testing.T) {
	user := MustLoadGazetteer(t, `
= Karaganda | city, Kazakhstan
  Karagandinka | | test spelling
= Akmola Region | region, Kazakhstan
  Akmola | | the region, not the city
= Zzyzx | test town
  Zyzzyx | | misspelling
`)
	later := MustLoadGazetteer(t, "= Zzyzx Springs | renamed\n Zzyzx | | old name\n")
	f := fold.New(user, later)
	tests := []struct {
		in, want, wantDefault string
	}{
		{"Karagandinka", "karaganda", "karagandinka"},
		{"Qaraghandy", "karaganda", "karaganda"}, // default aliases still there
		{"Alma-Ata", "almati", "almati"},         // default entity untouched
		{"Akmola", "akmolaregion", "astana"},     // the user file wins
		{"Zyzzyx", "zzizxsprings", "zizzix"},     // user entity, renamed by the later file
		{"Zzyzx", "zzizxsprings", "zzizx"},       // the later file wins
		{"Zzyzx Springs", "zzizxsprings", "zzizx springs"},
		{"zzizx", "zzizxsprings", "zzizx"}, // the stolen key leads on
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := f.Text(tt.in); got != tt.want {
				t.Errorf("New(user).Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := fold.Text(tt.in); got != tt.wantDefault {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.wantDefault)
			}
		})
	}
	e, ok := f.Entity("karaganda")
	if !ok {
		t.Fatal(`Entity("karaganda") not found`)
	}
	var texts []string
	for _, a := range e.Aliases {
		texts = append(texts, a.Text)
	}
	if got := strings.Join(texts, ","); !strings.Contains(got, "Qaraghandy") || !strings.HasSuffix(got, "Karagandinka") {
		t.Errorf(`Entity("karaganda") aliases = %s, want the default ones then Karagandinka`, got)
	}
	if _, ok := f.Entity("nosuchkey"); ok {
		t.Error(`Entity("nosuchkey") found, want not found`)
	}
}
