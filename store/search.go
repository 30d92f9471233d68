package store

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/highlight"
)

// Search bounds. FTS5's bm25 is costly at scale in two ways: it reads the
// length of every match it scores (a B-tree lookup each), and on its first
// call in a statement it counts every row holding each phrase of the
// expression (to weigh rare words up), which for a common word or a filter
// key means walking a doclist of hundreds of thousands of rows. So:
//
//   - matches are collected, ids only, up to candidateCap, in the index's
//     order (newest first; see order.go); below it everything is exact:
//     total, bm25 order (FTS5's bm25() for one phrase, the same formula
//     in Go when filters or more words would make FTS5 count big
//     doclists; see score.go), facets;
//   - above it, no bm25 and no document-frequency count runs: the total is
//     estimated from how far into the archive's order the candidates
//     reach, relevance order is a cheap pre-order (matches in the title,
//     then everything else, newest first within each), and facets are
//     counted over those candidates. SearchResult says when figures are
//     estimates.
//
// The bound trades exactness for time: each ranked match costs a lookup
// (about 5 µs at a million records), and 200 keeps a query's worst case
// near a millisecond of ranking.
const (
	candidateCap = 200
	maxOffset    = 10000
	// snippetLen is the length in bytes of a summary snippet.
	snippetLen = 300
)

// SearchRecords parses q and runs it; see Search.
func (db *DB) SearchRecords(ctx context.Context, q string, offset, limit int) ([]*annals.Record, int, error) {
	pq, err := annals.ParseQuery(q)
	if err != nil {
		return nil, 0, err
	}
	if pq.Text == nil {
		return nil, 0, annals.Errorf(annals.EINVALID, "Search for at least one word.")
	}
	res, err := db.Search(ctx, pq, annals.SearchOptions{Offset: offset, Limit: limit})
	if err != nil {
		return nil, 0, err
	}
	recs := make([]*annals.Record, len(res.Hits))
	for i, h := range res.Hits {
		recs[i] = h.Record
	}
	return recs, res.Total, nil
}

// Search runs a parsed query and returns one page of hits with snippets,
// the total and, when asked, facets.
//
// It returns EINVALID when the query has nothing to search for (only
// punctuation, say) or cannot run (an OR whose side only excludes).
func (db *DB) Search(ctx context.Context, q *annals.Query, opts annals.SearchOptions) (*annals.SearchResult, error) {
	limit, offset := pageBounds(opts.Offset, opts.Limit)
	if offset > maxOffset {
		return nil, annals.Errorf(annals.EINVALID, "Results can be paged through only to %d; narrow the query instead.", maxOffset)
	}
	text, err := compileText(q.Text, db.folder())
	if err != nil {
		return nil, err
	}
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()

	s := &searcher{tx: tx, q: q, text: text, want: offset + limit}
	if err := s.compileFilters(ctx); err != nil {
		return nil, err
	}
	res := &annals.SearchResult{Query: q, Offset: offset, Limit: limit}
	ranked, err := s.run(ctx)
	if err != nil {
		return nil, err
	}
	res.Total, res.TotalExact = s.total, s.exact
	if opts.Facets {
		res.FacetsExact = s.whole
		if !s.whole {
			res.FacetSample = len(s.sample)
		}
		if res.Facets, err = facets(ctx, tx, s.sample); err != nil {
			return nil, err
		}
	}
	var page []int64
	if offset < len(ranked) {
		page = ranked[offset:min(offset+limit, len(ranked))]
	}
	recs, err := loadRecords(ctx, tx, page)
	if errors.Is(err, errNoRecord) {
		return nil, fmt.Errorf("search: a record vanished during the read transaction")
	} else if err != nil {
		return nil, err
	}
	terms := highlight.Terms(db.folder(), q.Text)
	res.Hits = make([]*annals.Hit, 0, len(recs))
	for _, r := range recs {
		res.Hits = append(res.Hits, &annals.Hit{
			Record:  r,
			Title:   highlight.Fragments(db.folder(), r.DisplayTitle(), terms, 0),
			Summary: highlight.Fragments(db.folder(), r.Summary, terms, snippetLen),
		})
	}
	return res, nil
}

// searcher holds one search's compiled pieces inside its transaction.
type searcher struct {
	tx   *Tx
	q    *annals.Query
	text ftsQuery
	want int // offset + limit: how many ranked ids the page needs

	filter string     // FTS5 expression over fold_meta; "" for none
	days   *dayRange  // the date filter; nil for none
	keys   keyRange   // the order keys the date filter admits
	skip   []keyRange // keys inside keys it leaves out
	none   bool       // a filter that nothing can pass (an unknown topic)

	total  int
	exact  bool    // total is exact
	sample []int64 // the candidates facets are counted over
	whole  bool    // sample holds every match
}

// compileFilters turns topic, language and date filters into FTS5 terms on
// the meta column.
func (s *searcher) compileFilters(ctx context.Context) error {
	q := s.q
	var parts []string
	if len(q.Topics) > 0 {
		args := make([]any, len(q.Topics))
		for i, t := range q.Topics {
			args[i] = t
		}
		rows, err := s.tx.query(ctx, `SELECT id FROM topics WHERE slug IN (`+placeholders(len(args))+`)`, args...)
		if err != nil {
			return fmt.Errorf("find topics: %w", err)
		}
		ids, err := scanIDs(rows)
		if err != nil {
			return err
		}
		if len(ids) == 0 {
			s.none = true
		}
		var toks []string
		for _, id := range ids {
			toks = append(toks, "t"+strconv.FormatInt(id, 10))
		}
		parts = append(parts, anyOf(toks))
	}
	if len(q.Languages) > 0 {
		var toks []string
		for _, l := range q.Languages {
			toks = append(toks, "l"+strings.ReplaceAll(strings.ToLower(l), "-", ""))
		}
		parts = append(parts, anyOf(toks))
	}
	s.keys = allKeys
	if !q.From.IsZero() || !q.To.IsZero() {
		days := dateDays(q.From, q.To)
		s.days = &days
		if days.empty() {
			s.none = true
		}
		s.keys, s.skip = days.keys()
	}
	s.filter = group(parts, " AND ")
	return nil
}

// match returns the FTS5 expression for text and filters together, with
// text replaced by the given expression; "" when there is neither.
func (s *searcher) match(text string) string {
	m := group(nonEmpty(text, s.filter), " AND ")
	if s.text.exclude != "" && m != "" {
		m = "(" + m + ") NOT (" + s.text.exclude + ")"
	}
	return m
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// run finds the candidates, counts the matches and returns the ranked ids
// of at least the first s.want results (fewer when there are fewer).
func (s *searcher) run(ctx context.Context) ([]int64, error) {
	if s.none {
		s.exact, s.whole = true, true
		return nil, nil
	}
	full := s.match(s.text.match)
	if full == "" {
		return s.runWithoutIndex(ctx)
	}
	sortBy := s.q.Sort
	if sortBy == annals.SortRelevance && s.text.match == "" {
		sortBy = annals.SortDateDesc
	}
	// A first pass reads ids only, in the index's order (newest first):
	// it decides whether the match set is small enough to rank whole,
	// without paying bm25 for matches that will not be ranked.
	cands, err := s.scan(ctx, full, candidateCap+1, false, false, s.keys, s.skip)
	if err != nil {
		return nil, err
	}
	s.exact = len(cands) <= candidateCap
	s.whole = s.exact
	if s.exact {
		s.total = len(cands)
	} else {
		cands = cands[:candidateCap]
		if s.total, err = s.estimate(ctx, cands, s.keys); err != nil {
			return nil, err
		}
	}
	if sortBy != annals.SortRelevance {
		s.sample = ids(cands)
		return s.byDate(ctx, full, cands, sortBy)
	}
	switch {
	case !s.exact && s.text.anyField && !s.text.phrase:
		// Too many to rank: matches in the title come first, then the
		// rest, newest first within each. (Not for phrases: finding
		// them in titles alone would cost more than the search.) Only
		// as many title matches as the page needs are read.
		title, err := s.scan(ctx, s.match(s.text.titleMatch), min(s.want, candidateCap), false, false, s.keys, s.skip)
		if err != nil {
			return nil, err
		}
		seen := make(map[int64]bool, len(title))
		for _, c := range title {
			seen[c.key] = true
		}
		for _, c := range cands {
			if !seen[c.key] && len(title) < candidateCap {
				title = append(title, c)
			}
		}
		cands = title
	case !s.exact:
		// Too many to rank, and no title pass applies: newest first,
		// as read.
	case len(s.text.phrases) == 1 && s.filter == "" && s.text.exclusions == 0:
		// Few enough to rank them all by bm25, and FTS5's bm25() is
		// cheap here: the only rows it counts are these matches.
		if cands, err = s.scan(ctx, full, candidateCap, true, false, s.keys, s.skip); err != nil {
			return nil, err
		}
		sortByScore(cands)
	default:
		// Few enough to rank them all by bm25, computed in Go: FTS5's
		// would first count every row holding any of the words or
		// filter keys.
		if err := s.score(ctx, cands); err != nil {
			return nil, err
		}
		sortByScore(cands)
	}
	ranked := ids(cands)
	s.sample = ranked[:len(ranked):len(ranked)]
	if !s.exact && s.want > len(cands) {
		// A page past the pre-ordered candidates: the other matches
		// follow in the index's order.
		more, err := s.scan(ctx, full, s.want+len(cands), false, false, s.keys, s.skip)
		if err != nil {
			return nil, err
		}
		in := make(map[int64]bool, len(cands))
		for _, c := range cands {
			in[c.key] = true
		}
		for _, c := range more {
			if len(ranked) >= s.want {
				break
			}
			if !in[c.key] {
				ranked = append(ranked, c.id)
			}
		}
	}
	return ranked, nil
}

// candidate is a match: its order key (the index's rowid), its record id
// and its bm25 score (lower is better).
type candidate struct {
	key   int64
	id    int64
	score float64
}

func ids(cs []candidate) []int64 {
	out := make([]int64, len(cs))
	for i, c := range cs {
		out[i] = c.id
	}
	return out
}

func sortByScore(cs []candidate) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score < cs[j].score })
}

// scan returns up to n matches of an FTS5 expression whose keys lie in
// within and outside skip, in the index's
// order (newest first) or, with desc, the reverse; with scored, each is
// scored by bm25 in the same pass, so that scoring costs in proportion to
// n, not to the number of matches.
func (s *searcher) scan(ctx context.Context, match string, n int, scored, desc bool, within keyRange, skip []keyRange) ([]candidate, error) {
	if within.empty() {
		return nil, nil
	}
	// bm25 weights: title, authors, source, summary, meta (filter keys,
	// which do not count) and pairs (a matched phrase, wherever it is).
	score := "0.0"
	if scored {
		score = bm25SQL
	}
	q := `SELECT rowid, ` + score + ` FROM records_fts WHERE records_fts MATCH ? AND rowid BETWEEN ? AND ?`
	args := []any{match, within.lo, within.hi}
	for _, k := range skip {
		q += ` AND rowid NOT BETWEEN ? AND ?`
		args = append(args, k.lo, k.hi)
	}
	dir := "ASC"
	if desc {
		dir = "DESC"
	}
	rows, err := s.tx.query(ctx, q+` ORDER BY rowid `+dir+` LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	out := make([]candidate, 0, 64)
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.key, &c.score); err != nil {
			return nil, err
		}
		c.id = recordID(c.key)
		out = append(out, c)
	}
	return out, rows.Err()
}

// estimate returns the number of matches when there are more than the
// candidates, the first matches in the index's order: it scales their
// number by the share of the records in within (the key range scanned)
// that lie up to the last candidate's key, on the assumption that matches
// spread evenly over the archive's order. The share comes from the number
// of records per date (see histogram). An exact count, even of one word from
// the index's document frequencies, walks the word's whole doclist: 14 ms
// for a word in half of a million records.
func (s *searcher) estimate(ctx context.Context, cands []candidate, within keyRange) (int, error) {
	h, err := s.tx.db.histogram(ctx, s.tx)
	if err != nil {
		return 0, err
	}
	before := h.upTo(within.lo - 1)
	seen := h.upTo(cands[len(cands)-1].key) - before
	all := h.upTo(within.hi) - before
	n := int(float64(len(cands)) * all / max(seen, 1))
	return max(n, len(cands)+1), nil
}

// byDate returns the ids of the first s.want matches in date order;
// cands are the first matches in the index's order.
func (s *searcher) byDate(ctx context.Context, full string, cands []candidate, sortBy annals.Sort) ([]int64, error) {
	if sortBy == annals.SortDateDesc {
		// The index's own order.
		if s.exact || s.want <= len(cands) {
			return ids(cands), nil
		}
		more, err := s.scan(ctx, full, s.want, false, false, s.keys, s.skip)
		return ids(more), err
	}
	// Oldest first: the dated matches backwards, then the undated ones
	// backwards (lowest id first), as the pages list them.
	if s.exact {
		var dated, undated []int64
		for i := len(cands) - 1; i >= 0; i-- {
			if cands[i].key < undatedKey {
				dated = append(dated, cands[i].id)
			} else {
				undated = append(undated, cands[i].id)
			}
		}
		return append(dated, undated...), nil
	}
	dated, err := s.scan(ctx, full, s.want, false, true, s.keys.intersect(datedKeys), s.skip)
	if err != nil || len(dated) >= s.want {
		return ids(dated), err
	}
	undated, err := s.scan(ctx, full, s.want-len(dated), false, true, s.keys.intersect(undatedKeys), s.skip)
	return append(ids(dated), ids(undated)...), err
}

// runWithoutIndex serves queries with no words and no filters but dates
// (everything, by date) and those with nothing but exclusions, from the
// records table.
func (s *searcher) runWithoutIndex(ctx context.Context) ([]int64, error) {
	where, args := s.recordsWhere()
	if err := s.tx.queryRow(ctx, `SELECT count(*) FROM records WHERE `+where, args...).Scan(&s.total); err != nil {
		return nil, fmt.Errorf("count records: %w", err)
	}
	s.exact = true
	dir := "DESC"
	if s.q.Sort == annals.SortDateAsc {
		dir = "ASC"
	}
	rows, err := s.tx.query(ctx, `SELECT id FROM records WHERE `+where+` ORDER BY date_text = '' ASC, date_text `+dir+`, id `+dir+` LIMIT ?`,
		append(args, max(s.want, candidateCap))...)
	if err != nil {
		return nil, fmt.Errorf("list records: %w", err)
	}
	out, err := scanIDs(rows)
	if err != nil {
		return nil, err
	}
	s.sample = out
	if len(out) > candidateCap {
		s.sample = out[:candidateCap]
	}
	s.whole = s.total <= candidateCap
	return out, nil
}

// keyToID is recordID in SQL, for the index's rowids.
const keyToID = `4294967295 - (rowid & 4294967295)`

// recordsWhere returns a condition on the records table for a query with
// no words to find and no filters but dates: the date filter and the
// exclusions ("1 = 1" without either), and its arguments.
func (s *searcher) recordsWhere() (string, []any) {
	where, args := "1 = 1", []any{}
	if s.days != nil {
		lo, hi, skip := s.days.texts()
		where, args = `date_text >= ? AND date_text <= ?`, []any{lo, hi}
		for _, t := range skip {
			where += ` AND date_text <> ?`
			args = append(args, t)
		}
	}
	if s.text.exclude != "" {
		where += ` AND id NOT IN (SELECT ` + keyToID + ` FROM records_fts WHERE records_fts MATCH ?)`
		args = append(args, s.text.exclude)
	}
	return where, args
}

// facetLimit bounds the values listed per facet.
const facetLimit = 20

// facets counts the records ids by year, decade, author, source, topic and
// language.
func facets(ctx context.Context, tx *Tx, ids []int64) (annals.Facets, error) {
	f := annals.Facets{}
	if len(ids) == 0 {
		return f, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	in := placeholders(len(ids))
	count := func(q string) ([]annals.FacetCount, error) {
		rows, err := tx.query(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("count facet: %w", err)
		}
		defer rows.Close()
		var out []annals.FacetCount
		for rows.Next() {
			var fc annals.FacetCount
			if err := rows.Scan(&fc.Value, &fc.Count); err != nil {
				return nil, err
			}
			out = append(out, fc)
		}
		return out, rows.Err()
	}
	var err error
	if f.Years, err = count(`SELECT CAST(date_year AS TEXT), count(*) FROM records WHERE id IN (` + in + `) AND date_year IS NOT NULL GROUP BY date_year ORDER BY date_year`); err != nil {
		return f, err
	}
	f.Decades = decades(f.Years)
	top := func(rows []annals.FacetCount) []annals.FacetCount {
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].Count > rows[j].Count })
		if len(rows) > facetLimit {
			rows = rows[:facetLimit]
		}
		return rows
	}
	if f.Authors, err = count(`SELECT name, count(DISTINCT record_id) FROM record_authors WHERE record_id IN (` + in + `) GROUP BY name ORDER BY count(DISTINCT record_id) DESC, name LIMIT ` + strconv.Itoa(facetLimit)); err != nil {
		return f, err
	}
	if f.Sources, err = count(`SELECT source, count(*) FROM records WHERE id IN (` + in + `) AND source <> '' GROUP BY source ORDER BY count(*) DESC, source LIMIT ` + strconv.Itoa(facetLimit)); err != nil {
		return f, err
	}
	if f.Topics, err = count(`SELECT t.slug, count(*) FROM record_topics rt JOIN topics t ON t.id = rt.topic_id WHERE rt.record_id IN (` + in + `) GROUP BY t.slug ORDER BY count(*) DESC, t.slug`); err != nil {
		return f, err
	}
	f.Topics = top(f.Topics)
	if f.Languages, err = count(`SELECT language, count(*) FROM records WHERE id IN (` + in + `) AND language <> '' GROUP BY language ORDER BY count(*) DESC, language`); err != nil {
		return f, err
	}
	f.Languages = top(f.Languages)
	return f, nil
}

// decades sums year counts into decades ("1990s").
func decades(years []annals.FacetCount) []annals.FacetCount {
	var out []annals.FacetCount
	for _, y := range years {
		n, err := strconv.Atoi(y.Value)
		if err != nil {
			continue
		}
		d := strconv.Itoa(n/10*10) + "s"
		if len(out) > 0 && out[len(out)-1].Value == d {
			out[len(out)-1].Count += y.Count
		} else {
			out = append(out, annals.FacetCount{Value: d, Count: y.Count})
		}
	}
	return out
}

// ftsQuery is a text condition compiled for FTS5.
type ftsQuery struct {
	// match must hold; "" when the query has no words to require.
	match string
	// exclude must not hold; set only when the query has nothing but
	// exclusions.
	exclude string
	// anyField reports that some term is not limited to one field, so a
	// title-only variant of match means something.
	anyField bool
	// titleMatch is match with every unlimited term limited to titles.
	titleMatch string
	// phrase reports a term of several words, whose title-only variant
	// would check word positions in every title holding the words.
	phrase bool
	// phrases are the phrases of match that bm25 scores; exclusions
	// counts the excluded terms (bm25 counts their rows too).
	phrases    []scorePhrase
	exclusions int
}

// columnOf maps query fields to the folded FTS5 columns.
var columnOf = map[string]string{
	annals.FieldTitle:  "fold_title",
	annals.FieldAuthor: "fold_authors",
	annals.FieldSource: "fold_source",
}

// compileText turns the query's text condition into FTS5 MATCH syntax.
// Every word is folded and written as a quoted FTS5 string, so no user
// input is ever read as FTS5 syntax.
func compileText(n annals.Node, f *fold.Folder) (ftsQuery, error) {
	if n == nil {
		return ftsQuery{}, nil
	}
	c := &compiler{f: f}
	pos, neg, err := c.node(n, "")
	if err != nil {
		return ftsQuery{}, err
	}
	if pos == "" && neg == "" {
		return ftsQuery{}, annals.Errorf(annals.EINVALID, "The query has no words to search for; letters or digits are needed.")
	}
	out := ftsQuery{anyField: c.anyField, phrase: c.phrase, phrases: c.phrases, exclusions: c.excluded}
	if pos == "" {
		out.exclude = neg
		return out, nil
	}
	out.match = pos
	if neg != "" {
		out.match = "(" + pos + ") NOT (" + neg + ")"
	}
	if c.anyField {
		tc := &compiler{f: f}
		tpos, tneg, _ := tc.node(n, "fold_title")
		out.titleMatch = tpos
		if tneg != "" {
			// Exclusions still apply to every field.
			out.titleMatch = "(" + tpos + ") NOT (" + neg + ")"
		}
	}
	return out, nil
}

type compiler struct {
	f        *fold.Folder
	anyField bool
	phrase   bool // some term has several tokens

	phrases  []scorePhrase // of the terms to find, for bm25
	negated  int           // depth of exclusions around the current term
	excluded int           // terms compiled under an exclusion
}

// node compiles n into a positive expression and an expression of what
// to exclude; either may be empty. force, when set, limits unlimited
// terms to that column.
func (c *compiler) node(n annals.Node, force string) (pos, neg string, err error) {
	switch n := n.(type) {
	case *annals.Term:
		return c.term(n, force), "", nil
	case *annals.Not:
		// Exclusions are not limited by force: -x excludes x anywhere.
		c.negated++
		p, ng, err := c.node(n.Node, "")
		c.negated--
		if err != nil {
			return "", "", err
		}
		if ng != "" {
			return "", "", annals.Errorf(annals.EINVALID, "A double exclusion (-(-x)) is not supported; write the word plainly.")
		}
		return "", p, nil
	case *annals.And:
		var ps, ns []string
		for _, child := range n.Nodes {
			p, ng, err := c.node(child, force)
			if err != nil {
				return "", "", err
			}
			if p != "" && ng != "" {
				p = "(" + p + ") NOT (" + ng + ")"
				ng = ""
			}
			if p != "" {
				ps = append(ps, p)
			}
			if ng != "" {
				ns = append(ns, ng)
			}
		}
		return group(ps, " AND "), group(ns, " OR "), nil
	case *annals.Or:
		var ps []string
		for _, child := range n.Nodes {
			p, ng, err := c.node(child, force)
			if err != nil {
				return "", "", err
			}
			if p == "" && ng != "" {
				return "", "", annals.Errorf(annals.EINVALID, "Each side of OR needs a word to find, not only words to exclude.")
			}
			if ng != "" {
				p = "(" + p + ") NOT (" + ng + ")"
			}
			if p != "" {
				ps = append(ps, p)
			}
		}
		return group(ps, " OR "), "", nil
	}
	return "", "", nil
}

// term compiles one word or phrase: its folded tokens as one FTS5 phrase,
// limited to a column when the term names a field.
func (c *compiler) term(t *annals.Term, force string) string {
	toks := c.f.Tokens(t.Text)
	if len(toks) == 0 {
		return ""
	}
	keys := make([]string, len(toks))
	for i, tok := range toks {
		keys[i] = tok.Text
	}
	if len(keys) > 1 {
		c.phrase = true
	}
	// A word that folds to several tokens ("co-op", "Nur-Sultan" before
	// aliasing) is searched as the phrase it is.
	expr := `"` + strings.ReplaceAll(strings.Join(keys, " "), `"`, `""`) + `"`
	col := columnOf[t.Field]
	if col == "" {
		c.anyField = true
		col = force
	}
	c.scored(keys, col)
	if col != "" {
		return col + " : " + expr
	}
	switch {
	case len(keys) == 2:
		// A two-word phrase is exactly its pair token: one doclist to
		// read, instead of word positions in every record holding both
		// words (costly for "in the").
		return `fold_pairs : "` + pairKey(keys[0], keys[1]) + `"`
	case len(keys) > 2:
		// Longer phrases: the pairs narrow the records first, and the
		// positions are checked only in those.
		parts := make([]string, 0, len(keys))
		for i := 0; i+1 < len(keys); i++ {
			parts = append(parts, `fold_pairs : "`+pairKey(keys[i], keys[i+1])+`"`)
		}
		expr = "(" + strings.Join(parts, " AND ") + " AND " + expr + ")"
	}
	return expr
}

// scored records the phrases a term adds to the expression, as bm25 will
// see them: the term itself (in its column, or in any), or for a phrase
// with no column its word pairs, each in the pairs column, and for one of
// three or more words also the phrase itself.
func (c *compiler) scored(keys []string, col string) {
	if c.negated > 0 {
		c.excluded++
		return
	}
	switch {
	case col != "":
		c.phrases = append(c.phrases, scorePhrase{keys: keys, col: columnIndex(col)})
	case len(keys) == 1:
		c.phrases = append(c.phrases, scorePhrase{keys: keys, col: -1})
	default:
		pairs := columnIndex("fold_pairs")
		for i := 0; i+1 < len(keys); i++ {
			c.phrases = append(c.phrases, scorePhrase{keys: []string{pairKey(keys[i], keys[i+1])}, col: pairs})
		}
		if len(keys) > 2 {
			c.phrases = append(c.phrases, scorePhrase{keys: keys, col: -1})
		}
	}
}

func group(parts []string, op string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return "(" + strings.Join(parts, op) + ")"
}
