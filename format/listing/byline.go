package listing

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SplitAuthors splits a byline ("By A, B and C") into names. It drops the
// by-word in the languages we know ("By", "Von", "Par", "Af", "Por",
// "Автор:", "Written by") and splits on commas, "&" and the word "and" in
// several languages. Two single words joined by "and" ("Press and Media")
// are kept together: that is a desk or an organisation, not two people.
func SplitAuthors(s string) []string {
	out := []string{}
	eachAuthor(s, func(a string) bool {
		out = append(out, a)
		return true
	})
	return out
}

// trimNameList trims the punctuation around a list of names, keeping the
// stop of a last initial: "Ravi Teja K.".
func trimNameList(s string) string {
	if len(s) > 0 && asciiAlnum[s[0]] && asciiAlnum[s[len(s)-1]] {
		return s // most names: nothing to trim
	}
	s = trimLeftMarks(s, " ,;|:.-–—")
	t := trimRightMarks(s, " ,;|:.-–—")
	if len(t) < len(s) && s[len(t)] == '.' && endsInitial(s[:len(t)+1]) {
		return s[:len(t)+1]
	}
	return t
}

// eachAuthor calls yield with each name SplitAuthors returns, in order,
// until yield returns false; it reports whether yield never did. Probes
// that only look at the names (looksLikeNameList) use it to allocate
// nothing and stop at the first name that fails.
func eachAuthor(s string, yield func(string) bool) bool {
	s = trimSpace(s)
	if rest, ok := cutByWordSpaced(s); ok {
		s = rest
	}
	s = trimNameList(s)
	// Split on commas and semicolons first, then on conjunctions.
	for s != "" {
		p := s
		if k := indexCommaOrSemicolon(s); k >= 0 {
			p, s = s[:k], s[k+1:]
		} else {
			s = ""
		}
		p = trimSpace(p)
		if p == "" {
			continue // FieldsFunc gives no empty fields
		}
		// "A, B, and C": the serial comma leaves the conjunction in
		// front; "Desk, with Reuters" adds a name with "with".
		for _, w := range leadWordIndex[p[0]] {
			if len(p) > len(w) && strings.HasPrefix(p, w) {
				p = p[len(w):]
				break
			}
		}
		if !eachConj(trimSpace(p), yield) {
			return false
		}
	}
	return true
}

// eachConj calls yield, as eachAuthor does, with each part of
// splitConj(p), trimmed, leaving out the empty ones.
func eachConj(p string, yield func(string) bool) bool {
	return conjParts(p, func(p string) bool {
		if p = trimNameList(p); p != "" {
			return yield(p)
		}
		return true
	})
}

// cutGluedOutlet cuts the site's name off a byline's names, where the
// page ran the two together: "By Marc Dubreuil Global News". Only names
// of two words or more before an outlet's two are cut; the outlet is the
// site's own, which the entry does not print as its source.
func cutGluedOutlet(p string) string {
	var wb [12]string
	ws := appendFields(wb[:0], p, len(wb))
	if len(ws) < 4 || len(ws) == len(wb) || !isUpperStart(ws[len(ws)-2]) {
		return p
	}
	var buf [32]byte
	if last := ws[len(ws)-1]; len(last) > len(buf) || !outletWords.hasBytes(appendLower(buf[:0], last)) {
		return p
	}
	return trimSpace(p[:strings.LastIndex(p, ws[len(ws)-2])])
}

// conjParts calls yield with each part splitConj makes of p, in order,
// until yield returns false; it reports whether yield never did. It
// makes no slice: most callers stop at the first part.
func conjParts(p string, yield func(string) bool) bool {
	for {
		k, i := firstConj(p)
		if k < 0 {
			return yield(p)
		}
		c := conjunctions[k]
		a, b := trimSpace(p[:i]), trimSpace(p[i+len(c):])
		if !strings.Contains(a, " ") && !strings.Contains(b, " ") && !strings.Contains(p, ",") {
			return yield(p)
		}
		if !strings.Contains(b, " ") && institutionNouns.hasFold(b) {
			// One body's name: "Brent Museum and Archives".
			return yield(p)
		}
		if (c == " i " || c == " y ") && strings.Contains(a, " ") && !strings.Contains(b, " ") && isUpperStart(b) {
			// A Catalan or Spanish double surname: "Joan Roca i Ferrer",
			// "José Ortega y Gasset".
			return yield(p)
		}
		if !yield(a) {
			return false
		}
		p = b
	}
}

// withWords open a name added after a comma: "Redação, com SMABC".
var withWords = []string{"with ", "com ", "con ", "avec ", "mit ", "med ", "met ", "з ", "с "}

// leadWords may open a name after a comma: the conjunctions (without
// their leading space), then withWords.
var leadWords = func() []string {
	var ws []string
	for _, c := range conjunctions {
		ws = append(ws, c[1:])
	}
	return append(ws, withWords...)
}()

// leadWordIndex is leadWords by first byte.
var leadWordIndex = indexWords(leadWords)

// conjunctions join the last two names of a byline.
var conjunctions = []string{" and ", " & ", " und ", " и ", " og ", " y ", " e ", " et ", " en ", " och ", " i ", " және ", " та ",
	" ja ", " ve ", " és ", " oraz ", " пен ", " мен ", " бен ", " a ", " ir ", " eta ", " và ", " și ", " dan ",
	" AND ", " UND ", " И ", " OG ", " ET "} // bylines in capitals

// conjByNext lists the indexes in conjunctions of those whose byte after
// the leading space is the index.
var conjByNext = func() (ix [256][]int) {
	for k, c := range conjunctions {
		if c[0] != ' ' || len(c) < 2 {
			panic("listing: a conjunction must be a space and a word: " + strconv.Quote(c))
		}
		ix[c[1]] = append(ix[c[1]], k)
	}
	return ix
}()

// firstConj returns the first conjunction in list order that occurs in
// p, where strings.Index finds it, if that is past p's first byte: as
// a loop over conjunctions calling strings.Index would, in one pass over
// p's spaces (every conjunction starts with one).
func firstConj(p string) (k, at int) {
	var seen uint64 // by conjunction: found in p already
	if len(conjunctions) > 64 {
		panic("listing: too many conjunctions for firstConj")
	}
	k = -1
	for i := 0; i+1 < len(p); i++ {
		if p[i] != ' ' {
			continue
		}
		for _, c := range conjByNext[p[i+1]] {
			if seen&(1<<c) == 0 && strings.HasPrefix(p[i:], conjunctions[c]) {
				seen |= 1 << c
				// Only where a conjunction is first found counts.
				if i > 0 && (k < 0 || c < k) {
					k, at = c, i
				}
			}
		}
	}
	if k < 0 {
		return -1, 0
	}
	return k, at
}

// splitConj splits "A and B" unless both sides are single words.
func splitConj(p string) []string {
	var parts []string
	conjParts(p, func(a string) bool {
		parts = append(parts, a)
		return true
	})
	return parts
}

// byWords introduce a byline, longest first.
var byWords = []string{"written by ", "issued by ", "released by ", "reviewed by ", "hosted by ", "posted by ", "submitted by ", "contributed by ", "authored by ", "reported by ", "uploaded by ", "added by ", "started by ", "post by ", "beitrag von ", "message par ", "mensaje por ", "publicado por ", "veröffentlicht von ", "text by ", "story by ", "words by ", "publié par ", "escrito por ", "geschrieben von ", "автор: ", "авторы: ", "автор ", "text: ", "texto: ", "by: ", "by ", "von ", "par ", "por ", "af ", "door ", "di ", "av ", "de ", "του ", "της ", "autor: ", "autorin: ", "autor ", "auteur : ", "auteur: ", "yazar: ", "yazan: ", "autore: ", "autora: ", "skrevet af ", "skrevet av ", "författare: ", "kirjoittaja: ", "szerző: ", "tác giả: ", "作者：", "作者: ", "oleh: ", "oleh "}

// byWordIndex is byWords by first byte.
var byWordIndex = indexWords(byWords)

// cutByWord removes a leading by-word; ok reports whether there was one.
func cutByWord(s string) (string, bool) {
	// Two ASCII bytes opening s must open the by-word, lower-cased:
	// compare the second before the whole.
	second := byte(0)
	if len(s) > 1 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf {
		second = lowerASCII(s[1])
	}
	for _, w := range byWordIndex[lowerFirstByte(s)] {
		if len(s) >= len(w) && (second == 0 || w[1] == second) && hasPrefixFold(s, w) {
			// "de" and "di" are too common as ordinary words to count
			// unless a capitalised name follows.
			rest := s[len(w):]
			if particleByWord(w) && !particleByline(rest) {
				return s, false
			}
			return rest, true
		}
	}
	return s, false
}

// cutByWordSpaced is cutByWord(s + " ") without building that string,
// and with rest's last space left off: a by-word's trailing space may be
// the one after s.
func cutByWordSpaced(s string) (string, bool) {
	if s == "" {
		return s, false // no by-word starts with a space
	}
	for _, w := range byWordIndex[lowerFirstByte(s)] {
		if len(s)+1 >= len(w) && hasPrefixFoldSpaced(s, w) {
			rest := ""
			if len(w) <= len(s) {
				rest = s[len(w):]
			}
			if particleByWord(w) && !particleByline(rest) {
				return s, false
			}
			return rest, true
		}
	}
	return s, false
}

// particleByWord reports the by-words that are common words too: "de"
// and "di" (of, from), Greek "του" and "της" (of: "Του Νίκου
// Παπαδόπουλου" is by him).
func particleByWord(w string) bool {
	switch w {
	case "de ", "di ", "του ", "της ":
		return true
	}
	return false
}

// particleByline reports whether the text after "de " or "di ", words
// too common to be by-words on their own, is a name: two words or more,
// capitalised, and not in capitals ("DE SPOORWEGSTAKING", "De Telegraaf"
// are a headline and a newspaper, in Dutch).
func particleByline(rest string) bool {
	return isUpper(firstRune(rest)) && wordCountUpTo(rest, 2) >= 2 && !allUpper(rest)
}

// hasPrefixFoldSpaced is hasPrefixFold(s + " ", prefix).
func hasPrefixFoldSpaced(s, prefix string) bool {
	if hasPrefixFold(s, prefix) {
		return true
	}
	// Otherwise only a prefix ending in the space after s matches: all
	// of s matches all of prefix but that space.
	return strings.HasSuffix(prefix, " ") && foldEqual(s, prefix[:len(prefix)-1])
}

// nameParticles may appear in lower case inside a personal name.
var nameParticles = newWordSet(
	"de", "da", "del", "della", "di", "van", "von",
	"der", "den", "la", "le", "du", "dos", "das",
	"bin", "ibn", "al", "y", "zu", "ter",
)

// isNameWord reports whether w could be part of a personal name: a
// capitalised word, an initial, or a particle.
func isNameWord(w string) bool {
	if nameParticles.has(w) {
		return true
	}
	r := firstRune(w)
	if !isUpper(r) {
		return false
	}
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if asciiNotInName[c] { // most bytes: no decoding
				return false
			}
			i++
			continue
		}
		r, n := decodeRune(w[i:])
		if isDigit(r) || notInName(r) {
			return false
		}
		i += n
	}
	// A possessive ("Editors'", "Workers’s") is a phrase's word, not a
	// name's.
	if strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	return !isVowellessAcronym(w)
}

// asciiNotInName marks the ASCII bytes isNameWord refuses: digits and
// notInName's marks.
var asciiNotInName = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isDigit(rune(c)) || notInName(rune(c))
	}
	return t
}()

// notInName reports the marks no word of a name holds: !?:;()[]«»"“”/|
func notInName(c rune) bool {
	switch c {
	case '!', '?', ':', ';', '(', ')', '[', ']', '«', '»', '"', '“', '”', '/', '|':
		return true
	}
	return false
}

// isVowellessAcronym is an upper-case word of three or more letters with
// no vowel: "PDF", "BBC", "РБК". Such a word abbreviates a name of a
// thing; a person's name has vowels.
func isVowellessAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpper(r) {
			return false
		}
		if strings.ContainsRune("AEIOUYÀÁÂÄÅÆÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜАЕЁИОУЫЭЮЯІӘӨҮҰ", r) {
			return false
		}
		n++
	}
	return n >= 3
}

// looksLikeName reports whether s is one personal name: two to five name
// words, at most one of them a particle, and not too long.
func looksLikeName(s string) bool {
	if runesOver(s, 40) {
		return false
	}
	// The words as strings.Fields splits them, in a buffer: at most five
	// (a sixth rules s out).
	var wbuf [6]string
	ws := appendFields(wbuf[:0], s, len(wbuf))
	if len(ws) < 2 || len(ws) == len(wbuf) {
		return false
	}
	caps, initials := 0, 0
	for k, w := range ws {
		if w == "i" && k >= 2 && k == len(ws)-2 {
			continue // a Catalan double surname: "Joan Roca i Ferrer"
		}
		if !isNameWord(w) {
			return false
		}
		if !nameParticles.has(w) {
			caps++
		}
		if utf8.RuneCountInString(w) <= 2 && strings.HasSuffix(w, ".") {
			initials++
		}
	}
	// First, middle and last name; a fourth word only as an initial.
	return caps >= 2 && caps-initials <= 3 && isUpper(firstRune(ws[0]))
}

// postedWords may stand before the date of a dated byline: "Posted on
// DATE by NAME", "Publié le DATE par NAME".
var postedWords = newWordSet("posted", "on", "published", "updated", "written",
	"date", "dated", "le", "publié", "publiée", "am", "veröffentlicht",
	"el", "publicado", "publicada", "em", "il", "pubblicato", "den",
	"udgivet", "publiceret", "опубликовано", "от")

// dateThenBy reads a byline that prints the date before the names:
// "Posted on January 26, 2026 by Orla Keating", "12 May 2024 by Jo Lee".
func dateThenBy(ld *lineDates) (lead, bool) {
	var b lead
	s, order := ld.s, ld.order
	d, ok := ld.firstIn(120)
	if !ok {
		return b, false
	}
	// The words before the date, as strings.Fields(strings.ToLower(…))
	// has them, one at a time: most lines fail on the first.
	pre := s[:d.start]
	for i := 0; ; {
		a, e := nextField(pre, i)
		if a == len(pre) {
			break
		}
		i = e
		var buf [64]byte
		if w := appendLower(buf[:0], pre[a:e]); !postedWords.hasBytes(bytes.Trim(w, ":,")) {
			return b, false
		}
	}
	rest := trimLeftMarks(s[d.end:], " ,|·•–—-")
	names, ok := cutByWord(rest)
	if !ok {
		return b, false
	}
	b, ok = parseByline(names, order)
	if !ok {
		return b, false
	}
	if !b.dated {
		b.date, b.dated = d.date, true
	}
	return b, true
}

// nameThenDate reads a byline without a by-word: names, then the date
// ending the line ("Ainur Seitkali Feb 3, 2026", "Jo Lee · 3 May 2024").
func nameThenDate(ld *lineDates) (lead, bool) {
	var b lead
	s, ms := ld.s, ld.all()
	if len(ms) != 1 || ms[0].start == 0 {
		return b, false
	}
	if after := trimRightMarks(s[ms[0].end:], " ."); after != "" {
		// The time it was posted may follow: "-5 Mar 2025, 7:30 am".
		var buf [16]token
		if len(after) > 24 || !onlyTimeAfter(appendTokens(buf[:0], after, 16)) {
			return b, false
		}
	}
	names := trimMarks(s[:ms[0].start], " ,|·•–—-")
	if names == "" || indexDigit(names) >= 0 || !looksLikeNameList(names) || allUpper(names) {
		return b, false
	}
	b.authors, b.date, b.dated = SplitAuthors(names), ms[0].date, true
	return b, true
}

// nameThenAge reads nameThenDate's byline when the date is an age, "N
// units ago" ("Channels Television 2 days ago", "Neo Rapoo vor 3
// Stunden"): the names are kept and the date is none. The age must
// count something: a headline may end with "today" or "yesterday".
func nameThenAge(s string) (lead, bool) {
	var b lead
	if !mayEndRelativeDate(s) {
		return b, false
	}
	// The age is the last two to four words; the names are before it.
	for i, words := len(s), 0; i > 0 && words < 4; {
		j := strings.LastIndexByte(s[:i], ' ')
		if j <= 0 {
			break
		}
		i, words = j, words+1
		age := s[j+1:]
		if words < 2 || !countsFirst(age) {
			continue
		}
		var buf [8]token
		toks := appendTokens(buf[:0], age, 8)
		if len(toks) > 5 || !isRelativeDateToks(toks) {
			continue
		}
		names := trimMarks(s[:j], " ,|·•–—-")
		if names == "" || indexDigit(names) >= 0 || !looksLikeNameList(names) || allUpper(names) {
			return b, false
		}
		b.authors, b.dated, b.relative = SplitAuthors(names), true, true
		return b, true
	}
	return b, false
}

// outletThenAge reads an aggregator's credit under a headline: the
// outlet's name, then how long ago it ran, in a feed's short form ("Sheffield
// Star 14m", "Belfast Telegraph 1h", "Barnsley Chronicle Yesterday"). The
// name must read as an outlet's; the age dates nothing.
func outletThenAge(s string) (string, bool) {
	j := strings.LastIndexByte(s, ' ')
	if j <= 0 {
		return "", false
	}
	age := s[j+1:]
	// (A feed prints "Yesterday" in capitals: "Join GMB today" is a call.)
	if !shortAge(age) && age != "Yesterday" && age != "Today" {
		// Or the day without its year: "East Anglian Daily Times 10 Mar".
		k := strings.LastIndexByte(s[:j], ' ')
		if k <= 0 || !isDigits(s[k+1:j]) || len(s[k+1:j]) > 2 {
			return "", false
		}
		if _, _, ok := lookupMonth(age, false); !ok {
			return "", false
		}
		j = k
	}
	name := trimMarks(s[:j], " ,|·•–—-")
	if name == "" || indexDigit(name) >= 0 || wordCountUpTo(name, 7) > 6 || !(outletLike(name) || isDomain(name)) {
		return "", false
	}
	// An outlet's name is in capitals but for its joining words; a
	// headline ending "… is out today" is not.
	for k, w := range strings.Fields(name) {
		if !isUpperStart(w) && (k == 0 || !orgJoinWords.has(w)) {
			return "", false
		}
	}
	return name, true
}

// shortAge reports an age in a feed's short form, one word: a number
// and a unit's letter or abbreviation (ageUnits), "14m", "1h", "3d",
// "2hrs".
func shortAge(w string) bool {
	i := 0
	for i < len(w) && i < 3 && isDigitByte(w[i]) {
		i++
	}
	return i > 0 && ageUnits.has(w[i:])
}

// speakersLine reads the line a programme prints under an event's title
// to say who speaks, in lower case as a continuation of the title:
// "with Ruth Calloway (TUC General Secretary)", "with Maya Thornton
// (Unite), Jamal Hussain (BFAWU) and Ellie Brooks (GMB)", "with The
// Durham Strike Choir". What the brackets say of each speaker is not
// their name.
func speakersLine(s string) ([]string, bool) {
	rest, ok := strings.CutPrefix(s, "with ")
	if !ok || len(s) > 200 {
		return nil, false
	}
	names := dropBracketed(rest)
	if names == "" || indexDigit(names) >= 0 {
		return nil, false
	}
	if !looksLikeNameList(names) {
		// A band or a choir performs: "with The Durham Strike Choir".
		if !isUpperStart(names) || !capitalisedWords(names) || wordCountUpTo(names, 7) > 6 || strings.ContainsAny(names, ",;:") {
			return nil, false
		}
		return []string{names}, true
	}
	return SplitAuthors(names), true
}

// namesDashOutlet reads a byline that names the outlet after a dash:
// "Mayumi Dalisay - The Philippine Star", "Danilo Reyes and Joy Santos -
// Philstar.com". The outlet must read as one: a dash parts a headline
// too ("Union - Employer talks collapse"), and a post is no outlet
// ("Phakamile Nkosi – NUMSA National Spokesperson").
func namesDashOutlet(s string) (lead, bool) {
	var b lead
	if len(s) > 120 {
		return b, false
	}
	names, outlet, ok := cutSpaced(s, " - ")
	if !ok {
		names, outlet, ok = cutSpaced(s, " – ")
	}
	if !ok || strings.Contains(outlet, " - ") || wordCountUpTo(outlet, 7) > 6 || !isUpperStart(outlet) && !isDomain(outlet) {
		return b, false
	}
	if !isDomain(outlet) && (!outletLike(outlet) || !capitalisedWords(outlet)) || strings.ContainsAny(outlet, "!?:,;0123456789") || roleLine(outlet) {
		return b, false
	}
	if indexDigit(names) >= 0 || !looksLikeNameList(names) || allUpper(names) || outletLike(names) {
		return b, false
	}
	b.authors, b.source = SplitAuthors(names), outlet
	return b, true
}

// countsFirst reports whether the first or second word of an age is its
// count: "2 days ago", "vor 3 Stunden".
func countsFirst(age string) bool {
	if isDigitByte(age[0]) {
		return true
	}
	i := strings.IndexByte(age, ' ')
	return i > 0 && i+1 < len(age) && isDigitByte(age[i+1])
}

// nameWithAffiliation reads an author line that adds where the author
// works: "Helen Carvery, University of Bristol", "Richard Harrow,
// Lecturer in History, University of Manchester". The affiliation is not
// part of the name.
func nameWithAffiliation(s string) (string, bool) {
	i := strings.IndexByte(s, ',')
	if i <= 0 || len(s) > 160 {
		return "", false
	}
	name := trimSpace(s[:i])
	if !looksLikeName(name) {
		return "", false
	}
	for _, w := range strings.FieldsFunc(s[i+1:], func(r rune) bool { return r == ' ' || r == ',' }) {
		if affiliationWords.hasFold(w) {
			return name, true
		}
	}
	return "", false
}

// institutionWords name the places scholars work.
var institutionWords = newWordSet(strings.Fields(`university universities college institute school academy centre center
	hospital department faculty laboratory université universität universidad università universidade
	universiteit universitet uniwersytet yliopisto üniversitesi университет університет университеті institut
	instituto istituto hochschule hogeschool`)...)

// affiliationWords name institutions and academic posts.
var affiliationWords = unionOf(institutionWords, newWordSet(strings.Fields(`foundation lecturer professor researcher fellow scholar phd candidate
		professeur professorin professora docent dozent doctorant doktorand chercheur chercheuse investigador
		investigadora ricercatore ricercatrice профессор доцент исследователь
		analyst director editor spokesperson spokesman spokeswoman correspondent reporter economist historian organiser organizer president secretary
		chair coordinator adviser advisor officer consultant journalist columnist contributor expert specialist
		writer anchor videojournalist photojournalist producer presenter
		senior redakteur redakteurin korrespondent korrespondentin direktor direktorin directeur directrice analyste
		journaliste rédacteur rédactrice periodista corresponsal redactor redactora analista directora redaktør
		analytiker direktør chefredaktør журналист корреспондент редактор аналитик директор эксперт обозреватель тілші`)...))

// looksLikeNameList reports whether s is one or more personal names
// joined by commas and conjunctions ("A, B and C").
func looksLikeNameList(s string) bool {
	if !mayBeNameListAll(s) {
		return false
	}
	names := 0
	return eachAuthor(s, func(n string) bool {
		names++
		return looksLikeName(n)
	}) && names > 0
}

// mayBeNameListAll holds for s when looksLikeNameList can, before its
// names are split.
func mayBeNameListAll(s string) bool {
	return mayBeNameList(s) && shortNameRuns(s) && !runesOver(s, 200) && !(strings.ContainsAny(s, ".!?") && !hasInitials(s)) && !isLabelPhrase(s)
}

// nameListAuthors is SplitAuthors(s) when looksLikeNameList(s) holds:
// the names that test reads are the authors, split once.
func nameListAuthors(s string) ([]string, bool) {
	if !mayBeNameListAll(s) {
		return nil, false
	}
	var buf [8]string // most lists are short: no allocation for a line that fails
	names := buf[:0]
	if !eachAuthor(s, func(n string) bool {
		names = append(names, n)
		return looksLikeName(n)
	}) || len(names) == 0 {
		return nil, false
	}
	// A copy off buf, in a variable of its own: returning names itself
	// would move buf to the heap for every line that gets here.
	out := append([]string{}, names...)
	trimListStop(out) // "Kerr JM, Sim R."
	return out, true
}

// particlesOrListWords are nameParticles and listWords, for one lookup.
var particlesOrListWords = unionOf(nameParticles, listWords)

// listWords may stand in lower case in a list of names: particles and
// the conjunctions that join names.
var listWords = newWordSet("and", "&", "und", "и", "og", "y", "e",
	"et", "en", "och", "i", "және", "та", "ja", "ve", "és",
	"oraz", "пен", "мен", "бен", "a", "ir", "eta", "và", "și", "dan")

// mayBeNameList is a quick test that looksLikeNameList can hold for s,
// before the work of splitting it into names. Every character but
// separators ends up in some name, and a name word is capitalised or a
// particle; so a digit, or a lower-case word that is neither a particle
// nor a conjunction, rules s out. The first two words may be a by-word.
func mayBeNameList(s string) bool {
	// Words first: prose fails on its third word.
	n := 0
	for i := 0; ; {
		a, b := nextField(s, i)
		if a == len(s) {
			return indexDigit(s) < 0
		}
		i = b
		// Commas and semicolons separate names too.
		for f := s[a:b]; f != ""; {
			w := f
			if k := indexCommaOrSemicolon(f); k >= 0 {
				w, f = f[:k], f[k+1:]
			} else {
				f = ""
			}
			if w == "" {
				continue
			}
			if n++; n <= 2 {
				continue
			}
			w = trimRunes(w, isNameTrim)
			if isLower(firstRune(w)) && !particlesOrListWords.has(w) {
				return false
			}
		}
	}
}

// conjunctionWords are the words of conjunctions.
var conjunctionWords = func() *wordSet {
	var ws []string
	for _, c := range conjunctions {
		ws = append(ws, trimSpace(c))
	}
	return newWordSet(ws...)
}()

// shortNameRuns is a quick test that no name of SplitAuthors(s) has more
// than five words, as looksLikeName asks: between two separators (a
// comma, a semicolon, a conjunction) there are at most five words with a
// letter or digit, more in the first run by a by-word's words. Splitting and
// trimming never drop such words, and separators split at least as
// often here as there; a title-case headline of six words fails.
func shortNameRuns(s string) bool {
	limit, n := 5, 0
	t := trimSpace(s)
	if rest, ok := cutByWordSpaced(t); ok {
		limit += wordCount(t[:len(t)-len(rest)]) // the by-word's words
	}
	for i := 0; ; {
		a, b := nextField(s, i)
		if a == len(s) {
			return true
		}
		i = b
		w := s[a:b]
		if indexCommaOrSemicolon(w) >= 0 || conjunctionWords.has(w) {
			limit, n = 5, 0
			continue
		}
		if !hasLetterOrDigit(w) {
			continue
		}
		if n++; n > limit {
			return false
		}
	}
}

// hasLetterOrDigit reports whether w holds a letter or a digit.
func hasLetterOrDigit(w string) bool {
	for _, r := range w {
		if isLetter(r) || isDigit(r) {
			return true
		}
	}
	return false
}

func indexCommaOrSemicolon(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' || s[i] == ';' {
			return i
		}
	}
	return -1
}

// isNameTrim reports whether r is one of .:|-–— that are trimmed off the
// ends of names.
func isNameTrim(r rune) bool {
	switch r {
	case '.', ':', '|', '-', '–', '—':
		return true
	}
	return false
}

// hasInitials reports whether the dots in s are initials ("J. Smith").
func hasInitials(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == '.' {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if !isUpper(prev) {
				return false
			}
		}
	}
	return true
}

// datelineWords join a byline to the place it was filed from.
var datelineWords = []string{" in "}

// nameInPlace reads a byline with a dateline: "Jane Roe in Lagos",
// "Jane Roe in Hull, Quebec". The name is a personal name and the place
// one to three capitalised words, maybe with a comma.
func nameInPlace(s string) (string, bool) {
	if len(s) > 80 {
		return "", false
	}
	for _, w := range datelineWords {
		i := strings.Index(s, w)
		if i <= 0 {
			continue
		}
		name, place := s[:i], strings.ReplaceAll(s[i+len(w):], ",", "")
		var room [4]string // enough to tell three words from more
		ws := appendFields(room[:0], place, len(room))
		// One name, or several joined: "Jane Roe and Ann Lee in Lagos".
		if len(ws) == 0 || len(ws) > 3 || !looksLikeNameList(name) || !looksLikeName(name) && !hasConj(name) {
			return "", false
		}
		for _, p := range ws {
			if !isNameWord(p) {
				return "", false
			}
		}
		return name, true
	}
	return "", false
}

// labelWords name kinds of content and page sections, and the flags on
// a forum's threads (forumFlags); a line made only of them ("Press
// Release", "Blog Post", "Book Reviews") is a label, though capitalised
// like a name.
var labelWords = unionOf(forumFlags, newWordSet("featured", "press", "release", "releases", "statement",
	"statements", "blog", "post", "posts", "news", "article",
	"articles", "chapter", "video", "videos", "podcast", "interview",
	"opinion", "analysis", "review", "reviews", "book", "books",
	"editorial", "report", "reports", "feature", "features",
	"comment", "letters", "photo", "photos", "gallery", "live",
	"update", "updates", "event", "events", "campaign", "campaigns",
	"research", "paper", "papers", "brief", "briefing", "media",
	"advisory", "fact", "sheet", "resources", "publication",
	"publications", "story", "stories", "essay", "essays",
	"introduction", "foreword", "preface", "afterword", "contents",
	"column", "profile", "obituary", "q&a",
	"pressemitteilung", "pressemitteilungen", "medienmitteilung", "communiqué", "comunicado", "pressemeddelelse",
	"persbericht", "komunikat", "пресс-релиз", "заявление",
	"analyse", "kommentar", "reportage", "gastbeitrag", "kolumne",
	"entretien", "tribune", "chronique", "entrevista", "reportaje", "crónica",
	"intervista", "commento", "kommentaar",
	"интервью", "колонка", "мнение", "репортаж",
	// kinds of event
	"film", "films", "concert", "lecture", "lectures", "talk", "talks", "walk", "walking", "tour", "tours", "workshop",
	"workshops", "exhibition", "screening", "seminar", "webinar", "debate", "panel", "reading", "meeting",
	"koncert", "foredrag", "byvandring", "udstilling", "filmvisning", "debat", "møde", "omvisning",
	"konzert", "vortrag", "ausstellung", "führung", "rundgang", "lesung", "filmvorführung", "diskussion",
	"conférence", "exposition", "projection", "visite", "débat", "lecture-débat", "rencontre",
	"charla", "exposición", "proyección", "concierto", "visita", "conferencia", "mesa", "redonda",
	"лекция", "экскурсия", "выставка", "концерт", "кинопоказ", "встреча", "семинар",
	"föreläsning", "utställning", "visning", "konsert", "stadsvandring",
	// kinds of catalogue item
	"journal", "conference", "working", "thesis", "dissertation", "master", "master's", "masters", "doctoral",
	"phd", "honours", "honors", "bachelor", "bachelor's", "undergraduate", "graduate",
	"pamphlet", "ebook", "e-book", "print", "periodical", "serial",
	"audiobook", "manuscript", "archival", "material", "newspaper",
	// kinds of archival description
	"collection", "object", "fonds", "series", "subseries", "file", "unit", "item", "record", "records",
	"arkiv", "serie", "volym", "akt", "bestand",
	// kinds of event
	"talk", "panel", "workshop", "lecture", "screening", "webinar", "seminar", "exhibition", "walk", "tour"))

func isLabelPhrase(s string) bool {
	// strings.Fields and strings.ToLower, without allocating.
	n := 0
	for i := 0; ; {
		a, b := nextField(s, i)
		if a == len(s) {
			break
		}
		i = b
		var buf [64]byte
		if n++; n > 3 || !labelWords.hasBytes(appendLower(buf[:0], s[a:b])) {
			return false
		}
	}
	return n > 0
}

// postedAgoBy reads the line a link aggregator or forum prints under a
// post: how long ago it was posted, by whom, and where ("submitted 7
// hours ago by rivet_counter to c/labour"). The date is relative: none.
func postedAgoBy(s string, order dayOrder) (lead, bool) {
	var b lead
	verb, rest, ok := strings.Cut(s, " ")
	if !ok || !postVerbs.hasFold(verb) {
		return b, false
	}
	when, who, ok := strings.Cut(rest, " by ")
	if !ok || len(when) > 40 {
		return b, false
	}
	var buf [16]token
	if toks := appendTokens(buf[:0], when, 16); !isRelativeDateToks(toks) {
		return b, false
	}
	for _, m := range []string{" to ", " in "} {
		if i := strings.Index(who, m); i > 0 {
			who = who[:i]
		}
	}
	who = trimSpace(who)
	if nb, ok := parseByline(who, order); ok && len(nb.authors) > 0 {
		b.authors = nb.authors
	} else if handleWord(who) {
		b.authors = []string{who}
	} else {
		return b, false
	}
	b.dated, b.relative = true, true
	return b, true
}

// postVerbStart is a quick test that s may open with one of postVerbs:
// its first letter is one of theirs.
func postVerbStart(s string) bool {
	switch s[0] | 0x20 {
	case 's', 'p', 'u', 'a':
		return true
	}
	return false
}

// postVerbs open the line under a post that says when and by whom.
var postVerbs = newWordSet("submitted", "posted", "shared", "uploaded", "added", "published")

// handleWord reports whether s is a user's handle: one word of letters,
// digits, '_', '-' or '.', with a letter in it.
func handleWord(s string) bool {
	letter := false
	for _, r := range s {
		switch {
		case isLetter(r):
			letter = true
		case isDigit(r) || r == '_' || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letter && len(s) <= 40
}

// creditOverHeadline reads the line a news river prints over each
// headline, the writers and the outlet closed by a colon: "Noah
// Schreiber / New York Times:", "Maya Kessler and Luis Ortega /
// Reuters:". It returns the names and the outlet.
func creditOverHeadline(s string) ([]string, string, bool) {
	if len(s) > 120 || !strings.HasSuffix(s, ":") {
		return nil, "", false
	}
	names, outlet, ok := strings.Cut(s[:len(s)-1], " / ")
	if !ok || strings.Contains(outlet, " / ") || !isOutletName(outlet) || indexDigit(names) >= 0 || !looksLikeNameList(names) {
		return nil, "", false
	}
	return SplitAuthors(names), outlet, true
}

// creditsOverHeadlines reports whether the page prints
// creditOverHeadline's lines, two or more: there an outlet's name alone
// before a colon ("Bloomberg:") is the credit of a story without a
// writer's name, not a heading.
func creditsOverHeadlines(lines []line) bool {
	n := 0
	for _, l := range lines {
		if s := l.text; strings.HasSuffix(s, ":") && strings.Contains(s, " / ") {
			if _, _, ok := creditOverHeadline(s); ok {
				if n++; n >= 2 {
					return true
				}
			}
		}
	}
	return false
}
