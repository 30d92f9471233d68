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

// A newspaper archive's search results print each clipping's headline,
// the paper, the paper's town and state, the day and the snippet, with
// a row of buttons under it. The town is no headline, and the buttons
// are furniture.
func TestNewspaperArchivePlaces(t *testing.T) {
	checkRecs(t, `Search results
STRIKE CLOSES THREE MILLS
The Evening Ledger
Springfield, Massachusetts
Tuesday, April 2, 1929
Page 1
... operatives walked out at the three mills when the night shift ended ...
Clip  Save
Pickets Turn Back Trucks At Plant Gate
The Morning Courier
Halifax, Nova Scotia
Friday, September 7, 1934
Page 3
... no trucks passed the gate all day while the pickets held the road ...
Clip  Save
Union Calls Off Walkout
The Daily Sentinel
Dayton, Ohio
Monday, April 15, 1929
Page 2
... the union voted to return to work after the company raised wages ...
Clip  Save`, []rec{
		{"STRIKE CLOSES THREE MILLS", "", "The Evening Ledger", "1929-04-02", "operatives walked out at the three mills when the night shift ended"},
		{"Pickets Turn Back Trucks At Plant Gate", "", "The Morning Courier", "1934-09-07", "no trucks passed the gate all day while the pickets held the road"},
		{"Union Calls Off Walkout", "", "The Daily Sentinel", "1929-04-15", "the union voted to return to work after the company raised wages"},
	})
}

// An essay's sources in one paragraph, parted by semicolons: books with
// their imprints in brackets, and newspaper stories cited by their day
// alone, without brackets. Each part is a work, however it is dated.
func TestSemicolonSourcesWithoutBrackets(t *testing.T) {
	checkRecs(t, `Sources:
Jane Roe, Dockers of the Bay: A History, 1900–1950 (Oakland: Bay Press, 1990); “Strikers Hold the Line,” The Oakland Tribune, June 3, 1934, p. 1; Tom Hale, “Pickets and Police,” Western Labor Quarterly (Spring 1981), 45-60; “Port Closed by Strike,” San Francisco Examiner, July 5, 1934, p. 2; Ann Ray and Bo Lin, The Big Strike (Berkeley: Coast Books, 2005).`, []rec{
		{"Dockers of the Bay: A History, 1900–1950", "Jane Roe", "Oakland: Bay Press", "1990", ""},
		{"Strikers Hold the Line", "", "The Oakland Tribune", "1934-06-03", ""},
		{"Pickets and Police", "Tom Hale", "Western Labor Quarterly", "1981", ""},
		{"Port Closed by Strike", "", "San Francisco Examiner", "1934-07-05", ""},
		{"The Big Strike", "Ann Ray; Bo Lin", "Berkeley: Coast Books", "2005", ""},
	})
}
