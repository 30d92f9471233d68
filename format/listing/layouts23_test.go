package listing_test

import (
	"testing"
	"time"
)

// Layouts met in session 23's working set: each fixture is written for
// the rule it tests.
func TestProgrammesWithoutQuotes(t *testing.T) {
	t.Run("papers printed 'Speaker (Affiliation): Title', unquoted, with sessions, chairs and breaks between", func(t *testing.T) {
		// Nothing between the papers annotates the one above: the
		// session's name, the break and the next day's heading head what
		// follows, and the day has no year to date a paper by.
		checkRecsAt(t, `Tuesday 3 June
Panel 2 – Railway shops and their towns (Lecture Hall B)
Chair: Olga Marsh
Tomasz Wilk (University of Wrocław): Apprentices in the Breslau railway works, 1905–1920
Helen Cooke & Rami Haddad (University of Leeds): Swindon's works canteen and the 1919 rail strike
Discussant: Ben Ayres
Lunch
Panel 3 – Seamen and their unions (Room 4)
Chair: Lars Eng
Mette Holm (Aarhus University): Danish stokers on the Atlantic run, 1890–1914
Wednesday 4 June
Kofi Mensah (University of Ghana): The Takoradi harbour strike of 1950`, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), []rec{
			{"Apprentices in the Breslau railway works, 1905–1920", "Tomasz Wilk", "", "", ""},
			{"Swindon's works canteen and the 1919 rail strike", "Helen Cooke; Rami Haddad", "", "", ""},
			{"Danish stokers on the Atlantic run, 1890–1914", "Mette Holm", "", "", ""},
			{"The Takoradi harbour strike of 1950", "Kofi Mensah", "", "", ""},
		})
	})
}

// A biographical dictionary's search results: each notice headed by its
// subject's name, then the notice's summary, its author and when it was
// put online.
func TestBiographicalNotices(t *testing.T) {
	t.Run("names heading notices, dated behind a long label with a second date after it", func(t *testing.T) {
		checkRecs(t, `HARGREAVES Thomas, William
Born 4 May 1871 at Bolton, died 2 March 1944 at Farnworth; cotton spinner; secretary of the Bolton spinners' association.
By Ellen Marsh
Notice first put online on 12 March 2011, last revised on 3 June 2019.
OKONJO Adaeze
Born 19 August 1930 at Enugu; organiser of the women's relief committee during the Iva Valley strike of November 1949.
By Peter Obi and Grace Nwosu
Notice first put online on 2 February 2015
DUNMORE Walter
Born 1 January 1899 at Motherwell; steel smelter; arrested during the strike of May 1926.
Notice first put online on 20 October 2008, last revised on 1 April 2020.
PRZYBYLSKI Jan
Born 7 July 1905 at Łódź; weaver; shop steward at the Lowell mills from 1934.
By Ruth Kagan
Notice first put online on 5 May 2013
Pages: < 1 2 3 >`, []rec{
			{"HARGREAVES Thomas, William", "Ellen Marsh", "", "2011-03-12", "Born 4 May 1871 at Bolton, died 2 March 1944 at Farnworth; cotton spinner; secretary of the Bolton spinners' association."},
			{"OKONJO Adaeze", "Peter Obi; Grace Nwosu", "", "2015-02-02", "Born 19 August 1930 at Enugu; organiser of the women's relief committee during the Iva Valley strike of November 1949."},
			{"DUNMORE Walter", "", "", "2008-10-20", "Born 1 January 1899 at Motherwell; steel smelter; arrested during the strike of May 1926."},
			{"PRZYBYLSKI Jan", "Ruth Kagan", "", "2013-05-05", "Born 7 July 1905 at Łódź; weaver; shop steward at the Lowell mills from 1934."},
		})
	})
}

// A podcast's episode list, each episode titled by the day in history it
// is about and dated by its own line below.
func TestThisDayEpisodes(t *testing.T) {
	checkRecs(t, `June 12, 1919: The Winnipeg strike leaders are arrested
Jun 12, 2025
Eight men were taken from their homes before dawn...
03:02
Play Download
June 11, 1888: Matchgirls meet at Bow
Jun 11, 2025
The women at Bryant & May organised after a newspaper exposé...
02:48
Play Download
June 10, 1936: Flint's first sit-down
Jun 10, 2025
02:55
Play Download`, []rec{
		{"June 12, 1919: The Winnipeg strike leaders are arrested", "", "", "2025-06-12", "Eight men were taken from their homes before dawn"},
		{"June 11, 1888: Matchgirls meet at Bow", "", "", "2025-06-11", "The women at Bryant & May organised after a newspaper exposé"},
		{"June 10, 1936: Flint's first sit-down", "", "", "2025-06-10", ""},
	})
}

// A forum's thread list, a thread to three lines: its title, the
// starter's handle with their count of posts, and the counts with the
// last post. The dates of this year are printed without it: the year of
// the time of copying, even where an old thread prints its year.
func TestForumRows(t *testing.T) {
	checkRecsAt(t, `Can my manager dock a full day of pay for a strike hour if I was off sick?
dockhand_72 Posts: 310 Forumite
1.4K views 22 comments Most recent by PennyF 14 October
Night shift allowance cut without consultation
GwenR Posts: 12 Newbie
208 views 5 comments Most recent by dockhand_72 2 hours ago
Can my union rep come to a disciplinary meeting?
Tobias_K Posts: 2,044 Forumite
3K views 41 comments Most recent by Sealion 8 November 2024`, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC), []rec{
		{"Can my manager dock a full day of pay for a strike hour if I was off sick?", "dockhand_72", "", "2026-10-14", ""},
		{"Night shift allowance cut without consultation", "GwenR", "", "", ""},
		{"Can my union rep come to a disciplinary meeting?", "Tobias_K", "", "2024-11-08", ""},
	})
}

// A digital library's search results: the creators as a catalogue prints
// them, a given name shortened with a stop, and the year behind a label.
func TestLibrarySearchResults(t *testing.T) {
	checkRecs(t, `The Cornish tin-miners' strike of 1866 : a narrative
by Thos. H. Penrose
Publication date 1867
4,102 views 12 favorites
Company houses and the Rhondda lockout
by Price, Gwen; Morgan, Idris T
Publication date 1981
640 views 3 favorites
Pit ponies and the men who drove them
by Wm. J. Coombes
Publication date 1912
95 views`, []rec{
		{"The Cornish tin-miners' strike of 1866 : a narrative", "Thos. H. Penrose", "", "1867", ""},
		{"Company houses and the Rhondda lockout", "Price, Gwen; Morgan, Idris T", "", "1981", ""},
		{"Pit ponies and the men who drove them", "Wm. J. Coombes", "", "1912", ""},
	})
}

// A news portal's category page: each teaser over the writer's name and
// the date and time it was posted, the dash hugging the date.
func TestNameThenDateAndTime(t *testing.T) {
	checkRecs(t, `Estate workers demand new housing rules
The union says standards have not changed since 1990.
Rajan Pillai -2 Mar 2025, 2:45 pm
Riders want a say on rate cards
Delivery riders say the commission must include elected representatives.
Lim Wei Ling -28 Feb 2025, 8:00 am
Tappers recall the strikes of the 1960s
Now in their 80s, they describe how tappers downed tools.
Daniel Arokiam 27 Feb 2025, 10:00 am`, []rec{
		{"Estate workers demand new housing rules", "Rajan Pillai", "", "2025-03-02", "The union says standards have not changed since 1990."},
		{"Riders want a say on rate cards", "Lim Wei Ling", "", "2025-02-28", "Delivery riders say the commission must include elected representatives."},
		{"Tappers recall the strikes of the 1960s", "Daniel Arokiam", "", "2025-02-27", "Now in their 80s, they describe how tappers downed tools."},
	})
}
