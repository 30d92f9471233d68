package listing_test

import "testing"

// Layouts met in session 24's working sets: each fixture is written for
// the rule it tests.
func TestLabelledContainers(t *testing.T) {
	t.Run("a citation index's results: the periodical after a label in Russian, its areas set apart by stops", func(t *testing.T) {
		checkRecs(t, `1.
СТАЧКИ ТКАЧЕЙ ОРЕХОВО-ЗУЕВА В 1885 ГОДУ
Кузнецова А.Б., Лебедев В.Г.
В журнале: Вестник Московского университета. Серия 8: История. 2018. № 5. С. 33-47.
Цитирований: 3
2.
ГОРНЯКИ ДОНБАССА И ЗАБАСТОВКА 1989 ГОДА
Петренко И.С.
В журнале: Рабочий класс и современный мир. 2020. № 2. С. 10-19.
Цитирований: 0
3.
ПРОФСОЮЗЫ УРАЛА В ГОДЫ НЭПА
Соколов Д.Е.
В сборнике: Урал индустриальный. Екатеринбург, 2016. С. 120-131.
Цитирований: 1`, []rec{
			{"СТАЧКИ ТКАЧЕЙ ОРЕХОВО-ЗУЕВА В 1885 ГОДУ", "Кузнецова А.Б.; Лебедев В.Г.", "Вестник Московского университета. Серия 8: История", "2018", ""},
			{"ГОРНЯКИ ДОНБАССА И ЗАБАСТОВКА 1989 ГОДА", "Петренко И.С.", "Рабочий класс и современный мир", "2020", ""},
			{"ПРОФСОЮЗЫ УРАЛА В ГОДЫ НЭПА", "Соколов Д.Е.", "Урал индустриальный", "2016", ""},
		})
	})
	t.Run("the same in English after 'In:': the journal ends at the stop before its year", func(t *testing.T) {
		checkRecs(t, `Strike waves in the Kuzbass coalfield
Smith J., Brown T.
In: Europe-Asia Studies. 2019. Vol. 71. P. 612-620.

Textile conflicts in Ivanovo in the 1920s
Jones A.
In: Labour History Review. 2021. No. 2. P. 45-53.`, []rec{
			{"Strike waves in the Kuzbass coalfield", "Smith J.; Brown T.", "Europe-Asia Studies", "2019", ""},
			{"Textile conflicts in Ivanovo in the 1920s", "Jones A.", "Labour History Review", "2021", ""},
		})
	})
}
