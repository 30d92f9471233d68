package listing_test

import (
	"testing"
	"time"
)

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

// A biographical dictionary's search results print each notice in a
// block: the subject's name as its heading, the notice's opening lines,
// which name the subject again, the writer and the date. A heading that
// reads as a person's name stands where the other headings stand, over
// the same lines, and is the entry's title; the notice under it is its
// summary, not the same title printed twice.
func TestDictionaryNoticesUnderNames(t *testing.T) {
	checkRecs(t, `Search results for: docker

Mann, Thomas (‘Tom’)
Mann, Thomas (‘Tom’) (1856–1941), engineer and trade union leader, was born in Foleshill, near Coventry, the son of a clerk at a colliery…
By Eleanor Fairbairn
Published: May 2008

Tillett, B. J. (Benjamin John)
Tillett, B. J. (Benjamin John) (1860–1943), trade union leader and politician, was born at Bristol, the son of a cabinet-maker…
By Gareth Pennock
Published: May 2008

Thorne, Will
Thorne, Will (1857–1946), wife of none, was born Will Thorne in Hockley, Co. Warwick…
By Joan Hartigan
Published: January 2011

Burns, John (John Elliot)
Burns, John (John Elliot) (1858–1943), trade unionist and politician, was born in Lambeth, London, the second youngest of eighteen children…
By Eleanor Fairbairn
Published: May 2008`, []rec{
		{"Mann, Thomas (‘Tom’)", "Eleanor Fairbairn", "", "2008-05", "Mann, Thomas (‘Tom’) (1856–1941), engineer and trade union leader, was born in Foleshill, near Coventry, the son of a clerk at a colliery"},
		{"Tillett, B. J. (Benjamin John)", "Gareth Pennock", "", "2008-05", "Tillett, B. J. (Benjamin John) (1860–1943), trade union leader and politician, was born at Bristol, the son of a cabinet-maker"},
		{"Thorne, Will", "Joan Hartigan", "", "2011-01", "Thorne, Will (1857–1946), wife of none, was born Will Thorne in Hockley, Co. Warwick"},
		{"Burns, John (John Elliot)", "Eleanor Fairbairn", "", "2008-05", "Burns, John (John Elliot) (1858–1943), trade unionist and politician, was born in Lambeth, London, the second youngest of eighteen children"},
	})
}

// On a news site's section page in blocks, each block opens with its
// section's label over the headline; a label that reads as a name
// ("Premium Access") may stand over a headline long enough to read as
// prose. The label is no headline: the block under it (headline,
// teaser, writer) is not the shape of the blocks the page's headlines
// open.
func TestLabelOverProseHeadlineInBlocks(t *testing.T) {
	checkRecs(t, `News
Bus drivers in the north vote to extend their strike mandate until spring
The union said most members who took part backed further walkouts, on a high turnout

Voices
The bin strike has shown us exactly who keeps a city running – and who gets the blame
When the lorries stopped, the council discovered what it had been paying for all along and the rest of us found out what it costs
Rhian Calder

Business
Steelworkers to be balloted over changes to their pension scheme
Unions say hundreds of remaining staff face losing part of their retirement income

Premium Access
‘They told us to sleep in the cab’: the agency lorry drivers left stranded at the port
Drivers recruited on short-term visas describe unpaid weeks and a union that could not reach them
Ailsa Morven and Dev Kharan

News
Minimum service law to be scrapped within weeks, ministers tell unions
The legislation has never been used by an employer during a strike`, []rec{
		{"Bus drivers in the north vote to extend their strike mandate until spring", "", "", "", "The union said most members who took part backed further walkouts, on a high turnout"},
		{"The bin strike has shown us exactly who keeps a city running – and who gets the blame", "Rhian Calder", "", "", "When the lorries stopped, the council discovered what it had been paying for all along and the rest of us found out what it costs"},
		{"Steelworkers to be balloted over changes to their pension scheme", "", "", "", "Unions say hundreds of remaining staff face losing part of their retirement income"},
		{"‘They told us to sleep in the cab’: the agency lorry drivers left stranded at the port", "Ailsa Morven; Dev Kharan", "", "", "Drivers recruited on short-term visas describe unpaid weeks and a union that could not reach them"},
		{"Minimum service law to be scrapped within weeks, ministers tell unions", "", "", "", "The legislation has never been used by an employer during a strike"},
	})
}

// An events calendar prints each event's day as a badge, its parts
// stacked one to a line ("SAT" / "MAR" / "22"), then the title, the
// hours and a description. The badge is the event's day; the hours are
// furniture. The badge prints no year: the day is the latest such day
// up to when the page was copied.
func TestStackedDateBadges(t *testing.T) {
	checkRecsAt(t, `Events

SAT
MAR
22
Walking tour: the 1911 dock strike
10 am – 1 pm
A guided walk through the streets where the strikers marched.

THU
MAR
27
Film night: Salt of the Earth
18:00–20:30
A screening of the 1954 film about the Empire Zinc strike, followed by a discussion.

TUE
APR
15
Book talk: Women of the Packinghouse
7:00 pm
The author discusses her new history of women meatpackers.`, time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), []rec{
		{"Walking tour: the 1911 dock strike", "", "", "2025-03-22", "A guided walk through the streets where the strikers marched."},
		{"Film night: Salt of the Earth", "", "", "2025-03-27", "A screening of the 1954 film about the Empire Zinc strike, followed by a discussion."},
		{"Book talk: Women of the Packinghouse", "", "", "2025-04-15", "The author discusses her new history of women meatpackers."},
	})
}

// A broadcaster's topic page prints each writer's post under the
// writer's name: the post ends with the job ("Senior Digital
// Journalist", "Anchor/Reporter", "Videojournalist"), and may open with
// the site's domain ("NewsNet.ca Writer"). The posts are furniture; two
// writers each with a post are both authors.
func TestWritersPostsUnderNames(t *testing.T) {
	checkRecs(t, `Strike

Postal workers walk off the job across the country
Here is what you need to know as the strike begins.
Sean Marlow
NewsNet.ca Writer
Published Nov. 15, 2024 6:03 a.m. EST

Winnipeg General Strike remembered at Market Square
Descendants of strikers gathered on the anniversary of the walkout.
Josh Crane
NewsNet Winnipeg Anchor/Reporter
Mason Dupree
NewsNet Winnipeg Videojournalist
Published May 15, 2024 7:30 p.m. CDT

Daycare workers launch unlimited strike
Luca Moretti
NewsNet Montreal Senior Digital Journalist
Published Sept. 23, 2024 8:55 a.m. EDT`, []rec{
		{"Postal workers walk off the job across the country", "Sean Marlow", "", "2024-11-15", "Here is what you need to know as the strike begins."},
		{"Winnipeg General Strike remembered at Market Square", "Josh Crane; Mason Dupree", "", "2024-05-15", "Descendants of strikers gathered on the anniversary of the walkout."},
		{"Daycare workers launch unlimited strike", "Luca Moretti", "", "2024-09-23", ""},
	})
}

// A news site runs wire stories whose ledes close with the agency's
// credit after a dash ("… next week. — Harbour Wire"): the agency is the
// story's source, and no part of its summary, where two ledes or more
// close with it. A writer's sign-off is no agency.
func TestAgencyCreditsClosingLedes(t *testing.T) {
	checkRecs(t, `Labour

Dock union rejects port operator's pay offer
Thursday, 13 Mar 2025 7:40 PM
PORT KELANG, March 13 — The dockworkers' union today rejected the operator's offer of a four per cent rise. — Harbour Wire

Bank staff to picket head offices over bonus dispute
Wednesday, 5 Mar 2025 3:48 PM
KUALA LUMPUR, March 5 — The bank employees' union will hold pickets at three head offices next week. — Harbour Wire

What the strike taught us
Monday, 3 Mar 2025 1:30 PM
We stood on the picket line for six weeks and learned who our friends were. — Jane Roe

Why the minimum wage review cannot wait
Saturday, 1 Mar 2025 8:00 AM
Every month of delay costs the lowest-paid workers more than they can afford, and the government knows it. — Jane Roe`, []rec{
		{"Dock union rejects port operator's pay offer", "", "Harbour Wire", "2025-03-13", "PORT KELANG, March 13 — The dockworkers' union today rejected the operator's offer of a four per cent rise."},
		{"Bank staff to picket head offices over bonus dispute", "", "Harbour Wire", "2025-03-05", "KUALA LUMPUR, March 5 — The bank employees' union will hold pickets at three head offices next week."},
		{"What the strike taught us", "", "", "2025-03-03", "We stood on the picket line for six weeks and learned who our friends were. — Jane Roe"},
		{"Why the minimum wage review cannot wait", "", "", "2025-03-01", "Every month of delay costs the lowest-paid workers more than they can afford, and the government knows it. — Jane Roe"},
	})
}
