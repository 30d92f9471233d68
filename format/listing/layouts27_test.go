package listing_test

import "testing"

// Layouts met in session 27's working sets: each fixture is written for
// the rule it tests.
func TestDigestCreditsInBrackets(t *testing.T) {
	t.Run("a newsletter credits each story to its outlet and writers, and appeals under a rule", func(t *testing.T) {
		checkRecs(t, `STRIKE ROUNDUP

**Bakery drivers in Leeds walk out over new rotas** (Yorkshire Post by Hannah Crane)
The drivers say the rotas add two unpaid hours to every shift.

**Care workers vote to strike in Fife** (The Courier)
Unison members rejected a pay offer of 3 per cent.

**Library staff ballot for action** (Morning Star by Ian Ross & Maya Patel)
Staff at eleven branches say cuts have left them working alone.

--
This roundup is free for everyone. If it helps you, please chip in.
[Donate]
--
ELSEWHERE

**Port cleaners win living wage** (Liverpool Echo)
The cleaners had been paid the minimum wage for a decade.`, []rec{
			{"Bakery drivers in Leeds walk out over new rotas", "Hannah Crane", "Yorkshire Post", "", "The drivers say the rotas add two unpaid hours to every shift."},
			{"Care workers vote to strike in Fife", "", "The Courier", "", "Unison members rejected a pay offer of 3 per cent."},
			{"Library staff ballot for action", "Ian Ross; Maya Patel", "Morning Star", "", "Staff at eleven branches say cuts have left them working alone."},
			{"Port cleaners win living wage", "", "Liverpool Echo", "", "The cleaners had been paid the minimum wage for a decade."},
		})
	})
}

func TestGluedKickers(t *testing.T) {
	t.Run("a news site's kicker runs into each headline at a colon", func(t *testing.T) {
		checkRecs(t, `Pflege:Beschäftigte in Kliniken treten in den Warnstreik
Die Gewerkschaft fordert mehr Personal auf den Stationen.
4. März 2025, 10:15 Uhr

Metallindustrie:Tarifrunde beginnt mit Protesten
Von Karin Vogt
3. März 2025, 8:00 Uhr

Bergbau:„Wir haben das Revier geprägt“
Ehemalige Kumpel erinnern sich an den letzten Förderturm.
1. März 2025, 16:30 Uhr`, []rec{
			{"Beschäftigte in Kliniken treten in den Warnstreik", "", "", "2025-03-04", "Die Gewerkschaft fordert mehr Personal auf den Stationen."},
			{"Tarifrunde beginnt mit Protesten", "Karin Vogt", "", "2025-03-03", ""},
			{"„Wir haben das Revier geprägt“", "", "", "2025-03-01", "Ehemalige Kumpel erinnern sich an den letzten Förderturm."},
		})
	})
	t.Run("one colon without a space is the title's own", func(t *testing.T) {
		got := parseRecs(t, `Re:Work and the four-day week
A podcast on working time.
4 March 2025

Dock strike enters its second week
Pickets stay at the gates.
3 March 2025

Bus drivers accept new offer
The union recommended the deal.
1 March 2025`)
		if len(got) != 3 || got[0].title != "Re:Work and the four-day week" {
			t.Errorf("got %+v, want the first title whole", got)
		}
	})
}

func TestSpanishReferenceList(t *testing.T) {
	t.Run("double surnames, authors parted by semicolons, a first edition's year, a quoted title without author", func(t *testing.T) {
		checkRecs(t, `Bibliografía
Gómez Herrera, Lucía (1998). La huelga de los tranviarios: Madrid, 1920. Madrid: Ediciones Akal. ISBN 978-84-7600-111-2.
Prieto Salas, Joan; Vidal Roca, Marta (2006). Los sindicatos del puerto de Valencia. Valencia: Tirant lo Blanch.
Ruiz Moreno, Elena (2011). «Las cigarreras de Sevilla ante la huelga de 1896». Historia Social (Valencia) (71): 23-44.
«La huelga de los tipógrafos». El Sol (Madrid). 3 de abril de 1920. p. 2.
Mora Llorente, Tomás (1981) [1952]. Recuerdos de un tipógrafo. París: Ruedo Ibérico.`, []rec{
			{"La huelga de los tranviarios: Madrid, 1920", "Gómez Herrera, Lucía", "Madrid: Ediciones Akal", "1998", ""},
			{"Los sindicatos del puerto de Valencia", "Prieto Salas, Joan; Vidal Roca, Marta", "Valencia: Tirant lo Blanch", "2006", ""},
			{"Las cigarreras de Sevilla ante la huelga de 1896", "Ruiz Moreno, Elena", "Historia Social", "2011", ""},
			{"La huelga de los tipógrafos", "", "El Sol", "1920-04-03", ""},
			{"Recuerdos de un tipógrafo", "Mora Llorente, Tomás", "París: Ruedo Ibérico", "1981", ""},
		})
	})
	t.Run("words before a comma open a headline, not a surname", func(t *testing.T) {
		got := parseRecs(t, `Dock Workers, Drivers Join Strike. Ports close along the coast. 4 March 2025
Teachers Vote, Again. The ballot closes on Friday. 3 March 2025
Nurses Rally. Hundreds gather at the hospital. 1 March 2025`)
		for _, r := range got {
			if r.authors != "" {
				t.Errorf("%q: authors %q, want none", r.title, r.authors)
			}
		}
	})
}

func TestJournalPortalIssueLines(t *testing.T) {
	t.Run("the year under a label between the journal and its pages", func(t *testing.T) {
		checkRecs(t, `Article
Les verriers de Carmaux et la grève de 1895
Paul Fabre
Le Mouvement social  Année 1979  107  pp. 3-28
Texte intégral  |  Résumé  |  Citer

Article
Les tisseuses de Lyon au XIXe siècle
Anne Roussel
Revue du Nord  Année 1986  270  pp. 601-625
Texte intégral  |  Résumé  |  Citer

Article
Les cheminots et la grève de 1910
Marc Lemaire
Annales de l'Est  Année 1982  34  pp. 201-230
Texte intégral  |  Résumé  |  Citer`, []rec{
			{"Les verriers de Carmaux et la grève de 1895", "Paul Fabre", "Le Mouvement social", "1979", ""},
			{"Les tisseuses de Lyon au XIXe siècle", "Anne Roussel", "Revue du Nord", "1986", ""},
			{"Les cheminots et la grève de 1910", "Marc Lemaire", "Annales de l'Est", "1982", ""},
		})
	})
	t.Run("labelled volume, number and date; a journal's name with a stop inside; an initial's stop", func(t *testing.T) {
		checkRecs(t, `1.
Greves dos têxteis em Sorocaba (1918-1921)
Moura, Carlos Henrique de
Revista Brasileira de História, Volume: 40, Número: 84, Publicado: 2020
Resumo: Português  Inglês  ·  Texto: Português  ·  PDF: Português

2.
Sindicatos rurais no Nordeste
Duarte, Ana M.
Cadernos EBAPE.BR, Volume: 19, Número: 2, Publicado: 2021
Resumo: Português  Inglês  ·  Texto: Português  ·  PDF: Português

3.
Os portuários de Santos
Lopes, Rui G.; Dias, Clara R.
Tempo, Volume: 25, Número: 3, Publicado: 2019
Resumo: Português  Inglês  ·  Texto: Português  ·  PDF: Português`, []rec{
			{"Greves dos têxteis em Sorocaba (1918-1921)", "Moura, Carlos Henrique de", "Revista Brasileira de História", "2020", ""},
			{"Sindicatos rurais no Nordeste", "Duarte, Ana M.", "Cadernos EBAPE.BR", "2021", ""},
			{"Os portuários de Santos", "Lopes, Rui G.; Dias, Clara R.", "Tempo", "2019", ""},
		})
	})
}

func TestSwedishShortWeekdays(t *testing.T) {
	checkRecs(t, `Avsnitt
Hamnstrejken i Göteborg 1953
Hamnarbetarna lade ner arbetet i sex veckor.
tis 4 mars 2025 kl 13.05 · 52 min
Lyssna

Avsnitt
Textilarbeterskorna i Norrköping
fre 28 feb 2025 kl 13.05 · 48 min
Lyssna

Avsnitt
Rallarna som byggde Malmbanan
Om arbetet i fjällen kring sekelskiftet.
lör 22 feb 2025 kl 13.05 · 55 min
Lyssna`, []rec{
		{"Hamnstrejken i Göteborg 1953", "", "", "2025-03-04", "Hamnarbetarna lade ner arbetet i sex veckor."},
		{"Textilarbeterskorna i Norrköping", "", "", "2025-02-28", ""},
		{"Rallarna som byggde Malmbanan", "", "", "2025-02-22", "Om arbetet i fjällen kring sekelskiftet."},
	})
}

func TestForumStartersBesideDates(t *testing.T) {
	checkRecs(t, `Sticky threads

Rest day working and overtime bans explained
Crewe Junction · 4 Jan 2025
Replies
52
Views
12K
18 Feb 2025
Kidsgrove

Normal threads

Depot pay offer accepted by 81%
derbyshunter · Today at 07:40
Replies
9
Views
1.2K
Today at 09:12
Tamworth

Ballot result for signallers due Friday
Trentside · 10 Mar 2025
Replies
30
Views
3K
Today at 08:55
Ashby99

Memories of the 1982 flexible rostering strike
Eli Harrow · 2 Mar 2025
Replies
17
Views
2K
Sunday at 16:20
vintagecab`, []rec{
		{"Rest day working and overtime bans explained", "Crewe Junction", "", "2025-01-04", ""},
		{"Depot pay offer accepted by 81%", "derbyshunter", "", "", ""},
		{"Ballot result for signallers due Friday", "Trentside", "", "2025-03-10", ""},
		{"Memories of the 1982 flexible rostering strike", "Eli Harrow", "", "2025-03-02", ""},
	})
}

func TestBylineThenOutlet(t *testing.T) {
	checkRecs(t, `Tag: labor history

The Mill Girls Who Struck in 1836
by Helen Marsh-Dale | Boston Review
4/2/2025
Lowell's first turnout was led by teenagers who had never seen a union.

What the Coal Wars Left Behind
by Tomas Reyes-Ward | The Atlantic
3/28/2025

Remembering the Memphis Sanitation Strike
by Dana Whitfield | Washington Post
3/20/2025
The 1968 strike joined civil rights and labor in a way few strikes have since.`, []rec{
		{"The Mill Girls Who Struck in 1836", "Helen Marsh-Dale", "Boston Review", "2025-04-02", "Lowell's first turnout was led by teenagers who had never seen a union."},
		{"What the Coal Wars Left Behind", "Tomas Reyes-Ward", "The Atlantic", "2025-03-28", ""},
		{"Remembering the Memphis Sanitation Strike", "Dana Whitfield", "Washington Post", "2025-03-20", "The 1968 strike joined civil rights and labor in a way few strikes have since."},
	})
}

func TestAggregatorCredits(t *testing.T) {
	checkRecs(t, `Join Unison today
Refuse collectors in Leeds vote for fresh strike action
Sheffield Star 12m
Postal workers stage walkout over Sunday deliveries
The Independent 2h
Most Read
1. Council tax bills to rise in April
2. Train timetable changes this weekend
Nurses in Wales accept revised pay offer
Western Mail Yesterday
Shipyard apprentices win back pay after tribunal
Glasgow Herald 9 Mar`, []rec{
		{"Refuse collectors in Leeds vote for fresh strike action", "", "Sheffield Star", "", ""},
		{"Postal workers stage walkout over Sunday deliveries", "", "The Independent", "", ""},
		{"Nurses in Wales accept revised pay offer", "", "Western Mail", "", ""},
		{"Shipyard apprentices win back pay after tribunal", "", "Glasgow Herald", "", ""},
	})
}

func TestPortugueseAggregator(t *testing.T) {
	checkRecs(t, `Greve
Enfermeiros anunciam greve de três dias em abril
Expresso · há 3 horas
O sindicato exige a revisão da carreira e o pagamento das horas extraordinárias.
Trabalhadores da Autoeuropa aprovam novo acordo salarial
Diário de Notícias · 18/03/2025
Operários da Lisnave recordam a greve de 1969
Público · 14/03/2025
A paralisação no estaleiro foi uma das maiores do fim do Estado Novo.
Ver mais notícias`, []rec{
		{"Enfermeiros anunciam greve de três dias em abril", "", "Expresso", "", "O sindicato exige a revisão da carreira e o pagamento das horas extraordinárias."},
		{"Trabalhadores da Autoeuropa aprovam novo acordo salarial", "", "Diário de Notícias", "2025-03-18", ""},
		{"Operários da Lisnave recordam a greve de 1969", "", "Público", "2025-03-14", "A paralisação no estaleiro foi uma das maiores do fim do Estado Novo."},
	})
}

func TestPressCuttingsUnderOutlets(t *testing.T) {
	t.Run("each story under its paper's name", func(t *testing.T) {
		checkRecs(t, `Union in the media

The Northern Echo
Colliery band wins national brass title
12.3.2025
The band from the old pit village beat thirty others in Cheltenham.
BBC Radio Tees
Former steelworkers remember the Consett closure
4.3.2025
The Guardian
Why the miners' welfare halls still matter
20.2.2025
A long read on the halls that outlived the pits.
Chronicle Live
Appeal for photographs of the 1926 soup kitchens
8.2.2025`, []rec{
			{"Colliery band wins national brass title", "", "The Northern Echo", "2025-03-12", "The band from the old pit village beat thirty others in Cheltenham."},
			{"Former steelworkers remember the Consett closure", "", "BBC Radio Tees", "2025-03-04", ""},
			{"Why the miners' welfare halls still matter", "", "The Guardian", "2025-02-20", "A long read on the halls that outlived the pits."},
			{"Appeal for photographs of the 1926 soup kitchens", "", "Chronicle Live", "2025-02-08", ""},
		})
	})
	t.Run("a seminar series over each talk is no outlet", func(t *testing.T) {
		got := parseRecs(t, `Events

Modern British History seminar
Striking back: the Grunwick dispute revisited
Tuesday 18 March 2025, 17:30 - 19:00
Speaker: Sundari Mehta

Economic History seminar
Dockers and casual labour in London, 1870–1914
Wednesday 19 March 2025, 17:30 - 19:30
Speaker: John Lovell

Social History seminar
The navvies of Victorian Scotland
Wednesday 26 March 2025, 17:30 - 19:00
Speaker: Ciara Reid`)
		for _, r := range got {
			if r.source != "" {
				t.Errorf("%q: source %q, want none", r.title, r.source)
			}
		}
	})
}
