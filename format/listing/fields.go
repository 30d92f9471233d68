package listing

import (
	"bytes"
	"slices"
	"strings"

	"github.com/labor-annals/annals"
)

// Catalogues, repositories and journal sites print each record as labelled
// fields, one to a line: "Author: Smith, H. ; Nash, V.", "Publisher:
// London : Unwin, 1889", "Format: Book". The label says what the value is,
// in whatever order the site prints them.

// fieldRole is what a labelled field holds.
type fieldRole uint8

const (
	roleNone      fieldRole = iota
	roleAuthors             // the names of the authors or editors
	rolePublisher           // "Place : Publisher, Year" of a book
	roleContainer           // the periodical or book an article is in
	roleDate                // the date or year of publication
	roleSummary             // an abstract or description
	roleTitle               // the title
	roleLink                // a permalink, URL or DOI
	roleOther               // catalogue detail: format, shelfmark, ISBN…
	roleSeries              // the numbered series of a report: "IZA Discussion Papers 18412"
	roleLastPost            // a forum thread's last post: its date is the thread's
)

// fieldLabels maps labels, lower-cased and without the colon, to roles.
var fieldLabels = map[string]fieldRole{}

func init() {
	add := func(r fieldRole, labels string) {
		for _, l := range strings.Split(labels, "|") {
			fieldLabels[trimSpace(l)] = r
		}
	}
	add(roleAuthors, `from|author|authors|author(s)|creator|creators|contributor|contributors|editor|editors|written by|
		автор|авторы|автор(ы)|автори|авторлар|auteur|auteurs|auteur(s)|autor|autoren|autor(en)|autores|autore|autori|
		forfatter|forfattere|verfasser|författare|tekijä|tekijät|autorzy|szerző|yazar|yazarlar|auteurs et autrices|
		beteiligte|mitwirkende|urheber|beteiligte personen|participants|medewerkers|auteur(s) et contributeur(s)|
		escrito por|écrit par|scritto da|geschrieben von|skrevet af|skrevet av|napisane przez|написано|кто написал|
		speaker|speakers|presenter|presenters|presented by|with|featuring|med|mit|avec|con|com|referent|referentin|referenten|
		redner|rednerin|foredragsholder|oplægsholder|intervenant|intervenants|intervenante|ponente|ponentes|relatore|relatori|
		spreker|sprekers|prelegent|prelegenci|докладчик|докладчики|спикер|спикеры|лектор|баяндамашы`)
	add(rolePublisher, `publisher|published by|imprint|publication|publisher/place|organisation|organization|issued by|issuing body|издательство|издатель|выходные данные|
		видавництво|баспа|éditeur|editeur|verlag|editorial|editora|editore|forlag|förlag|wydawca|wydawnictwo|kustantaja|yayınevi|erschienen|verlagsort|uitgever|uitgeverij|wydane|nakladatel|
		publicación|publicação|pubblicazione|udgivelse|utgivelse|publikation|veröffentlichung|pie de imprenta`)
	add(roleContainer, `in|journal|periodical|published in|container|host item|appears in|source|источник|журнал|джерело|
		revue|zeitschrift|revista|rivista|tidsskrift|tidskrift|czasopismo|lehti|dergi|part of|i|
		в журнале|в сборнике|в книге|в издании|опубликовано в|у журналі|у збірнику|в журналі|журналда|жинақта|
		erschienen in|enthalten in|in journal|in the journal|in book|in collection|in proceedings|ingår i|indgår i|inngår i|paru dans|publié dans|publicado en|publicado em|pubblicato in|udgivet i|utgiven i|
		opublikowano w|w czasopiśmie|gepubliceerd in|verschenen in`)
	add(roleDate, `date|dates|year|published|publication date|date published|date of publication|year of publication|issued|created|first published|published online|online publication date|print publication date|online publication|first online|online first|posted on|дата|год|
		год издания|дата публикации|рік|күні|жылы|date de publication|année|datum|erscheinungsjahr|erscheinungsdatum|jahr|
		fecha|año|fecha de publicación|data|anno|dato|udgivet|år|utgiven|rok|vuosi|julkaistu|tarih|yıl|
		zeit|datierung|entstehungszeit|laufzeit|jaar|datum van uitgave|rok vydání|datace|datering|tidsperiod`)
	add(roleSummary, `abstract|summary|description|annotation|аннотация|резюме|описание|анотація|аңдатпа|résumé|
		zusammenfassung|beschreibung|resumen|descripción|resumo|riassunto|sammendrag|beskrivelse|sammanfattning|
		streszczenie|opis|tiivistelmä|özet`)
	add(roleTitle, `title|название|заглавие|назва|атауы|titre|titel|título|titolo|tytuł|nimeke|başlık`)
	add(roleLink, `url|link|permalink|permanent link|doi|handle|uri|ссылка|lien|enlace|collegamento`)
	add(roleOther, `ddc|udc|lcc|classification|content provider|удк|ббк|format|type|item type|resource type|document type|material|material type|medium|shelfmark|shelf mark|
		call number|call no|signature|signatur|location|holdings|availability|isbn|issn|edition|language|languages|
		subjects|subject|keywords|tags|notes|note|physical description|extent|pages|page range|series|identifier|collection|rights|
		genre|also available|copies|status|record|язык|тип|шифр|ключевые слова|формат|тема|страниц|объем|langue|
		sprache|idioma|lingua|sprog|språk|język|schlagwörter|schlagworte|mots-clés|palabras clave|parole chiave|emneord|
		ämnesord|słowa kluczowe|cote|standort|signatura|sygnatura|bestand|exemplare|disponibilité|вид документа|экземпляры|
		request in|online|access|full text|view|holding|held by|reference|ref|ref no|reference number|catalogue reference|
		accession number|object number|inventory number|record id|id|référence|cote de référence|referencia|signatur/reference|
		наличие|местонахождение|шифр хранения|құжат түрі|
		objekttyp|objektart|dokumenttyp|medientyp|institution|datengeber|data provider|provider|repository|archiv|archive|
		holding institution|sammlung|bestandssignatur|typ|soort|druh dokumentu|
		tipo|tipo de documento|tipo de recurso|tipo documental|type de document|ver documento|
		soort bericht|soort|plaats van uitgave|place of publication|place published|lieu de publication|lieu d'édition|
		erscheinungsort|lugar de publicación|luogo di pubblicazione|место издания|article type|kind of article|
		arkivbildare|arkivinstitution|referenskod|records creator|creator of the records`)
	add(roleLastPost, `latest|last post|last reply|latest reply|latest post|last activity|letzter beitrag|dernier message|
		último mensaje|ultimo messaggio`)
}

// dateLabelWords, opening or closing a label, say it labels a date.
var dateLabelWords = newWordSet("date", "dated", "posted", "published", "written", "updated", "modified",
	"submitted", "created", "issued", "accepted", "revised", "received", "datum", "fecha", "дата")

// seriesLabels label the series a report or working paper is numbered in:
// its source, where the record names no periodical or publisher.
var seriesLabels = newWordSet("series/report no.", "series/report no", "series/report", "report no.", "report no",
	"working paper series", "working paper no.", "discussion paper series", "series and number")

// undatedWords say a record has no date.
var undatedWords = newWordSet("undated", "n.d.", "n.d", "no date", "s.d.", "s.d", "o.j.", "o. j.", "ohne jahr", "sans date",
	"sin fecha", "senza data", "odaterad", "udateret", "udatert", "nedatováno", "bez daty", "без даты", "без дати", "päiväämätön")

// labelledField splits a line into a known field label and its value:
// "Author: Paul Krause", "Auteur : Jean Dupont".
func labelledField(s string) (fieldRole, string, bool) {
	label, value, ok := cutLabel(s)
	if !ok || value == "" {
		return roleNone, "", false
	}
	role, ok := labelRole(label)
	return role, value, ok
}

// labelRole gives the role of a field label: one fieldLabels knows, the
// part before a slash ("Author/Creator"), a report's series, or a label
// of two words or more about a date.
func labelRole(label string) (fieldRole, bool) {
	var buf [64]byte
	key := appendLower(buf[:0], label)
	role, ok := fieldLabels[string(key)]
	if !ok && seriesLabels.has(string(key)) {
		role, ok = roleSeries, true
	}
	if j := strings.IndexByte(string(key), '/'); !ok && j > 0 {
		role, ok = fieldLabels[string(key[:j])] // "Author/Creator", "Published/Created"
	}
	if sp := bytes.IndexByte(key, ' '); !ok && sp > 0 {
		// A label of two or more words opening or closing with a word
		// for a date: "Date Written", "Date posted", "Last updated".
		if dateLabelWords.hasBytes(key[:sp]) || dateLabelWords.hasBytes(key[bytes.LastIndexByte(key, ' ')+1:]) {
			role, ok = roleDate, true
		}
	}
	return role, ok
}

// cutLabel splits "Label: value" at the line's first colon, when a space
// follows it and the label before it is one to four words.
func cutLabel(s string) (label, value string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 40 || i+1 >= len(s) || s[i+1] != ' ' {
		return "", "", false
	}
	label = trimSpace(s[:i])
	if label == "" || wordCount(label) > 4 {
		return "", "", false
	}
	return label, trimSpace(s[i+1:]), true
}

// classifyField makes an item of a labelled field line; ok is false when
// the line is no field or its value does not read as the label says.
func classifyField(it *item, s string, order dayOrder) bool {
	if fieldRow(it, s, order) {
		return true
	}
	role, value, ok := labelledField(s)
	if !ok {
		return false
	}
	switch role {
	case roleAuthors:
		if i := strings.Index(value, " | "); i > 0 && strings.Contains(value[i:], ":") && indexDigit(value[i:]) < 0 {
			value = value[:i] // "Escrito por: X | Editado por: Y": the editor is credited, not an author
		}
		value = trimRoleTail(value)
		if v := dropBracketed(value); strings.ContainsAny(v, "0123456789|") {
			// Names with a date: "Katarzyna Nowak, 12 maja 2021".
			b, ok := parseByline(v, order)
			if !ok {
				return false
			}
			it.take(kByline, b)
			return true
		}
		if unknownNames.hasFold(strings.TrimRight(value, ".")) {
			it.kind = kChrome // "Creator: Unknown" names no one
			return true
		}
		names := fieldNames(value)
		if len(names) == 0 {
			if trimSpace(dropCredits(value)) == "" {
				// Only a photographer's or translator's credit.
				it.kind = kChrome
				return true
			}
			return false
		}
		it.kind, it.authors, it.field = kByline, names, roleAuthors
	case rolePublisher:
		src, d, dated := publisherField(value, order)
		if src == "" && !dated {
			return false
		}
		it.kind, it.source, it.date, it.dated, it.field = kCite, src, d, dated, rolePublisher
		if dated {
			it.kind = kDate
		}
	case roleContainer:
		src, d, dated := containerField(value, order)
		if src == "" {
			return false
		}
		it.kind, it.source, it.date, it.dated, it.field = kCite, src, d, dated, roleContainer
		if dated {
			it.kind = kDate
		}
	case roleDate:
		if undatedWords.hasFold(trimMarks(value, "[]() ")) {
			// "Datering: odaterad": the record says it has no date, in
			// the line where the others print theirs.
			it.kind = kDate
			return true
		}
		if d, ok := approximateDate(value); ok {
			// "Date: c.1925", "Date: 1930s": a catalogue's guess.
			it.kind, it.date, it.dated = kDate, d, true
			return true
		}
		d, ok := dateLine(value, order)
		if !ok {
			// "Published: London : Routledge, 2021" names the publisher too.
			src, d, dated := publisherField(value, order)
			if !dated && src != "" && strings.Contains(value, " : ") {
				// "Published: Liverpool : Liverpool Press": the year is
				// on another line.
				it.kind, it.source, it.field = kCite, src, rolePublisher
				return true
			}
			if !dated || src == "" {
				return false
			}
			it.kind, it.source, it.date, it.dated = kDate, src, d, true
			return true
		}
		it.kind, it.date, it.dated = kDate, d, true
	case roleSummary:
		it.kind, it.body = kProse, value
	case roleTitle:
		it.kind, it.body, it.title = kTitle, value, value
	case roleLink:
		if !isURL(value) {
			it.kind = kChrome
			return true
		}
		it.kind, it.body = kURL, value
	case roleOther:
		it.kind = kChrome
	case roleLastPost:
		// "Last post: 12/03/25": a thread list prints no other date.
		// "Last post: Today 10:41" is relative, and "Last post by X"
		// names no author.
		it.kind = kChrome
		if d, ok := dateLine(value, order); ok {
			it.kind, it.date, it.dated = kDate, d, !d.IsZero()
		}
	case roleSeries:
		src := cutSeriesNumber(value)
		if src == "" {
			it.kind = kChrome
			return true
		}
		it.kind, it.source, it.field = kCite, src, roleSeries
	}
	return true
}

// cutSeriesNumber cuts the number off a series' name: "IZA Discussion
// Papers 18412", "CEPR Discussion Papers DP20117", "Working Paper ; no.
// 12" give the name alone.
func cutSeriesNumber(v string) string {
	for {
		v = trimRightMarks(v, " ,;:#")
		sp := strings.LastIndexByte(v, ' ')
		last := v[sp+1:]
		if sp < 0 || indexDigit(last) < 0 && !numberWords.hasFold(last) {
			return v
		}
		v = v[:sp]
	}
}

// numberWords stand before a number in a series: "no. 12", "Nr. 4".
var numberWords = newWordSet("no.", "no", "nr.", "nr", "n°", "vol.", "number", "issue")

// roleTails end a catalogue's heading for a person: the role and the
// years of life ("Abenov, Timur, 1968- author.").
var roleTails = []string{"author", "editor", "compiler", "translator", "illustrator", "contributor", "creator",
	"автор", "редактор", "составитель", "auteur", "herausgeber", "verfasser",
	"ed", "eds", "ed.", "eds.", "comp", "comp.", "coord", "coord.", "hrsg", "hrsg.", "éd", "éd.", "ред", "ред.", "сост", "сост."}

// trimRoleTail removes a heading's role and years of life.
func trimRoleTail(v string) string {
	v = trimNameList(v)
	for {
		i := lastIndexPair(v, ',', ' ')
		if i < 0 {
			return v
		}
		tail := trimRightMarks(v[i+2:], " .")
		lt := strings.ToLower(tail)
		role := false
		for _, r := range roleTails {
			if lt == r || strings.HasSuffix(lt, " "+r) && isLifeYears(trimSpace(tail[:len(tail)-len(r)])) {
				role = true
			}
		}
		if !role && !isLifeYears(tail) {
			return v
		}
		v = trimRightMarks(v[:i], " ,")
	}
}

// isLifeYears reports whether s is "1968-", "1901-1975" or "1968–".
func isLifeYears(s string) bool {
	s = trimRightMarks(s, "-– ")
	if a, b, ok := strings.Cut(s, "-"); ok {
		return isDigits(a) && len(a) == 4 && isDigits(b) && len(b) == 4
	}
	if a, b, ok := strings.Cut(s, "–"); ok {
		return isDigits(a) && len(a) == 4 && isDigits(b) && len(b) == 4
	}
	return isDigits(s) && len(s) == 4
}

// fieldNames splits an author field: names set apart by semicolons are
// kept as printed ("Smith, H. Llewellyn ; Nash, Vaughan"), one inverted
// name stays whole ("McCarthy, Terry"), and roles in brackets go
// ("David P Demarest (Editor)").
func fieldNames(v string) []string {
	v = dropCredits(v)
	v = dropBracketed(v)
	var names []string
	switch {
	case strings.Contains(v, ";"):
		for _, p := range strings.Split(v, ";") {
			if p = trimNameList(p); p != "" {
				names = append(names, p)
			}
		}
	case isInvertedName(v):
		names = []string{trimRightMarks(v, " ,")}
	default:
		names = SplitAuthors(v)
		if len(names) > 1 && orgLike(names[0]) && !slices.ContainsFunc(names[1:], func(n string) bool { return personLike(n) && !strings.Contains(n, " and ") || orgLike(n) }) {
			// "Department of Enterprise, Trade and Employment": one
			// body, whose name lists what it does.
			names = []string{trimSpace(v)}
		}
	}
	for _, n := range names {
		if len(n) > 80 || strings.ContainsAny(n, "!?") {
			return nil
		}
	}
	return names
}

// dropCredits leaves out of a list of contributors the names whose
// bracketed role is not authorship: "Wilhelm Brand (Fotograf)", "Ann Lee
// (translator)". Photographers and translators are credited, not authors.
func dropCredits(v string) string {
	if strings.IndexByte(v, '(') < 0 {
		return v
	}
	sep := ","
	if strings.Contains(v, ";") {
		sep = ";"
	}
	parts := strings.Split(v, sep)
	kept := parts[:0]
	for _, p := range parts {
		a, b := strings.IndexByte(p, '('), strings.IndexByte(p, ')')
		if a >= 0 && b > a {
			var buf [64]byte
			if role := trimSpace(p[a+1 : b]); len(role) <= len(buf) && creditRoles.hasBytes(appendLower(buf[:0], role)) {
				continue
			}
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, sep)
}

// creditRoles are contributors' roles that do not make an author.
var creditRoles = newWordSet("fotograf", "fotografin", "photographer", "photo", "photos", "foto", "illustrator",
	"illustratorin", "illustrations", "übersetzer", "übersetzerin", "translator", "trans.", "tr.", "traducteur",
	"traductrice", "traductor", "traductora", "traduttore", "переводчик", "перекладач", "фотограф", "kamera",
	"camera", "sprecher", "narrator", "gestaltung", "design", "designer", "cover", "layout")

// isInvertedName reports whether v is one name printed surname first:
// "McCarthy, Terry", "Smith, H. Llewellyn".
func isInvertedName(v string) bool {
	i := strings.IndexByte(v, ',')
	if i <= 0 || strings.Count(v, ",") != 1 {
		return false
	}
	sur, given := trimSpace(v[:i]), trimSpace(v[i+1:])
	ns, ng := wordCount(sur), wordCount(given)
	// Two surnames, as Spanish names have, before one given name:
	// "Rodríguez Salas, Pedro"; "Ann Lee, Bob Ray" is two names.
	return (ns == 1 && ng <= 3 || ns == 2 && ng == 1 && allTitleCase(sur)) && given != "" && isUpperStart(sur) && isUpperStart(given)
}

// givenNames reports whether s is given names or initials and particles:
// "Maria Aparecida dos", "Claudio H. M.", "J.D.".
func givenNames(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !(isInitial(w) || isInitialRun(w) || isNameWord(w) || nameParticles.has(w)) {
			return false
		}
		n++
	}
	return n > 0
}

// dropBracketed removes bracketed remarks: "(Editor)", "(ed.)".
func dropBracketed(s string) string {
	for {
		a := strings.IndexByte(s, '(')
		if a < 0 {
			return trimSpace(s)
		}
		b := strings.IndexByte(s[a:], ')')
		if b < 0 {
			return trimSpace(s)
		}
		s = trimRightMarks(s[:a], " ") + s[a+b+1:]
	}
}

// publisherField reads a publisher field: "London : T. Fisher Unwin, 1889"
// or "University of Pittsburgh Press, Pittsburgh, Pa., 1992". The source
// is the imprint as printed before the year (a place after the publisher
// is left out); the year is the date.
func publisherField(v string, order dayOrder) (string, annals.Date, bool) {
	var d annals.Date
	dated := false
	if m, ok := citationDate(v, order); ok {
		d, dated = m.date, true
		pre := v[:m.start]
		// A copyright year: "Fernwood, c2002".
		if p, ok := strings.CutSuffix(pre, "c"); ok && (p == "" || p[len(p)-1] == ' ') {
			pre = p
		}
		v = trimRightMarks(pre, " ,;.[(")
	}
	if strings.Contains(v, " : ") || strings.Contains(v, ": ") && wordCount(v[:strings.Index(v, ": ")]) <= 3 {
		// "Place : Publisher", "London ; New York : Routledge", "М.:
		// Издательство": kept as printed, place and all.
	} else if i := strings.IndexByte(v, ','); i > 0 {
		v = v[:i] // "Publisher, Place"
	}
	stopped := strings.HasSuffix(trimRightMarks(v, " ,;[]"), ".")
	v = abbrevStop(trimMarks(v, " ,;.[]"), stopped)
	if wordCount(v) > 10 {
		v = ""
	}
	return v, d, dated
}

// unknownNames fill a catalogue's creator field when no one is known.
var unknownNames = newWordSet("unknown", "not known", "unidentified", "unbekannt", "inconnu", "desconocido", "sconosciuto",
	"ukendt", "okänd", "неизвестен", "неизвестно")

// abbrevStop gives back the stop trimmed off a firm's name when it was
// its abbreviation's: "Stansfield & Co.", "Union Printing Co.". stopped
// says whether a stop followed the name as printed.
func abbrevStop(name string, stopped bool) string {
	if stopped && companyAbbrevs.has(name[strings.LastIndexAny(name, " &")+1:]) {
		return name + "."
	}
	return name
}

// companyAbbrevs close a firm's name, their stop kept: "& Co.", "Inc.".
var companyAbbrevs = newWordSet("Co", "Inc", "Ltd", "Bros", "Corp", "Cie", "Jr", "Sr")

// containerField reads the periodical an article is in: "North West
// Labour History, no. 36 (2011), p. 4-15".
func containerField(v string, order dayOrder) (string, annals.Date, bool) {
	if c, ok := containerLine(v, order); ok {
		return c.source, c.date, c.dated
	}
	src := v
	if i := strings.IndexAny(v, ",;"); i > 0 {
		src = v[:i] // "Central Asian Survey ; volume 37, issue 2"
	}
	if i := stopBeforeImprint(v); i > 0 && i < len(src) {
		// GOST sets the areas apart by stops: "Вестник … университета.
		// Серия: Гуманитарные науки. 2021. № 2", and a collection's
		// place comes before its year: "Россия и мир. Екатеринбург, 2020".
		src = v[:i]
	}
	src = trimMarks(src, " .;")
	if wordCount(src) > 10 {
		return "", annals.Date{}, false
	}
	if m, ok := citationDate(v, order); ok {
		return src, m.date, true
	}
	return src, annals.Date{}, false
}

// stopBeforeImprint returns the index of the first ". " in s followed
// by a year ("2019. № 3") or by a place and a year ("Екатеринбург,
// 2020"), or -1.
func stopBeforeImprint(s string) int {
	if i := stopBeforeYear(s); i > 0 {
		return i
	}
	return firstStop(s, func(i int) bool {
		after := s[i+2:]
		k := strings.Index(after, ", ")
		if k <= 0 || k > 40 || !isUpperStart(after) || indexDigit(after[:k]) >= 0 || wordCount(after[:k]) > 3 {
			return false
		}
		y := after[k+2:]
		return len(y) >= 4 && isDigits(y[:4]) && (len(y) == 4 || !isDigitByte(y[4])) && plausibleYear(atoi(y[:4]))
	})
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// allTitleCase reports whether every word of s starts with a capital.
func allTitleCase(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}

// approximateDate reads a catalogue's approximate date or span: a year
// marked as a guess ("c.1925", "ca. 1925", "circa 1925", "1925?", "[1925?]") is that
// year; a decade ("1930s") is no date a record can hold, and reads as
// none.
func approximateDate(s string) (annals.Date, bool) {
	s = trimMarks(s, "[] ")
	if y, ok := strings.CutSuffix(s, "?"); ok && len(y) == 4 && isDigits(y) {
		return yearOf(y)
	}
	if len(s) == 5 && s[4] == 's' && s[3] == '0' && isDigits(s[:4]) {
		return annals.Date{}, true // a decade
	}
	if len(s) > 5 && s[3] == '0' && isDigits(s[:4]) && (s[4] == 's' || strings.HasPrefix(s[4:], "-talet")) {
		// A span opening with a decade ("1950s - 1985", Swedish
		// "1950-talet - 1985") has no first year to date it by.
		if rest := trimLeftMarks(strings.TrimPrefix(strings.TrimPrefix(s[4:], "s"), "-talet"), " -–—"); len(rest) == 4 && isDigits(rest) {
			return annals.Date{}, true
		}
	}
	// A span of years, "1891 - 1956", is dated by its first, as a range
	// of days is by its first day.
	if len(s) >= 9 && isDigits(s[:4]) && !isDigitByte(s[4]) {
		if to := trimLeftMarks(s[4:], " -–—"); len(to) == 4 && isDigits(to) && len(s)-len(to) > 4 {
			return yearOf(s[:4])
		}
	}
	for _, m := range []string{"c.", "ca.", "circa", "c", "ca", "approx."} {
		if rest, ok := strings.CutPrefix(strings.ToLower(s), m); ok {
			y := trimRightMarks(trimSpace(rest), "?")
			if len(y) == 4 && isDigits(y) {
				return yearOf(y)
			}
			if len(y) == 5 && y[4] == 's' && y[3] == '0' && isDigits(y[:4]) {
				return annals.Date{}, true // "ca. 1930s": a decade
			}
		}
	}
	return annals.Date{}, false
}

// yearOf is the year of four digits, when plausible.
func yearOf(y string) (annals.Date, bool) {
	n := atoi(y)
	if !plausibleYear(n) {
		return annals.Date{}, false
	}
	return annals.YearDate(n), true
}

// fieldRow reads a line of two or more labelled fields, each label known:
// "Number of pages: 72 Posted: 12 Nov 2026", "Year: 2019 Pages: 12-30".
// The line gives the entry its date, source or authors; what else it
// holds is catalogue detail.
func fieldRow(it *item, s string, order dayOrder) bool {
	if len(s) > 200 || strings.Count(s, ": ") < 2 {
		return false
	}
	type field struct {
		role  fieldRole
		value string
	}
	var fields []field
	// Each colon closes a label: the capitalised words before it, back
	// to the value of the field before.
	prev, prevRole := -1, roleNone // where the value of the field before starts, and its role
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], ": ")
		if k < 0 {
			break
		}
		c := i + k
		// The label: up to four words before the colon, the first
		// capitalised; the first field's is all that comes before.
		from := 0
		if prev >= 0 {
			from = labelStart(s[prev:c]) + prev
			if from <= prev {
				return false // the field before has no value
			}
		}
		role, ok := knownLabel(s[from:c])
		if !ok {
			return false
		}
		if prev >= 0 {
			fields = append(fields, field{prevRole, trimSpace(s[prev:from])})
		}
		prev, prevRole = c+2, role
		i = c + 2
	}
	if prev < 0 || trimSpace(s[prev:]) == "" || len(fields) == 0 {
		return false
	}
	fields = append(fields, field{prevRole, trimSpace(s[prev:])})
	var authors []string
	var source string
	var date annals.Date
	dated := false
	for _, f := range fields {
		switch f.role {
		case roleDate:
			if d, ok := dateLine(f.value, order); ok && !dated {
				date, dated = d, true
			}
		case roleAuthors:
			authors = fieldNames(f.value)
		case roleContainer, rolePublisher:
			source = f.value
		case roleTitle, roleSummary:
			return false
		}
	}
	it.kind, it.date, it.dated, it.source, it.authors = kChrome, date, dated, source, authors
	switch {
	case dated:
		it.kind = kDate
	case source != "":
		it.kind = kCite
	}
	if len(authors) > 0 {
		it.kind = kByline
	}
	return true
}

// labelStart returns where the label closing s starts: the run of at
// most four words at its end whose first is capitalised, after at least
// one word of value. It returns 0 when there is none.
func labelStart(s string) int {
	at := 0
	end := len(s)
	for n := 0; n < 4; n++ {
		sp := strings.LastIndexByte(s[:end], ' ')
		if sp < 0 {
			break
		}
		if isUpperStart(s[sp+1:]) {
			at = sp + 1
		}
		end = sp
	}
	if at == 0 || trimSpace(s[:at]) == "" {
		return 0
	}
	return at
}

// knownLabel gives the role of a label, when the label or its last word
// is one fieldLabels knows or it labels a date.
func knownLabel(label string) (fieldRole, bool) {
	if len(label) > 40 || strings.IndexByte(label, ':') >= 0 {
		return roleNone, false // as cutLabel allows
	}
	if label = trimSpace(label); label == "" || wordCount(label) > 4 {
		return roleNone, false
	}
	if role, ok := labelRole(label); ok {
		return role, true
	}
	last := label[strings.LastIndexByte(label, ' ')+1:]
	if dateLabelWords.hasFold(last) {
		return roleDate, true
	}
	return labelRole(last)
}

// materialYear reads a catalogue result's line giving the kind of item
// and its year: "Book 1999", "Bog, 2019", "Lydbog (net), 2020",
// "Book, English, 2011", "Pamphlet 1907". The kind is a word
// materialWords knows; a language or a bracketed note may follow it.
func materialYear(s string) (annals.Date, bool) {
	if len(s) > 60 || len(s) < 6 {
		return annals.Date{}, false
	}
	t := trimRightMarks(s, ". ")
	sep := lastMaterialSep(t)
	y := t[sep+1:]
	d, ok := yearOf(trimMarks(y, "[]")) // "[1995]": a year the cataloguer supplied
	if !ok {
		d, ok = approximateDate(y) // "1898-1972", "c1925"
	}
	if !ok || d.IsZero() {
		return annals.Date{}, false
	}
	head := t[:sep+1]
	if o := strings.IndexByte(head, '('); o > 0 {
		if c := strings.IndexByte(head, ')'); c > o {
			head = head[:o] + head[c+1:] // "Lydbog (net), "
		}
	}
	var pbuf [3]string
	parts, ok := materialParts(pbuf[:0], trimRightMarks(head, " ,·|"))
	if !ok || len(parts) == 0 {
		return annals.Date{}, false
	}
	var buf [32]byte
	kind := trimSpace(parts[0])
	if k := strings.IndexByte(kind, '/'); k > 0 {
		kind = kind[:k] // "Thesis/dissertation"
	}
	if wordCount(kind) > 2 || !materialWords.hasBytes(appendLower(buf[:0], kind)) {
		return annals.Date{}, false
	}
	for _, p := range parts[1:] {
		// The language: "Book, English, 2011".
		if p = trimSpace(p); wordCount(p) != 1 || !isUpperStart(p) {
			return annals.Date{}, false
		}
	}
	return d, true
}

// lastMaterialSep is strings.LastIndexAny(t, " ,·|"), byte by byte: the
// rune by rune search a set outside ASCII takes costs more than the
// probe's other work.
func lastMaterialSep(t string) int {
	for i := len(t) - 1; i >= 0; i-- {
		switch t[i] {
		case ' ', ',', '|':
			return i
		case 0xB7: // '·' is C2 B7
			if i > 0 && t[i-1] == 0xC2 {
				return i - 1
			}
		}
	}
	return -1
}

// materialParts appends to parts the fields of s between ',', '·' and
// '|', as strings.FieldsFunc splits it, and reports whether there were
// at most cap(parts) of them: without a slice made for every line.
func materialParts(parts []string, s string) ([]string, bool) {
	start := -1 // where the field being read starts, or -1 between fields
	for i := 0; i <= len(s); {
		w := 0 // the separator's length at i, or 0
		switch {
		case i == len(s):
			w = 1
		case s[i] == ',' || s[i] == '|':
			w = 1
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xB7:
			w = 2
		}
		if w == 0 {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		if start >= 0 {
			if len(parts) == cap(parts) {
				return parts, false
			}
			parts = append(parts, s[start:i])
			start = -1
		}
		i += w
	}
	return parts, true
}

// materialWords name the kinds of item a library catalogue lists.
var materialWords = newWordSet("book", "books", "ebook", "e-book", "article", "journal article", "pamphlet", "thesis",
	"dissertation", "video", "dvd", "film", "audio", "audiobook", "sound recording", "map", "archive", "manuscript",
	"newspaper", "periodical", "journal", "photograph", "poster", "leaflet", "report", "chapter", "book chapter",
	"microfilm", "website", "score", "conference paper", "serial", "visual material", "musical score", "computer file",
	"bog", "e-bog", "lydbog", "artikel", "tidsskrift", "avis", "netdokument", "bok", "e-bok", "ljudbok",
	"buch", "aufsatz", "zeitschrift", "hochschulschrift", "livre", "revue", "thèse", "brochure",
	"libro", "artículo", "revista", "tesis", "folleto", "libro electrónico", "livro", "artigo",
	"boek", "tijdschrift", "książka", "artykuł", "articolo", "opuscolo", "книга", "статья", "журнал", "диссертация", "брошюра")

// joinLoneLabels puts a field's value back beside its label where a
// catalogue prints the two on lines of their own: "Author/Creator:" over
// "Whitlock, Darnell J.". The label ends with its colon, so a line that
// only names a field ("Format" over a list of formats) stays as it is,
// and the page does it twice or more, as a catalogue does for each
// record; the value is the next line, with no blank line between, and is
// no label itself.
func joinLoneLabels(lines []line) []line {
	joins := func(i int) bool {
		l := &lines[i]
		if i+1 >= len(lines) || len(l.text) > 40 || l.text[len(l.text)-1] != ':' || l.cells() != nil {
			return false
		}
		next := &lines[i+1]
		if next.gap || next.cells() != nil || strings.HasSuffix(next.text, ":") {
			return false
		}
		_, ok := labelRole(trimSpace(l.text[:len(l.text)-1]))
		return ok
	}
	n := 0
	for i := range lines {
		if joins(i) {
			n++
			if n >= 2 {
				break
			}
		}
	}
	if n < 2 {
		return lines
	}
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if joins(i) {
			l.text = l.text + " " + lines[i+1].text
			l.facts = factsOf(l.text)
			i++
		}
		out = append(out, l)
	}
	return out
}
