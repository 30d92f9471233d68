package fold

// This file holds the letter tables: Cyrillic to Latin, and the Latin
// letters whose plain diacritic removal would lose a sound that another
// spelling system writes as two letters (ş is "sh", not "s").
//
// The Cyrillic table follows BGN/PCGN (1947 Russian, 1979 Kazakh) with
// one deliberate choice per letter, picked to land near the spellings
// English, French and German texts actually use, because roman.go then
// folds the remaining variants (yu/iu/ju, kh/h, zh/j, …) onto one key:
//
//   - ё is "e", not "yo": Russian print usually omits the dots, so
//     "Горбачёв" and "Горбачев" must give the same key.
//   - й and ы are "y", folded to "i" later with every other y.
//   - ъ and ь are dropped, except before a vowel letter, where they are "y"
//     as in the usual English forms (Гурьев → Guryev, Ильич → Ilyich).
//   - Ukrainian и is "i" like Russian и: after y→i folding the national
//     system's "y" (Kyiv) and the Russian "i" agree anyway.
//   - Kazakh ә ө ү ұ і lose their marks (a o u u i) as in every Latin
//     Kazakh alphabet once diacritics are removed; ғ is "gh", қ is "q",
//     ң is "ng", һ is "h", as in BGN/PCGN.

// cyrillic returns the Latin spelling of a lower-case Cyrillic letter, and
// false when r is not one we transliterate.
func cyrillic(r rune) (string, bool) {
	switch r {
	case 'а':
		return "a", true
	case 'б':
		return "b", true
	case 'в':
		return "v", true
	case 'г':
		return "g", true
	case 'д':
		return "d", true
	case 'е', 'э', 'ё':
		return "e", true
	case 'ж':
		return "zh", true
	case 'з':
		return "z", true
	case 'и', 'і':
		return "i", true
	case 'й', 'ы':
		return "y", true
	case 'к':
		return "k", true
	case 'л':
		return "l", true
	case 'м':
		return "m", true
	case 'н':
		return "n", true
	case 'о':
		return "o", true
	case 'п':
		return "p", true
	case 'р':
		return "r", true
	case 'с':
		return "s", true
	case 'т':
		return "t", true
	case 'у', 'ў':
		return "u", true
	case 'ф':
		return "f", true
	case 'х':
		return "kh", true
	case 'ц':
		return "ts", true
	case 'ч':
		return "ch", true
	case 'ш':
		return "sh", true
	case 'щ':
		return "shch", true
	case 'ъ', 'ь':
		// Context-dependent; see base in word.go.
		return "", true
	case 'ю':
		return "yu", true
	case 'я':
		return "ya", true
	// Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic and Mongolian extras.
	case 'ә', 'ӑ', 'ӓ':
		return "a", true
	case 'ғ':
		return "gh", true
	case 'қ', 'ҡ':
		return "q", true
	case 'ң', 'ӊ':
		return "ng", true
	case 'ө', 'ӧ':
		return "o", true
	case 'ұ', 'ү', 'ӯ', 'ӱ':
		return "u", true
	case 'һ', 'ҳ':
		return "h", true
	case 'ӣ':
		return "i", true
	case 'ҷ':
		return "j", true
	case 'ҙ':
		return "z", true
	case 'ҫ':
		return "s", true
	// Ukrainian and Belarusian.
	case 'є':
		return "ye", true
	case 'ї':
		return "yi", true
	case 'ґ':
		return "g", true
	// Serbian and Macedonian, which turn up in Soviet-era sources.
	case 'ђ':
		return "dj", true
	case 'ј':
		return "j", true
	case 'љ':
		return "lj", true
	case 'њ':
		return "nj", true
	case 'ћ':
		return "c", true
	case 'џ':
		return "dzh", true
	case 'ѕ':
		return "dz", true
	case 'ѓ':
		return "g", true
	case 'ќ':
		return "k", true
	}
	return "", false
}

// isSoftSign reports whether r is ь or ъ, whose spelling depends on the
// letter after it.
func isSoftSign(r rune) bool { return r == 'ь' || r == 'ъ' }

// iotated reports whether r is a Cyrillic vowel letter before which a soft
// or hard sign is written "y" in English (Гурьев → Guryev).
func iotated(r rune) bool {
	switch r {
	case 'е', 'ё', 'ю', 'я', 'и', 'є', 'ї', 'Е', 'Ё', 'Ю', 'Я', 'И', 'Є', 'Ї':
		return true
	}
	return false
}

// latin returns the spelling of a lower-case non-ASCII Latin letter whose
// diacritic stands for a sound written elsewhere with two letters, and
// false for letters that simply lose their marks.
func latin(r rune) (string, bool) {
	switch r {
	case 'ş', 'ș', 'š', 'ṡ':
		// Kazakh Latin 2021, Turkish, Turkmen ş; Czech-style scholarly š.
		return "sh", true
	case 'č':
		// Scholarly (ISO 9 / linguistic) č for ч. Not ç: that is French
		// far more often than Turkic in our sources (François).
		return "ch", true
	case 'ž':
		return "zh", true
	case 'ñ', 'ń', 'ň', 'ŋ':
		// Kazakh Latin 2021 ñ, 2018 ń, Turkmen ň for ң.
		return "ng", true
	case 'ı':
		return "i", true
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'ø':
		return "o", true
	case 'ł':
		return "l", true
	case 'đ', 'ð':
		return "d", true
	case 'þ':
		return "th", true
	case 'ə':
		// Azerbaijani and some Kazakh Latin drafts write ә as ə.
		return "a", true
	case 'ʻ', 'ʼ', 'ʹ', 'ʺ':
		// Uzbek oʻ and gʻ, and the prime for ь in scholarly systems:
		// letters in Unicode, but spelled with a plain apostrophe as
		// often, which we drop.
		return "", true
	}
	return "", false
}
