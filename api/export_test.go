package api

// RoutePatterns returns the paths of the route table, for the test that
// compares them with the OpenAPI document.
func RoutePatterns() []string {
	out := make([]string, len(routes))
	for i, rt := range routes {
		out[i] = rt.pattern
	}
	return out
}
