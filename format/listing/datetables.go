package listing

import (
	"strings"
	"time"
	"unicode/utf8"
)

type monthEntry struct {
	m    time.Month
	lang string
}

// monthNames lists, per language, the month names and abbreviations in
// lower case, twelve space-separated groups of "|"-separated forms. Russian
// and Ukrainian include the genitive forms used in dates ("5 апреля").
var monthNames = []struct{ lang, names string }{
	{"en", "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sep|sept october|oct november|nov december|dec"},
	{"fr", "janvier|janv février|fevrier|févr|fevr mars avril|avr mai juin juillet|juil août|aout septembre octobre novembre décembre|decembre|déc"},
	{"es", "enero|ene febrero marzo abril|abr mayo junio julio agosto|ago septiembre|setiembre|sept octubre noviembre diciembre|dic"},
	{"de", "januar|jänner|jän februar märz|maerz|mär april mai juni juli august september oktober|okt november dezember|dez"},
	{"da", "januar februar marts april maj juni juli august september oktober november december"},
	{"nb", "januar februar mars april mai juni juli august september oktober november desember|des"},
	{"sv", "januari februari mars april maj juni juli augusti september oktober november december"},
	{"nl", "januari februari maart|mrt april mei juni juli augustus september oktober november december"},
	{"pt", "janeiro fevereiro|fev março|marco abril maio junho julho agosto setembro|set outubro|out novembro dezembro|dez"},
	{"it", "gennaio|gen febbraio marzo aprile maggio|mag giugno|giu luglio|lug agosto settembre|sett ottobre|ott novembre dicembre"},
	{"ru", "январь|января|янв февраль|февраля|фев|февр март|марта|мар апрель|апреля|апр май|мая июнь|июня|июн июль|июля|июл август|августа|авг сентябрь|сентября|сен|сент октябрь|октября|окт ноябрь|ноября|ноя|нояб декабрь|декабря|дек"},
	{"uk", "січень|січня лютий|лютого березень|березня квітень|квітня травень|травня червень|червня липень|липня серпень|серпня вересень|вересня жовтень|жовтня листопад|листопада грудень|грудня"},
	{"kk", "қаңтар|қаңтардағы ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"},
	{"pl", "stycznia|styczeń lutego|luty marca|marzec kwietnia|kwiecień maja|maj czerwca|czerwiec lipca|lipiec sierpnia|sierpień września|wrzesień października|październik listopada|listopad grudnia|grudzień"},
	{"sk", "január|januára február|februára marec|marca apríl|apríla máj|mája jún|júna júl|júla august|augusta september|septembra október|októbra november|novembra december|decembra"},
	{"cs", "leden|ledna únor|února březen|března duben|dubna květen|května červen|června červenec|července srpen|srpna září říjen|října listopad|listopadu prosinec|prosince"},
	{"tr", "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık"},
	{"id", "januari|jan februari|feb maret|mar april|apr mei juni|jun juli|jul agustus|agu|agt september|sep oktober|okt november|nov desember|des"},
	{"fi", "tammikuuta|tammikuu helmikuuta|helmikuu maaliskuuta|maaliskuu huhtikuuta|huhtikuu toukokuuta|toukokuu kesäkuuta|kesäkuu heinäkuuta|heinäkuu elokuuta|elokuu syyskuuta|syyskuu lokakuuta|lokakuu marraskuuta|marraskuu joulukuuta|joulukuu"},
	{"el", "ιανουαρίου|ιανουάριος|ιαν|γενάρη φεβρουαρίου|φεβρουάριος|φεβ|φλεβάρη μαρτίου|μάρτιος|μαρ|μάρτη απριλίου|απρίλιος|απρ|απρίλη μαΐου|μαΐου|μάιος|μαϊ|μάη ιουνίου|ιούνιος|ιουν|ιούνη ιουλίου|ιούλιος|ιουλ|ιούλη αυγούστου|αύγουστος|αυγ σεπτεμβρίου|σεπτέμβριος|σεπ|σεπτέμβρη οκτωβρίου|οκτώβριος|οκτ|οκτώβρη νοεμβρίου|νοέμβριος|νοε|νοέμβρη δεκεμβρίου|δεκέμβριος|δεκ|δεκέμβρη"},
	{"hi", "जनवरी फ़रवरी|फरवरी मार्च अप्रैल|अप्रेल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर"},
	{"ar", "يناير فبراير|شباط مارس|آذار أبريل|ابريل|نيسان مايو|أيار يونيو|حزيران يوليو|تموز أغسطس|اغسطس|آب سبتمبر|أيلول أكتوبر|اكتوبر نوفمبر ديسمبر"},
	{"ro", "ianuarie|ian februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"},
	{"hu", "január|jan február|febr március|márc április|ápr május|máj június|jún július|júl augusztus|aug szeptember|szept október|okt november|nov december|dec"},
	{"hr", "siječanj|siječnja veljača|veljače ožujak|ožujka travanj|travnja svibanj|svibnja lipanj|lipnja srpanj|srpnja kolovoz|kolovoza rujan|rujna listopad|listopada studeni|studenoga|studenog prosinac|prosinca"},
	{"sr", "јануар|јануара фебруар|фебруара март|марта април|априла мај|маја јун|јуна јул|јула август|августа септембар|септембра октобар|октобра новембар|новембра децембар|децембра"},
	{"sh", "januar|januara februar|februara mart|marta april|aprila maj|maja jun|juna jul|jula avgust|avgusta septembar|septembra oktobar|oktobra novembar|novembra decembar|decembra"},
	{"sl", "januar|januarja februar|februarja marec|marca april|aprila maj|maja junij|junija julij|julija avgust|avgusta september|septembra oktober|oktobra november|novembra december|decembra"},
	{"bg", "януари февруари март април май юни юли август септември октомври ноември декември"},
	{"ca", "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre"},
	{"lt", "sausio|sausis vasario|vasaris kovo|kovas balandžio|balandis gegužės|gegužė birželio|birželis liepos|liepa rugpjūčio|rugpjūtis rugsėjo|rugsėjis spalio|spalis lapkričio|lapkritis gruodžio|gruodis"},
	{"lv", "janvāris|janvārī februāris|februārī marts|martā aprīlis|aprīlī maijs|maijā jūnijs|jūnijā jūlijs|jūlijā augusts|augustā septembris|septembrī oktobris|oktobrī novembris|novembrī decembris|decembrī"},
	{"et", "jaanuar|jaanuaril veebruar|veebruaril märts|märtsil aprill|aprillil mai|mail juuni|juunil juuli|juulil august|augustil september|septembril oktoober|oktoobril november|novembril detsember|detsembril"},
	{"eu", "urtarrila|urtarrilaren otsaila|otsailaren martxoa|martxoaren apirila|apirilaren maiatza|maiatzaren ekaina|ekainaren uztaila|uztailaren abuztua|abuztuaren iraila|irailaren urria|urriaren azaroa|azaroaren abendua|abenduaren"},
}

// weekdayNames name the days Monday to Sunday, a language or a way of
// abbreviating them to a line: a name says that a word is a weekday, and
// its place which day (weekdayOf).
var weekdayNames = []string{
	"monday tuesday wednesday thursday friday saturday sunday",
	"mon tue wed thu fri sat sun",
	"mon tues wed thur fri sat sun",
	"mon tues wed thurs fri sat sun",
	"lundi mardi mercredi jeudi vendredi samedi dimanche",
	"lun mar mer jeu ven sam dim",
	"lunes martes miércoles jueves viernes sábado domingo",
	"lunes martes miercoles jueves viernes sabado domingo",
	"montag dienstag mittwoch donnerstag freitag samstag sonntag",
	"mo di mi do fr sa so",
	"mandag tirsdag onsdag torsdag fredag lørdag søndag",
	"måndag tisdag onsdag torsdag fredag lördag söndag",
	"mån tis ons tors fre lör sön",
	"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
	"segunda terça quarta quinta sexta sábado domingo",
	"segunda-feira terca quarta quinta sexta sabado domingo",
	"lunedì martedì mercoledì giovedì venerdì sabato domenica",
	"понедельник вторник среда четверг пятница суббота воскресенье",
	"понедельник вторник среду четверг пятницу субботу воскресенье",
	"пн вт ср чт пт сб вс",
	"дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі",
	"pazartesi salı çarşamba perşembe cuma cumartesi pazar",
	"senin selasa rabu kamis jumat sabtu minggu",
	"senin selasa rabu kamis jum'at sabtu minggu",
	"poniedziałek wtorek środa czwartek piątek sobota niedziela",
	"pondělí úterý středa čtvrtek pátek sobota neděle",
	"maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
	"δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή",
	"понеділок вівторок середа четвер пʼятниця субота неділя",
	"понеділок вівторок середа четвер п'ятниця субота неділя",
	"सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
	"الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
	"luni marți miercuri joi vineri sâmbătă duminică",
	"hétfő kedd szerda csütörtök péntek szombat vasárnap",
	"ponedjeljak utorak srijeda četvrtak petak subota nedjelja",
	"ponedeljak utorak sreda četvrtak petak subota nedelja",
	"ponedeljek torek sreda četrtek petek sobota nedelja",
	"понеделник вторник сряда четвъртък петък събота неделя",
	"понедељак уторак среда четвртак петак субота недеља",
	"pondelok utorok streda štvrtok piatok sobota nedeľa",
	"dilluns dimarts dimecres dijous divendres dissabte diumenge",
	"pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis",
	"astelehena asteartea asteazkena osteguna ostirala larunbata igandea",
}

// weekdayWords are words of weekdays that name no day alone: Vietnamese
// numbers its days after "thứ" ("Thứ Tư", Wednesday; "Chủ nhật", Sunday).
var weekdayWords = []string{"thứ", "chủ", "nhật"}

// weekdayIndex maps the names of weekdayNames to their days.
var weekdayIndex = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for _, l := range weekdayNames {
		for i, w := range strings.Fields(l) {
			m[w] = time.Weekday((i + 1) % 7) // Monday first; time.Sunday is 0
		}
	}
	return m
}()

// weekdayOf is the day the weekday name w names.
func weekdayOf(w string) (time.Weekday, bool) {
	var buf [32]byte
	d, ok := weekdayIndex[string(appendLower(buf[:0], strings.TrimSuffix(w, ".")))]
	return d, ok
}

var (
	monthTable     = map[string]monthEntry{}
	longMonthNames []string              // names of five letters or more, for typo matching
	monthDeletions = map[string]string{} // long names with one letter deleted
	weekdays       *wordSet
)

// runePairs is a set of pairs of runes, kept as bits by a hash of the
// pair: a pair not in it is surely not in the set it was made from.
type runePairs [1 << 12 / 64]uint64

func pairBit(r0, r1 rune) uint32 { return (uint32(r0)*0x9E3779B1 ^ uint32(r1)*0x85EBCA77) >> 20 }

func (p *runePairs) add(r0, r1 rune) { b := pairBit(r0, r1); p[b/64] |= 1 << (b % 64) }

func (p *runePairs) has(r0, r1 rune) bool { b := pairBit(r0, r1); return p[b/64]&(1<<(b%64)) != 0 }

// monthStarts holds the first two runes of every month name, and
// longMonthEnds the last two of those of five runes or more: a word one
// typo away from a long name shares its first two runes (the typo comes
// later) or its last two (it comes earlier).
var monthStarts, longMonthEnds runePairs

// weekdayStarts holds the first two runes of every weekday name.
var weekdayStarts runePairs

// firstTwoLower returns firstTwoRunes(appendLower(nil, w)) without
// lower-casing all of w: strings.ToLower maps rune by rune.
func firstTwoLower(w string) (r0, r1 rune, ok bool) {
	if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf {
		// Most words: two ASCII bytes, lower-cased without a call.
		return rune(lowerASCII(w[0])), rune(lowerASCII(w[1])), true
	}
	r0, n := decodeRune(w)
	r1, m := decodeRune(w[n:])
	return toLower(r0), toLower(r1), n > 0 && m > 0
}

// lastTwoLower returns lastTwoRunes(appendLower(nil, w)), as
// firstTwoLower does.
func lastTwoLower(w string) (r0, r1 rune, ok bool) {
	r1, n := utf8.DecodeLastRuneInString(w)
	r0, m := utf8.DecodeLastRuneInString(w[:len(w)-n])
	return toLower(r0), toLower(r1), n > 0 && m > 0
}

func firstTwoRunes(b []byte) (r0, r1 rune, ok bool) {
	r0, n := utf8.DecodeRune(b)
	r1, m := utf8.DecodeRune(b[n:])
	return r0, r1, n > 0 && m > 0
}

func lastTwoRunes(b []byte) (r0, r1 rune, ok bool) {
	r1, n := utf8.DecodeLastRune(b)
	r0, m := utf8.DecodeLastRune(b[:len(b)-n])
	return r0, r1, n > 0 && m > 0
}

func init() {
	for _, l := range monthNames {
		for i, group := range strings.Fields(l.names) {
			for _, name := range strings.Split(group, "|") {
				if _, dup := monthTable[name]; !dup {
					monthTable[name] = monthEntry{time.Month(i + 1), l.lang}
					if utf8.RuneCountInString(name) >= 5 {
						longMonthNames = append(longMonthNames, name)
						for i := range name {
							_, size := decodeRune(name[i:])
							if d := name[:i] + name[i+size:]; monthDeletions[d] == "" {
								monthDeletions[d] = name
							}
						}
					}
				}
			}
		}
	}
	for name := range monthTable {
		r0, r1, _ := firstTwoRunes([]byte(name))
		monthStarts.add(r0, r1)
		if utf8.RuneCountInString(name) >= 5 {
			r0, r1, _ := lastTwoRunes([]byte(name))
			longMonthEnds.add(r0, r1)
		}
	}
	days := weekdayWords
	for _, l := range weekdayNames {
		days = append(days, strings.Fields(l)...)
	}
	for _, w := range days {
		r0, r1, _ := firstTwoRunes([]byte(w))
		weekdayStarts.add(r0, r1)
	}
	weekdays = newWordSet(days...)
	relativeDateWords, relativeMarkersEnd = newRelativeDateWords()
	monthKeys, monthKeyInfo = newMonthKeys()
	names := make([]string, 0, len(monthTable))
	for name := range monthTable {
		names = append(names, name)
	}
	relativeEndWords = unionOf(relativeDateWords, weekdays, newWordSet(names...), yearlessEnds)
}

// monthKey is what lookupMonth knows of a lower-cased word: whether it
// is a month name, and whether it is a long name with one letter
// deleted (monthDeletions).
type monthKey struct {
	name      bool
	entry     monthEntry // the name's month, when name is set
	deletedOf string     // the long name it is a deletion of, or ""
}

// monthKeys holds the keys of monthTable and monthDeletions in one
// table, and monthKeyInfo what each is, by its index there: lookupMonth
// asks for every word next to a number and for each deletion of a word
// that may be a typo, and a map costs more per word.
var (
	monthKeys    *wordSet
	monthKeyInfo []monthKey
)

func newMonthKeys() (*wordSet, []monthKey) {
	at := map[string]int{}
	var words []string
	var info []monthKey
	key := func(w string) *monthKey {
		k, ok := at[w]
		if !ok {
			k = len(words)
			at[w] = k
			words, info = append(words, w), append(info, monthKey{})
		}
		return &info[k]
	}
	for name, e := range monthTable {
		k := key(name)
		k.name, k.entry = true, e
	}
	for d, name := range monthDeletions {
		key(d).deletedOf = name
	}
	return newWordSet(words...), info
}
