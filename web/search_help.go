package web

import (
	"context"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
)

// noResultsHelp explains an empty result: what each word was compared as,
// the spellings that were already included, and looser queries that do
// find something.
type noResultsHelp struct {
	Words       []foldedWord
	Suggestions []suggestion
}

// foldedWord is one query word and the key it was compared as.
type foldedWord struct {
	Text   string
	Folded string
	// Variants are the other spellings of a known name that were searched
	// too (Nazarbaev: Nazarbayev, Назарбаев, …).
	Variants []string
}

// variants lists the other spellings searched, for the help's sentence.
func (w foldedWord) variants() string {
	if len(w.Variants) == 0 {
		return ""
	}
	return ", which also covers " + strings.Join(w.Variants, ", ")
}

// suggestion is a looser query and how many records it finds.
type suggestion struct {
	Label string
	Query string
	URL   string
	Count int
}

// maxSuggestions bounds the looser queries tried, each a search.
const maxSuggestions = 4

func (s *Server) noResults(ctx context.Context, q *annals.Query) *noResultsHelp {
	f := s.DB.Folder
	if f == nil {
		f = fold.Default()
	}
	h := &noResultsHelp{}
	terms := annals.Terms(q.Text)
	for _, t := range terms {
		fw := foldedWord{Text: t.Text, Folded: f.Text(t.Text)}
		for _, tok := range f.Tokens(t.Text) {
			if e, ok := f.Entity(tok.Text); ok {
				for _, a := range e.Aliases {
					if !a.Ambiguous && !strings.EqualFold(a.Text, t.Text) && len(fw.Variants) < 12 {
						fw.Variants = append(fw.Variants, a.Text)
					}
				}
			}
		}
		h.Words = append(h.Words, fw)
	}
	// Looser queries, loosest last: drop the filters, drop the fields,
	// accept any of the words.
	var cands []suggestion
	hasFilters := len(q.Topics) > 0 || len(q.Languages) > 0 || !q.From.IsZero() || !q.To.IsZero()
	if hasFilters && q.Text != nil {
		cands = append(cands, suggestion{Label: "the same words anywhere in the archive", Query: trimParens(q.Text.String())})
	}
	var any, unfielded []string
	fielded := false
	for _, t := range terms {
		any = append(any, (&annals.Term{Text: t.Text, Phrase: t.Phrase}).String())
		unfielded = append(unfielded, (&annals.Term{Text: t.Text, Phrase: t.Phrase}).String())
		fielded = fielded || t.Field != ""
	}
	if fielded {
		cands = append(cands, suggestion{Label: "the words in any field", Query: strings.Join(unfielded, " ")})
	}
	if len(terms) > 1 {
		cands = append(cands, suggestion{Label: "any of the words", Query: strings.Join(any, " OR ")})
	}
	for _, t := range terms {
		if t.Phrase && len(strings.Fields(t.Text)) > 1 {
			cands = append(cands, suggestion{Label: "the words of the phrase in any order", Query: t.Text})
			break
		}
	}
	for _, c := range cands[:min(len(cands), maxSuggestions)] {
		pq, err := annals.ParseQuery(c.Query)
		if err != nil || pq.Text == nil {
			continue
		}
		res, err := s.DB.Search(ctx, pq, annals.SearchOptions{Limit: 1})
		if err != nil || res.Total == 0 {
			continue
		}
		c.Count, c.URL = res.Total, searchURL(c.Query)
		h.Suggestions = append(h.Suggestions, c)
	}
	return h
}

// trimParens removes the parentheses Node.String puts around a top-level
// group.
func trimParens(s string) string {
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && !strings.Contains(s[1:len(s)-1], "(") {
		return s[1 : len(s)-1]
	}
	return s
}
