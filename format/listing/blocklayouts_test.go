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
	t.Run("time on the date, between headline and teaser", func(t *testing.T) {
		checkRecs(t, `Ferry crews vote to strike over rosters
9:47 pm on 7 May 2025
The seafarers' union says crews were given a day's notice of new shifts.

Audio
Librarians win their pay claim after two years
11:40 am on 2 August 2024
The city council agreed to back-pay the claim in full.

Cleaners at the hospital walk out
6:55 pm on 16 May 2024
Photo: Staff / Ann Lee
Contract cleaners stopped work for two hours over unpaid wages.`, []rec{
			{"Ferry crews vote to strike over rosters", "", "", "2025-05-07", "The seafarers' union says crews were given a day's notice of new shifts."},
			{"Librarians win their pay claim after two years", "", "", "2024-08-02", "The city council agreed to back-pay the claim in full."},
			{"Cleaners at the hospital walk out", "", "", "2024-05-16", "Contract cleaners stopped work for two hours over unpaid wages."},
		})
	})
}

// A news site's tag page in blocks: a kicker over each headline (a
// rubric some entries repeat), a role line under the byline, the date
// last, and a video player's labels and a newsletter sign-up between
// entries.
func TestBlocksWithWidgets(t *testing.T) {
	checkRecs(t, `Nostalgia
Families remember the strike forty years on
Four generations of one pit family share their memories
By Ruth Ash
14:30, 3 MAR 2024

Video Loading
Video Unavailable
Click to play
Cancel
Play now

Durham
Council backs a memorial at the old colliery
By Con Hadley
Local Democracy Reporter
09:00, 28 FEB 2024

Sign up to our Nostalgia newsletter
Get the best memories delivered to your inbox
Enter email
Subscribe

Nostalgia
The front pages from the first week of the strike
We dug into our archive to see how the paper covered the walkout
By Kay Raine
07:00, 25 FEB 2024

Gateshead
Former miner to walk to the gala for a charity appeal
He last made the walk with his lodge banner in 1984
By Sam Pick
16:45, 19 FEB 2024`, []rec{
		{"Families remember the strike forty years on", "Ruth Ash", "", "2024-03-03", "Four generations of one pit family share their memories"},
		{"Council backs a memorial at the old colliery", "Con Hadley", "", "2024-02-28", ""},
		{"The front pages from the first week of the strike", "Kay Raine", "", "2024-02-25", "We dug into our archive to see how the paper covered the walkout"},
		{"Former miner to walk to the gala for a charity appeal", "Sam Pick", "", "2024-02-19", "He last made the walk with his lodge banner in 1984"},
	})
}

// A blog's home feed in blocks: flags and a repeated primary tag over
// some headlines, the authors' names and the date under the teaser; the
// date line carries a reading time, and a print date a page number.
func TestBlockLeadLines(t *testing.T) {
	checkRecs(t, `Featured
Shop Stories
Why the night shift signed first
When we started mapping the building, the overnight crew looked hardest to reach.
Jen Oka, Dave Lutz
Mar 14, 2024 — 9 min read

The favourite is not your enemy
Every shop has one: the worker management trusts with the keys.
Mari Ibar
Mar 7, 2024 — 6 min read

Shop Stories
What we got wrong at the bakery
We won the vote by two and lost the unit within a year.
Sam Thorne
Martes 12 de marzo de 2024, p. 5

Members
Mapping a hospital floor by floor
Hospitals are organised like small cities, with their own borders.
Priya Raman
Feb 13, 2024 — 14 min read`, []rec{
		{"Why the night shift signed first", "Jen Oka; Dave Lutz", "", "2024-03-14", "When we started mapping the building, the overnight crew looked hardest to reach."},
		{"The favourite is not your enemy", "Mari Ibar", "", "2024-03-07", "Every shop has one: the worker management trusts with the keys."},
		{"What we got wrong at the bakery", "Sam Thorne", "", "2024-03-12", "We won the vote by two and lost the unit within a year."},
		{"Mapping a hospital floor by floor", "Priya Raman", "", "2024-02-13", "Hospitals are organised like small cities, with their own borders."},
	})
}

// An APA reference list exported as Markdown: headings, dash bullets,
// italic titles and journals, initials that keep their stops.
func TestMarkdownReferenceList(t *testing.T) {
	checkRecs(t, `## Books

- Abernat, L. M. (1998). *Looms and ledgers: Company towns and the textile strike*. University of Carolina Press.
- Okaf, C. N. (2005). *Mill hands and the New Deal: Labor politics in the Piedmont*. Oxford University Press.

## Articles

- Fowl, D., & Ito, M. (2020). Flying squadrons and the spread of the strike. *Journal of Southern Labor Studies*, 41(2), 201–226.
- Harr, J. (2016). Women in the stretch-out: Speed-up on the shop floor. *Labor History Quarterly*, 13(1), 77–99.`, []rec{
		{"Looms and ledgers: Company towns and the textile strike", "Abernat, L. M.", "University of Carolina Press", "1998", ""},
		{"Mill hands and the New Deal: Labor politics in the Piedmont", "Okaf, C. N.", "Oxford University Press", "2005", ""},
		{"Flying squadrons and the spread of the strike", "Fowl, D.; Ito, M.", "Journal of Southern Labor Studies", "2020", ""},
		{"Women in the stretch-out: Speed-up on the shop floor", "Harr, J.", "Labor History Quarterly", "2016", ""},
	})
}

// A repository's search results: a type label, the headline, inverted
// names set apart by semicolons (one alone under another entry), the
// series with the year in brackets, a snippet cut off, "More"; and a
// working-paper series numbering its items with leading zeros.
func TestRepositoryResults(t *testing.T) {
	checkRecs(t, `Report
Warehouse Injury Rates in the Valley, 2018–2023
Hark, Tom; Nguy, Linh; Ruiz, Ana
Centre for Labour Research (2024)
Using injury logs for 412 warehouses, we find that serious injury rates were nearly double...
More

Working Paper
Who Gets the Raise? Wage Ordinances and Tipped Workers
Okaf, Chidi
Labour Centre Working Paper Series (2024)
This paper examines the 2022 hotel and airport wage ordinances...
More

Data Brief
Union Density by Industry and Region: 2023 Update
Sato, Kenji; Ruiz, Ana
Centre for Labour Research (2023)
Annual data brief on union membership drawn from the population survey...
More`, []rec{
		{"Warehouse Injury Rates in the Valley, 2018–2023", "Hark, Tom; Nguy, Linh; Ruiz, Ana", "Centre for Labour Research", "2024", "Using injury logs for 412 warehouses, we find that serious injury rates were nearly double"},
		{"Who Gets the Raise? Wage Ordinances and Tipped Workers", "Okaf, Chidi", "Labour Centre Working Paper Series", "2024", "This paper examines the 2022 hotel and airport wage ordinances"},
		{"Union Density by Industry and Region: 2023 Update", "Sato, Kenji; Ruiz, Ana", "Centre for Labour Research", "2023", "Annual data brief on union membership drawn from the population survey"},
	})
	checkRecs(t, `2024

00263: Strikes, Lockouts and Real Wages in Catalan Textiles, 1890–1920
by Marta Vidal & Jordi Puja

00262: Who Joined the Union? Membership Ledgers from Ghent
by Lieve Claes

2023

00251: Piece Rates and Protest in the Weaving Sheds
by Hannah Whit & James Poole`, []rec{
		{"Strikes, Lockouts and Real Wages in Catalan Textiles, 1890–1920", "Marta Vidal; Jordi Puja", "", "2024", ""},
		{"Who Joined the Union? Membership Ledgers from Ghent", "Lieve Claes", "", "2024", ""},
		{"Piece Rates and Protest in the Weaving Sheds", "Hannah Whit; James Poole", "", "2023", ""},
	})
}

// Government and archive finders: a gazette's "by the AGENCY on DATE"
// line, a tribunal finder's fields under each case name (labels the
// field table does not know, recurring in every entry), an archive
// catalogue's "Reference:" shelfmark; and a magazine's issue numbers,
// which name no outlet.
func TestFinderFields(t *testing.T) {
	checkRecs(t, `Proposed Rule
Apprenticeship Programs; Labor Standards for Registration
by the Employment and Training Administration on 03/15/2024
The department proposes to update the labor standards for apprenticeship programs.
Citation: 89 FR 18904

Notice
Petitions for Modification of Existing Safety Standards
by the Mine Safety and Health Administration on 03/11/2024
The notice lists the petitions received from mine operators.
Citation: 89 FR 17702

Notice
Labor Organization Annual Financial Reports
by the Office of Labor-Management Standards on 03/08/2024
The office submits the information collection request for review.
Citation: 89 FR 17110`, []rec{
		{"Apprenticeship Programs; Labor Standards for Registration", "Employment and Training Administration", "", "2024-03-15", "The department proposes to update the labor standards for apprenticeship programs."},
		{"Petitions for Modification of Existing Safety Standards", "Mine Safety and Health Administration", "", "2024-03-11", "The notice lists the petitions received from mine operators."},
		{"Labor Organization Annual Financial Reports", "Office of Labor-Management Standards", "", "2024-03-08", "The office submits the information collection request for review."},
	})
	checkRecs(t, `Mr D Okon v Tyneside Bus Services Ltd: 2501873/2023
Tribunal decision country: England and Wales
Jurisdiction code: Trade Union Membership, Unfair Dismissal
Decision date: 12 March 2024

Ms R Hare v Royal Mail Group Ltd: 1601234/2023
Tribunal decision country: England and Wales
Jurisdiction code: Trade Union Membership
Decision date: 11 March 2024`, []rec{
		{"Mr D Okon v Tyneside Bus Services Ltd: 2501873/2023", "", "", "2024-03-12", ""},
		{"Ms R Hare v Royal Mail Group Ltd: 1601234/2023", "", "", "2024-03-11", ""},
	})
	checkRecs(t, `Strike of dock labourers at Hull: reports
Reference: HO 45/10648/210615
Description: Reports from the Chief Constable on the strike of dock labourers at Hull.
Date: 1911
Held by: The National Archives, Kew

London dock strike: mediation by the Lord Mayor
Reference: MEPO 2/229
Description: Correspondence between the committee and the dock companies.
Date: Sep 1889
Held by: The National Archives, Kew`, []rec{
		{"Strike of dock labourers at Hull: reports", "", "", "1911", "Reports from the Chief Constable on the strike of dock labourers at Hull."},
		{"London dock strike: mediation by the Lord Mayor", "", "", "1889-09", "Correspondence between the committee and the dock companies."},
	})
	checkRecs(t, `Bernadette Quell
Down the Docks
Vol. 46 No. 4 · 22 February 2024
Casual labour was the organising principle of the port economy.

Priya Rao
Who Unloaded the Empire?
Vol. 45 No. 22 · 16 November 2023
Lascar seamen appear in the port records as numbers and wages.`, []rec{
		{"Down the Docks", "Bernadette Quell", "", "2024-02-22", "Casual labour was the organising principle of the port economy."},
		{"Who Unloaded the Empire?", "Priya Rao", "", "2023-11-16", "Lascar seamen appear in the port records as numbers and wages."},
	})
}

// Bylines that carry more than names: the time of posting and a count of
// comments, a dateline's city with the date set apart by spaces, a view
// counter after the date.
func TestBylinesWithMore(t *testing.T) {
	t.Run("posted by at a time, with comments", func(t *testing.T) {
		checkRecs(t, `The picket line at the bottom of the world
Workers at a polar research station have won union recognition.
posted by polar_bear at 9:14 AM on February 26, 2025 - 38 comments
Tags: labor, unions

Where have all the strikes gone?
Economists puzzle over the fall in work stoppages.
posted by mf boy at 6:20 PM on February 3, 2025 - 74 comments
Tags: economics, labor`, []rec{
			{"The picket line at the bottom of the world", "polar_bear", "", "2025-02-26", "Workers at a polar research station have won union recognition."},
			{"Where have all the strikes gone?", "mf boy", "", "2025-02-03", "Economists puzzle over the fall in work stoppages."},
		})
	})
	t.Run("name in city, then the date", func(t *testing.T) {
		checkRecs(t, `Copper miners end strike after pay rise
Dana Ospan in Almaty    March 3, 2025
Workers returned after management agreed to raise wages.

Remittance inflows fall for second year
Timur Bek and Ann Roe in Bishkek    February 26, 2025
Money sent home by migrant workers dropped 11% in 2024.

Smelter workers unpaid for three months
Ira Lenz in Dushanbe    February 20, 2025
The plant blames falling prices.`, []rec{
			{"Copper miners end strike after pay rise", "Dana Ospan", "", "2025-03-03", "Workers returned after management agreed to raise wages."},
			{"Remittance inflows fall for second year", "Timur Bek; Ann Roe", "", "2025-02-26", "Money sent home by migrant workers dropped 11% in 2024."},
			{"Smelter workers unpaid for three months", "Ira Lenz", "", "2025-02-20", "The plant blames falling prices."},
		})
	})
	t.Run("a view counter after the date", func(t *testing.T) {
		checkRecs(t, `Кеншілер жалақыны көтеруді талап етті
Автор: Айгерім Сәрсенова
11 наурыз 2025, 14:30   👁 1 245
Кеніш жұмысшылары әкімдікке ұжымдық хат жолдады.

Мұнайшылардың ереуілі үшінші күнге созылды
Автор: Нұрлан Жақсыбеков
7 наурыз 2025, 09:15   👁 3 870
Компания басшылығы келіссөзге дайын екенін мәлімдеді.`, []rec{
			{"Кеншілер жалақыны көтеруді талап етті", "Айгерім Сәрсенова", "", "2025-03-11", "Кеніш жұмысшылары әкімдікке ұжымдық хат жолдады."},
			{"Мұнайшылардың ереуілі үшінші күнге созылды", "Нұрлан Жақсыбеков", "", "2025-03-07", "Компания басшылығы келіссөзге дайын екенін мәлімдеді."},
		})
	})
}

// A newspaper's topic page that closes each entry with the byline on a
// line of its own (a name, a desk or a wire service) and a date stamped
// with when it was updated and the city it was filed from. The wire is
// the source; the city is no author; a last initial keeps its stop.
func TestUpdatedDatelines(t *testing.T) {
	checkRecs(t, `Region
Steel plant workers form a human chain against the sale
Employees said they would not allow the government to sell its stake.
Ravi Teja K.
September 27, 2024 11:15 pm | Updated 11:16 pm IST - VISAKHAPATNAM

Nation
Unions' general strike draws a mixed response
Banks and post offices closed in several states while most markets stayed open.
PTI
July 9, 2025 07:40 pm IST - NEW DELHI

Region
Miners threaten a strike over outsourcing
Unions warned that handing new blocks to contractors would undermine the permanent workforce.
Staff Reporter
May 20, 2025 06:47 pm | Updated 06:50 pm IST - KOTHAGUDEM`, []rec{
		{"Steel plant workers form a human chain against the sale", "Ravi Teja K.", "", "2024-09-27", "Employees said they would not allow the government to sell its stake."},
		{"Unions' general strike draws a mixed response", "", "PTI", "2025-07-09", "Banks and post offices closed in several states while most markets stayed open."},
		{"Miners threaten a strike over outsourcing", "Staff Reporter", "", "2025-05-20", "Unions warned that handing new blocks to contractors would undermine the permanent workforce."},
	})
}

// A newsletter's digest pasted from its web version: each headline names
// the outlet it links to in brackets; a reading list gives the writers
// and the outlet after a dash; a call to action's button is chrome. A
// venue in brackets is no outlet, nor a language.
func TestDigestOutlets(t *testing.T) {
	checkRecs(t, `ON THE PICKET LINE

Refinery workers authorize a strike over staffing (Gulf Coast Herald)
Members voted by 94 percent to authorize a strike as talks stalled over overtime.

Baristas file forty election petitions in one day (Evening Post)
The union says workers in 14 states filed for elections on Monday.

Support the newsletter
Join →

WHAT WE'RE READING

What the oil strikes of 2011 still teach us — Ann Lee, Labor Review
A look at subcontracting and the longest strike of the decade.

The strike that built the union — Leo Barr and Nina Pell, Shop Floor Weekly
Flint, 1937, retold for a new generation of autoworkers.`, []rec{
		{"Refinery workers authorize a strike over staffing", "", "Gulf Coast Herald", "", "Members voted by 94 percent to authorize a strike as talks stalled over overtime."},
		{"Baristas file forty election petitions in one day", "", "Evening Post", "", "The union says workers in 14 states filed for elections on Monday."},
		{"What the oil strikes of 2011 still teach us", "Ann Lee", "Labor Review", "", "A look at subcontracting and the longest strike of the decade."},
		{"The strike that built the union", "Leo Barr; Nina Pell", "Shop Floor Weekly", "", "Flint, 1937, retold for a new generation of autoworkers."},
	})
	checkRecs(t, `Seminar: Time discipline and resistance (Hall of the Weavers' Institute)
Tuesday 12 March 2024

Seminar: Harvests, households and seasons (Hall of the Weavers' Institute)
Tuesday 19 March 2024`, []rec{
		{"Seminar: Time discipline and resistance (Hall of the Weavers' Institute)", "", "", "2024-03-12", ""},
		{"Seminar: Harvests, households and seasons (Hall of the Weavers' Institute)", "", "", "2024-03-19", ""},
	})
}

// A forum's thread list pasted as text: the title, the thread's pages,
// the starter's handle and the start date, counters, then the last
// post's date and poster. Handles read as no names; their slot above
// the first date makes them the authors, and the last poster is none.
func TestForumThreads(t *testing.T) {
	checkRecs(t, `Refinery closure - workers balloting
1 2 3
redsquirrel
Mar 14, 2024
Replies
68
Views
4K
Yesterday at 10:14 PM
Brockley Bill

Junior doctors strikes thread
1 2 3 … 11
Pickman's model
Jan 3, 2024
Replies
312
Views
19K
Mar 18, 2024
two sheds

Rail dispute finally over?
LeftyLucy
Feb 27, 2024
Replies
27
Views
1K
Mar 12, 2024
Orang Utan`, []rec{
		{"Refinery closure - workers balloting", "redsquirrel", "", "2024-03-14", ""},
		{"Junior doctors strikes thread", "Pickman's model", "", "2024-01-03", ""},
		{"Rail dispute finally over?", "LeftyLucy", "", "2024-02-27", ""},
	})
}

// A podcast app's episode list: title, date and length, description,
// then the app's buttons ("Play Later", "Like"), which read like a name
// but are furniture.
func TestPodcastEpisodes(t *testing.T) {
	checkRecs(t, `The 1972 dock strike, with Ruth Mallory
14 Mar 2024 · 58m
Historian Ruth Mallory explains how five dockers jailed in Pentonville set off a national stoppage.
Play Later
Lists
Like

Women and the weaving sheds
29 Feb 2024 · 1h 04m
We talk to Gwen Price about the women who ran the weavers' amalgamation between the wars.
Play Later
Lists
Like`, []rec{
		{"The 1972 dock strike, with Ruth Mallory", "", "", "2024-03-14", "Historian Ruth Mallory explains how five dockers jailed in Pentonville set off a national stoppage."},
		{"Women and the weaving sheds", "", "", "2024-02-29", "We talk to Gwen Price about the women who ran the weavers' amalgamation between the wars."},
	})
}

// A journal issue's contents, each block the author's name over the
// title, under section headings: the blocks are the entries, and the
// headings none.
func TestNameOverTitleContents(t *testing.T) {
	checkRecs(t, `Труд, протест, память

Ирина Петрова
Нефтяники Мангышлака: забастовка 1989 года в устной истории

Дмитрий Соколов
«Мы не рабы»: рабочие комитеты Караганды, 1989–1991

Ольга Миронова
Новочеркасск-1962 в семейных архивах

Право и общество

Максим Гуревич
Профсоюзы без забастовок: парадоксы трудового законодательства

Алия Жумабекова
Курьеры, платформы и новые формы коллективного действия`, []rec{
		{"Нефтяники Мангышлака: забастовка 1989 года в устной истории", "Ирина Петрова", "", "", ""},
		{"«Мы не рабы»: рабочие комитеты Караганды, 1989–1991", "Дмитрий Соколов", "", "", ""},
		{"Новочеркасск-1962 в семейных архивах", "Ольга Миронова", "", "", ""},
		{"Профсоюзы без забастовок: парадоксы трудового законодательства", "Максим Гуревич", "", "", ""},
		{"Курьеры, платформы и новые формы коллективного действия", "Алия Жумабекова", "", "", ""},
	})
}

// A broadcaster's topic page whose teasers end in the link word ("mehr")
// run onto the teaser's last sentence; a video's length and label are
// furniture.
func TestTeaserLinkWord(t *testing.T) {
	checkRecs(t, `Tarifkonflikt
Verdi ruft zu Warnstreiks im Nahverkehr auf
Die Gewerkschaft hat Beschäftigte in mehreren Ländern zu Warnstreiks aufgerufen. Betroffen sind Busse und Bahnen. mehr
14.03.2024

Lufthansa
Bodenpersonal legt erneut die Arbeit nieder
An den Flughäfen fallen heute Hunderte Flüge aus. Es ist der fünfte Streik in dieser Tarifrunde. mehr
07.03.2024

Video
Bahnstreik
Was Pendler jetzt wissen müssen
Die Lokführer streiken ab Donnerstag im Personenverkehr. Welche Rechte haben Fahrgäste? mehr
01:54 Min
06.03.2024

Kasachstan
Ölarbeiter protestieren gegen niedrige Löhne
Im Westen des Landes sind Hunderte Beschäftigte in den Ausstand getreten. Die Region hat eine lange Geschichte von Arbeitskämpfen. mehr
26.02.2024`, []rec{
		{"Verdi ruft zu Warnstreiks im Nahverkehr auf", "", "", "2024-03-14", "Die Gewerkschaft hat Beschäftigte in mehreren Ländern zu Warnstreiks aufgerufen. Betroffen sind Busse und Bahnen."},
		{"Bodenpersonal legt erneut die Arbeit nieder", "", "", "2024-03-07", "An den Flughäfen fallen heute Hunderte Flüge aus. Es ist der fünfte Streik in dieser Tarifrunde."},
		{"Was Pendler jetzt wissen müssen", "", "", "2024-03-06", "Die Lokführer streiken ab Donnerstag im Personenverkehr. Welche Rechte haben Fahrgäste?"},
		{"Ölarbeiter protestieren gegen niedrige Löhne", "", "", "2024-02-26", "Im Westen des Landes sind Hunderte Beschäftigte in den Ausstand getreten. Die Region hat eine lange Geschichte von Arbeitskämpfen."},
	})
}

// An aggregator's posts: the headline, then a quoted excerpt followed by
// who wrote it, when and where ("Artikel von X vom DATE in SOURCE"), or
// only when and where ("Meldung vom DATE bei SOURCE").
func TestQuotedExcerptAttribution(t *testing.T) {
	checkRecs(t, `Ford Köln: Erster Streik seit fast fünfzig Jahren
„Bei Ford in Köln haben die Beschäftigten erstmals seit Jahrzehnten die Arbeit niedergelegt. Es geht um Abfindungen …“ Artikel von Bernd Müller vom 14. Mai 2025 in Telepolis

Dossier
Warnstreiks bei der Post: Verdi erhöht den Druck
„Tausende Zustellerinnen und Zusteller haben am Montag die Arbeit niedergelegt. Die Gewerkschaft fordert sieben Prozent mehr Lohn.“ Artikel von Jana Friedrichs und Uwe Kalbe vom 3. Februar 2025 im nd
Siehe auch unser Dossier: Deutsche Post

Dossier
Lokführerstreik: GDL und Bahn einigen sich
„Nach monatelangem Tarifkonflikt haben sich die Deutsche Bahn und die Lokführergewerkschaft GDL geeinigt.“ Meldung vom 26. März 2024 bei tagesschau.de`, []rec{
		{"Ford Köln: Erster Streik seit fast fünfzig Jahren", "Bernd Müller", "Telepolis", "2025-05-14", "„Bei Ford in Köln haben die Beschäftigten erstmals seit Jahrzehnten die Arbeit niedergelegt. Es geht um Abfindungen …“"},
		{"Warnstreiks bei der Post: Verdi erhöht den Druck", "Jana Friedrichs; Uwe Kalbe", "nd", "2025-02-03", "„Tausende Zustellerinnen und Zusteller haben am Montag die Arbeit niedergelegt. Die Gewerkschaft fordert sieben Prozent mehr Lohn.“"},
		{"Lokführerstreik: GDL und Bahn einigen sich", "", "tagesschau.de", "2024-03-26", "„Nach monatelangem Tarifkonflikt haben sich die Deutsche Bahn und die Lokführergewerkschaft GDL geeinigt.“"},
	})
}

// A blog's category archive: title, "Posted on DATE by NAME", excerpt,
// link and category line. One title ends in a year and reads like a
// sentence; over the byline, where the others stand, it is a title.
func TestHeadlineOverPostedBy(t *testing.T) {
	checkRecs(t, `Category Archives: Labour

Wage arrears and the moral economy of the workshop
Posted on 26 February 2025 by Ann Lee

When journeymen went unpaid, they did not only go to court. They also sang, drank and slandered.

Continue reading →

Posted in Labour | 3 Comments

‘A company of idle and disorderly persons’: apprentices and the language of riot, 1641
Posted on 30 January 2025 by Bob Ray

The disturbances of 1641 are usually read as religious politics. The petitions tell a story about labour.

Continue reading →

Posted in Labour | 7 Comments

Counting the working poor: what parish accounts tell us
Posted on 11 December 2024 by Cy Dunn

Overseers' accounts are the closest thing we have to a census of the poor. They are not neutral.

Continue reading →

Posted in Labour | 2 Comments

← Older posts`, []rec{
		{"Wage arrears and the moral economy of the workshop", "Ann Lee", "", "2025-02-26", "When journeymen went unpaid, they did not only go to court. They also sang, drank and slandered."},
		{"‘A company of idle and disorderly persons’: apprentices and the language of riot, 1641", "Bob Ray", "", "2025-01-30", "The disturbances of 1641 are usually read as religious politics. The petitions tell a story about labour."},
		{"Counting the working poor: what parish accounts tell us", "Cy Dunn", "", "2024-12-11", "Overseers' accounts are the closest thing we have to a census of the poor. They are not neutral."},
	})
}
