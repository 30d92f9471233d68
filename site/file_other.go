//go:build !unix

package site

import "os"

// writeFile writes data to the file at path, created or truncated.
func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o644) }
