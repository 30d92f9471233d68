package listing

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// Every chrome prefix is compared whole, however long, and in capitals
// too: "This article is also available in …", "Читайте также: …".
func TestChromePrefixesWholeLength(t *testing.T) {
	for _, p := range chromePrefixes {
		r, n := utf8.DecodeRuneInString(p)
		line := string(unicode.ToUpper(r)) + p[n:] + " the rest of the line"
		if !isChrome(line) {
			t.Errorf("isChrome(%q) = false, want true", line)
		}
	}
}

// A row of page links is read with the links around its numbers and a
// label before them; a count or a headline with numbers is not one.
func TestPageLinks(t *testing.T) {
	for s, want := range map[string]bool{
		"1 2 3 … 11":                         true,
		"Previous 1 2 3 … 7 Next":            true,
		"1 2 3 … Last":                       true,
		"Pagination : < 1 2 3 4 5 >":         true,
		"Pages: 1 2 3":                       true,
		"Seiten: 1 2 3 … 9 weiter":           true,
		"< Previous 1 2 3 4 5 ... 15 Next >": true,
		"( 1 2 3 … Last Page)":               true,
		"1 245":                              false,
		"Pages: 12 miners":                   false,
		"Strike day 1 2 3":                   false,
		"Vol. 3: 1 2 3":                      false,
	} {
		if got := isPageLinks(s); got != want {
			t.Errorf("isPageLinks(%q) = %v, want %v", s, got, want)
		}
	}
}

// A credit names who took the picture; an archive's item described by
// its form names what it shows.
func TestCreditOrDescribedItem(t *testing.T) {
	for s, want := range map[string]bool{
		"Photograph: Jane Doe":                               true,
		"Photo: Kerem Yucel/AFP":                             true,
		"Photograph: pickets at the gates of Tilbury Docks":  false,
		"Poster: strikers' children's Christmas party, 1926": false,
	} {
		if got := isChrome(s); got != want {
			t.Errorf("isChrome(%q) = %v, want %v", s, got, want)
		}
	}
}

// A forum's counters, their labels and their counts in thousands, are
// furniture; a headline with a number is not.
func TestThreadCounters(t *testing.T) {
	for s, want := range map[string]bool{
		"Views":                      true,
		"Replies":                    true,
		"9K":                         true,
		"1.2K":                       true,
		"14k":                        true,
		"2M":                         true,
		"K2":                         false,
		"9K workers walk out":        false,
		"Views from the picket line": false,
	} {
		if got := isChrome(s); got != want {
			t.Errorf("isChrome(%q) = %v, want %v", s, got, want)
		}
	}
}

// A blog's pager links are furniture, whichever words it uses.
func TestPagerLines(t *testing.T) {
	for _, s := range []string{"« Previous Entries", "Next Entries »", "Older posts", "← Previous posts", "Newer Entries"} {
		if !isChrome(s) {
			t.Errorf("isChrome(%q) = false, want true", s)
		}
	}
}

// A wire agency's credit ends a caption with the agency in capitals and
// the photographer's capitalised name; a headline naming a poll, or a
// slash between words, is no credit.
func TestAgencyCreditTail(t *testing.T) {
	for s, want := range map[string]bool{
		"Picketing workers outside the plant in Washington, U.S. REUTERS/Jane Roe":                     true,
		"A worker walks past containers at the port in Sydney, Australia. REUTERS/Jane Roe/File Photo": true,
		"A construction worker shelters from the sun in Doha, August 2024. (AFP/Karim Jaafar)":         true,
		"Miners at the pit head during the strike. Photo taken in 1984. Kerem Yucel/AFP":               true,
		"Mineworkers at the shaft entrance during the sit-in. (Jane Roe/Gallo Images)":                 true,
		"Dockers rejected the offer. (Updated/corrected version)":                                      false,
		"Most voters back the strike, a Reuters/Ipsos poll shows":                                      false,
		"Most voters back the strike, a REUTERS/Ipsos poll shows":                                      false,
		"Workers and/or their unions must be consulted before the change":                              false,
		"Dockers walk out at the port over the new rota, union says":                                   false,
	} {
		if got := agencyCreditTail(s); got != want {
			t.Errorf("agencyCreditTail(%q) = %v, want %v", s, got, want)
		}
	}
}

// An event's hours alone on a line are times of day; a bare number, an
// age ("6h") or a headline with a time in it are not.
func TestTimesOfDay(t *testing.T) {
	for s, want := range map[string]bool{
		"1 pm":                true,
		"10 am – 3 pm":        true,
		"12:00 pm - 2:00 pm":  true,
		"9.30am–5pm":          true,
		"18:00–20:00":         true,
		"17h30":               true,
		"9 to 5 p.m.":         true,
		"6h":                  false,
		"12":                  false,
		"1–2":                 false,
		"2024–2025":           false,
		"Strike at 5 pm":      false,
		"10 am – 3 pm – 6 pm": false,
	} {
		if got := timesOfDay(s); got != want {
			t.Errorf("timesOfDay(%q) = %v, want %v", s, got, want)
		}
	}
}

// A caption may credit its picture as "Picture by": the line is
// furniture however long.
func TestPictureByCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"Workers at a rubber glove factory during a shift change. — Picture by Jane Roe": true,
		"Pictures of the 1926 strike, by the union's own photographer":                   false,
	} {
		if got := isChrome(s); got != want {
			t.Errorf("isChrome(%q) = %v, want %v", s, got, want)
		}
	}
}

// A town and its state or country alone is a place, not a headline; a
// catalogue's "Surname, Forename" is none, and neither is a headline
// naming a country.
func TestPlaceLines(t *testing.T) {
	for s, want := range map[string]bool{
		"Charlotte, North Carolina":      true,
		"Halifax, Nova Scotia":           true,
		"Karaganda, Kazakhstan":          true,
		"Woolf, Virginia":                false,
		"Strikes spread, Kazakhstan":     false,
		"Miners walk out in Ohio":        false,
		"Dockers Strike Again, New York": false,
	} {
		if got := isChrome(s); got != want {
			t.Errorf("isChrome(%q) = %v, want %v", s, got, want)
		}
	}
}

// A row of buttons is furniture; a headline holding a button's word is
// not.
func TestButtonRows(t *testing.T) {
	for s, want := range map[string]bool{
		"Clip  Save":             true,
		"Share · Print · Email":  true,
		"Save":                   false,
		"Save our jobs":          false,
		"Share the wealth, save": false,
	} {
		if got := buttonRow(s); got != want {
			t.Errorf("buttonRow(%q) = %v, want %v", s, got, want)
		}
	}
}
