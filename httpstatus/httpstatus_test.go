package httpstatus_test

import (
	"net/http"
	"testing"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/httpstatus"
)

func TestOf(t *testing.T) {
	for code, want := range map[string]int{
		annals.EINVALID: http.StatusBadRequest, annals.ENOTFOUND: http.StatusNotFound,
		annals.ECONFLICT: http.StatusConflict, annals.ETOOLARGE: http.StatusRequestEntityTooLarge,
		annals.ENOTIMPLEMENTED: http.StatusNotImplemented, annals.EINTERNAL: http.StatusInternalServerError,
	} {
		if got, ok := httpstatus.Of(code); !ok || got != want {
			t.Errorf("Of(%q) = %d, %v; want %d", code, got, ok, want)
		}
	}
	if _, ok := httpstatus.Of("no_such_code"); ok {
		t.Error("an unknown code has a status")
	}
}
