package site

// GazetteerData is the alias data the static site gives fold.js, for the
// test that runs fold.js beside fold.
var GazetteerData = gazetteerData
