package highlight_test

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
	"github.com/labor-annals/annals/highlight"
)

func render(fs []annals.Fragment) string {
	var b strings.Builder
	for _, f := range fs {
		if f.Match {
			b.WriteString("[" + f.Text + "]")
		} else {
			b.WriteString(f.Text)
		}
	}
	return b.String()
}

func terms(t *testing.T, q string) [][]string {
	t.Helper()
	pq, err := annals.ParseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	return highlight.Terms(fold.Default(), pq.Text)
}

func TestFragments(t *testing.T) {
	f := fold.Default()
	tests := []struct {
		text, query, want string
		max               int
	}{
		{"President Nursultan Nazarbaev has banned unions.", "Nazarbayev", "President Nursultan [Nazarbaev] has banned unions.", 0},
		{"Президент Назарбаев подписал закон", "nazarbaev", "Президент [Назарбаев] подписал закон", 0},
		{"Police massacre striking oil workers, police say", `"police massacre"`, "[Police massacre] striking oil workers, police say", 0},
		{"Strikers face police in Kentau", "strikers -police", "[Strikers] face police in Kentau", 0},
		{"Nothing here", "zhanaozen", "Nothing here", 0},
		{"Workers in Chimkent and Shymkent", "Шымкент", "Workers in [Chimkent] and [Shymkent]", 0},
	}
	for _, tt := range tests {
		got := render(highlight.Fragments(f, tt.text, terms(t, tt.query), tt.max))
		if got != tt.want {
			t.Errorf("Fragments(%q, %q) = %q, want %q", tt.text, tt.query, got, tt.want)
		}
	}
}

func TestSnippetWindow(t *testing.T) {
	f := fold.Default()
	text := strings.Repeat("The long report goes on about other things entirely. ", 20) +
		"Then the strike at the Metallist plant in Uralsk began. " +
		strings.Repeat("More words follow here without any match at all. ", 20)
	fs := highlight.Fragments(f, text, terms(t, "strike"), 200)
	got := render(fs)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, "[strike]") {
		t.Fatalf("snippet = %q", got)
	}
	if n := len(got); n > 260 {
		t.Errorf("snippet is %d bytes, want about 200", n)
	}
	// Fragments are the original text, in order: joined they are a
	// substring of it.
	var plain strings.Builder
	for _, fr := range fs[1 : len(fs)-1] {
		plain.WriteString(fr.Text)
	}
	if !strings.Contains(text, plain.String()) {
		t.Errorf("fragments do not join into the original text")
	}
	if got := highlight.Fragments(f, "", terms(t, "x"), 10); got != nil {
		t.Errorf("empty text gave %v", got)
	}
}

// TestSnippetLongText checks both parts of a long text's reading: a match
// early on is found without the rest, and a match only far in is still
// found and shown.
func TestSnippetLongText(t *testing.T) {
	f := fold.Default()
	filler := strings.Repeat("More words follow here without any match at all. ", 60)
	for _, text := range []string{
		"The strike began in Uralsk. " + filler,
		filler + "Then the strike at the Metallist plant in Uralsk began. " + filler,
		filler + "At the very end, the strike.",
	} {
		got := render(highlight.Fragments(f, text, terms(t, "strike"), 200))
		if !strings.Contains(got, "[strike]") {
			t.Errorf("no match marked in a %d-byte text: %q", len(text), got)
		}
		if len(got) > 260 {
			t.Errorf("snippet is %d bytes, want about 200", len(got))
		}
	}
}

// TestSnippetPhraseAtSeam moves a phrase across the place where the reader
// of long texts goes from one window to the next: it is marked wherever it
// falls.
func TestSnippetPhraseAtSeam(t *testing.T) {
	f := fold.Default()
	filler := strings.Repeat("More words follow here without any match at all. ", 30)
	for pad := 150; pad <= 260; pad++ {
		text := strings.Repeat("x", pad%7+1) + " " + filler[:pad] + " police massacre in Zhanaozen " + filler
		got := render(highlight.Fragments(f, text, terms(t, `"police massacre"`), 200))
		if !strings.Contains(got, "[police massacre]") {
			t.Fatalf("pad %d: phrase not marked: %q", pad, got)
		}
	}
}
