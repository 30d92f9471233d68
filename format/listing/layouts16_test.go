package listing_test

import "testing"

// Layouts met on pages of kinds the parser had not seen: each fixture is
// written for the rule it tests.
func TestSeriesTitlesAndForums(t *testing.T) {
	t.Run("a dated series title over its own date and author", func(t *testing.T) {
		checkRecs(t, `Labor Almanac: March 8, 1917
March 8, 2025 / Ruth Okafor
On March 8, 1917, women textile workers in Petrograd struck for bread.

Within days the strike had become a revolution. […]
14 Comments
Share: Bluesky · Mastodon · Email

Labor Almanac: March 1, 1950
March 1, 2025 / Ruth Okafor
On March 1, 1950, the coal miners' strike entered its tenth week.

Truman invoked Taft-Hartley, and the miners ignored him. […]
9 Comments
Share: Bluesky · Mastodon · Email

Labor Almanac, Reader Request: The Bread and Roses Pageant
February 22, 2025 / Ruth Okafor
Several readers asked about the pageant staged by striking silk workers in 1913.
3 Comments
Share: Bluesky · Mastodon · Email`, []rec{
			{"Labor Almanac: March 8, 1917", "Ruth Okafor", "", "2025-03-08", "On March 8, 1917, women textile workers in Petrograd struck for bread. Within days the strike had become a revolution."},
			{"Labor Almanac: March 1, 1950", "Ruth Okafor", "", "2025-03-01", "On March 1, 1950, the coal miners' strike entered its tenth week. Truman invoked Taft-Hartley, and the miners ignored him."},
			{"Labor Almanac, Reader Request: The Bread and Roses Pageant", "Ruth Okafor", "", "2025-02-22", "Several readers asked about the pageant staged by striking silk workers in 1913."},
		})
	})
	t.Run("forum search results with replies", func(t *testing.T) {
		checkRecs(t, `Dockers in the 1889 strike
Post by harbourmaster » 02 Feb 2021, 10:15
Forum: Social History
Topic: Dockers in the 1889 strike
Replies: 4
Views: 611
I am looking for the strike committee's minute book, which seems to have been lost.
Jump to post

Re: Dockers in the 1889 strike
Post by M. Kowalski » 03 Feb 2021, 08:02
Forum: Social History
Topic: Dockers in the 1889 strike
Replies: 4
Views: 611
The minutes are at the Modern Records Centre, with the union's other papers.
Jump to post`, []rec{
			{"Dockers in the 1889 strike", "harbourmaster", "", "2021-02-02", "I am looking for the strike committee's minute book, which seems to have been lost."},
			{"Re: Dockers in the 1889 strike", "M. Kowalski", "", "2021-02-03", "The minutes are at the Modern Records Centre, with the union's other papers."},
		})
	})
	t.Run("a story platform's byline with a clock and a department", func(t *testing.T) {
		checkRecs(t, `Dock Workers Reach Deal After Three-Day Walkout (example.com)
Posted by jdoe on Tuesday October 15, 2024 @10:12AM from the back-on-the-cranes dept.
Dock workers on the East and Gulf coasts returned to work after a tentative agreement on wages.
( Read more... | 77 comments )

Warehouse Staff Vote to Unionize
Posted by asmith on Monday October 07, 2024 @02:40PM from the card-check dept.
Staff at a distribution centre voted by a wide margin to join the union.
( Read more... | 31 comments )`, []rec{
			{"Dock Workers Reach Deal After Three-Day Walkout (example.com)", "jdoe", "", "2024-10-15", "Dock workers on the East and Gulf coasts returned to work after a tentative agreement on wages."},
			{"Warehouse Staff Vote to Unionize", "asmith", "", "2024-10-07", "Staff at a distribution centre voted by a wide margin to join the union."},
		})
	})
}

func TestIssueLinesAndCatalogueDates(t *testing.T) {
	t.Run("a table of contents under the journal's name", func(t *testing.T) {
		checkRecs(t, `Free Access
Craft Unions and the Eight-Hour Day
Alice Brandt and Omar Fitzgerald
Vol. 12, No. 3 (Autumn 2019): pp. 201–230
Abstract | Full Text | PDF

Wages in the Cotton Towns, 1880–1914
Peter Lindqvist
Vol. 12, No. 3 (September 2019): pp. 231–260
Abstract | Full Text | PDF`, []rec{
			{"Craft Unions and the Eight-Hour Day", "Alice Brandt; Omar Fitzgerald", "", "2019", ""},
			{"Wages in the Cotton Towns, 1880–1914", "Peter Lindqvist", "", "2019-09", ""},
		})
	})
	t.Run("a film archive's approximate dates", func(t *testing.T) {
		checkRecs(t, `SHIPYARD LAUNCH AT GOVAN
Film ID: 0311
Date: c.1921
Duration: 00:04:10
A crowd of riveters and their families watch a hull slide into the Clyde.
View Film

RENT STRIKE MARCH
Film ID: 0412
Date: 1910s
Duration: 00:01:55
Women with placards march through a tenement street.
View Film`, []rec{
			{"SHIPYARD LAUNCH AT GOVAN", "", "", "1921", "A crowd of riveters and their families watch a hull slide into the Clyde."},
			{"RENT STRIKE MARCH", "", "", "", "Women with placards march through a tenement street."},
		})
	})
	t.Run("a finding aid's spans and dated item titles", func(t *testing.T) {
		checkRecs(t, `Collection
Boot and Shoe Operatives records
Identifier: MS 221
Dates: 1874 - 1971
Scope and Contents
Minute books and strike registers of a union branch.

Archival Object
Lockout correspondence, 1895
Found in: Boot and Shoe Operatives records / Series 2: Disputes

Archival Object
Branch banner photograph, 1921 May 1
Found in: Boot and Shoe Operatives records / Series 6: Photographs

Collection
Ellen Marsh papers
Identifier: MS 305
Dates: 1902 - 1966
Scope and Contents
Letters and speeches of a hosiery workers' organiser.`, []rec{
			{"Boot and Shoe Operatives records", "", "", "1874", "Minute books and strike registers of a union branch."},
			{"Lockout correspondence", "", "", "1895", ""},
			{"Branch banner photograph", "", "", "1921-05-01", ""},
			{"Ellen Marsh papers", "", "", "1902", "Letters and speeches of a hosiery workers' organiser."},
		})
	})
	t.Run("a dated book's title ending in years keeps them", func(t *testing.T) {
		checkRecs(t, "Work, Society and Politics, 1880-1914\tHolt, Margaret\t1988\n"+
			"The Labour Aristocracy, 1850-1914\tGray, Robert Q.\t1981\n"+
			"Strikes and the Law\tPayne, Edith\t1975\n", []rec{
			{"Work, Society and Politics, 1880-1914", "Holt, Margaret", "", "1988", ""},
			{"The Labour Aristocracy, 1850-1914", "Gray, Robert Q.", "", "1981", ""},
			{"Strikes and the Law", "Payne, Edith", "", "1975", ""},
		})
	})
}

func TestFeedsDigestsAndTables(t *testing.T) {
	t.Run("a feed's day headings over timed headlines", func(t *testing.T) {
		checkRecs(t, `Thursday, May 15, 2025
18:05 Tram drivers in Almaty walk out over overtime pay
12:40 Miners' union in Karaganda signs new wage deal
Wednesday, May 14, 2025
09:15 Teachers in Shymkent demand back pay`, []rec{
			{"Tram drivers in Almaty walk out over overtime pay", "", "", "2025-05-15", ""},
			{"Miners' union in Karaganda signs new wage deal", "", "", "2025-05-15", ""},
			{"Teachers in Shymkent demand back pay", "", "", "2025-05-14", ""},
		})
	})
	t.Run("press releases from a department", func(t *testing.T) {
		checkRecs(t, `Press release
Minister publishes code of practice on remote work
From: Department of Labour, Skills and Training
Published on: 3 April 2025

Press release
New inspectors for agricultural workplaces
From: Department of Agriculture; Department of Labour, Skills and Training
Published on: 27 March 2025`, []rec{
			{"Minister publishes code of practice on remote work", "Department of Labour, Skills and Training", "", "2025-04-03", ""},
			{"New inspectors for agricultural workplaces", "Department of Agriculture; Department of Labour, Skills and Training", "", "2025-03-27", ""},
		})
	})
	t.Run("a Markdown digest names each outlet in italics", func(t *testing.T) {
		checkRecs(t, `- [Nurses in Wales accept revised pay offer](https://example.org/a) — *Nursing Times*
- [Bus drivers strike across Lancashire](https://example.org/b) — *Lancashire Post*  
  The union says the offer fell below inflation.
- [Why the four-day week is spreading](https://example.org/c) — *Tribune*`, []rec{
			{"Nurses in Wales accept revised pay offer", "", "Nursing Times", "", ""},
			{"Bus drivers strike across Lancashire", "", "Lancashire Post", "", "The union says the offer fell below inflation."},
			{"Why the four-day week is spreading", "", "Tribune", "", ""},
		})
	})
	t.Run("a reading list table with inverted names, tags and ratings", func(t *testing.T) {
		checkRecs(t, "Women and the Miners' Strike\tStead, Jean\t1987\toral history, strikes\t★★★★\n"+
			"Strike!\tPeters, Anna K.\t1990\tstrikes, labour history\t\n"+
			"Pit Village Voices: Memories of the Durham Coalfield\tHall, Robert\t2004\toral history, Durham\t★★★½\n",
			[]rec{
				{"Women and the Miners' Strike", "Stead, Jean", "", "1987", ""},
				{"Strike!", "Peters, Anna K.", "", "1990", ""},
				{"Pit Village Voices: Memories of the Durham Coalfield", "Hall, Robert", "", "2004", ""},
			})
	})
	t.Run("French weekday abbreviations, and Mar as a month", func(t *testing.T) {
		checkRecs(t, `La grève des mineurs de 1948
jeu. 13 mars 2025
Retour sur la grève la plus dure de l'après-guerre.

Strike wave in the mills
Mar 6, 2025
A look back at the spring of 1919.`, []rec{
			{"La grève des mineurs de 1948", "", "", "2025-03-13", "Retour sur la grève la plus dure de l'après-guerre."},
			{"Strike wave in the mills", "", "", "2025-03-06", "A look back at the spring of 1919."},
		})
	})
}

func TestCapitalsAndGreek(t *testing.T) {
	t.Run("names in capitals between the teaser and the date", func(t *testing.T) {
		checkRecs(t, `ONTARIO
Hospital cleaners win first contract after long campaign
The agreement sets a wage floor and limits the use of agency staff.
PRIYA NAIR
PUBLISHED 2 HOURS AGO

QUEBEC
Dock workers in Trois-Rivières vote to strike
The union says talks on scheduling have stalled since the summer.
JULES MARTEL AND ANNE ROY
PUBLISHED MARCH 3, 2026`, []rec{
			{"Hospital cleaners win first contract after long campaign", "PRIYA NAIR", "", "", "The agreement sets a wage floor and limits the use of agency staff."},
			{"Dock workers in Trois-Rivières vote to strike", "JULES MARTEL; ANNE ROY", "", "2026-03-03", "The union says talks on scheduling have stalled since the summer."},
		})
	})
	t.Run("Greek colloquial months and a genitive byline", func(t *testing.T) {
		checkRecs(t, `ΝΑΥΤΕΡΓΑΤΕΣ
Απεργία στα πλοία της ακτοπλοΐας
Οι ναυτεργάτες απεργούν για τις συλλογικές συμβάσεις.
Πέμπτη 6 Μάρτη 2025 | Σελ. 9

ΙΣΤΟΡΙΑ
Η μεγάλη απεργία των καπνεργατών
Του Γιώργου Αθανασίου
Μια ματιά στους αγώνες του Μάη του 1936.
Κυριακή 2 Φλεβάρη 2025 | Σελ. 20`, []rec{
			{"Απεργία στα πλοία της ακτοπλοΐας", "", "", "2025-03-06", "Οι ναυτεργάτες απεργούν για τις συλλογικές συμβάσεις."},
			{"Η μεγάλη απεργία των καπνεργατών", "Γιώργου Αθανασίου", "", "2025-02-02", "Μια ματιά στους αγώνες του Μάη του 1936."},
		})
	})
}
