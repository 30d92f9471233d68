package listing

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/annalstest"
)

// The fast paths below must give what the plain code they replaced
// gives; the plain versions are kept here as references.

// sampleLines are the lines of the test inputs and of the evaluation
// listings when present, with the fold cases.
func sampleLines(t *testing.T) []string {
	t.Helper()
	paths, _ := filepath.Glob("testdata/*.txt")
	if dir := annalstest.Shared(t, "eval", "listings-dev"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		paths = append(paths, more...)
	}
	out := append([]string{}, foldCases...)
	out = append(out, "“Strikers” march on. Photo by Kerem Yucel/AFP", "«Забастовка». Фото: ТАСС", "Strajk. ZDJĘCIE: PAP", "x Photo Credit: \u212a", "Strike — PHOTO: İ", "Press Release", "BLOG POST", "Book Reviews Essays Stories", "  news  ", "AP PHOTO", "Getty", "gETTY images", "ShutterStock",
		"x: Picture: Y", "PIC: x", "a pic:x", "Kuva: B", "a BILD : c", "Epic: d", "Credit:", "credit: ", "Image/Credit: AP", "(Alamy)", "ALAMY Stock", "Alam", "IMAGE:: x",
		"Photo: X", "FOTO", "Amid the CoronavirusFrom Whole Foods", "The McDonald strike", "Working Conditions“We want", "усталостьЖизнь и труд рабочих", "Streikende Arbeiter„Wir bleiben", "Workers’ pay—Strike’s end", "жизньѠтруд",
		"abc\xe2\x80Abc", "Strike at the MacArthur plant", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxYy")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			out = append(out, l, strings.TrimSpace(l))
		}
	}
	return out
}

func detectLanguageRef(s string) string {
	if len(s) > 4000 {
		s = s[:4000]
	}
	cyr, lat, kk := 0, 0, 0
	var votes [8]int
	vote := func(w string) {
		if len(w) > 8 {
			return
		}
		lw := strings.ToLower(strings.TrimFunc(w, isQuoteOrStop))
		if len(lw) > maxStopword {
			return
		}
		if l, ok := stopwords[stopKey([]byte(lw))]; ok {
			votes[l]++
		}
	}
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				vote(s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				lat++
			}
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("әғқңөұүһӘҒҚҢӨҰҮҺ", r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if start >= 0 {
		vote(s[start:])
	}
	if cyr > lat {
		if kk > 0 {
			return "kk"
		}
		return "ru"
	}
	if lat == 0 {
		return ""
	}
	best, n := "", 1
	for l, v := range votes {
		if v > n {
			best, n = stopLangs[l], v
		}
	}
	return best
}

func firstGlueRef(s string) int {
	var prev rune
	wordStart := 0
	for i, r := range s {
		if r == ' ' {
			wordStart = i + 1
		}
		if upper, quote := unicode.IsUpper(r), r == '“' || r == '«' || r == '„'; (upper || quote) && i > 0 && unicode.IsLower(prev) && i-wordStart >= 3 {
			if upper && !mcPrefix(s[wordStart:i]) || quote {
				return i
			}
		}
		prev = r
	}
	return 0
}

func TestFastPathsMatch(t *testing.T) {
	lines := sampleLines(t)
	t.Logf("%d lines", len(lines))
	for i, s := range lines {
		if got, want := detectLanguage(s), detectLanguageRef(s); got != want {
			t.Errorf("detectLanguage(%q) = %q, want %q", s, got, want)
		}
		next := lines[(i+1)%len(lines)]
		if got, want := recordLanguage(s, next), detectLanguageRef(s+" "+next); got != want {
			t.Errorf("recordLanguage(%q, %q) = %q, want %q", s, next, got, want)
		}
		if gt, gs, gd := splitRunTogether(s, factsOf(s)); true {
			wt, ws, wd := splitRunTogetherRef(s)
			if gt != wt || gs != ws || gd != wd {
				t.Errorf("splitRunTogether(%q) = %q, %q, %v, want %q, %q, %v", s, gt, gs, gd, wt, ws, wd)
			}
		}
		for _, v := range []string{s, "\u00a0" + s + "\u3000", strings.ReplaceAll(s, " ", "\u2009 "), strings.ReplaceAll(s, " ", "\u00a0"), strings.ReplaceAll(s, "e", "\xe2\x80")} {
			for _, max := range []int{1, 3, 32} {
				gs, ge := make([]int, max), make([]int, max)
				n := fieldBounds(v, gs, ge)
				var got, want [][2]int
				for j := range n {
					got = append(got, [2]int{gs[j], ge[j]})
				}
				for i := 0; len(want) < max; {
					a, b := nextField(v, i)
					if a == len(v) {
						break
					}
					want, i = append(want, [2]int{a, b}), b
				}
				if !slices.Equal(got, want) {
					t.Errorf("fieldBounds(%q, %d) = %v, want %v", v, max, got, want)
				}
			}
		}
		if got, want := appendFields(nil, s, 1000), strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		for _, v := range []string{s, " " + s, s + " ", strings.ReplaceAll(s, " ", "  "), strings.ReplaceAll(s, " ", "\t"), "abcdefg " + s, "abcdefgh  " + s} {
			if got, want := collapseSpace(v), collapseSpaceRef(v); got != want {
				t.Errorf("collapseSpace(%q) = %q, want %q", v, got, want)
			}
		}
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := mayBeCredit(s), strings.IndexByte(s, '/') >= 0 || containsFoldASCII(s, "photo") || containsFoldASCII(s, "foto") || strings.IndexByte(s, ':') >= 0 || containsFoldASCII(s, "getty"); got != want {
			t.Errorf("mayBeCredit(%q) = %v, want %v", s, got, want)
		}
		if got, want := mayBePhotoCredit(s), strings.IndexByte(s, '/') >= 0 || containsFoldASCII(s, "getty") || containsFoldASCII(s, "ap photo") || containsFoldASCII(s, "shutterstoc"); got != want {
			t.Errorf("mayBePhotoCredit(%q) = %v, want %v", s, got, want)
		}
		if got, want := isLabelPhrase(s), isLabelPhraseRef(s); got != want {
			t.Errorf("isLabelPhrase(%q) = %v, want %v", s, got, want)
		}
		if got, want := creditEnds(s), creditEndsRef(s); got != want {
			t.Errorf("creditEnds(%q) = %v, want %v", s, got, want)
		}
		for _, v := range []string{s, s + " » x", "“" + s + "” — x", s + " | x", "a - " + s} {
			if got, want := lastClosingQuote(v), lastClosingQuoteRef(v); got != want {
				t.Errorf("lastClosingQuote(%q) = %d, want %d", v, got, want)
			}
			for _, bar := range []bool{false, true} {
				gi, gn := lastSpacedSep(v, bar)
				wi, wn := lastSpacedSepRef(v, bar)
				if gi != wi || gn != wn {
					t.Errorf("lastSpacedSep(%q, %v) = %d, %d, want %d, %d", v, bar, gi, gn, wi, wn)
				}
			}
		}
		for _, v := range []string{s, s + ",", ", " + s, ",", ""} {
			for _, sep := range []string{", ", ". ", ",,"} {
				if got, want := lastIndexPair(v, sep[0], sep[1]), strings.LastIndex(v, sep); got != want {
					t.Errorf("lastIndexPair(%q, %q) = %d, want %d", v, sep, got, want)
				}
			}
		}
		for _, v := range []string{s, "Ann Lee, Bo Ray, " + s, "Ann Lee (eds.), ed, " + s, ", " + s, "Lee, Ann, eds., " + s} {
			gn, gr, gok := directNames(v)
			wn, wr, wok := directNamesRef(v)
			if !slices.Equal(gn, wn) || gr != wr || gok != wok {
				t.Errorf("directNames(%q) = %q, %q, %v, want %q, %q, %v", v, gn, gr, gok, wn, wr, wok)
			}
		}
		for _, v := range []string{s, "5. 5. 2024 " + s, s + " 10.05.10", "123.4.2020", "1-2-33", "07/08/2026x", "3.4.", "9"} {
			if got, want := mayHoldNumericDay(v), mayHoldNumericDayRef(v); got != want {
				t.Errorf("mayHoldNumericDay(%q) = %v, want %v", v, got, want)
			}
		}
		for _, v := range []string{s, s + ".", "?" + s, s[:min(len(s), 7)], s[:min(len(s), 9)] + "!"} {
			if got, want := lastSentenceStop(v), strings.LastIndexAny(v, ".!?"); got != want {
				t.Errorf("lastSentenceStop(%q) = %d, want %d", v, got, want)
			}
		}
		for _, v := range []string{s, s + " Hide Caption", "CAPTİON " + s, "caption", "Capti", "xxxxxxxxCAPTION"} {
			if got, want := containsCaption(v), strings.Contains(strings.ToLower(v), "caption"); got != want {
				t.Errorf("containsCaption(%q) = %v, want %v", v, got, want)
			}
		}
		for _, v := range []string{s, " \u00a0" + s + "\u2003\t", "\u3000" + s + "\xe2\x80", "\xff " + s + " \u0085", "\u200b" + s} {
			if got, want := trimSpace(v), strings.TrimSpace(v); got != want {
				t.Errorf("trimSpace(%q) = %q, want %q", v, got, want)
			}
		}
		if got, want := splitComma(s), splitCommaRef(s); !slices.Equal(got, want) {
			t.Errorf("splitComma(%q) = %q, want %q", s, got, want)
		}
		if got, want := mayHoldButton(s), mayHoldButtonRef(s); got != want {
			t.Errorf("mayHoldButton(%q) = %v, want %v", s, got, want)
		}
		for _, p := range append(splitComma(s), s, "Jo Lee and Ann Smith & Bo Li", "Jo and Ann", "jo Lee and Ann Smith", " Jo Lee") {
			if got, want := partIsNames(p), partIsNamesRef(p); got != want {
				t.Errorf("partIsNames(%q) = %v, want %v", p, got, want)
			}
		}
		for _, h := range []string{s, s[:min(len(s), 24)], "xxxxxxxxxxxxxxxxxxxxxxxD", "xxxxxxxxD"} {
			if got, want := gluedByWordCapital(h), strings.ContainsAny(h[min(len(h), 1):], "VBPAD"); got != want {
				t.Errorf("gluedByWordCapital(%q) = %v, want %v", h, got, want)
			}
		}
		for _, v := range []string{s, "Ein Interview von " + s, "Interview by " + s, "An  interview\tby " + s} {
			gr, gok := labelledByline(v)
			wr, wok := labelledBylineRef(v)
			if gr != wr || gok != wok {
				t.Errorf("labelledByline(%q) = %q, %v, want %q, %v", v, gr, gok, wr, wok)
			}
		}
		for _, w := range append(strings.Fields(s), "", "A", "İ", "ǅx", "\u212aX", "xY") {
			lw := appendLower(nil, w)
			g0, g1, gok := firstTwoLower(w)
			w0, w1, wok := firstTwoRunes(lw)
			h0, h1, hok := lastTwoLower(w)
			v0, v1, vok := lastTwoRunes(lw)
			if g0 != w0 || g1 != w1 || gok != wok || h0 != v0 || h1 != v1 || hok != vok {
				t.Errorf("firstTwoLower/lastTwoLower(%q) disagree with the runes of %q", w, lw)
			}
		}
		for _, v := range []string{s, s + "abcdefghijklmnop", "Straße" + s + "Zürich"} {
			if got, want := appendTokens(nil, v, 4000), appendTokensRef(v); !slices.Equal(got, want) {
				t.Errorf("appendTokens(%q) = %v, want %v", v, got, want)
			}
		}
		if got, want := firstGlue(s), firstGlueRef(s); got != want {
			t.Errorf("firstGlue(%q) = %d, want %d", s, got, want)
		}
	}
	for _, s := range append(lines, "3 days ago", "Friday", "вчера", "MAY 14", "14. Mai", ", 2 hours ago", "Updated: 1 year 13 weeks ago") {
		if toks := tokenize(s, 16); isRelativeDateToks(toks) && !mayStartRelativeDate(s) {
			t.Errorf("mayStartRelativeDate(%q) = false for a relative date", s)
		}
	}
	for _, s := range append(lines, "( ( ( ( ( ( ( ( ( 5 May 2020. Text text text", "A, , , , , , , , , , 5 May 2020. Text text more",
		"Workers' World, 6 November 1997. Thousands marched", "Friday, ( ( March 3, 2014 - the strike began there") {
		if d, ok := firstDateN(s, orderUnknown, 120); ok {
			if _, ok := leadAround(s, d); ok && !mayLead(s) {
				t.Errorf("mayLead(%q) = false for a lead", s)
			}
		}
		// lineDates answers as the scans it stands for.
		for _, order := range []dayOrder{orderUnknown, orderMonthFirst} {
			ld := &lineDates{s: s, order: order}
			for _, n := range []int{16, 50, 120, 400} {
				gd, gok := ld.firstIn(n)
				wd, wok := firstDateN(s, order, n)
				if gd != wd || gok != wok {
					t.Errorf("lineDates(%q).firstIn(%d) = %v %v, want %v %v", s, n, gd, gok, wd, wok)
				}
			}
			if got, want := ld.all(), scanDates(s, order); !slices.Equal(got, want) {
				t.Errorf("lineDates(%q).all() = %v, want %v", s, got, want)
			}
		}
	}
	for _, s := range append(lines, "Written by Ana María de la Cruz", "Geschrieben von Jan Le Van Berg", "Ana B. C. De la Cruz and X Y",
		"— Ana Cruz Lee —", "作者：张三", "A B, C D E F G, H I") {
		names := SplitAuthors(s)
		all := len(names) > 0
		for _, n := range names {
			all = all && looksLikeName(n)
		}
		if all && !shortNameRuns(s) {
			t.Errorf("shortNameRuns(%q) = false for names %q", s, names)
		}
	}
	for _, s := range append(lines, "14 March, 2024Mining unions in Zambia are calling", "2016: 1 de mayo de 2016Mining unions in Zambia call",
		"Friday, 3 March 2014Strike ends today in the mines of", "2016: 1 de mayo de mayo de mayo de mayo de mayo mayoMining unions call") {
		if got, want := dateFieldLeadWith(s, true), dateFieldLeadWith(s, false); got != want {
			t.Errorf("dateFieldLead(%q) = %v with the quick test, %v without", s, got, want)
		}
	}
	for _, m := range volumeMarks {
		if !strings.Contains(m, ",") {
			t.Errorf("volume mark %q has no comma; containerLine's quick test needs one", m)
		}
	}
	for _, s := range append(lines, "Ana Cruz and Bo Li", " and X", "A und B and C", "X y Y", "Jan ja Piet", "A AND B", "A and") {
		want := -1
		for k, c := range conjunctions {
			if i := strings.Index(s, c); i > 0 {
				want = k
				break
			}
		}
		if got, _ := firstConj(s); got != want {
			t.Errorf("firstConj(%q) = %d, want %d", s, got, want)
		}
	}
	for _, s := range append(lines, "Posted 12.05.2020 by X", "on 5. 5. 2024", "3/14/2021", "Friday 12.05.2020", "x 1-2-99 y", "2022-08-08") {
		votes := false
		for _, m := range scanDates(s, orderUnknown) {
			if m.date.Precision == annals.PrecisionDay && m.lang == "" && !m.ambiguous {
				if a := leadingNumber(s[m.start:m.end]); a >= 1 && a <= 31 {
					votes = true
				}
			}
		}
		if votes && !mayHoldNumericDay(s) {
			t.Errorf("mayHoldNumericDay(%q) = false for a date that votes", s)
		}
	}
	for _, s := range append(lines, " By x", "a  By  b By c", "x | y |  | z", " ", "") {
		for _, sep := range []string{" By ", " | ", " - ", " – ", " ", ". By ", " by "} {
			if got, want := indexSpaced(s, sep), strings.Index(s, sep); got != want {
				t.Errorf("indexSpaced(%q, %q) = %d, want %d", s, sep, got, want)
			}
		}
	}
	words := []string{"Septeber", "Setpember", "eptember", "Xeptember", "Sseptember", "septembe", "Octobr", "Ocotber", "Mayo", "Mai", "ДЕКАБРЯ", "декабяр", "Ｍarch", "M", "", "Mär", "Marc", "arch", "Janury", "anuary"}
	for _, s := range lines {
		for _, tk := range tokenize(s, 4000) {
			if tk.kind == 'w' {
				words = append(words, tk.text)
			}
		}
	}
	for _, w := range words {
		for _, typo := range []bool{false, true} {
			gm, gl, gok := lookupMonth(w, typo)
			wm, wl, wok := lookupMonthRef(w, typo)
			if got, want := isWeekday(w), weekdays.has(strings.ToLower(strings.TrimSuffix(w, "."))); got != want {
				t.Errorf("isWeekday(%q) = %v, want %v", w, got, want)
			}
			if gm != wm || gl != wl || gok != wok {
				t.Errorf("lookupMonth(%q, %v) = %v %q %v, want %v %q %v", w, typo, gm, gl, gok, wm, wl, wok)
			}
		}
	}
	long := strings.Repeat("der Streik und die ", 300)
	if got, want := recordLanguage(long, "the"), detectLanguageRef(long+" the"); got != want {
		t.Errorf("recordLanguage(long) = %q, want %q", got, want)
	}
}

// The run-together split as it was before splitScore skipped hopeless
// candidates.
func splitRunTogetherRef(s string) (title, summary string, date annals.Date) {
	if i := firstGlueRef(s); i > 0 && wordCount(s[:i]) >= 3 && wordCount(s[i:]) >= 3 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:]), date
	}
	if d, ok := firstDateN(s, orderUnknown, 400); ok {
		after := strings.TrimLeft(s[d.end:], " ")
		if d.start > 0 && (strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "– ") || strings.HasPrefix(after, "— ")) {
			return strings.TrimSpace(s[:d.start]), strings.TrimSpace(after[len("-"):]), d.date
		}
	}
	// Candidates are the words before the 30th; words past the 32nd
	// change nothing.
	var wbuf, tbuf [32]string
	words := appendFields(wbuf[:0], s, 32)
	// Every candidate compares its word with all the words before it;
	// trim them once.
	trimmed := tbuf[:len(words)]
	for k := 0; k < len(words) && k < 30; k++ {
		trimmed[k] = strings.TrimFunc(words[k], isQuoteMark)
	}
	best, bestScore := -1, 1.0
	for k := 2; k < len(words)-2 && k < 30; k++ {
		sc := splitScoreRef(words, trimmed, k)
		if sc > bestScore {
			best, bestScore = k, sc
		}
	}
	if best < 0 {
		return s, "", date
	}
	// Rebuild the byte offset of word best.
	off := 0
	for k := 0; k < best; k++ {
		i := strings.Index(s[off:], words[k])
		off += i + len(words[k])
	}
	return strings.TrimSpace(s[:off]), strings.TrimSpace(s[off:]), date
}
func splitScoreRef(words, trimmed []string, k int) float64 {
	w, p := words[k], words[k-1]
	r := firstRune(strings.TrimLeftFunc(w, isOpenQuote))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return 0
	}
	// Lower-cased into buffers: these strings do not outlive the call.
	var lwBuf, lpBuf [32]byte
	lw := string(appendLower(lwBuf[:0], strings.TrimFunc(w, func(r rune) bool { return isOpenQuote(r) || r == ',' || r == '.' || r == ':' || r == ';' })))
	lp := string(appendLower(lpBuf[:0], strings.TrimFunc(p, func(r rune) bool { return isQuoteMark(r) && r != '?' && r != '!' })))
	sc := 0.0
	if sentenceOpeners.has(lw) {
		sc += 3
	}
	pr := firstRune(p)
	if unicode.IsLower(pr) && !titleGlue.has(lp) && unicode.IsUpper(r) {
		sc += 2
	}
	if titleGlue.has(lp) || p == "-" || p == "–" {
		sc -= 3
	}
	// A phrase of the title repeated mid-teaser ("… east London …") is not
	// where the teaser starts.
	for j := 1; j < k-1; j++ {
		if strings.EqualFold(words[j-1], p) && strings.EqualFold(trimmed[j], lw) {
			sc -= 3
			break
		}
	}
	if len(lw) > 2 {
		for _, t := range trimmed[:k] {
			if strings.EqualFold(t, lw) {
				sc += 2
				break
			}
		}
	}
	if k+1 < len(words) && isUpperStart(words[k+1]) && !sentenceOpeners.has(lw) {
		sc -= 0.5
	}
	// A capital right after a year starts a sentence: "… 2002 Original call …".
	if len(p) == 4 && atoi(p) > 999 && strings.Trim(p, "0123456789") == "" {
		sc += 1.5
	}
	if strings.HasSuffix(p, ":") {
		sc -= 2
	}
	// Titles are usually five to fifteen words long.
	if k < 4 {
		sc -= float64(4-k) * 0.5
	}
	if k > 15 {
		sc -= float64(k-15) * 0.3
	}
	return sc
}

func mayHoldButtonRef(t string) bool {
	lt := strings.ToLower(t)
	return strings.Contains(lt, "read ") || strings.Contains(lt, "add to favo") || strings.Contains(lt, "п")
}

// dateFieldLeadWith runs dateFieldLead's glued-date rule with or without
// its quick test.
func dateFieldLeadWith(s string, quick bool) bool {
	head := headOf(s, 50)
	if quick && !digitBeforeUpper(s, len(head)) && !(len(head) < len(s) && unicode.IsUpper(firstRune(s[len(head):]))) {
		return false
	}
	m, ok := firstDate(head, orderUnknown)
	return ok && m.start == 0 && m.end < len(s) && unicode.IsUpper(firstRune(s[m.end:]))
}

func isLabelPhraseRef(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !labelWords.has(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// lookupMonthRef is lookupMonth before its quick test.
func lookupMonthRef(w string, typo bool) (time.Month, string, bool) {
	if len(w) > 30 {
		return 0, "", false
	}
	var buf [64]byte
	lb := appendLower(buf[:0], w)
	if e, ok := monthTable[string(lb)]; ok {
		return e.m, e.lang, true
	}
	if !typo {
		return 0, "", false
	}
	n := utf8.RuneCount(lb)
	if n < 4 || n > 11 {
		return 0, "", false
	}
	// One deletion in w, or w is a name with one deletion, or both
	// (a substitution): the deletion neighbourhoods meet.
	if name, ok := monthDeletions[string(lb)]; ok {
		e := monthTable[name]
		return e.m, e.lang, true
	}
	var dbuf [64]byte
	for i := 0; i < len(lb); {
		_, size := utf8.DecodeRune(lb[i:])
		d := append(append(dbuf[:0], lb[:i]...), lb[i+size:]...)
		i += size
		name, ok := monthDeletions[string(d)]
		if !ok {
			if e, ok2 := monthTable[string(d)]; ok2 && utf8.RuneCount(d) >= 5 {
				return e.m, e.lang, true
			}
			continue
		}
		if editDistanceAtMost1(string(lb), name) {
			e := monthTable[name]
			return e.m, e.lang, true
		}
	}
	return 0, "", false
}

// splitCommaRef is splitComma by strings.Split.
func splitCommaRef(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// lastClosingQuoteRef is lastClosingQuote by strings.LastIndex.
func lastClosingQuoteRef(t string) int {
	i := strings.LastIndex(t, "“")
	if j := strings.LastIndex(t, "”"); j > i {
		i = j
	}
	if j := strings.LastIndex(t, "»"); j > i {
		i = j
	}
	return i
}

// lastSpacedSepRef is lastSpacedSep byte by byte.
func lastSpacedSepRef(s string, bar bool) (int, int) {
	for i := len(s) - 3; i >= 0; i-- {
		if s[i] != ' ' {
			continue
		}
		switch c := s[i+1]; {
		case c == '-' || bar && c == '|':
			if s[i+2] == ' ' {
				return i, 3
			}
		case c == 0xE2 && i+5 < len(s) && s[i+2] == 0x80 && (s[i+3] == 0x94 || s[i+3] == 0x93) && s[i+4] == ' ':
			return i, 5
		}
	}
	return -1, 0
}

func creditEndsRef(s string) bool {
	t := tailOf(s, 70)
	if strings.IndexByte(t, '/') < 0 && !containsFoldASCII(t, "photo") && !containsFoldASCII(t, "foto") && strings.IndexByte(t, ':') < 0 && !containsFoldASCII(t, "getty") {
		return false
	}
	lt := strings.ToLower(t)
	for _, m := range creditMarks {
		if strings.Contains(lt, m) {
			return true
		}
	}
	return false
}

func TestSpaceRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpaceRune(r) != unicode.IsSpace(r) {
			t.Errorf("isSpaceRune(%U) = %v", r, isSpaceRune(r))
		}
	}
}
func collapseSpaceRef(s string) string {
	// Most lines need no change: check that first, without copying.
	clean := true
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if !spaceOrNonASCII[c] {
			prevSpace = false
			i++
			continue
		}
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
			if sp && (prevSpace || c != ' ') {
				clean = false
				break
			}
			prevSpace = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || isSpaceRune(r) || r == '\u200b' || r == '\ufeff' {
			clean = false // invalid bytes are replaced, spaces collapsed
			break
		}
		prevSpace = false
		i += n
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpaceRune(r) || r == '\u200b' || r == '\ufeff' {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestCollapseSpaceBytes(t *testing.T) {
	// Every pair of neighbouring ASCII bytes, at every offset in a word.
	for b := 0; b < 0x80; b++ {
		for c := 0; c < 0x80; c++ {
			for _, s := range []string{strings.Repeat(string([]byte{byte(b), byte(c)}), 9), "x" + strings.Repeat(string([]byte{byte(b), byte(c)}), 9)} {
				if got, want := collapseSpace(s), collapseSpaceRef(s); got != want {
					t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
func wordCountUpToRef(s string, max int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < max; i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
func mayHoldDateRef(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i == 4 {
			return true
		}
		if j+1 < len(s) && (s[j] == '.' || s[j] == '/' || s[j] == '-') && s[j+1] >= '0' && s[j+1] <= '9' {
			return true
		}
		i = j
	}
	return false
}

func TestWordAndDigitBytes(t *testing.T) {
	// Every pair of neighbouring bytes, at both alignments, and the lines.
	var ss []string
	for b := 0; b < 0x100; b++ {
		for c := 0; c < 0x100; c++ {
			p := string([]byte{byte(b), byte(c)})
			ss = append(ss, strings.Repeat(p, 9), "x"+strings.Repeat(p, 9), "12"+strings.Repeat(p, 5)+"34", strings.Repeat(p, 5)+"1999")
		}
	}
	ss = append(ss, sampleLines(t)...)
	for _, s := range ss {
		for _, max := range []int{1, 3, 8, 20, 1000} {
			if got, want := wordCountUpTo(s, max), wordCountUpToRef(s, max); got != want {
				t.Fatalf("wordCountUpTo(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
		if got, want := hasNumericDate(s), hasNumericDateRef(s); got != want {
			t.Fatalf("hasNumericDate(%q) = %v, want %v", s, got, want)
		}
		if got, want := indexDigit(s), strings.IndexAny(s, "0123456789"); got != want {
			t.Fatalf("indexDigit(%q) = %d, want %d", s, got, want)
		}
		if got, want := mayHoldDate(s), mayHoldDateRef(s); got != want {
			t.Fatalf("mayHoldDate(%q) = %v, want %v", s, got, want)
		}
	}
}
func hasNumericDateRef(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '/' || c == '-') && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

func TestASCIIMasks(t *testing.T) {
	// Every pair of neighbouring ASCII bytes, so that a carry would show.
	for b := uint64(0); b < 0x80; b++ {
		for c := uint64(0); c < 0x80; c++ {
			x := b | c<<8 | b<<16 | c<<24 | b<<32 | c<<40 | b<<48 | c<<56
			var letters, spaces uint64
			for i := 0; i < 8; i++ {
				y := rune(byte(x >> (8 * i)))
				if 'a' <= y && y <= 'z' || 'A' <= y && y <= 'Z' {
					letters |= 0x80 << (8 * i)
				}
				if unicode.IsSpace(y) {
					spaces |= 0x80 << (8 * i)
				}
			}
			if got := asciiLetters(x); got != letters {
				t.Fatalf("asciiLetters(%#x) = %#x, want %#x", x, got, letters)
			}
			if got := asciiSpaces(x); got != spaces {
				t.Fatalf("asciiSpaces(%#x) = %#x, want %#x", x, got, spaces)
			}
		}
	}
}

func TestZeroBytes(t *testing.T) {
	// Every pair of neighbouring bytes, so that a carry would show.
	for b := uint64(0); b < 0x100; b++ {
		for c := uint64(0); c < 0x100; c++ {
			x := b | c<<8 | b<<16 | c<<24 | b<<32 | c<<40 | b<<48 | c<<56
			var want uint64
			for i := 0; i < 8; i++ {
				if byte(x>>(8*i)) == 0 {
					want |= 0x80 << (8 * i)
				}
			}
			if got := zeroBytes(x); got != want {
				t.Fatalf("zeroBytes(%#x) = %#x, want %#x", x, got, want)
			}
		}
	}
}

func TestWordSet(t *testing.T) {
	// A set holds its words and no others, whichever way they are asked.
	lines := sampleLines(t)
	var words []string
	for _, s := range lines {
		words = append(words, strings.Fields(s)...)
	}
	for _, n := range []int{1, 3, 20, 200} {
		in := map[string]bool{}
		for i := 0; i < n && i < len(words); i++ {
			in[words[i*7%len(words)]] = true
		}
		var list []string
		for w := range in {
			list = append(list, w)
		}
		set := newWordSet(append(list, list...)...)
		for _, w := range append(words, "", "x", "xx") {
			if got := set.has(w); got != in[w] {
				t.Errorf("set of %d words: has(%q) = %v", n, w, got)
			}
			if got := set.hasBytes([]byte(w)); got != in[w] {
				t.Errorf("set of %d words: hasBytes(%q) = %v", n, w, got)
			}
		}
	}
}

func TestAppendLowerAllRunes(t *testing.T) {
	// Every rune, between ASCII and among others, and invalid bytes.
	var b strings.Builder
	check := func() {
		s := b.String()
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		b.Reset()
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if toLower(r) != unicode.ToLower(r) {
			t.Fatalf("toLower(%U) = %U, want %U", r, toLower(r), unicode.ToLower(r))
		}
		b.WriteRune(r)
		if r%7 == 0 {
			b.WriteString("Ab")
		}
		if r%61 == 0 {
			b.WriteString("\xc3")
			check()
		}
	}
	check()
}

func TestRuneClassesMatch(t *testing.T) {
	tests := []struct {
		name      string
		got, want func(rune) bool
	}{
		{"IsUpper", isUpper, unicode.IsUpper}, {"IsLower", isLower, unicode.IsLower},
		{"IsLetter", isLetter, unicode.IsLetter}, {"IsMark", isMark, unicode.IsMark},
		{"IsDigit", isDigit, unicode.IsDigit},
		{"Cyrillic", isCyrillic, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }},
		{"Latin", isLatin, func(r rune) bool { return unicode.Is(unicode.Latin, r) }},
	}
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		for _, tt := range tests {
			if got, want := tt.got(r), tt.want(r); got != want {
				t.Fatalf("%s(%U) = %v, want %v", tt.name, r, got, want)
			}
		}
	}
}

func TestDecodeRuneMatches(t *testing.T) {
	// Every pair of bytes, alone and before another byte.
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, s := range []string{string([]byte{byte(a)}), string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b), 0x80})} {
				r, n := decodeRune(s)
				if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
					t.Fatalf("decodeRune(%q) = %U, %d, want %U, %d", s, r, n, wr, wn)
				}
			}
		}
	}
}

func TestDateBeforeMatches(t *testing.T) {
	var dates []annals.Date
	for _, y := range []int{-5, 0, 7, 999, 1000, 2024, 2025, 9999, 10000, 12345} {
		dates = append(dates, annals.Date{}, annals.YearDate(y))
		for _, m := range []time.Month{-1, 0, 1, 9, 10, 12, 99, 100} {
			dates = append(dates, annals.Date{Year: y, Month: m, Precision: annals.PrecisionMonth})
			for _, d := range []int{-1, 0, 1, 9, 10, 31, 99, 100} {
				dates = append(dates, annals.Date{Year: y, Month: m, Day: d, Precision: annals.PrecisionDay})
			}
		}
	}
	dates = append(dates, annals.Date{Year: 2024, Precision: 99})
	for _, a := range dates {
		for _, b := range dates {
			if got, want := dateBefore(a, b), a.Before(b); got != want {
				t.Fatalf("dateBefore(%+v, %+v) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestQuickTestsHold(t *testing.T) {
	lines := sampleLines(t)
	cases := []string{"SZ PlusVon Björn Finke", "InterviewBy Jo Lee", "xPar y", "ÉtudePor Ana", "Door Jan", "aAf b"}
	for _, s := range lines {
		cases = append(cases, s)
		for _, tk := range tokenize(s, 4000) {
			cases = append(cases, s[:tk.end()])
		}
	}
	for _, c := range currencyMarks {
		cases = append(cases, "From "+c+"12", c)
	}
	for _, s := range cases {
		// priceLine looks for a currency only where a byte of one is.
		if !mayHoldCurrency(s) {
			for _, c := range currencyMarks {
				if strings.Contains(s, c) {
					t.Errorf("mayHoldCurrency(%q) = false, but it holds %q", s, c)
				}
			}
		}
		// bylineText looks for a glued by-word only after a capital
		// that may start one.
		if !gluedByWordCapital(s[:min(len(s), 24)]) {
			for _, w := range gluedByWords {
				if i := strings.Index(s[:min(len(s), 23+len(w))], w); i > 0 && i < 24 {
					t.Errorf("gluedByWordCapital(%q) = false, but %q is at %d", s, w, i)
				}
			}
		}
		// containerLine looks for the volume marks only at commas.
		want := -1
		for _, m := range volumeMarks {
			if i := strings.Index(s, m); i >= 0 && (want < 0 || i < want) {
				want = i
			}
		}
		if got := indexVolumeMark(s); got != want {
			t.Errorf("indexVolumeMark(%q) = %d, want %d", s, got, want)
		}
	}
	// creditEndsIn reads a mark without creditMarkWords or alamyWord
	// as a label before ": ", or one foldsLikeASCII rules out.
	for _, m := range creditMarks {
		if containsFoldASCIIAround(m, creditMarkWords) || containsFoldASCIIAround(m, alamyWord) {
			continue
		}
		if l, ok := strings.CutSuffix(m, ": "); ok && slices.Contains(creditColonLabels, l) || !foldsLikeASCII(m) {
			continue
		}
		t.Errorf("credit mark %q holds no mark word, and is no label of creditColonLabels", m)
	}
	// inlineCitation searches for " By " only in lines with a dash.
	for _, m := range citationMarks {
		if !strings.HasPrefix(m, ". ") && !factsOf(m).any(hasDash|hasE2) {
			t.Errorf("citation mark %q neither starts with \". \" nor holds a dash", m)
		}
	}
}

// partIsNamesRef is partIsNames on the names splitConj makes.
func partIsNamesRef(p string) bool {
	for _, n := range splitConj(p) {
		if !looksLikeName(n) {
			return false
		}
	}
	return true
}

// labelledBylineRef is labelledByline splitting the whole line.
func labelledBylineRef(s string) (string, bool) {
	if len(s) > 120 {
		return "", false
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || !labelWords.has(strings.ToLower(ws[0])) && !pieceArticles.has(strings.ToLower(ws[0])) {
		return "", false
	}
	for i := 1; i < len(ws) && i <= 3; i++ {
		w := strings.ToLower(ws[i-1])
		if !labelWords.has(w) {
			if i == 1 && pieceArticles.has(w) {
				continue
			}
			return "", false
		}
		r, ok := cutByWord(strings.Join(ws[i:], " ") + " ")
		if r = strings.TrimSpace(r); ok && looksLikeNameList(r) {
			return r, true
		}
	}
	return "", false
}

// appendTokensRef tokenizes s rune by rune.
func appendTokensRef(s string) []token {
	var toks []token
	space := false
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isSpaceRune(r):
			space = true
			i = j
			continue
		case '0' <= r && r <= '9':
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, token{kind: 'n', start: i, text: s[i:j], space: space})
		case isWord(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWord(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{kind: 'w', start: i, text: s[i:j], space: space})
		default:
			toks = append(toks, token{kind: 'p', start: i, text: s[i:j], space: space})
		}
		i, space = j, false
	}
	return toks
}

// TestTwoByteFastPaths checks what the fast paths for runes of two bytes
// assume: U+0400–U+047F (lead bytes 0xD0 and 0xD1, in langCount.add and
// wordEnd) are Cyrillic letters, none a space or a letter only Kazakh
// has; and no rune from U+00C0 to U+07FF (lead bytes 0xC3 to 0xDF, in
// collapseSpace) is a space.
func TestTwoByteFastPaths(t *testing.T) {
	for r := rune(0x400); r < 0x480; r++ {
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLetter(r) || strings.ContainsRune("әғқңөұүһӘҒҚҢӨҰҮҺ", r) {
			t.Errorf("%U is not a Cyrillic letter of Russian", r)
		}
	}
	for r := rune(0xC0); r < 0x800; r++ {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			t.Errorf("%U is a space", r)
		}
	}
}

func TestWordSetIndexFold(t *testing.T) {
	sets := []*wordSet{weekdays, relativeWords, relativeMarkers, sentenceOpeners, titleGlue, labelWords, monthKeys, numberingWords, newWordSet("in", "kw", "i", "ik")}
	words := []string{"", "a", "A", "The", "THE", "monday", "Monday", "MONDAY", "Mon", "heute", "Heute", "вчера", "Вчера",
		"İstanbul", "K", "Kelvin", "Januar", "JANUAR", "janvier", "Février", "мая", "Mai", "of", "OF", "vol", "Vol", "x",
		"İn", "İN", "İ", "\u212aw", "İ\u212a", "Ы", "é"}
	for _, s := range sets {
		for _, w := range words {
			var buf [64]byte
			if got, want := s.indexFold(w), s.indexBytes(appendLower(buf[:0], w)); got != want {
				t.Errorf("indexFold(%q) = %d, want %d", w, got, want)
			}
		}
	}
}

// TestRelativeEndWords checks that relativeEndWords takes a word of
// ASCII letters exactly when relativeDateWord or yearlessEnds does.
func TestRelativeEndWords(t *testing.T) {
	words := []string{"Mon", "MONDAY", "ago", "pm", "PM", "Uhr", "March", "Sept", "may", "x", "strike", "days", "kl", "utc"}
	for name := range monthTable {
		words = append(words, name)
	}
	for _, set := range []*wordSet{relativeDateWords, weekdays, yearlessEnds, yearlessLabels} {
		for _, w := range set.slots {
			words = append(words, w)
		}
	}
	for _, s := range sampleLines(t) {
		for _, tk := range tokenize(s, 4000) {
			words = append(words, tk.text)
		}
	}
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.Title(w)} {
			if v == "" || strings.IndexFunc(v, func(r rune) bool { return !isASCIILetter(byte(r)) || r >= utf8.RuneSelf }) >= 0 {
				continue
			}
			if got, want := relativeEndWords.hasFold(v), relativeDateWord(v) || yearlessEnds.hasFold(v); got != want {
				t.Errorf("relativeEndWords.hasFold(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

func TestRelativeDateWordSets(t *testing.T) {
	ref := func(w string) bool {
		l := strings.ToLower(w)
		// Short weekdays open year-less dates ("Thu 13 Nov").
		if weekdays.has(l) || relativeMarkers.has(l) || relativeWords.has(l) {
			return true
		}
		_, _, ok := lookupMonth(w, false)
		return ok
	}
	words := []string{"", "a", "Mon", "Monday", "MONDAY", "mon", "tue", "Tues", "ago", "Ago", "hace", "вчера", "Вчера", "пн", "Пн",
		"Friday", "vendredi", "Freitag", "hours", "h", "d", "x", "Mai", "March", "İ", "today", "Today", "strike"}
	for _, w := range words {
		if got, want := relativeDateWord(w), ref(w); got != want {
			t.Errorf("relativeDateWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestIsRelativeDateToksSets(t *testing.T) {
	ref := func(toks []token) bool {
		if len(toks) == 0 || len(toks) > 12 {
			return false
		}
		if isYearlessDate(toks) {
			return true
		}
		marker := false
		for _, t := range toks {
			switch t.kind {
			case 'n':
				if len(t.text) > 3 {
					return false
				}
			case 'w':
				w := strings.ToLower(t.text)
				switch {
				case len(w) > 3 && weekdays.has(w):
					marker = true
				case relativeMarkers.has(w):
					marker = true
				case relativeWords.has(w):
				default:
					return false
				}
			case 'p':
				if !strings.ContainsAny(t.text, ":,.-'’") {
					return false
				}
			}
		}
		return marker
	}
	for _, s := range []string{"Friday", "3 days ago", "Updated: 1 year 13 weeks ago", "вчера", "Вчера, 21:36", "hours", "Mon", "mon 3",
		"2 hours ago", "Hace 3 días", "il y a 2 heures", "vor 5 Stunden", "Heute", "last week", "this", "today, 12:00", "Strike today"} {
		toks := tokenize(s, 16)
		if got, want := isRelativeDateToks(toks), ref(toks); got != want {
			t.Errorf("isRelativeDateToks(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLowersToASCII checks lowersToASCII on every rune alone.
func TestLowersToASCII(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := lowersToASCII(string(r)), isASCII(strings.ToLower(string(r))); got != want {
			t.Errorf("lowersToASCII(%q) = %v, want %v", r, got, want)
		}
	}
}

// directNamesRef is directNames judging every head's parts afresh.
func directNamesRef(s string) ([]string, string, bool) {
	i := strings.Index(s, ", ")
	for i > 0 {
		head := s[:i]
		for _, m := range editorMarks {
			head = strings.TrimSuffix(head, m)
		}
		if commaPartsAreNames(head) {
			i = longerNameList(s, i)
			head = s[:i]
			for _, m := range editorMarks {
				head = strings.TrimSuffix(head, m)
			}
			names := personNames(head)
			rest := s[i:]
			for _, m := range editorMarks {
				if strings.HasPrefix(rest, m) && strings.HasPrefix(rest[len(m):], ".") {
					rest = strings.TrimLeft(rest[len(m):], ".")
					break
				}
			}
			return names, strings.TrimPrefix(rest, ", "), true
		}
		j := strings.Index(s[i+2:], ", ")
		if j < 0 || i > 120 {
			break
		}
		i += 2 + j
	}
	return nil, "", false
}

// TestDatelessHolds checks that an item classify marks dateless has no
// date labelledDates could find.
func TestDatelessHolds(t *testing.T) {
	for _, s := range sampleLines(t) {
		l, _, ok, _ := makeTextLine(s, 1)
		if !ok {
			continue
		}
		for _, order := range []dayOrder{orderUnknown, orderDayFirst, orderMonthFirst} {
			var it item
			classify(&it, l, pageContext{order: order, nameColumn: -1, sourceColumn: -1, dates: new(lineDates)})
			if _, found := firstDate(it.body, order); it.dateless && (found || holdsDate(it.body)) {
				t.Errorf("classify(%q) marks %q dateless; it holds a date", s, it.body)
			}
		}
	}
}

// mayHoldNumericDayRef is mayHoldNumericDay looking at every byte for a
// separator after a digit.
func mayHoldNumericDayRef(s string) bool {
	digits := func(i int) int {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j - i
	}
	for i := 1; i < len(s); i++ {
		sep := s[i]
		if sep != '.' && sep != '/' && sep != '-' || s[i-1] < '0' || s[i-1] > '9' {
			continue
		}
		a := i - 1
		for a > 0 && s[a-1] >= '0' && s[a-1] <= '9' {
			a--
		}
		if i-a > 2 {
			continue
		}
		j := i + 1
		if sep == '.' && j < len(s) && s[j] == ' ' {
			j++
		}
		n := digits(j)
		if n < 1 || n > 2 {
			continue
		}
		j += n
		if j >= len(s) || s[j] != sep {
			continue
		}
		j++
		if sep == '.' && j < len(s) && s[j] == ' ' {
			j++
		}
		if n := digits(j); n == 2 || n == 4 {
			return true
		}
	}
	return false
}

// TestTrimSpaceRunes checks trimSpace around every rune.
func TestTrimSpaceRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, v := range []string{string(r), string(r) + "x" + string(r), " " + string(r) + " "} {
			if got, want := trimSpace(v), strings.TrimSpace(v); got != want {
				t.Errorf("trimSpace(%q) = %q, want %q", v, got, want)
			}
		}
	}
}

// TestMarksCutsets checks that the cutsets given to trimMarks,
// trimLeftMarks and trimRightMarks hold no ASCII letter or digit, which
// their quick return assumes.
func TestMarksCutsets(t *testing.T) {
	paths, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`trim(Left|Right)?Marks\(`)
	n := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for _, loc := range call.FindAllStringIndex(src, -1) {
			// The cutset follows the first argument's comma, at depth 1.
			i, depth := loc[1], 1
			for ; i < len(src) && (depth > 1 || src[i] != ','); i++ {
				switch src[i] {
				case '(', '[', '{':
					depth++
				case ')', ']', '}':
					depth--
				case '"':
					for i++; src[i] != '"'; i++ {
						if src[i] == '\\' {
							i++
						}
					}
				}
				if depth == 0 {
					break // a definition's parameters: no call
				}
			}
			if depth == 0 || i == len(src) {
				continue
			}
			lit := strings.TrimLeft(src[i+1:], " ")
			if !strings.HasPrefix(lit, `"`) {
				continue // a cutset given as a variable: the helpers' own calls
			}
			end := 1
			for ; lit[end] != '"'; end++ {
				if lit[end] == '\\' {
					end++
				}
			}
			cutset, err := strconv.Unquote(lit[:end+1])
			if err != nil {
				t.Fatalf("%s: %s: %v", p, lit[:end+1], err)
			}
			n++
			for _, c := range []byte(cutset) {
				if asciiAlnum[c] {
					t.Errorf("%s: cutset %q holds %q", p, cutset, c)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("found %d calls with a cutset; the scan misses some", n)
	}
}

func TestReporterTitledGate(t *testing.T) {
	lines := sampleLines(t)
	for _, title := range reporterTitles.slots {
		if title == "" {
			continue
		}
		if !strings.HasSuffix(title, "자") && !strings.HasSuffix(title, "원") {
			t.Fatalf("reporter title %q ends in neither 자 nor 원, which reporterTitled looks for", title)
		}
		lines = append(lines, "김민수 "+title, "김민수 "+title+" ", "김민수 "+title+"\u3000", "이정훈 기자, 최서연 "+title, "한승희 사회부 "+title+",", "한승희 "+title+"들")
	}
	for _, l := range lines {
		for _, s := range []string{l, l + " 기자", l + " 원", l + "\u00a0"} {
			gn, gok := reporterTitled(s)
			wn, wok := reporterNames(s)
			if gn != wn || gok != wok {
				t.Fatalf("reporterTitled(%q) = %q, %v; want %q, %v", s, gn, gok, wn, wok)
			}
		}
	}
}

// Kinds of event are labels, not names: an events page prints them where
// a press-cuttings page prints the outlet ("Koncert" / "Politiken").
func TestEventKindsAreLabelWords(t *testing.T) {
	for _, s := range []string{"Film", "Koncert", "Foredrag", "Byvandring", "Vortrag", "Exposition", "Лекция", "Workshop"} {
		if !isLabelPhrase(s) || isOutletName(s) {
			t.Errorf("%q: isLabelPhrase %v, isOutletName %v; want a label, no outlet", s, isLabelPhrase(s), isOutletName(s))
		}
	}
	for _, s := range []string{"Politiken", "Jyllands-Posten"} {
		if isLabelPhrase(s) {
			t.Errorf("%q read as a label", s)
		}
	}
}

// referenceBodyRef is referenceBody searching for every tail.
func referenceBodyRef(s string) string {
	t := trimRightMarks(s, ". ")
	for _, m := range []string{", ISBN", ". ISBN", ", pp. ", ", p. ", ", pp ", ", S. ", ", pag. ", ", págs. ", ", с. "} {
		if i := strings.LastIndex(t, m); i > 0 {
			t = trimRightMarks(t[:i], ". ")
		}
	}
	return t
}

func TestReferenceBodyMatches(t *testing.T) {
	cases := append(sampleLines(t),
		"Giuseppe Berti, Lo sciopero generale del 1904, Milano, Feltrinelli, 1964, ISBN 978-88-07-00000-0.",
		"Luisa Cavallaro, «Le mondine», in Movimento operaio, n. 3, 1982, pp. 211-238.",
		", ISBN", ". ISBN 1", "A, p. 3, pp. 4. ISBN 5, S. 6", "Title, с. 12–14.", "Title, págs. 3", "Title, pag. 3, pp 4",
		"x, pp. y, pp. z", ",, pp. 1", "., ISBN", "A. ISBN. ISBN", "ISBN, ISBN 12")
	for _, s := range cases {
		if got, want := referenceBody(s), referenceBodyRef(s); got != want {
			t.Errorf("referenceBody(%q) = %q, want %q", s, got, want)
		}
	}
}
