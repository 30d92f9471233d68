package site

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFile checks writeFile against what os.WriteFile promises: the
// file holds exactly the data, an older longer file is truncated, and a
// missing folder is an error.
func TestWriteFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "page.html")
	for _, data := range []string{"a longer first version", "short", ""} {
		if err := writeFile(p, []byte(data)); err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(p); err != nil || string(got) != data {
			t.Errorf("file holds %q (%v), want %q", got, err, data)
		}
	}
	if err := writeFile(filepath.Join(t.TempDir(), "no", "page.html"), []byte("x")); err == nil {
		t.Error("writeFile into a missing folder: no error")
	}
}
