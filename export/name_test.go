package export

import (
	"testing"
	"time"

	"github.com/labor-annals/annals"
)

func TestSplitName(t *testing.T) {
	tests := []struct {
		name, family, given string
		ok                  bool
	}{
		{"Joanna Levine", "Levine", "Joanna", true},
		{"Ludwig van Beethoven", "Beethoven", "Ludwig van", true},
		{"J. R. Commons", "Commons", "J. R.", true},
		{"Айгүл Сәрсенова", "Сәрсенова", "Айгүл", true},
		{"Jean-Paul O’Neill", "O’Neill", "Jean-Paul", true},
		{"Levine", "", "", false},
		{"Levine, Jr.", "", "", false},
		{"International Labour Organization", "", "", false},
		{"IWW Staff", "", "", false},
		{"ILO", "", "", false},
		{"Reuters staff", "", "", false},
		{"Workers and Peasants Union", "", "", false},
		{"Local 12 Committee", "", "", false},
		{"A Very Long Name Of Five", "", "", false},
	}
	for _, tt := range tests {
		f, g, ok := splitName(tt.name)
		if f != tt.family || g != tt.given || ok != tt.ok {
			t.Errorf("splitName(%q) = %q, %q, %v; want %q, %q, %v", tt.name, f, g, ok, tt.family, tt.given, tt.ok)
		}
	}
}

func TestKeys(t *testing.T) {
	k := newKeyer()
	recs := []*annals.Record{
		{Title: "Kazakhstan's oil strike", Authors: []string{"Joanna Levine"}, Date: annals.YearDate(2020)},
		{Title: "Kazakhstan again", Authors: []string{"Joanna Levine"}, Date: annals.DayDate(2020, time.May, 1)},
		{Title: "Kazakhstan, a third time", Authors: []string{"Joanna Levine"}, Date: annals.MonthDate(2020, time.May)},
		{Title: "The strike at Zhanaozen", Authors: []string{"Ерлан Қожабеков"}, Date: annals.YearDate(2011)},
		{Title: "Ереуіл және жалақы", Authors: []string{"Müller-Lüdenscheidt Ágnes Ørsted"}},
		{Title: "Annual report", Authors: []string{"The International Labour Organization"}, Date: annals.YearDate(2011)},
		{Summary: "No title, no author: a leaflet.", Date: annals.YearDate(1986)},
	}
	want := []string{
		"levine2020kazakhstan", "levine2020kazakhstana", "levine2020kazakhstanb",
		"qozhabekov2011strike", "orsted" + "nd" + "ereuil", "international2011annual", "anon1986title",
	}
	for i, r := range recs {
		if got := k.key(r); got != want[i] {
			t.Errorf("key(%q) = %q, want %q", r.DisplayTitle(), got, want[i])
		}
	}
	if got := letters(27); got != "aa" {
		t.Errorf("letters(27) = %q, want aa", got)
	}
}
