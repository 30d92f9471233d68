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

func TestSectionsOverDates(t *testing.T) {
	t.Run("a news site files each card under a section between the byline and the date", func(t *testing.T) {
		checkRecs(t, `Bus drivers in Durban down tools over shift changes
The drivers say the new roster leaves them no rest between shifts
Sipho Ndlovu
Eastern Cape
12 March 2025 - 08:10

Clothing workers win back pay after three-year fight
About 400 workers at the Atlantis factory will share R6m
Leila Adams
Business
11 March 2025 - 17:45

Nurses in Gauteng threaten go-slow over overtime
Eastern Cape
10 March 2025 - 13:00

Miners' widows remember the 1986 Kinross disaster
Families laid wreaths at the memorial on Sunday
Pieter Botha and Lerato Mokoena
Eastern Cape
9 March 2025 - 19:30

Teachers march on provincial offices
Sadtu members want the post cuts reversed
Nomsa Zulu
Eastern Cape
8 March 2025 - 10:20`, []rec{
			{"Bus drivers in Durban down tools over shift changes", "Sipho Ndlovu", "", "2025-03-12", "The drivers say the new roster leaves them no rest between shifts"},
			{"Clothing workers win back pay after three-year fight", "Leila Adams", "", "2025-03-11", "About 400 workers at the Atlantis factory will share R6m"},
			{"Nurses in Gauteng threaten go-slow over overtime", "", "", "2025-03-10", ""},
			{"Miners' widows remember the 1986 Kinross disaster", "Pieter Botha; Lerato Mokoena", "", "2025-03-09", "Families laid wreaths at the memorial on Sunday"},
			{"Teachers march on provincial offices", "Nomsa Zulu", "", "2025-03-08", "Sadtu members want the post cuts reversed"},
		})
	})
	t.Run("a paper prints its own name there", func(t *testing.T) {
		checkRecs(t, `Cortadores de caña exigen pago de aguinaldo atrasado
Los trabajadores del ingenio denuncian que la empresa les debe tres meses.
Laura Castillo Reyes
Diario El Sur
6 de marzo de 2025

Electricistas jubilados marchan en la capital
Exigen que se respete el contrato colectivo firmado en 1992.
Andrés Pineda
Diario El Sur
5 de marzo de 2025

Costureras recuerdan el sismo de 1985
Mónica Salas y Julio Ortega
Diario El Sur
4 de marzo de 2025`, []rec{
			{"Cortadores de caña exigen pago de aguinaldo atrasado", "Laura Castillo Reyes", "Diario El Sur", "2025-03-06", "Los trabajadores del ingenio denuncian que la empresa les debe tres meses."},
			{"Electricistas jubilados marchan en la capital", "Andrés Pineda", "Diario El Sur", "2025-03-05", "Exigen que se respete el contrato colectivo firmado en 1992."},
			{"Costureras recuerdan el sismo de 1985", "Mónica Salas; Julio Ortega", "Diario El Sur", "2025-03-04", ""},
		})
	})
}

func TestProgrammeSpeakersAndVenues(t *testing.T) {
	t.Run("a festival programme: time and title, venue, 'with' speakers, description", func(t *testing.T) {
		checkRecs(t, `Saturday 6 September 2025

11.00	Opening Rally
Town Square
with Priya Mehta (RMT) and Owen Hart (FBU)
Speeches from striking workers and the trades council.

12.30	The Chartists in the Valleys
Library Room (Upstairs)
with Dr Helen Price
A talk on the 1839 rising and the miners who marched on Newport.

14.00	Banner Parade
High Street
Bring your branch banner; the parade sets off from the war memorial.

15.30	Songs of Struggle
Marquee
with The Rhondda Miners' Choir

Sunday 7 September 2025

10.00	Memorial Walk
Cemetery Gates
A guided walk to the graves of the 1911 strikers.`, []rec{
			{"Opening Rally", "Priya Mehta; Owen Hart", "", "2025-09-06", "Speeches from striking workers and the trades council."},
			{"The Chartists in the Valleys", "Dr Helen Price", "", "2025-09-06", "A talk on the 1839 rising and the miners who marched on Newport."},
			{"Banner Parade", "", "", "2025-09-06", "Bring your branch banner; the parade sets off from the war memorial."},
			{"Songs of Struggle", "The Rhondda Miners' Choir", "", "2025-09-06", ""},
			{"Memorial Walk", "", "", "2025-09-07", "A guided walk to the graves of the 1911 strikers."},
		})
	})
	t.Run("a museum's events: 'Med:' names the speakers", func(t *testing.T) {
		checkRecs(t, `Onsdag 2. april 2025 kl. 19.00
Foredrag
Typografernes strejke 1906
Med: Anne Holm og Peter Lund
Hør om strejken, der lammede de københavnske aviser i tre uger.
Køb billet

Lørdag 5. april 2025 kl. 14.00
Foredrag
Havnearbejdernes strejker i København
Vi går langs kajerne og fortæller om havnestrejkerne.
Køb billet

Tirsdag 8. april 2025 kl. 19.00
Foredrag
Syersker og fagforeninger
Med: Karen Dahl
Køb billet`, []rec{
			{"Typografernes strejke 1906", "Anne Holm; Peter Lund", "", "2025-04-02", "Hør om strejken, der lammede de københavnske aviser i tre uger."},
			{"Havnearbejdernes strejker i København", "", "", "2025-04-05", "Vi går langs kajerne og fortæller om havnestrejkerne."},
			{"Syersker og fagforeninger", "Karen Dahl", "", "2025-04-08", ""},
		})
	})
}

func TestSubjectColumn(t *testing.T) {
	// A forum's thread list copied from its table: the header names the
	// columns, "Subject" the title's where no column is called so.
	checkRecs(t, "Subject\tAuthor\tReplies\tPosted\n"+
		"Dockers in Felixstowe vote to strike again\tharbourwatch\t12\tTue Apr 8, 2025, 10:02 AM\n"+
		"Anyone read the new history of the 1926 General Strike?\tMary Quill\t40\tMon Apr 7, 2025, 08:45 PM\n"+
		"Bin strike update from Birmingham\tbrummie_red\t7\tSun Apr 6, 2025, 01:15 PM\n", []rec{
		{"Dockers in Felixstowe vote to strike again", "harbourwatch", "", "2025-04-08", ""},
		{"Anyone read the new history of the 1926 General Strike?", "Mary Quill", "", "2025-04-07", ""},
		{"Bin strike update from Birmingham", "brummie_red", "", "2025-04-06", ""},
	})
}

func TestIssueLinesWithMonthPairs(t *testing.T) {
	// A bimonthly magazine's archive prints the issue under each article;
	// the date is the month the issue opens with. "(March/April 2024)"
	// holds "/ap", as a photo credit "Jane Doe/AP" does, and is none.
	checkRecs(t, `The Belfast dockers of 1907
Published in Issue 3 (May/June 2024), Volume 32
Niamh Doherty
Protestant and Catholic carters struck together for a summer.

Sligo’s forgotten general strike
Published in Issue 2 (March/April 2023), Volume 31
Declan Moran

The Cork harbour workers’ hall
Published in Issue 6 (November/December 2022), Volume 30
Brian Kiely, Sinéad Walsh
A building, its banners and the men who met there.`, []rec{
		{"The Belfast dockers of 1907", "Niamh Doherty", "", "2024-05", "Protestant and Catholic carters struck together for a summer."},
		{"Sligo’s forgotten general strike", "Declan Moran", "", "2023-03", ""},
		{"The Cork harbour workers’ hall", "Brian Kiely; Sinéad Walsh", "", "2022-11", "A building, its banners and the men who met there."},
	})
	checkRecs(t, `Feature
The Match Workers’ Other Strike
Long before 1888, the women at the works had walked out over fines.
Eleanor Voss
Published in Workers’ History Monthly Volume 12 Issue 4 April 2021

Feature
Coal Dust and Ballots
How the miners’ lodges ran their own elections.
Tom Prothero
Published in Workers’ History Monthly Volume 11 Issue 9 September 2020

Feature
Weavers of the Calder Valley
A village that struck for a year.
Ann Lister-Hale
Published in Workers’ History Monthly Volume 10 Issue 2 February 2019`, []rec{
		{"The Match Workers’ Other Strike", "Eleanor Voss", "Workers’ History Monthly", "2021-04", "Long before 1888, the women at the works had walked out over fines."},
		{"Coal Dust and Ballots", "Tom Prothero", "Workers’ History Monthly", "2020-09", "How the miners’ lodges ran their own elections."},
		{"Weavers of the Calder Valley", "Ann Lister-Hale", "Workers’ History Monthly", "2019-02", "A village that struck for a year."},
	})
}

func TestLawReportResults(t *testing.T) {
	// A law report's search results: the judgment's parties and its day
	// after " on ", a snippet, and the court before the counters.
	checkRecs(t, `Textile Workers Union vs Ahmedabad Mills Ltd. on 12 March, 1984
the strike was not illegal ... notice under Section 22 was served ...
Gujarat High Court - Cites 8 - Cited by 15 - Full Document

Port Workers Federation vs Union Of India on 3 August, 1999
Supreme Court of India - Cites 20 - Cited by 41 - Full Document

Beedi Mazdoor Sangh vs State Of Karnataka on 21 January, 2015
home workers are employees within the meaning of the Act ...
Karnataka High Court - Daily Orders - Cites 2 - Cited by 0 - Full Document`, []rec{
		{"Textile Workers Union vs Ahmedabad Mills Ltd.", "", "Gujarat High Court", "1984-03-12", "the strike was not illegal ... notice under Section 22 was served"},
		{"Port Workers Federation vs Union Of India", "", "Supreme Court of India", "1999-08-03", ""},
		{"Beedi Mazdoor Sangh vs State Of Karnataka", "", "Karnataka High Court - Daily Orders", "2015-01-21", "home workers are employees within the meaning of the Act"},
	})
}

func TestRunInPlaceDatelines(t *testing.T) {
	// A union's news list opens each teaser with the town and, in
	// brackets, the day: the dateline is the date, not the teaser's.
	checkRecs(t, `Nurses in Saskatchewan reach tentative agreement
Regina (4 April 2025) — After eighteen months of talks, the union's bargaining committee will recommend the deal to members. Read more ›

Correctional officers rally at the legislature
Halifax (28 Mar. 2025) — Officers say chronic understaffing has put both staff and inmates at risk. Read more ›

Union marks 50 years of the Common Front strike
St. John's (20 March 2025) — A new exhibit looks back at the public sector walkout that closed schools and hospitals. Read more ›`, []rec{
		{"Nurses in Saskatchewan reach tentative agreement", "", "", "2025-04-04", "After eighteen months of talks, the union's bargaining committee will recommend the deal to members."},
		{"Correctional officers rally at the legislature", "", "", "2025-03-28", "Officers say chronic understaffing has put both staff and inmates at risk."},
		{"Union marks 50 years of the Common Front strike", "", "", "2025-03-20", "A new exhibit looks back at the public sector walkout that closed schools and hospitals."},
	})
}

func TestNamesDashOutlet(t *testing.T) {
	// A paper that runs its sister titles' stories prints each byline
	// with the outlet after a dash; its editorial is signed by the paper.
	checkRecs(t, `Port workers in Davao stage walkout over unpaid overtime
Ramon Villena - The Mindanao Times
April 2, 2025 | 6:10pm
The stevedores say they have not been paid for holiday work since January.

Call centre agents push for union recognition
Grace Abad and Nilo Cruz - Mindanaotimes.com
April 1, 2025 | 11:45am

Editorial – The minimum wage is not a living wage
The Mindanao Times
March 31, 2025 | 12:00am
Prices have outrun the last two wage orders.`, []rec{
		{"Port workers in Davao stage walkout over unpaid overtime", "Ramon Villena", "The Mindanao Times", "2025-04-02", "The stevedores say they have not been paid for holiday work since January."},
		{"Call centre agents push for union recognition", "Grace Abad; Nilo Cruz", "Mindanaotimes.com", "2025-04-01", ""},
		{"Editorial – The minimum wage is not a living wage", "", "The Mindanao Times", "2025-03-31", "Prices have outrun the last two wage orders."},
	})
}

func TestIssuedByWithPost(t *testing.T) {
	// A union's statements name who issued each, and their post after a
	// dash: the post is no outlet.
	checkRecs(t, `FAWU condemns dismissal of striking bakery workers
12 March 2025
The Food and Allied Workers Union calls on the company to reinstate all 230 workers.
Issued by Lindiwe Mthembu – FAWU National Spokesperson
READ MORE

Wage agreement reached in the sugar sector
5 March 2025
Issued by Themba Ndlovu – FAWU Sugar Sector Coordinator
READ MORE

FAWU marks International Women's Day
8 March 2025
Women workers in food processing still earn less than men.
Released by Nomvula Dube – FAWU Gender Coordinator
READ MORE`, []rec{
		{"FAWU condemns dismissal of striking bakery workers", "Lindiwe Mthembu", "", "2025-03-12", "The Food and Allied Workers Union calls on the company to reinstate all 230 workers."},
		{"Wage agreement reached in the sugar sector", "Themba Ndlovu", "", "2025-03-05", ""},
		{"FAWU marks International Women's Day", "Nomvula Dube", "", "2025-03-08", "Women workers in food processing still earn less than men."},
	})
}

func TestKindByAuthorAndLength(t *testing.T) {
	// A teaching-resource database: the resource's kind, its authors, its
	// year and its length on one line; the length is no teaser.
	checkRecs(t, `The Homestead Lockout Debate
Teaching Activity. By Carla Ruiz. 10 pages.
Students argue the 1892 lockout from the side of the steelworkers, the company and the Pinkertons.
Grades 8–12

Sit-Down! The Flint Strike
Book — Non-fiction. By Harold Pike and June Ames. 2019. 240 pages.
The story of the 44-day occupation that built the UAW.
Grades 9–12

Voices from the Picket Line
Teaching Activity. By Carla Ruiz. 6 pages.
An oral history project for middle school classes.
Grades 6–8`, []rec{
		{"The Homestead Lockout Debate", "Carla Ruiz", "", "", "Students argue the 1892 lockout from the side of the steelworkers, the company and the Pinkertons."},
		{"Sit-Down! The Flint Strike", "Harold Pike; June Ames", "", "2019", "The story of the 44-day occupation that built the UAW."},
		{"Voices from the Picket Line", "Carla Ruiz", "", "", "An oral history project for middle school classes."},
	})
}

func TestAuthorArchiveKeepsItsName(t *testing.T) {
	// One writer's archive: the same name over every date is the author,
	// not a section (sectionsOverDates).
	checkRecs(t, `Why the dockers' strike matters
Sipho Ndlovu
12 March 2025

The long shadow of the 1973 Durban strikes
Sipho Ndlovu
5 March 2025

What the new labour bill leaves out
Sipho Ndlovu
26 February 2025

Farmworkers and the minimum wage
Sipho Ndlovu
19 February 2025`, []rec{
		{"Why the dockers' strike matters", "Sipho Ndlovu", "", "2025-03-12", ""},
		{"The long shadow of the 1973 Durban strikes", "Sipho Ndlovu", "", "2025-03-05", ""},
		{"What the new labour bill leaves out", "Sipho Ndlovu", "", "2025-02-26", ""},
		{"Farmworkers and the minimum wage", "Sipho Ndlovu", "", "2025-02-19", ""},
	})
}
