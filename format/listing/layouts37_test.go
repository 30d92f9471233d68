package listing_test

import "testing"

// Layouts met in session 37's working sets: each fixture is written for
// the rule it tests.

// A review site lists new books: the author, the title, then the imprint
// printed publisher first ("Dietz Verlag, Bonn 2024"), then the review's
// gist. The publisher is the source, without its town, and the year the
// date; the line is no headline of an entry of its own.
func TestPublisherFirstImprints(t *testing.T) {
	checkRecs(t, `New books on labour history

Ralf Hoffrogge
The Last Strike: Hamburg Shipyard Workers in 1957
Dietz Verlag, Bonn 2024
The reviewer learns how the longest strike in the republic won sick pay for every worker.

Christiane Eifert
Textile Workers of Crimmitschau
Wallstein Verlag, Göttingen 2025
A dense study of the sources, though the employers' side is missing.

Marcel Bois
Coal, Comrades and the Ruhr
Pluto Press, London, 2019
A solid and readable history of the miners over a century.`, []rec{
		{"The Last Strike: Hamburg Shipyard Workers in 1957", "Ralf Hoffrogge", "Dietz Verlag", "2024", "The reviewer learns how the longest strike in the republic won sick pay for every worker."},
		{"Textile Workers of Crimmitschau", "Christiane Eifert", "Wallstein Verlag", "2025", "A dense study of the sources, though the employers' side is missing."},
		{"Coal, Comrades and the Ruhr", "Marcel Bois", "Pluto Press", "2019", "A solid and readable history of the miners over a century."},
	})
}

// A book's editors on a line of their own, marked "(Hg.)" or "(eds.)",
// are its authors, as a single author's name on that line is.
func TestEditorsLine(t *testing.T) {
	checkRecs(t, `New books on labour history

Ralf Hoffrogge
The Last Strike: Hamburg Shipyard Workers in 1957
Dietz Verlag, Bonn 2024

Knud Andresen, Michaela Kuhnhenne (Hg.)
Guest Workers on Strike: Ford Cologne 1973
Transcript Verlag, Bielefeld 2023

Marcel Bois
Coal, Comrades and the Ruhr
Pluto Press, London, 2019

Jane Ellis and Tom Hart (eds.)
Mining Lives in the North
Verso Books, London, 2020`, []rec{
		{"The Last Strike: Hamburg Shipyard Workers in 1957", "Ralf Hoffrogge", "Dietz Verlag", "2024", ""},
		{"Guest Workers on Strike: Ford Cologne 1973", "Knud Andresen; Michaela Kuhnhenne", "Transcript Verlag", "2023", ""},
		{"Coal, Comrades and the Ruhr", "Marcel Bois", "Pluto Press", "2019", ""},
		{"Mining Lives in the North", "Jane Ellis; Tom Hart", "Verso Books", "2020", ""},
	})
}
