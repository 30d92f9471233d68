// Package langtag turns the language names and codes found in other
// people's files (babel names in BibTeX, English names in RIS and CSL,
// ISO 639-2 codes) into BCP 47 tags.
package langtag

import (
	"strings"

	"golang.org/x/text/language"
)

// languageNames maps the babel and polyglossia names of BibTeX's langid,
// language and hyphenation fields, and the English names reference
// managers write, to BCP 47 tags.
var languageNames = map[string]string{
	"english": "en", "american": "en", "british": "en", "usenglish": "en", "ukenglish": "en",
	"canadian": "en", "australian": "en", "newzealand": "en",
	"german": "de", "ngerman": "de", "austrian": "de", "naustrian": "de", "swissgerman": "de", "nswissgerman": "de", "deutsch": "de",
	"french": "fr", "francais": "fr", "français": "fr", "acadian": "fr", "canadien": "fr",
	"spanish": "es", "español": "es", "catalan": "ca", "portuguese": "pt", "portuges": "pt", "brazil": "pt", "brazilian": "pt",
	"italian": "it", "dutch": "nl", "danish": "da", "swedish": "sv", "norsk": "no", "norwegian": "no", "nynorsk": "nn",
	"finnish": "fi", "icelandic": "is", "russian": "ru", "ukrainian": "uk", "polish": "pl", "czech": "cs", "slovak": "sk",
	"slovene": "sl", "slovenian": "sl", "croatian": "hr", "serbian": "sr", "bulgarian": "bg", "romanian": "ro",
	"hungarian": "hu", "magyar": "hu", "greek": "el", "latin": "la", "turkish": "tr", "hebrew": "he", "arabic": "ar",
	"chinese": "zh", "japanese": "ja", "korean": "ko", "kazakh": "kk", "estonian": "et", "latvian": "lv",
	"lithuanian": "lt", "basque": "eu", "galician": "gl", "irish": "ga", "welsh": "cy", "persian": "fa", "farsi": "fa",
	"hindi": "hi", "bengali": "bn", "indonesian": "id", "vietnamese": "vi", "thai": "th",
	// Native names, as spreadsheets made outside the English-speaking world
	// write them.
	"русский": "ru", "українська": "uk", "қазақша": "kk", "қазақ тілі": "kk", "italiano": "it", "polski": "pl",
	"nederlands": "nl", "svenska": "sv", "dansk": "da", "suomi": "fi", "português": "pt", "čeština": "cs",
}

// FromName returns the BCP 47 tag for a language field, or "" when it is
// neither a known name nor a well-formed tag. Only the first of several
// languages ("english; french") counts.
func FromName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ";,/"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	if s == "" {
		return ""
	}
	if t, ok := languageNames[strings.ToLower(s)]; ok {
		return t
	}
	// ISO 639-2 codes such as "eng" and "deu" parse and canonicalize to
	// their two-letter forms.
	if len(s) > 12 {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil {
		return ""
	}
	return tag.String()
}
