package listing_test

import (
	"testing"
	"time"
)

// Layouts met in session 23's working set: each fixture is written for
// the rule it tests.
func TestProgrammesWithoutQuotes(t *testing.T) {
	t.Run("papers printed 'Speaker (Affiliation): Title', unquoted, with sessions, chairs and breaks between", func(t *testing.T) {
		// Nothing between the papers annotates the one above: the
		// session's name, the break and the next day's heading head what
		// follows, and the day has no year to date a paper by.
		checkRecsAt(t, `Tuesday 3 June
Panel 2 – Railway shops and their towns (Lecture Hall B)
Chair: Olga Marsh
Tomasz Wilk (University of Wrocław): Apprentices in the Breslau railway works, 1905–1920
Helen Cooke & Rami Haddad (University of Leeds): Swindon's works canteen and the 1919 rail strike
Discussant: Ben Ayres
Lunch
Panel 3 – Seamen and their unions (Room 4)
Chair: Lars Eng
Mette Holm (Aarhus University): Danish stokers on the Atlantic run, 1890–1914
Wednesday 4 June
Kofi Mensah (University of Ghana): The Takoradi harbour strike of 1950`, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), []rec{
			{"Apprentices in the Breslau railway works, 1905–1920", "Tomasz Wilk", "", "", ""},
			{"Swindon's works canteen and the 1919 rail strike", "Helen Cooke; Rami Haddad", "", "", ""},
			{"Danish stokers on the Atlantic run, 1890–1914", "Mette Holm", "", "", ""},
			{"The Takoradi harbour strike of 1950", "Kofi Mensah", "", "", ""},
		})
	})
}
