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
