package site

import (
	"bytes"
	"cmp"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/web"
)

// This file writes the browser's search: search.html (the server's search
// page with the results filled in by script), search/fold.js (the folding),
// search/search.js (query parsing and matching), and the index:
//
//	search/index.js      annalsSearch.init({...}): record count, shard
//	                     count, chunk size and the gazetteer's spellings
//	search/shard-N.js    annalsSearch.shard(N, {"key": "postings", ...})
//	search/meta-N.js     annalsSearch.meta(N, [[href, title, byline], ...])
//
// Everything is a script that calls a global, because Chromium refuses
// fetch and XHR from file:// pages but loads <script src>.
//
// Records are numbered newest first (by date, then id), so the results of
// a query come out in that order by walking its postings. A posting list
// is the ascending record numbers as base-36 gaps joined by commas. Keys
// are spread over shards by FNV-1a of their UTF-8 bytes, so a query loads
// one small file per word; meta files hold metaChunk records each, loaded
// for the results shown. All JSON is encoded by encoding/json, which
// escapes <, > and & so that no record text can end a script.
//
// Besides the folded words of title, authors, source and summary (the
// fields the server searches), the index has field keys: "topic:SLUG",
// "author:KEYS" and "source:KEYS" (the folded name, keys joined by "_"),
// and "year:YYYY", so that the links of topic, author and source pages
// ("search within") work.

//go:embed assets/fold.js assets/search.js
var assets embed.FS

const (
	// metaChunk is the number of records per meta file.
	metaChunk = 500
	// shardBytes is the size a shard of the index aims at.
	shardBytes = 300 << 10
)

// doc is what the index keeps of a record until it is numbered.
type doc struct {
	id           int64
	date         string // ISO, truncated to its precision; "" undated
	href, title  string
	byline       string
	scanPosition uint32
}

// indexStats describes the written index.
type indexStats struct {
	records, keys, shards int
}

// writeIndex writes the search index of recs, the whole archive in any
// order.
func writeIndex(ctx context.Context, recs []*annals.Record, f *fold.Folder, w *writer) (indexStats, error) {
	// postings[keyIndex[k]] are the records with the key k, in scan
	// order; one map lookup a word, as the index has millions. last[i]
	// is 1 + the last record posted under the key i, kept apart so that
	// a word the record has already had costs no visit to its postings.
	keyIndex := map[string]int32{}
	var postings [][]uint32
	var last []uint32
	var docs []doc
	addKey := func(k string, n uint32) {
		if k == "" {
			return
		}
		i, ok := keyIndex[k]
		if !ok {
			// Keys may share the bytes of the record's text; copy them so
			// the text can go.
			i = int32(len(postings))
			keyIndex[strings.Clone(k)] = i
			postings = append(postings, nil)
			last = append(last, 0)
		}
		if last[i] == n+1 {
			return // a word the record has more than once
		}
		last[i] = n + 1
		postings[i] = append(postings[i], n)
	}
	addText := func(s string, n uint32) {
		for _, t := range f.Tokens(s) {
			addKey(t.Text, n)
		}
	}
	for i, r := range recs {
		if i%4096 == 0 && ctx.Err() != nil {
			return indexStats{}, ctx.Err()
		}
		n := uint32(len(docs))
		addText(r.Title, n)
		addText(strings.Join(r.Authors, " ; "), n)
		addText(r.Source, n)
		addText(r.Summary, n)
		for _, t := range r.Topics {
			addKey("topic:"+t, n)
		}
		for _, a := range r.Authors {
			addKey(fieldKey(f, "author", a), n)
		}
		if r.Source != "" {
			addKey(fieldKey(f, "source", r.Source), n)
		}
		if !r.Date.IsZero() {
			addKey("year:"+strconv.Itoa(r.Date.Year), n)
		}
		docs = append(docs, doc{
			id: r.ID, date: r.Date.String(), title: r.DisplayTitle(), byline: web.Byline(r),
			href: "records/" + strconv.FormatInt(r.ID, 10) + ".html", scanPosition: n, // fileOf's name
		})
	}
	// Number the records newest first.
	slices.SortFunc(docs, func(a, b doc) int {
		if c := cmp.Compare(b.date, a.date); c != 0 {
			return c
		}
		return cmp.Compare(b.id, a.id)
	})
	rank := make([]uint32, len(docs))
	for i, d := range docs {
		rank[d.scanPosition] = uint32(i)
	}
	for i := 0; i < len(docs); i += metaChunk {
		if err := ctx.Err(); err != nil {
			return indexStats{}, err
		}
		rows := make([][3]string, 0, metaChunk)
		for _, d := range docs[i:min(i+metaChunk, len(docs))] {
			rows = append(rows, [3]string{d.href, d.title, d.byline})
		}
		b, err := json.Marshal(rows)
		if err != nil {
			return indexStats{}, err
		}
		if err := w.write(fmt.Sprintf("search/meta-%d.js", i/metaChunk), script("meta", i/metaChunk, b)); err != nil {
			return indexStats{}, err
		}
	}
	docs = nil

	// Renumber the postings and size the shards.
	keys := make([]string, 0, len(keyIndex))
	total := 0
	for k, i := range keyIndex {
		p := postings[i]
		for j, n := range p {
			p[j] = rank[n]
		}
		slices.Sort(p)
		keys = append(keys, k)
		total += len(k) + 6 + 3*len(p)
	}
	slices.Sort(keys)
	nShards := max(1, (total+shardBytes-1)/shardBytes)
	buckets := make([][]string, nShards)
	for _, k := range keys {
		s := shardOf(k, nShards)
		buckets[s] = append(buckets[s], k)
	}
	var buf bytes.Buffer
	for s, ks := range buckets {
		if err := ctx.Err(); err != nil {
			return indexStats{}, err
		}
		buf.Reset()
		fmt.Fprintf(&buf, "annalsSearch.shard(%d,{", s)
		for i, k := range ks {
			if i > 0 {
				buf.WriteByte(',')
			}
			kb, _ := json.Marshal(k)
			buf.Write(kb)
			buf.WriteString(`:"`)
			prev := uint32(0)
			for j, n := range postings[keyIndex[k]] {
				if j > 0 {
					buf.WriteByte(',')
				}
				buf.WriteString(strconv.FormatUint(uint64(n-prev), 36))
				prev = n
			}
			buf.WriteByte('"')
		}
		buf.WriteString("});\n")
		if err := w.write(fmt.Sprintf("search/shard-%d.js", s), buf.Bytes()); err != nil {
			return indexStats{}, err
		}
	}
	cfg := struct {
		Records   int     `json:"records"`
		Shards    int     `json:"shards"`
		Chunk     int     `json:"chunk"`
		Gazetteer [][]any `json:"gazetteer"`
		Built     string  `json:"built"`
	}{Records: len(rank), Shards: nShards, Chunk: metaChunk, Gazetteer: gazetteerData(), Built: time.Now().UTC().Format(time.RFC3339)}
	b, err := json.Marshal(cfg)
	if err != nil {
		return indexStats{}, err
	}
	if err := w.write("search/index.js", []byte("annalsSearch.init("+string(b)+");\n")); err != nil {
		return indexStats{}, err
	}
	return indexStats{records: len(rank), keys: len(keys), shards: nShards}, nil
}

// script wraps JSON as a call of the global annalsSearch.
func script(fn string, n int, data []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "annalsSearch.%s(%d,", fn, n)
	b.Write(data)
	b.WriteString(");\n")
	return b.Bytes()
}

// shardOf is the shard of a key: FNV-1a of its UTF-8 bytes, as in
// search.js.
func shardOf(k string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(k))
	return int(h.Sum32() % uint32(n))
}

// fieldKey is the key of an exact author or source name.
func fieldKey(f *fold.Folder, field, name string) string {
	t := f.Text(name)
	if t == "" {
		return ""
	}
	return field + ":" + strings.ReplaceAll(t, " ", "_")
}

// gazetteerData lists, per entity of the default gazetteer, its key, then
// its name and unambiguous spellings, for fold.js to build its alias
// table exactly as fold does.
func gazetteerData() [][]any {
	var out [][]any
	for _, e := range fold.DefaultGazetteer().Entities() {
		texts := []string{e.Name}
		for _, a := range e.Aliases {
			if !a.Ambiguous {
				texts = append(texts, a.Text)
			}
		}
		out = append(out, []any{e.Key, texts})
	}
	return out
}

// writeAssets copies the search scripts.
func writeAssets(w *writer) error {
	for _, name := range []string{"fold.js", "search.js"} {
		b, err := assets.ReadFile("assets/" + name)
		if err != nil {
			return err
		}
		if err := w.write("search/"+name, b); err != nil {
			return err
		}
	}
	return nil
}

// searchAddon is put at the end of the server's search page: a place for
// the results and the scripts that fill it.
const searchAddon = `<div id="static-results" class="results" aria-live="polite"></div>
<noscript><p class="problem">This copy of the archive has no server: its search runs in your browser and needs JavaScript. Every other page works without it.</p></noscript>
<script src="search/fold.js"></script>
<script src="search/search.js"></script>
<script src="search/index.js"></script>
`

// writeSearchPage writes search.html: the server's search page without a
// query, with the browser search added, links rewritten like any page's.
func writeSearchPage(ctx context.Context, h http.Handler, lk *linker, w *writer) error {
	page, _, err := lk.get(ctx, h, "/search")
	if err != nil {
		return err
	}
	i := bytes.LastIndex(page, []byte("</main>"))
	if i < 0 {
		return fmt.Errorf("render the search page: no </main>")
	}
	withAddon := slices.Concat(page[:i], []byte(searchAddon), page[i:])
	var out bytes.Buffer
	if err := lk.rewriteHTML(&out, withAddon, "search.html"); err != nil {
		return err
	}
	return w.write("search.html", out.Bytes())
}

// writeServed writes documents rendered once by the server's handler: the
// static assets and the OpenSearch description, whose addresses of the
// server are rewritten.
func writeServed(ctx context.Context, h http.Handler, lk *linker, w *writer, paths []string) error {
	for _, p := range paths {
		body, ct, err := lk.get(ctx, h, p)
		if err != nil {
			return err
		}
		u, err := url.Parse(p)
		if err != nil {
			return err
		}
		name := fileOf(u)
		if strings.Contains(ct, "xml") || strings.Contains(ct, "json") {
			var out bytes.Buffer
			lk.rewriteText(&out, body, name)
			body = out.Bytes()
		}
		if err := w.write(name, body); err != nil {
			return err
		}
	}
	return nil
}
