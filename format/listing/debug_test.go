package listing

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugItems prints the classified lines of $LISTING_DEBUG; it is a
// development aid and skips otherwise.
func TestDebugItems(t *testing.T) {
	path := os.Getenv("LISTING_DEBUG")
	if path == "" {
		t.Skip("set LISTING_DEBUG=file to print its classified lines")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := textLines(data)
	order := inferOrder(lines)
	items := mergeAdjacent(classifyAll(lines, order))
	applySuffixes(items)
	for i := range items {
		it := &items[i]
		fmt.Printf("%3d %c %q a=%q s=%q d=%v t=%q r=%.40q\n", it.no, sym(it), trunc(it.body, 60), it.authors, it.source, it.date, trunc(it.title, 40), it.rest)
	}
	sp := chooseSplit(items)
	fmt.Printf("start=%c modal=%s header=%d score=%.2f\n", sp.start, sp.modal, sp.headerEnd, sp.score)
	for _, c := range startPreference {
		isStart := func(i int) bool { return sym(&items[i]) == byte(c) }
		if c == '*' {
			isStart = func(i int) bool { return items[i].bullet != 0 }
		}
		s := trySplit(items, byte(c), 0, isStart)
		fmt.Printf("  %c: score %.2f modal %s\n", c, s.score, s.modal)
	}
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
