package listing_test

import "testing"

// Layouts met in session 31's working sets: each fixture is written for
// the rule it tests.

// An aggregator signs each story with its writer and then the paper it
// ran in: the paper is the source, not a second author; and a story the
// paper ran unsigned names the paper alone in the writer's slot.
func TestOutletAfterWriter(t *testing.T) {
	checkRecs(t, `Latest stories
Story
12 March 2025
Dockers at Tilbury walk out over shift patterns
Author: Ruth Halloran, The Guardian
The stoppage halted two container berths for the day.

Story
9 March 2025
Care workers win back pay after tribunal ruling
Author: Daily Monitor
The tribunal found the agency owed six months of wages.

Story
5 March 2025
Bus drivers in Leeds vote to accept pay offer
Author: Tom Ashby, Yorkshire Post
The deal adds six per cent over two years.

Story
1 March 2025
Library staff protest at branch closures
Author: Mary Kane, Sean Walsh, The Irish Times
Staff say the closures will cut hours at six branches.`, []rec{
		{"Dockers at Tilbury walk out over shift patterns", "Ruth Halloran", "The Guardian", "2025-03-12", "The stoppage halted two container berths for the day."},
		{"Care workers win back pay after tribunal ruling", "", "Daily Monitor", "2025-03-09", "The tribunal found the agency owed six months of wages."},
		{"Bus drivers in Leeds vote to accept pay offer", "Tom Ashby", "Yorkshire Post", "2025-03-05", "The deal adds six per cent over two years."},
		{"Library staff protest at branch closures", "Mary Kane; Sean Walsh", "The Irish Times", "2025-03-01", "Staff say the closures will cut hours at six branches."},
	})
}

// An events calendar heads each month and prints every event's day
// under it, with "@" before the time and no year; under the title, the
// venue's address ends in the same province on every event. The month
// gives the days their year; the addresses are no headlines.
func TestEventsCalendarMonths(t *testing.T) {
	checkRecs(t, `Upcoming events
March 2025
March 15 @ 12:00 pm - 2:00 pm
Rally for Decent Work at the Legislature
Legislative Building, 1 Main St, Winnipeg, MB
Join workers from across the province to demand a living wage and paid sick days.
Find out more »
March 20 @ 6:30 pm - 8:00 pm
Webinar: Know Your Rights on Heat Stress
A one-hour session with health and safety staff on your right to refuse unsafe work.
Find out more »
April 2025
April 5 @ 10:00 am - 3:00 pm
Walking Tour of the Nine-Hour Movement
Union Centre, 275 Broadway, Winnipeg, MB
Retrace the printers' strike that won the right to unionize.
Find out more »
April 17 @ 7:00 pm - 9:00 pm
Film Screening: Waterfront Women
Public Library, 55 York Ave, Brandon, MB
The story of the women who organized the docks in the 1940s.
Find out more »`, []rec{
		{"Rally for Decent Work at the Legislature", "", "", "2025-03-15", "Join workers from across the province to demand a living wage and paid sick days."},
		{"Webinar: Know Your Rights on Heat Stress", "", "", "2025-03-20", "A one-hour session with health and safety staff on your right to refuse unsafe work."},
		{"Walking Tour of the Nine-Hour Movement", "", "", "2025-04-05", "Retrace the printers' strike that won the right to unionize."},
		{"Film Screening: Waterfront Women", "", "", "2025-04-17", "The story of the women who organized the docks in the 1940s."},
	})
}

// A newspaper archive's search results: the headline, the paper, the
// day and a snippet cut from the page. The papers' names read mostly as
// outlets; one of two plain words ("Algemeen Handelsblad") reads as a
// person's, and does not outvote them. The snippet's opening ellipsis
// marks where it was cut, and is no part of the summary.
func TestNewspaperArchiveResults(t *testing.T) {
	checkRecs(t, `Resultaten 21 - 25 van 18.433
DE STAKING IN DE TEXTIELINDUSTRIE.
Algemeen Handelsblad
14-02-1931
…de arbeiders der fabrieken hebben gisteren besloten den arbeid niet te hervatten…

Havenstaking te Rotterdam.
De Telegraaf
02-03-1920
…de bootwerkers verklaarden zich solidair met de sjouwers…

Mijnwerkers in Limburg.
Limburger Koerier
08-11-1917
... het loon der mijnwerkers is sedert den oorlog niet gestegen ...

De spoorwegstaking.
Nieuwe Rotterdamsche Courant
07-04-1903
…de regeering heeft de militairen opgeroepen om de stations te bezetten…`, []rec{
		{"DE STAKING IN DE TEXTIELINDUSTRIE", "", "Algemeen Handelsblad", "1931-02-14", "de arbeiders der fabrieken hebben gisteren besloten den arbeid niet te hervatten"},
		{"Havenstaking te Rotterdam", "", "De Telegraaf", "1920-03-02", "de bootwerkers verklaarden zich solidair met de sjouwers"},
		{"Mijnwerkers in Limburg", "", "Limburger Koerier", "1917-11-08", "het loon der mijnwerkers is sedert den oorlog niet gestegen"},
		{"De spoorwegstaking", "", "Nieuwe Rotterdamsche Courant", "1903-04-07", "de regeering heeft de militairen opgeroepen om de stations te bezetten"},
	})
}
