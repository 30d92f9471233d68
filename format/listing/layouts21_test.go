package listing_test

import "testing"

// Layouts of conference programmes, digitised-newspaper search results,
// journal contents and podcast pages: each fixture is written for the
// rule it tests.
func TestProgrammesAndNewspaperSearches(t *testing.T) {
	t.Run("a conference programme: quoted paper titles, each with its speakers and where they work", func(t *testing.T) {
		checkRecs(t, `Saturday, May 9

Panel 3: Ports and Rails
Room B, Humanities Building
Chair: Ada Moreno, Temple University

“Stevedores and the Shape-Up in Baltimore, 1931–1937,” Frank Ochoa, Towson University
“Rail Shopmen after 1922,” Irene Walsh, University of Kansas, and Paul Dunn, Ohio State University
“Porters' Wives and the Brotherhood,” Lena Voss and Amir Haddad, Howard University
Comment: Jan Pike, Temple University`, []rec{
			{"Stevedores and the Shape-Up in Baltimore, 1931–1937", "Frank Ochoa", "", "", ""},
			{"Rail Shopmen after 1922", "Irene Walsh; Paul Dunn", "", "", ""},
			{"Porters' Wives and the Brotherhood", "Lena Voss; Amir Haddad", "", "", ""},
		})
	})
	t.Run("newspaper search results: bare result numbers, headlines in capitals, the paper with its place and years", func(t *testing.T) {
		checkRecs(t, `1
THE COAL STRIKE. MINERS MEET AT THE HALL.
The Daily Courant (Newcastle, NSW : 1871 - 1932)
Monday 4 May 1896
p 3
Article
A large meeting of the colliers took place last night, when the proposal of the owners was rejected ...
812 words
Text last corrected on 2 May 2019 by anonymous
2
WATERSIDE WORKERS.
Northern Star (Lismore, NSW : 1876 - 1954)
Friday 12 June 1896
p 6
Article
The waterside workers of the port have resolved to stand by the coal miners ...
430 words
3
THE STRIKE AT THE MILLS.
The Western Herald (Bourke, NSW : 1887 - 1970)
Saturday 20 June 1896
p 2
Article
Work at the saw-mills is still at a standstill, the hands refusing the reduced rate ...
655 words
Text last corrected on 14 August 2021 by mhalloran`, []rec{
			{"THE COAL STRIKE. MINERS MEET AT THE HALL", "", "The Daily Courant (Newcastle, NSW : 1871 - 1932)", "1896-05-04", "A large meeting of the colliers took place last night, when the proposal of the owners was rejected"},
			{"WATERSIDE WORKERS", "", "Northern Star (Lismore, NSW : 1876 - 1954)", "1896-06-12", "The waterside workers of the port have resolved to stand by the coal miners"},
			{"THE STRIKE AT THE MILLS", "", "The Western Herald (Bourke, NSW : 1887 - 1970)", "1896-06-20", "Work at the saw-mills is still at a standstill, the hands refusing the reduced rate"},
		})
	})
	t.Run("a journal's contents: a long title in sentence case, and reviews headed by the book, over their authors", func(t *testing.T) {
		checkRecs(t, `Articles
Bread and Roses Revisited: The 1912 Strike in Lawrence
Dana Whitcomb
pp. 1-30
PDF
« Nous ne sommes pas des numéros » : les téléphonistes de Québec et la grève de 1921
Camille Tremblay
pp. 31-58
PDF
Reviews
Martin Hale, Cotton Towns: Work and Faith in Lancashire, 1880–1914 (Manchester: Northern Press 2022)
Ruth Adeyemi
pp. 201-203
PDF`, []rec{
			{"Bread and Roses Revisited: The 1912 Strike in Lawrence", "Dana Whitcomb", "", "", ""},
			{"« Nous ne sommes pas des numéros » : les téléphonistes de Québec et la grève de 1921", "Camille Tremblay", "", "", ""},
			{"Martin Hale, Cotton Towns: Work and Faith in Lancashire, 1880–1914 (Manchester: Northern Press 2022)", "Ruth Adeyemi", "", "", ""},
		})
	})
	t.Run("numbers one under the other are the listing's pages, not its entries' numbers", func(t *testing.T) {
		checkRecs(t, `Strike news

Bus drivers walk out over rosters
The union says talks broke down on Friday.
12 March 2025

Cleaners win back pay after audit
An audit found three years of missed overtime.
10 March 2025

Teachers ballot on pay offer
The ballot closes at the end of the month.
8 March 2025

1
2
3
Next`, []rec{
			{"Bus drivers walk out over rosters", "", "", "2025-03-12", "The union says talks broke down on Friday."},
			{"Cleaners win back pay after audit", "", "", "2025-03-10", "An audit found three years of missed overtime."},
			{"Teachers ballot on pay offer", "", "", "2025-03-08", "The ballot closes at the end of the month."},
		})
	})
	t.Run("a podcast's episodes: a headline with a year after a numbered episode label is no imprint", func(t *testing.T) {
		checkRecs(t, `Épisode 3/3 : Les dockers de Marseille, 1950
Le refus de charger les navires pour l'Indochine divise le port.
jeudi 6 mars 2025
52 min
Écouter plus tard
Épisode 2/3 : Les verriers de Carmaux
La grève de 1895 et la verrerie ouvrière d'Albi.
mercredi 5 mars 2025
54 min
Écouter plus tard
Épisode 1/3 : Les mineurs de Decazeville
En 1886, la mort de l'ingénieur Watrin marque la grève.
mardi 4 mars 2025
55 min
Écouter plus tard`, []rec{
			{"Épisode 3/3 : Les dockers de Marseille, 1950", "", "", "2025-03-06", "Le refus de charger les navires pour l'Indochine divise le port."},
			{"Épisode 2/3 : Les verriers de Carmaux", "", "", "2025-03-05", "La grève de 1895 et la verrerie ouvrière d'Albi."},
			{"Épisode 1/3 : Les mineurs de Decazeville", "", "", "2025-03-04", "En 1886, la mort de l'ingénieur Watrin marque la grève."},
		})
	})
	t.Run("a reading list of books by authors written in full: names, title, publisher, place, year", func(t *testing.T) {
		checkRecs(t, `Books
Aroha Tane, Coal, kin and union: the miners of Huntly 1890–1960, Otago University Press, Dunedin, 2011
Grant Morley and Ellen Shaw (eds), Out on the wharves: the 1913 strike remembered, Steele Roberts, Wellington, 2013
Ivan Petrie, Red Feds, Auckland University Press, Auckland, 1988`, []rec{
			{"Coal, kin and union: the miners of Huntly 1890–1960", "Aroha Tane", "Otago University Press", "2011", ""},
			{"Out on the wharves: the 1913 strike remembered", "Grant Morley; Ellen Shaw", "Steele Roberts", "2013", ""},
			{"Red Feds", "Ivan Petrie", "Auckland University Press", "1988", ""},
		})
	})
	t.Run("an explainer site: headlines of two sentences over the date, authors one to a line with their posts", func(t *testing.T) {
		checkRecs(t, `Bus drivers are striking again. Their pay has fallen for a decade
Published: April 2, 2025 6.10am AEDT
Drivers in three cities walked off the job this week. Wage data show why the dispute keeps coming back.
Mira Castellan, Senior Lecturer in Economics, University of Wollongong
Nurses won a pay rise. Will it keep them in the job?
Published: March 28, 2025 5.00am AEDT
The new agreement lifts wages by 15%. Staff surveys suggest workload matters as much as pay.
Joel Ambrose, Associate Professor, School of Nursing, Deakin University
Priya Raman, Research Fellow, Deakin University
The 1917 general strike shaped the unions of New South Wales. Its lessons still divide historians today
Published: March 20, 2025 5.30am AEDT
A century on, the railway workshops' walkout still divides historians.
Owen Lachlan, Lecturer in History, University of New England`, []rec{
			{"Bus drivers are striking again. Their pay has fallen for a decade", "Mira Castellan", "", "2025-04-02", "Drivers in three cities walked off the job this week. Wage data show why the dispute keeps coming back."},
			{"Nurses won a pay rise. Will it keep them in the job?", "Joel Ambrose; Priya Raman", "", "2025-03-28", "The new agreement lifts wages by 15%. Staff surveys suggest workload matters as much as pay."},
			{"The 1917 general strike shaped the unions of New South Wales. Its lessons still divide historians today", "Owen Lachlan", "", "2025-03-20", "A century on, the railway workshops' walkout still divides historians."},
		})
	})
	t.Run("a broadcaster's topic page: date, kicker, headline, teaser ending in a glued link word", func(t *testing.T) {
		checkRecs(t, `14.05.2025
Tarifrunde Einzelhandel
Beschäftigte legen Filialen in Bremen lahm
Die Gewerkschaft ruft zum dritten Warnstreik in diesem Monat auf. Die Arbeitgeber sprechen von einem überzogenen Angebot. mehr
13.05.2025
Bergbau
Letzte Zeche im Saarland wird Museum
Ehemalige Kumpel führen künftig Besucher unter Tage. Die Stadt hofft auf Touristen aus ganz Europa. mehr
12.05.2025
Video
Streik im Hafen: Was Reeder jetzt erwarten
11.05.2025
Pflege
Klinikpersonal in Kiel fordert feste Personalschlüssel
Beschäftigte an zwei Kliniken wollen verbindliche Vorgaben. Der Notdienst ist gesichert. mehr`, []rec{
			{"Beschäftigte legen Filialen in Bremen lahm", "", "", "2025-05-14", "Die Gewerkschaft ruft zum dritten Warnstreik in diesem Monat auf. Die Arbeitgeber sprechen von einem überzogenen Angebot."},
			{"Letzte Zeche im Saarland wird Museum", "", "", "2025-05-13", "Ehemalige Kumpel führen künftig Besucher unter Tage. Die Stadt hofft auf Touristen aus ganz Europa."},
			{"Streik im Hafen: Was Reeder jetzt erwarten", "", "", "2025-05-12", ""},
			{"Klinikpersonal in Kiel fordert feste Personalschlüssel", "", "", "2025-05-11", "Beschäftigte an zwei Kliniken wollen verbindliche Vorgaben. Der Notdienst ist gesichert."},
		})
	})
	t.Run("a newspaper's tag page: section kicker, long headline in sentence case over its teaser, author, dateline", func(t *testing.T) {
		checkRecs(t, `Economía
Los trabajadores del metal de Cádiz convocan tres jornadas de huelga contra el nuevo convenio provincial
Los sindicatos reclaman una subida salarial ligada al IPC y el fin de la doble escala en las contratas.
Marta Quiles Romero
Cádiz - 14 may 2025 - 06:10 CEST
Andalucía
Las aparadoras de Elche piden que se reconozcan los años trabajados en casa sin contrato ni cotización
Un estudio de la universidad calcula que miles de mujeres cosieron calzado en la economía sumergida durante décadas.
Pablo Ferrer Sanz, Inés Galdós
Elche - 12 may 2025 - 19:45 CEST
Suscríbete para seguir leyendo
Madrid
La huelga de limpieza del metro de Madrid entra en su segunda semana sin acuerdo a la vista
Las empresas adjudicatarias y los sindicatos no se reúnen desde el jueves pasado.
Ana Beltrán
Madrid - 10 may 2025 - 11:20 CEST`, []rec{
			{"Los trabajadores del metal de Cádiz convocan tres jornadas de huelga contra el nuevo convenio provincial", "Marta Quiles Romero", "", "2025-05-14", "Los sindicatos reclaman una subida salarial ligada al IPC y el fin de la doble escala en las contratas."},
			{"Las aparadoras de Elche piden que se reconozcan los años trabajados en casa sin contrato ni cotización", "Pablo Ferrer Sanz; Inés Galdós", "", "2025-05-12", "Un estudio de la universidad calcula que miles de mujeres cosieron calzado en la economía sumergida durante décadas."},
			{"La huelga de limpieza del metro de Madrid entra en su segunda semana sin acuerdo a la vista", "Ana Beltrán", "", "2025-05-10", "Las empresas adjudicatarias y los sindicatos no se reúnen desde el jueves pasado."},
		})
	})
	t.Run("an independent site's category page: the byline glued to its date, a long headline over it", func(t *testing.T) {
		checkRecs(t, `Labour
Why hospital cleaners in Ontario are voting to strike
by Amara OkekeApril 3, 2025
Contracted-out cleaners say their wages have not kept pace with the hospitals that employ them.
Labour
Nurses in three provinces say short staffing has become the rule rather than the exception this spring
by Colette Girard and Sam HwangMarch 30, 2025
A survey of 4,000 nurses finds most worked unpaid overtime in the past month.
Labour
The Asbestos strike of 1949 and the making of modern Quebec
by Luc Pelletier28 March 2025
Seventy-six years on, historians still argue over what the miners won.`, []rec{
			{"Why hospital cleaners in Ontario are voting to strike", "Amara Okeke", "", "2025-04-03", "Contracted-out cleaners say their wages have not kept pace with the hospitals that employ them."},
			{"Nurses in three provinces say short staffing has become the rule rather than the exception this spring", "Colette Girard; Sam Hwang", "", "2025-03-30", "A survey of 4,000 nurses finds most worked unpaid overtime in the past month."},
			{"The Asbestos strike of 1949 and the making of modern Quebec", "Luc Pelletier", "", "2025-03-28", "Seventy-six years on, historians still argue over what the miners won."},
		})
	})
}
