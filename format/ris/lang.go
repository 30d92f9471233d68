package ris

import (
	"strings"

	"golang.org/x/text/language"
)

// languageNames maps the language names that LA fields
// hold (English names as reference managers write them, and babel
// names), to BCP 47 tags. Kept in step with format/bibtex by hand.
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
}

// languageTag returns the BCP 47 tag for a language field, or "" when it
// is neither a known name nor a well-formed tag. Only the first of several
// languages ("english; french") counts.
func languageTag(s string) string {
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
