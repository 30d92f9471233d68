package listing

import "testing"

// Page numbers of a table of contents and page labels of a paged list
// are one kind of furniture; a headline that opens with a page word is not.
func TestIsPageRange(t *testing.T) {
	for s, want := range map[string]bool{
		"pp. 1–10": true, "p. 5": true, "S. 12-20": true, "с. 5–10": true, "Página 2": true,
		"Seite 3 von 12": true, "Page 2 of 9": true, "Sivu 2": true, "Страница 4": true,
		"Page 2 of the report": false, "Side 3 wins the vote": false, "Seite": false, "page one": false,
		"Pages from a strike diary": false,
	} {
		if got := isPageRange(s); got != want {
			t.Errorf("isPageRange(%q) = %v, want %v", s, got, want)
		}
	}
}
