package listing_test

import "testing"

// Layouts of working-paper searches, repository records, reading lists
// and news digests: each fixture is written for the rule it tests.
func TestPaperSearchesAndDigests(t *testing.T) {
	t.Run("a paper search with affiliations under each name and two dates", func(t *testing.T) {
		checkRecs(t, `Paper Exchange
Search Results
1 - 3 of 88 results

1.
Piece Rates and Shop-Floor Bargaining in Lancashire Cotton
Number of pages: 41 Posted: 03 Mar 2025
Agnes Whitcombe
University of Leeds - School of History
Tomas Brandt
Humboldt University Berlin
Date Written: January 12, 2025
We reconstruct piece-rate lists negotiated between weavers and mill owners from 1890 to 1914.

2.
Company Unions in the Steel Towns, 1919-1935
Number of pages: 30 Posted: 21 Feb 2025
Ruth Okafor
Ohio State University
Date Written: December 2024
Employee representation plans spread through the steel industry after the strike of 1919.

3.
The Eight-Hour Day in Interwar Sweden
Number of pages: 25 Posted: 02 Feb 2025
Lars Pettersson
Lund University
Date Written: November 5, 2024
Working hours fell sharply after the reform of 1919.`, []rec{
			{"Piece Rates and Shop-Floor Bargaining in Lancashire Cotton", "Agnes Whitcombe; Tomas Brandt", "", "2025-03-03", "We reconstruct piece-rate lists negotiated between weavers and mill owners from 1890 to 1914."},
			{"Company Unions in the Steel Towns, 1919-1935", "Ruth Okafor", "", "2025-02-21", "Employee representation plans spread through the steel industry after the strike of 1919."},
			{"The Eight-Hour Day in Interwar Sweden", "Lars Pettersson", "", "2025-02-02", "Working hours fell sharply after the reform of 1919."},
		})
	})
	t.Run("repository records with a report series and a thesis type over each", func(t *testing.T) {
		checkRecs(t, `Title: Minimum wages and the decline of wage councils
Authors: Hale, Robert; Ng, Mei
Year: 2023
Series/Report no.: Labour Economics Discussion Papers 311
Abstract: Wage councils set minimum rates in 26 trades until 1993.

Title: Shop stewards and productivity bargaining
Authors: Doyle, Frank
Year: 2022
Series/Report no.: Industrial Relations Working Paper Series WP-88

Title: Strike ballots after 1984
Authors: Price, Ellen
Year: 2021
Series/Report no.: Labour Economics Discussion Papers 290
Abstract: Postal ballots changed the timing of strikes.`, []rec{
			{"Minimum wages and the decline of wage councils", "Hale, Robert; Ng, Mei", "Labour Economics Discussion Papers", "2023", "Wage councils set minimum rates in 26 trades until 1993."},
			{"Shop stewards and productivity bargaining", "Doyle, Frank", "Industrial Relations Working Paper Series", "2022", ""},
			{"Strike ballots after 1984", "Price, Ellen", "Labour Economics Discussion Papers", "2021", "Postal ballots changed the timing of strikes."},
		})
		checkRecs(t, `Master Thesis
Dock work and casual labour in Halifax, 1900-1939
Morrison, Claire
2024-04-02
This thesis follows the hiring halls of the Halifax waterfront.

Doctoral Dissertation
Miners' wives and the 1925 strike in Cape Breton
MacLeod, Iain
2023-09-15
Women organised relief kitchens across the coal towns.

Master Thesis
The Amherst general strike of 1919
Bourque, Denise
2022-05-30
A small town's part in the strike wave.`, []rec{
			{"Dock work and casual labour in Halifax, 1900-1939", "Morrison, Claire", "", "2024-04-02", "This thesis follows the hiring halls of the Halifax waterfront."},
			{"Miners' wives and the 1925 strike in Cape Breton", "MacLeod, Iain", "", "2023-09-15", "Women organised relief kitchens across the coal towns."},
			{"The Amherst general strike of 1919", "Bourque, Denise", "", "2022-05-30", "A small town's part in the strike wave."},
		})
	})
	t.Run("a reading list one to a line under headings, in a page in blocks", func(t *testing.T) {
		checkRecs(t, `Harbour Heritage
Browse
Search

Topic: The waterfront lockout
by Moana Reid

Further reading
Books
Baird, Tom. The lockout of 1951. Wellington: Harbour Press, 1981.
Keane, Mary, and Joe Hill. Wharfies on the line. Auckland: Tide Books, 1999.
Ross, Ann. Strike and the city. Dunedin: Otago Press, 2004.
Tane, Huia. Port unions and the state. Wellington: Harbour Press, 2011.
Grey, Lois, ed. Voices from the wharf. Lyttelton: Quay Books, 2015.
Websites

How to cite this page:
Moana Reid, 'The waterfront lockout', Harbour Heritage (accessed 1 May 2025)`, []rec{
			{"The lockout of 1951", "Baird, Tom", "Wellington: Harbour Press", "1981", ""},
			{"Wharfies on the line", "Keane, Mary; Joe Hill", "Auckland: Tide Books", "1999", ""},
			{"Strike and the city", "Ross, Ann", "Dunedin: Otago Press", "2004", ""},
			{"Port unions and the state", "Tane, Huia", "Wellington: Harbour Press", "2011", ""},
			{"Voices from the wharf", "Grey, Lois", "Lyttelton: Quay Books", "2015", ""},
		})
	})
	t.Run("a digest crediting each outlet before the headline", func(t *testing.T) {
		checkRecs(t, `LOCAL

► In the Harbour Courier — Dockers vote to accept the new shift roster (by Jan Kowal)
Members of the port local voted 70% in favour of the roster after four months of talks.

► In the (Eastside) Evening Star — Bus drivers in the eastern depots set a strike date as pay talks break down
Drivers at three depots will walk out on Monday unless the operator improves its offer.

STATE

► From the Valley Ledger — Nurses win safe-staffing rules at county hospitals (by Rosa Lind)
The rules take effect in March and cover eleven hospitals.

► From Labour Review — Why the 1922 rail strike still matters (by Ben Ortiz)
A century on, the shopmen's strike shaped how unions bargain on the railways.`, []rec{
			{"Dockers vote to accept the new shift roster", "Jan Kowal", "Harbour Courier", "", "Members of the port local voted 70% in favour of the roster after four months of talks."},
			{"Bus drivers in the eastern depots set a strike date as pay talks break down", "", "Evening Star", "", "Drivers at three depots will walk out on Monday unless the operator improves its offer."},
			{"Nurses win safe-staffing rules at county hospitals", "Rosa Lind", "Valley Ledger", "", "The rules take effect in March and cover eleven hospitals."},
			{"Why the 1922 rail strike still matters", "Ben Ortiz", "Labour Review", "", "A century on, the shopmen's strike shaped how unions bargain on the railways."},
		})
	})
	t.Run("an event search with prices and venues", func(t *testing.T) {
		checkRecs(t, `Labour history events

Almost full
Walking Tour: The Dock Strike of 1889
Sat, 28 Nov, 11:00
Wapping Station · London
From £12.00
By Docklands Walks

Book Launch: The Matchwomen's Strike
Thu, 3 Dec, 18:30
Bishopsgate Library · London
Free
By Bishopsgate Library and Archives

Film Screening: Grunwick 50
Wed, 9 Dec, 19:00
Brent Civic Centre · Wembley
£5.00
By Brent Museum and Archives

Talk: Chartists in Clerkenwell
Sun, 6 Dec, 14:00
Clerkenwell Green · London
£10.00
By Radical Walks`, []rec{
			{"Walking Tour: The Dock Strike of 1889", "Docklands Walks", "", "", ""},
			{"Book Launch: The Matchwomen's Strike", "Bishopsgate Library and Archives", "", "", ""},
			{"Film Screening: Grunwick 50", "Brent Museum and Archives", "", "", ""},
			{"Talk: Chartists in Clerkenwell", "Radical Walks", "", "", ""},
		})
	})
	t.Run("a Harvard reference list with issue months and a corporate author", func(t *testing.T) {
		checkRecs(t, `ACAS. (2023) Collective conciliation: a guide. London: Acas.
HOLT, P. (2001) Shop stewards in the motor industry. Coventry: Midland Press.
BROWN, K. and WEST, L. (2020) Union voice after 2008. Work and Society. Vol 12, No 2, May. pp40-58.
GREEN, A. (2022) The return of the strike. People at Work. 14 September.`, []rec{
			{"Collective conciliation: a guide", "ACAS", "London: Acas", "2023", ""},
			{"Shop stewards in the motor industry", "HOLT, P.", "Coventry: Midland Press", "2001", ""},
			{"Union voice after 2008", "BROWN, K.; WEST, L.", "Work and Society", "2020-05", ""},
			{"The return of the strike", "GREEN, A.", "People at Work", "2022-09-14", ""},
		})
	})
	t.Run("parliamentary search hits with the speaker's seat and party", func(t *testing.T) {
		checkRecs(t, `Employment Bill: Union Recognition
Commons debates · 12 Nov 2025
Alan Wood (Blyth Valley, Labour)
…every right we enjoy at work was won by a trade union…

Centenary of the General Strike
Lords debates · 4 May 2025
Baroness Hart (Labour)
My Lords, one hundred years ago this week the miners came out…

Orgreave: Inquiry
Westminster Hall debates · 18 Mar 2025
Jon Trent (Normanton, Labour)
…the events at Orgreave remain an open wound…`, []rec{
			{"Employment Bill: Union Recognition", "Alan Wood", "Commons debates", "2025-11-12", "every right we enjoy at work was won by a trade union"},
			{"Centenary of the General Strike", "Baroness Hart", "Lords debates", "2025-05-04", "My Lords, one hundred years ago this week the miners came out"},
			{"Orgreave: Inquiry", "Jon Trent", "Westminster Hall debates", "2025-03-18", "the events at Orgreave remain an open wound"},
		})
	})
	t.Run("a site menu one word to a line over a reading list", func(t *testing.T) {
		checkRecs(t, `Harbour Labour Museum
Visit
Collections
Events
Shop
Donate

Further reading
Baird, Tom. The Lockout of 1951. Harbour Press, 1981.
Keane, Mary. Wharfies on the Line. Tide Books, 1999.
Ross, Ann. Strike and the City. Otago Press, 2004.
Tane, Huia. Port Unions and the State. Harbour Press, 2011.

Contact
Opening hours`, []rec{
			{"The Lockout of 1951", "Baird, Tom", "Harbour Press", "1981", ""},
			{"Wharfies on the Line", "Keane, Mary", "Tide Books", "1999", ""},
			{"Strike and the City", "Ross, Ann", "Otago Press", "2004", ""},
			{"Port Unions and the State", "Tane, Huia", "Harbour Press", "2011", ""},
		})
	})
	t.Run("an Indonesian tag page with kickers, Oleh bylines, a Sumber credit and relative dates", func(t *testing.T) {
		checkRecs(t, `Tag: buruh

Ekonomi
Serikat Buruh Tuntut Kenaikan Upah Minimum
Konfederasi buruh menilai kenaikan upah harus mengejar inflasi.
Oleh: Rina Wulandari
3 jam yang lalu

Sosial
Sejarah Mogok Buruh Kereta Api 1923
Pemogokan itu melumpuhkan jalur kereta di Jawa selama berminggu-minggu.
Oleh: Bayu Santoso
17 Nov 2025 09:15 WIB

Politik
Partai Buruh Gelar Aksi di Depan DPR
Oleh: Sari Dewi & Eko Prasetyo
15 Nov 2025 20:02 WIB

Ekonomi
Pekerja Pabrik Tekstil Tolak PHK Massal
Sumber: Antara
10 Nov 2025 11:05 WIB

Muat lebih banyak

Copyright © 2025 Contoh Media - All rights reserved.`, []rec{
			{"Serikat Buruh Tuntut Kenaikan Upah Minimum", "Rina Wulandari", "", "", "Konfederasi buruh menilai kenaikan upah harus mengejar inflasi."},
			{"Sejarah Mogok Buruh Kereta Api 1923", "Bayu Santoso", "", "2025-11-17", "Pemogokan itu melumpuhkan jalur kereta di Jawa selama berminggu-minggu."},
			{"Partai Buruh Gelar Aksi di Depan DPR", "Sari Dewi; Eko Prasetyo", "", "2025-11-15", ""},
			{"Pekerja Pabrik Tekstil Tolak PHK Massal", "", "Antara", "2025-11-10", ""},
		})
	})
	t.Run("a Japanese table of contents with the ideographic space between title and author", func(t *testing.T) {
		checkRecs(t, "労働史研究所\nホーム\n刊行物\n\n労働史研究 第12号\n目次\n\n【論文】\n"+
			"炭鉱争議と地域社会\u3000山田 太郎\u3000[PDF]\n"+
			"国鉄労働運動の形成\u3000田中 花子\u3000[PDF]\n"+
			"【書評】\n"+
			"戦後労働組合運動史\u3000評者：鈴木 一郎\u3000[PDF]\n", []rec{
			{"炭鉱争議と地域社会", "山田 太郎", "", "", ""},
			{"国鉄労働運動の形成", "田中 花子", "", "", ""},
			{"戦後労働組合運動史", "鈴木 一郎", "", "", ""},
		})
	})
}
