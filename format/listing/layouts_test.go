package listing_test

import (
	"fmt"
	"strings"
	"testing"
)

// Layouts of news and union sites: a meta line joined by a slash, content
// labels in the slot above the date, section labels under it, share rows
// in every entry, headlines long enough to read as prose.
func TestMoreLayouts(t *testing.T) {
	t.Run("date slash author", func(t *testing.T) {
		checkRecs(t, `Porters at the central station walk out
March 3, 2024 / Dana Whitfield
The porters say the new rota leaves them without a break on twelve-hour shifts.
Read more

Cleaners win sick pay after two-year fight
February 21, 2024 / Amos Kale and Rita Szabo
Contract cleaners at the ministry will be paid from the first day of illness.
Read more`, []rec{
			{"Porters at the central station walk out", "Dana Whitfield", "", "2024-03-03", "The porters say the new rota leaves them without a break on twelve-hour shifts."},
			{"Cleaners win sick pay after two-year fight", "Amos Kale; Rita Szabo", "", "2024-02-21", "Contract cleaners at the ministry will be paid from the first day of illness."},
		})
	})
	t.Run("content labels above the date", func(t *testing.T) {
		checkRecs(t, `Federation backs striking bakers in Leeds

Press Release
Jun 4, 2024

Statement on the closure of the Dunmore plant

Statement
May 30, 2024

What the new overtime rule means for you

Blog Post
May 28, 2024

Federation welcomes pension ruling

Press Release
May 21, 2024`, []rec{
			{"Federation backs striking bakers in Leeds", "", "", "2024-06-04", ""},
			{"Statement on the closure of the Dunmore plant", "", "", "2024-05-30", ""},
			{"What the new overtime rule means for you", "", "", "2024-05-28", ""},
			{"Federation welcomes pension ruling", "", "", "2024-05-21", ""},
		})
	})
	t.Run("section labels under the date", func(t *testing.T) {
		checkRecs(t, `Bus drivers in the north vote to accept new pay offer

The union says the deal restores the value lost to inflation since 2021.

3 hrs ago
Business

Ferry crews begin work-to-rule over safety rota

12 Jun 2024
Scotland

Hospital porters stage first walkout in thirty years

Porters at two hospitals say they are paid less than agency staff doing the same job.

10 Jun 2024
Wales`, []rec{
			{"Bus drivers in the north vote to accept new pay offer", "", "", "", "The union says the deal restores the value lost to inflation since 2021."},
			{"Ferry crews begin work-to-rule over safety rota", "", "", "2024-06-12", ""},
			{"Hospital porters stage first walkout in thirty years", "", "", "2024-06-10", "Porters at two hospitals say they are paid less than agency staff doing the same job."},
		})
	})
	t.Run("share row in every entry", func(t *testing.T) {
		checkRecs(t, `Dockers in Antwerp halt work over automation plans
Unions say the new cranes will cost four hundred jobs within two years.
Published 3 April 2024
tap here to share this story on social media

Textile workers march on the capital
Tens of thousands joined the protest for a higher minimum wage.
Published 28 March 2024
tap here to share this story on social media

Railway signallers announce overtime ban
The ban will start next week and last until the dispute is settled.
Published 20 March 2024
tap here to share this story on social media`, []rec{
			{"Dockers in Antwerp halt work over automation plans", "", "", "2024-04-03", "Unions say the new cranes will cost four hundred jobs within two years."},
			{"Textile workers march on the capital", "", "", "2024-03-28", "Tens of thousands joined the protest for a higher minimum wage."},
			{"Railway signallers announce overtime ban", "", "", "2024-03-20", "The ban will start next week and last until the dispute is settled."},
		})
	})
	t.Run("long headline over its teaser", func(t *testing.T) {
		checkRecs(t, `12.03.2024
Retraites : la confédération appelle à une nouvelle journée de grève et de manifestations dans tout le pays
Après le succès de la mobilisation de jeudi, les syndicats veulent amplifier le mouvement dans les entreprises et les services publics.

05.03.2024
Santé au travail : les chiffres des accidents mortels continuent de progresser selon le dernier rapport
Le syndicat demande au gouvernement un plan d’urgence et le recrutement de plusieurs centaines d’inspecteurs du travail.

27.02.2024
Fonction publique : les agents des collectivités mobilisés contre le gel du point d’indice cette année
Les fédérations dénoncent une perte de pouvoir d’achat de plus de dix pour cent depuis le début de la décennie.`, []rec{
			{"Retraites : la confédération appelle à une nouvelle journée de grève et de manifestations dans tout le pays", "", "", "2024-03-12", "Après le succès de la mobilisation de jeudi, les syndicats veulent amplifier le mouvement dans les entreprises et les services publics."},
			{"Santé au travail : les chiffres des accidents mortels continuent de progresser selon le dernier rapport", "", "", "2024-03-05", "Le syndicat demande au gouvernement un plan d’urgence et le recrutement de plusieurs centaines d’inspecteurs du travail."},
			{"Fonction publique : les agents des collectivités mobilisés contre le gel du point d’indice cette année", "", "", "2024-02-27", "Les fédérations dénoncent une perte de pouvoir d’achat de plus de dix pour cent depuis le début de la décennie."},
		})
	})
	t.Run("day and month without a year", func(t *testing.T) {
		got := parseRecs(t, `Notes from the picket line at the bottling plant
JUN 4 • Sam Reyes
The week the night shift walked out.

What the strike fund is for
MAY 28 • Sam Reyes
A reader's question about who gets paid, and when.

Ten years of the drivers' union
MAY 21 • Sam Reyes
Looking back on a decade of organising.`)
		if len(got) != 3 {
			t.Fatalf("got %d records, want 3: %+v", len(got), got)
		}
		for _, r := range got {
			if r.date != "" || r.authors != "Sam Reyes" || r.title == "" {
				t.Errorf("%+v: want a title, the author and no guessed date", r)
			}
		}
	})
}

// Headlines that differ only in a number are entries, not a template's
// furniture: only a footer's copies may differ in their numbers.
func TestNumberedHeadlinesStay(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "Strike number %d at the Metallist plant\n\nBy Ana Ruiz, %d March 2001\n\nThe workers of shop %d have not been paid for %d months and walked out.\n\n", i, i, i, i+2)
	}
	got := parseRecs(t, b.String())
	if len(got) != 6 {
		t.Fatalf("got %d records, want 6: %+v", len(got), got)
	}
	for i, r := range got {
		if want := fmt.Sprintf("Strike number %d at the Metallist plant", i+1); r.title != want || r.summary == "" {
			t.Errorf("record %d: %+v, want title %q and its summary", i, r, want)
		}
	}
}

// On a page in blocks, each block is an entry and its first line the
// headline, however long and sentence-like; furniture dropped between
// blocks still leaves the blank line above it.
func TestBlocksAreEntries(t *testing.T) {
	t.Run("long headlines by position", func(t *testing.T) {
		checkRecs(t, `Los panaderos de Vigo mantienen la huelga por el convenio provincial del sector
Lucía Fernández
Vigo - 3 mar 2024 - 09:10 CET
La patronal ofrece una subida del 2% y los sindicatos piden el 6% para los próximos tres años

Los conductores del metro de Bilbao aprueban paros parciales durante las fiestas de agosto
Iker Zubiri y Nerea Olabe
Bilbao - 2 mar 2024 - 18:45 CET
La empresa asegura que los servicios mínimos cubrirán el 60% de los trenes en hora punta

Publicidad

Huelga de limpieza en los hospitales de Sevilla
Carmen Ortiz
Sevilla - 1 mar 2024 - 12:00 CET`, []rec{
			{"Los panaderos de Vigo mantienen la huelga por el convenio provincial del sector", "Lucía Fernández", "", "2024-03-03", "La patronal ofrece una subida del 2% y los sindicatos piden el 6% para los próximos tres años"},
			{"Los conductores del metro de Bilbao aprueban paros parciales durante las fiestas de agosto", "Iker Zubiri; Nerea Olabe", "", "2024-03-02", "La empresa asegura que los servicios mínimos cubrirán el 60% de los trenes en hora punta"},
			{"Huelga de limpieza en los hospitales de Sevilla", "Carmen Ortiz", "", "2024-03-01", ""},
		})
	})
	t.Run("time after a Portuguese date", func(t *testing.T) {
		checkRecs(t, `SINDICAL
Bancários de Recife entram em greve por reajuste
Por Ana Souza
2 de Abril de 2024 às 10:15

MEMÓRIA
A greve dos tecelões de 1903 no Rio de Janeiro
Por Paulo Lima
28 de Março de 2024 às 08:00

TRABALHO
Motoristas de ônibus aprovam acordo coletivo
Por Ana Souza
20 de Março de 2024 às 17:30`, []rec{
			{"Bancários de Recife entram em greve por reajuste", "Ana Souza", "", "2024-04-02", ""},
			{"A greve dos tecelões de 1903 no Rio de Janeiro", "Paulo Lima", "", "2024-03-28", ""},
			{"Motoristas de ônibus aprovam acordo coletivo", "Ana Souza", "", "2024-03-20", ""},
		})
	})
	t.Run("a desk in lower case", func(t *testing.T) {
		checkRecs(t, `Par Jeanne Roux, le 4 mai 2021 à 10h00
Les dockers du Havre en grève reconductible
Le port est à l'arrêt depuis lundi matin.

Par la rédaction, le 3 mai 2021 à 18h30
Retraites : ce que prévoit le nouveau texte

Par Paul Marchand, le 2 mai 2021 à 09h15
Les cheminots de Lyon votent la grève
Le préavis court jusqu'à la fin du mois.`, []rec{
			{"Les dockers du Havre en grève reconductible", "Jeanne Roux", "", "2021-05-04", "Le port est à l'arrêt depuis lundi matin."},
			{"Retraites : ce que prévoit le nouveau texte", "la rédaction", "", "2021-05-03", ""},
			{"Les cheminots de Lyon votent la grève", "Paul Marchand", "", "2021-05-02", "Le préavis court jusqu'à la fin du mois."},
		})
	})
}

// A magazine page in blocks: paywall markers, video lengths and kickers
// over the headline, bylines that name the kind of piece, and bylines in
// capitals after the date.
func TestKickersAndLabelledBylines(t *testing.T) {
	checkRecs(t, `S+
Lohnrunde im Handel
Verkäuferinnen in Köln legen die Arbeit nieder
Die Gewerkschaft fordert einen Euro mehr pro Stunde. Die Arbeitgeber lehnen ab.
Von Jana Vogt und Emil Brandt
14.05.2024, 18.32 Uhr

Streit um die Rente
»Wir arbeiten bis zum Umfallen«
Ein Interview von Kai Lorenz
13.05.2024, 06.00 Uhr

Video
02:14 Min
Hafen Bremen
Schauerleute streiken gegen die Automatisierung
Von Jana Vogt
11.05.2024, 12.47 Uhr

Tarifkonflikt in Bayern
Metaller drohen mit Warnstreiks
Die IG Metall hat die Verhandlungen für gescheitert erklärt.
Von Emil Brandt
10.05.2024, 09.15 Uhr`, []rec{
		{"Verkäuferinnen in Köln legen die Arbeit nieder", "Jana Vogt; Emil Brandt", "", "2024-05-14", "Die Gewerkschaft fordert einen Euro mehr pro Stunde. Die Arbeitgeber lehnen ab."},
		{"»Wir arbeiten bis zum Umfallen«", "Kai Lorenz", "", "2024-05-13", ""},
		{"Schauerleute streiken gegen die Automatisierung", "Jana Vogt", "", "2024-05-11", ""},
		{"Metaller drohen mit Warnstreiks", "Emil Brandt", "", "2024-05-10", "Die IG Metall hat die Verhandlungen für gescheitert erklärt."},
	})
	checkRecs(t, `Paid
Why the bakers won in Leeds
A month on the picket line
MAY 7, 2024 • NORA BELL AND SAM OKAFOR
88
15

The case for a shorter week
APR 30, 2024 • NORA BELL
27
22

What the port strike taught us
APR 2, 2024 • SAM OKAFOR
12
3`, []rec{
		{"Why the bakers won in Leeds", "NORA BELL; SAM OKAFOR", "", "2024-05-07", "A month on the picket line"},
		{"The case for a shorter week", "NORA BELL", "", "2024-04-30", ""},
		{"What the port strike taught us", "SAM OKAFOR", "", "2024-04-02", ""},
	})
}

// Rows copied from a table keep their cells apart with tabs; a column of
// names is one whose cells read as names down the table, not in one row.
func TestTableRows(t *testing.T) {
	checkRecs(t, "14.03.2024\tBusfahrer im Saarland legen die Arbeit nieder\tVerkehr\n"+
		"12.03.2024\tTarifeinigung für die Beschäftigten der Brauereien\tBesondere Dienstleistungen\n"+
		"08.03.2024\tPflegekräfte fordern mehr Personal in den Kliniken\tGesundheit\n", []rec{
		{"Busfahrer im Saarland legen die Arbeit nieder", "", "", "2024-03-14", ""},
		{"Tarifeinigung für die Beschäftigten der Brauereien", "", "", "2024-03-12", ""},
		{"Pflegekräfte fordern mehr Personal in den Kliniken", "", "", "2024-03-08", ""},
	})
	checkRecs(t, "The dockers' strike of 1889\tJohn Lovell\t1969\n"+
		"Women in the London match trade\tLouise Raw\t2009\n"+
		"The great unrest and its causes\tBob Holton\t1976\n", []rec{
		{"The dockers' strike of 1889", "John Lovell", "", "1969", ""},
		{"Women in the London match trade", "Louise Raw", "", "2009", ""},
		{"The great unrest and its causes", "Bob Holton", "", "1976", ""},
	})
}

// "Title | Outlet" on two or more lines names the outlet; German dates
// with spaces after the dots are dates, not list numbers; a caption that
// ends with its photo credit is no headline.
func TestOutletsDatesCaptions(t *testing.T) {
	checkRecs(t, `Hamnarbetarna i Göteborg strejkar igen | Dagens Arbete
2024-03-12

Arkivet som räddade förbundets protokoll | Arbetet
2024-02-28
Reportage om hur protokollen hamnade i arkivet.`, []rec{
		{"Hamnarbetarna i Göteborg strejkar igen", "", "Dagens Arbete", "2024-03-12", ""},
		{"Arkivet som räddade förbundets protokoll", "", "Arbetet", "2024-02-28", "Reportage om hur protokollen hamnade i arkivet."},
	})
	checkRecs(t, `Als die Weber in Schlesien streikten
Vor 180 Jahren erhoben sich die Weber gegen ihre Verleger.
Karin Lang
5. 5. 2024

Stillstand im Hafen
Die Schauerleute legen in Hamburg die Arbeit nieder.
Jonas Kühn
1. 3. 2024`, []rec{
		{"Als die Weber in Schlesien streikten", "Karin Lang", "", "2024-05-05", "Vor 180 Jahren erhoben sich die Weber gegen ihre Verleger."},
		{"Stillstand im Hafen", "Jonas Kühn", "", "2024-03-01", "Die Schauerleute legen in Hamburg die Arbeit nieder."},
	})
	checkRecs(t, `Nurses picket outside a hospital in Duluth on a cold morning in March. Photo by Ann Kerr/AFP via Getty Images
How the Nurses Won Safe Staffing
BY ALEX COLE
After a three-day strike, the nurses won staffing committees with real power.

Teachers march through the centre of Oakland. (Photo by Tom Reyes/Getty Images)
The Teachers' Strike Wave Isn't Over
BY DANA PRICE
Locals in four more districts have voted to authorise strikes this spring.`, []rec{
		{"How the Nurses Won Safe Staffing", "ALEX COLE", "", "", "After a three-day strike, the nurses won staffing committees with real power."},
		{"The Teachers' Strike Wave Isn't Over", "DANA PRICE", "", "", "Locals in four more districts have voted to authorise strikes this spring."},
	})
}

// A digital library's results: an item-type label, the title, the
// authors and the periodical's issue line, whose date is the issue's.
func TestSearchResultsWithIssueLines(t *testing.T) {
	checkRecs(t, `Journal Article
The Dockers' Tanner and the Great Strike of 1889
Ruth Hale
Labour History Review, Vol. 54, No. 2 (August 1989), pp. 12-30 (19 pages)
Download
Save

Journal Article
Bread, Coal and the Lockout of 1926
Owen Price and Mary Lloyd
Journal of Social History, Vol. 39, No. 4 (Summer, 2006), pp. 1001-1024 (24 pages)
Download
Save

Journal Article
Match Girls and the New Unionism
Anna Webb
International Review of Social History, Vol. 21, No. 3 (Dec., 1976), pp. 301-330 (30 pages)
Download
Save`, []rec{
		{"The Dockers' Tanner and the Great Strike of 1889", "Ruth Hale", "Labour History Review", "1989-08", ""},
		{"Bread, Coal and the Lockout of 1926", "Owen Price; Mary Lloyd", "Journal of Social History", "2006", ""},
		{"Match Girls and the New Unionism", "Anna Webb", "International Review of Social History", "1976-12", ""},
	})
}

// Names where the page prints them, though no name test holds alone: an
// agency in the slot above the date, opinion pieces titled "Name: Title",
// and a pagination label between entries that is no entry.
func TestNamesBySlot(t *testing.T) {
	checkRecs(t, `Työelämä
Hoitajat valmistelevat ylityökieltoa
STT
12.3.2024

Historia
Yleislakko 1956 muutti työmarkkinat
Lakko kesti lähes kolme viikkoa.
Tuomas Heikkilä
1.3.2024

Sivu 2

Kolumni
Jussi Koskinen: Työnantajat puhuvat joustosta
Anna Virtanen ja Mikko Laine
28.2.2024

Kolumni
Riitta Salo: Lakko-oikeus ei ole neuvottelukysymys
Poliittisen lakon rajoittaminen on väärin.
Tuomas Heikkilä
6.2.2024`, []rec{
		{"Hoitajat valmistelevat ylityökieltoa", "STT", "", "2024-03-12", ""},
		{"Yleislakko 1956 muutti työmarkkinat", "Tuomas Heikkilä", "", "2024-03-01", "Lakko kesti lähes kolme viikkoa."},
		{"Jussi Koskinen: Työnantajat puhuvat joustosta", "Anna Virtanen; Mikko Laine", "", "2024-02-28", ""},
		{"Riitta Salo: Lakko-oikeus ei ole neuvottelukysymys", "Tuomas Heikkilä", "", "2024-02-06", "Poliittisen lakon rajoittaminen on väärin."},
	})
	checkRecs(t, `Jussi Koskinen: Työnantajat puhuvat joustosta
28.2.2024

Hoitajat valmistelevat ylityökieltoa
12.2.2024

Riitta Salo: Lakko-oikeus ei ole neuvottelukysymys
6.2.2024`, []rec{
		{"Työnantajat puhuvat joustosta", "Jussi Koskinen", "", "2024-02-28", ""},
		{"Hoitajat valmistelevat ylityökieltoa", "", "", "2024-02-12", ""},
		{"Lakko-oikeus ei ole neuvottelukysymys", "Riitta Salo", "", "2024-02-06", ""},
	})
}

// A date glued to the teaser it opens, under a headline, with language
// links and favourites buttons between.
func TestDateGluedToTeaser(t *testing.T) {
	checkRecs(t, `Miners in Kitwe demand a safety audit after collapse
Add to favourites
Read this article in: English Français Español
14 March, 2024Mining unions are calling for an independent audit of open-pit operations.
Read more

Shipyard unions strike over the subcontracting law
Add to favourites
Read this article in: English
7 March, 2024The metal workers' union held a four-hour general strike across the yards.
Read more`, []rec{
		{"Miners in Kitwe demand a safety audit after collapse", "", "", "2024-03-14", "Mining unions are calling for an independent audit of open-pit operations."},
		{"Shipyard unions strike over the subcontracting law", "", "", "2024-03-07", "The metal workers' union held a four-hour general strike across the yards."},
	})
}

// Relative dates are date lines, recorded as no date, in the languages
// pages print them in; a bare rubric in capitals is no byline.
func TestRelativeDateLines(t *testing.T) {
	checkRecs(t, `SANTÉ
Les infirmières de Lille en grève
Publié aujourd’hui à 06h00
Par Jeanne Morvan

SOCIAL
Les dockers de Marseille reconduisent le mouvement
Publié hier à 18h30
Par Karim Benali

SOCIAL
Retraites : les syndicats appellent à manifester
Publié le 12 mai 2025 à 11h15
Par Jeanne Morvan`, []rec{
		{"Les infirmières de Lille en grève", "Jeanne Morvan", "", "", ""},
		{"Les dockers de Marseille reconduisent le mouvement", "Karim Benali", "", "", ""},
		{"Retraites : les syndicats appellent à manifester", "Jeanne Morvan", "", "2025-05-12", ""},
	})
	checkRecs(t, `Sygeplejersker varsler strejke
i går
Af Mette Holm

Buschauffører nedlægger arbejdet
i dag
Af Jens Berg

Overenskomst på plads for slagteriarbejdere
12. maj 2025
Af Mette Holm`, []rec{
		{"Sygeplejersker varsler strejke", "Mette Holm", "", "", ""},
		{"Buschauffører nedlægger arbejdet", "Jens Berg", "", "", ""},
		{"Overenskomst på plads for slagteriarbejdere", "Mette Holm", "", "2025-05-12", ""},
	})
}

// A line that only names the entry's outlet after a label is its source,
// not its teaser.
func TestSourceLines(t *testing.T) {
	checkRecs(t, `La huelga de los estibadores de Cádiz
Por Ana Ruiz | 5/2/2026
Fuentes: La Voz del Puerto
Los estibadores paralizan la terminal por tercer día.

Los jornaleros de Jaén, sin convenio
Por Pablo Gil | 3/2/2026
Fuentes: El Salto
La patronal del olivar rechaza la subida del salario.

Streik der Busfahrer in Bremen
Von Jana Vogt | 2/2/2026
Quelle: Weser-Kurier
Die Fahrer legen die Arbeit für zwei Tage nieder.`, []rec{
		{"La huelga de los estibadores de Cádiz", "Ana Ruiz", "La Voz del Puerto", "2026-02-05", "Los estibadores paralizan la terminal por tercer día."},
		{"Los jornaleros de Jaén, sin convenio", "Pablo Gil", "El Salto", "2026-02-03", "La patronal del olivar rechaza la subida del salario."},
		{"Streik der Busfahrer in Bremen", "Jana Vogt", "Weser-Kurier", "2026-02-02", "Die Fahrer legen die Arbeit für zwei Tage nieder."},
	})
}

// Catalogue records print labelled fields under a numbered title, in the
// site's order; details a record carries for the shelf are no entries.
func TestLabelledFields(t *testing.T) {
	checkRecs(t, `Search results for: tram strike
Showing 1 - 4 of 37

1.  The tramwaymen's strike of 1913 : a memoir
    Author: Doyle, Peter ; Keane, Mary
    Publisher: Dublin : Irish Labour Press, 1963
    Format: Book
    Call number: HD5366 .D6
    Permalink: https://catalogue.example.org/record/4411

2.  Trams, wages and the city
    Author: Walsh, Brendan
    Publisher: Cork : Atlantic Books, 1999
    Format: Book
    Call number: HD5366 .W3
    Permalink: https://catalogue.example.org/record/5120

3.  All out! Strike bulletin of the tramway section
    Author: Tramway Workers' Committee
    Date: 1913-09-02
    Format: Leaflet
    Call number: Box 12

4.  Conductors and the lockout
    Authors: Ellen Brady, Thomas Quinn (Editor)
    In: Labour History Quarterly, no. 12 (1988), p. 33-51
    Format: Article`, []rec{
		{"The tramwaymen's strike of 1913 : a memoir", "Doyle, Peter; Keane, Mary", "Dublin : Irish Labour Press", "1963", ""},
		{"Trams, wages and the city", "Walsh, Brendan", "Cork : Atlantic Books", "1999", ""},
		{"All out! Strike bulletin of the tramway section", "Tramway Workers' Committee", "", "1913-09-02", ""},
		{"Conductors and the lockout", "Ellen Brady; Thomas Quinn", "Labour History Quarterly", "1988", ""},
	})
}

// A catalogue whose rows set label and value apart by tabs, with labels
// joined by a slash and headings that add the role and years of life.
// The authors' field names them as the catalogue heads them, over the
// statement of responsibility on the title's line.
func TestTabbedCatalogueFields(t *testing.T) {
	checkRecs(t, "Keyword: tramway strike\nResults 1-3 of 3\n\n"+
		"1.\tThe tramway strike of 1913 : a history / Peter Doyle.\n"+
		"\tAuthor/Creator:\tDoyle, Peter, 1931- author.\n"+
		"\tPublished/Created:\tDublin ; London : Labour Press, 1963.\n"+
		"\tRequest in:\tMain Reading Room\n\tFormat:\tBook\n\n"+
		"2.\tTrams and their crews / Mary Keane.\n"+
		"\tAuthor/Creator:\tKeane, Mary, author.\n"+
		"\tPublished/Created:\tCork : Atlantic Books, 1999.\n"+
		"\tFormat:\tBook\n\n"+
		"3.\tConductors in the lockout / Brendan Walsh.\n"+
		"\tAuthor/Creator:\tWalsh, Brendan.\n"+
		"\tPublished/Created:\tBelfast : Quay Press, 2004.\n"+
		"\tFormat:\tBook", []rec{
		{"The tramway strike of 1913 : a history", "Doyle, Peter", "Dublin ; London : Labour Press", "1963", ""},
		{"Trams and their crews", "Keane, Mary", "Cork : Atlantic Books", "1999", ""},
		{"Conductors in the lockout", "Walsh, Brendan", "Belfast : Quay Press", "2004", ""},
	})
}

// Relative dates in Ukrainian, Polish and other languages are dates with
// no day to record, not headlines; a rubric in capitals over the date is
// not the entry's title.
func TestMoreRelativeDatesAndRubrics(t *testing.T) {
	checkRecs(t, `Сьогодні, 14:05
Шахтарі вимагають виплатити борги із зарплати
Гірники залишилися під землею після нічної зміни.
Ірина Шевчук

Вчора, 18:40
Залізничники погрожують страйком
Машиністи кількох депо вимагають підвищення зарплат.
Олег Кравець

ЕКСКЛЮЗИВ
12 лютого 2026, 09:15
Медсестри оголосили попереджувальний страйк
Медики вдаються до роботи за правилами.
Соломія Гнатюк`, []rec{
		{"Шахтарі вимагають виплатити борги із зарплати", "Ірина Шевчук", "", "", "Гірники залишилися під землею після нічної зміни."},
		{"Залізничники погрожують страйком", "Олег Кравець", "", "", "Машиністи кількох депо вимагають підвищення зарплат."},
		{"Медсестри оголосили попереджувальний страйк", "Соломія Гнатюк", "", "2026-02-12", "Медики вдаються до роботи за правилами."},
	})
}

// A page in blocks: the page's name over them, photo credits in brackets
// opening blocks, kickers over the headlines, and a newsletter box among
// the entries.
func TestBlocksWithCreditsAndBoxes(t *testing.T) {
	checkRecs(t, `Southern Africa

Follow this topic

(Thabo Nkosi)
Mining
Platinum miners vote to extend their sit-in underground
The miners say the company has ignored three years of wage claims.
by Lerato Dube
3 March 2025

(Courtesy of the Domestic Workers' Union)
Care work
Domestic workers march for a minimum wage they can live on
Organisers say the new wage order leaves out live-in workers entirely.
by Amina Phiri and Grace Banda
14 February 2025

Sign up for our newsletter
Get our stories in your inbox every week.
Subscribe

Transport
Taxi drivers block the ring road over new licence fees
by Sipho Zulu
2 February 2025

(Ruth Moyo)
Health
Nurses in rural clinics say staff shortages put patients at risk
A survey of forty clinics found one nurse on duty for every ninety patients.
by Ruth Moyo
20 January 2025

Education
Teachers' union accepts a three-year pay deal after months of talks
The agreement raises salaries by six per cent in the first year.
by Tendai Mutasa
8 January 2025`, []rec{
		{"Platinum miners vote to extend their sit-in underground", "Lerato Dube", "", "2025-03-03", "The miners say the company has ignored three years of wage claims."},
		{"Domestic workers march for a minimum wage they can live on", "Amina Phiri; Grace Banda", "", "2025-02-14", "Organisers say the new wage order leaves out live-in workers entirely."},
		{"Taxi drivers block the ring road over new licence fees", "Sipho Zulu", "", "2025-02-02", ""},
		{"Nurses in rural clinics say staff shortages put patients at risk", "Ruth Moyo", "", "2025-01-20", "A survey of forty clinics found one nurse on duty for every ninety patients."},
		{"Teachers' union accepts a three-year pay deal after months of talks", "Tendai Mutasa", "", "2025-01-08", "The agreement raises salaries by six per cent in the first year."},
	})
}

// Authors printed one to a line with where they work: the affiliation is
// not part of the name, and every line is an author.
func TestAuthorsWithAffiliations(t *testing.T) {
	checkRecs(t, `Labour

Displaying 1 - 20 of 310 articles

The new ballot rules explained: what changes for strikes this year
From turnout thresholds to notice periods, the rules that govern industrial action are changing in stages.
Maria Lund, University of Sheffield
Tom Reyes, Lecturer in Employment Law, Cardiff University

Why the nurses' strike ended in a split vote
Ada Okafor, King's College London

Gig workers and the limits of collective bargaining
Platform couriers have won recognition deals in three countries, and few of those deals hold.
Jonas Weber, Humboldt University of Berlin
Priya Shah, University of Toronto
Leo Marsh, Institute for Employment Studies`, []rec{
		{"The new ballot rules explained: what changes for strikes this year", "Maria Lund; Tom Reyes", "", "", "From turnout thresholds to notice periods, the rules that govern industrial action are changing in stages."},
		{"Why the nurses' strike ended in a split vote", "Ada Okafor", "", "", ""},
		{"Gig workers and the limits of collective bargaining", "Jonas Weber; Priya Shah; Leo Marsh", "", "", "Platform couriers have won recognition deals in three countries, and few of those deals hold."},
	})
}

// A teaser with its date glued to its end; counters, and links to other
// articles under "Read also:", are furniture.
func TestDateGluedAfterTeaser(t *testing.T) {
	checkRecs(t, `Search results for «strike»
Found: 214

Society
Dismissed oil workers gather outside the regional administration
The workers say the contractor broke their contracts early. Officials promised to review the complaint.Yesterday, 18:40
👁 3 412

Events
Copper miners refuse to come up until wages are raised
The miners say their pay has been indexed only once in three years.14 March 2024, 16:20
👁 12 087

Read also: Twelve years after Zhanaozen, what has changed?

Economy
Union law amendments: what changes for workers
The bill narrows the grounds on which a strike can be declared illegal.2 February 2024, 11:45
👁 2 904`, []rec{
		{"Dismissed oil workers gather outside the regional administration", "", "", "", "The workers say the contractor broke their contracts early. Officials promised to review the complaint."},
		{"Copper miners refuse to come up until wages are raised", "", "", "2024-03-14", "The miners say their pay has been indexed only once in three years."},
		{"Union law amendments: what changes for workers", "", "", "2024-02-02", "The bill narrows the grounds on which a strike can be declared illegal."},
	})
}

// A byline with no by-word, the date right after the names; a section
// label before the headline after a pipe is no part of the title.
func TestNameThenDateBylines(t *testing.T) {
	checkRecs(t, `labor

Georgia: Miners at Chiatura end their sit-in after pay talks
The miners accepted a twelve per cent rise and the reinstatement of three dismissed colleagues.
Nino Beridze Feb 3, 2026

Dockers at the Poti terminal queue at the gate. (Photo: Levan Kh.)

Armenia: Copper smelter workers strike over unpaid bonuses
Management says the bonuses depend on export prices. The workers say that was never in their contracts.
Aram Petrosyan Jan 20, 2026

Perspectives | Azerbaijan: Oil workers' union accused of siding with the employer
Activists say the union has not called a single dispute in a decade.
Leyla Mammadova and Rauf Aliyev Dec 18, 2025`, []rec{
		{"Georgia: Miners at Chiatura end their sit-in after pay talks", "Nino Beridze", "", "2026-02-03", "The miners accepted a twelve per cent rise and the reinstatement of three dismissed colleagues."},
		{"Armenia: Copper smelter workers strike over unpaid bonuses", "Aram Petrosyan", "", "2026-01-20", "Management says the bonuses depend on export prices. The workers say that was never in their contracts."},
		{"Azerbaijan: Oil workers' union accused of siding with the employer", "Leyla Mammadova; Rauf Aliyev", "", "2025-12-18", "Activists say the union has not called a single dispute in a decade."},
	})
}

// WordPress archives print the date before the names: "Posted on DATE by
// NAME".
func TestDateThenByBylines(t *testing.T) {
	checkRecs(t, `Category Archives: Dockers

The Liverpool dock strike of 1911: a reading list
Posted on January 26, 2026 by Orla Keating
Where to start with the transport strike, from the classics to the recent. Continue reading →
Posted in Dockers, Strikes | Tagged 1911, Mann | 4 Comments

Carters and dockers in Belfast, 1907
Posted on December 9, 2025 by Declan Moran and Orla Keating
Continue reading →
Posted in Dockers | 6 Comments

Minute books of the Cork dockers' branch
Posted on November 21, 2025 by Orla Keating
A week with the branch minute books, and what they say about the 1923 stoppage. Continue reading →
Posted in Archives | 2 Comments`, []rec{
		{"The Liverpool dock strike of 1911: a reading list", "Orla Keating", "", "2026-01-26", "Where to start with the transport strike, from the classics to the recent."},
		{"Carters and dockers in Belfast, 1907", "Declan Moran; Orla Keating", "", "2025-12-09", ""},
		{"Minute books of the Cork dockers' branch", "Orla Keating", "", "2025-11-21", "A week with the branch minute books, and what they say about the 1923 stoppage."},
	})
}

// Review listings: "Reviewed by NAME (Affiliation) Published on OUTLET
// (Month, Year)"; a short one-sentence teaser; a widget label between
// entries.
func TestReviewListings(t *testing.T) {
	checkRecs(t, `Reviews

Showing 1 - 20 of 96 reviews

Okafor on Lindqvist, 'Timber and Tide: Sawmill Workers of the Baltic, 1890-1930'
Reviewed by Ada Okafor (University of Leeds) Published on H-Work (December, 2025)
A careful study of piece rates, seasonal hiring and the union that tried to end both.

Weiss on Carter, 'Steel Towns'
Reviewed by Hanna Weiss (Universität Wien) Published on H-Work (November, 2025)
A short and uneven book.

Featured Review Essay
Moreau on Tanaka and Ruiz, 'Waterfront Internationalism: Dockers Across Three Oceans'
Reviewed by Claire Moreau (Université de Lyon) Published on H-Work (October, 2025)
Two historians follow the dockers' boycotts of the 1930s from Marseille to Kobe and Valparaíso.`, []rec{
		{"Okafor on Lindqvist, 'Timber and Tide: Sawmill Workers of the Baltic, 1890-1930'", "Ada Okafor", "H-Work", "2025-12", "A careful study of piece rates, seasonal hiring and the union that tried to end both."},
		{"Weiss on Carter, 'Steel Towns'", "Hanna Weiss", "H-Work", "2025-11", "A short and uneven book."},
		{"Moreau on Tanaka and Ruiz, 'Waterfront Internationalism: Dockers Across Three Oceans'", "Claire Moreau", "H-Work", "2025-10", "Two historians follow the dockers' boycotts of the 1930s from Marseille to Kobe and Valparaíso."},
	})
}

// News alerts print the outlet on the line between the headline and the
// snippet; when that slot holds outlets rather than people, it is the
// source, and the line above it is the headline however long.
func TestOutletSlots(t *testing.T) {
	checkRecs(t, `Alerts

dock strike
Daily update ⋅ March 4, 2026

Port workers in Gdańsk extend their overtime ban into a second week
The Baltic Times
Crane operators at the container terminal refused overtime for a seventh day, demanding a pay rise in line with inflation and ...

Flag as irrelevant

Felixstowe: union and employer return to talks as strike looms
Portnews
Negotiators for the union and the port operator met for the first time since the ballot result was announced ...

Flag as irrelevant

Rotterdam lashers walk out over automation plans as the operator refuses to negotiate a new staffing agreement ...
Havenkrant Online
The lashers say the operator plans to replace two hundred jobs with automated systems over the next three years.

Flag as irrelevant

Antwerp pilots suspend action after government promise
Lloyd's List
The pilots' union said it would suspend the action for a month while a new pension proposal is drafted ...

Flag as irrelevant`, []rec{
		{"Port workers in Gdańsk extend their overtime ban into a second week", "", "The Baltic Times", "", "Crane operators at the container terminal refused overtime for a seventh day, demanding a pay rise in line with inflation and"},
		{"Felixstowe: union and employer return to talks as strike looms", "", "Portnews", "", "Negotiators for the union and the port operator met for the first time since the ballot result was announced"},
		{"Rotterdam lashers walk out over automation plans as the operator refuses to negotiate a new staffing agreement ...", "", "Havenkrant Online", "", "The lashers say the operator plans to replace two hundred jobs with automated systems over the next three years."},
		{"Antwerp pilots suspend action after government promise", "", "Lloyd's List", "", "The pilots' union said it would suspend the action for a month while a new pension proposal is drafted"},
	})
}

// A German archive portal's results: labelled fields the parser reads in
// German too, the date behind "Zeit:", the imprint behind "Erschienen:",
// and a photographer's credit that makes no author.
func TestGermanPortalFields(t *testing.T) {
	checkRecs(t, `Suchergebnisse für „Hafenstreik“

Flugblatt der Hafenarbeiter zum Streik in Hamburg
Objekttyp: Flugblatt
Zeit: 1896
Institution: Staatsarchiv Hamburg
Objekt merken

Der Hamburger Hafenarbeiterstreik 1896/97 : Eine Dokumentation
Objekttyp: Buch
Beteiligte: Jens Martens (Verfasser)
Erschienen: Hamburg : Elbufer Verlag, 1997
Institution: Deutsche Nationalbibliothek
Objekt merken

Streikposten am Kaiserkai
Objekttyp: Fotografie
Beteiligte: Otto Lenz (Fotograf)
Zeit: 1897
Institution: Museum der Arbeit
Objekt merken`, []rec{
		{"Flugblatt der Hafenarbeiter zum Streik in Hamburg", "", "", "1896", ""},
		{"Der Hamburger Hafenarbeiterstreik 1896/97 : Eine Dokumentation", "Jens Martens", "Hamburg : Elbufer Verlag", "1997", ""},
		{"Streikposten am Kaiserkai", "", "", "1897", ""},
	})
}

// A Spanish digital library's documents: "Título:", "Autor:" with a name
// printed surnames first (two of them, as Spanish names have) and the
// years of life or an editor's mark after it, "Publicación:" holding the
// imprint or the periodical.
func TestSpanishCatalogueFields(t *testing.T) {
	checkRecs(t, `Documentos

Título: La huelga de los tranviarios de Valparaíso
Autor: Muñoz Téllez, Ramón, 1902-1977
Publicación: Valparaíso : Imprenta del Puerto, 1958
Tipo de documento: Libro
Ver documento (PDF)

Título: Las costureras y el sindicato de la aguja
Autor: Ibarra Soto, Elena
Publicación: Revista de Estudios Obreros, n° 12 (2004), p. 101-130
Tipo de documento: Artículo
Ver documento (PDF)

Título: Canciones de la huelga : antología
Autor: Lagos Vera, Tomás, ed.
Publicación: Santiago : Ediciones del Sur, 1999
Tipo de documento: Libro
Ver documento (PDF)`, []rec{
		{"La huelga de los tranviarios de Valparaíso", "Muñoz Téllez, Ramón", "Valparaíso : Imprenta del Puerto", "1958", ""},
		{"Las costureras y el sindicato de la aguja", "Ibarra Soto, Elena", "Revista de Estudios Obreros", "2004", ""},
		{"Canciones de la huelga : antología", "Lagos Vera, Tomás", "Santiago : Ediciones del Sur", "1999", ""},
	})
}

// A union site's labelled byline names a writer and an editor, and its
// date line a second, modified date: the editor is no author and the
// second date no teaser.
func TestLabelledWriterAndEditor(t *testing.T) {
	checkRecs(t, `Notícias

Metroviários
Metroviários aprovam greve de 24 horas na próxima semana
Assembleia rejeitou proposta de reajuste abaixo da inflação
Escrito por: Redação, com Sindicato dos Metroviários | Editado por: Ana Lima
Publicado: 14 Março, 2025 - 09h45 | Última modificação: 14 Março, 2025 - 10h12

Bancários
Bancários fecham acordo sobre teletrabalho
Escrito por: Paulo Reis | Editado por: Ana Lima
Publicado: 13 Março, 2025 - 18h20 | Última modificação: 13 Março, 2025 - 19h02

Saúde
Enfermeiras cobram piso salarial em ato na capital
Categoria quer pagamento retroativo desde janeiro
Escrito por: Carla Souza | Editado por: Ana Lima
Publicado: 12 Março, 2025 - 16h05 | Última modificação: 12 Março, 2025 - 16h40`, []rec{
		{"Metroviários aprovam greve de 24 horas na próxima semana", "Redação; Sindicato dos Metroviários", "", "2025-03-14", "Assembleia rejeitou proposta de reajuste abaixo da inflação"},
		{"Bancários fecham acordo sobre teletrabalho", "Paulo Reis", "", "2025-03-13", ""},
		{"Enfermeiras cobram piso salarial em ato na capital", "Carla Souza", "", "2025-03-12", "Categoria quer pagamento retroativo desde janeiro"},
	})
}
