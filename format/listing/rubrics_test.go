package listing_test

import "testing"

// Research institutes and think tanks open each block with a line of
// labels (the type of publication, its topic or region) and print
// bylines that list several authors or add the author's post.
func TestRubricLines(t *testing.T) {
	t.Run("type | topic over the headline, several authors", func(t *testing.T) {
		checkRecs(t, `Report | Minimum Wage
Raising the wage floor lifted pay for three million care workers last year
By Ana Ruiz, Tom Berg, and Lee Wong • March 4, 2025
The largest gains went to home health aides in the South.
Share this: Email  Print

Brief | Collective Bargaining
Sectoral bargaining returns to the agenda
By Tom Berg • February 20, 2025
Three states are weighing wage boards for fast-food workers.
Share this: Email  Print

Report | Collective Bargaining
Public-sector unions and the teacher shortage
By Kim Osei • February 11, 2025
States without bargaining rights have the widest gaps.
Share this: Email  Print`, []rec{
			{"Raising the wage floor lifted pay for three million care workers last year", "Ana Ruiz; Tom Berg; Lee Wong", "", "2025-03-04", "The largest gains went to home health aides in the South."},
			{"Sectoral bargaining returns to the agenda", "Tom Berg", "", "2025-02-20", "Three states are weighing wage boards for fast-food workers."},
			{"Public-sector unions and the teacher shortage", "Kim Osei", "", "2025-02-11", "States without bargaining rights have the widest gaps."},
		})
	})
	t.Run("type | date over the headline", func(t *testing.T) {
		checkRecs(t, `Studie | 12.03.2025
Tarifbindung im Handel: eine Bilanz
Seit 2000 ist die Tarifbindung im Einzelhandel um ein Drittel gesunken.
Von Eva Roth

Analyse | 02.03.2025
Warnstreiks im öffentlichen Dienst
Die Gewerkschaften setzen auf kurze, regionale Ausstände.
Von Jan Koch und Ida Beck

Broschüre | 20.02.2025
Betriebsräte gründen: ein Leitfaden
Schritt für Schritt zur ersten Betriebsratswahl.`, []rec{
			{"Tarifbindung im Handel: eine Bilanz", "Eva Roth", "", "2025-03-12", "Seit 2000 ist die Tarifbindung im Einzelhandel um ein Drittel gesunken."},
			{"Warnstreiks im öffentlichen Dienst", "Jan Koch; Ida Beck", "", "2025-03-02", "Die Gewerkschaften setzen auf kurze, regionale Ausstände."},
			{"Betriebsräte gründen: ein Leitfaden", "", "", "2025-02-20", "Schritt für Schritt zur ersten Betriebsratswahl."},
		})
	})
	t.Run("a byline with the author's post", func(t *testing.T) {
		checkRecs(t, `Commentary / Central Asia
3 March 2025
Oil strikes and the limits of managed dissent
Walkouts in the west have become a near-annual ritual.
By Dana Kim, Senior Analyst, Central Asia

Report 12 / Central Asia
20 February 2025
Water, work and migration
Remittances keep a third of households afloat.

Commentary / Central Asia
2 February 2025
Reforms in the cotton fields
Forced labour has ended; what comes next for rural workers?
By Omar Said and Lena Fox, Project Director`, []rec{
			{"Oil strikes and the limits of managed dissent", "Dana Kim", "", "2025-03-03", "Walkouts in the west have become a near-annual ritual."},
			{"Water, work and migration", "", "", "2025-02-20", "Remittances keep a third of households afloat."},
			{"Reforms in the cotton fields", "Omar Said; Lena Fox", "", "2025-02-02", "Forced labour has ended; what comes next for rural workers?"},
		})
	})
}

// Magazines and repositories name the periodical an entry appeared in:
// "Published in X Volume 74 Issue 3 March 2024", whose issue number is no
// day, or a labelled "Published in: X".
func TestPublishedIn(t *testing.T) {
	t.Run("author | published in, with volume and issue", func(t *testing.T) {
		checkRecs(t, `The Match Girls' Other Strike
Louise Hart | Published in Labour Past Volume 74 Issue 3 March 2024

Miners of the Steppe
Dan Abel | Published in Labour Past Volume 74 Issue 2 February 2024

Bread or Blood
Sam Fen | Published 19 January 2024`, []rec{
			{"The Match Girls' Other Strike", "Louise Hart", "Labour Past", "2024-03", ""},
			{"Miners of the Steppe", "Dan Abel", "Labour Past", "2024-02", ""},
			{"Bread or Blood", "Sam Fen", "", "2024-01-19", ""},
		})
	})
	t.Run("a labelled periodical", func(t *testing.T) {
		checkRecs(t, `Trade unions and labour control in Kazakhstan
By Aliya Dos and Kris Mayer
Publication date: 2019
Published in: Europe-Asia Review
This article examines how official trade unions have been reorganised.
Provided by: University Repository

Strike waves in the oil sector, 2008–2022
By Ruslan Tem
Publication date: 2023
Published in: Central Asian Review
We compile an original data set of 412 labour protests.
Provided by: Research Portal`, []rec{
			{"Trade unions and labour control in Kazakhstan", "Aliya Dos; Kris Mayer", "Europe-Asia Review", "2019", "This article examines how official trade unions have been reorganised."},
			{"Strike waves in the oil sector, 2008–2022", "Ruslan Tem", "Central Asian Review", "2023", "We compile an original data set of 412 labour protests."},
		})
	})
}

// TestAgencyBylines records a wire service named alone in the byline
// slot as the source, and keeps a desk or an organisation as the author.
func TestAgencyBylines(t *testing.T) {
	checkRecs(t, `Dockers strike over pay in three ports
By Reuters
12 March 2025
Dock workers walked out on Tuesday.

Pilots vote to accept new contract
By Agencias
10 March 2025
The union said members had voted by a large margin.

Teachers rally at the capitol
By AFL-CIO
8 March 2025
Thousands of teachers marched for school funding.`, []rec{
		{"Dockers strike over pay in three ports", "", "Reuters", "2025-03-12", "Dock workers walked out on Tuesday."},
		{"Pilots vote to accept new contract", "Agencias", "", "2025-03-10", "The union said members had voted by a large margin."},
		{"Teachers rally at the capitol", "AFL-CIO", "", "2025-03-08", "Thousands of teachers marched for school funding."},
	})
}
