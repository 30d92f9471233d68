package listing_test

import "testing"

// Layouts of mailing-list digests and reference lists copied from PDFs:
// each fixture is written for the rule it tests.
func TestDigestsAndWrappedReferences(t *testing.T) {
	t.Run("a mailing list's digest: headers over each message's body", func(t *testing.T) {
		checkRecs(t, `Date:    Tue, 4 Feb 2025 08:10:00 +0000
From:    Ruth Kerr <[log in to unmask]>
Subject: CFP: Seafarers and their unions (Cardiff, 12-13 June 2025)

Dear colleagues,

Papers are welcome on seafarers' unions between the wars.

Send abstracts by 1 March.

Best wishes,
Ruth

--
Dr Ruth Kerr
Reader in Maritime History
------------------------------

Date:    Tue, 4 Feb 2025 11:32:00 +0000
From:    "Okoye, Daniel" <d.okoye@example.ac.uk>
Subject: Re: CFP: Seafarers and their unions

Would a paper on Lagos dockers fit?

> Papers are welcome on seafarers' unions between the wars.
Daniel Okoye
------------------------------

Date:    Wed, 5 Feb 2025 09:00:00 +0000
From:    Miners and Quarrymen Study Group <[log in to unmask]>
Subject: Seminar: Slate strikes, 1896-1903

Our next seminar looks at the Penrhyn lockout and its songs.

All welcome.
------------------------------`, []rec{
			{"CFP: Seafarers and their unions (Cardiff, 12-13 June 2025)", "Ruth Kerr", "", "2025-02-04", "Papers are welcome on seafarers' unions between the wars. Send abstracts by 1 March."},
			{"Re: CFP: Seafarers and their unions", "Daniel Okoye", "", "2025-02-04", "Would a paper on Lagos dockers fit?"},
			{"Seminar: Slate strikes, 1896-1903", "Miners and Quarrymen Study Group", "", "2025-02-05", "Our next seminar looks at the Penrhyn lockout and its songs. All welcome."},
		})
	})
	t.Run("an author-date reference list a PDF broke over lines, with page numbers between", func(t *testing.T) {
		checkRecs(t, `References

Adeyemi, K. (2004). Railwaymen and the general strike of 1945 in colonial Lagos.
Ibadan: University Press.

Brown, T., & Hollis, P. (2016). Pit villages after the closures: Memory, loss and
work, 1985–2010. London: Merlin.

Workers' Education Board. (2019). Report on apprenticeships in the building trades. Leeds: Board of
Trade & Industry.

113

Carter, E. (2011). Night shifts and the law in the Sheffield steel works, 1900–1914. Northern
History, 48(2), 211–236.

Doyle, M. (2008). The dockers of Dublin, 1907–1913 (Doctoral dissertation). Trinity College,
Dublin.`, []rec{
			{"Railwaymen and the general strike of 1945 in colonial Lagos", "Adeyemi, K.", "Ibadan: University Press", "2004", ""},
			{"Pit villages after the closures: Memory, loss and work, 1985–2010", "Brown, T.; Hollis, P.", "London: Merlin", "2016", ""},
			{"Report on apprenticeships in the building trades", "Workers' Education Board", "Leeds: Board of Trade & Industry", "2019", ""},
			{"Night shifts and the law in the Sheffield steel works, 1900–1914", "Carter, E.", "Northern History", "2011", ""},
			{"The dockers of Dublin, 1907–1913", "Doyle, M.", "Trinity College, Dublin", "2008", ""},
		})
	})
}
