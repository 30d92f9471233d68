package annalstest

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// HostileSize is the size in bytes of the degenerate inputs a reader's
// TestHostileInputs builds: 8 MiB, or HOSTILE_SIZE. It skips the test
// under -short.
func HostileSize(t *testing.T) int {
	t.Helper()
	if testing.Short() {
		t.Skip("large inputs")
	}
	size := 8 << 20
	if s := os.Getenv("HOSTILE_SIZE"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			t.Fatalf("HOSTILE_SIZE=%q is not a size in bytes", s)
		}
		size = n
	}
	return size
}

// CheckHostile reads each input with read, which returns what went wrong
// with it (nil when the outcome is acceptable), and fails on that or on a
// read that takes over a minute: a generous bound, for blow-ups rather
// than speed on a busy machine.
func CheckHostile(t *testing.T, inputs map[string]string, read func(name string, data []byte) error) {
	t.Helper()
	for name, data := range inputs {
		start := time.Now()
		if err := read(name, []byte(data)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		d := time.Since(start)
		if d > time.Minute {
			t.Errorf("%s: took %v", name, d)
		}
		t.Logf("%s: %v", name, d)
	}
}
