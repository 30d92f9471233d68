package listing_test

import "testing"

// Layouts met in session 30's working sets: each fixture is written for
// the rule it tests.

// Where the teaser is optional and most entries lack it, the pattern
// with the teaser still fits every entry: the dates over the headlines
// open the entries, and none is shifted onto the headline before.
func TestOptionalTeaserPattern(t *testing.T) {
	checkRecs(t, `Press coverage
What the papers said about our members this spring.
12 March 2025
Dockers at Tilbury walk out over shift patterns
The stoppage halted two container berths for the day.
9 March 2025
Care workers win back pay after tribunal ruling
5 March 2025
Bus drivers in Leeds vote to accept pay offer
The deal adds six per cent over two years.
1 March 2025
Library staff protest at branch closures
26 February 2025
Teaching assistants ballot for industrial action
The union says workloads have grown since 2020.
20 February 2025
Refuse collectors return after six-week dispute
14 February 2025
Call centre staff join the union in record numbers`, []rec{
		{"Dockers at Tilbury walk out over shift patterns", "", "", "2025-03-12", "The stoppage halted two container berths for the day."},
		{"Care workers win back pay after tribunal ruling", "", "", "2025-03-09", ""},
		{"Bus drivers in Leeds vote to accept pay offer", "", "", "2025-03-05", "The deal adds six per cent over two years."},
		{"Library staff protest at branch closures", "", "", "2025-03-01", ""},
		{"Teaching assistants ballot for industrial action", "", "", "2025-02-26", "The union says workloads have grown since 2020."},
		{"Refuse collectors return after six-week dispute", "", "", "2025-02-20", ""},
		{"Call centre staff join the union in record numbers", "", "", "2025-02-14", ""},
	})
}

// A press review prints each story under its paper's name, and signs it
// at its end with the writer and the day: the paper's name under the
// signed line opens the next entry, though it follows a name.
func TestOutletUnderDatedByline(t *testing.T) {
	checkRecs(t, `Strikes
The Guardian
Nurses prepare for a second strike ballot
The largest health union has opened a new vote on action, the paper reports.
Denise Campbell — 18.03.2025
Le Monde
Le Havre dockers block the port for a third day
The protest against the pension reform has spread to the container terminals.
Claire Dubois — 17.03.2025
Süddeutsche Zeitung
German train drivers demand a 35-hour week
The drivers' union has set out new demands to the rail operator.
Mark Beise — 14.03.2025
Financial Times
Samsung faces its first open-ended strike
The chip maker's largest union has called an indefinite stoppage.
Song Jung-a — 06.03.2025`, []rec{
		{"Nurses prepare for a second strike ballot", "Denise Campbell", "The Guardian", "2025-03-18", "The largest health union has opened a new vote on action, the paper reports."},
		{"Le Havre dockers block the port for a third day", "Claire Dubois", "Le Monde", "2025-03-17", "The protest against the pension reform has spread to the container terminals."},
		{"German train drivers demand a 35-hour week", "Mark Beise", "Süddeutsche Zeitung", "2025-03-14", "The drivers' union has set out new demands to the rail operator."},
		{"Samsung faces its first open-ended strike", "Song Jung-a", "Financial Times", "2025-03-06", "The chip maker's largest union has called an indefinite stoppage."},
	})
}

// A teaser ending in a link word after its last sentence ("…пишет
// издание. Подробнее") is a teaser, however short.
func TestGluedLinkWordMakesTeaser(t *testing.T) {
	checkRecs(t, `Забастовки
The Guardian
Британские медсестры снова готовятся к забастовке
Профсоюз объявил о новом голосовании, пишет издание. Подробнее
18.03.2025
Le Monde
Докеры Гавра блокируют порт третий день
Протест перекинулся на портовые терминалы. Подробнее
17.03.2025
Süddeutsche Zeitung
Немецкие машинисты требуют 35-часовую неделю
Профсоюз выдвинул новые требования, передает газета. Подробнее
14.03.2025`, []rec{
		{"Британские медсестры снова готовятся к забастовке", "", "The Guardian", "2025-03-18", "Профсоюз объявил о новом голосовании, пишет издание."},
		{"Докеры Гавра блокируют порт третий день", "", "Le Monde", "2025-03-17", "Протест перекинулся на портовые терминалы."},
		{"Немецкие машинисты требуют 35-часовую неделю", "", "Süddeutsche Zeitung", "2025-03-14", "Профсоюз выдвинул новые требования, передает газета."},
	})
}

// A broadcaster's tag page prints headline / writer / date / optional
// teaser, with no blank lines. The entries open with their headlines: a
// split opening them with the writers leaves the first headline in the
// page's heading and shifts every name and date onto the headline above.
// And a headline saying "report to school" under a promotion's name is no
// writer's affiliation.
func TestHeadlineNameDateWithoutBlocks(t *testing.T) {
	page := func(promo, tail string) string {
		return `Tag: strike
Doctors’ strike enters its second week as the union rejects the offer
Wanjiku Mwangi
2 hours ago
Patients at public hospitals have been turned away as the strike continues.
Lecturers in public universities down tools over unpaid arrears
Brian Otieno
5 hours ago
` + promo + `Teachers say they will not report to school on Monday
Faith Chebet
Wednesday, March 5, 2025
The union said the commission had failed to honour the agreement.
Dock workers end go-slow after port agreement
Hassan Omar Juma
Monday, March 3, 2025
Tea pickers protest over harvesting machines
Faith Chebet
Friday, February 28, 2025
Workers say more than 2,000 jobs have been lost since the estates brought in harvesters.` + tail
	}
	want := []rec{
		{"Doctors’ strike enters its second week as the union rejects the offer", "Wanjiku Mwangi", "", "", "Patients at public hospitals have been turned away as the strike continues."},
		{"Lecturers in public universities down tools over unpaid arrears", "Brian Otieno", "", "", ""},
		{"Teachers say they will not report to school on Monday", "Faith Chebet", "", "2025-03-05", "The union said the commission had failed to honour the agreement."},
		{"Dock workers end go-slow after port agreement", "Hassan Omar Juma", "", "2025-03-03", ""},
		{"Tea pickers protest over harvesting machines", "Faith Chebet", "", "2025-02-28", "Workers say more than 2,000 jobs have been lost since the estates brought in harvesters."},
	}
	t.Run("a promotion between two entries", func(t *testing.T) {
		checkRecs(t, page("Citizen TV Live\nWatch now\n", ""), want)
	})
	t.Run("the last story unsigned", func(t *testing.T) {
		checkRecs(t, page("", "\nNurses’ union backs demand for risk allowance\nTuesday, February 25, 2025"),
			append(want, rec{"Nurses’ union backs demand for risk allowance", "", "", "2025-02-25", ""}))
	})
}

// A campaign's "In the media" list, pasted as HTML: each item prints its
// date, the headline linking out, and the outlet in italics after a dash.
func TestHTMLItalicOutletAfterDash(t *testing.T) {
	item := func(day, href, title, outlet, quote string) string {
		s := `<li class="media-item"><span class="date">` + day + `</span>
<a href="` + href + `">` + title + `</a> &ndash; <em>` + outlet + `</em>`
		if quote != "" {
			s += "\n<p class=\"quote\">" + quote + "</p>"
		}
		return s + "</li>\n"
	}
	page := "<h1>In the media</h1>\n<ul>\n" +
		item("11 March 2025", "https://news.example/a", "Garment workers owed millions after factory closures", "The Guardian", "Brands cannot walk away from stolen wages, campaigners said.") +
		item("4 March 2025", "https://news.example/b", "Wage protests turn deadly in the export zones", "Deutsche Welle", "") +
		item("26 February 2025", "https://news.example/c", "Brands still pay no living wage, survey finds", "de Volkskrant", "None of the twenty brands could show a living wage.") +
		item("18 February 2025", "https://news.example/d", "Textile workers left out of social security", "Business Standard", "") +
		"</ul>"
	checkRecs(t, page, []rec{
		{"Garment workers owed millions after factory closures", "", "The Guardian", "2025-03-11", "Brands cannot walk away from stolen wages, campaigners said."},
		{"Wage protests turn deadly in the export zones", "", "Deutsche Welle", "2025-03-04", ""},
		{"Brands still pay no living wage, survey finds", "", "de Volkskrant", "2025-02-26", "None of the twenty brands could show a living wage."},
		{"Textile workers left out of social security", "", "Business Standard", "2025-02-18", ""},
	})
}

// A forum's thread list: title / first line of the post / "Post ID | N
// replies | date". One thread's title runs two questions together and
// reads as prose; it stands where the other titles do, under the last
// thread's meta line, over its own first line.
func TestRunOnQuestionTitleInThreadList(t *testing.T) {
	checkRecs(t, `Boeing
Discussion about layoffs, strikes and the contract
Strike pay question for new hires
Started in September, do I get the full strike pay from the union or is there a probation period?
Post ID: @ae4kQzYpL | 6 replies | Mar 2, 2025
Vote on the latest offer: what are you doing?
Thirty-eight per cent over four years plus the match. I am voting yes this time.
Post ID: @ae4kPwZzA | 112 replies | Feb 28, 2025
SPEEA members should pay attention to this
The engineers' contract is up next year and management is already trying the same playbook.
Post ID: @ae4kKj0Hs | 41 replies | Feb 19, 2025
Anyone remember the 2008 strike? How long did it take to get back to normal OT
I was here for 2008, 57 days, and it took almost a year before overtime came back.
Post ID: @ae4jzt7Vq | 58 replies | Dec 12, 2024
Pension restoration is dead, accept it
They are never giving back the defined benefit plan. Stop holding out for it.
Post ID: @ae4jy2LmC | 204 replies | Nov 30, 2024`, []rec{
		{"Strike pay question for new hires", "", "", "2025-03-02", "Started in September, do I get the full strike pay from the union or is there a probation period?"},
		{"Vote on the latest offer: what are you doing?", "", "", "2025-02-28", "Thirty-eight per cent over four years plus the match. I am voting yes this time."},
		{"SPEEA members should pay attention to this", "", "", "2025-02-19", "The engineers' contract is up next year and management is already trying the same playbook."},
		{"Anyone remember the 2008 strike? How long did it take to get back to normal OT", "", "", "2024-12-12", "I was here for 2008, 57 days, and it took almost a year before overtime came back."},
		{"Pension restoration is dead, accept it", "", "", "2024-11-30", "They are never giving back the defined benefit plan. Stop holding out for it."},
	})
}
