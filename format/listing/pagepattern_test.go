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
