package listing_test

import "testing"

// Layouts met in session 35's working sets: each fixture is written for
// the rule it tests.

// A "In the media" page prints each story under its outlet's name and
// its date. An outlet whose name has a lower-case word ("Edge of Town")
// is no person's name, so the slot is read as outlets, not as a
// mix of writers and agencies; and a headline long enough to read as a
// teaser is the story's headline all the same, in the slot where the
// other entries print theirs.
func TestOutletsOverDatesWithProseHeadline(t *testing.T) {
	checkRecs(t, `Coverage
Union staff and campaigns in the press.
Harbour Wire
April 2, 2024
Crane operators stop work over shift rota changes
The dispute began when the port moved to twelve-hour shifts without consultation, a union organiser said.
Edge of Town
March 27, 2024
In the container terminals of the south coast, agency workers are organising for the first time in a generation
Tom Bakers
March 20, 2024
Warehouse staff vote to join the union after a long campaign
Organisers say the ballot is the largest in the sector this year.
Rail Gazette
March 14, 2024
Signal workers win back pay after tribunal ruling
Night Shift Radio
March 5, 2024
Cleaners' strike enters its third week`, []rec{
		{"Crane operators stop work over shift rota changes", "", "Harbour Wire", "2024-04-02", "The dispute began when the port moved to twelve-hour shifts without consultation, a union organiser said."},
		{"In the container terminals of the south coast, agency workers are organising for the first time in a generation", "", "Edge of Town", "2024-03-27", ""},
		{"Warehouse staff vote to join the union after a long campaign", "", "Tom Bakers", "2024-03-20", "Organisers say the ballot is the largest in the sector this year."},
		{"Signal workers win back pay after tribunal ruling", "", "Rail Gazette", "2024-03-14", ""},
		{"Cleaners' strike enters its third week", "", "Night Shift Radio", "2024-03-05", ""},
	})
}

// A catalogue's statement of responsibility may name two people joined
// by "and", after a role ("edited by") or a by-word: each is an author,
// and the role's words do not count against a name's length.
func TestStatementOfResponsibilityPairs(t *testing.T) {
	checkRecs(t, `Search results

Harbour lights out : the 1951 waterfront lockout / edited by Tamsin Clarke and Joseph Rua.
Wellington : Steele Roberts, 2001.

The carters' strike : a documentary history / by Ivor Penhallow and Ruth Tregear.
Redruth : Tor Mark, 1988.

Tin and the tributers / Morwenna Dunstan.
Truro : Lander, 1996.`, []rec{
		{"Harbour lights out : the 1951 waterfront lockout", "Tamsin Clarke; Joseph Rua", "Wellington : Steele Roberts", "2001", ""},
		{"The carters' strike : a documentary history", "Ivor Penhallow; Ruth Tregear", "Redruth : Tor Mark", "1988", ""},
		{"Tin and the tributers", "Morwenna Dunstan", "Truro : Lander", "1996", ""},
	})
}

// A source label is known in more languages, and with the space French
// and Arabic typesetting put before the colon: "المصدر : وكالات"
// ("Source: agencies") names the outlet, as "Izvor: Hina" does. A
// script without case is never "in capitals": a teaser in Arabic that
// ends with its full stop is prose, not a headline.
func TestSourceLabelsSpacedAndArabic(t *testing.T) {
	checkRecs(t, `عمال الميناء يضربون احتجاجا على تأخر الأجور
يقول العمال إن الشركة لم تدفع رواتب شهرين متتاليين.
المصدر : وكالات
12/3/2025
نقابة المعلمين تدعو إلى وقفة أمام الوزارة
طالبت النقابة بتطبيق الاتفاق الموقع العام الماضي بشأن الأجور.
المصدر : الصحافة المحلية
9/3/2025
إغلاق مصنع النسيج يهدد مئات الوظائف
قال العمال إنهم لم يتلقوا أي إشعار مسبق بالإغلاق.
Izvor: Hina
5/3/2025`, []rec{
		{"عمال الميناء يضربون احتجاجا على تأخر الأجور", "", "وكالات", "2025-03-12", "يقول العمال إن الشركة لم تدفع رواتب شهرين متتاليين."},
		{"نقابة المعلمين تدعو إلى وقفة أمام الوزارة", "", "الصحافة المحلية", "2025-03-09", "طالبت النقابة بتطبيق الاتفاق الموقع العام الماضي بشأن الأجور."},
		{"إغلاق مصنع النسيج يهدد مئات الوظائف", "", "Hina", "2025-03-05", "قال العمال إنهم لم يتلقوا أي إشعار مسبق بالإغلاق."},
	})
}

// Devanagari has no capitals: a long headline is no teaser for its few
// capitals, and a teaser ends its sentence with a danda ("।").
func TestCaselessHeadlinesAndDanda(t *testing.T) {
	checkRecs(t, `राज्य परिवहन निगम के संविदा कर्मचारियों ने वेतन बढ़ाने की मांग को लेकर तीन दिन की हड़ताल शुरू की
कर्मचारियों का कहना है कि पिछले दो साल से वेतन नहीं बढ़ा है।
12 Mar 2024
कपड़ा मिल के पूर्व मजदूरों ने बकाया भुगतान के लिए श्रम विभाग के बाहर धरना दिया
मजदूरों ने बताया कि मिल बंद होने के बाद उन्हें ग्रेच्युटी नहीं मिली।
10 Mar 2024
ईंट भट्ठों पर काम करने वाले प्रवासी मजदूरों को न्यूनतम मजदूरी देने की मांग तेज हुई
श्रम संगठनों ने जिला प्रशासन को ज्ञापन सौंपकर जांच की मांग की।
8 Mar 2024`, []rec{
		{"राज्य परिवहन निगम के संविदा कर्मचारियों ने वेतन बढ़ाने की मांग को लेकर तीन दिन की हड़ताल शुरू की", "", "", "2024-03-12", "कर्मचारियों का कहना है कि पिछले दो साल से वेतन नहीं बढ़ा है।"},
		{"कपड़ा मिल के पूर्व मजदूरों ने बकाया भुगतान के लिए श्रम विभाग के बाहर धरना दिया", "", "", "2024-03-10", "मजदूरों ने बताया कि मिल बंद होने के बाद उन्हें ग्रेच्युटी नहीं मिली।"},
		{"ईंट भट्ठों पर काम करने वाले प्रवासी मजदूरों को न्यूनतम मजदूरी देने की मांग तेज हुई", "", "", "2024-03-08", "श्रम संगठनों ने जिला प्रशासन को ज्ञापन सौंपकर जांच की मांग की।"},
	})
}

// A regional news site sets boxes among its stories: a "Most Read" /
// "Most Recent" box's tabs over its numbered list, and a newsletter's
// appeal with its pitch and button. None of them is an entry.
func TestMostReadTabsAndNewsletterAppeal(t *testing.T) {
	checkRecs(t, `Ferry crews in Pembroke Dock vote to strike over rosters
The union says the new shift patterns would leave crews working fourteen-hour days with no rest breaks
Catrin Jones
Local Democracy Reporter
10:41, 5 MAR 2025
Most Read
Most Recent
1. Roadworks to close the A48 for three weekends
2. Family bakery in Llanelli closes after 70 years
3. Rugby: three changes for the weekend's fixture
Quarry workers win back pay after two-year dispute
The settlement covers more than 80 staff at the Carmarthenshire site and ends two years of hearings
Huw Bevan
Senior Reporter
15:22, 3 MAR 2025
Sign up to the Valley Post newsletter
Get the stories that matter to you every morning.
Subscribe
Care home staff begin ballot over pay offer
Staff say the proposed rise does not keep pace with the cost of living across the region this year
Mared Ellis
Health Correspondent
12:30, 28 FEB 2025`, []rec{
		{"Ferry crews in Pembroke Dock vote to strike over rosters", "Catrin Jones", "", "2025-03-05", "The union says the new shift patterns would leave crews working fourteen-hour days with no rest breaks"},
		{"Quarry workers win back pay after two-year dispute", "Huw Bevan", "", "2025-03-03", "The settlement covers more than 80 staff at the Carmarthenshire site and ends two years of hearings"},
		{"Care home staff begin ballot over pay offer", "Mared Ellis", "", "2025-02-28", "Staff say the proposed rise does not keep pace with the cost of living across the region this year"},
	})
}

// A newsletter's box set apart by blank lines names the newsletter over
// its appeal: the whole box is furniture, not an entry with a byline.
func TestNewsletterBoxBetweenBlocks(t *testing.T) {
	checkRecs(t, `Labour
Latest stories

Local
Bus drivers vote for strike over split shifts
The union says talks with the city have stalled over scheduling.
By: Aline Moreau
Posted: 6:02 PM CDT Tuesday, Mar. 11, 2025

Newsletter
The Early Shift
Get the morning's top stories in your inbox
Sign up

Business
Grain handlers reach tentative deal at the port
Members will vote on the agreement next week.
By: Owen Pritchard
Posted: 3:40 PM CDT Monday, Mar. 10, 2025

Local
Library workers rally for pay equity at city hall
Staff say they earn far less than workers in comparable roles.
By: Jonas Wiebe
Posted: 2:00 PM CST Friday, Mar. 7, 2025`, []rec{
		{"Bus drivers vote for strike over split shifts", "Aline Moreau", "", "2025-03-11", "The union says talks with the city have stalled over scheduling."},
		{"Grain handlers reach tentative deal at the port", "Owen Pritchard", "", "2025-03-10", "Members will vote on the agreement next week."},
		{"Library workers rally for pay equity at city hall", "Jonas Wiebe", "", "2025-03-07", "Staff say they earn far less than workers in comparable roles."},
	})
}

// A teaser with its date glued on dates its block as a date line would:
// where some blocks carry a byline too, the blocks without one are still
// entries, not promotions.
func TestGluedDateTeasersAnchorBlocks(t *testing.T) {
	checkRecs(t, `News
Federation welcomes new law on collective bargaining
The law is the largest change to industrial relations in a generation and must now be strengthened, the general secretary said.12 March 2025
Read More

News
Unions call for sick pay to rise to ten days
The federation has written to the minister ahead of the review of the sick leave scheme.10 March 2025
Read More

Blog
Why the living wage matters more than ever
Posted by Orla Brennan
Low pay is concentrated in hospitality, retail and care, sectors where most workers are women.6 March 2025
Read More

Sign up for our newsletter
Get the latest from the federation straight to your inbox.
Subscribe

News
Port workers to strike on 20 March
4 March 2025
Read More

Blog
Remembering the outdoor relief strike
Posted by Seamus Kerr and Aoife Lynch
In 1932 unemployed workers marched together against starvation-level relief payments.28 February 2025
Read More

News
New guide for shop stewards on bullying launched
The guide was written with the labour relations agency and is available in three languages.25 February 2025
Read More`, []rec{
		{"Federation welcomes new law on collective bargaining", "", "", "2025-03-12", "The law is the largest change to industrial relations in a generation and must now be strengthened, the general secretary said."},
		{"Unions call for sick pay to rise to ten days", "", "", "2025-03-10", "The federation has written to the minister ahead of the review of the sick leave scheme."},
		{"Why the living wage matters more than ever", "Orla Brennan", "", "2025-03-06", "Low pay is concentrated in hospitality, retail and care, sectors where most workers are women."},
		{"Port workers to strike on 20 March", "", "", "2025-03-04", ""},
		{"Remembering the outdoor relief strike", "Seamus Kerr; Aoife Lynch", "", "2025-02-28", "In 1932 unemployed workers marched together against starvation-level relief payments."},
		{"New guide for shop stewards on bullying launched", "", "", "2025-02-25", "The guide was written with the labour relations agency and is available in three languages."},
	})
}

// A regional site prints when each story was updated and when it was
// first published; where both are whole dates, the story's is the first
// published.
func TestUpdatedThenFirstPublished(t *testing.T) {
	checkRecs(t, `Industrial relations

Council cleaners win pay rise after month-long campaign
The union says the agreement lifts the lowest rates by more than nine per cent over two years.
Tessa Marlow
Updated March 11 2025 - 6:15pm, first published 4:30pm

Why the port dispute is heading back to the commission
Owen Karras
Updated March 8 2025 - 9:10am, first published March 7 2025 - 7:00pm

Hospital orderlies reject offer and plan rolling stoppages
Staff say rosters have been short for months and the offer does nothing to fix them.
Tessa Marlow
March 6 2025 - 11:30am`, []rec{
		{"Council cleaners win pay rise after month-long campaign", "Tessa Marlow", "", "2025-03-11", "The union says the agreement lifts the lowest rates by more than nine per cent over two years."},
		{"Why the port dispute is heading back to the commission", "Owen Karras", "", "2025-03-07", ""},
		{"Hospital orderlies reject offer and plan rolling stoppages", "Tessa Marlow", "", "2025-03-06", "Staff say rosters have been short for months and the offer does nothing to fix them."},
	})
}

// A news site's cards run the byline into the site's name: "By Marc
// Dubreuil Global News". The site's name is no part of the author's, and
// not the entry's source, which the site is itself.
func TestBylineGluedToSiteName(t *testing.T) {
	checkRecs(t, `Canada
Postal strike: union says talks resume as backlog clears
The union says both sides are back at the table with a federal mediator.
By Anouk Tremblay Prairie News
Mar 5, 2025
Toronto
Transit operators could strike as early as next week, union warns
The local says a strike notice will be issued if no deal is reached by Friday.
By Dev Sandhu & Claire Moss Prairie News
Mar 4, 2025
Nurses rally at legislature over mandatory overtime
Hundreds of nurses gathered to demand limits on forced overtime shifts.
By Ilse Jorgensen Prairie News
Mar 3, 2025`, []rec{
		{"Postal strike: union says talks resume as backlog clears", "Anouk Tremblay", "", "2025-03-05", "The union says both sides are back at the table with a federal mediator."},
		{"Transit operators could strike as early as next week, union warns", "Dev Sandhu; Claire Moss", "", "2025-03-04", "The local says a strike notice will be issued if no deal is reached by Friday."},
		{"Nurses rally at legislature over mandatory overtime", "Ilse Jorgensen", "", "2025-03-03", "Hundreds of nurses gathered to demand limits on forced overtime shifts."},
	})
}

// A paper's cards print the writer with the post after a slash, no
// spaces around it: "Marcia Blake-Henry/Senior Staff Reporter".
func TestNameSlashPost(t *testing.T) {
	checkRecs(t, `Lead Stories
Sugar workers threaten strike over delayed wage talks
Published:Tuesday | March 11, 2025 | 12:10 AM
Marcia Blake-Henry/Senior Staff Reporter
Workers at two estates say they have been without a new contract for 20 months and will not wait much longer.
News
Teachers stage sickout at rural schools
Published:Monday | March 10, 2025 | 5:30 PM
Devon Clarke/Staff Reporter
Several schools opened with skeleton staff yesterday as teachers called in sick over unpaid allowances.
News
Port workers win back pay after arbitration
Published:Sunday | March 9, 2025 | 12:06 AM
Andrea Lindo/Contributor
The tribunal ordered the company to pay arrears going back three years to more than two hundred workers.`, []rec{
		{"Sugar workers threaten strike over delayed wage talks", "Marcia Blake-Henry", "", "2025-03-11", "Workers at two estates say they have been without a new contract for 20 months and will not wait much longer."},
		{"Teachers stage sickout at rural schools", "Devon Clarke", "", "2025-03-10", "Several schools opened with skeleton staff yesterday as teachers called in sick over unpaid allowances."},
		{"Port workers win back pay after arbitration", "Andrea Lindo", "", "2025-03-09", "The tribunal ordered the company to pay arrears going back three years to more than two hundred workers."},
	})
}

// A mailing list's digest opens with notices and a table of contents
// that names each message and its sender; the messages follow, each
// under its headers, dated with the zone's offset ("-0500"), and ends at
// the digest's rule: what follows it is the digest's. The entries are
// the messages, not the contents' lines; a reply's subject is kept as
// printed.
func TestDigestWithContentsAndZoneOffsets(t *testing.T) {
	checkRecs(t, `dock-history Digest, Vol 12, Issue 3

Send dock-history mailing list submissions to
	dock-history@lists.example.org

Today's Topics:

   1. CFP: Port Cities and Labour 2025 (Ines Carvalho)
   2. Re: Sources on the 1889 dock strike (Tom Rudd)
   3. New book: Women of the Wharves (Ada Kemp)

----------------------------------------------------------------------

Message: 1
Date: Wed, 12 Mar 2025 09:14:55 -0500
From: Ines Carvalho <ines@example.edu>
Subject: [DH] CFP: Port Cities and Labour 2025

The network invites proposals for its annual conference on port cities and the people who worked in them, to be held in Lisbon in October.

------------------------------

Message: 2
Date: Wed, 12 Mar 2025 11:02:31 +0000
From: Tom Rudd <t.rudd@example.org>
Subject: Re: [DH] Sources on the 1889 dock strike

The strike committee's minute books are at the Modern Records Centre, and the local papers covered the strike day by day.

------------------------------

Message: 3
Date: Thu, 13 Mar 2025 14:40:08 -0600
From: Ada Kemp <akemp@example.net>
Subject: [DH] New book: Women of the Wharves

I am pleased to announce the publication of my study of the women who ran the canteens and boarding houses of the waterfront.

------------------------------

End of dock-history Digest, Vol 12, Issue 3`, []rec{
		{"CFP: Port Cities and Labour 2025", "Ines Carvalho", "", "2025-03-12", "The network invites proposals for its annual conference on port cities and the people who worked in them, to be held in Lisbon in October."},
		{"Re: [DH] Sources on the 1889 dock strike", "Tom Rudd", "", "2025-03-12", "The strike committee's minute books are at the Modern Records Centre, and the local papers covered the strike day by day."},
		{"New book: Women of the Wharves", "Ada Kemp", "", "2025-03-13", "I am pleased to announce the publication of my study of the women who ran the canteens and boarding houses of the waterfront."},
	})
}

// A group's web digest prints each message's subject bare and numbered
// over its sender and date, and rules and links to the archive between
// messages: the subject is the title, without its number, and a reply's
// quotes and signature are no part of the summary.
func TestDigestWithBareNumberedSubjects(t *testing.T) {
	checkRecs(t, `1a. Re: Ledger of the 1911 carters' strike fund
From: Nora Keane
Date: Tue, 04 Mar 2025 09:12:44 GMT

The strike fund's ledger is with the trades council papers at the city archive, and it lists every payment by street.

> On Mon, Mar 3, 2025 at 4:51 PM, Sean Doyle wrote:
> Does anyone know where the fund's ledger went?

Nora
------------------------------
View/Reply Online (#512) | Reply To Group | Reply To Sender | Mute This Topic | New Topic
------------------------------
2a. CFP: Dockside communities, 1850–1950
From: Dr. Meera Iyer
Date: Tue, 04 Mar 2025 11:30:02 GMT

We invite proposals for a one-day workshop on dockside communities, their unions and their neighbourhoods.

Meera Iyer
Lecturer in Social History
------------------------------
View/Reply Online (#513) | Reply To Group | Reply To Sender | Mute This Topic | New Topic
------------------------------
3a. Re: Colliery records for the Forest of Dean
From: Phil Cowan
Date: Wed, 05 Mar 2025 14:05:19 GMT

Most of the colliery material went to the national archives, not the county record office.
------------------------------
View/Reply Online (#514) | Reply To Group | Reply To Sender | Mute This Topic | New Topic
------------------------------`, []rec{
		{"Re: Ledger of the 1911 carters' strike fund", "Nora Keane", "", "2025-03-04", "The strike fund's ledger is with the trades council papers at the city archive, and it lists every payment by street."},
		{"CFP: Dockside communities, 1850–1950", "Dr. Meera Iyer", "", "2025-03-04", "We invite proposals for a one-day workshop on dockside communities, their unions and their neighbourhoods."},
		{"Re: Colliery records for the Forest of Dean", "Phil Cowan", "", "2025-03-05", "Most of the colliery material went to the national archives, not the county record office."},
	})
}

// A labour news site's list ends each teaser with "Read more »", which
// hides the teaser's full stop, and names where a story ran first
// ("Reprinted from Labor Notes"): that is the story's source.
func TestReadMoreTeasersAndReprints(t *testing.T) {
	checkRecs(t, `Hospital cooks set strike date as talks stall
Posted 03/05/2025 by Ana Ruelas
Cooks at two hospitals say staffing, not pay, is the sticking point. Read more »
Why the card check law still matters
Posted 03/03/2025 by Joan Pettersen
Reprinted from Labor Notes
Labor law reform stalled, but states are borrowing its ideas. Read more »
Janitors win paid sick days in new contract
Posted 02/28/2025 by Tom Lund
The agreement covers 4,000 commercial cleaners in the Twin Cities. Read more »`, []rec{
		{"Hospital cooks set strike date as talks stall", "Ana Ruelas", "", "2025-03-05", "Cooks at two hospitals say staffing, not pay, is the sticking point."},
		{"Why the card check law still matters", "Joan Pettersen", "Labor Notes", "2025-03-03", "Labor law reform stalled, but states are borrowing its ideas."},
		{"Janitors win paid sick days in new contract", "Tom Lund", "", "2025-02-28", "The agreement covers 4,000 commercial cleaners in the Twin Cities."},
	})
}
