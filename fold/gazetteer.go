package fold

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// gazetteerText is the default gazetteer; see the comment at its top for
// the file format.
//
//go:embed gazetteer.txt
var gazetteerText string

// Entity is one place, person or organisation with the spellings that
// search treats as the same word.
type Entity struct {
	// Key is the one token every alias of the entity folds to: the folded
	// Name, its words run together.
	Key string
	// Name is the spelling shown to readers.
	Name string
	// Note says what the entity is ("city, Kazakhstan").
	Note string
	// Aliases are the listed spellings, in file order.
	Aliases []Alias
}

// Alias is one spelling of an entity.
type Alias struct {
	// Text is the spelling as written in the gazetteer.
	Text string
	// Note gives the sources of the spelling (romanisation system,
	// language, press usage).
	Note string
	// From and Until are the years the spelling was in official use, or
	// zero when open or unknown.
	From, Until int
	// Ambiguous aliases are listed for readers but never folded, because
	// the spelling is also an ordinary word or another name (Oral, the
	// city, is also English "oral history").
	Ambiguous bool
}

// Gazetteer is a parsed list of entities and their aliases. It is
// immutable once loaded and safe for concurrent use.
type Gazetteer struct {
	entities []Entity
	// folded holds, for each entity, the folded word sequences of its
	// name and unambiguous aliases.
	folded [][][]string
}

// Entities returns a copy of the gazetteer's entities in file order.
func (g *Gazetteer) Entities() []Entity {
	out := make([]Entity, len(g.entities))
	for i, e := range g.entities {
		e.Aliases = append([]Alias(nil), e.Aliases...)
		out[i] = e
	}
	return out
}

// DefaultGazetteer returns the gazetteer embedded in the package
// (gazetteer.txt). The same value is returned on every call.
func DefaultGazetteer() *Gazetteer { return defaultGazetteer() }

// defaultGazetteer parses the embedded file once. A parse error is a bug
// in the data file, caught by the package tests, hence the panic.
var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := LoadGazetteer(strings.NewReader(gazetteerText))
	if err != nil {
		panic("fold: embedded gazetteer.txt: " + err.Error())
	}
	return g
})

// LoadGazetteer parses a gazetteer file. The format, one record a line:
//
//	# a comment; blank lines are ignored
//	= Almaty | city, Kazakhstan
//	  Alma-Ata | 1921-1993 | Soviet Russian name
//	  ~Verny   | 1854-1921 | Russian fort; also a Russian adjective
//
// A line starting with "=" opens an entity: its display name and a note.
// Every other line is an alias of the entity above it: the spelling, the
// years it was in use ("1921-1993", "1921-", "-1993", "1854", or empty)
// and a note on its sources. A "~" before the spelling marks it ambiguous:
// listed, never folded. Fields are separated by "|" and trimmed. The
// entity's name is always folded as one of its aliases.
//
// Errors name the line. Two entities with the same key, or one folded
// alias claimed by two entities, are errors within one file; across files
// New lets the later file win.
func LoadGazetteer(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{}
	keys := map[string]int{}    // key -> line of its entity
	owner := map[string]int{}   // joined folded alias -> entity index
	ownerAt := map[string]int{} // joined folded alias -> line
	var sc scratch
	sr := bufio.NewScanner(r)
	for n := 1; sr.Scan(); n++ {
		line := strings.TrimSpace(sr.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if strings.HasPrefix(fields[0], "=") {
			if len(fields) > 2 {
				return nil, fmt.Errorf("gazetteer: line %d: entity has %d fields, want name | note", n, len(fields))
			}
			name := strings.TrimSpace(fields[0][1:])
			seq := sc.fold(name)
			if len(seq) == 0 {
				return nil, fmt.Errorf("gazetteer: line %d: entity name %q has no letters", n, name)
			}
			key := sc.word(strings.Join(seq, ""))
			if at, ok := keys[key]; ok {
				return nil, fmt.Errorf("gazetteer: line %d: entity %q has key %q, already used by line %d", n, name, key, at)
			}
			keys[key] = n
			e := Entity{Key: key, Name: name}
			if len(fields) == 2 {
				e.Note = fields[1]
			}
			g.entities = append(g.entities, e)
			g.folded = append(g.folded, nil)
			// The key itself is an alias, so that folding is idempotent.
			for _, s := range [][]string{seq, {key}} {
				if err := g.claim(name, s, n, owner, ownerAt); err != nil {
					return nil, err
				}
			}
			continue
		}
		if len(g.entities) == 0 {
			return nil, fmt.Errorf("gazetteer: line %d: alias %q before the first \"= Name\" line", n, fields[0])
		}
		if len(fields) > 3 {
			return nil, fmt.Errorf("gazetteer: line %d: alias has %d fields, want spelling | years | note", n, len(fields))
		}
		var a Alias
		a.Text = fields[0]
		if strings.HasPrefix(a.Text, "~") {
			a.Ambiguous = true
			a.Text = strings.TrimSpace(a.Text[1:])
		}
		if len(fields) > 1 {
			var err error
			if a.From, a.Until, err = parseYears(fields[1]); err != nil {
				return nil, fmt.Errorf("gazetteer: line %d: %w", n, err)
			}
		}
		if len(fields) > 2 {
			a.Note = fields[2]
		}
		seq := sc.fold(a.Text)
		if len(seq) == 0 {
			return nil, fmt.Errorf("gazetteer: line %d: alias %q has no letters", n, a.Text)
		}
		e := &g.entities[len(g.entities)-1]
		e.Aliases = append(e.Aliases, a)
		if !a.Ambiguous {
			if err := g.claim(a.Text, seq, n, owner, ownerAt); err != nil {
				return nil, err
			}
		}
	}
	if err := sr.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return g, nil
}

// claim records the folded sequence seq of the spelling text as an alias
// of the last entity, or reports that another entity of the file already
// has it.
func (g *Gazetteer) claim(text string, seq []string, line int, owner, ownerAt map[string]int) error {
	i := len(g.entities) - 1
	k := strings.Join(seq, " ")
	if j, ok := owner[k]; ok {
		if j == i {
			return nil // a spelling that folds like another of the same entity
		}
		return fmt.Errorf("gazetteer: line %d: %q folds to %q, already an alias of %q (line %d)",
			line, text, k, g.entities[j].Name, ownerAt[k])
	}
	owner[k], ownerAt[k] = i, line
	g.folded[i] = append(g.folded[i], seq)
	return nil
}

// fold returns the folded words of s, without aliases.
func (sc *scratch) fold(s string) []string {
	var out []string
	words(s, func(start, end int) {
		if w := sc.word(s[start:end]); w != "" {
			out = append(out, w)
		}
	})
	return out
}

// parseYears parses the years field of an alias.
func parseYears(s string) (from, until int, err error) {
	if s == "" {
		return 0, 0, nil
	}
	s = strings.ReplaceAll(s, "–", "-") // en dash, as typed by hand
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		b = a
	}
	year := func(t string) (int, error) {
		t = strings.TrimSpace(t)
		if t == "" {
			return 0, nil
		}
		if strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
			return 0, fmt.Errorf("years %q: want 1921-1993, 1921-, -1993 or 1921", s)
		}
		return strconv.Atoi(t)
	}
	if from, err = year(a); err != nil {
		return 0, 0, err
	}
	if until, err = year(b); err != nil {
		return 0, 0, err
	}
	if from != 0 && until != 0 && until < from {
		return 0, 0, fmt.Errorf("years %q: end before start", s)
	}
	return from, until, nil
}
