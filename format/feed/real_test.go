package feed_test

import (
	"errors"
	"github.com/labor-annals/annals/annalstest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/feed"
)

// dataDir is the shared folder of real feeds, read in place.
func dataDir(t *testing.T) string { return annalstest.Shared(t, "data", "feeds") }

// sample is the first record's fields as checked against the file.
type sample struct {
	line                             int
	title, date, author, url, source string
}

// realFile is what one real feed must give. items is the item count of
// the data README's table; skipped of them are reported in Problems
// instead of becoming records (no title and no summary, or an empty item
// nested in another), and problems counts all Problems.
type realFile struct {
	path                     string
	items, skipped, problems int
	lang                     string
	first                    sample
}

// realFiles covers every feed in the shared data folder, one row per line
// of the README's table; TestRealFilesCovered fails when a feed appears
// without a row. Lines are 0 for JSON, which has none.
var realFiles = []realFile{
	{path: "RSParser/3960.json", items: 20, skipped: 0, problems: 0, lang: "de-DE",
		first: sample{line: 0, title: "Lecker, lecker", date: "2020-02-21", author: "Frank Boës", url: "https://journal.3960.org/posts/2020-02-21-lecker-lecker/", source: "fboës - Der Blog | Startseite"}},
	{path: "RSParser/DaringFireball.atom", items: 48, skipped: 0, problems: 0, lang: "",
		first: sample{line: 10, title: "The Talk Show: ‘I Do Like Throwing a Baby’", date: "2017-06-27", author: "John Gruber", url: "https://daringfireball.net/thetalkshow/2017/06/26/ep-195", source: "Daring Fireball"}},
	{path: "RSParser/DaringFireball.json", items: 48, skipped: 0, problems: 0, lang: "",
		first: sample{line: 0, title: "The Talk Show: ‘I Do Like Throwing a Baby’", date: "2017-06-27", author: "John Gruber", url: "https://daringfireball.net/linked/2017/06/26/the-talk-show-195", source: "Daring Fireball"}},
	{path: "RSParser/DaringFireball.rss", items: 47, skipped: 0, problems: 0, lang: "",
		first: sample{line: 9, title: "Apple Product Event: Monday March 21", date: "2016-02-27", author: "John Gruber", url: "http://recode.net/2016/02/27/remark-your-calendars-apples-product-event-will-week-of-march-21/", source: "Daring Fireball"}},
	{path: "RSParser/EMarley.rss", items: 10, skipped: 0, problems: 0, lang: "",
		first: sample{line: 16, title: "UI Automation & screenshots", date: "2016-05-07", author: "Liz Marley", url: "https://medium.com/@emarley/ui-automation-screenshots-c44a41af38d1?source=rss-b4981c59ffa5------2", source: "Stories by Liz Marley on Medium"}},
	{path: "RSParser/OneFootTsunami.atom", items: 25, skipped: 0, problems: 0, lang: "",
		first: sample{line: 18, title: "Link: Pillow Fight Leaves 24 Concussed", date: "2015-09-08", author: "Paul Kafasis", url: "http://www.nytimes.com/2015/09/05/us/at-west-point-annual-pillow-fight-becomes-weaponized.html?mwrsm=Email&_r=1&pagewanted=all", source: "One Foot Tsunami"}},
	{path: "RSParser/ScriptingNews.json", items: 50, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 0, title: "", date: "2017-06-26", author: "", url: "http://scripting.com/2017/06/26.html#a080605", source: "Scripting News"}},
	{path: "RSParser/aktuality.rss", items: 30, skipped: 0, problems: 0, lang: "sk",
		first: sample{line: 17, title: "Analytici Goldman Sachs zvýšili odhad rastu ekonomiky USA", date: "2021-01-17", author: "", url: "https://www.aktuality.sk/clanok/856577/analytici-goldman-sachs-zvysili-odhad-rastu-ekonomiky-usa/", source: "Aktuality.sk - aktuálne spravodajstvo"}},
	{path: "RSParser/allthis.atom", items: 12, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 23, title: "Last thoughts on modifier keys", date: "2017-11-23", author: "Dr. Drang", url: "http://leancrew.com/all-this/2017/11/last-thoughts-on-modifier-keys/", source: "And now it’s all this"}},
	{path: "RSParser/allthis.json", items: 12, skipped: 0, problems: 0, lang: "",
		first: sample{line: 0, title: "Last thoughts on modifier keys", date: "2017-11-23", author: "Dr. Drang", url: "http://leancrew.com/all-this/2017/11/last-thoughts-on-modifier-keys/", source: "And now it’s all this"}},
	{path: "RSParser/authors.json", items: 4, skipped: 4, problems: 4, lang: ""},
	{path: "RSParser/bio.rdf", items: 30, skipped: 0, problems: 0, lang: "",
		first: sample{line: 59, title: "Wheat inositol pyrophosphate kinase (TaVIH2-3B) interacts with Fasciclin-like arabinogalactan (FLA6) protein and alters the plant cell-wall composition", date: "2019-08-27", author: "M. Kaur", url: "http://biorxiv.org/cgi/content/short/743294v1?rss=1", source: "bioRxiv Subject Collection: Plant Biology"}},
	{path: "RSParser/curt.json", items: 26, skipped: 0, problems: 0, lang: "",
		first: sample{line: 0, title: "Twitter Quitter", date: "2018-01-06", author: "Curt Clifton", url: "http://www.curtclifton.net/twitter-quitter", source: "curtclifton.net"}},
	{path: "RSParser/inessential.json", items: 20, skipped: 0, problems: 0, lang: "",
		first: sample{line: 0, title: "James Dempsey and the Breakpoints Benefit App Camp for Girls", date: "2017-06-02", author: "Brent Simmons", url: "http://inessential.com/2017/06/02/james_dempsey_and_the_breakpoints_benefi", source: "inessential.com"}},
	{path: "RSParser/kc0011.rss", items: 20, skipped: 0, problems: 0, lang: "zh-CN",
		first: sample{line: 2, title: "建国35周年纪念，华表，和平鸽", date: "2020-01-10", author: "大鱼儿", url: "http://www.kc0011.net/dispbbs.asp?BoardID=10&ID=25164257&Page=1", source: "投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文"}},
	{path: "RSParser/livemint.xml", items: 25, skipped: 0, problems: 0, lang: "",
		first: sample{line: 8, title: "PM Modi-Xi Jinping informal summit in Varanasi this October: Report", date: "2019-05-29", author: "Elizabeth Roche", url: "https://www.livemint.com/news/india/pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-1559104147038.html", source: "Livemint - News"}},
	{path: "RSParser/manton.rss", items: 10, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 20, title: "", date: "2015-09-25", author: "manton", url: "http://www.manton.org/2015/09/3071.html", source: "Manton Reece"}},
	{path: "RSParser/natasha.xml", items: 10, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 20, title: "The Easiest Way to Get a URL for your Apple Wallet Passkit Pass", date: "2017-07-07", author: "Natasha Murashev", url: "https://www.natashatherobot.com/url-apple-wallet-passkit-pass/", source: "Natasha The Robot"}},
	{path: "RSParser/rubenerd.rss", items: 10, skipped: 0, problems: 0, lang: "en-SG",
		first: sample{line: 57, title: "The great Commodore/Atari engineer swap", date: "2023-01-11", author: "Ruben Schade", url: "https://rubenerd.com/the-commodore-atari-engineer-swap/", source: "Rubenerd"}},
	{path: "RSParser/russcox.atom", items: 19, skipped: 0, problems: 0, lang: "",
		first: sample{line: 11, title: "Transparent Logs for Skeptical Clients", date: "2019-03-01", author: "Russ Cox", url: "http://research.swtch.com/tlog", source: "research!rsc"}},
	{path: "RSParser/scriptingNews.rss", items: 50, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 20, title: "", date: "2017-06-26", author: "", url: "http://scripting.com/2017/06/26.html#a080605", source: "Scripting News"}},
	{path: "feedjira/FeedBurnerXHTML.xml", items: 10, skipped: 0, problems: 0, lang: "",
		first: sample{line: 11, title: "Stock Watch: April's Finest", date: "2014-04-30", author: "Alex Steers McCrum", url: "http://feedproxy.google.com/~r/RotoAuthorityFantasyBaseball/~3/oAyOtW4WnU4/stock-watch-aprils-finest.html", source: "Fantasy Baseball - RotoAuthority.com"}},
	{path: "feedjira/HuffPostCanada.xml", items: 2, skipped: 0, problems: 0, lang: "en",
		first: sample{line: 15, title: "Winnipeg High School Orders Custom Hijabs For Muslim Athletes", date: "2017-10-17", author: "Canadian Press", url: "http://www.huffingtonpost.ca/2017/10/17/winnipeg-high-school-orders-custom-hijabs-for-muslim-athletes_a_23246627/", source: "HuffPost Canada - Athena2 - All Posts"}},
	{path: "feedjira/InvalidDateFormat.xml", items: 2, skipped: 0, problems: 1, lang: "en-US",
		first: sample{line: 8, title: "Item 0 with an invalid date", date: "2017-10-16", author: "", url: "http://example.com/item0", source: "Invalid date format feed"}},
	{path: "feedjira/SamRuby.xml", items: 20, skipped: 0, problems: 0, lang: "",
		first: sample{line: 21, title: "Plex", date: "2013-01-30", author: "Sam Ruby", url: "http://intertwingly.net/blog/2013/01/30/Plex", source: "Sam Ruby"}},
	{path: "feedjira/TechCrunch.xml", items: 20, skipped: 0, problems: 0, lang: "en",
		first: sample{line: 19, title: "Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M", date: "2011-11-02", author: "Leena Rao", url: "http://feedproxy.google.com/~r/Techcrunch/~3/kTeeGj4FnwU/", source: "TechCrunch"}},
	{path: "feedjira/TypePadNews.xml", items: 10, skipped: 0, problems: 0, lang: "",
		first: sample{line: 11, title: "Spotlight: Friday Favorites!", date: "2013-02-22", author: "The Typepad Team", url: "http://feedproxy.google.com/~r/TypePadNews/~3/0BN9mE2cw1E/spotlight-friday-favorites.html", source: "Everything Typepad"}},
	{path: "feedjira/google_alerts_atom.xml", items: 20, skipped: 0, problems: 0, lang: "",
		first: sample{line: 1, title: "Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...", date: "2019-07-10", author: "", url: "https://www.google.com/url?rct=j&sa=t&url=https://www.aglobalmarketresearch.com/report-offers-prediction-of-automotive-slack-market-by-top-key-players-like-haldex-meritor-bendix-mei-wabco-accuride-stemco-tbk-febi-aydinsan/&ct=ga&cd=CAIyHGU4ZTJkZjQ3OTVkYmIzMTc6Y28uanA6ZW46SlA&usg=AFQjCNHUcRGtHY1ygcMDkVS68IgpYs7Wpg", source: "Google Alert - Slack"}},
	{path: "feedjira/json_feed.json", items: 20, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 0, title: "James Dempsey and the Breakpoints Benefit App Camp for Girls", date: "2017-06-02", author: "Brent Simmons", url: "http://inessential.com/2017/06/02/james_dempsey_and_the_breakpoints_benefi", source: "inessential.com"}},
	{path: "feedjira/pet_atom.xml", items: 10, skipped: 0, problems: 0, lang: "",
		first: sample{line: 10, title: "Sentry Calming Collar for dogs", date: "2012-12-27", author: "dogtime", url: "http://www.petsecretshopper.com/2012/12/sentry-calming-collar.html", source: "Pet Secret Shopper"}},
	{path: "feedjira/youtube_atom.xml", items: 15, skipped: 0, problems: 0, lang: "",
		first: sample{line: 15, title: "The Google app: Questions Title", date: "2015-05-04", author: "Google", url: "http://www.youtube.com/watch?v=5shykyfmb28", source: "Google"}},
	{path: "node-feedparser/category-feed.xml", items: 1, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 13, title: "E.P.A. Plan to Clean Up Gowanus Canal Meets Local Resistance", date: "2013-05-05", author: "", url: "http://www.nytimes.com/2013/05/06/nyregion/epa-plan-to-clean-up-gowanus-canal-meets-local-resistance.html?partner=rss&emc=rss", source: "NYT > Home Page"}},
	{path: "node-feedparser/complexNamespaceFeed.xml", items: 1, skipped: 0, problems: 0, lang: "",
		first: sample{line: 15, title: "This is the title", date: "2012-08-04", author: "John Doe", url: "http://localhost:8080/namespace/feed/entries/urn:uuid:d5ffaea2-0a9a-4f38-98fc-5c364177b6b4", source: "namespace/feed"}},
	{path: "node-feedparser/guid-dupes.xml", items: 1, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 10, title: "Huh?", date: "2014-06-19", author: "", url: "http://www.braingle.com/50366.html", source: "Braingle's Newest Brain Teasers and Riddles"}},
	{path: "node-feedparser/iconv.xml", items: 10, skipped: 0, problems: 0, lang: "",
		first: sample{line: 15, title: "В Бузулуке главные стройплощадки – детсад и Ледовый дворец", date: "2014-01-22", author: "", url: "http://www.oren.ru/news/2743422/", source: "Новости Оренбурга и области / Раздел Новости"}},
	{path: "node-feedparser/illegally-nested.xml", items: 20, skipped: 10, problems: 10, lang: "en-US",
		first: sample{line: 12, title: "My Professional Armchair Analysis of CES", date: "2018-01-17", author: "", url: "http://feedproxy.google.com/~r/ziffdavis/pcmag/dvorak/~3/0O-eUfOYo94/0,2817,2525649,00.asp", source: "PCMag.com: the Official John C. Dvorak RSS Feed"}},
	{path: "node-feedparser/intertwingly.atom", items: 20, skipped: 0, problems: 0, lang: "",
		first: sample{line: 20, title: "Inhibiting Suspend", date: "2012-07-16", author: "Sam Ruby", url: "http://intertwingly.net/blog/2012/07/16/Inhibiting-Suspend", source: "Sam Ruby"}},
	{path: "node-feedparser/mediacontent-dupes.xml", items: 1, skipped: 0, problems: 0, lang: "en-GB",
		first: sample{line: 19, title: "Could the infamous Black Dahlia case be about to be solved? Cadaver dog discovers death scent at Hollywood home of suspect 66 years after the horrific murder", date: "2013-02-03", author: "", url: "http://www.dailymail.co.uk/news/article-2272640/Could-infamous-Black-Dahlia-case-solved-Cadaver-dog-discovers-death-scent-Hollywood-home-suspect-66-years-horrific-murder.html?ITO=1490&ns_mchannel=rss&ns_campaign=1490", source: "Home | Mail Online"}},
	{path: "node-feedparser/rss2sample.xml", items: 4, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 14, title: "Star City", date: "2003-06-03", author: "Writer", url: "http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp", source: "Liftoff News"}},
	{path: "node-feedparser/tpm.atom", items: 20, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 8, title: "Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist", date: "2017-11-08", author: "Esme Cribb", url: "http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist", source: "All TPM News"}},
	{path: "node-feedparser/wapowellness.xml", items: 29, skipped: 0, problems: 0, lang: "en",
		first: sample{line: 21, title: "Schools minister to kids’ fitness and nutrition needs", date: "2012-08-21", author: "Lenny Bernstein", url: "http://feeds.washingtonpost.com/click.phdo?i=cc0c5fb09865354bbec8415210a554da", source: "The Washington Post"}},
	{path: "rss-parser/content-encoded.rss", items: 7, skipped: 0, problems: 0, lang: "",
		first: sample{line: 15, title: "THE CREATIVE FORAGER", date: "2018-04-09", author: "Jeremy Puma", url: "https://medium.com/invironment/the-creative-forager-125af37d838f?source=rss----d12c403d4976--food", source: "Food in Invironment on Medium"}},
	{path: "rss-parser/craigslist.rss", items: 25, skipped: 0, problems: 0, lang: "en-US",
		first: sample{line: 60, title: "Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2", date: "2017-06-21", author: "", url: "http://sfbay.craigslist.org/eby/apa/6186664607.html", source: "craigslist SF bay area | apts/housing for rent search"}},
	{path: "rss-parser/encoding.rss", items: 40, skipped: 0, problems: 0, lang: "pt-PT",
		first: sample{line: 3, title: "Mãe de utente é a nova presidente da Raríssimas", date: "2018-01-03", author: "", url: "http://feeds.jn.pt/~r/JN-ULTIMAS/~3/UBnb8Ra3Q1U/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html", source: "Jornal de Notícias - Últimas Notícias"}},
	{path: "rss-parser/feedburner.atom", items: 25, skipped: 0, problems: 0, lang: "",
		first: sample{line: 2, title: "AdWords and DFP Java client library will soon require Java 7+", date: "2016-06-03", author: "Google Ads Developer Advisor", url: "http://feedproxy.google.com/~r/blogspot/lQlzL/~3/Zjf41PDVLAc/adwords-and-dfp-java-client-library.html", source: "Google Ads Developer Blog"}},
	{path: "rss-parser/guardian.rss", items: 55, skipped: 0, problems: 0, lang: "en-GB",
		first: sample{line: 18, title: "Trump State of the Union address promised unity but emphasized discord", date: "2018-01-31", author: "David Smith", url: "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord", source: "The Guardian"}},
	{path: "rss-parser/heise.atom", items: 15, skipped: 0, problems: 0, lang: "",
		first: sample{line: 14, title: "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei", date: "2016-02-01", author: "heise online", url: "http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom", source: "heise developer neueste Meldungen"}},
	{path: "rss-parser/heraldsun.rss", items: 2, skipped: 0, problems: 0, lang: "en-GB",
		first: sample{line: 14, title: "The First Item", date: "", author: "", url: "http://www.oreilly.com/example/001.html", source: "Another Site"}},
	{path: "rss-parser/incomplete-fields.atom", items: 1, skipped: 1, problems: 1, lang: "en-US"},
	{path: "rss-parser/missing-fields.atom", items: 1, skipped: 1, problems: 1, lang: "en-US"},
	{path: "rss-parser/narro.rss", items: 1, skipped: 0, problems: 0, lang: "en",
		first: sample{line: 24, title: "FAQ for Narro", date: "2015-02-20", author: "", url: "https://www.narro.co/article/54e703933058540300000069", source: "foobar on Narro"}},
	{path: "rss-parser/reddit.rss", items: 24, skipped: 0, problems: 0, lang: "",
		first: sample{line: 1, title: "The water is too deep, so he improvises", date: "2015-11-12", author: "", url: "https://www.reddit.com/r/funny/comments/3skxqc/the_water_is_too_deep_so_he_improvises/", source: "reddit: the front page of the internet"}},
	{path: "rss-parser/uolNoticias.rss", items: 15, skipped: 0, problems: 0, lang: "",
		first: sample{line: 14, title: "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno", date: "2018-09-24", author: "", url: "https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm", source: "UOL Noticias"}},
}

// TestRealFiles parses every real feed and checks its item count and its
// first record.
func TestRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, tt := range realFiles {
		t.Run(tt.path, func(t *testing.T) {
			res := mustParse(t, filepath.Join(dir, tt.path))
			if got, want := len(res.Records), tt.items-tt.skipped; got != want {
				t.Errorf("Parse() records = %d, want %d", got, want)
			}
			if got, want := len(res.Problems), tt.problems; got != want {
				t.Errorf("Parse() problems = %d, want %d: %+v", got, want, res.Problems)
			}
			if got, want := res.Language, tt.lang; got != want {
				t.Errorf("Language = %q, want %q", got, want)
			}
			checkShape(t, res.Records, tt.path)
			if len(res.Records) == 0 {
				return
			}
			r, s := res.Records[0], tt.first
			first := ""
			if len(r.Authors) > 0 {
				first = r.Authors[0]
			}
			for _, c := range []struct{ field, got, want string }{
				{"Title", r.Title, s.title},
				{"Date", r.Date.String(), s.date},
				{"first author", first, s.author},
				{"URL", r.URL, s.url},
				{"Source", r.Source, s.source},
			} {
				if c.got != c.want {
					t.Errorf("first record %s = %q, want %q", c.field, c.got, c.want)
				}
			}
			if got := r.Provenance[0].Line; got != s.line {
				t.Errorf("first record line = %d, want %d", got, s.line)
			}
		})
	}
}

// checkShape checks what every record must be: valid, with its
// provenance, confidence 1 and a non-nil author list.
func checkShape(t *testing.T, recs []*annals.Record, origin string) {
	t.Helper()
	for i, r := range recs {
		if err := r.Validate(); err != nil {
			t.Errorf("record %d: Validate() = %v", i, err)
		}
		if r.Authors == nil || r.Confidence != 1 || len(r.Provenance) != 1 || r.Provenance[0].Origin != origin {
			t.Errorf("record %d: bad shape %+v", i, r)
		}
	}
}

func mustParse(t *testing.T, path string) *feed.Result {
	t.Helper()
	origin, err := filepath.Rel(dataDir(t), path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := feed.Parse(mustRead(t, path), feed.Options{Origin: filepath.ToSlash(origin)})
	if err != nil {
		t.Fatalf("Parse(%s) = %v", path, err)
	}
	return res
}

// TestRealFileDetails checks the quirks the README lists, beyond the
// first record.
func TestRealFileDetails(t *testing.T) {
	dir := dataDir(t)
	parse := func(path string) *feed.Result { return mustParse(t, filepath.Join(dir, path)) }

	t.Run("non-Latin text", func(t *testing.T) {
		for _, tt := range []struct{ path, want string }{
			{"RSParser/kc0011.rss", "建国35周年纪念，华表，和平鸽 35周年1套520，华表60一个，和"},
			{"node-feedparser/iconv.xml", "Работы по возведению детского сада идут с о"},
			{"rss-parser/encoding.rss", "Sónia Laygue, profissional na área da Recursos Humanos e mãe de uma criança"},
			{"rss-parser/uolNoticias.rss", "Líder na pesquisa Ibope de intenção de voto para o primeiro turno"},
		} {
			if got := parse(tt.path).Records[0].Summary; !strings.HasPrefix(got, tt.want) {
				t.Errorf("%s: Summary = %q, want %q…", tt.path, got, tt.want)
			}
		}
		if got, want := parse("node-feedparser/iconv.xml").Records[3].Title, "Профилактическое мероприятие \"Горка\" прошло в Оренбургской области"; got != want {
			t.Errorf("iconv.xml record 4 Title = %q, want %q", got, want)
		}
		if got, want := parse("node-feedparser/mediacontent-dupes.xml").Records[0].Summary, "The shocking murder of Elizabeth Short"; !strings.HasPrefix(got, want) {
			t.Errorf("mediacontent-dupes.xml Summary = %q, want %q…", got, want)
		}
	})

	t.Run("bylines", func(t *testing.T) {
		recs := parse("rss-parser/guardian.rss").Records
		byTitle := map[string][]string{}
		for _, r := range recs {
			byTitle[r.Title] = r.Authors
		}
		for title, want := range map[string][]string{
			"Trump-Russia investigation: the key questions answered":                                           {"Tom McCarthy", "Sam Morris"},
			"'This is over': Puigdemont's Catalan independence doubts caught on camera":                        {"Sam Jones", "Stephen Burgen"},
			"Moura joins Spurs; Giroud, Batshuayi, Aubameyang deals go through: transfer deadline day – live!": {"Nick Ames", "Ed Aarons", "Ben Fisher"},
			"2004 Larry Nassar investigation dropped after doctor's PowerPoint presentation":                   {"Staff and agencies"},
			"Train carrying dozens of GOP lawmakers hits truck in Virginia":                                    {"Associated Press"},
		} {
			if got := byTitle[title]; !slices.Equal(got, want) {
				t.Errorf("guardian %q: Authors = %q, want %q", title, got, want)
			}
		}
		bio := parse("RSParser/bio.rdf").Records[0].Authors
		if len(bio) != 13 || bio[0] != "M. Kaur" || bio[8] != "K. K. Bhati" {
			t.Errorf("bio.rdf Authors = %q, want 13 from \"M. Kaur\"", bio)
		}
	})

	t.Run("untitled items", func(t *testing.T) {
		for _, path := range []string{"RSParser/ScriptingNews.json", "RSParser/scriptingNews.rss"} {
			r := parse(path).Records[0]
			if r.Title != "" || r.Summary != "Good morning students and teachers! 🍏" {
				t.Errorf("%s: Title, Summary = %q, %q", path, r.Title, r.Summary)
			}
		}
	})

	t.Run("markup in titles", func(t *testing.T) {
		r := parse("feedjira/google_alerts_atom.xml").Records[0]
		if want := "Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ..."; r.Title != want {
			t.Errorf("Title = %q, want %q", r.Title, want)
		}
	})

	t.Run("dates", func(t *testing.T) {
		for _, tt := range []struct {
			path string
			i    int
			want string
		}{
			{"feedjira/InvalidDateFormat.xml", 1, "2017-10-17"},
			{"RSParser/curt.json", 0, "2018-01-06"},
			{"RSParser/bio.rdf", 0, "2019-08-27"},
			{"node-feedparser/illegally-nested.xml", 0, "2018-01-17"},
			{"rss-parser/heraldsun.rss", 0, ""}, // items have none; the channel's is not theirs
			{"rss-parser/uolNoticias.rss", 0, "2018-09-24"},
		} {
			if got := parse(tt.path).Records[tt.i].Date.String(); got != tt.want {
				t.Errorf("%s record %d: Date = %q, want %q", tt.path, tt.i, got, tt.want)
			}
		}
	})

	t.Run("problems", func(t *testing.T) {
		p := parse("node-feedparser/illegally-nested.xml").Problems
		if want := (feed.Problem{Line: 14, Msg: "empty item inside the item at line 12; skipped", Skipped: true}); p[0] != want {
			t.Errorf("illegally-nested.xml Problems[0] = %+v, want %+v", p[0], want)
		}
		p = parse("feedjira/InvalidDateFormat.xml").Problems
		if want := (feed.Problem{Line: 21, Msg: "feed is not well-formed XML (unexpected EOF); read item by item"}); p[0] != want {
			t.Errorf("InvalidDateFormat.xml Problems[0] = %+v, want %+v", p[0], want)
		}
	})
}

// TestRealFilesCovered fails when a feed in the data folder has no row in
// realFiles.
func TestRealFilesCovered(t *testing.T) {
	dir := dataDir(t)
	known := map[string]bool{}
	for _, f := range realFiles {
		known[f.path] = true
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), "LICENSE") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if !known[filepath.ToSlash(rel)] {
			t.Errorf("%s has no row in realFiles", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(realFiles) != 53 {
		t.Errorf("realFiles has %d rows, want the README's 53", len(realFiles))
	}
}

// TestSniffRealFiles checks Sniff accepts every real feed, whatever its
// file name says, and refuses the other shared data.
func TestSniffRealFiles(t *testing.T) {
	dir := dataDir(t)
	for _, f := range realFiles {
		if !feed.Sniff(mustRead(t, filepath.Join(dir, f.path))) {
			t.Errorf("Sniff(%s) = false", f.path)
		}
	}
	others, _ := filepath.Glob(filepath.Join(dir, "..", "bib", "*", "*.*"))
	html, _ := filepath.Glob(filepath.Join(dir, "..", "html", "readability", "*", "*.html"))
	for _, p := range append(others, html...) {
		if feed.Sniff(mustRead(t, p)) {
			t.Errorf("Sniff(%s) = true", p)
		}
		if _, err := feed.Parse(mustRead(t, p), feed.Options{}); !errors.As(err, new(*feed.SyntaxError)) {
			t.Errorf("Parse(%s) error = %v, want *SyntaxError", p, err)
		}
	}
}
