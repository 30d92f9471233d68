package listing_test

import "testing"

// References that open with their authors, in the styles bibliographies
// and reading lists print: the names stay as printed, the publisher or
// periodical is the source, the year is the date.
func TestAuthorFirstCitations(t *testing.T) {
	t.Run("chicago books", func(t *testing.T) {
		checkRecs(t, `Abernathy, Ruth. Looms and Lockouts: Mill Towns of the Piedmont. Durham, NC: Carolina Shore Press, 1971.
Baptiste, Jean-Marc, and Ellen Ward. A Harbour in Revolt: Dockers and the State. London: Fenwick & Sons, 1984.
Ogawa, K. T. The Long Strike at Kamaishi. Tokyo: Hoshino Books, 1999.`, []rec{
			{"Looms and Lockouts: Mill Towns of the Piedmont", "Abernathy, Ruth", "Durham, NC: Carolina Shore Press", "1971", ""},
			{"A Harbour in Revolt: Dockers and the State", "Baptiste, Jean-Marc; Ellen Ward", "London: Fenwick & Sons", "1984", ""},
			{"The Long Strike at Kamaishi", "Ogawa, K. T.", "Tokyo: Hoshino Books", "1999", ""},
		})
	})
	t.Run("articles in quotes", func(t *testing.T) {
		checkRecs(t, `Lindqvist, Hanna. “Seamstresses on the March, 1911–1913.” Nordic Labour Review 14, no. 2 (1988): 33–61.
Pereira, Tomás, and Ana Reis. "Cork Workers and the Republic." Iberian Social History 7, no. 1 (2002): 5–29.
Moyo, Grace. “Miners’ Wives in Kitwe.” Journal of Southern Labour 3 (1979): 101–19.`, []rec{
			{"Seamstresses on the March, 1911–1913", "Lindqvist, Hanna", "Nordic Labour Review", "1988", ""},
			{"Cork Workers and the Republic", "Pereira, Tomás; Ana Reis", "Iberian Social History", "2002", ""},
			{"Miners’ Wives in Kitwe", "Moyo, Grace", "Journal of Southern Labour", "1979", ""},
		})
	})
	t.Run("apa", func(t *testing.T) {
		checkRecs(t, `Okafor, C. N., & Brandt, L. (2014). Casual labour at the container port. Maritime Work Studies, 22(4), 411–430.
Vance, P. (2009). Strike waves and the business cycle. Economic History Notes, 5(1), 1–18.
Halloran, M. J. (2017). The teachers' strike of 1970. Education and Labour, 9(2), 77–95.`, []rec{
			{"Casual labour at the container port", "Okafor, C. N.; Brandt, L.", "Maritime Work Studies", "2014", ""},
			{"Strike waves and the business cycle", "Vance, P.", "Economic History Notes", "2009", ""},
			{"The teachers' strike of 1970", "Halloran, M. J.", "Education and Labour", "2017", ""},
		})
	})
	t.Run("gost", func(t *testing.T) {
		checkRecs(t, `Соколова А. В. Стачка ткачей в Иваново // Рабочая летопись. – 1996. – № 4. – С. 12–30.
Ким Л. Т., Орлов Д. С. Шахтёры Караганды в 1989 году // Вопросы истории труда. – 2004. – № 2. – С. 5–19.
Бекова Ж. Профсоюзы Казахстана // Степной вестник. – 2011. – № 7.`, []rec{
			{"Стачка ткачей в Иваново", "Соколова А. В.", "// Рабочая летопись", "1996", ""},
			{"Шахтёры Караганды в 1989 году", "Ким Л. Т.; Орлов Д. С.", "// Вопросы истории труда", "2004", ""},
			{"Профсоюзы Казахстана", "Бекова Ж.", "// Степной вестник", "2011", ""},
		})
	})
	t.Run("catalogue descriptions", func(t *testing.T) {
		checkRecs(t, `1.
Стачка на Балхашском медеплавильном заводе : очерк / А. Б. Сейткали. — Алматы : Казахстан, 1992. — 112 с.
Вид документа: Книга
Экземпляры: Читальный зал (1)

2.
Горняки Экибастуза в 1989 году / К. Л. Омаров, Д. Н. Петрова // Вопросы истории труда. — 2007. — № 3. — С. 21–40.
Вид документа: Статья
Экземпляры: Отдел периодики

3.
Профсоюзы в годы реформ : сборник документов / сост. Р. Т. Ли ; под ред. С. К. Жумабаева. — Караганда : Арко, 2001. — 240 с.
Вид документа: Книга
Экземпляры: Основной фонд (2)`, []rec{
			{"Стачка на Балхашском медеплавильном заводе : очерк", "А. Б. Сейткали", "Алматы : Казахстан", "1992", ""},
			{"Горняки Экибастуза в 1989 году", "К. Л. Омаров; Д. Н. Петрова", "// Вопросы истории труда", "2007", ""},
			{"Профсоюзы в годы реформ : сборник документов", "Р. Т. Ли; С. К. Жумабаева", "Караганда : Арко", "2001", ""},
		})
	})
	t.Run("catalogue descriptions with headings, editions and bodies", func(t *testing.T) {
		// The heading (the author's name inverted) and the type stand
		// over the description: the heading gives the form of the name
		// the statement repeats; an edition area comes before the
		// imprint; a body after the author is no person; a genre
		// statement is not the title.
		checkRecs(t, `Найдено: 2

1
Книга
Ли, Роман Тимурович.
Забастовка на Темиртауском комбинате : монография / Р. Т. Ли ; Институт истории труда. - Изд. 2-е. - Караганда : Арко, 2012. - 210 с.
Заказать

2
Kniha
Dělnické spolky na Kladně 1880-1914 / uspořádala Eva Malá. -- Vydání první. -- Kladno : Středočeské muzeum, 2015. -- 180 stran
ISBN 978-80-00000-00-0`, []rec{
			{"Забастовка на Темиртауском комбинате", "Ли, Роман Тимурович", "Караганда : Арко", "2012", ""},
			{"Dělnické spolky na Kladně 1880-1914", "Eva Malá", "Kladno : Středočeské muzeum", "2015", ""},
		})
	})
	t.Run("comma-separated references under section headings", func(t *testing.T) {
		checkRecs(t, `Per approfondire

Una breve bibliografia sugli scioperi del 1943, a cura della redazione.

Memorie
• L. Bianchi, Le fabbriche si fermano, Einaudi, Torino 1965.
• R. Neri, Diario di un operaio. Marzo 1943, Edizioni Lavoro, Roma 1993.
• G. Sala, Le donne della Breda, Feltrinelli, Milano 1981.

Studi
• M. Verdi e C. Rossi, Gli scioperi del marzo 1943, il Mulino, Bologna 2003.
• F. Gallo, La classe operaia e la guerra, in «Studi storici», n. 12, aprile 2013, pp. 5-30.`, []rec{
			{"Le fabbriche si fermano", "L. Bianchi", "Einaudi", "1965", ""},
			{"Diario di un operaio. Marzo 1943", "R. Neri", "Edizioni Lavoro", "1993", ""},
			{"Le donne della Breda", "G. Sala", "Feltrinelli", "1981", ""},
			{"Gli scioperi del marzo 1943", "M. Verdi; C. Rossi", "il Mulino", "2003", ""},
			{"La classe operaia e la guerra", "F. Gallo", "Studi storici", "2013-04", ""},
		})
	})
	t.Run("wikipedia cs1", func(t *testing.T) {
		checkRecs(t, `Marsh, Edith; Cole, Ian, eds. (2019). 1926: The Nine Days in the Valleys. Cardiff: Glamorgan Books. ISBN 978-1-00000-000-0.
Pryce, T. J. (1961). The Tonypandy Riots (PDF). Cardiff: Board of Trade.
Rees, Alun (May 15, 2019). "The lockout that divided a valley". Western Mail. Retrieved June 2, 2019.
Owen, Megan (2001). "The Miners' Wives". In Hughes, David (ed.). Women of the Coalfield, 1900–1930. Swansea: Gower Press. pp. 12–40.`, []rec{
			{"1926: The Nine Days in the Valleys", "Marsh, Edith; Cole, Ian", "Cardiff: Glamorgan Books", "2019", ""},
			{"The Tonypandy Riots", "Pryce, T. J.", "Cardiff: Board of Trade", "1961", ""},
			{"The lockout that divided a valley", "Rees, Alun", "Western Mail", "2019-05-15", ""},
			{"The Miners' Wives", "Owen, Megan", "Women of the Coalfield, 1900–1930", "2001", ""},
		})
	})
}

// A headline that happens to start "Word, Word." is not a reference.
func TestHeadlinesAreNotCitations(t *testing.T) {
	got := parseRecs(t, `Bread, Roses. Why the 1912 slogan still matters
By Ada Lyle, 3 March 2012
The textile strike gave the labor movement its most quoted words.

Steel, Coal. Two industries, one union drive
By Ada Lyle, 9 March 2012
Organisers in Pittsburgh describe a joint campaign.

Docks, Ships. A week on the picket line
By Ada Lyle, 15 March 2012
The longshore workers held out for nine days.`)
	for _, r := range got {
		if r.authors != "Ada Lyle" || r.source != "" {
			t.Errorf("%+v: the byline's author, no source, expected", r)
		}
	}
}

// "Title - Name": the author on some sites, the outlet on aggregators.
// A page whose names read as outlets (a domain, a leading article, an
// acronym) gets them all as sources; people's names stay authors.
func TestTitleDashNameOutletOrAuthor(t *testing.T) {
	checkRecs(t, `Nurses vote to strike at county hospital - The Valley Courier
2 hours ago · The union says staffing has fallen below safe levels.

Bus drivers reach deal after walkout - metronews.ca
1 day ago · Service resumes on Monday across the city.

Warehouse workers file for union election - Meridian
12 Mar 2023 · The petition covers four hundred employees at the site.

Port dispute enters third week - KTVN
10 Mar 2023 · Cargo is being diverted to other terminals.`, []rec{
		{"Nurses vote to strike at county hospital", "", "The Valley Courier", "", "The union says staffing has fallen below safe levels."},
		{"Bus drivers reach deal after walkout", "", "metronews.ca", "", "Service resumes on Monday across the city."},
		{"Warehouse workers file for union election", "", "Meridian", "2023-03-12", "The petition covers four hundred employees at the site."},
		{"Port dispute enters third week", "", "KTVN", "2023-03-10", "Cargo is being diverted to other terminals."},
	})
	checkRecs(t, `The general strike of 1926 revisited - Tom Harker Tom Harker looks back at nine days in May and what the TUC gave away.
Shop stewards and the car plants - Ruth Bell Ruth Bell on the combine committees of the 1970s and their end.
Against the grain: bakers in revolt - Organise! A pamphlet on the bakery workers' strikes in Dublin.`, []rec{
		{"The general strike of 1926 revisited", "Tom Harker", "", "", "Tom Harker looks back at nine days in May and what the TUC gave away."},
		{"Shop stewards and the car plants", "Ruth Bell", "", "", "Ruth Bell on the combine committees of the 1970s and their end."},
		{"Against the grain: bakers in revolt - Organise!", "", "", "", "A pamphlet on the bakery workers' strikes in Dublin."},
	})
}

// "Title // Outlet. – date": outlet names whose later words are lower
// case, as in Russian and Romance languages, are outlets all the same,
// and keep the mark as the source, as the conventions print "// Известия".
func TestSlashSlashOutlet(t *testing.T) {
	checkRecs(t, `Водители автобусов объявили забастовку // Уральская газета. – 03.05.2018
Учителя требуют индексации // Вечерний город. – 11.05.2018
Шахтёры вышли на поверхность // Коммерсантъ. – 20.05.2018`, []rec{
		{"Водители автобусов объявили забастовку", "", "// Уральская газета", "2018-05-03", ""},
		{"Учителя требуют индексации", "", "// Вечерний город", "2018-05-11", ""},
		{"Шахтёры вышли на поверхность", "", "// Коммерсантъ", "2018-05-20", ""},
	})
}

// A row of link labels under every entry ("PDF BibTeX Abstract") is
// template chrome, not a list of names.
func TestLinkLabelRowIsChrome(t *testing.T) {
	checkRecs(t, `Wage Theft in Seasonal Agriculture
Maria Ortega, Li Wen, and Samuel Ade
pp. 1–14
PDF  BibTeX  Abstract

Union Density and Regional Inequality
Jonas Berg and Priya Nair
pp. 15–30
PDF  BibTeX  Abstract

Gig Couriers and Algorithmic Control
Ewa Nowak
pp. 31–44
PDF  BibTeX  Abstract`, []rec{
		{"Wage Theft in Seasonal Agriculture", "Maria Ortega; Li Wen; Samuel Ade", "", "", ""},
		{"Union Density and Regional Inequality", "Jonas Berg; Priya Nair", "", "", ""},
		{"Gig Couriers and Algorithmic Control", "Ewa Nowak", "", "", ""},
	})
}

// A scholarly search engine's results: type tags and side links are not
// titles, the line under the title holds authors, periodical and year,
// the footer of links under each result is chrome.
func TestScholarResults(t *testing.T) {
	checkRecs(t, `[BOOK] Harbour and Hearth: Dock Families in the 1889 Strike
TK Avery - 1994 - books.example.org
… A social history of the families behind the great dock strike …
Save Cite Cited by 41 Related articles All 4 versions

[PDF] example.edu
Piece rates and the pace of work in Lancashire weaving
R Osei, JM Lund - Textile History Quarterly, 2008 - Example Press
We examine wage books from nine mills to show how piece rates set …
Save Cite Cited by 12 Related articles All 2 versions

[HTML] Casual labour and the union card
P Nakamura - Maritime Work Studies, 2015 - example.com
… the card system divided regular from casual dockers and shaped who joined …
Save Cite Cited by 7 Related articles All 3 versions`, []rec{
		{"Harbour and Hearth: Dock Families in the 1889 Strike", "TK Avery", "", "1994", "A social history of the families behind the great dock strike"},
		{"Piece rates and the pace of work in Lancashire weaving", "R Osei; JM Lund", "Textile History Quarterly", "2008", "We examine wage books from nine mills to show how piece rates set"},
		{"Casual labour and the union card", "P Nakamura", "Maritime Work Studies", "2015", "the card system divided regular from casual dockers and shaped who joined"},
	})
}

// A line naming the periodical or book an article is in, after a
// preposition, gives source and year only with an issue or page mark.
func TestInContainerLines(t *testing.T) {
	for _, tc := range []struct{ line, source, date string }{
		{"Dans Le Mouvement ouvrier 2024/3 (n° 288), pages 17 à 38", "Le Mouvement ouvrier", "2024"},
		{"In Labour History Review 87 (2022), pp. 1-27", "Labour History Review", "2022"},
		{"В Вопросы истории. 2015. № 7. С. 45–58", "Вопросы истории", "2015"},
		{"In Kazakhstan 2022 was a year of strikes", "", ""},
		{"Dans la rue, 1968", "", ""},
	} {
		recs := parseRecs(t, "Strike at the Vale smelter\nAnn Lowe\n"+tc.line+"\n\nDockers vote to walk out\nSam Orr\n"+tc.line+"\n\nBakers win overtime pay\nJo Kerr\n"+tc.line+"\n")
		if len(recs) == 0 {
			t.Errorf("%q: no records", tc.line)
			continue
		}
		if got := recs[0]; got.source != tc.source || tc.source != "" && got.date != tc.date {
			t.Errorf("%q: source %q date %q, want %q %q", tc.line, got.source, got.date, tc.source, tc.date)
		}
	}
}

// A list round-up in the style of British history journals: names in
// direct order, the title in quotes or before a book's bracketed
// imprint, a note after the reference's closing stop.
func TestNoteStyleCitations(t *testing.T) {
	checkRecs(t, `RECENT ARTICLES

* Ingrid Halvorsen, 'Sawmill strikes on the Glomma, 1911-1913', Nordic Labour Review, 41:2 (2023), 17-39.

* Tomás Quirke and Eilis Boyle, 'The Cork dockers' lockout of 1923', Munster Historical Studies, 12 (2022), pp. 88-104.

BOOKS

* Gulnara Sadykova, Shift Work: Oil, Migration and the State in Western Kazakhstan (Leeds: Northgate Press, 2024). The first history of the Zhanaozen fields from the workers' side.

* Hamish Rennie and Moira Tait (eds.), Banners and Ballots: Scottish Miners since 1842 (Glasgow: Clyde Books, 2021).

* Rhys Pugh, 'Quarrymen and chapel: the Dinorwic dispute remembered' (PhD thesis, University of Aberystwyth, 2020).`, []rec{
		{"Sawmill strikes on the Glomma, 1911-1913", "Ingrid Halvorsen", "Nordic Labour Review", "2023", ""},
		{"The Cork dockers' lockout of 1923", "Tomás Quirke; Eilis Boyle", "Munster Historical Studies", "2022", ""},
		{"Shift Work: Oil, Migration and the State in Western Kazakhstan", "Gulnara Sadykova", "Leeds: Northgate Press", "2024", "The first history of the Zhanaozen fields from the workers' side."},
		{"Banners and Ballots: Scottish Miners since 1842", "Hamish Rennie; Moira Tait", "Glasgow: Clyde Books", "2021", ""},
		{"Quarrymen and chapel: the Dinorwic dispute remembered", "Rhys Pugh", "University of Aberystwyth", "2020", ""},
	})
}

// A book's imprint is its source as printed, place and all, up to the
// year: a stop inside an abbreviated publisher does not end it, a
// sentence after it does.
func TestImprintAsPrinted(t *testing.T) {
	checkRecs(t, `Орлова Н. В. Горняки Экибастуза. – М.: Междунар. отношения, 1991. – 240 с.
Сейтов К. А. Профсоюзы Кустаная. – Алматы: Ғылым, 1996. – 180 с.
Marsh, Edith (2011). The Valley Lockout. Swansea: Tawe Books. ISBN 978-1-00000-001-7.`, []rec{
		{"Горняки Экибастуза", "Орлова Н. В.", "М.: Междунар. отношения", "1991", ""},
		{"Профсоюзы Кустаная", "Сейтов К. А.", "Алматы: Ғылым", "1996", ""},
		{"The Valley Lockout", "Marsh, Edith", "Swansea: Tawe Books", "2011", ""},
	})
}

// A journal platform's issue page: each article's issue line puts the
// year in brackets after the journal, and a link label repeats the
// headline.
func TestYearFirstIssueLines(t *testing.T) {
	checkRecs(t, `Articles

Dockers and the Port Authority in Liverpool, 1945–1972
Helen Marsh
Social History Review (2024) 41 (2): 101–128.
https://doi.org/10.0000/shr-41-2-101
View article titled, Dockers and the Port Authority in Liverpool, 1945–1972
PDF

Cotton Towns and the Eight-Hour Day
Ian Cole and Megan Owen
Social History Review (2024) 41 (2): 129–154.
https://doi.org/10.0000/shr-41-2-129
View article titled, Cotton Towns and the Eight-Hour Day
PDF`, []rec{
		{"Dockers and the Port Authority in Liverpool, 1945–1972", "Helen Marsh", "Social History Review", "2024", ""},
		{"Cotton Towns and the Eight-Hour Day", "Ian Cole; Megan Owen", "Social History Review", "2024", ""},
	})
}

// A newsletter's digest: the outlet and date in brackets after each
// headline, a summary after a dash; then members' publications as
// American notes, the comma inside the title's quotes.
func TestDigestAndAmericanNotes(t *testing.T) {
	checkRecs(t, `• Hall marker to be rededicated this summer (The Chronicle, 3/4/2024) — The county society will move the 1919 marker to a new site.

• Longshore union opens its archive to families (Tacoma News Tribune, 2/19/2024) — Descendants may view membership cards by appointment.

• Remembering a cannery organizer, 1931–2024 (Anchorage Daily News, 1/29/2024)`, []rec{
		{"Hall marker to be rededicated this summer", "", "The Chronicle", "2024-03-04", "The county society will move the 1919 marker to a new site."},
		{"Longshore union opens its archive to families", "", "Tacoma News Tribune", "2024-02-19", "Descendants may view membership cards by appointment."},
		{"Remembering a cannery organizer, 1931–2024", "", "Anchorage Daily News", "2024-01-29", ""},
	})
	checkRecs(t, `Ana Ruiz, “Timber Beasts and Bindle Stiffs: Loggers’ Language, 1905–1925,” Pacific Northwest Quarterly 114, no. 4 (Fall 2023): 155–71.

Rosa Villa and Ben Okada, “Cannery Workers and the Politics of the Alaska Season,” Labor: Studies in Working-Class History 21, no. 1 (March 2024): 41–66.

Gail Soren, “The Everett Massacre in Local Memory,” Columbia Magazine 37, no. 4 (Winter 2023–24): 18–25.`, []rec{
		{"Timber Beasts and Bindle Stiffs: Loggers’ Language, 1905–1925", "Ana Ruiz", "Pacific Northwest Quarterly", "2023", ""},
		{"Cannery Workers and the Politics of the Alaska Season", "Rosa Villa; Ben Okada", "Labor: Studies in Working-Class History", "2024-03", ""},
		{"The Everett Massacre in Local Memory", "Gail Soren", "Columbia Magazine", "2023", ""},
	})
}
