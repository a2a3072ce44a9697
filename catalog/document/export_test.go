package document

// FromTree is fromTree, for the tests of package document_test, which may
// import the packages whose types documents decode into.
var FromTree = fromTree

// Held is the value d holds, objects as *jsonpos.Object, for the tests of
// package document_test.
func Held(d *Document) any { return d.value }
