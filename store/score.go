package store

import (
	"context"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Relevance is bm25 as FTS5 computes it (fts5_aux.c), with one weight per
// column of records_fts. FTS5's own bm25() is used when its cost is small;
// otherwise score computes the same formula in Go (see score).
var bm25Weights = [...]float64{
	10, // fold_title
	5,  // fold_authors
	3,  // fold_source
	1,  // fold_summary
	0,  // fold_meta: filter keys never count
	2,  // fold_pairs: a matched two-word phrase, wherever it is
}

// bm25SQL is FTS5's bm25() with bm25Weights.
var bm25SQL = func() string {
	parts := make([]string, len(bm25Weights))
	for i, w := range bm25Weights {
		parts[i] = fmt.Sprintf("%.1f", w)
	}
	return "bm25(records_fts, " + strings.Join(parts, ", ") + ")"
}()

// fieldColumns is how many of records_fts's columns are folded fields
// (title, authors, source, summary); meta and pairs follow.
const fieldColumns = 4

// ftsColumns are the columns of records_fts, in order.
var ftsColumns = [...]string{"fold_title", "fold_authors", "fold_source", "fold_summary", "fold_meta", "fold_pairs"}

func columnIndex(name string) int {
	for i, c := range ftsColumns {
		if c == name {
			return i
		}
	}
	return -1
}

// scorePhrase is one phrase of a compiled query as bm25 sees it: folded
// keys that must follow each other, in one column or (col -1) any.
type scorePhrase struct {
	keys []string
	col  int
}

// expr is the phrase alone as an FTS5 expression.
func (p scorePhrase) expr() string {
	e := `"` + strings.ReplaceAll(strings.Join(p.keys, " "), `"`, `""`) + `"`
	if p.col >= 0 {
		e = ftsColumns[p.col] + " : " + e
	}
	return e
}

// bm25 parameters, as FTS5 fixes them.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// score sets the bm25 score of every candidate, computed in Go exactly as
// FTS5's bm25() would, except that a phrase's document frequency past the
// candidate bound is estimated. FTS5's bm25() counts, on its first call,
// every row holding each phrase of the expression, filter keys included
// (a year key can hold a tenth of the archive): 5 to 30 ms at a million
// records for a query with a handful of matches. Here the cost is one
// bounded scan per phrase and one read of the candidates' folded text.
func (s *searcher) score(ctx context.Context, cands []candidate) error {
	if len(cands) == 0 {
		return nil
	}
	nRow, avgdl, err := s.averages(ctx)
	if err != nil {
		return err
	}
	idf := make([]float64, len(s.text.phrases))
	for i, p := range s.text.phrases {
		if bm25Weights[max(p.col, 0)] == 0 && p.col >= 0 {
			continue // a filter key weighs nothing
		}
		hits, err := s.scan(ctx, p.expr(), candidateCap+1, false, false, allKeys, nil)
		if err != nil {
			return err
		}
		nHit := float64(len(hits))
		if len(hits) > candidateCap {
			est, err := s.estimate(ctx, hits[:candidateCap], allKeys)
			if err != nil {
				return err
			}
			nHit = float64(est)
		}
		idf[i] = math.Log((float64(nRow) - nHit + 0.5) / (nHit + 0.5))
		if idf[i] <= 0 {
			idf[i] = 1e-6
		}
	}

	args := make([]any, len(cands))
	at := make(map[int64]int, len(cands))
	for i, c := range cands {
		args[i] = c.id
		at[c.key] = i
	}
	// The folded text of the four fields, for the phrases' instances (a
	// word pair's instances are adjacent words of one field, as the pairs
	// column is written), and the row's size in tokens per column as FTS5
	// recorded it.
	rows, err := s.tx.query(ctx, `SELECT f.key, f.fold_title, f.fold_authors, f.fold_source, f.fold_summary, d.sz
		FROM record_folds f JOIN records_fts_docsize d ON d.id = f.key WHERE f.record_id IN (`+placeholders(len(args))+`)`, args...)
	if err != nil {
		return fmt.Errorf("score: %w", err)
	}
	defer rows.Close()
	var text [fieldColumns]string
	var toks [fieldColumns][]string
	var sizes []byte
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &text[0], &text[1], &text[2], &text[3], &sizes); err != nil {
			return fmt.Errorf("score: %w", err)
		}
		for c := range text {
			toks[c] = ftsTokens(toks[c][:0], text[c])
		}
		d, err := rowSize(sizes)
		if err != nil {
			return fmt.Errorf("score record %d: %w", recordID(id), err)
		}
		score := 0.0
		for i, p := range s.text.phrases {
			freq := 0.0
			for c := range ftsColumns {
				if (p.col < 0 || p.col == c) && bm25Weights[c] != 0 {
					freq += bm25Weights[c] * float64(columnInstances(toks[:], c, p.keys))
				}
			}
			score += idf[i] * (freq * (bm25K1 + 1)) / (freq + bm25K1*(1-bm25B+bm25B*float64(d)/avgdl))
		}
		cands[at[id]].score = -score
	}
	return rows.Err()
}

// averages returns the number of rows and the mean row size in tokens,
// from the record FTS5 keeps of them (rowid 1 of its data table: the row
// count, then the total tokens of each column, as SQLite varints).
func (s *searcher) averages(ctx context.Context) (nRow int64, avgdl float64, err error) {
	var blob []byte
	if err := s.tx.queryRow(ctx, `SELECT block FROM records_fts_data WHERE id = 1`).Scan(&blob); err != nil {
		return 0, 0, fmt.Errorf("read index averages: %w", err)
	}
	n, k := sqliteVarint(blob)
	if k == 0 || n == 0 {
		return 0, 1, nil
	}
	total := uint64(0)
	for i := 0; i < len(ftsColumns); i++ {
		blob = blob[k:]
		var t uint64
		if t, k = sqliteVarint(blob); k == 0 {
			return 0, 0, fmt.Errorf("read index averages: truncated record")
		}
		total += t
	}
	return int64(n), float64(total) / float64(n), nil
}

// sqliteVarint decodes SQLite's big-endian varint: seven bits per byte
// while the high bit is set, the ninth byte whole. It returns the bytes
// read, 0 when b is too short.
func sqliteVarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < 9; i++ {
		if i >= len(b) {
			return 0, 0
		}
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return v, 9
}

// ftsTokens splits folded text as the index's tokenizer does (unicode61
// with '_' as a token character): runs of letters, digits, private-use
// characters and underscores.
func ftsTokens(dst []string, s string) []string {
	start := -1
	for i, r := range s {
		var in bool
		if r < utf8.RuneSelf {
			// Folded text is mostly ASCII: no table lookups.
			in = r == '_' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
		} else {
			in = unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// columnInstances counts the instances of a phrase in column c of a row
// whose four field columns are toks: in a field column, where keys occur
// one after the other; in the pairs column (one key, a word pair), where
// the pair's words are adjacent in a field. The meta column holds filter
// keys, which weigh nothing, and is not read.
func columnInstances(toks [][]string, c int, keys []string) int {
	if c < fieldColumns {
		return instances(toks[c], keys)
	}
	if ftsColumns[c] != "fold_pairs" || len(keys) != 1 {
		return 0
	}
	a, b, ok := strings.Cut(keys[0], "_")
	if !ok {
		return 0
	}
	n := 0
	for _, field := range toks {
		n += instances(field, []string{a, b})
	}
	return n
}

// rowSize sums a row's size in tokens from FTS5's docsize record: one
// SQLite varint per column.
func rowSize(sz []byte) (int, error) {
	d := 0
	for range ftsColumns {
		v, k := sqliteVarint(sz)
		if k == 0 {
			return 0, fmt.Errorf("read row size: truncated record")
		}
		d += int(v)
		sz = sz[k:]
	}
	return d, nil
}

// instances counts where keys occur in a row of tokens, one after the
// other.
func instances(toks, keys []string) int {
	n := 0
	for i := 0; i+len(keys) <= len(toks); i++ {
		match := true
		for j, k := range keys {
			if toks[i+j] != k {
				match = false
				break
			}
		}
		if match {
			n++
		}
	}
	return n
}
