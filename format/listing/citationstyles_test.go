package listing_test

import "testing"

// TestCitationStyles reads one reference list in each of the common
// citation styles: the names as printed (editors' marks, "et al." and
// Vancouver's stopless initials aside), the title out of its quotes
// (straight single quotes doubling as apostrophes), the periodical, the
// publisher with its place, or for a chapter the book it is in.
func TestCitationStyles(t *testing.T) {
	t.Run("apa", func(t *testing.T) {
		checkRecs(t, `References

Brody, D. (1960). Steelworkers in America: The nonunion era. Harvard University Press.

Cowie, J., & Heathcott, J. (Eds.). (2003). Beyond the ruins: The meanings of deindustrialization. Cornell University Press.

Fantasia, R. (1988). Cultures of solidarity: Consciousness, action, and contemporary American workers. University of California Press.

Kimeldorf, H. (1999). Battling for American labor: Wobblies, craft workers, and the making of the union movement. Journal of American History, 86(3), 1201–1220. https://doi.org/10.2307/2568612`, []rec{
			{"Steelworkers in America: The nonunion era", "Brody, D.", "Harvard University Press", "1960", ""},
			{"Beyond the ruins: The meanings of deindustrialization", "Cowie, J.; Heathcott, J.", "Cornell University Press", "2003", ""},
			{"Cultures of solidarity: Consciousness, action, and contemporary American workers", "Fantasia, R.", "University of California Press", "1988", ""},
			{"Battling for American labor: Wobblies, craft workers, and the making of the union movement", "Kimeldorf, H.", "Journal of American History", "1999", ""},
		})
	})
	t.Run("mla", func(t *testing.T) {
		checkRecs(t, `Works Cited
Brody, David. Steelworkers in America: The Nonunion Era. Harvard UP, 1960.
Montgomery, David, et al. "Workers' Control of Machine Production in the Nineteenth Century." Labor History, vol. 17, no. 4, 1976, pp. 485-509.
Fantasia, Rick. Cultures of Solidarity. U of California P, 1988.
Zhumabayev, Galym. "Oil Workers and the State in Western Kazakhstan." Central Asian Survey, vol. 31, no. 2, 2012, pp. 141-156.`, []rec{
			{"Steelworkers in America: The Nonunion Era", "Brody, David", "Harvard UP", "1960", ""},
			{"Workers' Control of Machine Production in the Nineteenth Century", "Montgomery, David", "Labor History", "1976", ""},
			{"Cultures of Solidarity", "Fantasia, Rick", "U of California P", "1988", ""},
			{"Oil Workers and the State in Western Kazakhstan", "Zhumabayev, Galym", "Central Asian Survey", "2012", ""},
		})
	})
	t.Run("chicago", func(t *testing.T) {
		checkRecs(t, `Bibliography
Brody, David. Steelworkers in America: The Nonunion Era. Cambridge, MA: Harvard University Press, 1960.
Montgomery, David. "Workers' Control of Machine Production in the Nineteenth Century." Labor History 17, no. 4 (1976): 485–509.
Fink, Leon, ed. Workers across the Americas: The Transnational Turn in Labor History. New York: Oxford University Press, 2011.
Zhumabayev, Galym. "Oil Workers and the State in Western Kazakhstan." Central Asian Survey 31, no. 2 (2012): 141–56.`, []rec{
			{"Steelworkers in America: The Nonunion Era", "Brody, David", "Cambridge, MA: Harvard University Press", "1960", ""},
			{"Workers' Control of Machine Production in the Nineteenth Century", "Montgomery, David", "Labor History", "1976", ""},
			{"Workers across the Americas: The Transnational Turn in Labor History", "Fink, Leon", "New York: Oxford University Press", "2011", ""},
			{"Oil Workers and the State in Western Kazakhstan", "Zhumabayev, Galym", "Central Asian Survey", "2012", ""},
		})
	})
	t.Run("harvard", func(t *testing.T) {
		checkRecs(t, `Reference list
Brody, D. (1960) Steelworkers in America: the nonunion era. Cambridge, MA: Harvard University Press.
Montgomery, D. (1976) 'Workers' control of machine production in the nineteenth century', Labor History, 17(4), pp. 485–509.
Smith, A. and Jones, B. (2015) 'Dockers and the casual system', in Fink, L. (ed.) Workers across the Americas. New York: Oxford University Press, pp. 33–58.
Zhumabayev, G. (2012) 'Oil workers and the state in western Kazakhstan', Central Asian Survey, 31(2), pp. 141–156.`, []rec{
			{"Steelworkers in America: the nonunion era", "Brody, D.", "Cambridge, MA: Harvard University Press", "1960", ""},
			{"Workers' control of machine production in the nineteenth century", "Montgomery, D.", "Labor History", "1976", ""},
			{"Dockers and the casual system", "Smith, A.; Jones, B.", "Workers across the Americas", "2015", ""},
			{"Oil workers and the state in western Kazakhstan", "Zhumabayev, G.", "Central Asian Survey", "2012", ""},
		})
	})
	t.Run("vancouver", func(t *testing.T) {
		checkRecs(t, `1. Brody D. Steelworkers in America: the nonunion era. Cambridge (MA): Harvard University Press; 1960.
2. Montgomery D, Kerr C, Siegel A. Workers' control of machine production in the nineteenth century. Labor Hist. 1976;17(4):485-509.
3. Markowitz G, Rosner D. Deceit and denial: the deadly politics of industrial pollution. Berkeley: University of California Press; 2002.
4. Zhumabayev G. Oil workers and the state in western Kazakhstan. Cent Asian Surv. 2012;31(2):141-56. doi:10.1080/02634937.2012.671993`, []rec{
			{"Steelworkers in America: the nonunion era", "Brody D.", "Cambridge (MA): Harvard University Press", "1960", ""},
			{"Workers' control of machine production in the nineteenth century", "Montgomery D; Kerr C; Siegel A", "Labor Hist", "1976", ""},
			{"Deceit and denial: the deadly politics of industrial pollution", "Markowitz G; Rosner D", "Berkeley: University of California Press", "2002", ""},
			{"Oil workers and the state in western Kazakhstan", "Zhumabayev G.", "Cent Asian Surv", "2012", ""},
		})
	})
	t.Run("gost", func(t *testing.T) {
		checkRecs(t, `Список литературы
1. Иванов И. И. Рабочее движение в Казахстане. — Алматы : Ғылым, 1995. — 240 с.
2. Петров П. П., Сидоров С. С. Стачки нефтяников Мангышлака // Вопросы истории. — 2012. — № 4. — С. 45–60.
3. Козлов А. Б. Профсоюзы и государство в Центральной Азии. — М. : Наука, 2008. — 312 с.`, []rec{
			{"Рабочее движение в Казахстане", "Иванов И. И.", "Алматы : Ғылым", "1995", ""},
			{"Стачки нефтяников Мангышлака", "Петров П. П.; Сидоров С. С.", "// Вопросы истории", "2012", ""},
			{"Профсоюзы и государство в Центральной Азии", "Козлов А. Б.", "М. : Наука", "2008", ""},
		})
	})
}

// TestWikiReferences reads a wiki's reference list: the caret and the
// backlink letters are its bullets, a web page's reference opens with its
// quoted title then names the site and the date, and when the page was
// retrieved or archived is no date of the work. A Chicago chapter's
// source is the book it is in.
func TestWikiReferences(t *testing.T) {
	checkRecs(t, `References
^ "Zhanaozen massacre: ten years on". BBC News. 16 December 2021. Retrieved 3 January 2022.
^ a b Smith, John (12 March 2012). "Oil strike trial ends". The Guardian. Retrieved 5 May 2015.
^ Lillis, Joanna (2019). Dark Shadows: Inside the Secret World of Kazakhstan. London: I.B. Tauris. ISBN 978-1-78453-921-0.
^ "Kazakhstan: Striking oil workers". Human Rights Watch. 2012-01-10. Archived from the original on 2013-05-01.
^ Zhumabayev, Galym. "Oil, Labour, and Independence." In Central Asia at Work, edited by Ann Lee, 45–67. London: Routledge, 2015.`, []rec{
		{"Zhanaozen massacre: ten years on", "", "BBC News", "2021-12-16", ""},
		{"Oil strike trial ends", "Smith, John", "The Guardian", "2012-03-12", ""},
		{"Dark Shadows: Inside the Secret World of Kazakhstan", "Lillis, Joanna", "London: I.B. Tauris", "2019", ""},
		{"Kazakhstan: Striking oil workers", "", "Human Rights Watch", "2012-01-10", ""},
		{"Oil, Labour, and Independence", "Zhumabayev, Galym", "Central Asia at Work", "2015", ""},
	})
}

// TestProseBibliography reads an encyclopedia's "Additional Reading",
// works cited in sentences ("… include Name, Title (Year); Name, Title
// (Year); and Name and Name, Title (Year)."), one entry a work, the words
// of the sentence left out; and a list of works cited so, one a line.
func TestProseBibliography(t *testing.T) {
	checkRecs(t, `Histories of dock labour include Ruth Mallory, Hiring Stands: The Casual System on the Mersey, 1890–1914 (1987); Owen Tyler, Dockers and Stevedores: A Social History of the Port (1994); and Gwen E. Price and Carl P. Nye, Labour on the Quays (2001). A useful general survey is Ann Lee, Waterfront Unions: A Short History, 2nd ed. (1998).

Comparative works include Peter Lind, The Logic of Bargaining (1978, reissued 2009); Ellen M. Hart (ed.), Unions in a Global Economy (2011); and J.D. Rowe, Strikes: A Comparative History (1989).`, []rec{
		{"Hiring Stands: The Casual System on the Mersey, 1890–1914", "Ruth Mallory", "", "1987", ""},
		{"Dockers and Stevedores: A Social History of the Port", "Owen Tyler", "", "1994", ""},
		{"Labour on the Quays", "Gwen E. Price; Carl P. Nye", "", "2001", ""},
		{"Waterfront Unions: A Short History", "Ann Lee", "", "1998", ""},
		{"The Logic of Bargaining", "Peter Lind", "", "1978", ""},
		{"Unions in a Global Economy", "Ellen M. Hart", "", "2011", ""},
		{"Strikes: A Comparative History", "J.D. Rowe", "", "1989", ""},
	})
	checkRecs(t, `Ruth Mallory, Hiring Stands: The Casual System on the Mersey, 1890–1914 (1987)
Owen Tyler, Dockers and Stevedores: A Social History of the Port (1994)
Gwen E. Price and Carl P. Nye, Labour on the Quays (2001)`, []rec{
		{"Hiring Stands: The Casual System on the Mersey, 1890–1914", "Ruth Mallory", "", "1987", ""},
		{"Dockers and Stevedores: A Social History of the Port", "Owen Tyler", "", "1994", ""},
		{"Labour on the Quays", "Gwen E. Price; Carl P. Nye", "", "2001", ""},
	})
}

// TestReferencesAmidFurniture reads a Harvard reference list pasted with
// the article page's lines above and below it: each reference is whole
// on its line, so no entry holds two, and the short lines around them
// are the page's, not entries heading the references.
func TestReferencesAmidFurniture(t *testing.T) {
	checkRecs(t, `This article was produced by the People's History Project on 17-Mar-2011

Last updated : 14-Mar-2025

References

Mallory, R. (1986). 'The moral economy of the dockers' strike of 1946', Journal of Port History, 13(1), pp. 1–35.

Tyler, O. (1975). 'The casual system and the political economy of the port', Journal of Labour Studies, 13(2), pp. 146–173.

Price, G. (1989). Yours for the Union: Weavers and their Amalgamation, 1930–1947. London: Northern Books.

Nye, C. (1964). Time Longer than Rope: A History of the Dyers. 2nd edn. Leeds: Valley Press.

Lee, A. (1978). 'Gordon and trade unionism on the Rand, 1935–1940', in Ray, B. (ed.) Essays in Labour History. Leeds: Valley Press, pp. 143–157.

Collections in the Archives

Know something about this topic?
Towards a people's history`, []rec{
		{"The moral economy of the dockers' strike of 1946", "Mallory, R.", "Journal of Port History", "1986", ""},
		{"The casual system and the political economy of the port", "Tyler, O.", "Journal of Labour Studies", "1975", ""},
		{"Yours for the Union: Weavers and their Amalgamation, 1930–1947", "Price, G.", "London: Northern Books", "1989", ""},
		{"Time Longer than Rope: A History of the Dyers", "Nye, C.", "Leeds: Valley Press", "1964", ""},
		{"Gordon and trade unionism on the Rand, 1935–1940", "Lee, A.", "Essays in Labour History", "1978", ""},
	})
}

// TestReadingListMixedReferences reads a reading list whose books print
// as title lines with their date and publisher and whose articles as
// citations, some starred as essential: each reference is one entry, a
// second author in direct order keeps the initial in the middle, and a
// first author's middle initial ends the names.
func TestReadingListMixedReferences(t *testing.T) {
	checkRecs(t, `Week 3: The Long Strike

★ Okafor, Grace, and Peter J. Lund. Pit and Parish: Mining Villages in Dispute. Northern UP, 2011.
The essential overview; read chapters 1 and 4.

Marsh, Helen R. The Lockout of 1893. Valley Press, 1998.

Dunn, Aidan. "Relief Committees in the Coalfield." Labour History Review, vol. 12, no. 3, 2004, pp. 44–61.

★ Pryor, Ann, and Tom Wells. Strike Songs: Music on the Picket Line. 2nd ed., Riverside Books, 2019.

Week 4: After the Strike

Keane, Lou. "Blacklisting after 1926." Social History, vol. 9, no. 1, 1984, pp. 1–20.`, []rec{
		{"Pit and Parish: Mining Villages in Dispute", "Okafor, Grace; Peter J. Lund", "Northern UP", "2011", "The essential overview; read chapters 1 and 4."},
		{"The Lockout of 1893", "Marsh, Helen R.", "Valley Press", "1998", ""},
		{"Relief Committees in the Coalfield", "Dunn, Aidan", "Labour History Review", "2004", ""},
		{"Strike Songs: Music on the Picket Line", "Pryor, Ann; Tom Wells", "Riverside Books", "2019", ""},
		{"Blacklisting after 1926", "Keane, Lou", "Social History", "1984", ""},
	})
}

// TestFindingAidFolders reads an archive's container list: a locator
// line over each folder's title with its date, year first as archives
// print it ("1934 July", "1934 May 15").
func TestFindingAidFolders(t *testing.T) {
	checkRecs(t, `Box 1, Folder 1
Minutes of the strike committee, 1934 May 15

Box 1, Folder 2
Strike bulletin no. 3, 1934 June 5
Mimeographed bulletin issued to pickets, with a list of relief kitchens.

Box 1, Folder 3-4
Correspondence with the employers' association, 1934

Box 1, Folder 5
Photographs of the picket line, 1934 July`, []rec{
		{"Minutes of the strike committee", "", "", "1934-05-15", ""},
		{"Strike bulletin no. 3", "", "", "1934-06-05", "Mimeographed bulletin issued to pickets, with a list of relief kitchens."},
		{"Correspondence with the employers' association", "", "", "1934", ""},
		{"Photographs of the picket line", "", "", "1934-07", ""},
	})
}

// TestCatalogueWithLifeDates reads a library catalogue's results: a
// number, the title, the heading with the author's life dates, the
// imprint, the material type and holdings; an article's line names its
// periodical after "I:" with the date, and its author, printed without
// life dates, is read as the others are.
func TestCatalogueWithLifeDates(t *testing.T) {
	checkRecs(t, `1.
Malm och makt
Lind, Karin, 1931-2010
Stockholm : Tiden, 1972
Bok
Finns på 40 bibliotek

2.
Strejkvakter
Holm, Erik, 1948-
Göteborg : Röda bokförlaget, 1976
Bok
Finns på 12 bibliotek

3.
När gruvan tystnade
Sand, Ulla
I: Norrländska Socialdemokraten, 1990-01-15
Artikel

4.
Facket i norr
Aho, Mikael, 1960-
Luleå : Luleå tekniska universitet, 2001
Bok
Finns på 8 bibliotek`, []rec{
		{"Malm och makt", "Lind, Karin", "Stockholm : Tiden", "1972", ""},
		{"Strejkvakter", "Holm, Erik", "Göteborg : Röda bokförlaget", "1976", ""},
		{"När gruvan tystnade", "Sand, Ulla", "Norrländska Socialdemokraten", "1990-01-15", ""},
		{"Facket i norr", "Aho, Mikael", "Luleå : Luleå tekniska universitet", "2001", ""},
	})
}
