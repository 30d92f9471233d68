package store

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals"
)

func TestDateTokens(t *testing.T) {
	d := func(s string) annals.Date {
		v, err := annals.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		from, to string
		want     string
	}{
		{"2012", "2012", "y2012"},
		{"1995", "2001", "y1995 y1996 y1997 y1998 y1999 y2000 y2001"},
		{"1990", "2011", "c199 c200 y2010 y2011"},
		{"2011-12", "2011-12", "m201112"},
		{"2011-11", "2012-02", "m201111 m201112 m201201 m201202"},
		{"2011-12-30", "2012-01-02", "d20111230 d20111231 d20120101 d20120102"},
		{"2011-12-16", "2011-12-18", "d20111216 d20111217 d20111218"},
		{"2011-12-30", "2012", "d20111230 d20111231 y2012"},
		{"2011-10", "2011", "m201110 m201111 m201112"},
		{"", "1953", "y1950 y1951 y1952 y1953"},
		{"2022", "", "y2022 y2023 y2024"},
		{"2012-03-30", "2012-04", "d20120330 d20120331 m201204"},
	}
	for _, tt := range tests {
		var from, to annals.Date
		if tt.from != "" {
			from = d(tt.from)
		}
		if tt.to != "" {
			to = d(tt.to)
		}
		got := strings.Join(dateTokens(from, to, 1950, 2024), " ")
		if got != tt.want {
			t.Errorf("dateTokens(%s, %s) = %s, want %s", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestMetaText(t *testing.T) {
	r := &annals.Record{Date: annals.DayDate(2012, 5, 30), Language: "en-GB"}
	if got, want := metaText(r, []int64{3, 7}), "_dated _y2012 _c201 _m201205 _d20120530 _len _lengb _t3 _t7"; got != want {
		t.Errorf("metaText = %q, want %q", got, want)
	}
	if got := metaText(&annals.Record{}, nil); got != "" {
		t.Errorf("metaText(empty) = %q", got)
	}
}
