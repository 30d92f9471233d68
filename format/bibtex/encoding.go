package bibtex

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// decode returns the input as UTF-8 text. BibTeX has no way to declare an
// encoding, so we guess:
//
//   - valid UTF-8 (with or without a BOM) is taken as it is;
//   - a UTF-16 byte-order mark means UTF-16;
//   - otherwise, if the high bytes pair up as GB2312 double-byte characters
//     (both bytes 0xA1–0xFE) and at most one in ten high bytes does not,
//     the file is GB18030/GBK, as Chinese reference managers write;
//   - anything else is Windows-1252, the superset of Latin-1 that old
//     Western European exports use.
//
// The GB test is deliberately narrow: Latin-1 accented letters are almost
// always followed by an ASCII letter, which is a valid GBK trail byte but
// never a GB2312 one, so "Müller" stays Latin-1. Shift-JIS, Big5 and
// KOI8 are not detected and come out as Windows-1252 mojibake.
func decode(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	utf16 := bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
	if i := bytes.IndexByte(data, 0); i >= 0 && !utf16 {
		return "", &SyntaxError{Line: 1 + bytes.Count(data[:i], []byte("\n")), Msg: "binary data (NUL byte); not a BibTeX file"}
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if utf16 {
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err == nil {
			return string(out), nil
		}
	}
	if looksGB(data) {
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
			return string(out), nil
		}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		// Windows-1252 decodes every byte; this is unreachable in practice.
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), nil
	}
	return string(out), nil
}

// looksGB reports whether the high bytes of data pair up as GB2312
// characters; see decode.
func looksGB(data []byte) bool {
	pairs, other := 0, 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c < 0x80 {
			continue
		}
		if c >= 0xa1 && c <= 0xf7 && i+1 < len(data) && data[i+1] >= 0xa1 && data[i+1] <= 0xfe {
			pairs++
			i++
			continue
		}
		other++
	}
	return pairs > 0 && other*10 <= pairs
}
