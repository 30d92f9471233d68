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
	t.Run("a show's name printed under every episode is its source; the player's button is not", func(t *testing.T) {
		checkRecs(t, `Épisode 3/3 : Les verriers de Carmaux
Les Chemins du travail
Mercredi 6 mars 2024
44 min
Écouter plus tard
En 1895, les verriers fondent une usine à eux.

Épisode 2/3 : Les dockers du Havre
Les Chemins du travail
Mardi 5 mars 2024
41 min
Écouter plus tard
Le port vit au rythme des embauches du matin.

Épisode 1/3 : Les mineurs de Decazeville
Les Chemins du travail
Lundi 4 mars 2024
43 min
Écouter plus tard
La grève de 1886 dure six mois.`, []rec{
			{"Épisode 3/3 : Les verriers de Carmaux", "", "Les Chemins du travail", "2024-03-06", "En 1895, les verriers fondent une usine à eux."},
			{"Épisode 2/3 : Les dockers du Havre", "", "Les Chemins du travail", "2024-03-05", "Le port vit au rythme des embauches du matin."},
			{"Épisode 1/3 : Les mineurs de Decazeville", "", "Les Chemins du travail", "2024-03-04", "La grève de 1886 dure six mois."},
		})
	})
	t.Run("bylines with the writer's post, handle and outlet after slashes and dashes", func(t *testing.T) {
		checkRecs(t, `Port workers stage walkout over casual hiring
By: Teresa Villareal - Reporter / @tvillarealNEWS
Mindanao Daily Tribune / 06:15 AM April 2, 2024
DAVAO CITY — Some 400 port workers walked off the job on Monday.

Sugar workers seek higher daily pay
By JOSE R. MANALANG / Kilusan Weekly
03/28/2024
BACOLOD CITY — Sacadas asked the wage board for a hearing.

Bus drivers end three-day strike
By: Carlo P. Dimaano - Luzon Bureau / @LuzonBureau
Mindanao Daily Tribune / 09:40 PM March 30, 2024
BAGUIO CITY — Drivers returned to their routes after a deal on fuel costs.`, []rec{
			{"Port workers stage walkout over casual hiring", "Teresa Villareal", "Mindanao Daily Tribune", "2024-04-02", "DAVAO CITY — Some 400 port workers walked off the job on Monday."},
			{"Sugar workers seek higher daily pay", "JOSE R. MANALANG", "Kilusan Weekly", "2024-03-28", "BACOLOD CITY — Sacadas asked the wage board for a hearing."},
			{"Bus drivers end three-day strike", "Carlo P. Dimaano", "Luzon Bureau", "2024-03-30", "BAGUIO CITY — Drivers returned to their routes after a deal on fuel costs."},
		})
	})
	t.Run("Korean bylines print the reporter's title after each name; a bracketed rubric opens the headline", func(t *testing.T) {
		checkRecs(t, `조선소 하청노동자 임금체불 두 배로
경남 지역 조선소 하청업체 노동자들의 임금체불액이 늘었다.
박지은 기자
2024-03-12 06:00

[노동 프리즘] 평화시장, 지금은
봉제 노동자들의 하루는 여전히 길다.
한승희 사회부 기자
2024-03-11 18:00

택배노동자 과로 대책 ‘유명무실’
분류작업 인력 투입 약속이 지켜지지 않았다.
이정훈 기자, 최서연 기자
2024-03-10 09:30`, []rec{
			{"조선소 하청노동자 임금체불 두 배로", "박지은", "", "2024-03-12", "경남 지역 조선소 하청업체 노동자들의 임금체불액이 늘었다."},
			{"평화시장, 지금은", "한승희", "", "2024-03-11", "봉제 노동자들의 하루는 여전히 길다."},
			{"택배노동자 과로 대책 ‘유명무실’", "이정훈; 최서연", "", "2024-03-10", "분류작업 인력 투입 약속이 지켜지지 않았다."},
		})
	})
}
