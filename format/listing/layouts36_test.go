package listing_test

import "testing"

// Layouts met in session 36's working sets: each fixture is written for
// the rule it tests.

// A press review prints each story under its outlet, with the
// translated teaser, and below it the writer and the day where the
// original names a writer, the day alone where it does not. The byline
// stands in the date line's slot: both are one part of the pattern, and
// each entry opens with its outlet.
func TestDatedBylinesInDateSlot(t *testing.T) {
	checkRecs(t, `Grèves dans la presse
Morning Courier
Dockers walk out at Felixstowe over new rosters
The union says the rosters cut rest breaks by half. Read more
Jane Porter — 18.03.2025
Hamburger Zeitung
Bus drivers in Hamburg vote for indefinite strike
Ver.di members backed the action by a large majority. Read more
17.03.2025
Daily Ledger
Nurses reject pay offer for the second time
The health union will ballot its members on further action. Read more
Tom Alder — 14.03.2025
Evening Post
Miners' pensions at risk after coal firm collapses
Read more
12.03.2025`, []rec{
		{"Dockers walk out at Felixstowe over new rosters", "Jane Porter", "Morning Courier", "2025-03-18", "The union says the rosters cut rest breaks by half."},
		{"Bus drivers in Hamburg vote for indefinite strike", "", "Hamburger Zeitung", "2025-03-17", "Ver.di members backed the action by a large majority."},
		{"Nurses reject pay offer for the second time", "Tom Alder", "Daily Ledger", "2025-03-14", "The health union will ballot its members on further action."},
		{"Miners' pensions at risk after coal firm collapses", "", "Evening Post", "2025-03-12", ""},
	})
}

// A wire service's topic page runs each story's photo caption over its
// headline, ending with the agency in capitals and the photographer:
// "… REUTERS/Jane Doe", "… AFP/Jane Doe/File Photo". However long, the
// caption is furniture, not an entry.
func TestWireAgencyCaptions(t *testing.T) {
	checkRecs(t, `Labour news
Port workers walk out at Antwerp over pension reform
Dockers blocked the main container terminals for the second day, unions said.
March 18, 2025
Striking workers gather outside the gates of a car plant in the south of the country during a protest. REUTERS/Marie Dubois/File Photo
Car plant staff accept three-year pay deal
The agreement ends a dispute that had halted production for a week.
March 17, 2025
A nurse holds a placard during a rally outside the health ministry building in the capital city. AFP/Tomas Lind
Nurses stage nationwide stoppage over staffing levels
March 14, 2025
Teachers in the north vote to strike
The ballot closed with a turnout of more than sixty percent.
March 12, 2025`, []rec{
		{"Port workers walk out at Antwerp over pension reform", "", "", "2025-03-18", "Dockers blocked the main container terminals for the second day, unions said."},
		{"Car plant staff accept three-year pay deal", "", "", "2025-03-17", "The agreement ends a dispute that had halted production for a week."},
		{"Nurses stage nationwide stoppage over staffing levels", "", "", "2025-03-14", ""},
		{"Teachers in the north vote to strike", "", "", "2025-03-12", "The ballot closed with a turnout of more than sixty percent."},
	})
}
