package htmlpage

import (
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decode returns data as UTF-8: unchanged when it already is valid UTF-8,
// else converted from the charset the page declares (a BOM, <meta
// charset>), or windows-1252 when it declares none.
func decode(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}
