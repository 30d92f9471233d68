package listing_test

import (
	"strings"
	"testing"
	"time"

	"github.com/labor-annals/annals/format/listing"
)

// rec is the part of a record these tests check.
type rec struct {
	title, authors, source, date, summary string
}

func parseRecs(t *testing.T, text string) []rec {
	t.Helper()
	return parseRecsAt(t, text, time.Time{})
}

// parseRecsAt parses text as copied at now, which dates the days it
// prints without their year.
func parseRecsAt(t *testing.T, text string, now time.Time) []rec {
	t.Helper()
	res, err := listing.Parse([]byte(text), listing.Options{Origin: "test", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var out []rec
	for _, r := range res.Records {
		d := ""
		if !r.Date.IsZero() {
			d = r.Date.String()
		}
		out = append(out, rec{r.Title, strings.Join(r.Authors, "; "), r.Source, d, r.Summary})
	}
	return out
}

func checkRecs(t *testing.T, text string, want []rec) {
	t.Helper()
	checkRecsAt(t, text, time.Time{}, want)
}

func checkRecsAt(t *testing.T, text string, now time.Time, want []rec) {
	t.Helper()
	got := parseRecsAt(t, text, now)
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// Short lines the template repeats in every block (counters differing only
// in a number, share rows, link tails in an unknown language) and short
// kickers above the headline are chrome, not entries.
func TestTemplateChrome(t *testing.T) {
	checkRecs(t, `SPORT
Harbour pilots end their week-long stoppage
The pilots accepted a revised roster after talks with the port authority.
By Lena Quist
7 Remarks
Spread the word
Mastodon

CULTURE
Theatre stagehands win first contract at city playhouse
After two years of bargaining the crew ratified the deal by a wide margin.
By Omar Ferris
31 Remarks
Spread the word
Mastodon
`, []rec{
		{"Harbour pilots end their week-long stoppage", "Lena Quist", "", "", "The pilots accepted a revised roster after talks with the port authority."},
		{"Theatre stagehands win first contract at city playhouse", "Omar Ferris", "", "", "After two years of bargaining the crew ratified the deal by a wide margin."},
	})
}

// A line of metadata fields split by | or · before the headline is the
// entry's header: a label, a date, an outlet or a byline, never the title.
func TestFieldedHeaderLine(t *testing.T) {
	checkRecs(t, `MEDIA NOTE | 14 June 2011
Bakers at the co-op bakery vote to strike over night shifts
The vote followed months of complaints about unpaid overtime on the night shift.

Wirecast | 2 June 2011
Port clerks reject the latest offer from the harbour board
Clerks said the offer did nothing to address staffing levels at the terminals.

Mira Holt · 28 May 2011
Ferry crews walk out in the islands after pay talks collapse
Services to three islands were cancelled as crews left their vessels at noon.
`, []rec{
		{"Bakers at the co-op bakery vote to strike over night shifts", "", "", "2011-06-14", "The vote followed months of complaints about unpaid overtime on the night shift."},
		{"Port clerks reject the latest offer from the harbour board", "", "Wirecast", "2011-06-02", "Clerks said the offer did nothing to address staffing levels at the terminals."},
		{"Ferry crews walk out in the islands after pay talks collapse", "Mira Holt", "", "2011-05-28", "Services to three islands were cancelled as crews left their vessels at noon."},
	})
}

// The tail segment of a one-line entry that holds the date also holds the
// outlet: "Title – Outlet, date", "Title — Outlet (date)".
func TestOutletDateTail(t *testing.T) {
	checkRecs(t, `• Dock cranes idle as operators stop work – Harbour Gazette, 4 May 2015
• Night buses return after drivers settle – Evening Ledger, 9 May 2015
• Seamstresses march on the textile ministry — Daily Loom (May 12, 2015)
`, []rec{
		{"Dock cranes idle as operators stop work", "", "Harbour Gazette", "2015-05-04", ""},
		{"Night buses return after drivers settle", "", "Evening Ledger", "2015-05-09", ""},
		{"Seamstresses march on the textile ministry", "", "Daily Loom", "2015-05-12", ""},
	})
}

// "Title, by Author (Year)" carries the byline inline; serial-comma author
// lines ("A, B, and C") are split into names; page ranges are chrome.
func TestInlineBylineAndSerialComma(t *testing.T) {
	checkRecs(t, `On the Shorter Working Day, by Ida Brandt (1911)
The Wage Question Revisited, by Paul Ekdahl (1923)
Songs of the Picket Line, by Rosa Lind (1930)
`, []rec{
		{"On the Shorter Working Day", "Ida Brandt", "", "1911", ""},
		{"The Wage Question Revisited", "Paul Ekdahl", "", "1923", ""},
		{"Songs of the Picket Line", "Rosa Lind", "", "1930", ""},
	})
	checkRecs(t, `Counting Strikes in Port Cities
Ada Moss, Ben Crane, and Cleo Hart
pp. 1–9

Measuring union density in local elections
Dora Finch and Eli Vance
pp. 10–22
`, []rec{
		{"Counting Strikes in Port Cities", "Ada Moss; Ben Crane; Cleo Hart", "", "", ""},
		{"Measuring union density in local elections", "Dora Finch; Eli Vance", "", "", ""},
	})
}

// A date glued to the snippet with " · " is the entry's date, and a
// relative date there is no date; "Name in City" after the teaser is a
// byline with a dateline.
func TestDotLeadAndDatelineByline(t *testing.T) {
	checkRecs(t, `Glassworkers occupy the furnace hall
5 hours ago · The occupation began when management announced the closure of two furnaces.

Brewery staff win back their pension scheme
3 Feb 2019 · The scheme had been frozen since the takeover by a larger group last year.
`, []rec{
		{"Glassworkers occupy the furnace hall", "", "", "", "The occupation began when management announced the closure of two furnaces."},
		{"Brewery staff win back their pension scheme", "", "", "2019-02-03", "The scheme had been frozen since the takeover by a larger group last year."},
	})
	checkRecs(t, `Tram drivers vote for a second strike day
The union said turnout was the highest in a decade of ballots at the depot
Ruth Allard in Leeds
Thu 4 Mar 2021 10.02 GMT

Cleaners at the museum win the living wage
Contract cleaners had campaigned for two years with the backing of visitors and staff alike
Tomas Brenner in Glasgow
Fri 5 Mar 2021 08.40 GMT
`, []rec{
		{"Tram drivers vote for a second strike day", "Ruth Allard", "", "2021-03-04", "The union said turnout was the highest in a decade of ballots at the depot"},
		{"Cleaners at the museum win the living wage", "Tomas Brenner", "", "2021-03-05", "Contract cleaners had campaigned for two years with the backing of visitors and staff alike"},
	})
}

// Bare title-only entries among full entries keep their place: the
// byline and teaser stay with the title above them.
func TestBareTitlesAmongFullEntries(t *testing.T) {
	checkRecs(t, `Quarry strike

By Ann Lowe, 2 March 1999

Quarrymen stopped work after a blast injured two of their colleagues.

Mill closure

Dye works sit-in

By Carl Nye, 5 April 1999

Dyers sat in at the works for nine days until the owners reopened talks.

Tannery
`, []rec{
		{"Quarry strike", "Ann Lowe", "", "1999-03-02", "Quarrymen stopped work after a blast injured two of their colleagues."},
		{"Mill closure", "", "", "", ""},
		{"Dye works sit-in", "Carl Nye", "", "1999-04-05", "Dyers sat in at the works for nine days until the owners reopened talks."},
		{"Tannery", "", "", "", ""},
	})
}

// TestSpaceAlignedTable reads a catalogue's results printed as a text
// table, its columns aligned with spaces: each row an entry, its title
// and date found by their cells.
func TestSpaceAlignedTable(t *testing.T) {
	checkRecs(t, `Ref                Title                                                  Date         Level
MS/12/3            Leaflet for the rally at the pithead, Mansfield       12 May 1984  Item
MS/12/4            Appeal for food parcels from the women's group        Jun 1984     Item
AR/7/1             Photograph: picket line at the coking plant           18 Jun 1984  Item
AR/7/2             Minutes of the national conference                    1985         File`, []rec{
		{"Leaflet for the rally at the pithead, Mansfield", "", "", "1984-05-12", ""},
		{"Appeal for food parcels from the women's group", "", "", "1984-06", ""},
		{"Photograph: picket line at the coking plant", "", "", "1984-06-18", ""},
		{"Minutes of the national conference", "", "", "1985", ""},
	})
}

// TestLabelledTeasers keeps a teaser that its site opens with a label in
// every entry ("CONTEXT: …"): twenty words of running text are no
// catalogue field, though the label recurs like one. A short
// "Published in SECTION" line is the template's.
func TestLabelledTeasers(t *testing.T) {
	checkRecs(t, `The Dock Labour Scheme and its Enemies
By Ruth Mallory (04/12/2023)
Published in Analytical Articles
CONTEXT: For forty years the scheme guaranteed registered dockers a minimum wage and a say over hiring, and employers in the smaller ports campaigned against it from the start.
Read more...

Coal Board Pensions after Privatisation
By Owen Tyler and Gwen Price (03/29/2023)
Published in Analytical Articles
CONTEXT: When the coal industry was sold off in 1994, the government took a share of any surplus in the mineworkers' pension scheme in return for a guarantee that has cost it little.
Read more...`, []rec{
		{"The Dock Labour Scheme and its Enemies", "Ruth Mallory", "", "2023-04-12", "CONTEXT: For forty years the scheme guaranteed registered dockers a minimum wage and a say over hiring, and employers in the smaller ports campaigned against it from the start."},
		{"Coal Board Pensions after Privatisation", "Owen Tyler; Gwen Price", "", "2023-03-29", "CONTEXT: When the coal industry was sold off in 1994, the government took a share of any surplus in the mineworkers' pension scheme in return for a guarantee that has cost it little."},
	})
}

// TestNumberedCatalogueTitles reads a library catalogue's numbered
// results: the numbered line heads each record though its title, in
// sentence case and long, reads like a sentence, and the holdings line
// under the fields is no title.
func TestNumberedCatalogueTitles(t *testing.T) {
	checkRecs(t, `1. Dockers of the northern ports : work, the union, and the casual system on the waterfront, 1889-1939
Author: Mallory, Ruth, 1961-
Format: Book
Published: Leeds : Northern Labour Press, 2017.
Central Library, Stacks — HD8039.D52 M35 2017 — Available
Save

2. The long strike : miners and their families in the coalfield towns, 1984-1985
Author: Tyler, Owen
Format: Book
Published: Cardiff : Valleys Books, 2009.
Central Library, Stacks — HD5365.M6 T95 2009 — Checked out
Save`, []rec{
		{"Dockers of the northern ports : work, the union, and the casual system on the waterfront, 1889-1939", "Mallory, Ruth", "Leeds : Northern Labour Press", "2017", ""},
		{"The long strike : miners and their families in the coalfield towns, 1984-1985", "Tyler, Owen", "Cardiff : Valleys Books", "2009", ""},
	})
}

// TestLabelledSearchResults reads an academic search engine's results,
// each a block of labelled fields: the periodical's field outranks the
// publisher's wherever it stands, its volume and pages are no date, an
// initial keeps its stop, and classification and provider fields are
// left out.
func TestLabelledSearchResults(t *testing.T) {
	checkRecs(t, `Casual labour on the Mersey docks, 1890-1914
Author: Mallory, Ruth ; Tyler, Owen J.
Description: The article traces how the hiring stands on the Liverpool waterfront shaped dockers' solidarity.
Publisher: Informa UK Limited
Source: Labour History Review ; volume 81, issue 2, page 1712-1736 ; ISSN 0961-5652
Year of Publication: 2016
DDC: 331 Labor economics
Content Provider: Crossref

Women in the Lancashire weaving sheds
Author: Price, Gwen
Description: A thesis on the weavers' amalgamation and its women members between the wars.
Publisher: University of Leeds
Year of Publication: 2011
DDC: 331 Labor economics
Content Provider: White Rose eTheses`, []rec{
		{"Casual labour on the Mersey docks, 1890-1914", "Mallory, Ruth; Tyler, Owen J.", "Labour History Review", "2016", "The article traces how the hiring stands on the Liverpool waterfront shaped dockers' solidarity."},
		{"Women in the Lancashire weaving sheds", "Price, Gwen", "University of Leeds", "2011", "A thesis on the weavers' amalgamation and its women members between the wars."},
	})
}

// TestTableSourceColumn reads a society's list of members' publications
// pasted as tab-separated rows, year, authors, title and where it was
// published: that last column is the source, a periodical without its
// issue, a publisher, or for a chapter the book without its publisher.
// A column of types, a few values repeated, is no source.
func TestTableSourceColumn(t *testing.T) {
	checkRecs(t, "2024\tRuth Mallory & Owen Tyler\tHiring Stands and Solidarity: The Mersey Docks, 1890-1914\tLabour History Review, no. 89\n"+
		"2023\tGwen Price\tWeavers and their Amalgamation between the Wars\tNorthern Labour Press\n"+
		"2023\tCarl Nye\tThe Dyers' Sit-in of 1999\tStrikes in Britain since 1945 (Valleys Books)\n", []rec{
		{"Hiring Stands and Solidarity: The Mersey Docks, 1890-1914", "Ruth Mallory; Owen Tyler", "Labour History Review", "2024", ""},
		{"Weavers and their Amalgamation between the Wars", "Gwen Price", "Northern Labour Press", "2023", ""},
		{"The Dyers' Sit-in of 1999", "Carl Nye", "Strikes in Britain since 1945", "2023", ""},
	})
	checkRecs(t, "2024\tRuth Mallory\tHiring Stands and Solidarity on the Mersey Docks\tBook Chapter\n"+
		"2023\tGwen Price\tWeavers and their Amalgamation between the Wars\tJournal Article\n"+
		"2023\tCarl Nye\tThe Dyers' Sit-in of 1999 and What Came After\tJournal Article\n", []rec{
		{"Hiring Stands and Solidarity on the Mersey Docks", "Ruth Mallory", "", "2024", ""},
		{"Weavers and their Amalgamation between the Wars", "Gwen Price", "", "2023", ""},
		{"The Dyers' Sit-in of 1999 and What Came After", "Carl Nye", "", "2023", ""},
	})
}

// TestMailingListIndex reads a list archive's thread index, a message a
// line as "Subject, Sender Name, MM/DD/YYYY", replies indented under
// their thread: the sender is the author. A catalogue whose "Object -
// Title, Place, Year" lines stand over descriptions keeps its places.
func TestMailingListIndex(t *testing.T) {
	checkRecs(t, `CFP: Oil, Labour and Empire workshop (Aberdeen, 12–13 September 2024), Sarah McLeod, 03/14/2024
    Re: CFP: Oil, Labour and Empire workshop (Aberdeen, 12–13 September 2024), Tom Pearce, 03/15/2024
Query: sources on the 1989 Karaganda miners' strike, Anna Berger, 03/12/2024
    Re: Query: sources on the 1989 Karaganda miners' strike, Dmitri Orlov, 03/12/2024
Obituary: Margaret Ellison (1938-2024), Paul Stevens, 03/02/2024`, []rec{
		{"CFP: Oil, Labour and Empire workshop (Aberdeen, 12–13 September 2024)", "Sarah McLeod", "", "2024-03-14", ""},
		{"Re: CFP: Oil, Labour and Empire workshop (Aberdeen, 12–13 September 2024)", "Tom Pearce", "", "2024-03-15", ""},
		{"Query: sources on the 1989 Karaganda miners' strike", "Anna Berger", "", "2024-03-12", ""},
		{"Re: Query: sources on the 1989 Karaganda miners' strike", "Dmitri Orlov", "", "2024-03-12", ""},
		{"Obituary: Margaret Ellison (1938-2024)", "Paul Stevens", "", "2024-03-02", ""},
	})
	checkRecs(t, `Item
Photograph - Striking Wharf Labourers at the Pier Gates, Port Melbourne, Oct 1928
Black and white photograph of waterside workers gathered outside the pier gates during the dispute.

Item
Banner - Federated Ironworkers' Association, Footscray Branch, 1938
Painted cotton banner with a blast furnace and the motto 'Unity is Strength'.

Item
Badge - Eight Hour Day Anniversary, New Town, 1906
Enamelled metal badge issued for the fiftieth anniversary of the eight hour day.`, []rec{
		{"Photograph - Striking Wharf Labourers at the Pier Gates, Port Melbourne", "", "", "1928-10", "Black and white photograph of waterside workers gathered outside the pier gates during the dispute."},
		{"Banner - Federated Ironworkers' Association, Footscray Branch", "", "", "1938", "Painted cotton banner with a blast furnace and the motto 'Unity is Strength'."},
		{"Badge - Eight Hour Day Anniversary, New Town", "", "", "1906", "Enamelled metal badge issued for the fiftieth anniversary of the eight hour day."},
	})
}

// TestBibliographicDatabase reads a bibliographic database's results,
// each block a type, the title, the authors and a line naming where it
// was published: a periodical with its ISSN and number, a book's imprint
// alone, or the book a chapter is in with its coordinator. A Catalan
// double surname is one name.
func TestBibliographicDatabase(t *testing.T) {
	checkRecs(t, `Artículo de revista
La huelga minera de 1962 en Asturias: memoria y archivo
Rubén Valdés García, Laia Serra i Vidal
Historia social, ISSN 0214-2570, Nº 104, 2022, págs. 45-68
Resumen

Libro
Mineros y huelgas en Río Tinto, 1913-1920
Manuel Ortega Ruiz
Sevilla : Universidad de Sevilla, 2019. ISBN 978-84-472-2105-3
Localización

Capítulo de libro
Las Comisiones Obreras en la industria petroquímica
Núria Ferré Puig
Trabajo y conflicto en la España contemporánea / coord. por Ana Belén Iglesias, 2020, ISBN 978-84-9097-912-0, págs. 77-99
Localización`, []rec{
		{"La huelga minera de 1962 en Asturias: memoria y archivo", "Rubén Valdés García; Laia Serra i Vidal", "Historia social", "2022", ""},
		{"Mineros y huelgas en Río Tinto, 1913-1920", "Manuel Ortega Ruiz", "Sevilla : Universidad de Sevilla", "2019", ""},
		{"Las Comisiones Obreras en la industria petroquímica", "Núria Ferré Puig", "Trabajo y conflicto en la España contemporánea", "2020", ""},
	})
}

// TestJournalSearchResults reads a journal database's numbered results:
// the number on a line of its own, the title, the authors inverted and
// set apart by semicolons (given names ending in a particle or in
// initials), then the periodical with volume, number and year; a range
// of months dates the issue by its year. The pager is chrome.
func TestJournalSearchResults(t *testing.T) {
	checkRecs(t, `Resultados da pesquisa: greve
1 - 3 de 318 resultados

1.
Greves operárias e memória no ABC paulista
Santos, Maria Aparecida dos; Oliveira, João Paulo
Revista de História Social, v. 41, n. 88, 2021
Resumo: PT EN | Texto: PT

2.
Mineiros, sindicato e Estado em Minas Gerais
Ferreira, Lucas Antunes; Batalha, Claudio H. M.
Tempo Operário, v. 29, n. 2, maio-ago. 2023
Resumo: PT EN | Texto: PT

3.
Trabalhadores do petróleo e a greve de 1995
Costa, Ana Beatriz; Lima, Rafael
Estudos do Trabalho, v. 34, n. 98, 2020
Resumo: PT EN | Texto: PT

Próxima »`, []rec{
		{"Greves operárias e memória no ABC paulista", "Santos, Maria Aparecida dos; Oliveira, João Paulo", "Revista de História Social", "2021", ""},
		{"Mineiros, sindicato e Estado em Minas Gerais", "Ferreira, Lucas Antunes; Batalha, Claudio H. M.", "Tempo Operário", "2023", ""},
		{"Trabalhadores do petróleo e a greve de 1995", "Costa, Ana Beatriz; Lima, Rafael", "Estudos do Trabalho", "2020", ""},
	})
}

// TestThreadIndexColumns reads a mail archive's thread index: each
// message a bulleted row, the subject and the sender set apart by a run
// of spaces, the list's tag in brackets before every subject; the
// archive's sort bar, counts and footer are furniture.
func TestThreadIndexColumns(t *testing.T) {
	checkRecs(t, `Messages sorted by: [ subject ] [ author ] [ date ]
More info on this list...

Starting: Mon Mar 3 08:12:44 EST 2025
Ending: Fri Mar 28 17:40:02 EDT 2025
Messages: 5

* [labour-kz] Oral history project – call for volunteers   Dana Ospan
    * [labour-kz] Re: Oral history project – call for volunteers   Tom Reid
* [labour-kz] Scanned 1989 strike committee leaflets now online   Pavel Ign
* [labour-kz] Query: sources on Temirtau steelworkers   Miriam Adler
    * [labour-kz] Re: Query: sources on Temirtau steelworkers   Pavel Ign

Last message date: Fri Mar 28 17:40:02 EDT 2025
Archived on: Fri Mar 28 17:40:09 EDT 2025
This archive was generated by Pipermail 0.09 (Mailman edition).`, []rec{
		{"Oral history project – call for volunteers", "Dana Ospan", "", "", ""},
		{"Re: Oral history project – call for volunteers", "Tom Reid", "", "", ""},
		{"Scanned 1989 strike committee leaflets now online", "Pavel Ign", "", "", ""},
		{"Query: sources on Temirtau steelworkers", "Miriam Adler", "", "", ""},
		{"Re: Query: sources on Temirtau steelworkers", "Pavel Ign", "", "", ""},
	})
}

// TestContentsWithDashedAuthors reads a magazine's contents, a line an
// article as "Title — Author" under section headings; one headline with
// its own dash on a page that sets no authors so keeps it.
func TestContentsWithDashedAuthors(t *testing.T) {
	checkRecs(t, `Contents

Editorial

The Struggle Ahead — The Editors

Labor

Auto Workers After the Stand-Up Strike — Dianne Feld
Nurses Confront the Staffing Crisis — Kim Moss
Lessons of the 1934 Teamsters Strike — Ann Lee & Bob Ray`, []rec{
		{"The Struggle Ahead", "The Editors", "", "", ""},
		{"Auto Workers After the Stand-Up Strike", "Dianne Feld", "", "", ""},
		{"Nurses Confront the Staffing Crisis", "Kim Moss", "", "", ""},
		{"Lessons of the 1934 Teamsters Strike", "Ann Lee; Bob Ray", "", "", ""},
	})
}

// TestTableHeaderRow reads a table pasted with its header row: each
// column is read as its header names it, so report numbers and types are
// left out and the authors' column is read as names however printed; the
// header itself is no entry.
func TestTableHeaderRow(t *testing.T) {
	checkRecs(t, "Showing 1 - 3 of 1,016 results\n\n"+
		"Document Date\tTitle\tDocument Type\tReport No.\tAuthor\n"+
		"3/14/2025\tJobs in the Regions : Creating Better Jobs\tReport\t195432\tMargolis,David Neal; Strokova,Victoria\n"+
		"2/6/2025\tWomen's Employment in the Mill Towns\tWorking Paper\tWPS10987\tMuller,Miriam\n"+
		"1/28/2025\tEconomic Update, Winter 2025 : The Labor Market\tEconomic Updates and Modeling\t201177\n", []rec{
		{"Jobs in the Regions : Creating Better Jobs", "Margolis,David Neal; Strokova,Victoria", "", "2025-03-14", ""},
		{"Women's Employment in the Mill Towns", "Muller,Miriam", "", "2025-02-06", ""},
		{"Economic Update, Winter 2025 : The Labor Market", "", "", "2025-01-28", ""},
	})
}

// TestSearchResults reads a search engine's results: each block the
// site's name over the link and the headline, then the snippet led by
// its date, a relative one being no date; a widget of questions between
// the results is no entry, and a result without a date still is one.
func TestSearchResults(t *testing.T) {
	checkRecs(t, `Miners' Weekly
https://example.org/news/pit-closure-vote
Pit closure vote splits the coalfield
Mar 3, 2024 — Delegates from eleven lodges met on Saturday to decide whether to accept the board's offer ...

Harbour Gazette
https://example.net/2024/dockers-ballot
Dockers ballot on a two-year pay offer
2 days ago — The union said the offer fell short of inflation and urged members to vote against it ...

Related questions
Who called the 1984 strike?
When did the pits close?
What is a lodge banner?

Textile Archive
https://example.com/wiki/Weavers_strike
Weavers' strike of 1878
The weavers' strike of 1878 was a dispute over a ten per cent cut in piece rates across the county ...

Labour Review
https://example.org/review/steel
Steel towns after the furnaces went cold
Jan 12, 2023 — A survey of four towns ten years after the last blast furnace was shut down by its owners ...`, []rec{
		{"Pit closure vote splits the coalfield", "", "Miners' Weekly", "2024-03-03", "Delegates from eleven lodges met on Saturday to decide whether to accept the board's offer"},
		{"Dockers ballot on a two-year pay offer", "", "Harbour Gazette", "", "The union said the offer fell short of inflation and urged members to vote against it"},
		{"Weavers' strike of 1878", "", "Textile Archive", "", "The weavers' strike of 1878 was a dispute over a ten per cent cut in piece rates across the county"},
		{"Steel towns after the furnaces went cold", "", "Labour Review", "2023-01-12", "A survey of four towns ten years after the last blast furnace was shut down by its owners"},
	})
}

// TestClockZoneAndPicCredits reads a broadcaster's cards: the time is
// followed by the country it is read in (", UK"), and a caption under its
// "Image:" label ends with a "Pic:" credit; neither is an entry.
func TestClockZoneAndPicCredits(t *testing.T) {
	checkRecs(t, `Nurses vote to strike over staffing levels
The ballot closed with a turnout well above the legal threshold.
Friday 14 March 2025 08:30, UK

Image:
Nurses on a picket line outside the infirmary. Pic: PA

Rail maintenance staff accept revised offer
Tuesday 11 March 2025 17:05, UK

Council workers begin work-to-rule
The action affects refuse collection and parks across the borough.
Monday 10 March 2025 09:40, UK`, []rec{
		{"Nurses vote to strike over staffing levels", "", "", "2025-03-14", "The ballot closed with a turnout well above the legal threshold."},
		{"Rail maintenance staff accept revised offer", "", "", "2025-03-11", ""},
		{"Council workers begin work-to-rule", "", "", "2025-03-10", "The action affects refuse collection and parks across the borough."},
	})
}

// TestForumStartedBy reads a forum's threads: the starter, "Started by
// X", is the author, not the last poster under the date.
func TestForumStartedBy(t *testing.T) {
	checkRecs(t, `Pit ponies at Easington - any records?
Started by Mary Hall
4 Replies
312 Views
March 02, 2024, 10:12:13 PM
by Tom Pike

Lodge banners of the 1920s
Started by Alan Reed
9 Replies
1,204 Views
February 26, 2024, 11:03:37 AM
by Sue Crane

Checkweighmen and their unions
Started by Peter Lamb
2 Replies
198 Views
February 19, 2024, 08:26:50 PM
by Mary Hall`, []rec{
		{"Pit ponies at Easington - any records?", "Mary Hall", "", "2024-03-02", ""},
		{"Lodge banners of the 1920s", "Alan Reed", "", "2024-02-26", ""},
		{"Checkweighmen and their unions", "Peter Lamb", "", "2024-02-19", ""},
	})
}

// TestDigestYearlessDates reads a weekly digest whose items end with
// their outlet and a date without its year ("— Outlet, March 4", "— by
// Author for Outlet, March 6"): the year is the issue's, and a day later
// in the year than the date is last year's.
func TestDigestYearlessDates(t *testing.T) {
	checkRecs(t, `Steel and Mining Digest #12
January 9, 2025

- Smelter workers end sit-in after pay agreement — Metal Times, January 6
The agreement raises base pay by a tenth and restores the night allowance.

- Quarry deaths prompt call for inspections — by Ana Ruiz for Dust Weekly, January 3
Families of the two men say the pit had not been inspected in three years.

- Dockers vote on year-end bonus — Port News, December 29
The ballot closes on Friday.`, []rec{
		{"Smelter workers end sit-in after pay agreement", "", "Metal Times", "2025-01-06", "The agreement raises base pay by a tenth and restores the night allowance."},
		{"Quarry deaths prompt call for inspections", "Ana Ruiz", "Dust Weekly", "2025-01-03", "Families of the two men say the pit had not been inspected in three years."},
		{"Dockers vote on year-end bonus", "", "Port News", "2024-12-29", "The ballot closes on Friday."},
	})
}

// TestDatedBlocksWithRubrics reads a press office's releases: each block
// a date line, a rubric, the headline and mostly a teaser. The rubric is
// no title even in a block without a teaser, nor an author where it reads
// like a name, as the page's other rubrics show the slot is theirs.
func TestDatedBlocksWithRubrics(t *testing.T) {
	checkRecs(t, `12.03.2024 | PR 21
Arbeitsschutz
Hitzeschutz am Arbeitsplatz muss verbindlich werden
Die Beschäftigten brauchen klare Regeln für Pausen und Arbeitszeiten bei großer Hitze.

05.03.2024 | PR 20
Rente
Rentenniveau dauerhaft sichern

27.02.2024 | PR 19
Gute Arbeit
Befristungen gehen zurück, bleiben aber zu hoch
Fast jeder dritte neue Vertrag ist weiterhin befristet, zeigt eine neue Auswertung.

20.02.2024 | PR 18
Tarifbindung
Öffentliche Aufträge nur an tarifgebundene Firmen
Der Bund soll bei Vergaben auf Tariftreue achten und dies auch kontrollieren.`, []rec{
		{"Hitzeschutz am Arbeitsplatz muss verbindlich werden", "", "", "2024-03-12", "Die Beschäftigten brauchen klare Regeln für Pausen und Arbeitszeiten bei großer Hitze."},
		{"Rentenniveau dauerhaft sichern", "", "", "2024-03-05", ""},
		{"Befristungen gehen zurück, bleiben aber zu hoch", "", "", "2024-02-27", "Fast jeder dritte neue Vertrag ist weiterhin befristet, zeigt eine neue Auswertung."},
		{"Öffentliche Aufträge nur an tarifgebundene Firmen", "", "", "2024-02-20", "Der Bund soll bei Vergaben auf Tariftreue achten und dies auch kontrollieren."},
	})
}

// TestEventsWithKindsAndRanges reads an events page: each block the
// event's kind over its date, then the title, the place and the teaser.
// An event running over several days is dated by its first.
func TestEventsWithKindsAndRanges(t *testing.T) {
	checkRecs(t, `Talk
Thursday, 6 March 2025, 18:30–20:00
Women of the Pit Villages
Main Hall
A talk on the support groups of the coalfields, with readings from their minutes.

Exhibition
3 February – 28 March 2025
Strike Posters from Four Decades
Gallery 2
Posters from the archive's collection, on display together for the first time.

Course
Mondays, 10–24 March 2025, 19:00–21:00
Reading the Union Minute Book
Online (Zoom)
A three-week course on using branch records in family and local history.`, []rec{
		{"Women of the Pit Villages", "", "", "2025-03-06", "A talk on the support groups of the coalfields, with readings from their minutes."},
		{"Strike Posters from Four Decades", "", "", "2025-02-03", "Posters from the archive's collection, on display together for the first time."},
		{"Reading the Union Minute Book", "", "", "2025-03-10", "A three-week course on using branch records in family and local history."},
	})
}

// TestOutletsOverDates reads an aggregator's cards: the headline, the
// authors, the outlet and the date, each on its line; an entry without
// authors prints its outlet right under the headline.
func TestOutletsOverDates(t *testing.T) {
	checkRecs(t, `Bus Drivers Win Paid Breaks in Denver
Rosa Lind
Labor Notes
March 14, 2024
After a two-year campaign the drivers won a contract that guarantees breaks on every route.

The Long Strike at the Copper Mine
Paul Ostrander
Dissent
March 12, 2024
The strike lasted eleven months and split the town.

Union Membership Holds Steady
The Guardian
March 11, 2024
New figures show little change in the share of workers in unions.

Graduate Workers Organize in the South
Maya Feld, Carlos Ruiz
In These Times
March 8, 2024
Graduate unions have won contracts at a dozen universities since 2020.`, []rec{
		{"Bus Drivers Win Paid Breaks in Denver", "Rosa Lind", "Labor Notes", "2024-03-14", "After a two-year campaign the drivers won a contract that guarantees breaks on every route."},
		{"The Long Strike at the Copper Mine", "Paul Ostrander", "Dissent", "2024-03-12", "The strike lasted eleven months and split the town."},
		{"Union Membership Holds Steady", "", "The Guardian", "2024-03-11", "New figures show little change in the share of workers in unions."},
		{"Graduate Workers Organize in the South", "Maya Feld; Carlos Ruiz", "In These Times", "2024-03-08", "Graduate unions have won contracts at a dozen universities since 2020."},
	})
}

// TestShortTitleWithYearAgain reads a film archive's cards: a short title
// printed again with its year in brackets is one title with its date,
// even where the title alone reads like a name.
func TestShortTitleWithYearAgain(t *testing.T) {
	checkRecs(t, `Free
Coal Town
Coal Town (1936)
Documentary · 12 mins
Miners in the valleys speak about their work underground and their homes above it.

Free
Night Shift
Night Shift (1948)
Documentary · 18 mins
A portrait of the workers who keep a city's trams running through the night.

Free
Dock Gates
Dock Gates (1961)
Documentary · 22 mins
Casual labourers wait for the morning call-on at the gates of the docks.`, []rec{
		{"Coal Town", "", "", "1936", "Miners in the valleys speak about their work underground and their homes above it."},
		{"Night Shift", "", "", "1948", "A portrait of the workers who keep a city's trams running through the night."},
		{"Dock Gates", "", "", "1961", "Casual labourers wait for the morning call-on at the gates of the docks."},
	})
}
