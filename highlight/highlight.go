// Package highlight marks the words of a text that matched a search, on
// the original text: the words are compared by their folded keys (so
// "Nazarbaev" marks "Назарбаев"), but what is shown is what was written.
// It also cuts long texts down to a snippet around the matches.
package highlight

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
)

// Fragments cuts text into fragments, marking every run of words whose
// folded keys equal one of terms (each a sequence of keys: a word or a
// phrase). When max > 0 and text is longer than max bytes, only a window
// of about max bytes around the best matches is kept, with "…" where text
// was cut.
func Fragments(f *fold.Folder, text string, terms [][]string, max int) []annals.Fragment {
	if text == "" {
		return nil
	}
	var marks [][2]int // byte spans of matches, in order, not overlapping
	if max > 0 {
		marks = findEarly(f, text, terms, max)
	} else {
		marks, _ = find(f, text, 0, terms)
	}
	lo, hi := 0, len(text)
	if max > 0 && len(text) > max {
		lo, hi = window(text, marks, max)
	}
	var out []annals.Fragment
	if lo > 0 {
		out = append(out, annals.Fragment{Text: "…"})
	}
	pos := lo
	for _, m := range marks {
		if m[1] <= lo || m[0] >= hi {
			continue
		}
		start, end := max2(m[0], lo), min(m[1], hi)
		if start > pos {
			out = append(out, annals.Fragment{Text: text[pos:start]})
		}
		out = append(out, annals.Fragment{Text: text[start:end], Match: true})
		pos = end
	}
	if pos < hi {
		out = append(out, annals.Fragment{Text: text[pos:hi]})
	}
	if hi < len(text) {
		out = append(out, annals.Fragment{Text: "…"})
	}
	return out
}

// find returns the byte spans of matches in text (offset by off), in
// order, not overlapping, and the tokens read.
func find(f *fold.Folder, text string, off int, terms [][]string) ([][2]int, []fold.Token) {
	toks := f.Tokens(text)
	var marks [][2]int
	for i := 0; i < len(toks); {
		n := matchAt(toks, i, terms)
		if n == 0 {
			i++
			continue
		}
		marks = append(marks, [2]int{off + toks[i].Start, off + toks[i+n-1].End})
		i += n
	}
	return marks, toks
}

// findEarly is find for a snippet of about size bytes: it reads text a
// window at a time and stops a window after the first one holding a match,
// since the snippet will not reach further. (Folding every word of long
// abstracts was a third of a search's time for common words.) A window
// starts again at the last words of the one before, as many as the longest
// term has less one, so that no phrase is lost at a seam.
func findEarly(f *fold.Folder, text string, terms [][]string, size int) [][2]int {
	longest := 1
	for _, t := range terms {
		longest = max(longest, len(t))
	}
	var marks [][2]int
	start, after := 0, -1 // after: windows still to read once a match is found
	for start < len(text) && after != 0 {
		end := min(len(text), start+size)
		if end < len(text) {
			if cut := strings.LastIndexByte(text[start:end], ' '); cut > 0 {
				end = start + cut
			} else if next := strings.IndexByte(text[end:], ' '); next >= 0 {
				end += next
			} else {
				end = len(text)
			}
		}
		found, toks := find(f, text[start:end], start, terms)
		for _, m := range found {
			// Words carried over from the last window were matched
			// there already.
			if len(marks) == 0 || m[0] >= marks[len(marks)-1][1] {
				marks = append(marks, m)
			}
		}
		switch {
		case after > 0:
			after--
		case len(marks) > 0:
			after = 1
		}
		next := end
		if end < len(text) && longest > 1 && len(toks) >= longest {
			next = start + toks[len(toks)-longest+1].Start
		}
		start = max(next, start+1)
	}
	return marks
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// matchAt returns how many tokens from toks[i] match the longest of terms,
// or 0.
func matchAt(toks []fold.Token, i int, terms [][]string) int {
	best := 0
	for _, t := range terms {
		if len(t) <= best || i+len(t) > len(toks) {
			continue
		}
		ok := true
		for j, k := range t {
			if toks[i+j].Text != k {
				ok = false
				break
			}
		}
		if ok {
			best = len(t)
		}
	}
	return best
}

// window chooses a span of about size bytes holding the most matches,
// starting a little before the first of them, and cut at spaces.
func window(text string, marks [][2]int, size int) (int, int) {
	start := 0
	if len(marks) > 0 {
		// Slide over the marks and keep the start that covers the most.
		best, bestN := marks[0][0], 0
		for i, m := range marks {
			n := 0
			for _, o := range marks[i:] {
				if o[1]-m[0] > size {
					break
				}
				n++
			}
			if n > bestN {
				best, bestN = m[0], n
			}
		}
		// Leave some words of context before the first match.
		start = max2(0, best-size/5)
	}
	end := min(len(text), start+size)
	if end == len(text) {
		start = max2(0, end-size)
	}
	start = cutAtSpace(text, start, false)
	end = cutAtSpace(text, end, true)
	return start, end
}

// cutAtSpace moves i to a word boundary: forward to after a space when
// forward is false (the start of a window), backward to a space when true.
func cutAtSpace(text string, i int, backward bool) int {
	if i <= 0 || i >= len(text) {
		return i
	}
	if backward {
		if j := strings.LastIndexByte(text[:i], ' '); j > 0 && i-j < 40 {
			return j
		}
	} else if j := strings.IndexByte(text[i:], ' '); j >= 0 && j < 40 {
		return i + j + 1
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// Terms returns the folded key sequences to mark for a query: every word
// and phrase in it that is not excluded.
func Terms(f *fold.Folder, n annals.Node) [][]string {
	var out [][]string
	for _, t := range annals.Terms(n) {
		var seq []string
		for _, tok := range f.Tokens(t.Text) {
			seq = append(seq, tok.Text)
		}
		if len(seq) > 0 && !slices.ContainsFunc(out, func(s []string) bool { return slices.Equal(s, seq) }) {
			out = append(out, seq)
		}
	}
	return out
}
