package annals

// RecordFilter selects records for a listing. Zero fields do not filter.
type RecordFilter struct {
	// Topic is a topic slug.
	Topic string
	// Author is an exact author name.
	Author string
	// Source is an exact source name.
	Source string
	// Year restricts to records dated in that year.
	Year int
	// Order is the date order; NewestFirst when empty.
	Order Order
	// Offset and Limit page through the results; Limit 0 means a default.
	Offset int
	Limit  int
}

// YearCount is the number of records dated in one year.
type YearCount struct {
	Year  int `json:"year"`
	Count int `json:"count"`
}
