package listing_test

import "testing"

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
