package annals

import "time"

// Order is the order in which a topic lists its records by default.
type Order string

// Orders a topic page can use.
const (
	NewestFirst Order = "newest"
	OldestFirst Order = "oldest"
)

// Valid reports whether o is a known order.
func (o Order) Valid() bool { return o == NewestFirst || o == OldestFirst }

// Topic is a curated subject of the archive, such as a country's labor
// history, with its records.
type Topic struct {
	// ID is the store's identifier.
	ID int64 `json:"id,omitempty"`
	// Slug names the topic in URLs and on the command line: lower-case
	// letters, digits and hyphens.
	Slug string `json:"slug"`
	// Title is the topic's heading.
	Title string `json:"title"`
	// Description introduces the topic; plain text.
	Description string `json:"description,omitempty"`
	// Disclaimer is shown above the records, as on the archive pages the
	// topic was built from; plain text.
	Disclaimer string `json:"disclaimer,omitempty"`
	// Order is the default order of the topic page.
	Order Order `json:"order"`
	// RecordCount is the number of records in the topic (read only).
	RecordCount int `json:"record_count"`
	// First and Last are the earliest and latest record dates (read only).
	First Date `json:"first,omitzero"`
	Last  Date `json:"last,omitzero"`
	// CreatedAt and UpdatedAt are maintained by the store.
	CreatedAt time.Time `json:"created_at,omitzero"`
	UpdatedAt time.Time `json:"updated_at,omitzero"`
}

// MaxSlugLen bounds a topic slug.
const MaxSlugLen = 64

// ValidateSlug checks that s is usable as a topic slug.
func ValidateSlug(s string) error {
	if s == "" {
		return Errorf(EINVALID, "Topic slug is required.")
	} else if len(s) > MaxSlugLen {
		return Errorf(EINVALID, "Topic slug %q is longer than %d characters.", truncate(s, MaxSlugLen), MaxSlugLen)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		ok := (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0 && i < len(s)-1)
		if !ok {
			return Errorf(EINVALID, "Topic slug %q may hold only lower-case letters, digits and inner hyphens.", s)
		}
	}
	return nil
}

// Validate checks the topic's fields.
func (t *Topic) Validate() error {
	if err := ValidateSlug(t.Slug); err != nil {
		return err
	}
	switch {
	case t.Title == "":
		return Errorf(EINVALID, "Topic title is required.")
	case len(t.Title) > MaxTitleLen:
		return Errorf(EINVALID, "Topic title is longer than %d bytes.", MaxTitleLen)
	case len(t.Description) > MaxSummaryLen || len(t.Disclaimer) > MaxSummaryLen:
		return Errorf(EINVALID, "Topic description or disclaimer is longer than %d bytes.", MaxSummaryLen)
	case !t.Order.Valid():
		return Errorf(EINVALID, "Topic order %q is not %q or %q.", t.Order, NewestFirst, OldestFirst)
	}
	return nil
}
