package fold_test

import (
	"strings"
	"testing"

	"github.com/labor-annals/annals/fold"
)

// benchText is a mix of what the archive imports: English, Russian and
// Kazakh prose with names, dates and punctuation.
const benchText = `In December 2011 oil workers of Ozenmunaigas in Zhanaozen, Mangystau
Region, ended a seven-month strike over wage coefficients; police opened fire
on 16 December. Nazarbayev's government blamed "hooligans". The Federation of
Trade Unions of Kazakhstan said nothing. В декабре 2011 года нефтяники
Жанаозена бастовали семь месяцев; 16 декабря полиция открыла огонь по
людям на площади. Жаңаөзен мұнайшылары жалақыны көтеруді талап етті.
Les grévistes de Janaozen réclamaient l'égalité des salaires avec les
ouvriers étrangers. Die Streikenden in Schanaosen forderten höhere Löhne. `

func BenchmarkText(b *testing.B) {
	s := strings.Repeat(benchText, 64)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		fold.Text(s)
	}
}

func BenchmarkTokensASCII(b *testing.B) {
	s := strings.Repeat("The workers of the Karaganda coal basin struck in 1989 for pay and soap. ", 128)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		fold.Tokens(s)
	}
}
