package api

import (
	_ "embed"
	"encoding/json"
	"net/http"
	"strings"
)

// openAPI is the OpenAPI 3.1 document of the API, written by hand beside
// the handlers. A test checks that it lists exactly the routes of the
// route table and that every route responds as it says.
//
//go:embed openapi.json
var openAPI []byte

// specFor returns the document as served: with a servers entry for
// baseURL when there is one, so that tools call the right host.
func specFor(baseURL string) []byte {
	if baseURL == "" {
		return openAPI
	}
	var doc map[string]any
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		// The embedded document is checked by the tests; serve it
		// unchanged rather than fail.
		return openAPI
	}
	doc["servers"] = []map[string]string{{"url": strings.TrimRight(baseURL, "/")}}
	b, err := marshal(doc)
	if err != nil {
		return openAPI
	}
	return b
}

// getOpenAPI serves /api/v1/openapi.json.
func (h *Handler) getOpenAPI(*http.Request) (any, error) {
	return h.spec, nil
}
