package listing_test

import (
	"strings"
	"testing"
)

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

func TestDailyRoundupHeadlines(t *testing.T) {
	// A blog's daily round-up is titled by its series and day, over a
	// byline with the same day: the title is the whole line, though it
	// reads as "Outlet — date" and two titles open with the same words.
	entry := func(href, title, author, day, teaser string) string {
		return `<article><header><h2 class="entry-title"><a href="` + href + `" rel="bookmark">` + title + `</a></h2>
<div class="entry-meta"><span class="byline"> by <span class="author vcard"><a href="/author/">` + author + `</a></span></span><span class="posted-on"> on <a href="` + href + `"><time>` + day + `</time></a></span></div></header>
<div class="entry-summary"><p>` + teaser + ` &hellip; <a href="` + href + `" class="more-link">Continue reading</a></p></div></article>
`
	}
	page := `<main><header class="page-header"><h1 class="page-title">Blog</h1></header>
` + strings.Join([]string{
		entry("https://example.org/daily-march-14/", "Labour Law Daily &#8212; March 14, 2025", "Rosa Lindgren", "March 14, 2025", "Port workers ratify their contract, and a circuit court rules on joint employers."),
		entry("https://example.org/state-boards/", "Can State Boards Fill the Gap? Preemption After the Stalemate", "Owen Mbeki", "March 13, 2025", "Two states have amended their labour acts to let private-sector workers petition."),
		entry("https://example.org/heat/", "Heat Standards and the Limits of the General Duty Clause", "Priya Natarajan", "March 13, 2025", "The proposed rule would be the first new major standard in years."),
		entry("https://example.org/daily-march-12/", "Labour Law Daily &#8212; March 12, 2025", "Rosa Lindgren", "March 12, 2025", "Graduate workers file for elections, and warehouse staff walk out in Ohio."),
		entry("https://example.org/sectoral/", "Sectoral Bargaining in Practice: One Year of the Wage Council", "Luis Ortega", "March 10, 2025", "The council has set one wage; what else it can do depends on a docket few follow."),
	}, "") + `</main>`
	checkRecs(t, page, []rec{
		{"Labour Law Daily — March 14, 2025", "Rosa Lindgren", "", "2025-03-14", "Port workers ratify their contract, and a circuit court rules on joint employers."},
		{"Can State Boards Fill the Gap? Preemption After the Stalemate", "Owen Mbeki", "", "2025-03-13", "Two states have amended their labour acts to let private-sector workers petition."},
		{"Heat Standards and the Limits of the General Duty Clause", "Priya Natarajan", "", "2025-03-13", "The proposed rule would be the first new major standard in years."},
		{"Labour Law Daily — March 12, 2025", "Rosa Lindgren", "", "2025-03-12", "Graduate workers file for elections, and warehouse staff walk out in Ohio."},
		{"Sectoral Bargaining in Practice: One Year of the Wage Council", "Luis Ortega", "", "2025-03-10", "The council has set one wage; what else it can do depends on a docket few follow."},
	})
}

func TestTopicCardsWithPostedClock(t *testing.T) {
	// A newspaper's topic page: a section label over each headline, a
	// badge under some, "By: Name", and the date after the posting time
	// and its zone.
	checkRecs(t, `Labour
Latest stories

Local
Care aides vote 91 per cent in favour of strike mandate
The province's largest care union says talks have stalled over retention pay.
By: Erin Laval
Posted: 6:02 PM CDT Tuesday, Mar. 11, 2025

Business
Postal union resumes talks with federal mediator
By: Staff
Posted: 3:40 PM CDT Tuesday, Mar. 11, 2025

Opinion
The mill town that struck first still waits for its plaque though a century has passed
A century on, the weavers' walkout is a footnote and a song. It deserves better than that.
By: Nadia Kowal
Posted: 2:00 AM CST Sunday, Mar. 9, 2025

Advertisement
Advertise With Us

Local
Transit drivers ratify four-year agreement
Members accepted the deal with 78 per cent support, ending months of uncertainty for riders.
By: Owen Thibault
Posted: 7:15 PM CST Friday, Mar. 7, 2025

Business
Meat-packers want foreign worker caps loosened — union disagrees
The union says the plant should hire and train local workers before seeking more permits.
By: Dylan Rourke and Priya Sandhu
Posted: 4:22 PM CST Thursday, Mar. 6, 2025

Newsletter
The Warm Up
Get the morning's top stories in your inbox
Sign up

Politics
Free Press Exclusive
Province to ban replacement workers in regulated strikes
The government introduced legislation that mirrors the federal rules.
By: Lena Sorensen
Posted: 5:50 PM CST Tuesday, Mar. 4, 2025

Local
Teachers and school boards far apart as bargaining resumes
The teachers' society president says class size must be on the table.
By: Marc Dubois
Posted: 6:00 AM CST Monday, Mar. 3, 2025

Load more stories`, []rec{
		{"Care aides vote 91 per cent in favour of strike mandate", "Erin Laval", "", "2025-03-11", "The province's largest care union says talks have stalled over retention pay."},
		{"Postal union resumes talks with federal mediator", "Staff", "", "2025-03-11", ""},
		{"The mill town that struck first still waits for its plaque though a century has passed", "Nadia Kowal", "", "2025-03-09", "A century on, the weavers' walkout is a footnote and a song. It deserves better than that."},
		{"Transit drivers ratify four-year agreement", "Owen Thibault", "", "2025-03-07", "Members accepted the deal with 78 per cent support, ending months of uncertainty for riders."},
		{"Meat-packers want foreign worker caps loosened — union disagrees", "Dylan Rourke; Priya Sandhu", "", "2025-03-06", "The union says the plant should hire and train local workers before seeking more permits."},
		{"Province to ban replacement workers in regulated strikes", "Lena Sorensen", "", "2025-03-04", "The government introduced legislation that mirrors the federal rules."},
		{"Teachers and school boards far apart as bargaining resumes", "Marc Dubois", "", "2025-03-03", "The teachers' society president says class size must be on the table."},
	})
}

func TestPressCuttingsSourceAndDay(t *testing.T) {
	// A union's press cuttings: each story's outlet and day on one
	// labelled line, and the pager in the page's language.
	checkRecs(t, `Basında Sendika

Liman işçileri toplu sözleşme için iş bıraktı
Konfederasyon, Bakanlar Kurulu kararıyla ertelenen grevin Anayasa Mahkemesine taşınacağını açıkladı.
Kaynak: Evrensel | 11.03.2025
Haberin devamı için tıklayınız »

Asgari ücret tespitinde yeni itiraz
Kaynak: BirGün | 07.03.2025
Haberin devamı için tıklayınız »

Tekstil işçileri direnişte: ‘Ücretimizi istiyoruz’
Üç aydır maaş alamayan işçiler fabrika önünde bekleyişini sürdürüyor.
Kaynak: T24 | 05.03.2025
Haberin devamı için tıklayınız »

« Önceki 1 2 3 … 87 Sonraki »`, []rec{
		{"Liman işçileri toplu sözleşme için iş bıraktı", "", "Evrensel", "2025-03-11", "Konfederasyon, Bakanlar Kurulu kararıyla ertelenen grevin Anayasa Mahkemesine taşınacağını açıkladı."},
		{"Asgari ücret tespitinde yeni itiraz", "", "BirGün", "2025-03-07", ""},
		{"Tekstil işçileri direnişte: ‘Ücretimizi istiyoruz’", "", "T24", "2025-03-05", "Üç aydır maaş alamayan işçiler fabrika önünde bekleyişini sürdürüyor."},
	})
}

func TestOutletsUnderDateHeads(t *testing.T) {
	t.Run("a union's press cuttings: the day, the paper, the headline", func(t *testing.T) {
		checkRecs(t, `Forbundet i medierne
Her kan du se et udvalg af artikler, hvor forbundet er nævnt.

10. marts 2025
Jyllands-Posten
Hjemmehjælpere i Aarhus: Vi kan ikke nå det hele
Forbundet advarer om, at nye køreplaner presser medarbejderne til at springe pauser over.
Læs artiklen (ekstern link)

6. marts 2025
Politiken
Lønkommissionen skal genåbnes, mener forbundet
Læs artiklen (ekstern link)

4. marts 2025
DR Nyheder
Rengøringsassistenter på hospitalet nedlægger arbejdet
Omkring 60 ansatte mødte ikke ind tirsdag morgen i protest mod en ny vagtplan.
Læs artiklen (ekstern link)

21. februar 2025
Sjællandske Medier
Buschauffører i regionen stemmer om konflikt
Chaufførerne hos busselskabet er utilfredse med nye køretidsplaner.
Læs artiklen (ekstern link)

14. februar 2025
TV Syd Nyheder
Slagteriarbejdere i Vejen får ny overenskomst
Læs artiklen (ekstern link)`, []rec{
			{"Hjemmehjælpere i Aarhus: Vi kan ikke nå det hele", "", "Jyllands-Posten", "2025-03-10", "Forbundet advarer om, at nye køreplaner presser medarbejderne til at springe pauser over."},
			{"Lønkommissionen skal genåbnes, mener forbundet", "", "Politiken", "2025-03-06", ""},
			{"Rengøringsassistenter på hospitalet nedlægger arbejdet", "", "DR Nyheder", "2025-03-04", "Omkring 60 ansatte mødte ikke ind tirsdag morgen i protest mod en ny vagtplan."},
			{"Buschauffører i regionen stemmer om konflikt", "", "Sjællandske Medier", "2025-02-21", "Chaufførerne hos busselskabet er utilfredse med nye køretidsplaner."},
			{"Slagteriarbejdere i Vejen får ny overenskomst", "", "TV Syd Nyheder", "2025-02-14", ""},
		})
	})
	t.Run("a museum's events: the day, the kind of event, its title", func(t *testing.T) {
		checkRecs(t, `Arrangementer

11. marts 2025
Foredrag
Storlockouten 1899 og arbejdsgivernes strategi
Hør om den store konflikt, der endte med Septemberforliget.

15. marts 2025
Byvandring
Arbejdernes Nørrebro fra Blågårds Plads til parken
Vi går en tur og fortæller om strejker og boligkampe.

27. marts 2025
Koncert
Arbejdersange fra 1871 til i dag i festsalen
Syng med på de gamle kampsange. Sanghæfter udleveres.

8. april 2025
Film
Slaget på Fælleden vist i museets biograf
Efter filmen fortæller en filmhistoriker om optagelserne.`, []rec{
			{"Storlockouten 1899 og arbejdsgivernes strategi", "", "", "2025-03-11", "Hør om den store konflikt, der endte med Septemberforliget."},
			{"Arbejdernes Nørrebro fra Blågårds Plads til parken", "", "", "2025-03-15", "Vi går en tur og fortæller om strejker og boligkampe."},
			{"Arbejdersange fra 1871 til i dag i festsalen", "", "", "2025-03-27", "Syng med på de gamle kampsange. Sanghæfter udleveres."},
			{"Slaget på Fælleden vist i museets biograf", "", "", "2025-04-08", "Efter filmen fortæller en filmhistoriker om optagelserne."},
		})
	})
}

func TestOrganisationField(t *testing.T) {
	// A document archive names the body that issued each item in an
	// "Organisation:" field: the item's source, as a publisher is.
	checkRecs(t, `Documents tagged: Trade unions
Showing 31–33 of 412

Against the Wage Freeze: Shop Stewards' Bulletin No. 3
Organisation: Shop Stewards' Combine Committee
Date: 1982
Tags: Trade unions, Wages
A four-page bulletin arguing against the national pay agreement and for rank-and-file committees.

The 1913 Lockout: Seventy Years On
Organisation: Labour History Workshop
Date: 1983
Tags: Trade unions, History
Pamphlet produced for the anniversary, with reproductions of speeches from the lockout.

Bulletin of the glassworks strike
Organisation: Glassworks Strike Support Group
Date: 1990
Tags: Strikes
Daily bulletin from the fourteen-week strike, with picket rotas and a list of collections.`, []rec{
		{"Against the Wage Freeze: Shop Stewards' Bulletin No. 3", "", "Shop Stewards' Combine Committee", "1982", "A four-page bulletin arguing against the national pay agreement and for rank-and-file committees."},
		{"The 1913 Lockout: Seventy Years On", "", "Labour History Workshop", "1983", "Pamphlet produced for the anniversary, with reproductions of speeches from the lockout."},
		{"Bulletin of the glassworks strike", "", "Glassworks Strike Support Group", "1990", "Daily bulletin from the fourteen-week strike, with picket rotas and a list of collections."},
	})
}
