package listing_test

import "testing"

// Layouts of search pages, finding aids, encyclopedia notes and event
// platforms, with the furniture around them: each fixture is written for
// the rule it tests.
func TestSearchPagesAndTheirFurniture(t *testing.T) {
	t.Run("a collection search with facets, counts and a footer", func(t *testing.T) {
		checkRecs(t, `Valley Heritage Online
Regional Collections Online

Search results for: quarry strike
1 - 4 of 31
Sort by relevance

Limit your search
Format
Still image (22)
Text (9)
Institution
Slate Museum (12)

Quarrymen outside the Penrhyn gates, Bethesda
Date: 1901
Institution: Slate Museum
Format: Still image

Relief committee handbill
Date: 1902-03-14
Publisher: Caernarfon Printing & Co.
Format: Text

Choir of locked-out quarrymen on tour
Date: circa 1902
Creator: Unknown
Format: Still image

Union card of William Jones
Date: 1903-11
Format: Text

Valley Heritage Online is a service of the county libraries.`, []rec{
			{"Quarrymen outside the Penrhyn gates, Bethesda", "", "", "1901", ""},
			{"Relief committee handbill", "", "Caernarfon Printing & Co.", "1902-03-14", ""},
			{"Choir of locked-out quarrymen on tour", "", "", "1902", ""},
			{"Union card of William Jones", "", "", "1903-11", ""},
		})
	})
	t.Run("a forum search with menus, handles and page links", func(t *testing.T) {
		checkRecs(t, `harbourtalk.example
Forums  Categories  Latest  Members
Sign In · Register

Sort by: Relevance
48 results

Anyone remember the 1984 dock stoppage?
My grandad talked about the picket at the north gate all the time. Looking for photos...
quay_walker · Local History · 02-05-2019 8:15pm

Re: Anyone remember the 1984 dock stoppage?
There is a box of photographs in the town library, ask at the desk...
mh1954 · Local History · 03-05-2019 10:02am

Union banner restoration appeal
The branch banner from 1911 needs conserving. Any textile people about?
bannerfan_2 · Heritage · 11-09-2021 6:40pm

Previous 1 2 3 4 Next

harbourtalk.example · Terms · Privacy · Cookie Settings`, []rec{
			{"Anyone remember the 1984 dock stoppage?", "quay_walker", "", "2019-05-02", "My grandad talked about the picket at the north gate all the time. Looking for photos"},
			{"Re: Anyone remember the 1984 dock stoppage?", "mh1954", "", "2019-05-03", "There is a box of photographs in the town library, ask at the desk"},
			{"Union banner restoration appeal", "bannerfan_2", "", "2021-09-11", "The branch banner from 1911 needs conserving. Any textile people about?"},
		})
	})
	t.Run("newspaper clippings with the paper's town and page", func(t *testing.T) {
		checkRecs(t, `Quarrymen vote to stay out
Clipped by slate_history
The Carnarvon Herald (Carnarvon, Wales) · Page 3 · Friday, May 3, 1901

Lord Penrhyn replies to the men
Clipped by gwynedd_gen
North Wales Chronicle (Bangor, Wales) · Page 5 · Saturday, June 8, 1901

Relief fund passes five thousand pounds
Clipped by slate_history
The Manchester Guardian (Manchester, England) · Page 7 · Monday, January 6, 1902`, []rec{
			{"Quarrymen vote to stay out", "", "The Carnarvon Herald", "1901-05-03", ""},
			{"Lord Penrhyn replies to the men", "", "North Wales Chronicle", "1901-06-08", ""},
			{"Relief fund passes five thousand pounds", "", "The Manchester Guardian", "1902-01-06", ""},
		})
	})
}

func TestFindingAidsNotesAndEvents(t *testing.T) {
	t.Run("a finding aid's files with shelf lines and year-first dates", func(t *testing.T) {
		// The series' heading, dated by a span of years, heads the page.
		checkRecs(t, `Series 2: Lockout files, 1900-1903

Strike committee minutes, 1900 November-December
File — Box: 4, Folder: 1

Relief accounts, 1901 March
File — Box: 4, Folder: 2

Deputation to the Board of Trade, 1901 June 12
File — Box: 4, Folder: 3

Photographs of the return to work, 1903 November 9
File — Box: 5, Folder: 1`, []rec{
			{"Strike committee minutes", "", "", "1900", ""},
			{"Relief accounts", "", "", "1901-03", ""},
			{"Deputation to the Board of Trade", "", "", "1901-06-12", ""},
			{"Photographs of the return to work", "", "", "1903-11-09", ""},
		})
	})
	t.Run("an encyclopedia's sources in one paragraph, with odd authors", func(t *testing.T) {
		checkRecs(t, `Quarry Lockout begins

By Ann Pritchard

Sources:

Ifor Hughes, The Long Lockout (Bangor: Gwynedd Press, 1961); Quarrymen's Union History Committee, Fifty Years of the Union (Caernarfon: Union Printing Co., 1924); Gwerinwr [Robert Owen], "No Surrender!" The Carnarvon Herald, May 3, 1901, p. 2; "Lord Penrhyn Replies," North Wales Chronicle, June 8, 1901, p. 5; Mair Ellis and others, Slate and Song: Quarry Villages (Cardiff: Dragon Books, 1990).

Licensing: This essay may be reproduced with attribution.`, []rec{
			{"The Long Lockout", "Ifor Hughes", "Bangor: Gwynedd Press", "1961", ""},
			{"Fifty Years of the Union", "Quarrymen's Union History Committee", "Caernarfon: Union Printing Co.", "1924", ""},
			{"No Surrender!", "Gwerinwr", "The Carnarvon Herald", "1901-05-03", ""},
			{"Lord Penrhyn Replies", "", "North Wales Chronicle", "1901-06-08", ""},
			{"Slate and Song: Quarry Villages", "Mair Ellis", "Cardiff: Dragon Books", "1990", ""},
		})
	})
	t.Run("episodes under their show, and events with venues and hosts", func(t *testing.T) {
		checkRecs(t, `Slate and steel: the lockout at a hundred and twenty-five
Quarry Voices
By Quarry Voices
Nov. 10, 2026 · 41 mins
We walk the Penrhyn galleries with two former quarrymen.

The choir that toured the country
Singing History
By Rhys Lloyd
Oct. 30, 2026 · 33 mins
How a choir of locked-out men raised money for the relief fund.

Banners of the north
Union Threads
By Nia Morgan and Tom Reese
Oct. 2, 2026 · 52 mins
A tour of the banners of the quarry lodges.`, []rec{
			{"Slate and steel: the lockout at a hundred and twenty-five", "", "Quarry Voices", "2026-11-10", "We walk the Penrhyn galleries with two former quarrymen."},
			{"The choir that toured the country", "Rhys Lloyd", "Singing History", "2026-10-30", "How a choir of locked-out men raised money for the relief fund."},
			{"Banners of the north", "Nia Morgan; Tom Reese", "Union Threads", "2026-10-02", "A tour of the banners of the quarry lodges."},
		})
		checkRecs(t, `SAT, NOV 7, 2026, 2:00 PM GMT
The quarry lockout walk
Bethesda High Street · Bethesda
Two hours along the routes of the 1900 marches.
Hosted by Elin W.

SAT, OCT 3, 2026, 11:00 AM BST
Penrhyn Castle and the men who built it
Penrhyn Castle gates · Bethesda
Hosted by Elin W. and Dai P.

THU, SEP 10, 2026, 7:00 PM BST
Songs of the lockout: an evening
Neuadd Ogwen · Bethesda
An evening of the choir's songs with readings.`, []rec{
			{"The quarry lockout walk", "Elin W.", "", "2026-11-07", "Two hours along the routes of the 1900 marches."},
			{"Penrhyn Castle and the men who built it", "Elin W.; Dai P.", "", "2026-10-03", ""},
			{"Songs of the lockout: an evening", "", "", "2026-09-10", "An evening of the choir's songs with readings."},
		})
	})
	t.Run("a legal digest: firms as sources and section headings", func(t *testing.T) {
		checkRecs(t, `Labor Relations

Board Restores Quorum: What Employers Should Know
Harlow Grant LLP
Authors: Dana Whit, Lee Moss
11/18/2026
The board can issue decisions again.

Strike Notice Periods Compared Across Five States
Marrow Kline P.C.
11/17/2026

Workplace Safety

Heat Standard Clears Review
Bellamy Stone
Authors: Ruth Ames
11/16/2026

Silica Rule Enforcement Delayed
Ferris & Doyle PLLC
Authors: Omar Haddad
11/16/2026`, []rec{
			{"Board Restores Quorum: What Employers Should Know", "Dana Whit; Lee Moss", "Harlow Grant LLP", "2026-11-18", "The board can issue decisions again."},
			{"Strike Notice Periods Compared Across Five States", "", "Marrow Kline P.C.", "2026-11-17", ""},
			{"Heat Standard Clears Review", "Ruth Ames", "Bellamy Stone", "2026-11-16", ""},
			{"Silica Rule Enforcement Delayed", "Omar Haddad", "Ferris & Doyle PLLC", "2026-11-16", ""},
		})
	})
}

func TestRelativeDatesAndNamesInMoreLanguages(t *testing.T) {
	checkRecs(t, `Železničiari pohrozili štrajkom
Odborári žiadajú zvýšenie miezd o desať percent.
Martin Kováč
pred 3 hodinami

Učitelia vstúpili do štrajkovej pohotovosti
Komora učiteľov a odborový zväz postupujú spoločne.
Zuzana Hlavatá a Peter Remiš
18. novembra 2026 16:20

Radnici luke najavili štrajk
Sindikat traži povećanje plaća.
Ana Horvat
prije 2 sata

Stachka v BDZh
Mashinistite spirat vlakovete.
Ivan Petrov
преди 5 часа`, []rec{
		{"Železničiari pohrozili štrajkom", "Martin Kováč", "", "", "Odborári žiadajú zvýšenie miezd o desať percent."},
		{"Učitelia vstúpili do štrajkovej pohotovosti", "Zuzana Hlavatá; Peter Remiš", "", "2026-11-18", "Komora učiteľov a odborový zväz postupujú spoločne."},
		{"Radnici luke najavili štrajk", "Ana Horvat", "", "", "Sindikat traži povećanje plaća."},
		{"Stachka v BDZh", "Ivan Petrov", "", "", "Mashinistite spirat vlakovete."},
	})
}

func TestCatalogueHeadingsForSeveralPeople(t *testing.T) {
	checkRecs(t, `BOOK
The quarrymen's lockout
Hughes, Ifor, Sir, 1890-1961, author.; Ellis, Mair, 1931-2010, author.
Bangor : Gwynedd Press, 1961

BOOK
Slate villages
Ellis, Mair, 1931-2010, author.
Cardiff : Dragon Books, 1990

BOOK
Union banners of the north
Reese, Tom, editor.; Morgan, Nia, editor.
Leeds : Valley Press, 2004`, []rec{
		{"The quarrymen's lockout", "Hughes, Ifor; Ellis, Mair", "Bangor : Gwynedd Press", "1961", ""},
		{"Slate villages", "Ellis, Mair", "Cardiff : Dragon Books", "1990", ""},
		{"Union banners of the north", "Reese, Tom; Morgan, Nia", "Leeds : Valley Press", "2004", ""},
	})
}
