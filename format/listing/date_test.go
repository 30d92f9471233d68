package listing_test

import (
	"testing"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/listing"
)

func TestParseDate(t *testing.T) {
	d := annals.DayDate
	m := annals.MonthDate
	y := annals.YearDate
	none := annals.Date{}
	for _, tc := range []struct {
		in   string
		want annals.Date
	}{
		// English
		{"22 April 2020", d(2020, time.April, 22)},
		// A time with a dotted "a.m." or "p.m." after the date.
		{"Published Nov. 15, 2024 6:03 a.m. EST", d(2024, time.November, 15)},
		{"Sept. 23, 2024 8:55 P.M.", d(2024, time.September, 23)},
		// A bimonthly issue: the month it opens with.
		{"March/April 2024", m(2024, time.March)},
		{"Jul–Aug 2023", m(2023, time.July)},
		{"November-December 2022", m(2022, time.November)},
		// Month and year in figures, the month in two digits; an issue's
		// number is none.
		{"12/1902", m(1902, time.December)},
		{"03.2025", m(2025, time.March)},
		{"Nr. 12/2025", none},
		{"№ 03/2025", none},
		{"13/2025", none},
		{"3/2024", none},
		// Greek, Indonesian, Hindi, Arabic, Finnish, Romanian, Hungarian
		// and Korean printed dates; weekdays and time zones around them
		{"12 Φεβρουαρίου 2025", d(2025, time.February, 12)},
		{"Rabu, 12 Februari 2025 14:20 WIB", d(2025, time.February, 12)},
		{"12 फ़रवरी 2025", d(2025, time.February, 12)},
		{"3 सितंबर 2024", d(2024, time.September, 3)},
		{"12 فبراير 2025", d(2025, time.February, 12)},
		{"12. helmikuuta 2025", d(2025, time.February, 12)},
		{"7 octombrie 2023", d(2023, time.October, 7)},
		{"2025. február 12.", d(2025, time.February, 12)},
		// Languages of the Balkans and the Baltic, Catalan, Basque, Vietnamese.
		{"18. studenoga 2026.", d(2026, time.November, 18)},
		{"18 ноември 2026, 10:15", d(2026, time.November, 18)},
		{"18. новембра 2026.", d(2026, time.November, 18)},
		{"18. novembra 2026", d(2026, time.November, 18)},
		{"2026 m. lapkričio 18 d.", d(2026, time.November, 18)},
		{"2026ko azaroaren 18a", d(2026, time.November, 18)},
		{"dimecres, 18 de novembre de 2026", d(2026, time.November, 18)},
		{"Thứ Tư, 18/11/2026 11:35", d(2026, time.November, 18)},
		{"Chủ nhật, 15/11/2026", d(2026, time.November, 15)},
		{"2025. 2. 12.", d(2025, time.February, 12)},
		{"12 Şubat 2025 Çarşamba", d(2025, time.February, 12)},
		{"Çarşamba", none},
		// CJK, Korean, and Slovak/Czech genitive month names
		{"2019年11月3日", d(2019, time.November, 3)},
		{"2019年11月", m(2019, time.November)},
		{"2019년 11월 3일", d(2019, time.November, 3)},
		{"4. októbra 2019", d(2019, time.October, 4)},
		{"4. října 2019", d(2019, time.October, 4)},
		{"3 March 2014", d(2014, time.March, 3)},
		{"26 Septeber 1999", d(1999, time.September, 26)},
		{"15th March 2014", d(2014, time.March, 15)},
		{"1st May 2019", d(2019, time.May, 1)},
		{"7th September 2010", d(2010, time.September, 7)},
		{"March 3, 2014", d(2014, time.March, 3)},
		{"Oct 08, 2021", d(2021, time.October, 8)},
		{"Mar 31 2021", d(2021, time.March, 31)},
		{"Mar - 12 - 2024 , 07:14", d(2024, time.March, 12)},
		{"Feb-08-2024", d(2024, time.February, 8)},
		{"Mar - 12 - 24", none},
		{"Feb. 15th 2023", d(2023, time.February, 15)},
		{"Month Dth: September 2nd, 2019", none},
		{"September 2nd, 2019", d(2019, time.September, 2)},
		{"Friday, 12th Jan 2024", d(2024, time.January, 12)},
		{"Tuesday 3rd Oct 2023", d(2023, time.October, 3)},
		{"02 February, 2018", d(2018, time.February, 2)},
		{"Posted: Mar 31 2021", d(2021, time.March, 31)},
		{"Published on 5 May 2020", d(2020, time.May, 5)},
		{"March 2014", m(2014, time.March)},
		{"April, 2024", m(2024, time.April)},
		{"2018", y(2018)},
		{"1995", y(1995)},
		{"2014 March 3", d(2014, time.March, 3)},
		{"December 16", none},
		// ISO and numeric
		{"2022-08-08", d(2022, time.August, 8)},
		{"2022/08/08", d(2022, time.August, 8)},
		{"2019-07", m(2019, time.July)},
		{"22.01.2026, 21:36", d(2026, time.January, 22)},
		{"10.05.10", d(2010, time.May, 10)},
		{"08.04.10", d(2010, time.April, 8)},
		{"18-02-2026", d(2026, time.February, 18)},
		{"15/5/2025", d(2025, time.May, 15)},
		{"12/31/2013", d(2013, time.December, 31)},
		{"12/31/2013 - 14:30", d(2013, time.December, 31)},
		{"30/07/2018", d(2018, time.July, 30)},
		{"2.3.99", d(1999, time.March, 2)},
		{"31.02.2020", none},
		{"1.2.3.4", none},
		// French, Spanish, German, Danish, Portuguese, Italian, Dutch
		{"Vendredi 12 janvier 2024", d(2024, time.January, 12)},
		{"1er mai 2019", d(2019, time.May, 1)},
		{"22 décembre 2023", d(2023, time.December, 22)},
		{"30 de julio de 2018", d(2018, time.July, 30)},
		{"1º de mayo de 2016", d(2016, time.May, 1)},
		{"2016: 1 de mayo", d(2016, time.May, 1)},
		{"marzo de 2015", m(2015, time.March)},
		{"12. März 2021", d(2021, time.March, 12)},
		{"Montag, 3. Oktober 2022", d(2022, time.October, 3)},
		{"14. september 2018", d(2018, time.September, 14)},
		{"4. maj 2018", d(2018, time.May, 4)},
		{"1. marts 2019", d(2019, time.March, 1)},
		{"5 de março de 2020", d(2020, time.March, 5)},
		{"12 settembre 2021", d(2021, time.September, 12)},
		{"3 mei 2022", d(2022, time.May, 3)},
		// Russian, Ukrainian, Kazakh
		{"5 апреля 2010 г.", d(2010, time.April, 5)},
		{"14 декабря 2011", d(2011, time.December, 14)},
		{"март 2012", m(2012, time.March)},
		{"3 травня 2020", d(2020, time.May, 3)},
		{"22 қаңтар 2026", d(2026, time.January, 22)},
		{"2026 жылғы 22 қаңтар", d(2026, time.January, 22)},
		// Relative and non-dates
		{"3 days ago", none},
		{"Friday", none},
		{"Updated: 1 year 13 weeks ago", none},
		{"yesterday", none},
		{"вчера", none},
		{"este domingo", none},
		{"", none},
		{"Read more", none},
		{"may 2010 be better", none},
		{"Chapter 12", none},
	} {
		got, ok := listing.ParseDate(tc.in)
		if got != tc.want || ok != !tc.want.IsZero() {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
}

// TestDayMonthOrder checks that a page's unambiguous numeric dates decide
// how its ambiguous ones are read.
func TestDayMonthOrder(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Strike at the mill 05/04/2020\nDock strike ends 12/31/2019\n", []string{"2020-05-04", "2019-12-31"}},
		{"Strike at the mill 05/04/2020\nDock strike ends 31/12/2019\n", []string{"2020-04-05", "2019-12-31"}},
	} {
		res, err := listing.Parse([]byte(tc.in), listing.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Records) != len(tc.want) {
			t.Fatalf("%q: %d records, want %d", tc.in, len(res.Records), len(tc.want))
		}
		for i, w := range tc.want {
			if got := res.Records[i].Date.String(); got != w {
				t.Errorf("%q #%d: date %s, want %s", tc.in, i, got, w)
			}
		}
	}
}

func BenchmarkParseDate(b *testing.B) {
	in := []string{"22 April 2020", "Vendredi 12 janvier 2024", "22.01.2026, 21:36", "Kazakhstan devalues national currency"}
	for b.Loop() {
		for _, s := range in {
			listing.ParseDate(s)
		}
	}
}
