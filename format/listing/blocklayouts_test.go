package listing_test

import "testing"

// Layouts of blog and news software: a CMS's "Submitted by NAME on DATE"
// line with the date read as the page's other dates print it, tags listed
// one to a line under their label, and a time of day printed before the
// date.
func TestBlogSoftwareLayouts(t *testing.T) {
	t.Run("submitted by, tags under a label", func(t *testing.T) {
		checkRecs(t, `Minute books of the bakers' local found
Submitted by Ana Ruiz on Tue, 03/05/2024 - 14:40

A retired baker brought in the minute books of her local, kept in a shed since 1981.

Read more about Minute books of the bakers' local found
Tags:
Donations
Local Unions


Cataloguing the tram strike papers
Submitted by Joe Marsh on Fri, 02/23/2024 - 10:02

Our archivist spent the winter on the papers of the 1952 tram strike.

Read more about Cataloguing the tram strike papers
Tags:
Transport
Strikes


Reading room closed for the holidays
Submitted by Joe Marsh on Wed, 12/20/2023 - 11:00

Read more about Reading room closed for the holidays
Tags:
Announcements`, []rec{
			{"Minute books of the bakers' local found", "Ana Ruiz", "", "2024-03-05", "A retired baker brought in the minute books of her local, kept in a shed since 1981."},
			{"Cataloguing the tram strike papers", "Joe Marsh", "", "2024-02-23", "Our archivist spent the winter on the papers of the 1952 tram strike."},
			{"Reading room closed for the holidays", "Joe Marsh", "", "2023-12-20", ""},
		})
	})
	t.Run("time before the date", func(t *testing.T) {
		checkRecs(t, `Pit village families remember the long strike
Four generations of one family share their memories
By Ruth Ash
14:30, 3 MAR 2024

Council backs a memorial at the old colliery site
By Con Hadley
09:00, 28 FEB 2024

Former miner to walk to the gala for charity
He last made the walk with his lodge banner in 1984
By Sam Pick
9:05 am | 19 FEB 2024`, []rec{
			{"Pit village families remember the long strike", "Ruth Ash", "", "2024-03-03", "Four generations of one family share their memories"},
			{"Council backs a memorial at the old colliery site", "Con Hadley", "", "2024-02-28", ""},
			{"Former miner to walk to the gala for charity", "Sam Pick", "", "2024-02-19", "He last made the walk with his lodge banner in 1984"},
		})
	})
}
