package listing

import "testing"

func TestZZ(t *testing.T) {
	s := "F. Ray Marshall, Labor in the South (Cambridge: Harvard University Press, 1967)"
	f := factsOf(s)
	c1, ok1 := inlineCitation(s, f, 0)
	t.Logf("inline %+v %v", c1, ok1)
	c2, ok2 := authorCitation(s, 0)
	t.Logf("author %+v %v", c2, ok2)
	c3, ok3 := commaCitation(s, 0)
	t.Logf("comma %+v %v", c3, ok3)
	c4, ok4 := quoteAttribution(s, 0)
	t.Logf("quote %+v %v", c4, ok4)
}
