package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	"github.com/mmcdole/gofeed/rss"
)

// maxWrapTag bounds the root and channel start tags that recovery repeats
// around every item, so that a hostile feed cannot make it quadratic.
const maxWrapTag = 16 << 10

// parseXML reads an RSS or Atom feed. When the whole feed is not
// well-formed it falls back to reading the header and each item on its own.
func parseXML(src source) (*parsed, error) {
	r, _, err := findRoot(src.text)
	if err != nil {
		return nil, notAFeed(src.text)
	}
	l := scan(src.text, r)
	f, err := parseWhole(src.reader(), r.atom)
	if err != nil {
		line, msg := xmlErrorLine(err)
		return recoverItems(src.text, l, Problem{Line: line, Msg: "feed is not well-formed XML (" + msg + "); read item by item", Skipped: false}, err)
	}
	if len(f.items) == len(l.items) {
		for i := range f.items {
			f.items[i].line = l.items[i].line
		}
	} else if len(f.items) < len(l.items) {
		// The XML parser recovered from broken markup (a stray end tag,
		// say) by dropping items silently; reading item by item keeps
		// them, or says which are lost.
		line := 1
		for _, s := range l.items {
			if !s.closed {
				line = s.line
				break
			}
		}
		why := Problem{Line: line, Msg: fmt.Sprintf("feed markup is broken: %d items found but %d read; read item by item", len(l.items), len(f.items)), Skipped: false}
		if rf, err := recoverItems(src.text, l, why, nil); err == nil && len(rf.items) > len(f.items) {
			return rf, nil
		}
	}
	// Otherwise the two read the markup differently, and lines are
	// unknown.
	f.nestedProblems(l)
	return f, nil
}

// parseWhole parses a whole RSS or Atom document with gofeed.
func parseWhole(r io.Reader, isAtom bool) (*parsed, error) {
	if isAtom {
		af, err := (&atom.Parser{}).Parse(r)
		if err != nil {
			return nil, err
		}
		gf, err := (&gofeed.DefaultAtomTranslator{}).Translate(af)
		if err != nil {
			return nil, err
		}
		p := newParsed(gf, true)
		for i, e := range af.Entries {
			if e.Source != nil {
				p.items[i].source = e.Source.Title
			}
		}
		return p, nil
	}
	rf, err := (&rss.Parser{}).Parse(r)
	if err != nil {
		return nil, err
	}
	// The image scan parses every item's HTML a second time to find
	// pictures we do not use.
	gf, err := (&gofeed.DefaultRSSTranslator{DisableContentImageScan: true}).Translate(rf)
	if err != nil {
		return nil, err
	}
	p := newParsed(gf, false)
	for i, it := range rf.Items {
		p.items[i].rss = it
		if it.Source != nil {
			p.items[i].source = it.Source.Title
		}
	}
	return p, nil
}

// nestedProblems reports the empty items inside other items, which gofeed
// (like every feed reader) does not count.
func (p *parsed) nestedProblems(l layout) {
	for _, n := range l.nested {
		p.problems = append(p.problems, Problem{Line: n.line, Msg: fmt.Sprintf("empty item inside the item at line %d; skipped", l.items[n.parent].line), Skipped: true})
	}
}

// recoverItems reads a feed that is not well-formed XML piece by piece:
// the header (everything before the first item) for the feed's title and
// link, then each item wrapped in the root (and channel) start tags. An
// item that still does not parse is reported and skipped.
//
// why is the Problem that explains the fallback; perr, when not nil, is
// the error of the whole parse, returned as a *SyntaxError when there are
// no items to recover.
func recoverItems(text []byte, l layout, why Problem, perr error) (*parsed, error) {
	r := l.root
	wrapLen := r.tag.end - r.tag.start + r.channel.end - r.channel.start
	if len(l.items) == 0 || wrapLen > maxWrapTag {
		if perr == nil {
			perr = errors.New(why.Msg)
		}
		line, msg := xmlErrorLine(perr)
		return nil, &SyntaxError{Line: line, Msg: "feed is not well-formed XML: " + msg, Err: perr}
	}
	var open, closing []byte
	open = append(open, text[r.tag.start:r.tag.end]...)
	if r.channel.name != nil {
		open = append(open, text[r.channel.start:r.channel.end]...)
		closing = fmt.Appendf(closing, "</%s>", r.channel.name)
	}
	closing = fmt.Appendf(closing, "</%s>", r.tag.name)

	var buf bytes.Buffer
	buf.Write(text[:l.items[0].start])
	buf.Write(closing)
	p, err := parseWhole(bytes.NewReader(buf.Bytes()), r.atom)
	var problems []Problem
	if err != nil {
		// Without the header we still have the items, but not the feed's
		// title, language or link.
		hl, hmsg := xmlErrorLine(err)
		problems = append(problems, Problem{Line: hl, Msg: "feed header is not well-formed XML (" + hmsg + "); feed title and link lost", Skipped: false})
		p = &parsed{atom: r.atom}
	} else {
		p.items = nil
	}
	problems = append(problems, why)

	for _, s := range l.items {
		buf.Reset()
		buf.Write(open)
		buf.Write(text[s.start:s.end])
		buf.Write(closing)
		one, err := parseWhole(bytes.NewReader(buf.Bytes()), r.atom)
		if err != nil || len(one.items) != 1 {
			msg := "item is not well-formed XML"
			if err != nil {
				_, m := xmlErrorLine(err)
				msg += " (" + m + ")"
			}
			problems = append(problems, Problem{Line: s.line, Msg: msg + "; skipped", Skipped: true})
			continue
		}
		it := one.items[0]
		it.line = s.line
		p.items = append(p.items, it)
	}
	p.problems = append(problems, p.problems...)
	p.nestedProblems(l)
	return p, nil
}

// lineInMsg finds the line in goxpp's errors, which do not wrap
// *xml.SyntaxError.
var lineInMsg = regexp.MustCompile(`line (\d+)`)

// xmlErrorLine returns the line an XML error is on (1 when unknown) and
// its message without the position.
func xmlErrorLine(err error) (int, string) {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Line, se.Msg
	}
	msg := err.Error()
	if m := lineInMsg.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
			return n, msg
		}
	}
	return 1, msg
}
