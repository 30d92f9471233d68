package annals

import "time"

// Subscription is a URL (a feed, usually) that the archive fetches on a
// schedule and imports into a topic.
type Subscription struct {
	// ID is the store's identifier.
	ID int64 `json:"id"`
	// Topic is the slug of the topic new records are filed under.
	Topic string `json:"topic"`
	// URL is what is fetched.
	URL string `json:"url"`
	// ETag and LastModified are the validators of the last answer, sent
	// back so an unchanged feed costs no download.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// CheckedAt is when it was last fetched; NextCheckAt when it is due.
	CheckedAt   time.Time `json:"checked_at,omitzero"`
	NextCheckAt time.Time `json:"next_check_at"`
	// Failures counts fetches that failed in a row; LastError says why
	// the last one did.
	Failures  int    `json:"failures"`
	LastError string `json:"last_error,omitempty"`
}
