package listing_test

import "testing"

// Layouts met in session 27's working sets: each fixture is written for
// the rule it tests.
func TestDigestCreditsInBrackets(t *testing.T) {
	t.Run("a newsletter credits each story to its outlet and writers, and appeals under a rule", func(t *testing.T) {
		checkRecs(t, `STRIKE ROUNDUP

**Bakery drivers in Leeds walk out over new rotas** (Yorkshire Post by Hannah Crane)
The drivers say the rotas add two unpaid hours to every shift.

**Care workers vote to strike in Fife** (The Courier)
Unison members rejected a pay offer of 3 per cent.

**Library staff ballot for action** (Morning Star by Ian Ross & Maya Patel)
Staff at eleven branches say cuts have left them working alone.

--
This roundup is free for everyone. If it helps you, please chip in.
[Donate]
--
ELSEWHERE

**Port cleaners win living wage** (Liverpool Echo)
The cleaners had been paid the minimum wage for a decade.`, []rec{
			{"Bakery drivers in Leeds walk out over new rotas", "Hannah Crane", "Yorkshire Post", "", "The drivers say the rotas add two unpaid hours to every shift."},
			{"Care workers vote to strike in Fife", "", "The Courier", "", "Unison members rejected a pay offer of 3 per cent."},
			{"Library staff ballot for action", "Ian Ross; Maya Patel", "Morning Star", "", "Staff at eleven branches say cuts have left them working alone."},
			{"Port cleaners win living wage", "", "Liverpool Echo", "", "The cleaners had been paid the minimum wage for a decade."},
		})
	})
}
