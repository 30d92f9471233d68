package listing_test

import (
	"strings"
	"testing"
)

// Layouts met in session 29's working sets: each fixture is written for
// the rule it tests.
func TestHeadlinesOverBylinesUnblocked(t *testing.T) {
	t.Run("a headline asking a question under a section label, over its byline", func(t *testing.T) {
		checkRecs(t, `Opinion
Dockers' pension fund: who pays for the shortfall
by Maria Jensen | 12 March 2025
The trustees' report leaves the gap to the members.
Read more
Industry
Textile mills reopen after the winter stoppage
by Tom Ashby | 9 March 2025
Looms at three Lancashire sites are running again.
Read more
Long read
The lockout is long over – so why are coalfield pensions still frozen at 1994 rates?
by Ruth Ogden | 5 March 2025
Coalfield families held out long after the General Strike ended.
Read more
Opinion
Agency workers need a floor, not a favour
by Sam Rees | 1 March 2025
Ministers promised equal treatment; the bill delays it again.
Read more`, []rec{
			{"Dockers' pension fund: who pays for the shortfall", "Maria Jensen", "", "2025-03-12", "The trustees' report leaves the gap to the members."},
			{"Textile mills reopen after the winter stoppage", "Tom Ashby", "", "2025-03-09", "Looms at three Lancashire sites are running again."},
			{"The lockout is long over – so why are coalfield pensions still frozen at 1994 rates?", "Ruth Ogden", "", "2025-03-05", "Coalfield families held out long after the General Strike ended."},
			{"Agency workers need a floor, not a favour", "Sam Rees", "", "2025-03-01", "Ministers promised equal treatment; the bill delays it again."},
		})
	})
}

func TestDailyRoundupHeadlines(t *testing.T) {
	// A blog's daily round-up is titled by its series and day, over a
	// byline with the same day: the title is the whole line, though it
	// reads as "Outlet — date" and two titles open with the same words.
	entry := func(href, title, author, day, teaser string) string {
		return `<article><header><h2 class="entry-title"><a href="` + href + `" rel="bookmark">` + title + `</a></h2>
<div class="entry-meta"><span class="byline"> by <span class="author vcard"><a href="/author/">` + author + `</a></span></span><span class="posted-on"> on <a href="` + href + `"><time>` + day + `</time></a></span></div></header>
<div class="entry-summary"><p>` + teaser + ` &hellip; <a href="` + href + `" class="more-link">Continue reading</a></p></div></article>
`
	}
	page := `<main><header class="page-header"><h1 class="page-title">Blog</h1></header>
` + strings.Join([]string{
		entry("https://example.org/daily-march-14/", "Labour Law Daily &#8212; March 14, 2025", "Rosa Lindgren", "March 14, 2025", "Port workers ratify their contract, and a circuit court rules on joint employers."),
		entry("https://example.org/state-boards/", "Can State Boards Fill the Gap? Preemption After the Stalemate", "Owen Mbeki", "March 13, 2025", "Two states have amended their labour acts to let private-sector workers petition."),
		entry("https://example.org/heat/", "Heat Standards and the Limits of the General Duty Clause", "Priya Natarajan", "March 13, 2025", "The proposed rule would be the first new major standard in years."),
		entry("https://example.org/daily-march-12/", "Labour Law Daily &#8212; March 12, 2025", "Rosa Lindgren", "March 12, 2025", "Graduate workers file for elections, and warehouse staff walk out in Ohio."),
		entry("https://example.org/sectoral/", "Sectoral Bargaining in Practice: One Year of the Wage Council", "Luis Ortega", "March 10, 2025", "The council has set one wage; what else it can do depends on a docket few follow."),
	}, "") + `</main>`
	checkRecs(t, page, []rec{
		{"Labour Law Daily — March 14, 2025", "Rosa Lindgren", "", "2025-03-14", "Port workers ratify their contract, and a circuit court rules on joint employers."},
		{"Can State Boards Fill the Gap? Preemption After the Stalemate", "Owen Mbeki", "", "2025-03-13", "Two states have amended their labour acts to let private-sector workers petition."},
		{"Heat Standards and the Limits of the General Duty Clause", "Priya Natarajan", "", "2025-03-13", "The proposed rule would be the first new major standard in years."},
		{"Labour Law Daily — March 12, 2025", "Rosa Lindgren", "", "2025-03-12", "Graduate workers file for elections, and warehouse staff walk out in Ohio."},
		{"Sectoral Bargaining in Practice: One Year of the Wage Council", "Luis Ortega", "", "2025-03-10", "The council has set one wage; what else it can do depends on a docket few follow."},
	})
}
