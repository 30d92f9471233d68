package bibtex

import "strings"

// splitNames splits a BibTeX name list on the word "and" outside braces
// and formats each name as printed, "First von Last, Jr.". A name list
// ending in "and others" means "et al.": the unnamed others are dropped,
// as a placeholder is not an author and would fail validation downstream
// if ever blank.
func splitNames(raw string) []string {
	var names []string
	for _, part := range splitTopLevel(raw) {
		part = strings.TrimSpace(part)
		if part == "" || strings.EqualFold(part, "others") {
			continue
		}
		if n := formatName(part); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// splitTopLevel splits raw on " and " (any case, any white space) at
// brace depth 0.
func splitTopLevel(raw string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			depth++
		case '}':
			if depth > 0 {
				depth--
			}
		case 'a', 'A':
			if depth == 0 && i > 0 && isSpace(raw[i-1]) && i+3 < len(raw) && strings.EqualFold(raw[i:i+3], "and") && isSpace(raw[i+3]) {
				parts = append(parts, raw[start:i])
				start = i + 3
				i += 2
			}
		}
	}
	return append(parts, raw[start:])
}

// formatName turns one BibTeX name into display order: "Last, First" and
// "Last, Jr, First" are reordered to "First Last" and "First Last Jr";
// "First Last" and a braced corporate name are kept whole.
func formatName(raw string) string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			depth++
		case '}':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				parts = append(parts, raw[start:i])
				start = i + 1
			}
		}
	}
	parts = append(parts, raw[start:])
	for i := range parts {
		parts[i] = toUnicode(parts[i])
	}
	var out []string
	switch len(parts) {
	case 1:
		out = parts
	case 2:
		out = []string{parts[1], parts[0]}
	default:
		out = []string{strings.Join(parts[2:], " "), parts[0], parts[1]}
	}
	var kept []string
	for _, p := range out {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}
