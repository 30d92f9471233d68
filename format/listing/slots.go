package listing

import (
	"strings"

	"github.com/labor-annals/annals"
)

// Result pages of repositories, catalogues and finders print the same
// lines under every headline: the authors, the series and year, labelled
// fields. Alone, such a line could be a headline or a teaser; in the same
// slot entry after entry, a few entries apart, it is what the template
// puts there.

// underHeadlines reads two kinds of line that a repository's or
// catalogue's results print under each headline, where two entries or
// more on the page print them: the authors as inverted names set apart
// by semicolons ("Harker, Tom; Ruiz, Ana", or one: "Okafor, Chidi"),
// and the series or publisher with the year ("IRLE Working Paper Series
// (2024)"). Alone, either could be a headline; in that slot, page after
// page, they are not.
func underHeadlines(items []item) {
	var names, sources []int
	listed := false // a line of several names: the page's convention
	for i := 1; i < len(items); i++ {
		it := &items[i]
		if it.gap || it.kind != kTitle || it.source != "" {
			continue
		}
		// Under the headline, or under the names under it.
		if prev := &items[i-1]; prev.kind != kTitle && prev.kind != kName && prev.kind != kProse {
			continue
		}
		if !it.dated && invertedNameList(it.body) != nil {
			names = append(names, i)
			listed = listed || strings.Contains(it.body, "; ")
		} else if _, _, ok := yearSourceLine(it.body); ok {
			sources = append(sources, i)
		}
	}
	// "Sociology, Political Science" reads as one inverted name too: one
	// name alone counts where other lines list several so.
	if len(names) >= 2 && listed {
		for _, i := range names {
			if !nearby(names, i, 1) {
				continue // a template's lines recur a few entries apart
			}
			it := &items[i]
			it.kind, it.authors, it.title = kName, invertedNameList(it.body), ""
			// Where names stand under the headline, a name-like line
			// opening the block over it is a label: "Data Brief".
			if i >= 2 && items[i-1].kind == kTitle && !items[i-1].gap && items[i-2].kind == kName && (i == 2 || items[i-2].gap) {
				items[i-2].kind, items[i-2].authors = kChrome, nil
			}
		}
	}
	if len(sources) >= 2 {
		for _, i := range sources {
			if !nearby(sources, i, 1) {
				continue
			}
			it := &items[i]
			src, d, _ := yearSourceLine(it.body)
			it.kind, it.source, it.date, it.dated, it.title = kDate, src, d, true, ""
		}
	}
}

// invertedNameList splits "Harker, Tom; Nguyen, Linh" into its names;
// nil unless every part is "Surname, Given" in capitalised words.
func invertedNameList(s string) []string {
	if len(s) > 300 || strings.ContainsAny(s, "0123456789.!?:()") {
		return nil
	}
	parts := strings.Split(s, "; ")
	for _, p := range parts {
		if !strings.Contains(p, ", ") {
			return nil
		}
		if _, end, ok := invertedName(p, 0, false); !ok || end != len(p) {
			return nil
		}
	}
	return parts
}

// yearSourceLine reads "IRLE Working Paper Series (2024)": a few
// capitalised words, then a year alone in brackets.
func yearSourceLine(s string) (string, annals.Date, bool) {
	d, ok := parenYear(s)
	if !ok || len(s) > 120 || !plausibleYear(d.Year) {
		return "", annals.Date{}, false
	}
	name := strings.TrimSpace(s[:len(s)-6])
	if !isUpperStart(name) || wordCountUpTo(name, 11) > 10 || strings.ContainsAny(name, "0123456789.,;!?:()") {
		return "", annals.Date{}, false
	}
	return name, d, true
}

// recurringLabels drops the labelled lines of a catalogue's fields that
// the field table does not know ("Jurisdiction code: …", "Citation: 89
// FR 18904") where the same label recurs under two or more headlines:
// fields, not a teaser. A label before the block's headline is the
// headline's own rubric ("Kazakhstan: …") and stays.
func recurringLabels(items []item) {
	where := map[string][]int{} // the items of each label, ascending
	var at []int
	titled := false // the block has its headline above
	for i := 0; i < len(items); i++ {
		it := &items[i]
		if i == 0 || it.gap {
			titled = it.kind == kTitle
			continue
		}
		if titled && (it.kind == kTitle || it.kind == kProse) && !it.dated {
			if label := fieldLabel(it.body); label != "" {
				where[label] = append(where[label], i)
				at = append(at, i)
			}
		}
		titled = titled || it.kind == kTitle
	}
	// Copies a few entries apart, as a template's lines are.
	for _, i := range at {
		if it := &items[i]; nearby(where[fieldLabel(it.body)], i, 1) {
			it.kind, it.title = kChrome, ""
		}
	}
}

// fieldLabel returns the lower-cased label of a "Label: value" line: one
// to four words, capitalised, without digits; "" for any other line.
func fieldLabel(s string) string {
	label, _, ok := cutLabel(s)
	if !ok || !isUpperStart(label) || strings.ContainsAny(label, "0123456789.,;!?\"'“”«»") {
		return ""
	}
	return strings.ToLower(label)
}
