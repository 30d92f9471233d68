package fold

import (
	"slices"
	"strings"
)

// This file is the alias matcher: after per-word folding, the longest
// gazetteer alias starting at each token is replaced by the entity's key,
// one token spanning the whole alias in the original text. Index and
// query text go through the same matcher, so a phrase query for
// "Alma-Ata" matches an indexed "Алматы".
//
// Matching is one map lookup per token (canon) plus, for tokens that
// start a several-word alias, a check of the few candidates, so it stays
// linear in the length of the text.

// aliases is a Folder's merged alias table.
type aliases struct {
	// single maps a folded one-word alias to its entity key. Keys map to
	// themselves, so that a key is never rewritten again.
	single map[string]string
	// multi maps the first word of a several-word alias (after single)
	// to the aliases starting with it, longest first.
	multi map[string][]aliasSeq
	// entities are the merged entities by key.
	entities map[string]*Entity
}

// aliasSeq is a several-word alias: its words after single, and its key.
type aliasSeq struct {
	words []string
	key   string
}

// buildAliases merges gazetteers in order; on a conflict the later wins.
func buildAliases(gs []*Gazetteer) *aliases {
	a := &aliases{
		single:   map[string]string{},
		multi:    map[string][]aliasSeq{},
		entities: map[string]*Entity{},
	}
	multi := map[string]aliasSeq{} // joined words -> alias, later wins
	var order []string             // joined words in first-seen order, for determinism
	for _, g := range gs {
		if g == nil {
			continue
		}
		for i, e := range g.entities {
			if m, ok := a.entities[e.Key]; ok {
				// A user file adding spellings to a default entity.
				m.Aliases = append(m.Aliases, e.Aliases...)
				if e.Note != "" {
					m.Note = e.Note
				}
				m.Name = e.Name
			} else {
				e.Aliases = slices.Clone(e.Aliases)
				a.entities[e.Key] = &e
			}
			// The key maps to itself unless a later gazetteer claims it.
			a.single[e.Key] = e.Key
			for _, seq := range g.folded[i] {
				if len(seq) == 1 {
					a.single[seq[0]] = e.Key
					continue
				}
				k := strings.Join(seq, " ")
				if _, ok := multi[k]; !ok {
					order = append(order, k)
				}
				multi[k] = aliasSeq{words: seq, key: e.Key}
			}
		}
	}
	// A later gazetteer may have made an earlier entity's key an alias of
	// its own entity. Every alias must then lead to the final entity, or
	// a key we emit would fold again to another (Text(Text(s)) != Text(s)).
	for w, k := range a.single {
		a.single[w] = a.resolve(k)
	}
	for _, k := range order {
		s := multi[k]
		w := make([]string, len(s.words))
		for i, x := range s.words {
			w[i] = a.canon(x)
		}
		a.multi[w[0]] = append(a.multi[w[0]], aliasSeq{words: w, key: a.resolve(s.key)})
	}
	for _, c := range a.multi {
		slices.SortStableFunc(c, func(x, y aliasSeq) int { return len(y.words) - len(x.words) })
	}
	return a
}

// resolve follows key through single until it reaches a key that maps to
// itself. A cycle (two user files making each other's keys aliases) is
// cut by making the key where it is found map to itself.
func (a *aliases) resolve(key string) string {
	seen := map[string]bool{}
	for {
		next, ok := a.single[key]
		if !ok || next == key {
			return key
		}
		if seen[key] {
			a.single[key] = key
			return key
		}
		seen[key] = true
		key = next
	}
}

// canon returns the key of a one-word alias, or w itself.
func (a *aliases) canon(w string) string {
	if k, ok := a.single[w]; ok {
		return k
	}
	return w
}

// apply replaces aliases in toks, in place, and returns the shortened
// slice.
func (a *aliases) apply(toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); {
		t := toks[i]
		t.Text = a.canon(t.Text)
		if n, key := a.match(toks, i, t.Text); n > 0 {
			// Replace the span by its key and look at it again: the key
			// may start a longer alias ("Almaty oblast" after "Alma-Ata").
			toks[i+n-1] = Token{Text: key, Start: t.Start, End: toks[i+n-1].End}
			i += n - 1
			continue
		}
		out = append(out, t)
		i++
	}
	return out
}

// match returns the length and key of the longest several-word alias at
// toks[i], whose first word is first, or 0.
func (a *aliases) match(toks []Token, i int, first string) (int, string) {
next:
	for _, s := range a.multi[first] {
		if i+len(s.words) > len(toks) {
			continue
		}
		for j := 1; j < len(s.words); j++ {
			if a.canon(toks[i+j].Text) != s.words[j] {
				continue next
			}
		}
		return len(s.words), s.key
	}
	return 0, ""
}
