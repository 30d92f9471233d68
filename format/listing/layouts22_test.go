package listing_test

import (
	"testing"
	"time"
)

// Layouts of bibliographic essays and speaker-first conference
// programmes: each fixture is written for the rule it tests.
func TestEssaysAndProgrammes(t *testing.T) {
	t.Run("a bibliographic essay citing two works a paragraph, with what it says of each", func(t *testing.T) {
		checkRecs(t, `Surveys of the dispute include Marion K. Ashdown, Coal and Conscience: The Lanark Lockout of 1894 (1972, reissued 2001); and Peter J. Lyle, The Pit Villages in Revolt (1988), which draws on the union's own minute books.
Local studies are offered by Ruth Olander and Hugh T. Bain, Company Towns of the Clyde, 1880–1914 (1996), on housing and rent strikes. For the lockout's place in the wider story of Scottish labour, see Fiona Strachan-Hale, The Long Slump and the Miners (2014).
The churches are treated in Iain Morrow (ed.), Voices from the Winding House (2009); and Agnes Reid, Chapel and Pit (1999).`, []rec{
			{"Coal and Conscience: The Lanark Lockout of 1894", "Marion K. Ashdown", "", "1972", ""},
			{"The Pit Villages in Revolt", "Peter J. Lyle", "", "1988", "which draws on the union's own minute books"},
			{"Company Towns of the Clyde, 1880–1914", "Ruth Olander; Hugh T. Bain", "", "1996", "on housing and rent strikes"},
			{"The Long Slump and the Miners", "Fiona Strachan-Hale", "", "2014", ""},
			{"Voices from the Winding House", "Iain Morrow", "", "2009", ""},
			{"Chapel and Pit", "Agnes Reid", "", "1999", ""},
		})
	})
	t.Run("a programme listing each paper speaker first, with the day's heading between sessions", func(t *testing.T) {
		// The days are printed without their year, which a copied page
		// dates by the time it was copied: the next day's heading must
		// not date the paper above it.
		checkRecsAt(t, `Wednesday 9 July
9.30–11.00 Panel 1: Harbour Labour
Venue: Old Library
Chair: Dr Nell Carver (University of Otago)
Hemi Walker (Victoria University of Wellington) – ‘The 1951 waterfront dispute in Lyttelton’
Dr Priya Raman (Independent scholar) – ‘Casual hiring and the wharf gangs, 1930–1950’
Joan Pike and Tomas Reyes (Massey University) – ‘Watersiders’ wives and the relief committees’

Thursday 10 July
11.30–1.00 Panel 4: Mines
Venue: Seminar Room 2
Prof. Alan Duff (University of Auckland) – ‘Gold, coal and the Waihi strike of 1912’
Sina Fale (AUT) – ‘Pacific miners in Huntly after 1960’`, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), []rec{
			{"The 1951 waterfront dispute in Lyttelton", "Hemi Walker", "", "", ""},
			{"Casual hiring and the wharf gangs, 1930–1950", "Priya Raman", "", "", ""},
			{"Watersiders’ wives and the relief committees", "Joan Pike; Tomas Reyes", "", "", ""},
			{"Gold, coal and the Waihi strike of 1912", "Alan Duff", "", "", ""},
			{"Pacific miners in Huntly after 1960", "Sina Fale", "", "", ""},
		})
	})
}

// News lists that print the time before the date, and credit pictures
// with a label in their own language.
func TestClockFirstDatesAndCredits(t *testing.T) {
	t.Run("a news agency's keyword page: the time before the date, view counts and tags under each headline", func(t *testing.T) {
		checkRecs(t, `Портовики Новороссийска прекратили забастовку после переговоров
07:12 13.03.2025
1 845
Забастовки, Россия, Порты

Шахтеры Кузбасса потребовали повышения зарплат
16:03 10.03.2025
978
Забастовки, Кузбасс, Профсоюзы

Историк рассказал о забастовке в Новочеркасске
09:00 02.03.2025
15 672
История, СССР, Общество`, []rec{
			{"Портовики Новороссийска прекратили забастовку после переговоров", "", "", "2025-03-13", ""},
			{"Шахтеры Кузбасса потребовали повышения зарплат", "", "", "2025-03-10", ""},
			{"Историк рассказал о забастовке в Новочеркасске", "", "", "2025-03-02", ""},
		})
	})
	t.Run("a photo credit labelled Imagen over a card and its kicker is no headline", func(t *testing.T) {
		checkRecs(t, `Los docentes universitarios paran 48 horas
El gremio reclama la reapertura de la paritaria nacional.
Por Ana Ríos
13 de marzo de 2025

Imagen: Laura Prieto
Puertos
Los estibadores de Rosario levantaron la medida de fuerza
La asamblea aceptó la propuesta salarial de las cerealeras.
Por Martín Sosa
11 de marzo de 2025

Opinión
El derecho de huelga no se negocia
Por Ricardo Benítez
7 de marzo de 2025

Aceiteros en alerta por la paritaria
La Federación advirtió que no aceptará aumentos por debajo de la inflación.
Por Natalia Urquiza
28 de febrero de 2025`, []rec{
			{"Los docentes universitarios paran 48 horas", "Ana Ríos", "", "2025-03-13", "El gremio reclama la reapertura de la paritaria nacional."},
			{"Los estibadores de Rosario levantaron la medida de fuerza", "Martín Sosa", "", "2025-03-11", "La asamblea aceptó la propuesta salarial de las cerealeras."},
			{"El derecho de huelga no se negocia", "Ricardo Benítez", "", "2025-03-07", ""},
			{"Aceiteros en alerta por la paritaria", "Natalia Urquiza", "", "2025-02-28", "La Federación advirtió que no aceptará aumentos por debajo de la inflación."},
		})
	})
}

// A forum's thread list: the starter under the title, the links to the
// thread's pages, the last post's date and poster, counters with their
// counts; its dates printed month first with no day over 12.
func TestForumThreadLists(t *testing.T) {
	checkRecs(t, `Anyone have photos of the 1946 Oakland general strike?
eastbay_historian
( 1 2 3)
04-11-2025 10:14 PM
by GrandLakeGreg
Replies: 23
Views: 2,914

Our local just voted to affiliate - what changes for dues?
shopfloor_sue
04-09-2025 11:37 AM
by Treasurer_Tom
Replies: 11
Views: 706

Grandfather was a longshoreman in the 1934 strike, AMA
pier19kid
( 1 2 3 4 5 ... Last Page)
04-08-2025 04:50 PM
by MarinaMike
Replies: 58
Views: 7,302

Is a wildcat strike ever protected under the NLRA?
laborlaw_1L
04-02-2025 08:19 AM
by ULPwatch
Replies: 9
Views: 640`, []rec{
		{"Anyone have photos of the 1946 Oakland general strike?", "eastbay_historian", "", "2025-04-11", ""},
		{"Our local just voted to affiliate - what changes for dues?", "shopfloor_sue", "", "2025-04-09", ""},
		{"Grandfather was a longshoreman in the 1934 strike, AMA", "pier19kid", "", "2025-04-08", ""},
		{"Is a wildcat strike ever protected under the NLRA?", "laborlaw_1L", "", "2025-04-02", ""},
	})
}

// A union's news list printing each teaser and its date side by side,
// pasted with the date glued to the teaser's last sentence.
func TestDatesGluedToTeasers(t *testing.T) {
	checkRecs(t, `Press Release
Congress welcomes the new collective bargaining bill
The bill is the largest change to industrial relations law in a generation, the General Secretary said.12 March 2025
Read More

News
Unions call for sick pay to rise to ten days
Congress has written to the Minister ahead of the review of the Sick Leave Act.10 March 2025
Read More

Blog
Remembering the Outdoor Relief Strike
Posted by Michelle Doran
In October 1932, unemployed workers marched together against starvation-level relief.28 February 2025
Read More`, []rec{
		{"Congress welcomes the new collective bargaining bill", "", "", "2025-03-12", "The bill is the largest change to industrial relations law in a generation, the General Secretary said."},
		{"Unions call for sick pay to rise to ten days", "", "", "2025-03-10", "Congress has written to the Minister ahead of the review of the Sick Leave Act."},
		{"Remembering the Outdoor Relief Strike", "Michelle Doran", "", "2025-02-28", "In October 1932, unemployed workers marched together against starvation-level relief."},
	})
}

// A newspaper's topic page: blocks of a headline over its standfirst,
// neither ending in a full stop, a column's long headline reading as
// prose, with its columnist under the standfirst.
func TestHeadlineOverStandfirstBlocks(t *testing.T) {
	checkRecs(t, `News
Resident doctors vote to extend their strike mandate until January
The union said 91 per cent of members who took part backed further walkouts

Voices
The bin strike has shown us who keeps a city running – and who gets the blame
When the lorries stopped, the council found out what it had been paying for. The rest of us found out what it costs to treat such work as disposable
Rhian Calloway

Business
Steelworkers to be balloted over ‘fire and rehire’ pension changes
Unions say hundreds of remaining staff face losing a fifth of their retirement income

News
Minimum service levels law to be scrapped ‘within weeks’, ministers say
The legislation, passed in 2023, has never been used by an employer during a strike

Voices
Nobody goes on strike for fun, and the teachers I work with are no exception
They have watched their pay fall behind for a decade while the workload only grew
Tomasz Wierzbicki`, []rec{
		{"Resident doctors vote to extend their strike mandate until January", "", "", "", "The union said 91 per cent of members who took part backed further walkouts"},
		{"The bin strike has shown us who keeps a city running – and who gets the blame", "Rhian Calloway", "", "", "When the lorries stopped, the council found out what it had been paying for. The rest of us found out what it costs to treat such work as disposable"},
		{"Steelworkers to be balloted over ‘fire and rehire’ pension changes", "", "", "", "Unions say hundreds of remaining staff face losing a fifth of their retirement income"},
		{"Minimum service levels law to be scrapped ‘within weeks’, ministers say", "", "", "", "The legislation, passed in 2023, has never been used by an employer during a strike"},
		{"Nobody goes on strike for fun, and the teachers I work with are no exception", "Tomasz Wierzbicki", "", "", "They have watched their pay fall behind for a decade while the workload only grew"},
	})
}
