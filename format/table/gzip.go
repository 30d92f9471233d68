package table

import (
	"bytes"
	"compress/gzip"
	"io"
	"math"

	"github.com/labor-annals/annals"
)

// Gunzip decompresses gzip data (all its members) of at most max bytes
// decompressed. Larger output returns an ETOOLARGE *annals.Error without
// reading further, so a small bomb cannot fill memory; data that is not
// gzip, or is cut short, returns EINVALID.
func Gunzip(data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, annals.Errorf(annals.EINVALID, "Input is not gzip data (%v).", err)
	}
	defer zr.Close()
	limit := max
	if limit < math.MaxInt64 {
		// One byte more than allowed tells "exactly max" from "more".
		limit++
	}
	var out bytes.Buffer
	n, err := io.Copy(&out, io.LimitReader(zr, limit))
	if err != nil {
		return nil, annals.Errorf(annals.EINVALID, "Gzip data is damaged (%v).", err)
	}
	if n > max {
		return nil, annals.Errorf(annals.ETOOLARGE, "Input is larger than %d bytes when decompressed.", max)
	}
	return out.Bytes(), nil
}
