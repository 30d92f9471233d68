package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/ingest"
)

// recorder is a saver that keeps what it is given.
type recorder struct {
	imp  *annals.Import
	recs []*annals.Record
}

func (r *recorder) ImportRecords(ctx context.Context, imp *annals.Import, recs []*annals.Record, progress func(int)) (annals.ImportResult, error) {
	r.imp, r.recs = imp, recs
	if progress != nil {
		progress(len(recs))
	}
	return annals.ImportResult{Origin: imp.Origin, New: len(recs)}, nil
}

const listing = "The heading of the page\n\n" +
	"Strike at the Karaganda mines\n\nBy Ana Smith, 3 May 2001\n\nMiners walked out over unpaid wages, the cafe\u0301 workers joined them.\n\n" +
	"Lockout in Temirtau\n\nBy Bo Jones, 9 June 2002\n\nThe owners   locked the gates for a month and the workers picketed every day.\n"

func TestImportNormalizesAndFillsTopic(t *testing.T) {
	rec := &recorder{}
	in := &ingest.Ingester{Store: rec}
	var progressed int
	res, p, err := in.Import(t.Context(), "page.txt", strings.NewReader(listing), ingest.Options{
		Topic:    annals.Topic{Slug: "kz"},
		Progress: func(done, total int) { progressed = done },
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || len(rec.recs) != 2 || progressed != 2 || p.Format != ingest.FormatListing {
		t.Fatalf("result %+v, %d records saved, progress %d", res, len(rec.recs), progressed)
	}
	if rec.imp.Topic.Title != "The heading of the page" || rec.imp.Origin != "page.txt" || rec.imp.Document != "The heading of the page" {
		t.Errorf("import = %+v, want the page heading as topic title and document", rec.imp)
	}
	s := rec.recs[0].Summary
	if strings.Contains(s, "e\u0301") || !strings.Contains(s, "café") {
		t.Errorf("summary not NFC: %q", s)
	}
	if strings.Contains(rec.recs[1].Summary, "  ") {
		t.Errorf("summary spaces not collapsed: %q", rec.recs[1].Summary)
	}
	for _, r := range rec.recs {
		if r.Provenance[0].Origin != "page.txt" || r.Provenance[0].Line == 0 {
			t.Errorf("provenance = %+v", r.Provenance)
		}
	}
}

func TestInputErrors(t *testing.T) {
	in := &ingest.Ingester{Store: &recorder{}, MaxSize: 1024}
	_, _, err := in.Import(t.Context(), "big.txt", strings.NewReader(strings.Repeat("x", 2000)), ingest.Options{Topic: annals.Topic{Slug: "kz"}})
	var ie *ingest.InputError
	if !errors.As(err, &ie) || annals.ErrorCode(err) != annals.ETOOLARGE || ie.Error() != "big.txt: input is larger than the 1 KiB limit; split it, or raise the limit with -max-size" {
		t.Errorf("too large: %v", err)
	}
	_, _, err = in.Import(t.Context(), "bad.txt", strings.NewReader("ok line\n\xff\xfe\n"), ingest.Options{Topic: annals.Topic{Slug: "kz"}})
	if !errors.As(err, &ie) || ie.Line != 2 || !strings.HasPrefix(ie.Error(), "bad.txt:2: ") {
		t.Errorf("invalid UTF-8: %v", err)
	}
	_, err = in.ParseBytes(t.Context(), "x", []byte("a"), ingest.ParseOptions{Format: "marc21"})
	if annals.ErrorCode(err) != annals.EINVALID || !strings.Contains(err.Error(), `format "marc21" is not known`) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestEmptyInputSavesNothing(t *testing.T) {
	rec := &recorder{}
	in := &ingest.Ingester{Store: rec}
	res, _, err := in.Import(t.Context(), "empty.txt", strings.NewReader("\n\n"), ingest.Options{Topic: annals.Topic{Slug: "kz"}})
	if err != nil || res.New != 0 || rec.imp != nil {
		t.Errorf("empty input: %+v, %v, saver called: %v", res, err, rec.imp != nil)
	}
}

// An HTML listing's items, found by its repeating blocks and read by its
// text lines: each record has the fields and the link of its block.
func TestHTMLListingReadsItems(t *testing.T) {
	in := &ingest.Ingester{}
	page := `<html><head><title>Strikes</title></head><body><nav><a href="/a">Home page of the site</a></nav><main>` +
		`<article class="post"><h2><a href="https://union.example/1">Dockers strike in the port of London</a></h2><time datetime="1889-08-14">14 August 1889</time><p>The great dock strike began over the dockers' tanner.</p></article>` +
		`<article class="post"><h2><a href="https://union.example/2">Matchgirls walk out at Bryant and May</a></h2><time datetime="1888-07-05">5 July 1888</time><p>Fourteen hundred women and girls struck.</p></article>` +
		`<article class="post"><h2><a href="https://union.example/3">Gasworkers win the eight-hour day</a></h2><time datetime="1889-03">March 1889</time><p>Will Thorne's union won without a strike.</p></article>` +
		`</main></body></html>`
	p, err := in.ParseBytes(t.Context(), "strikes.html", []byte(page), ingest.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Records) != 3 || p.Layout == "" {
		t.Fatalf("%d records, layout %q", len(p.Records), p.Layout)
	}
	r := p.Records[1]
	if r.Title != "Matchgirls walk out at Bryant and May" || r.URL != "https://union.example/2" || r.Date.String() != "1888-07-05" ||
		r.Summary != "Fourteen hundred women and girls struck." {
		t.Errorf("record = %+v", r)
	}
	if r := p.Records[2]; r.Date.String() != "1889-03" {
		t.Errorf("month-only date: %+v", r)
	}
}

// Text the table sniffer claims but that has no title column is read as
// the listing it is; asking for CSV keeps the table's error.
func TestSniffedTableFallsBackToListing(t *testing.T) {
	in := &ingest.Ingester{}
	text := "The dockers' strike in London, Jane Roe, Workers Weekly\n" +
		"Matchgirls walk out at the factory, John Doe, Harbour News\n" +
		"Gasworkers win the eight-hour day, Ann Lee, Daily Herald\n" +
		"Bakers close the ovens in Leeds, Sam Poe, Morning Post\n"
	if f := ingest.Detect([]byte(text)); f != ingest.FormatCSV {
		t.Fatalf("the sniffer no longer claims this text (%s); the test needs another example of a false table", f)
	}
	p, err := in.ParseBytes(t.Context(), "list.txt", []byte(text), ingest.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Format != ingest.FormatListing || len(p.Records) != 4 {
		t.Fatalf("format %s, %d records, want a listing of 4", p.Format, len(p.Records))
	}
	if _, err := in.ParseBytes(t.Context(), "list.txt", []byte(text), ingest.ParseOptions{Format: ingest.FormatCSV}); err == nil {
		t.Error("asking for CSV: no error, want the table's")
	}
}

// A journal's contents in HTML print each author in italics under the
// linked title, in no element a byline class names: the text lines read
// them, and the links stay the blocks'.
func TestHTMLContentsItalicAuthors(t *testing.T) {
	in := &ingest.Ingester{}
	page := `<h2>Issue 12</h2>` +
		`<p><a href="/files/12-okafor.pdf">Railway Workshops and the 1945 Strike</a><br /><em>Ruth Okafor</em></p>` +
		`<p><a href="/files/12-doyle.pdf">Carters, Coal and the Wexford Lock-out</a><br /><em>Frank Doyle &amp; Mei Ng</em></p>` +
		`<p><a href="/files/12-price.pdf">Nurses and the Health Service Unions, 1948–74</a><br /><em>Ellen Price</em></p>`
	p, err := in.ParseBytes(t.Context(), "issue.html", []byte(page), ingest.ParseOptions{URL: "https://history.example/issue-12/"})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Records) != 3 {
		t.Fatalf("%d records, layout %q", len(p.Records), p.Layout)
	}
	r := p.Records[1]
	if r.Title != "Carters, Coal and the Wexford Lock-out" || strings.Join(r.Authors, "; ") != "Frank Doyle; Mei Ng" || r.URL != "https://history.example/files/12-doyle.pdf" {
		t.Errorf("record = %+v", r)
	}
}
