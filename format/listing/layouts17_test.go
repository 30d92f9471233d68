package listing_test

import (
	"testing"
	"time"
)

// Layouts met on pages of kinds the parser had not seen: each fixture is
// written for the rule it tests.
func TestChicagoNotesAndBibliographies(t *testing.T) {
	t.Run("a bibliography printed as one paragraph", func(t *testing.T) {
		checkRecs(t, `Further reading

Mary Hollis, Pit Villages of the North (Leeds: Valley Press, 1978). Mary Hollis, The Lodge and the Chapel (Leeds: Valley Press, 1981). Arthur Penrose, Miners and Masters, 1850–1900 (Ph.D. dissertation, University of Durham, 1972). Ellen K. Marsh, "The Lockout of 1926," in Essays in Coalfield History, ed. Tom Dale and Rhian Evans (Cardiff: Dragon Books, 1986). Box Files, Regional Labour Archive, Northfield Library.`, []rec{
			{"Pit Villages of the North", "Mary Hollis", "Leeds: Valley Press", "1978", ""},
			{"The Lodge and the Chapel", "Mary Hollis", "Leeds: Valley Press", "1981", ""},
			{"Miners and Masters, 1850–1900", "Arthur Penrose", "University of Durham", "1972", ""},
			// The last work, printed without a year, is kept, not lost.
			{"The Lockout of 1926", "Ellen K. Marsh", "Essays in Coalfield History", "1986", "Box Files, Regional Labour Archive, Northfield Library."},
		})
	})
	t.Run("numbered notes with leads, pages, joined works and short notes", func(t *testing.T) {
		checkRecs(t, `Notes

1. Rhoda Venn, The Long Stoppage: Dockers in the 1970s (Liverpool: Mersey Press, 2011), 14.

2. Rhoda Venn, Harbour Lives (Liverpool: Mersey Press, 2015); Colm Arden, Cranes and Cargo (Belfast: Lagan Books, 2009).

3. On the pickets that held, see Ivo Kersh, Gate Eight: A Strike Remembered (Hull: Humber Books, 2018), chap. 2.

4. Venn, Long Stoppage, 88.

5. See also Ada Quill, Ben Quill, and Cy Moss, eds., Voices from the Quay (London: Wharf Press, 2020).`, []rec{
			{"The Long Stoppage: Dockers in the 1970s", "Rhoda Venn", "Liverpool: Mersey Press", "2011", ""},
			{"Harbour Lives", "Rhoda Venn", "Liverpool: Mersey Press", "2015", ""},
			{"Cranes and Cargo", "Colm Arden", "Belfast: Lagan Books", "2009", ""},
			{"Gate Eight: A Strike Remembered", "Ivo Kersh", "Hull: Humber Books", "2018", ""},
			{"Long Stoppage", "Venn", "", "", ""},
			{"Voices from the Quay", "Ada Quill; Ben Quill; Cy Moss", "London: Wharf Press", "2020", ""},
		})
	})
	t.Run("Harvard with commas before the publisher, editors and a body as author", func(t *testing.T) {
		checkRecs(t, `References

Dale, T. and Pryce, M. (2004) Coal and Community: The South Wales Valleys after 1985, Cardiff, Dragon Books.

Pryce, M. (2012) Women of the Pits, 2nd edn, Swansea, Tawe Press.

Owen, R., Lake, S. and Hart, P. (eds) (1999) The Long Strike Remembered, London, Wharf Press.

Regional Mining Museum for Wales (n.d.) Oral Histories of the Strike [Online]. Available at https://example.org/oral-histories (Accessed 3 May 2026).`, []rec{
			{"Coal and Community: The South Wales Valleys after 1985", "Dale, T.; Pryce, M.", "Dragon Books", "2004", ""},
			{"Women of the Pits", "Pryce, M.", "Tawe Press", "2012", ""},
			{"The Long Strike Remembered", "Owen, R.; Lake, S.; Hart, P.", "Wharf Press", "1999", ""},
			{"Oral Histories of the Strike", "Regional Mining Museum for Wales", "", "", ""},
		})
	})
}

func TestArchiveCatalogueDates(t *testing.T) {
	t.Run("item dates after the title, numeric or approximate, under kind labels", func(t *testing.T) {
		checkRecs(t, `Results 1 - 4 of 212

Item
Dockers on the picket line at Pier 9, 3/21/1936
From: Series: Waterfront Photographs, 1930 - 1950
Record Group 12: Records of the Maritime Labor Board, 1925 - 1970
Regional Archives at Seattle - Still Pictures
NAID: 4410021

File Unit
Cannery strike, Monterey, California, 1938
From: Series: Waterfront Photographs, 1930 - 1950
Record Group 12: Records of the Maritime Labor Board, 1925 - 1970
Regional Archives at Seattle - Still Pictures
NAID: 4410388

Item
Strikers' soup kitchen, Seattle, ca. 1930s
From: Series: Waterfront Photographs, 1930 - 1950
Record Group 12: Records of the Maritime Labor Board, 1925 - 1970
Regional Archives at Seattle - Still Pictures
NAID: 4410502

Item
Mass meeting at the union hall, 11/02/1934
From: Series: Waterfront Photographs, 1930 - 1950
Record Group 12: Records of the Maritime Labor Board, 1925 - 1970
Regional Archives at Seattle - Still Pictures
NAID: 4410517`, []rec{
			{"Dockers on the picket line at Pier 9", "", "", "1936-03-21", ""},
			{"Cannery strike, Monterey, California", "", "", "1938", ""},
			{"Strikers' soup kitchen, Seattle", "", "", "", ""},
			{"Mass meeting at the union hall", "", "", "1934-11-02", ""},
		})
	})
	t.Run("a dating field: first year of a span, undated, a decade", func(t *testing.T) {
		checkRecs(t, `Sökresultat: 4 träffar

Serie
Strejken vid sågverken
Referenskod: SE/ABC/100/F 1
Datering: 1931 - 1933
Arkivinstitution: Regionarkivet

Volym
Protokoll från strejkkommittén
Referenskod: SE/ABC/100/A 2
Datering: odaterad
Arkivinstitution: Regionarkivet

Volym
Pressklipp om sågverksstrejken
Referenskod: SE/ABC/100/Ö 3
Datering: 1932
Arkivinstitution: Regionarkivet

Arkiv
Sågverksarbetarnas fackförening
Referenskod: SE/ABC/200
Datering: 1920-talet - 1970
Arkivinstitution: Regionarkivet`, []rec{
			{"Strejken vid sågverken", "", "", "1931", ""},
			{"Protokoll från strejkkommittén", "", "", "", ""},
			{"Pressklipp om sågverksstrejken", "", "", "1932", ""},
			{"Sågverksarbetarnas fackförening", "", "", "", ""},
		})
	})
}

func TestUserPostsAndYearlessDates(t *testing.T) {
	now := time.Date(2026, 5, 20, 12, 0, 0, 0, time.UTC)
	t.Run("user names above dates printed without their year", func(t *testing.T) {
		checkRecsAt(t, `Pinned
Board rules: read before posting
Forum_Admin
2 January 2019 at 9:00AM
3 replies · 12.5K views
Latest: Forum_Admin · 2 January 2019

Can my employer stop me joining a union at a new job?
dockside_kate
18 May at 7:21PM
14 replies · 1.2K views
Latest: Ferryman · 19 May at 9:10AM

Overtime ban and holiday pay – what counts?
joe_grafter77
12 May at 10:44AM
6 replies · 540 views
Latest: sandy · 13 May at 6:02PM

Strike ballot turnout thresholds explained
Pat Liddell for Union Voice
3 May at 3:17PM
22 replies · 2.9K views
Latest: Undervalued · 4 May at 11:58PM`, now, []rec{
			{"Board rules: read before posting", "Forum_Admin", "", "2019-01-02", ""},
			{"Can my employer stop me joining a union at a new job?", "dockside_kate", "", "2026-05-18", ""},
			{"Overtime ban and holiday pay – what counts?", "joe_grafter77", "", "2026-05-12", ""},
			{"Strike ballot turnout thresholds explained", "Pat Liddell", "", "2026-05-03", ""},
		})
	})
	t.Run("names below the date, tag rows and counters", func(t *testing.T) {
		checkRecsAt(t, `12 votes
2 answers
310 views
Why did the seamen's union split in 1911?
Accounts differ on whether the split was over money or over tactics.
maritime-history trade-unions 20th-century
asked May 14 at 21:03
h_okonkwo
2,904

4 votes
1 answer
77 views
Were miners paid for travel time underground before 1950?
I have found both answers in different coalfields.
mining labor-history wages
asked May 3 at 8:47
user5521
211

9 votes
3 answers
1k views
How were strike benefits paid out in the 1890s?
Did unions pay per head or per household?
labor-history strikes 19th-century
asked Dec 2, 2024 at 15:12
Rosa Lind
1,021`, now, []rec{
			{"Why did the seamen's union split in 1911?", "h_okonkwo", "", "2026-05-14", "Accounts differ on whether the split was over money or over tactics."},
			{"Were miners paid for travel time underground before 1950?", "user5521", "", "2026-05-03", "I have found both answers in different coalfields."},
			{"How were strike benefits paid out in the 1890s?", "Rosa Lind", "", "2024-12-02", "Did unions pay per head or per household?"},
		})
	})
	t.Run("without a time of copying, a year-less date has none", func(t *testing.T) {
		got := parseRecs(t, `Dock strike enters its second week at the port
Ferry_Watcher
18 May at 7:21PM

Harbour pilots vote to join the stoppage today
lina_k
17 May at 10:44AM

Port authority asks for talks with both unions
tugboat_tom
16 May at 3:17PM`)
		for _, r := range got {
			if r.date != "" {
				t.Errorf("%q dated %s with no time of copying", r.title, r.date)
			}
		}
	})
}

func TestSearchResultsAndCredits(t *testing.T) {
	t.Run("results under their site's name, with address crumbs", func(t *testing.T) {
		checkRecs(t, `Labour Archive Wiki
wiki.example.org › wiki › Pit_strike_1972
Pit strike of 1972 - Labour Archive Wiki
March 3, 2024 - The 1972 pit strike was the first national coal strike since 1926.

Workers' Rights Watch
www.wrw.example › report › 2019 › dock-wages
Docks and Wages: Pay on the Northern Waterfront | WRW
June 10, 2019 - This report documents pay and hours on the northern docks.

People also ask
Why did the miners strike in 1972?
How long did the 1972 strike last?

Coalfield Voices Online
coalfieldvoices.example › stories › the-long-winter
The long winter of the pit villages | Coalfield Voices Online
3 weeks ago - Miners' wives recall the months without wages and the soup kitchens that kept the village going.

Union Review
www.unionreview.example › en › analysis › pit-closures
Pit closures and the end of a community | Union Review
August 24, 2011 - Fifty years of closures have left the coalfield without its largest employer.

Harbour Post
harbourpost.example › news › dockers-vote
Dockers vote to strike over pensions | Harbour Post
Dockers at the northern terminal have voted by a large margin to strike.`, []rec{
			{"Pit strike of 1972", "", "Labour Archive Wiki", "2024-03-03", "The 1972 pit strike was the first national coal strike since 1926."},
			{"Docks and Wages: Pay on the Northern Waterfront", "", "Workers' Rights Watch", "2019-06-10", "This report documents pay and hours on the northern docks."},
			{"The long winter of the pit villages", "", "Coalfield Voices Online", "", "Miners' wives recall the months without wages and the soup kitchens that kept the village going."},
			{"Pit closures and the end of a community", "", "Union Review", "2011-08-24", "Fifty years of closures have left the coalfield without its largest employer."},
			{"Dockers vote to strike over pensions", "", "Harbour Post", "", "Dockers at the northern terminal have voted by a large margin to strike."},
		})
	})
	t.Run("credit lines: writers, contributors, speakers, agencies", func(t *testing.T) {
		checkRecs(t, `Reading list

Strike at the Mill
Rosa Hale (Author), Tom Reed (Illustrator)
Paperback · $18.00
A history of the 1912 mill strike told through its songs.
Add to cart

Voices of the Yard
Ada Finch (Editor), Bo Lind (Editor)
Paperback · $21.50
Shipyard workers remember the last launch.
Add to cart

The Docks Remember
Kit Moss (Author)
Hardcover · $30.00
An oral history of the waterfront before containers.
Add to cart`, []rec{
			{"Strike at the Mill", "Rosa Hale", "", "", "A history of the 1912 mill strike told through its songs."},
			{"Voices of the Yard", "Ada Finch; Bo Lind", "", "", "Shipyard workers remember the last launch."},
			{"The Docks Remember", "Kit Moss", "", "", "An oral history of the waterfront before containers."},
		})
		checkRecs(t, `FEATURES
12 November 2026
The couriers of the night shift
Riders say their pay per order has halved in three years.
Words: Lena Ward · Photos: Omar Diaz

FEATURES
3 November 2026
A winter on the ore trains
Drivers on the northern line describe the longest shifts of the year.
Words and photos: Piet Aalto

HISTORY
20 October 2026
The mill girls' walkout, remembered
Words: Mona Ek`, []rec{
			{"The couriers of the night shift", "Lena Ward", "", "2026-11-12", "Riders say their pay per order has halved in three years."},
			{"A winter on the ore trains", "Piet Aalto", "", "2026-11-03", "Drivers on the northern line describe the longest shifts of the year."},
			{"The mill girls' walkout, remembered", "Mona Ek", "", "2026-10-20", ""},
		})
	})
	t.Run("outlets and ages on an aggregator's cards, writers with agencies", func(t *testing.T) {
		checkRecs(t, `The Guardian • 3h
Baristas' union and coffee chain agree a framework contract
The agreement still needs a ratification vote.

Daily Herald • 7h
Battery plant workers file for a union election
Most of the plant's workers have signed cards.

Evening Post • 2d
Crane drivers walk out at the container terminal
The stoppage began at the start of the night shift.`, []rec{
			{"Baristas' union and coffee chain agree a framework contract", "", "The Guardian", "", "The agreement still needs a ratification vote."},
			{"Battery plant workers file for a union election", "", "Daily Herald", "", "Most of the plant's workers have signed cards."},
			{"Crane drivers walk out at the container terminal", "", "Evening Post", "", "The stoppage began at the start of the night shift."},
		})
		checkRecs(t, `Rail strike halts trains for a third day
By Marta Silva with Reuters
Published on 12/03/2026 - 14:05

Port workers march in the capital
By Jon Berg with AFP
Published on 10/03/2026 - 09:30

Cabin crew announce a summer strike
By Ana Costa
Published on 08/03/2026 - 18:20`, []rec{
			{"Rail strike halts trains for a third day", "Marta Silva; Reuters", "", "2026-03-12", ""},
			{"Port workers march in the capital", "Jon Berg; AFP", "", "2026-03-10", ""},
			{"Cabin crew announce a summer strike", "Ana Costa", "", "2026-03-08", ""},
		})
	})
}
