package web

import (
	"bytes"
	"encoding/xml"
	"testing"
)

// TestEscapeXMLIsEncodingXML checks the Atom writer's escaping against
// what the feeds wrote before it, xmlText and then encoding/xml.
func TestEscapeXMLIsEncodingXML(t *testing.T) {
	for _, s := range []string{
		"", "plain", `<script>alert(1)</script> ]]> & "q" 'a'`, "tab\tnew\nline\rret",
		"\x00\x01\x0b\x1b\x7f nul and controls", "c1 \u0085\u009f end", "\uFFFE\uFFFF\uFFFD", "bad \xff\xfe utf-8 \xc3",
		"Назарбаев 中文 emoji 🎉", "https://example.org/?q=\"><script>&a=1",
	} {
		var got, want bytes.Buffer
		escapeXML(&got, s)
		if err := xml.EscapeText(&want, []byte(xmlText(s))); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("escapeXML(%q) = %q, want %q", s, got.String(), want.String())
		}
	}
}
