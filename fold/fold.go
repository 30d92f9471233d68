// Package fold turns text into search keys: the same key for every way of
// writing a word that a reader would count as the same (case, diacritics,
// script, romanisation, known aliases). It is used at index time and at
// query time by every store dialect, so both sides always agree.
//
// Folding has three steps. Each word is normalised (NFKC, lower case, no
// diacritics) and transliterated to Latin (word.go, translit.go). Its
// romanisation variants are folded onto one spelling: Nazarbayev,
// Nazarbaev, Nazarbajew, Nazarbaïev and Назарбаев all become "nazarbaev"
// (roman.go). Finally, spellings listed in the gazetteer, possibly several
// words long (Alma-Ata, Ust-Kamenogorsk, Novy Uzen), are replaced by their
// entity's key (gazetteer.go, alias.go).
//
// Keys are not meant to be read. Folding is idempotent: a key folds to
// itself, so Text(Text(s)) == Text(s) and folded text can be stored and
// folded again. Rules that would merge ordinary words (west/vest,
// year/ear) are confined to words shaped like Russian-style surnames, and
// gazetteer spellings that are also ordinary words (Oral, Verny,
// Shevchenko, Frunze) are listed but not folded; roman.go and
// gazetteer.txt say which merges were accepted.
//
// fold owns no storage: it does not know about SQL, FTS5 or tsvector.
package fold

import (
	"strings"
	"sync"
)

// Token is one folded word and where it came from in the original text.
type Token struct {
	// Text is the folded key.
	Text string
	// Start and End are byte offsets of the word in the original string.
	// For an alias of several words they span all of it.
	Start, End int
}

// Folder folds text with a set of gazetteers. It is safe for concurrent
// use.
type Folder struct {
	aliases *aliases
	words   wordCache
}

// wordCache remembers the keys of words already folded. Folding a word
// (normalisation, transliteration, romanisation rules) costs far more than
// a map lookup, and text repeats its words: the same few thousand make up
// most of any archive, at import and when snippets are highlighted. The
// first wordCacheSize distinct words are kept, which are the frequent
// ones; the rest are folded each time.
type wordCache struct {
	mu sync.RWMutex
	m  map[string]string // word → key
}

const wordCacheSize = 1 << 17

func (c *wordCache) fold(sc *scratch, w string) string {
	c.mu.RLock()
	k, ok := c.m[w]
	full := len(c.m) >= wordCacheSize
	c.mu.RUnlock()
	if ok {
		return k
	}
	k = sc.word(w)
	if len(w) <= 32 && !full {
		// Copies, so that the cache does not pin the text the word
		// came from.
		c.mu.Lock()
		if c.m == nil {
			c.m = make(map[string]string)
		}
		c.m[strings.Clone(w)] = strings.Clone(k)
		c.mu.Unlock()
	}
	return k
}

// New returns a Folder using the default gazetteer followed by gs. When
// two gazetteers give one spelling to different entities, the later one
// wins; an entity with the key of an earlier one adds its aliases to it.
func New(gs ...*Gazetteer) *Folder {
	all := append([]*Gazetteer{DefaultGazetteer()}, gs...)
	return &Folder{aliases: buildAliases(all)}
}

// defaultFolder is the Folder behind the package-level functions, built
// on first use.
var defaultFolder = sync.OnceValue(func() *Folder { return New() })

// Default returns the Folder with the embedded gazetteer only.
func Default() *Folder { return defaultFolder() }

// Tokens splits s into words and folds each one, replacing known aliases,
// with the default Folder.
func Tokens(s string) []Token { return defaultFolder().Tokens(s) }

// Text folds s to a string of space-separated keys with the default
// Folder.
func Text(s string) string { return defaultFolder().Text(s) }

// Word folds one word, without aliases. It is the same for every Folder.
func Word(w string) string {
	var sc scratch
	return sc.word(w)
}

// Tokens splits s into words, folds each one and replaces known aliases by
// their entity's key. Words that fold to nothing (a lone soft sign) are
// left out. Tokens are in text order, and Start/End are byte offsets into
// s.
func (f *Folder) Tokens(s string) []Token {
	var sc scratch
	toks := make([]Token, 0, len(s)/6+1)
	words(s, func(start, end int) {
		if w := f.words.fold(&sc, s[start:end]); w != "" {
			toks = append(toks, Token{Text: w, Start: start, End: end})
		}
	})
	return f.aliases.apply(toks)
}

// Text folds s to a string of space-separated keys, what an index column
// or a query holds. Text(Text(s)) == Text(s).
func (f *Folder) Text(s string) string {
	toks := f.Tokens(s)
	var b strings.Builder
	n := len(toks)
	for _, t := range toks {
		n += len(t.Text)
	}
	b.Grow(n)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// Word folds one word, without aliases: the key it would have in Tokens
// unless it is part of an alias. Characters that are not letters or
// digits are dropped.
func (f *Folder) Word(w string) string { return Word(w) }

// Entity returns the entity with the given key, merged across the
// Folder's gazetteers, so that a search page can show the spellings a
// query also matched.
func (f *Folder) Entity(key string) (Entity, bool) {
	e, ok := f.aliases.entities[key]
	if !ok {
		return Entity{}, false
	}
	c := *e
	c.Aliases = append([]Alias(nil), e.Aliases...)
	return c, true
}
