package listing_test

import (
	"testing"
	"time"
)

// Layouts met in session 24's working sets: each fixture is written for
// the rule it tests.
func TestLabelledContainers(t *testing.T) {
	t.Run("a citation index's results: the periodical after a label in Russian, its areas set apart by stops", func(t *testing.T) {
		checkRecs(t, `1.
СТАЧКИ ТКАЧЕЙ ОРЕХОВО-ЗУЕВА В 1885 ГОДУ
Кузнецова А.Б., Лебедев В.Г.
В журнале: Вестник Московского университета. Серия 8: История. 2018. № 5. С. 33-47.
Цитирований: 3
2.
ГОРНЯКИ ДОНБАССА И ЗАБАСТОВКА 1989 ГОДА
Петренко И.С.
В журнале: Рабочий класс и современный мир. 2020. № 2. С. 10-19.
Цитирований: 0
3.
ПРОФСОЮЗЫ УРАЛА В ГОДЫ НЭПА
Соколов Д.Е.
В сборнике: Урал индустриальный. Екатеринбург, 2016. С. 120-131.
Цитирований: 1`, []rec{
			{"СТАЧКИ ТКАЧЕЙ ОРЕХОВО-ЗУЕВА В 1885 ГОДУ", "Кузнецова А.Б.; Лебедев В.Г.", "Вестник Московского университета. Серия 8: История", "2018", ""},
			{"ГОРНЯКИ ДОНБАССА И ЗАБАСТОВКА 1989 ГОДА", "Петренко И.С.", "Рабочий класс и современный мир", "2020", ""},
			{"ПРОФСОЮЗЫ УРАЛА В ГОДЫ НЭПА", "Соколов Д.Е.", "Урал индустриальный", "2016", ""},
		})
	})
	t.Run("the same in English after 'In:': the journal ends at the stop before its year", func(t *testing.T) {
		checkRecs(t, `Strike waves in the Kuzbass coalfield
Smith J., Brown T.
In: Europe-Asia Studies. 2019. Vol. 71. P. 612-620.

Textile conflicts in Ivanovo in the 1920s
Jones A.
In: Labour History Review. 2021. No. 2. P. 45-53.`, []rec{
			{"Strike waves in the Kuzbass coalfield", "Smith J.; Brown T.", "Europe-Asia Studies", "2019", ""},
			{"Textile conflicts in Ivanovo in the 1920s", "Jones A.", "Labour History Review", "2021", ""},
		})
	})
}

func TestReferenceListStyles(t *testing.T) {
	t.Run("SAGE author-date: surnames with bare initials joined by 'and', a journal whose name lists its subjects", func(t *testing.T) {
		checkRecs(t, `References

Holgate J and Simms M (2021) Organising hotel cleaners in London. Gender, Work & Organization 28(2): 401–420.
Crossref
Google Scholar

Pérez García L, Okafor B and De la Cruz Romero A (2017) Migrant porters and the hospital strike. Bristol: Policy Press.
Google Scholar

Trades Union Congress (2022) Insecure work in 2022. London: TUC. Available at: https://example.org/insecure-work (accessed 3 May 2023).
Google Scholar`, []rec{
			{"Organising hotel cleaners in London", "Holgate J; Simms M", "Gender, Work & Organization", "2021", ""},
			{"Migrant porters and the hospital strike", "Pérez García L; Okafor B; De la Cruz Romero A", "Bristol: Policy Press", "2017", ""},
			{"Insecure work in 2022", "Trades Union Congress", "London: TUC", "2022", ""},
		})
	})
	t.Run("APA: a one-word title, an edition in brackets, a title that opens with a quotation", func(t *testing.T) {
		checkRecs(t, `References

Lynd, A. (2011). Rank and file (Expanded ed.). Haymarket Books.
Google Scholar

Brenner, R. (2015). Solidarity! (2nd ed.). Verso.
Google Scholar

Ortiz, M. L. (2008). “Bread and roses too”: The Lawrence strike in memory, 1912–2012. Labor History, 49(3), 301–322. https://doi.org/10.1000/example
Google Scholar`, []rec{
			{"Rank and file", "Lynd, A.", "Haymarket Books", "2011", ""},
			{"Solidarity!", "Brenner, R.", "Verso", "2015", ""},
			{"“Bread and roses too”: The Lawrence strike in memory, 1912–2012", "Ortiz, M. L.", "Labor History", "2008", ""},
		})
	})
}

func TestWikipediaBibliographies(t *testing.T) {
	t.Run("names written in full, the place before the publisher, an ISBN, a volume, an article 'in' a periodical", func(t *testing.T) {
		checkRecs(t, `Bibliographie
Jean Dupont, Les mineurs de Carmaux et la grève de 1892, Paris, Éditions sociales, 1975, ISBN 2-209-05123-4.
Pierre Roux et Anne Martin, Histoire de la CGT dans le Tarn, vol. 2, Toulouse, Privat, 1967.
Marie Laurent, « La grève des allumettières de Trélazé », in Le Mouvement social, n° 120, 1982, p. 33-56.
Sources
Louis Ferrand, Les verriers de Carmaux et leur syndicat, Albi, Imprimerie coopérative, 1896.`, []rec{
			{"Les mineurs de Carmaux et la grève de 1892", "Jean Dupont", "Éditions sociales", "1975", ""},
			{"Histoire de la CGT dans le Tarn", "Pierre Roux; Anne Martin", "Privat", "1967", ""},
			{"« La grève des allumettières de Trélazé »", "Marie Laurent", "Le Mouvement social", "1982", ""},
			{"Les verriers de Carmaux et leur syndicat", "Louis Ferrand", "Imprimerie coopérative", "1896", ""},
		})
	})
	t.Run("an English list prints the publisher before the place", func(t *testing.T) {
		checkRecs(t, `Further reading
Ann Lee, Strikes and the city, Verso, London, 2019
Tom Rata, The long lockout of 1951, Steele Roberts, Wellington, 2001`, []rec{
			{"Strikes and the city", "Ann Lee", "Verso", "2019", ""},
			{"The long lockout of 1951", "Tom Rata", "Steele Roberts", "2001", ""},
		})
	})
}

func TestCatalogueKindAndYear(t *testing.T) {
	t.Run("a discovery catalogue: the kind of item and its year on a line, the imprint labelled 'Published:' without a year", func(t *testing.T) {
		checkRecs(t, `Showing 1 - 3 of 88 results for search 'seamen strike'
1
The seamen's strike of 1966 : a union history
by Ann Porter, Mark Ellis
Book 2004
Published: Hull : Humber Press
Available at the library
Add to favourites

2
Stokers and firemen on the Atlantic run
by Joe Kerr
E-book, English, 2019
Published: Glasgow : Clyde Books
Add to favourites

3
Leaflets of the Liverpool seamen, 1911
Pamphlet 1911
Add to favourites`, []rec{
			{"The seamen's strike of 1966 : a union history", "Ann Porter; Mark Ellis", "Hull : Humber Press", "2004", ""},
			{"Stokers and firemen on the Atlantic run", "Joe Kerr", "Glasgow : Clyde Books", "2019", ""},
			{"Leaflets of the Liverpool seamen, 1911", "", "", "1911", ""},
		})
	})
	t.Run("a union catalogue: kinds with a slash or of two words, a year in brackets", func(t *testing.T) {
		checkRecs(t, `1
Mill hands of the Piedmont
by Ruth Gaines
Thesis/dissertation, English, 2007
Publisher: University of South Carolina, 2007

2
Strike of '34 [videorecording]
Visual Material, English, [1995]
Publisher: New York : Icarus Films`, []rec{
			{"Mill hands of the Piedmont", "Ruth Gaines", "University of South Carolina", "2007", ""},
			{"Strike of '34 [videorecording]", "", "New York : Icarus Films", "1995", ""},
		})
	})
	t.Run("a Danish library portal: 'Bog, 2019' under the authors, an article 'I:' its journal", func(t *testing.T) {
		checkRecs(t, `Viser 1-3 af 40 resultater

Sømandsstrejken 1925 : en fortælling
Af Karen Holm
Bog, 2011
Kan lånes · Bestil

Havnearbejdere i Aarhus
Af Per Lund og Mette Ravn
Artikel, 1994
I: Arbejderhistorie, nr. 12

Stauerne i København
Af Ole Berg
Lydbog (net), 2022
Online · Lyt`, []rec{
			{"Sømandsstrejken 1925 : en fortælling", "Karen Holm", "", "2011", ""},
			{"Havnearbejdere i Aarhus", "Per Lund; Mette Ravn", "Arbejderhistorie", "1994", ""},
			{"Stauerne i København", "Ole Berg", "", "2022", ""},
		})
	})
}

func TestForumTable(t *testing.T) {
	t.Run("a thread list pasted with its header: flags and page links off the title, the starter the author, the last post's date the thread's", func(t *testing.T) {
		checkRecsAt(t, "Union Matters\n\nTopics\tReplies\tViews\tLatest post\tThread starter\n"+
			"Pinned: Posting rules for the union board\t2\t9,310\t3/1/2024 by admin_kat\tadmin_kat\n\n"+
			"Was anyone at the 1984 pit village rallies?\t41\t2,876\t3 hours ago by coalface_dai\tmarrasmith\n"+
			"Agency pay vs direct hire - what's fair? (1 2 3)\t58\t4,410\t17/2/2025 by temp_tom\tlizzie.b\n"+
			"Grievance letter template that worked\t6\t522\tyesterday by Rhiannon_C\tshopsteward99\n\n"+
			"Pages: 1 2 3 … 40", time.Date(2025, 2, 20, 12, 0, 0, 0, time.UTC), []rec{
			{"Posting rules for the union board", "admin_kat", "", "2024-01-03", ""},
			{"Was anyone at the 1984 pit village rallies?", "marrasmith", "", "", ""},
			{"Agency pay vs direct hire - what's fair?", "lizzie.b", "", "2025-02-17", ""},
			{"Grievance letter template that worked", "shopsteward99", "", "", ""},
		})
	})
}

func TestKindBeforeDateAndCounters(t *testing.T) {
	t.Run("the kind of release before the date is no outlet, numbered or not", func(t *testing.T) {
		checkRecs(t, `Pressemitteilungen

Pressemitteilung Nr. 7/2025 | 04.02.2025
Tarifrunde Textil: Warnstreiks in Sachsen
Die Beschäftigten legen in zwölf Betrieben die Arbeit nieder.

Pressemitteilung Nr. 6/2025 | 30.01.2025
Werftarbeiter fordern Standortgarantie
Mehr erfahren

Media Release · 28-01-2025
Port workers win back pay after two-year fight
The settlement covers 300 casual stevedores.`, []rec{
			{"Tarifrunde Textil: Warnstreiks in Sachsen", "", "", "2025-02-04", "Die Beschäftigten legen in zwölf Betrieben die Arbeit nieder."},
			{"Werftarbeiter fordern Standortgarantie", "", "", "2025-01-30", ""},
			{"Port workers win back pay after two-year fight", "", "", "2025-01-28", "The settlement covers 300 casual stevedores."},
		})
	})
	t.Run("a date followed by a views counter is the entry's date line, not a counter", func(t *testing.T) {
		checkRecs(t, `Шахтёры Экибастуза требуют повышения зарплаты
Около двухсот горняков собрались у здания акимата.
Асель Нурланова
14.02.2025  👁 1 204

Забастовка водителей в Шымкенте завершилась
Марат Оспанов
11.02.2025  👁 987`, []rec{
			{"Шахтёры Экибастуза требуют повышения зарплаты", "Асель Нурланова", "", "2025-02-14", "Около двухсот горняков собрались у здания акимата."},
			{"Забастовка водителей в Шымкенте завершилась", "Марат Оспанов", "", "2025-02-11", ""},
		})
	})
}
