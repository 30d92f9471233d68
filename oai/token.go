package oai

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"time"

	"github.com/labor-annals/annals"
)

// token is the state of an incomplete list, carried by the harvester
// instead of kept by the server: the arguments of the first request and the
// cursor, the datestamp and id of the last record sent. Records are listed
// in the order of (datestamp, id), so the next page is what comes after
// the cursor, however many records were added or changed meanwhile (a
// changed record moves to the end, where the harvester meets it again).
type token struct {
	Verb   string `json:"v"`
	Prefix string `json:"m"`
	From   string `json:"f,omitempty"`
	Until  string `json:"u,omitempty"`
	Set    string `json:"s,omitempty"`
	Stamp  string `json:"t"`
	ID     int64  `json:"i"`
	// Sent counts the records sent before the next page, for the
	// cursor attribute.
	Sent int `json:"n"`
}

// encode returns the token as an opaque string of URL-safe characters.
func (t token) encode() string {
	b, err := json.Marshal(t)
	if err != nil {
		panic(err) // strings and numbers always marshal
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

var errBadToken = errors.New("bad token")

// decodeToken reads a token issued for verb. Anything this server did not
// issue, or issued for another verb, is refused: the token must be the
// canonical encoding of valid arguments.
func decodeToken(s, verb string) (token, error) {
	var t token
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return t, errBadToken
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil || dec.More() {
		return t, errBadToken
	}
	if t.encode() != s || t.Verb != verb || t.Prefix != prefixDC || t.ID <= 0 || t.Sent <= 0 {
		return t, errBadToken
	}
	if _, err := time.Parse(stampLayout, t.Stamp); err != nil {
		return t, errBadToken
	}
	for _, d := range []string{t.From, t.Until} {
		if _, err := time.Parse(stampLayout, d); d != "" && err != nil {
			return t, errBadToken
		}
	}
	if t.Set != "" && annals.ValidateSlug(t.Set) != nil {
		return t, errBadToken
	}
	return t, nil
}
