package listing_test

import (
	"testing"
	"time"
)

// Layouts met in session 28's working sets: each fixture is written for
// the rule it tests.
func TestNewsstandResults(t *testing.T) {
	t.Run("each story under its paper's name and issue, a section and the reporter in capitals", func(t *testing.T) {
		checkRecs(t, `Yorkshire Evening Post
Friday, 7 Mar 2025
News
Bin crews vote to strike over pay
HARRIET LOWE
Refuse collectors in Leeds backed action by a margin of nine to one...
Listen

Halifax Courier
Thursday, 6 Mar 2025
Mill museum marks centenary of weavers' stoppage
Volunteers have gathered letters written by strikers' families...
Listen

The Star
Wednesday, 5 Mar 2025
Business
Steelworks apprentices taken on after campaign
DANIEL OKAFOR
Twelve apprentices who feared losing their places have been offered contracts...
Listen

Wakefield Express
Tuesday, 4 Mar 2025
Pit village remembers 1984 picket
PA
Former miners gathered at the welfare hall for an evening of songs...
Listen`, []rec{
			{"Bin crews vote to strike over pay", "HARRIET LOWE", "Yorkshire Evening Post", "2025-03-07", "Refuse collectors in Leeds backed action by a margin of nine to one"},
			{"Mill museum marks centenary of weavers' stoppage", "", "Halifax Courier", "2025-03-06", "Volunteers have gathered letters written by strikers' families"},
			{"Steelworks apprentices taken on after campaign", "DANIEL OKAFOR", "The Star", "2025-03-05", "Twelve apprentices who feared losing their places have been offered contracts"},
			{"Pit village remembers 1984 picket", "PA", "Wakefield Express", "2025-03-04", "Former miners gathered at the welfare hall for an evening of songs"},
		})
	})
	t.Run("a site's own sections over the dates are no outlets", func(t *testing.T) {
		checkRecs(t, `Nation
12 March 2025
Estate workers still paid below minimum wage
The union says deductions push take-home pay under the floor.

Nation
11 March 2025
Cleaners protest late salary payments
Hospital cleaners say they were paid three weeks late.

Business
10 March 2025
Employers want more time to absorb wage rise
Small manufacturers face higher labour costs this year.

Nation
9 March 2025
Explainer: how the minimum wage is decided
A council reviews the rate every two years.`, []rec{
			{"Estate workers still paid below minimum wage", "", "", "2025-03-12", "The union says deductions push take-home pay under the floor."},
			{"Cleaners protest late salary payments", "", "", "2025-03-11", "Hospital cleaners say they were paid three weeks late."},
			{"Employers want more time to absorb wage rise", "", "", "2025-03-10", "Small manufacturers face higher labour costs this year."},
			{"Explainer: how the minimum wage is decided", "", "", "2025-03-09", "A council reviews the rate every two years."},
		})
	})
}

func TestOutletDateCredits(t *testing.T) {
	t.Run("each story's paper and date under its headline", func(t *testing.T) {
		checkRecs(t, `Dock Workers Reject Revised Pay Offer
Coastal Times, 18 March 2025
The union says the offer does not cover night-shift allowances.

Rail Cleaners Win Back Pay After Tribunal
Metro Newsroom, 17 March 2025
Cleaners on the northern line will receive six months of arrears.

Garment Workers Stage Sit-In
Reuters, 14 March 2025
About 400 workers occupied the factory canteen on Friday.

Bus Drivers Suspend Strike Over Fuel Prices
Evening Herald, 12 March 2025
Talks with the transport ministry will resume on Monday.`, []rec{
			{"Dock Workers Reject Revised Pay Offer", "", "Coastal Times", "2025-03-18", "The union says the offer does not cover night-shift allowances."},
			{"Rail Cleaners Win Back Pay After Tribunal", "", "Metro Newsroom", "2025-03-17", "Cleaners on the northern line will receive six months of arrears."},
			{"Garment Workers Stage Sit-In", "", "Reuters", "2025-03-14", "About 400 workers occupied the factory canteen on Friday."},
			{"Bus Drivers Suspend Strike Over Fuel Prices", "", "Evening Herald", "2025-03-12", "Talks with the transport ministry will resume on Monday."},
		})
	})
	t.Run("a page of reporters' names and dates keeps them as authors", func(t *testing.T) {
		checkRecs(t, `Dock Workers Reject Revised Pay Offer
Maria Lopez, 18 March 2025
The union says the offer does not cover night-shift allowances.

Rail Cleaners Win Back Pay After Tribunal
Tom Becker, 17 March 2025
Cleaners on the northern line will receive six months of arrears.

Garment Workers Stage Sit-In
Anjali Rao, 14 March 2025
About 400 workers occupied the factory canteen on Friday.`, []rec{
			{"Dock Workers Reject Revised Pay Offer", "Maria Lopez", "", "2025-03-18", "The union says the offer does not cover night-shift allowances."},
			{"Rail Cleaners Win Back Pay After Tribunal", "Tom Becker", "", "2025-03-17", "Cleaners on the northern line will receive six months of arrears."},
			{"Garment Workers Stage Sit-In", "Anjali Rao", "", "2025-03-14", "About 400 workers occupied the factory canteen on Friday."},
		})
	})
}

func TestOutletUnderTeaser(t *testing.T) {
	t.Run("a news aggregator prints the outlet under the teaser, over the time", func(t *testing.T) {
		checkRecs(t, `Водители трамваев в Перми отказались выходить на смену
Профсоюз заявил, что долг по зарплате превысил 12 млн рублей.
Пермь Онлайн
2 часа назад
Ещё 4 источника

Грузчики порта в Находке провели забастовку
Рабочие требуют оплатить ночные смены по двойному тарифу.
Коммерсантъ FM
вчера в 18:40
Ещё 7 источников

Рабочие завода в Ижевске пожаловались на задержку премий
Администрация обещает выплатить долг до конца месяца.
Сусанин
10 марта 2025
Ещё 2 источника`, []rec{
			{"Водители трамваев в Перми отказались выходить на смену", "", "Пермь Онлайн", "", "Профсоюз заявил, что долг по зарплате превысил 12 млн рублей."},
			{"Грузчики порта в Находке провели забастовку", "", "Коммерсантъ FM", "", "Рабочие требуют оплатить ночные смены по двойному тарифу."},
			{"Рабочие завода в Ижевске пожаловались на задержку премий", "", "Сусанин", "2025-03-10", "Администрация обещает выплатить долг до конца месяца."},
		})
	})
	t.Run("a writer's name in capitals there is the author", func(t *testing.T) {
		checkRecs(t, `Tram drivers in Leeds refuse overtime
The union says rotas have left crews working twelve-hour days.
HANNAH CRANE
12 March 2025

Port loaders stage night-shift walkout
Workers want night shifts paid at double time.
DANIEL OKAFOR
11 March 2025

Bakery staff win back pay after tribunal
The employer must pay six months of arrears.
MAYA PATEL
10 March 2025`, []rec{
			{"Tram drivers in Leeds refuse overtime", "HANNAH CRANE", "", "2025-03-12", "The union says rotas have left crews working twelve-hour days."},
			{"Port loaders stage night-shift walkout", "DANIEL OKAFOR", "", "2025-03-11", "Workers want night shifts paid at double time."},
			{"Bakery staff win back pay after tribunal", "MAYA PATEL", "", "2025-03-10", "The employer must pay six months of arrears."},
		})
	})
}

func TestYearlessDatesOverAnOlderYear(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	t.Run("a news list's days without a year run back to an older entry's full date", func(t *testing.T) {
		checkRecsAt(t, `Nurses vote to accept pay deal
Mar 4

Fish harvesters keep boats tied up
Feb 27

Warehouse temps say overtime went unpaid
Jan 9

Grain handlers strike at the port
Dec 18, 2024`, now, []rec{
			{"Nurses vote to accept pay deal", "", "", "2025-03-04", ""},
			{"Fish harvesters keep boats tied up", "", "", "2025-02-27", ""},
			{"Warehouse temps say overtime went unpaid", "", "", "2025-01-09", ""},
			{"Grain handlers strike at the port", "", "", "2024-12-18", ""},
		})
	})
	t.Run("an events page's days run forward", func(t *testing.T) {
		checkRecsAt(t, `Pit pony trail
Apr 14

Miners' gala talk
Apr 20

Banner-making workshop
May 3, 2026`, now, []rec{
			{"Pit pony trail", "", "", "2026-04-14", ""},
			{"Miners' gala talk", "", "", "2026-04-20", ""},
			{"Banner-making workshop", "", "", "2026-05-03", ""},
		})
	})
}

func TestNewsRiverCredits(t *testing.T) {
	t.Run("each headline under its writers and outlet, closed by a colon; an outlet alone credits a story", func(t *testing.T) {
		checkRecs(t, `Priya Natarajan / The Guardian:
Care workers in Wales win sector-wide pay deal
— The agreement covers about 60,000 staff and takes effect in April.
Discussion: Nation.Cymru, WalesOnline and Morning Star

Associated Press:
Grain elevator workers strike at three Great Lakes ports
— The walkout halted loading at Duluth, Thunder Bay and Toledo.

Omar Haddad and Lena Fischer / Financial Times:
Steelmaker agrees to keep blast furnace open until 2027
— Unions had warned that 2,800 jobs were at risk.
More: BBC, Sky News and The Times`, []rec{
			{"Care workers in Wales win sector-wide pay deal", "Priya Natarajan", "The Guardian", "", "The agreement covers about 60,000 staff and takes effect in April."},
			{"Grain elevator workers strike at three Great Lakes ports", "", "Associated Press", "", "The walkout halted loading at Duluth, Thunder Bay and Toledo."},
			{"Steelmaker agrees to keep blast furnace open until 2027", "Omar Haddad; Lena Fischer", "Financial Times", "", "Unions had warned that 2,800 jobs were at risk."},
		})
	})
}

func TestMedicalIndexResults(t *testing.T) {
	t.Run("title, Vancouver authors and the journal's citation in NLM style, each on its line", func(t *testing.T) {
		checkRecs(t, `Search results
Items: 31 to 33 of 212

31
Cite
Share
Hearing loss among shipyard workers in Gdansk: a cohort study
Nowak AB, Wisniewski T, Lee J.
Int J Audiol. 2021 Sep 14;60(9):701-709. doi: 10.1000/ija.2021.0001
PMID: 31234567
Workers exposed for more than ten years had twice the rate of hearing loss.

32
Cite
Share
Dust exposure and the 1972 miners' strike: an oral history
Okafor EN.
Occup Hist Rev. 1998;12(2):45-61.
PMID: 9876543

33
Cite
Share
Heat stress among agricultural labourers in Andalusia
Ruiz P, Marin LM.
Scand J Work Environ Health. 2017 Jul-Aug;43(4):312-320.
PMID: 28123456
Free PMC article.`, []rec{
			{"Hearing loss among shipyard workers in Gdansk: a cohort study", "Nowak AB; Wisniewski T; Lee J", "Int J Audiol", "2021-09-14", "Workers exposed for more than ten years had twice the rate of hearing loss."},
			{"Dust exposure and the 1972 miners' strike: an oral history", "Okafor EN", "Occup Hist Rev", "1998", ""},
			{"Heat stress among agricultural labourers in Andalusia", "Ruiz P; Marin LM", "Scand J Work Environ Health", "2017", ""},
		})
	})
}

func TestOutletsUnderDates(t *testing.T) {
	t.Run("a union's press coverage: writer, date, then the outlet before the teaser", func(t *testing.T) {
		checkRecs(t, `Bakery Drivers Win Back Pay After Two-Year Fight
Hannah Crane
March 9, 2025
Morning Star

The drivers say the settlement covers every unpaid hour since 2023.

Read the full article
________________________________________

Care Workers in Fife Vote to Strike
Ian Ross
March 8, 2025
The Courier

Unison members rejected a pay offer of three per cent.

Read the full article
________________________________________

Library Staff Ballot for Action
Maya Patel
March 7, 2025
Tribune

Staff at eleven branches say cuts have left them working alone.

Read the full article`, []rec{
			{"Bakery Drivers Win Back Pay After Two-Year Fight", "Hannah Crane", "Morning Star", "2025-03-09", "The drivers say the settlement covers every unpaid hour since 2023."},
			{"Care Workers in Fife Vote to Strike", "Ian Ross", "The Courier", "2025-03-08", "Unison members rejected a pay offer of three per cent."},
			{"Library Staff Ballot for Action", "Maya Patel", "Tribune", "2025-03-07", "Staff at eleven branches say cuts have left them working alone."},
		})
	})
	t.Run("a date opening each block is over the headline", func(t *testing.T) {
		checkRecs(t, `Press releases

March 9, 2025
Dock Workers Union News

March 8, 2025
Times Change for Carers

March 7, 2025
Daily Post Cuts Explained

March 6, 2025
Pit Village Gala Returns`, []rec{
			{"Dock Workers Union News", "", "", "2025-03-09", ""},
			{"Times Change for Carers", "", "", "2025-03-08", ""},
			{"Daily Post Cuts Explained", "", "", "2025-03-07", ""},
			{"Pit Village Gala Returns", "", "", "2025-03-06", ""},
		})
	})
}
