package listing_test

import "testing"

// TestSearchResultsWithZoneAndInitialism reads a broadcaster's search
// results: the byline line ends its clock with a zone ("AM ET"), and a
// headline ending with an initialism ("B.C.") is still a headline.
func TestSearchResultsWithZoneAndInitialism(t *testing.T) {
	checkRecs(t, `Business
Dock workers vote on a new agreement at two ports
Members will cast ballots over three days, the union said on Tuesday.
Ada Moreno · Harbour News · Posted: Mar 4, 2025 6:10 AM ET

Politics
Minister sends port dispute to arbitration in Halifax and B.C.
The minister asked the labour board to impose binding arbitration on both parties.
Tom Reyes · Harbour News · Posted: Mar 2, 2025 9:45 PM PT

Business
Grain handlers return after a week off the job
Terminals reopened on Sunday after the two sides reached a tentative deal.
Ada Moreno, Lee Chan · Harbour News · Posted: Feb 27, 2025 11:02 AM ET`, []rec{
		{"Dock workers vote on a new agreement at two ports", "Ada Moreno", "Harbour News", "2025-03-04", "Members will cast ballots over three days, the union said on Tuesday."},
		{"Minister sends port dispute to arbitration in Halifax and B.C.", "Tom Reyes", "Harbour News", "2025-03-02", "The minister asked the labour board to impose binding arbitration on both parties."},
		{"Grain handlers return after a week off the job", "Ada Moreno; Lee Chan", "Harbour News", "2025-02-27", "Terminals reopened on Sunday after the two sides reached a tentative deal."},
	})
}

// TestLibraryCatalogueResults reads a catalogue's results, each opened by
// its number on a line of its own: the heading with life dates or
// relator terms is the author, the imprint ("[2014]", "c1997", a place in
// brackets) the source and date, and the physical description, series
// and edition lines are no summary.
func TestLibraryCatalogueResults(t *testing.T) {
	checkRecs(t, `1.
Select
Dockers : the story of a port strike
Halvorsen, Ingrid, author.
Book — xii, 310 pages : illustrations ; 24 cm
Bristol : Quayside Press, [2014]
Second edition.
Available

2.
Select
The weavers' union and the mill towns, 1890-1930
Pratt, W. H. (William Henry), 1921-1999.
Book — 412 p. ; 22 cm.
Manchester : Northern Books, c1997.
Northern history series ; v. 4
Available

3.
Select
Picket lines of the valley
Oduya, Grace, film director, film producer.
Video — 1 videodisc (88 min.) : sound, color ; 4 3/4 in.
[United Kingdom] : Valley Films, [2009]
Available`, []rec{
		{"Dockers : the story of a port strike", "Halvorsen, Ingrid", "Bristol : Quayside Press", "2014", ""},
		{"The weavers' union and the mill towns, 1890-1930", "Pratt, W. H. (William Henry)", "Manchester : Northern Books", "1997", ""},
		{"Picket lines of the valley", "Oduya, Grace", "[United Kingdom] : Valley Films", "2009", ""},
	})
}

// TestWrappedReferenceList reads a numbered reference list copied from a
// PDF: items broken over lines (a word split by a hyphen, a line going on
// in lower case, an imprint on a line of its own) are joined, the
// journal's name stops at its year, a material designation leaves the
// title, and the day a web page was read is no date.
func TestWrappedReferenceList(t *testing.T) {
	checkRecs(t, `1. Петров А. Н. Стачка на Ленских приисках // Вестник исторического общест-
ва. 2011. № 2. С. 40–52.
2. Смирнова О. В. Рабочие артели Урала (1880–1914 гг.): сб. документов. Екатеринбург : Уральский
рабочий, 2004. 320 с.
3. Волков Д. С. Профсоюзы в новой России [Электронный ресурс] // Социологический журнал. 2015.
№ 4. URL: http://example.org/article/15 (дата обращения: 02.03.2020).
4. Miller J. Coal and Conflict: Miners in the Donbas from the Tsars
to the Present.
Oxford : Clarendon Press, 1999. 280 p.`, []rec{
		{"Стачка на Ленских приисках", "Петров А. Н.", "// Вестник исторического общества", "2011", ""},
		{"Рабочие артели Урала (1880–1914 гг.): сб. документов", "Смирнова О. В.", "Екатеринбург : Уральский рабочий", "2004", ""},
		{"Профсоюзы в новой России", "Волков Д. С.", "// Социологический журнал", "2015", ""},
		{"Coal and Conflict: Miners in the Donbas from the Tsars to the Present", "Miller J.", "Oxford : Clarendon Press", "1999", ""},
	})
}

// TestNumberedTitlesWithBylines keeps a byline under a numbered title a
// line of its own, though it starts in lower case.
func TestNumberedTitlesWithBylines(t *testing.T) {
	checkRecs(t, `1. Shop stewards and the postwar factory, 1945–1960
by Ruth Amsel
2. Tenants' strikes in the interwar city
by Paul Okafor and Mina Loft
3. The long dispute at the tinplate works
by Ivo Brandt`, []rec{
		{"Shop stewards and the postwar factory, 1945–1960", "Ruth Amsel", "", "", ""},
		{"Tenants' strikes in the interwar city", "Paul Okafor; Mina Loft", "", "", ""},
		{"The long dispute at the tinplate works", "Ivo Brandt", "", "", ""},
	})
}

// TestDINAndABNTReferences reads German DIN 1505 references ("Surname,
// Given: Title", names set apart by " ; ", an edition that says how it
// was revised) and Brazilian ABNT ones (surname in capitals, two given
// names, "2. ed." before the imprint).
func TestDINAndABNTReferences(t *testing.T) {
	checkRecs(t, `Brandes, Jutta: Hafenarbeit und Streik : Hamburg 1896/97. Hamburg : Ergebnisse, 1998. – 214 S.

Lenz, Otto ; Fiedler, Maria: Die Weberaufstände in Schlesien. 3., überarb. und erw. Aufl. Berlin : Dietz, 2006. – 330 S.

Roth, Karin: Gewerkschaften im Wandel. Köln : Bund-Verlag, 2011. – 180 S.`, []rec{
		{"Hafenarbeit und Streik : Hamburg 1896/97", "Brandes, Jutta", "Hamburg : Ergebnisse", "1998", ""},
		{"Die Weberaufstände in Schlesien", "Lenz, Otto; Fiedler, Maria", "Berlin : Dietz", "2006", ""},
		{"Gewerkschaften im Wandel", "Roth, Karin", "Köln : Bund-Verlag", "2011", ""},
	})
	checkRecs(t, `COSTA, Helena Maria. Operárias da seda: trabalho e greve em São Paulo (1917-1935). 2. ed. Campinas: Editora Aurora, 2008.

PEREIRA, João. A greve do porto. São Paulo: Vértice, 1996.

LIMA, Ana Paula. Sindicatos e Estado no Brasil (1930-1945). Revista de História Social, Recife, v. 8, n. 2, p. 55-80, 2012.`, []rec{
		{"Operárias da seda: trabalho e greve em São Paulo (1917-1935)", "COSTA, Helena Maria", "Campinas: Editora Aurora", "2008", ""},
		{"A greve do porto", "PEREIRA, João", "São Paulo: Vértice", "1996", ""},
		{"Sindicatos e Estado no Brasil (1930-1945)", "LIMA, Ana Paula", "Revista de História Social", "2012", ""},
	})
}

// TestLinkAggregatorPosts reads a link aggregator's posts: "submitted 7
// hours ago by handle to community" is the byline, its date relative, and
// the domain after the title the source.
func TestLinkAggregatorPosts(t *testing.T) {
	checkRecs(t, `▲
120
▼
Bus drivers in the capital vote to strike over rosters (example-news.org)
submitted 5 hours ago by depot_rat to c/labour
14 comments · share · save

▲
57
▼
How did you set up a union in a shop of ten people?
submitted 1 day ago by quietcrane to c/labour
We are ten people in a bakery and nobody has a union. Where would you start?
30 comments · share · save

▲
33
▼
Dockers walk out over automation plans (portwatch.net)
submitted 2 days ago by Mareike-K to c/labour
8 comments · share · save`, []rec{
		{"Bus drivers in the capital vote to strike over rosters", "depot_rat", "example-news.org", "", ""},
		{"How did you set up a union in a shop of ten people?", "quietcrane", "", "", "We are ten people in a bakery and nobody has a union. Where would you start?"},
		{"Dockers walk out over automation plans", "Mareike-K", "portwatch.net", "", ""},
	})
}

// TestPlatformTableOfContents reads a publisher platform's contents:
// "in Journal" under the authors is the source, a labelled "Online
// Publication Date" the date, and the access and permission labels under
// each entry are neither authors nor entries.
func TestPlatformTableOfContents(t *testing.T) {
	checkRecs(t, `Platform drivers and the strike weapon in three cities
Authors: Rosa Lind and Amir Haddad
in Review of Work and Society
Page Range: 12–30
Online Publication Date: 04 Feb 2025
Open Access
Abstract
Request Permissions

Minimum wage campaigns after the pandemic
Author: Jonas Berg
in Review of Work and Society
Page Range: 31–49
Online Publication Date: 11 Mar 2025
Restricted Access
Abstract
Request Permissions

Seafarers' unions and flags of convenience
Authors: Li Wen, Maria Costa and Tom Hale
in Review of Work and Society
Page Range: 50–77
Online Publication Date: 02 Apr 2025
Open Access
Abstract
Request Permissions`, []rec{
		{"Platform drivers and the strike weapon in three cities", "Rosa Lind; Amir Haddad", "Review of Work and Society", "2025-02-04", ""},
		{"Minimum wage campaigns after the pandemic", "Jonas Berg", "Review of Work and Society", "2025-03-11", ""},
		{"Seafarers' unions and flags of convenience", "Li Wen; Maria Costa; Tom Hale", "Review of Work and Society", "2025-04-02", ""},
	})
}
