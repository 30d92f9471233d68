package langtag_test

import (
	"testing"

	"github.com/labor-annals/annals/langtag"
)

func TestFromName(t *testing.T) {
	for in, want := range map[string]string{
		"english": "en", "ngerman": "de", "Français": "fr", "en": "en", "eng": "en", "deu": "de",
		"kazakh": "kk", "en-GB": "en-GB", "english; french": "en", "": "", "klingon!": "", "not a language at all really": "",
	} {
		if got := langtag.FromName(in); got != want {
			t.Errorf("FromName(%q) = %q, want %q", in, got, want)
		}
	}
}
