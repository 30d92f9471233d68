// Package demo holds the sample input the demo archive is built from: the
// two seed pages annals began with, kept with the addresses they were
// copied from. They are the project owner's own sample input.
package demo

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/ingest"
	"github.com/labor-annals/annals/store"
)

//go:embed seeds/*.txt
var seeds embed.FS

// Seed is one sample listing.
type Seed struct {
	// Name is the file name, used as the import's origin.
	Name string
	// Origin is the web page the text was copied from.
	Origin string
	// Data is the listing text.
	Data []byte
}

// origins names where each seed was copied from.
var origins = map[string]string{
	"000_059e76d5e61e40e2.txt": "https://www8.wsws.org/en/topics/country/kazakhstan/",
	"001_ba85f78859bd2607.txt": "http://hartford-hwp.com/archives/53/index-bd.html",
}

// The topic the demo files the seeds under.
const (
	TopicSlug        = "kazakhstan"
	TopicTitle       = "Kazakhstan"
	TopicDescription = "Working-class history of Kazakhstan and news about it, gathered from a labor-history archive and a news site's topic page."
)

// Seeds returns the sample listings in import order.
func Seeds() ([]Seed, error) {
	names, err := fs.Glob(seeds, "seeds/*.txt")
	if err != nil {
		return nil, err
	}
	out := make([]Seed, 0, len(names))
	for _, n := range names {
		b, err := seeds.ReadFile(n)
		if err != nil {
			return nil, err
		}
		name := n[len("seeds/"):]
		out = append(out, Seed{Name: name, Origin: origins[name], Data: b})
	}
	return out, nil
}

// Build imports the seed pages into db under the demo topic, as a user
// would with 'annals import -topic kazakhstan', calling report (if not
// nil) after each page.
func Build(ctx context.Context, db *store.DB, report func(Seed, annals.ImportResult)) error {
	seeds, err := Seeds()
	if err != nil {
		return fmt.Errorf("read seeds: %w", err)
	}
	in := &ingest.Ingester{Store: db, Logger: db.Logger}
	for _, s := range seeds {
		res, _, err := in.Import(ctx, s.Name, bytes.NewReader(s.Data), ingest.Options{
			Topic: annals.Topic{Slug: TopicSlug, Title: TopicTitle, Description: TopicDescription},
		})
		if err != nil {
			return fmt.Errorf("import seed %s: %w", s.Name, err)
		}
		if report != nil {
			report(s, res)
		}
	}
	return nil
}
