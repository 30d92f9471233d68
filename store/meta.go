package store

import (
	"fmt"
	"strings"

	"github.com/labor-annals/annals"
)

// Filter keys are indexed as tokens in the fold_meta column of the FTS5
// index: "_len"/"_lengb" (language and full tag), "_t17" (topic id). Dates
// need none: they are ranges of the index's rowids (see order.go). The underscore keeps them apart from folded words,
// which have only letters and digits, also in the index's term counts.
// A filter then becomes FTS5 terms that the engine intersects with the
// words' doclists, which is far cheaper than joining each match to the
// records table to test a column. No word can collide with them: they live
// in their own column.

// metaText returns the fold_meta tokens of a record in the given topics.
func metaText(r *annals.Record, topicIDs []int64) string {
	var b strings.Builder
	add := func(format string, args ...any) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('_')
		fmt.Fprintf(&b, format, args...)
	}
	if l := strings.ToLower(r.Language); l != "" {
		primary, _, _ := strings.Cut(l, "-")
		add("l%s", primary)
		if full := strings.ReplaceAll(l, "-", ""); full != primary {
			add("l%s", full)
		}
	}
	for _, id := range topicIDs {
		add("t%d", id)
	}
	return b.String()
}

// metaTerm limits a token to the meta column.
func metaTerm(tok string) string { return `fold_meta : "_` + tok + `"` }

// anyOf is an FTS5 OR of meta tokens; one token needs no parentheses.
func anyOf(toks []string) string {
	terms := make([]string, len(toks))
	for i, t := range toks {
		terms[i] = metaTerm(t)
	}
	return group(terms, " OR ")
}
