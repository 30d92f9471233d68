package listing_test

import "testing"

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
