package document

// FromTree is fromTree, for the tests of package document_test, which may
// import the packages whose types documents decode into.
var FromTree = fromTree
