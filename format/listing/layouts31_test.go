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
