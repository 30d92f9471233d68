package listing_test

import "testing"

// Layouts met in session 34's working sets: each fixture is written for
// the rule it tests.

// A Russian reference list in GOST 7.1's full form opens each description
// with a heading, the first author's name, which the statement of
// responsibility after " / " repeats: the heading's form names that
// author, the statement's other names follow, and the heading is no part
// of the title (a heading with no statement after it is read as the
// author's name all the same). A newspaper's issue gives its day after the year; a
// dissertation's statement (": дис. … канд. ист. наук") is no part of
// its title, and names no publisher.
func TestGOSTHeadingOverStatement(t *testing.T) {
	checkRecs(t, `Литература
1. Орлова Т. Н. Артельный труд на волжских пристанях в 1890–1914 гг. / Т. Н. Орлова. — Самара : Самарский ун-т, 2011. — 204 с.
2. Зуев К. П. Печатники Москвы и стачка 1903 года / К. П. Зуев, Л. Р. Мартынова. — М. : Наука, 1994. — 312 с.
3. Гладков С. В. Забастовка на ткацкой фабрике / С. В. Гладков // Губернские ведомости. — 1907. — 22 марта. — № 64.
4. Чернова А. А. Рабочие артели Поволжья в конце XIX века : дис. … канд. ист. наук : 07.00.02 / А. А. Чернова. — Казань, 2004. — 219 с.
5. Рябов П. Н. Грузчики Самарской пристани // Волжский вестник. — 1899. — № 140.`, []rec{
		{"Артельный труд на волжских пристанях в 1890–1914 гг", "Орлова Т. Н.", "Самара : Самарский ун-т", "2011", ""},
		{"Печатники Москвы и стачка 1903 года", "Зуев К. П.; Л. Р. Мартынова", "М. : Наука", "1994", ""},
		{"Забастовка на ткацкой фабрике", "Гладков С. В.", "// Губернские ведомости", "1907-03-22", ""},
		{"Рабочие артели Поволжья в конце XIX века", "Чернова А. А.", "", "2004", ""},
		{"Грузчики Самарской пристани", "Рябов П. Н.", "// Волжский вестник", "1899", ""},
	})
}

// The short form of GOST sets its areas apart by stops alone ("Title /
// под ред. Name. Place: Publisher, Year. Pages."), and a dissertation's
// statement may follow the title after an unspaced colon.
func TestGOSTShortForm(t *testing.T) {
	checkRecs(t, `Список источников
1. Стачечное движение в Поволжье: сборник документов / под ред. В. Г. Корнеевой. Саратов: Приволжское кн. изд-во, 1988. 344 с.
2. Хроника забастовок на Урале. Вып. 2: 1905 год / сост. Р. П. Ильин. Пермь: Книжный мир, 2002. 276 с.
3. Белова Н. С. Женский труд на табачных фабриках в начале XX в.: дис. … канд. ист. наук: 07.00.02. Самара, 2010. 198 с.`, []rec{
		{"Стачечное движение в Поволжье: сборник документов", "В. Г. Корнеевой", "Саратов: Приволжское кн. изд-во", "1988", ""},
		{"Хроника забастовок на Урале. Вып. 2: 1905 год", "Р. П. Ильин", "Пермь: Книжный мир", "2002", ""},
		{"Женский труд на табачных фабриках в начале XX в", "Белова Н. С.", "", "2010", ""},
	})
}

// A library catalogue's results print the kind of each work, its
// heading (the author's name, maybe inverted and in full) and its
// description. The heading gives the form of the author the description
// names; a work with no author is described by its title and source
// alone: a newspaper's after " // ", a publisher's after the area's dash.
func TestCatalogueHeadingsAndAnonymousWorks(t *testing.T) {
	checkRecs(t, `Найдено: 318

1
Книга
Пахомов, Илья Сергеевич
Судоремонтники Астрахани в 1920-е годы / И. С. Пахомов. – Астрахань : Волга, 2008. – 190 с.
Заказать

2
Газета
Стачка в железнодорожных мастерских // Северный край. – 1905. – 9 окт. (№ 211). – С. 3.
Заказать

3
Книга
Рабочий контроль на предприятиях Поволжья : сборник документов, 1917–1918. – Саратов : Летопись, 1967. – 288 с.
Заказать

4
Статья
Ковалёва Е. Д.
Профсоюз грузчиков и портовые власти / Е. Д. Ковалёва // Вопросы истории. – 2016. – № 9. – С. 33–47.
Заказать`, []rec{
		{"Судоремонтники Астрахани в 1920-е годы", "Пахомов, Илья Сергеевич", "Астрахань : Волга", "2008", ""},
		{"Стачка в железнодорожных мастерских", "", "// Северный край", "1905-10-09", ""},
		{"Рабочий контроль на предприятиях Поволжья : сборник документов, 1917–1918", "", "Саратов : Летопись", "1967", ""},
		{"Профсоюз грузчиков и портовые власти", "Ковалёва Е. Д.", "// Вопросы истории", "2016", ""},
	})
}

// A news site's list prints under each headline its date, time and
// section, the year left out for this year's stories: the section is no
// part of the date line, and the year of the last story's full date
// gives the others theirs.
func TestDateTimeSectionLines(t *testing.T) {
	checkRecs(t, `Strikes

Bottling plant workers return after pay deal
Workers accepted a six per cent rise after a week on the picket line.
11 Mar, 09:40, Business

Nurses' union sets ballot date
07 Mar, 17:05, Health
Jo Baxter

Council cleaners win back pay
28 Dec 2024, 12:10, Local News`, []rec{
		{"Bottling plant workers return after pay deal", "", "", "2025-03-11", "Workers accepted a six per cent rise after a week on the picket line."},
		{"Nurses' union sets ballot date", "Jo Baxter", "", "2025-03-07", ""},
		{"Council cleaners win back pay", "", "", "2024-12-28", ""},
	})
}

// A news site prints each story's date and time in one box and its
// teaser in the next, and a copy glues them: "Mar - 12 - 2024 ,
// 07:14The union…". The date and time lead the teaser.
func TestDateTimeGluedToTeaser(t *testing.T) {
	checkRecs(t, `Teachers' union gives ministry two weeks over unpaid allowances
Apr - 09 - 2024 , 08:20The national teachers' union says it will withdraw services if the allowances are not paid by the end of the month.

Cocoa haulage drivers call off sit-down strike
Author: Esi Mensah-Bonsu
Apr - 05 - 2024 , 17:45Drivers who haul cocoa to the ports returned to work after the board agreed to review freight rates.

Port casual workers petition parliament
Author: Yaw Boateng
Apr - 02 - 2024 , 11:05Casual workers at the port want parliament to press for permanent contracts after years of daily hire.`, []rec{
		{"Teachers' union gives ministry two weeks over unpaid allowances", "", "", "2024-04-09", "The national teachers' union says it will withdraw services if the allowances are not paid by the end of the month."},
		{"Cocoa haulage drivers call off sit-down strike", "Esi Mensah-Bonsu", "", "2024-04-05", "Drivers who haul cocoa to the ports returned to work after the board agreed to review freight rates."},
		{"Port casual workers petition parliament", "Yaw Boateng", "", "2024-04-02", "Casual workers at the port want parliament to press for permanent contracts after years of daily hire."},
	})
}

// A link aggregator's search prints under each story a line of fields:
// its points, the poster's handle, its age and its comments. The handle
// is the entry's author; a field that held the same word on every line
// would be a label.
func TestHandlesAmongCountFields(t *testing.T) {
	checkRecs(t, `Stories matching "strike"

Warehouse pickers at three fulfilment centres vote to unionise (example.com)
98 points | kmoreau | 4 days ago | 51 comments

Tell us: how did your workplace organise remotely?
44 points | remote_rita | 2 weeks ago | 130 comments

The 1919 Seattle general strike, a century on (example.org)
77 points | dockside42 | 1 year ago | 23 comments`, []rec{
		{"Warehouse pickers at three fulfilment centres vote to unionise", "kmoreau", "example.com", "", ""},
		{"Tell us: how did your workplace organise remotely?", "remote_rita", "", "", ""},
		{"The 1919 Seattle general strike, a century on", "dockside42", "example.org", "", ""},
	})
}

// The same lower-case word in that field on every line is the items'
// format, no poster's handle.
func TestRepeatedLowercaseFieldIsLabel(t *testing.T) {
	checkRecs(t, `Downloads

Minutes of the general strike committee
12 March 2024 | pdf | 14 pages

Leaflets of the tramway strike
9 March 2024 | pdf | 6 pages

Newsletters of the rent strike
2 March 2024 | pdf | 31 pages`, []rec{
		{"Minutes of the general strike committee", "", "", "2024-03-12", ""},
		{"Leaflets of the tramway strike", "", "", "2024-03-09", ""},
		{"Newsletters of the rent strike", "", "", "2024-03-02", ""},
	})
}

// A conference programme in the British style prints each paper as its
// speakers, where they work in brackets, a comma and the title in single
// quotes; quotes and apostrophes inside the title stay in it.
func TestProgrammeSpeakerCommaQuotedTitle(t *testing.T) {
	checkRecs(t, `Panel 3B: Ports and Casual Labour
Chair: Dr Helen Roe (University of Bristol)
Aoife Kerrigan (Trinity College Dublin), ‘“Button men”: the call-on at Dublin’s North Wall, 1900–1913’
Marcus Lindqvist and Judith Oyelaran (University of Aberdeen, History), ‘Trawlermen’s wives and the 1936 tie-up’
Ravi Sandhu (King’s College London), ‘‘We kept the line’: Sikh foundry workers in Smethwick, 1965–1975’`, []rec{
		{"“Button men”: the call-on at Dublin’s North Wall, 1900–1913", "Aoife Kerrigan", "", "", ""},
		{"Trawlermen’s wives and the 1936 tie-up", "Marcus Lindqvist; Judith Oyelaran", "", "", ""},
		{"‘We kept the line’: Sikh foundry workers in Smethwick, 1965–1975", "Ravi Sandhu", "", "", ""},
	})
}

// A labour council's daily digest quotes each story from its outlet:
// "► From the Outlet (Month D) — Headline — Excerpt". The outlet is the
// source, its bracketed day is dated by the digest's issue, and the
// excerpt is the summary.
func TestDigestFromOutletLines(t *testing.T) {
	checkRecs(t, `THE BULLETIN
Daily news from the Riverside Labor Council
Tuesday, June 10, 2025

LOCAL
► From the Riverside Courier — Bus drivers reject final offer — Members of ATU Local 1402 voted 91 per cent against the transit agency's offer.
► From KRVS 7 (June 9) — Hospital cooks file for union election — Kitchen staff at Mercy General asked the labor board for a vote.

STATE
► From the Capitol Ledger — Heat standard for outdoor workers clears committee — The bill would require shade and water breaks above 90 degrees.`, []rec{
		{"Bus drivers reject final offer", "", "Riverside Courier", "", "Members of ATU Local 1402 voted 91 per cent against the transit agency's offer."},
		{"Hospital cooks file for union election", "", "KRVS 7", "2025-06-09", "Kitchen staff at Mercy General asked the labor board for a vote."},
		{"Heat standard for outdoor workers clears committee", "", "Capitol Ledger", "", "The bill would require shade and water breaks above 90 degrees."},
	})
}

// A headline that opens with "From" and has a dash is no digest's item.
func TestFromHeadlineIsNoOutlet(t *testing.T) {
	checkRecs(t, `Books

From Pit to Parliament – the miners' first MPs
By Alun Rees, 12 May 2024

From Bread to Roses - a new history of the Lawrence strike
By Maria Costa, 3 May 2024`, []rec{
		{"From Pit to Parliament – the miners' first MPs", "Alun Rees", "", "2024-05-12", ""},
		{"From Bread to Roses - a new history of the Lawrence strike", "Maria Costa", "", "2024-05-03", ""},
	})
}

// A conference programme in the American style prints each paper title
// first, a dash, then its speakers with where they work in brackets;
// the session's chair and commentator are no papers.
func TestProgrammeTitleThenSpeakers(t *testing.T) {
	checkRecs(t, `Session 14
Organizing the Unorganized: Service Workers, 1930–1980
Saturday, April 12, 2025 · 9:00 am – 10:30 am
Chair: Alan Whitby, Wayne State University
Hotel Workers and the Politics of the Tip in Las Vegas, 1955–1970 — Carla Ruiz (University of Nevada)
The Janitors’ Strikes of 1946 and the Building Trades — Owen Pratt (Temple University) and Mei Lin (Rutgers University)
Waitresses, Unions and the Night Shift in Postwar Detroit - Dana Kowal (Oakland University)
Comment: Joan Sayer, Ohio State University`, []rec{
		{"Hotel Workers and the Politics of the Tip in Las Vegas, 1955–1970", "Carla Ruiz", "", "", ""},
		{"The Janitors’ Strikes of 1946 and the Building Trades", "Owen Pratt; Mei Lin", "", "", ""},
		{"Waitresses, Unions and the Night Shift in Postwar Detroit", "Dana Kowal", "", "", ""},
	})
}

// A library catalogue's results put a box to tick before each title, the
// labelled author and imprint under it. The box opens the entry: no
// reading may leave it under the line before. A copyright year ("c2002")
// is the date, and its "c" no part of the publisher.
func TestCatalogueTickBoxesOpenEntries(t *testing.T) {
	checkRecs(t, `Results 1 - 4 of 52
☐ Pickets and police : the Stratford strike of 1933 / Ellen Marsh
Author: Marsh, Ellen, 1950-
Published: Toronto : Lorimer, c2004
Type: Book
☐ The Asbestos miners' strike : a documentary history / edited by Luc Gagnon
Author: Gagnon, Luc, 1931-
Published: Montréal : Boréal, 1979
Type: Book
☐ Estevan 1931 : coal, class and the Mounties
Published: Regina : Canadian Plains Research Center, 1988
Type: Book
☐ Rank and file : the Winnipeg strike remembered
Author: Dubinsky, Karen ; Ostry, Paul
Published: Winnipeg : Arbeiter Ring, 2019
Type: Book
Previous | 1 2 3 | Next`, []rec{
		{"Pickets and police : the Stratford strike of 1933", "Marsh, Ellen", "Toronto : Lorimer", "2004", ""},
		{"The Asbestos miners' strike : a documentary history", "Gagnon, Luc", "Montréal : Boréal", "1979", ""},
		{"Estevan 1931 : coal, class and the Mounties", "", "Regina : Canadian Plains Research Center", "1988", ""},
		{"Rank and file : the Winnipeg strike remembered", "Dubinsky, Karen; Ostry, Paul", "Winnipeg : Arbeiter Ring", "2019", ""},
	})
}

// A biographical dictionary's select bibliography lists its works in
// one paragraph, apart by semicolons, each book as "Initials Surname,
// Title (Place, Year)": each book is an entry. (A newspaper cited by its
// day alone and "private information" are not yet read.)
func TestSemicolonBibliographyParagraph(t *testing.T) {
	checkRecs(t, `Select Bibliography

J. R. Hale, The Wharf Labourers of Fremantle (Perth, 1958); M. A. Doyle, Union and Community on the Goldfields (Melb, 1974); K. Brennan, Dust and Wages (Adel, 1981); Westralian Worker (Perth), 4 Feb 1919; private information.`, []rec{
		{"The Wharf Labourers of Fremantle", "J. R. Hale", "", "1958", ""},
		{"Union and Community on the Goldfields", "M. A. Doyle", "", "1974", ""},
		{"Dust and Wages", "K. Brennan", "", "1981", ""},
	})
}

// A teaser whose clauses run apart by semicolons, each with a year, is
// no bibliography, even under a line that reads as a name.
func TestSemicolonClausesStayProse(t *testing.T) {
	checkRecs(t, `Broken Hill remembered
Ann Cole
Miners, their unions and the town (NSW), 1892; the lockout, 1909; the strike, 1917; the long strike, 1919; the inquiry, 1920; the closure, 1925; and after.

Lawrence remembered
Joe Ruiz
Weavers, their children and the mills (Mass.), 1912; the march, 1912; the trial, 1913; the return, 1913; the inquiry, 1914; the closure, 1925; and after.`, []rec{
		{"Broken Hill remembered", "Ann Cole", "", "", "Miners, their unions and the town (NSW), 1892; the lockout, 1909; the strike, 1917; the long strike, 1919; the inquiry, 1920; the closure, 1925; and after."},
		{"Lawrence remembered", "Joe Ruiz", "", "", "Weavers, their children and the mills (Mass.), 1912; the march, 1912; the trial, 1913; the return, 1913; the inquiry, 1914; the closure, 1925; and after."},
	})
}

// A dissertation's description may print where it was defended as an
// imprint ("М. : МГУ"): a dissertation has no publisher.
func TestGOSTDissertationNamesNoPublisher(t *testing.T) {
	checkRecs(t, `Диссертации
1. Ким А. Б. Профсоюзы Караганды в 1950-е годы : дис. … канд. ист. наук : 07.00.02 / А. Б. Ким. — М. : МГУ, 2003. — 200 с.
2. Лебедева О. Н. Стачки текстильщиц Иванова : дис. … канд. ист. наук : 07.00.02 / О. Н. Лебедева. — Иваново : ИвГУ, 2007. — 187 с.`, []rec{
		{"Профсоюзы Караганды в 1950-е годы", "Ким А. Б.", "", "2003", ""},
		{"Стачки текстильщиц Иванова", "Лебедева О. Н.", "", "2007", ""},
	})
}
