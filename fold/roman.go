package fold

import (
	"bytes"
	"strings"
)

// This file folds romanisation variants: after base, every word is
// lower-case Latin (for the scripts we transliterate), and these rules
// rewrite the spellings that English, French, German, BGN/PCGN and the
// Kazakh Latin alphabets use for one Cyrillic letter onto one spelling.
// The result is a key, not a word: "Nazarbayev" becomes "nazarbaev",
// "Shymkent" becomes "shimkent".
//
// The rules come in two tiers, because a rule applied to every word also
// rewrites ordinary English, French and German words:
//
// Global rules (globalRules) run on every word. Each was checked against
// common English, French and German words; the merges they cause between
// two real words are rare and were accepted:
//
//	kh→h            Sikh→sih; no real merge
//	gh→g            ghost = ГОСТ; night→nigt merges nothing
//	q→k             English q is always qu: queen→kueen, no merge
//	zh, dzh, dj→j   adjust→ajust, no merge
//	ph→f            Stephan = Stefan (wanted)
//	tz→ts           Platz→plats, no merge
//	sch→sh          German ш: Schmidt = Шмидт (wanted); school→shool
//	tsch, tch→ch    German and French ч; batch = Bach, match = mach
//	schtsch, chtch→shch  German and French щ
//	ch+consonant→h  German ch for х (Chruschtschow, Rachmonow);
//	                Christ = Христос, technical = техника
//	ngg→ng          Kazakh ң+ғ (Маңғыстау) against Mangystau
//	y→i             the big one: Almaty = Алматы, Shymkent = Шымкент,
//	                -iy/-ij/-y endings. Merges dye/die, lye/lie,
//	                byte/bite, tyre/tire, style/stile: accepted
//	ii→i            Niyazov→niazov, Vasiliy→vasili
//	vowel+ie→vowel+e  Nazarbayev/Nazarbaïev = Назарбаев; Meyer = Meier
//	vowel+j at the end→i  Nikolaj = Nikolai = Николай
//
// Name rules (nameRules) run only on words that end like a Russian-style
// surname (isName: -ov/-ev/-ova/-eva and their German -ow/-ew/-owa/-ewa and
// French -off/-eff spellings, -sky/-ski/-skaya, -ovich/-evich, -ovna/-evna):
//
//	w→v             German в (Iwanow, Tokajew); global it would merge
//	                west/vest, wine/vine, wet/vet
//	final ff→v      French -off/-eff (Smirnoff)
//	ou→u            French у (Kounaïev); global it would merge four/fur,
//	                court/curt, pour/pur
//	j+vowel→y       German й (Nazarbajew, Majakowski). This also merges
//	                ж, дж and й before a vowel inside such names, on
//	                every side alike, so Rajabov = Раджабов still holds
//	initial ie→e    Yezhov = Ежов (an initial ye→e for every word would
//	                merge year/ear, yeast/east, yet/et)
//	doubled consonant→single  Massimov = Masimov; global it would merge
//	                less/les, dessert/desert, hiss/his
//	final -chov/-shov→-chev/-shev  Gorbatschow = Горбачёв (ё is "e" in
//	                base); merges the rare real -шов/-чов surnames with
//	                their -шев/-чев twins
//
// The -ow/-ew/-off endings are also English (window, review, layoff), so
// isName requires some length and excludes the English endings and words
// listed below. A false positive only means the name rules run on an
// English word, which is harmless unless it merges it with another word.
//
// What the rules do not try: German s for з (Nasarbajew), German z for ц
// (Jelzin), French ch for ш (Khrouchtchev), French j for ж at the start of
// a word, Uzbek x for х, and vowel differences (Kunaev/Qonaev,
// Tashkent/Toshkent). Those are either ambiguous with English spellings
// or different names, and the gazetteer lists the ones that matter.

// maxRoman is the longest word, in bytes, that the rules rewrite. Longer
// "words" are hashes, encoded data or run-together text; keeping them as
// they are bounds the quadratic worst case of repeating the rules.
const maxRoman = 64

// romanize rewrites the word in buffer cur to its key and returns the
// index of the buffer holding the key. It repeats the rules until nothing
// changes, so that Word(Word(w)) == Word(w): a key is a fixed point. One
// pass can leave work for the next ("kkh" becomes "kh"), but every change
// shortens the word or replaces a letter by one no rule turns back (q→k,
// y→i, w→v), so the loop ends; the bound is only a guard.
func (sc *scratch) romanize(cur int) int {
	if len(sc.buf[cur]) > maxRoman {
		return cur
	}
	for range 4*len(sc.buf[cur]) + 8 {
		next := sc.pass(cur, globalRules)
		changed := !bytes.Equal(sc.buf[next], sc.buf[cur])
		cur = next
		if isName(sc.buf[cur]) {
			next = sc.pass(cur, nameRules)
			changed = changed || !bytes.Equal(sc.buf[next], sc.buf[cur])
			cur = next
		}
		if !changed {
			return cur
		}
	}
	return cur
}

// pass applies f to buffer cur, writing into the other buffer, and
// returns the other buffer's index.
func (sc *scratch) pass(cur int, f func(dst, src []byte) []byte) int {
	next := 1 - cur
	sc.buf[next] = f(sc.buf[next][:0], sc.buf[cur])
	return next
}

// isVowel reports whether c is an ASCII vowel letter, y included.
func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// isConsonant reports whether c is an ASCII consonant letter.
func isConsonant(c byte) bool {
	return 'a' <= c && c <= 'z' && !isVowel(c)
}

// globalRules appends to dst the word src with the global rules applied
// once, left to right, longest pattern first.
func globalRules(dst, src []byte) []byte {
	n := len(src)
	at := func(i int, p string) bool { return i+len(p) <= n && string(src[i:i+len(p)]) == p }
	last := func() byte {
		if len(dst) == 0 {
			return 0
		}
		return dst[len(dst)-1]
	}
	for i := 0; i < n; {
		c := src[i]
		switch c {
		case 's':
			switch {
			case at(i, "schtsch"):
				dst, i = append(dst, "shch"...), i+7
				continue
			case at(i, "sch"):
				dst, i = append(dst, "sh"...), i+3
				continue
			}
		case 't':
			switch {
			case at(i, "tsch"):
				dst, i = append(dst, "ch"...), i+4
				continue
			case at(i, "tch"):
				dst, i = append(dst, "ch"...), i+3
				continue
			case at(i, "tz"):
				dst, i = append(dst, "ts"...), i+2
				continue
			}
		case 'c':
			switch {
			case at(i, "chtch"):
				dst, i = append(dst, "shch"...), i+5
				continue
			case at(i, "ch") && i+2 < n && isConsonant(src[i+2]):
				dst, i = append(dst, 'h'), i+2
				continue
			}
		case 'd':
			switch {
			case at(i, "dzh"):
				dst, i = append(dst, 'j'), i+3
				continue
			case at(i, "dj"):
				dst, i = append(dst, 'j'), i+2
				continue
			}
		case 'z':
			if at(i, "zh") {
				dst, i = append(dst, 'j'), i+2
				continue
			}
		case 'k':
			if at(i, "kh") {
				dst, i = append(dst, 'h'), i+2
				continue
			}
		case 'g':
			if at(i, "gh") {
				dst, i = append(dst, 'g'), i+2
				continue
			}
		case 'p':
			if at(i, "ph") {
				dst, i = append(dst, 'f'), i+2
				continue
			}
		case 'n':
			if at(i, "ngg") {
				dst, i = append(dst, "ng"...), i+3
				continue
			}
		case 'q':
			dst, i = append(dst, 'k'), i+1
			continue
		case 'j':
			if i+1 == n && isVowel(last()) {
				c = 'i'
			} else {
				break
			}
			fallthrough
		case 'y', 'i':
			p := last()
			switch {
			case p == 'i':
				// ii→i: Niyazov, Vasiliy.
			case isVowel(p) && i+1 < n && src[i+1] == 'e':
				// vowel+ie→vowel+e: Nazarbayev.
			default:
				dst = append(dst, 'i')
			}
			i++
			continue
		}
		dst = append(dst, c)
		i++
	}
	return dst
}

// nameRules appends to dst the surname-like word src with the name rules
// applied once.
func nameRules(dst, src []byte) []byte {
	n := len(src)
	for i := 0; i < n; i++ {
		c := src[i]
		switch {
		case c == 'w':
			c = 'v'
		case c == 'f' && i == n-2 && src[i+1] == 'f':
			// Final -ff: Smirnoff, Orloff.
			dst = append(dst, 'v')
			return dst
		case c == 'o' && i+1 < n && src[i+1] == 'u':
			// French ou: emit the u on the next round.
			continue
		case c == 'j' && i+1 < n && isVowel(src[i+1]) && src[i+1] != 'i' && src[i+1] != 'y':
			c = 'y'
		case c == 'i' && i == 0 && n > 1 && src[1] == 'e':
			// Initial ye: Yezhov, Yessenov.
			continue
		case isConsonant(c) && i > 0 && src[i-1] == c:
			continue
		case c == 'o' && i == n-2 && src[i+1] == 'v' && i >= 2 && src[i-1] == 'h' && (src[i-2] == 'c' || src[i-2] == 's'):
			// -chov/-shov: ё after ч and ш, printed "e" in Russian
			// (Горбачёв, Хрущёв) and "o" in German and phonetic
			// English (Gorbatschow, Khrushchov).
			c = 'e'
		}
		dst = append(dst, c)
	}
	return dst
}

// isName reports whether the word w, after the global rules, ends like a
// Russian-style surname or patronymic in one of the romanisations the name
// rules fold.
func isName(w []byte) bool {
	s := string(w) // no allocation: the compiler sees it does not escape
	n := len(s)
	end := func(suffix string) bool { return strings.HasSuffix(s, suffix) }
	switch {
	case n >= 4 && (end("ov") || end("ev") || end("ova") || end("eva")):
		return true
	case n >= 6 && (end("ski") || end("skaia") || end("skaja")):
		return true
	case n >= 7 && (end("ovich") || end("evich") || end("owich") || end("ewich") ||
		end("ovna") || end("evna") || end("owna") || end("ewna")):
		return true
	case n >= 6 && (end("ow") || end("owa")):
		for _, e := range englishOw {
			if end(e) {
				return false
			}
		}
		k := strings.LastIndex(s, "ow")
		// Doubled consonant before -ow: fellow, arrow, minnow.
		return !(k >= 2 && s[k-1] == s[k-2])
	case n >= 7 && (end("ew") || end("ewa")):
		for _, e := range englishEw {
			if end(e) {
				return false
			}
		}
		return true
	case n >= 6 && (end("off") || end("eff")):
		return !englishOff[s]
	}
	return false
}

// englishOw are English word endings in -ow that are not surnames.
var englishOw = []string{
	"flow", "show", "hrow", "grow", "crow", "glow", "blow", "slow", "know",
	"snow", "stow", "plow", "brow", "bow", "ndow", "adow", "idow", "gow",
	"cow", "llow", "rrow", "avow",
}

// englishEw are English word endings in -ew that are not surnames (Andrew,
// Matthew, review, nephew). Medwedew and Breschnew keep -dew and -new.
var englishEw = []string{"view", "rew", "hew", "few", "kew"}

// englishOff are English -off compounds, spelled as after the global
// rules (layoff is "laioff").
var englishOff = map[string]bool{
	"takeoff": true, "faceoff": true, "writeoff": true, "tradeoff": true,
	"laioff": true, "paioff": true, "plaioff": true, "kickoff": true,
	"knockoff": true, "checkoff": true, "standoff": true, "sendoff": true,
	"leadoff": true, "cutoff": true, "liftoff": true, "spinoff": true,
	"runoff": true, "signoff": true, "tipoff": true, "dropoff": true,
	"ripoff": true, "showoff": true, "brushoff": true, "selloff": true,
	"blastoff": true, "jumpoff": true, "shutoff": true, "castoff": true,
	"turnoff": true, "setoff": true, "falloff": true, "playoff": true,
	"bakeoff": true, "sheriff": true, "tariff": true, "plaintiff": true,
	"bailiff": true, "mastiff": true, "pontiff": true,
}
