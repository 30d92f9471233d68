package listing_test

import "testing"

// Layouts met in session 26's working set (set 27): each fixture is
// written for the rule it tests.
func TestBroadcasterSignsItsCards(t *testing.T) {
	t.Run("the station's name in the byline slot, an age in place of one date", func(t *testing.T) {
		checkRecs(t, `Dock workers in Tema begin three-day strike over casual contracts
The Maritime and Dockworkers Union says talks with the port authority have stalled.
Metro Television  April 9, 2025

Teachers' unions reject new allowance formula
The three unions say the formula leaves rural teachers worse off.
Metro Television  4 hours ago

Cocoa farm labourers demand written contracts
Metro Television  April 6, 2025

Railway pensioners picket ministry over arrears
Retirees say they have not been paid for five months.
Metro Television  April 2, 2025`, []rec{
			{"Dock workers in Tema begin three-day strike over casual contracts", "", "Metro Television", "2025-04-09", "The Maritime and Dockworkers Union says talks with the port authority have stalled."},
			{"Teachers' unions reject new allowance formula", "", "Metro Television", "", "The three unions say the formula leaves rural teachers worse off."},
			{"Cocoa farm labourers demand written contracts", "", "Metro Television", "2025-04-06", ""},
			{"Railway pensioners picket ministry over arrears", "", "Metro Television", "2025-04-02", "Retirees say they have not been paid for five months."},
		})
	})
	t.Run("a reporter's age in German, a person who signs every card keeps the name", func(t *testing.T) {
		checkRecs(t, `Streik bei der Bahn: Lokführer legen Arbeit nieder
Die Gewerkschaft ruft zu einem 24-stündigen Ausstand auf.
Jana Brückner vor 3 Stunden

Tarifrunde im Handel bleibt ohne Ergebnis
Die Arbeitgeber legten kein neues Angebot vor.
Jana Brückner 12. März 2025

Pflegekräfte protestieren vor dem Landtag
Mehrere hundert Beschäftigte forderten mehr Personal.
Jana Brückner 10. März 2025`, []rec{
			{"Streik bei der Bahn: Lokführer legen Arbeit nieder", "Jana Brückner", "", "", "Die Gewerkschaft ruft zu einem 24-stündigen Ausstand auf."},
			{"Tarifrunde im Handel bleibt ohne Ergebnis", "Jana Brückner", "", "2025-03-12", "Die Arbeitgeber legten kein neues Angebot vor."},
			{"Pflegekräfte protestieren vor dem Landtag", "Jana Brückner", "", "2025-03-10", "Mehrere hundert Beschäftigte forderten mehr Personal."},
		})
	})
}
