package listing_test

import "testing"

// Layouts met in session 32's working sets: each fixture is written for
// the rule it tests.

// A library catalogue numbers its results on lines of their own and
// prints each field's label on a line above its value, with no blank
// lines anywhere: the number opens each record, the label names its
// value, and the holdings under a record are no record of their own.
// The authors' field gives the names as the catalogue heads them, over
// the statement of responsibility on the title's line.
func TestCatalogueLabelsOverValues(t *testing.T) {
	checkRecs(t, `Library catalogue
21 - 24 of 310 results
21.
Brass bands and picket lines : music in the Durham coalfield / Margaret E. Hollis.
Author/Creator:
Hollis, Margaret E.
Published/Created:
Durham : Wearside Press, 2012.
Format:
Book
Main Library - Stacks  Available
Get this
22.
The Lawrence textile strike of 1912 : bread and roses reconsidered
Author/Creator:
Castellano, Peter J.; Rhoda Whitcombe
Published/Created:
Amherst : Pioneer Valley Press, 2005.
Format:
Book ; Online Resource
Online
Go to item
23.
Minutes of the Amalgamated Weavers' Association, Burnley branch
Format:
Archival Material
Special Collections - Labour Archive  Use in library
Get this
24.
Sit-down : the Flint strike and the auto workers' union
Author/Creator:
Dorsey, Leonard
Published/Created:
Detroit : Motor City Books, 1987.
Format:
Book
Annex Remote Shelving  Request
Get this`, []rec{
		{"Brass bands and picket lines : music in the Durham coalfield", "Hollis, Margaret E.", "Durham : Wearside Press", "2012", ""},
		{"The Lawrence textile strike of 1912 : bread and roses reconsidered", "Castellano, Peter J.; Rhoda Whitcombe", "Amherst : Pioneer Valley Press", "2005", ""},
		{"Minutes of the Amalgamated Weavers' Association, Burnley branch", "", "", "", ""},
		{"Sit-down : the Flint strike and the auto workers' union", "Dorsey, Leonard", "Detroit : Motor City Books", "1987", ""},
	})
}

// An index of articles numbers each record on a line of its own; one
// record among the dated ones names no journal or year. Its number
// still opens a record: a promotion between records carries none.
func TestNumberedRecordWithoutDate(t *testing.T) {
	checkRecs(t, `31.
STRIKE WAVES IN THE DONBAS, 1989–1991: SOURCES
Petrenko A.V., Sokolova I.M.
In journal: Labour History Quarterly. 2019. No. 3. P. 61-80.
Citations: 4
32.
TEXTILE WORKERS AND THE SHORT-TIME MOVEMENT
Hargreaves E.L.
In journal: Northern History Review. 2021. No. 2. P. 45-53.
Citations: 1
33.
THE MINERS' MOVEMENT: A READER
Orlov D.K., Malinin O.S.
Regional archive collection, three volumes
Citations: 12
34.
DOCKERS AND THE CONTAINER: PROTEST ON THE WATERFRONT
Rahman F.T.
In journal: Maritime Labour Studies. 2022. No. 1. P. 9-30.
Citations: 9`, []rec{
		{"STRIKE WAVES IN THE DONBAS, 1989–1991: SOURCES", "Petrenko A.V.; Sokolova I.M.", "Labour History Quarterly", "2019", ""},
		{"TEXTILE WORKERS AND THE SHORT-TIME MOVEMENT", "Hargreaves E.L.", "Northern History Review", "2021", ""},
		{"THE MINERS' MOVEMENT: A READER", "Orlov D.K.; Malinin O.S.", "", "", ""},
		{"DOCKERS AND THE CONTAINER: PROTEST ON THE WATERFRONT", "Rahman F.T.", "Maritime Labour Studies", "2022", ""},
	})
}

// A catalogue's results in blocks under a number and the record's type:
// the title with its statement of responsibility after " / ", the
// authors' headings inverted ("Surname, Given", several set apart by
// " ; ", one with the years of life), then the imprint or the journal.
// The statement of responsibility repeats the authors and is no part
// of the title; headings without a stop are names where another block
// lists several so.
func TestCatalogueHeadingsUnderTitles(t *testing.T) {
	checkRecs(t, `Search results

41
BOOK
Shipyard women : welding the war effort on the Clyde / by Agnes Moffat
Moffat, Agnes
Glasgow : Clydeside Books, 2003
Available at Main Reading Room

42
BOOK
The jute strike of 1923 : an oral history / edited by Ellen Baird and Colin Rennie
Baird, Ellen ; Rennie, Colin
Dundee : Tayside Press, 2011
Available at Main Reading Room

43
ARTICLE
Crofters, fishermen and the land war on Skye / Hamish Lennox
Lennox, Hamish
Northern Scotland, 2016, Vol.7, pp.22-41
Available at Main Reading Room

44
BOOK
Gartcosh : the fight for a steel mill / Ian Cowie ; foreword by Jean Mackay
Cowie, Ian
Motherwell : Lanark Steel Committee, [1986]
Available at Main Reading Room`, []rec{
		{"Shipyard women : welding the war effort on the Clyde", "Moffat, Agnes", "Glasgow : Clydeside Books", "2003", ""},
		{"The jute strike of 1923 : an oral history", "Baird, Ellen; Rennie, Colin", "Dundee : Tayside Press", "2011", ""},
		{"Crofters, fishermen and the land war on Skye", "Lennox, Hamish", "Northern Scotland", "2016", ""},
		{"Gartcosh : the fight for a steel mill", "Cowie, Ian", "Motherwell : Lanark Steel Committee", "1986", ""},
	})
}

// A Polish catalogue sets the author's role after the heading's stop
// ("Autor"), with the years of life in brackets; the years are no
// author-date reference's, whose lines would run on into the next. A
// statement of responsibility with an editor's abbreviations holds no
// sentence to cut the title at.
func TestCatalogueRoleAfterHeading(t *testing.T) {
	checkRecs(t, `Wyniki 1-4 z 52

Książka
Strajki kolejarzy w Galicji 1890-1914 / Adam Kubiak
Kubiak, Adam (1954- ). Autor
Kraków : Wydawnictwo Literackie, 2007
Dostępny w: Czytelnia Główna

Artykuł
Tramwajarze łódzcy wobec strajku generalnego 1905 roku / Ewa Lis
Lis, Ewa (1970- ). Autor
W: Rocznik Łódzki. 2014, nr 2, s. 33-58
Dostępny online

Książka
Hutnicy Zagłębia Dąbrowskiego w okresie międzywojennym przed II wojną światową / Jerzy Sowa ; [red. nauk. Maria Kot]
Sowa, Jerzy (1931-2009). Autor
Katowice : Śląsk, 1996
Dostępny w: Magazyn

Artykuł
Prawo pracy w okresie transformacji / Tomasz R. Zięba
Zięba, Tomasz R. Autor
W: Przegląd Związkowy. 2020, nr 4, s. 5-19
Dostępny online`, []rec{
		{"Strajki kolejarzy w Galicji 1890-1914", "Kubiak, Adam", "Kraków : Wydawnictwo Literackie", "2007", ""},
		{"Tramwajarze łódzcy wobec strajku generalnego 1905 roku", "Lis, Ewa", "Rocznik Łódzki", "2014", ""},
		{"Hutnicy Zagłębia Dąbrowskiego w okresie międzywojennym przed II wojną światową", "Sowa, Jerzy", "Katowice : Śląsk", "1996", ""},
		{"Prawo pracy w okresie transformacji", "Zięba, Tomasz R.", "Przegląd Związkowy", "2020", ""},
	})
}
