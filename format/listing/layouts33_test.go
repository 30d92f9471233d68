package listing_test

import "testing"

// Layouts met in session 33's working sets: each fixture is written for
// the rule it tests.

// A newspaper archive's search results print each story's headline, the
// paper it ran in, the date, the page and the kind of piece over
// the first lines of its text. One paper fills most of the results, as
// an archive's search gives the biggest paper again and again; three
// others, each named as papers are, fill the rest.
func TestArchiveResultsPaperOverDate(t *testing.T) {
	checkRecs(t, `Search results for "dock strike"
Showing 21 - 26 of 1,904
TALLY CLERKS WALK OUT AT KEPPEL
The Eastern Courier
4 June 1951
Page 3
Article
About 300 tally clerks left work yesterday over the suspension of a foreman ...
Wharf Strike Spreads To Godowns
The Harbour Gazette
6 June 1951
Page 1
Article
The stoppage at the wharves spread to the riverside godowns this morning ...
LIGHTERMEN JOIN STOPPAGE
The Eastern Courier
7 June 1951
Page 5
Article
Lightermen on the river voted last night to stop work in sympathy ...
Strikers Return After Arbitration Award
The Eastern Courier
19 June 1951
Page 1
Article
Work resumed at all berths today after both sides accepted the award ...
Dockers' Wages Inquiry Opens
The Straits Evening Post
2 July 1951
Page 2
Article
A commission of inquiry into wages on the waterfront opened its hearings ...`, []rec{
		{"TALLY CLERKS WALK OUT AT KEPPEL", "", "The Eastern Courier", "1951-06-04", "About 300 tally clerks left work yesterday over the suspension of a foreman"},
		{"Wharf Strike Spreads To Godowns", "", "The Harbour Gazette", "1951-06-06", "The stoppage at the wharves spread to the riverside godowns this morning"},
		{"LIGHTERMEN JOIN STOPPAGE", "", "The Eastern Courier", "1951-06-07", "Lightermen on the river voted last night to stop work in sympathy"},
		{"Strikers Return After Arbitration Award", "", "The Eastern Courier", "1951-06-19", "Work resumed at all berths today after both sides accepted the award"},
		{"Dockers' Wages Inquiry Opens", "", "The Straits Evening Post", "1951-07-02", "A commission of inquiry into wages on the waterfront opened its hearings"},
	})
}

// A national library's newspaper search prints no headline: each result
// is the paper, with its subtitle after " : ", the labelled date,
// a snippet of the page's text and the page. The paper's line opens each
// entry, and its subtitle is no part of its name.
func TestArchiveResultsPaperOpensEntry(t *testing.T) {
	checkRecs(t, `Résultats 1 à 5 sur 2 114
Le Courrier du Pas-de-Calais : journal républicain
Date d'édition : 12/03/1906
... les mineurs de la fosse 4 refusent de descendre ...
Page 2
La Voix ouvrière : organe syndical hebdomadaire
Date d'édition : 03/1920
... la grève des cheminots s'étend au dépôt de Lens ...
Page 1
Le Progrès du Nord
Date d'édition : 17/05/1893
... les verriers de Fourmies réclament la journée de dix heures ...
Page 3
La Tribune de Roubaix : quotidien du soir
Date d'édition : 08/09/1904
... le comité de grève des tisseurs a siégé toute la nuit ...
Page 1
Le Petit Lillois
Date d'édition : 1911
... la vie chère et les ménagères du Nord ...
Page 4`, []rec{
		{"", "", "Le Courrier du Pas-de-Calais", "1906-03-12", "les mineurs de la fosse 4 refusent de descendre"},
		{"", "", "La Voix ouvrière", "1920-03", "la grève des cheminots s'étend au dépôt de Lens"},
		{"", "", "Le Progrès du Nord", "1893-05-17", "les verriers de Fourmies réclament la journée de dix heures"},
		{"", "", "La Tribune de Roubaix", "1904-09-08", "le comité de grève des tisseurs a siégé toute la nuit"},
		{"", "", "Le Petit Lillois", "1911", "la vie chère et les ménagères du Nord"},
	})
}

// Under each headline a news site credits its own writer or a wire
// agency, over the date: the agencies are outlets and the writers
// authors, though the agencies alone would make the slot an outlet's.
func TestWritersAndAgenciesOverDates(t *testing.T) {
	checkRecs(t, `Port workers begin go-slow over overtime rules
PTI
12 March 2025
Textile unions call for wage board revision
Meera Iyer
11 March 2025
Bus crews stage sit-in at central depot
Reuters
10 March 2025
Plantation workers await bonus settlement
Arjun Menon
9 March 2025
Sanitation staff end two-day strike
IANS
8 March 2025`, []rec{
		{"Port workers begin go-slow over overtime rules", "", "PTI", "2025-03-12", ""},
		{"Textile unions call for wage board revision", "Meera Iyer", "", "2025-03-11", ""},
		{"Bus crews stage sit-in at central depot", "", "Reuters", "2025-03-10", ""},
		{"Plantation workers await bonus settlement", "Arjun Menon", "", "2025-03-09", ""},
		{"Sanitation staff end two-day strike", "", "IANS", "2025-03-08", ""},
	})
}

// A magazine prints its writers' names in capitals between headline and
// date: capitals read as an acronym's, but a name of two words in
// capitals there is a writer's, not an outlet's.
func TestCapsWritersOverDates(t *testing.T) {
	checkRecs(t, `Why the Docks Still Matter
HELEN MARSH-OKAFOR
February 26, 2025
The waterfront made the city's unions; what is left of them now?

Meatpacking After the Raids
DANIEL OSTROWSKI
February 19, 2025
Line speeds, and the workers who keep up with them.

The Long Strike at Harlan
MARIA VELASCO-REID
February 12, 2025
A county and its mines, ninety years on.`, []rec{
		{"Why the Docks Still Matter", "HELEN MARSH-OKAFOR", "", "2025-02-26", "The waterfront made the city's unions; what is left of them now?"},
		{"Meatpacking After the Raids", "DANIEL OSTROWSKI", "", "2025-02-19", "Line speeds, and the workers who keep up with them."},
		{"The Long Strike at Harlan", "MARIA VELASCO-REID", "", "2025-02-12", "A county and its mines, ninety years on."},
	})
}

// A news site prints each headline over its teaser, if any, then its
// writer or a wire agency, then when it was updated: the line over the
// date credits the story, down to the page's last.
func TestCreditOverUpdateLine(t *testing.T) {
	checkRecs(t, `Bus crews threaten indefinite strike from April 2
The joint action committee wants parity with state employees.
PTI
Last Updated : 14 March 2025, 10:12 IST

Garment workers protest delay in wage revision
Unions say the notification has been pending for six years.
Kavya Raman
Last Updated : 11 March 2025, 21:42 IST

Port workers call off strike after talks
Reuters
Last Updated : 10 March 2025, 18:05 IST

Miners' families still await dues
Former employees say the settlement was never paid in full.
Prakash Rao
Last Updated : 08 March 2025, 07:30 IST

Bank unions defer two-day strike
IANS
Last Updated : 05 March 2025, 13:11 IST`, []rec{
		{"Bus crews threaten indefinite strike from April 2", "", "PTI", "2025-03-14", "The joint action committee wants parity with state employees."},
		{"Garment workers protest delay in wage revision", "Kavya Raman", "", "2025-03-11", "Unions say the notification has been pending for six years."},
		{"Port workers call off strike after talks", "", "Reuters", "2025-03-10", ""},
		{"Miners' families still await dues", "Prakash Rao", "", "2025-03-08", "Former employees say the settlement was never paid in full."},
		{"Bank unions defer two-day strike", "", "IANS", "2025-03-05", ""},
	})
}
