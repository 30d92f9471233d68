package listing_test

import "testing"

// Date lines behind labels the parser has no word list for: the label
// recurs on every entry, so the page shows it is one.
func TestLabelledDateLines(t *testing.T) {
	t.Run("recurring label in capitals", func(t *testing.T) {
		checkRecs(t, `Sciopero

Portuali di Genova fermi per ventiquattro ore contro il nuovo contratto
La protesta riguarda i turni notturni e la sicurezza nelle banchine del porto vecchio
Carla Venturi
EDIZIONE DEL 14.01.2026

Ferrovieri in piazza a Bologna
Tommaso Riva
EDIZIONE DEL 13.01.2026

Il sindacato chiede un tavolo sulle pensioni dei lavoratori edili
Sergio Galli
EDIZIONE DEL 09.01.2026`, []rec{
			{"Portuali di Genova fermi per ventiquattro ore contro il nuovo contratto", "Carla Venturi", "", "2026-01-14", "La protesta riguarda i turni notturni e la sicurezza nelle banchine del porto vecchio"},
			{"Ferrovieri in piazza a Bologna", "Tommaso Riva", "", "2026-01-13", ""},
			{"Il sindacato chiede un tavolo sulle pensioni dei lavoratori edili", "Sergio Galli", "", "2026-01-09", ""},
		})
	})
	t.Run("label with a time after the date", func(t *testing.T) {
		checkRecs(t, `Dokerzy w Gdyni zapowiadają protest
Związkowcy chcą rozmów o nowych stawkach za pracę w nocy i w święta.
Publikacja: 13.01.2026 17:45

Pielęgniarki zbierają podpisy
Publikacja: 12.01.2026 09:12
Aktualizacja: 12.01.2026 14:30`, []rec{
			{"Dokerzy w Gdyni zapowiadają protest", "", "", "2026-01-13", "Związkowcy chcą rozmów o nowych stawkach za pracę w nocy i w święta."},
			{"Pielęgniarki zbierają podpisy", "", "", "2026-01-12", ""},
		})
	})
	t.Run("a headline with a date stays a headline", func(t *testing.T) {
		// One headline ending in a date, its words not recurring: no label.
		checkRecs(t, `Strike at the Vale smelter ends after 12 March 2025
By Ann Lowe
The workers return on Monday with a three-year deal.

Dockers vote to walk out
By Sam Orr
The ballot closed with a turnout of 71 per cent.

Bakers win overtime pay
By Ann Lowe
The company agreed to pay time and a half after ten hours.`, []rec{
			{"Strike at the Vale smelter ends after 12 March 2025", "Ann Lowe", "", "", "The workers return on Monday with a three-year deal."},
			{"Dockers vote to walk out", "Sam Orr", "", "", "The ballot closed with a turnout of 71 per cent."},
			{"Bakers win overtime pay", "Ann Lowe", "", "", "The company agreed to pay time and a half after ten hours."},
		})
	})
}

// A journal search result's issue line names the periodical even when it
// prints no date.
func TestIssueLineWithoutDate(t *testing.T) {
	checkRecs(t, `Research article
First published online January 6, 2026
Dockers and the state in Atyrau, 2011–2022
Aliya Omarova and Daniel Hart
Journal of Steppe Studies, Volume 17, Issue 1

Research article
First published online November 18, 2025
Couriers and the limits of partnership
Olga Kim
Work and Society Review, Vol. 9, No. 4, pp. 12-30

Research article
First published online July 21, 2025
Remittances after the war economy
Farrukh Aliev
Competition Quarterly, Volume 29, Issue 4`, []rec{
		{"Dockers and the state in Atyrau, 2011–2022", "Aliya Omarova; Daniel Hart", "Journal of Steppe Studies", "2026-01-06", ""},
		{"Couriers and the limits of partnership", "Olga Kim", "Work and Society Review", "2025-11-18", ""},
		{"Remittances after the war economy", "Farrukh Aliev", "Competition Quarterly", "2025-07-21", ""},
	})
}

// Dates printed as headings over groups of entries date each entry under
// them, unless the entry prints its own; lone dates closing each entry
// stay with the entry above.
func TestDateHeadings(t *testing.T) {
	t.Run("day headings", func(t *testing.T) {
		checkRecs(t, `Tuesday 13 January 2026

Bus drivers in Leeds vote to strike over split shifts
The union says the new rota adds two unpaid hours to every working day

Porters at the royal infirmary accept pay deal
Members voted by 78% to accept the offer after three days of talks

Monday 12 January 2026

Council cleaners win back their sick pay
The contractor had cut payments for the first three days of illness`, []rec{
			{"Bus drivers in Leeds vote to strike over split shifts", "", "", "2026-01-13", "The union says the new rota adds two unpaid hours to every working day"},
			{"Porters at the royal infirmary accept pay deal", "", "", "2026-01-13", "Members voted by 78% to accept the offer after three days of talks"},
			{"Council cleaners win back their sick pay", "", "", "2026-01-12", "The contractor had cut payments for the first three days of illness"},
		})
	})
	t.Run("year headings over dated entries", func(t *testing.T) {
		checkRecs(t, `1921

Letter to the Lancashire weavers, 3 March 1921
The lockout and after, 19 June 1921

1922

On the eight-hour day, 2 May 1922`, []rec{
			{"Letter to the Lancashire weavers", "", "", "1921-03-03", ""},
			{"The lockout and after", "", "", "1921-06-19", ""},
			{"On the eight-hour day", "", "", "1922-05-02", ""},
		})
	})
	t.Run("dates closing their entries", func(t *testing.T) {
		checkRecs(t, `Bus drivers in Leeds vote to strike over split shifts
The union says the new rota adds two unpaid hours to every working day

13 January 2026

Porters at the royal infirmary accept pay deal
Members voted by 78% to accept the offer after three days of talks

12 January 2026

Council cleaners win back their sick pay
The contractor had cut payments for the first three days of illness

9 January 2026`, []rec{
			{"Bus drivers in Leeds vote to strike over split shifts", "", "", "2026-01-13", "The union says the new rota adds two unpaid hours to every working day"},
			{"Porters at the royal infirmary accept pay deal", "", "", "2026-01-12", "Members voted by 78% to accept the offer after three days of talks"},
			{"Council cleaners win back their sick pay", "", "", "2026-01-09", "The contractor had cut payments for the first three days of illness"},
		})
	})
}

// Where blank lines set whole entries apart, a split that cuts blocks in
// two loses to the blocks even when more of its pieces look alike.
func TestBlocksOutweighRegularPieces(t *testing.T) {
	checkRecs(t, `Résultats de recherche pour « grève »
1 à 4 sur 88 résultats

Article de revue
Les verriers de Carmaux en 1895 : une grève longue
Jeanne Roucau
Dans Revue d’histoire ouvrière 2021/2 (n° 14), pages 5 à 30
L’article reconstitue la grève à partir des registres de la caisse de secours et de la presse locale…

Article de revue
Grève et quartier : Decazeville, 1961
Paul Ferrand, Nadia Amrani
Dans Cahiers du travail 2019/1 (n° 40), pages 77 à 101

Chapitre d’ouvrage
Les cheminots du Sud-Ouest et la grève de 1920
Marc Delpech
Dans Histoire des luttes au rail (2018), pages 45 à 67

Article de revue
Les dockers de Sète face à la mécanisation
Hélène Brun
Dans Revue d’histoire ouvrière 2017/4 (n° 9), pages 120 à 141
Une enquête sur les embauches à la journée et la fin du métier…`, []rec{
		{"Les verriers de Carmaux en 1895 : une grève longue", "Jeanne Roucau", "Revue d’histoire ouvrière", "2021", "L’article reconstitue la grève à partir des registres de la caisse de secours et de la presse locale"},
		{"Grève et quartier : Decazeville, 1961", "Paul Ferrand; Nadia Amrani", "Cahiers du travail", "2019", ""},
		{"Les cheminots du Sud-Ouest et la grève de 1920", "Marc Delpech", "Histoire des luttes au rail", "2018", ""},
		{"Les dockers de Sète face à la mécanisation", "Hélène Brun", "Revue d’histoire ouvrière", "2017", "Une enquête sur les embauches à la journée et la fin du métier"},
	})
}

// Names before a dash open the titles of a commentary page; a byline's
// section after "in" is not part of the name.
func TestNameDashTitlesAndSections(t *testing.T) {
	t.Run("name dash title", func(t *testing.T) {
		checkRecs(t, `Elena Vukić – Why the teachers are still on strike
March 11, 2025
Six months of rolling stoppages and a government that will not negotiate

Anna Koch and Piet de Groot – The platform directive moves to the capitals
February 27, 2025
Now the national governments must decide how seriously to take it

Dariusz Zieliński – The return of the Polish strike
February 20, 2025
From the shipyards to the hospitals the stoppages are back in fashion`, []rec{
			{"Why the teachers are still on strike", "Elena Vukić", "", "2025-03-11", "Six months of rolling stoppages and a government that will not negotiate"},
			{"The platform directive moves to the capitals", "Anna Koch; Piet de Groot", "", "2025-02-27", "Now the national governments must decide how seriously to take it"},
			{"The return of the Polish strike", "Dariusz Zieliński", "", "2025-02-20", "From the shipyards to the hospitals the stoppages are back in fashion"},
		})
	})
	t.Run("section after in", func(t *testing.T) {
		checkRecs(t, `Federation and employers sign wage agreement
By Zhanar Abenova in Business on 12 March 2025
The agreement sets targets for real wage growth.

Job fair for oil workers opens in Aktau
By Erlan Sadykov and Dina Omarova in Nation on 6 March 2025
More than 1,500 vacancies were offered by forty companies.`, []rec{
			{"Federation and employers sign wage agreement", "Zhanar Abenova", "", "2025-03-12", "The agreement sets targets for real wage growth."},
			{"Job fair for oil workers opens in Aktau", "Erlan Sadykov; Dina Omarova", "", "2025-03-06", "More than 1,500 vacancies were offered by forty companies."},
		})
	})
}

// A ranked reading list copied from a table: the rank sits in a cell of
// its own and starts each entry; the rating lines under each book differ
// only in their numbers and are the template's, and an undated "by A, B"
// names two co-authors.
func TestRankedBookList(t *testing.T) {
	checkRecs(t, "Books on the Miners' Strikes\n"+
		"1\t\tUnder the Pithead Wheel\n"+
		"by Rhian Prosser\n"+
		"4.12 avg rating — 2,031 ratings\n"+
		"score: 1,920, and 21 people voted\n"+
		"Want to Read\n"+
		"2\t\tCoal Queens of Karaganda\n"+
		"by Gulnar Seitova, Martin Rusk\n"+
		"3.88 avg rating — 517 ratings\n"+
		"score: 1,544, and 17 people voted\n"+
		"Want to Read\n"+
		"3\t\tThe Lamp Room\n"+
		"by Owen Pritchard\n"+
		"4.40 avg rating — 96 ratings\n"+
		"score: 1,101, and 12 people voted\n"+
		"Want to Read\n", []rec{
		{"Under the Pithead Wheel", "Rhian Prosser", "", "", ""},
		{"Coal Queens of Karaganda", "Gulnar Seitova; Martin Rusk", "", "", ""},
		{"The Lamp Room", "Owen Pritchard", "", "", ""},
	})
}

// A journal's issue page: the issue's heading block, section headings
// between the blocks, a long date label that recurs, and in each block
// the issue line's year refined by the day the article was published.
// Names with initials joined by "&" are authors, not a citation.
func TestJournalIssuePage(t *testing.T) {
	checkRecs(t, `Steppe Labour Review
Volume 12 - Autumn 2025

Articles

Research Article
Wage arrears in the copper towns, 1994–1998
Dana K. Omarova & Felix R. Brandt
Steppe Labour Review, Volume 12, Autumn 2025, pp. 1 - 22
Published online by Meridian University Press: 4 October 2025
Get access

Research Article
Open access
Railway workshops and the 1920 strike in Orenburg
Viktor Lanskoy
Steppe Labour Review, Volume 12, Autumn 2025, pp. 23 - 41
Published online by Meridian University Press: 11 September 2025
Get access

Review Essays

Research Article
Memory and the miners' monument
Saule Tulegenova
Steppe Labour Review, Volume 12, Autumn 2025, pp. 42 - 50
Published online by Meridian University Press: 2 September 2025
Get access`, []rec{
		{"Wage arrears in the copper towns, 1994–1998", "Dana K. Omarova; Felix R. Brandt", "Steppe Labour Review", "2025-10-04", ""},
		{"Railway workshops and the 1920 strike in Orenburg", "Viktor Lanskoy", "Steppe Labour Review", "2025-09-11", ""},
		{"Memory and the miners' monument", "Saule Tulegenova", "Steppe Labour Review", "2025-09-02", ""},
	})
}

// Relative dates in more languages are dates, not headlines: "Bugun,
// 16:05" (Uzbek "today") closes its entry like the dated ones.
func TestRelativeDateWords(t *testing.T) {
	checkRecs(t, `Jamiyat
Temir yo‘l ishchilari ish haqini oshirishni talab qilmoqda
Kasaba uyushmasi vazirlik bilan muzokaralar boshlanganini ma’lum qildi.
Bugun, 16:05

Iqtisodiyot
Qurilish sohasida yangi mehnat shartnomalari joriy etiladi
12:40 / 13.11.2025

Reklama

Jamiyat
Navoiy kon ishchilari smenalar jadvalidan norozi
Ma’muriyat ishchilar bilan uchrashuv o‘tkazishni va’da qildi.
09:15 / 10.11.2025`, []rec{
		{"Temir yo‘l ishchilari ish haqini oshirishni talab qilmoqda", "", "", "", "Kasaba uyushmasi vazirlik bilan muzokaralar boshlanganini ma’lum qildi."},
		{"Qurilish sohasida yangi mehnat shartnomalari joriy etiladi", "", "", "2025-11-13", ""},
		{"Navoiy kon ishchilari smenalar jadvalidan norozi", "", "", "2025-11-10", "Ma’muriyat ishchilar bilan uchrashuv o‘tkazishni va’da qildi."},
	})
}

// The line over each headline names who issued it on aggregators and
// government newsrooms: a source when most such lines read as outlets or
// organisations, a rubric to drop when they read as topics.
func TestIssuerOverHeadline(t *testing.T) {
	t.Run("agencies over press releases", func(t *testing.T) {
		checkRecs(t, `Press releases

Office of Labour Standards
Inspectors recover unpaid wages for 212 hotel cleaners in the capital
The employer agreed to pay the arrears within thirty days.
4 February 2026

Workplace Safety Administration
Scaffolding firm fined after a fall injured two roofers
2 February 2026

Office of Labour Standards
New guidance on tips and service charges comes into force
30 January 2026`, []rec{
			{"Inspectors recover unpaid wages for 212 hotel cleaners in the capital", "", "Office of Labour Standards", "2026-02-04", "The employer agreed to pay the arrears within thirty days."},
			{"Scaffolding firm fined after a fall injured two roofers", "", "Workplace Safety Administration", "2026-02-02", ""},
			{"New guidance on tips and service charges comes into force", "", "Office of Labour Standards", "2026-01-30", ""},
		})
	})
	t.Run("outlets over headlines with bylines", func(t *testing.T) {
		checkRecs(t, `Harbour Times
Crane drivers at the container port start a three-day stoppage
By Lena Fox

Northern Review
Council cleaners accept the second pay offer after a ballot

Valley Gazette
Bus drivers in the valley towns vote to strike over rosters
By Omar Reed`, []rec{
			{"Crane drivers at the container port start a three-day stoppage", "Lena Fox", "Harbour Times", "", ""},
			{"Council cleaners accept the second pay offer after a ballot", "", "Northern Review", "", ""},
			{"Bus drivers in the valley towns vote to strike over rosters", "Omar Reed", "Valley Gazette", "", ""},
		})
	})
	t.Run("topic rubrics are dropped", func(t *testing.T) {
		checkRecs(t, `Transport
Bus drivers in the valley towns vote to strike over rosters
4 February 2026

Health care
Nurses at the county hospital reject the regrading offer
2 February 2026

Transport
Rail guards stage a second walkout over driver-only trains
30 January 2026`, []rec{
			{"Bus drivers in the valley towns vote to strike over rosters", "", "", "2026-02-04", ""},
			{"Nurses at the county hospital reject the regrading offer", "", "", "2026-02-02", ""},
			{"Rail guards stage a second walkout over driver-only trains", "", "", "2026-01-30", ""},
		})
	})
}

// A link aggregator prints the linked site after each headline and a
// row of counters and actions under it.
func TestAggregatorDomains(t *testing.T) {
	checkRecs(t, `1. Bakers at a family firm win a four-day week (northernpost.co.uk)
   88 points by flourhand 3 hours ago | hide | past | favorite | 41 comments
2. The forgotten match-girls' strike of 1888, retold (1998) (historyjournal.org)
   64 points by ldn_hist 5 hours ago | hide | past | favorite | 12 comments
3. A searchable map of every picket line in 2025 (gitlab.com/pickets)
   51 points by mapper 6 hours ago | hide | past | favorite | discuss`, []rec{
		{"Bakers at a family firm win a four-day week", "", "northernpost.co.uk", "", ""},
		{"The forgotten match-girls' strike of 1888, retold", "", "historyjournal.org", "1998", ""},
		{"A searchable map of every picket line in 2025", "", "gitlab.com/pickets", "", ""},
	})
}

// A newsletter digest names each item's outlet first and its author in
// brackets after the headline.
func TestDigestOutletFirst(t *testing.T) {
	checkRecs(t, `The week in work, issue 31

• Harbour Times — Crane drivers win a shorter night shift (by Lena Fox). The port agreed to cap night rosters at four in a row.

• Valley Gazette — Bus drivers in the valley towns vote to strike. Turnout was the highest the branch has seen.

• Northern Review — Why the match-girls still matter (by Ann Lowe and Sam Orr). A history of the 1888 strike and its memory.`, []rec{
		{"Crane drivers win a shorter night shift", "Lena Fox", "Harbour Times", "", "The port agreed to cap night rosters at four in a row."},
		{"Bus drivers in the valley towns vote to strike", "", "Valley Gazette", "", "Turnout was the highest the branch has seen."},
		{"Why the match-girls still matter", "Ann Lowe; Sam Orr", "Northern Review", "", "A history of the 1888 strike and its memory."},
	})
}
