package catalog

import (
	"sync"
)

// The "did you mean" search: the id of a catalog closest in spelling to a
// word. A catalog with many misspelled progressions asks once per entry,
// so comparing the word with every id made validation quadratic (8,000
// entries took 22 s). The ids are kept in a BK-tree over edit distance:
// a search compares the word with the ids whose distance could still beat
// the best found so far, and skips the rest. Most typos are one or two
// edits away: a map from each id with one letter deleted finds every id
// one edit away (and most two edits away, such as swapped letters) at the
// cost of a few lookups, so the tree is searched only with a small radius,
// or, when nothing is that close, with the full one.

// Suggest returns the id of c closest in spelling to id, or "" when none is
// close enough to be a likely typo (more than a third of id's letters, and
// more than 2, apart) or id is itself an id of c. Of ids equally close, the
// one earliest in c wins. The index is built on the first call and built
// again when the list of exercises is replaced or changes length; change
// ids in place only before the first call.
func (c *Catalog) Suggest(id string) string {
	return c.suggestIndex().closest(id)
}

var suggestMu sync.Mutex

func (c *Catalog) suggestIndex() *idIndex {
	suggestMu.Lock()
	defer suggestMu.Unlock()
	x := c.ids
	if x == nil || x.n != len(c.Exercises) || len(c.Exercises) > 0 && x.first != &c.Exercises[0] {
		ids := make([]string, len(c.Exercises))
		for i, e := range c.Exercises {
			ids[i] = e.ID
		}
		x = newIDIndex(ids)
		x.n = len(c.Exercises)
		if len(c.Exercises) > 0 {
			x.first = &c.Exercises[0]
		}
		c.ids = x
	}
	return x
}

// idIndex is a BK-tree of words: each child hangs under its parent at its
// edit distance from the parent, so by the triangle inequality a search
// for words within r of a query q that is d from a node need only visit
// the children at distances d-r to d+r.
type idIndex struct {
	root *bkNode
	// deletes maps each node's word, and the word with any one letter
	// deleted, to the nodes.
	deletes map[string][]*bkNode
	n       int       // len(Exercises) when built
	first   *Exercise // &Exercises[0] when built
}

type bkNode struct {
	word   string
	runes  []rune
	order  int // position of the word's first occurrence in the list
	kids   []bkEdge
	maxKid int // the largest distance of a child
}

type bkEdge struct {
	dist int
	node *bkNode
}

func newIDIndex(words []string) *idIndex {
	x := &idIndex{deletes: map[string][]*bkNode{}}
	var buf distBuf
	for i, w := range words {
		n := &bkNode{word: w, runes: []rune(w), order: i}
		if _, seen := x.deletes[w]; !seen || !hasWord(x.deletes[w], w) {
			forDeletes(n.runes, func(k string) { x.deletes[k] = append(x.deletes[k], n) })
		}
		if x.root == nil {
			x.root = n
			continue
		}
		at := x.root
	insert:
		for {
			d := buf.distance(n.runes, at.runes)
			if d == 0 {
				break // a repeated word: the earlier one stands
			}
			for _, e := range at.kids {
				if e.dist == d {
					at = e.node
					continue insert
				}
			}
			at.kids = append(at.kids, bkEdge{d, n})
			at.maxKid = max(at.maxKid, d)
			break
		}
	}
	return x
}

// closest returns the word of the index closest to s, as [closest] does
// over a list.
func (x *idIndex) closest(s string) string {
	if x.root == nil {
		return ""
	}
	q := []rune(s)
	limit := max(2, len(q)/3)
	var buf distBuf
	// The ids one delete from s, or s one delete from them, or both: every
	// id one edit away is among them.
	best, bestDist := (*bkNode)(nil), limit+1
	exact := false
	forDeletes(q, func(k string) {
		for _, n := range x.deletes[k] {
			d := buf.distance(q, n.runes)
			if d == 0 {
				exact = true
			}
			if d <= limit && (best == nil || d < bestDist || d == bestDist && n.order < best.order) {
				best, bestDist = n, d
			}
		}
	})
	switch {
	case exact:
		return "" // s is an id itself
	case bestDist <= 1:
		return best.word // every id this close was a candidate
	}
	// Ids as close as the best so far may be missing, and come earlier:
	// search the tree within that distance.
	stack := []*bkNode{x.root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		// Beyond bestDist+maxKid neither the node nor a child can be
		// close enough: stop counting there.
		cut := bestDist + n.maxKid
		d := buf.distanceAtMost(q, n.runes, cut)
		if d > cut {
			continue
		}
		if d <= limit && (best == nil || d < bestDist || d == bestDist && n.order < best.order) {
			best, bestDist = n, d
		}
		if d == 0 {
			return "" // not reached: the deletes found it
		}
		// Words as close as the best so far may still come earlier in the
		// list: search to its distance, not below.
		r := bestDist
		for _, e := range n.kids {
			if e.dist >= d-r && e.dist <= d+r {
				stack = append(stack, e.node)
			}
		}
	}
	if best == nil {
		return ""
	}
	return best.word
}

// forDeletes calls f with w and with w less each one of its letters, each
// distinct string once.
func forDeletes(w []rune, f func(string)) {
	f(string(w))
	k := make([]rune, 0, len(w))
	for i := range w {
		if i > 0 && w[i] == w[i-1] {
			continue // the same string as deleting the letter before
		}
		k = append(append(k[:0], w[:i]...), w[i+1:]...)
		f(string(k))
	}
}

func hasWord(ns []*bkNode, w string) bool {
	for _, n := range ns {
		if n.word == w {
			return true
		}
	}
	return false
}

// distBuf holds the rows of the edit-distance table between calls.
type distBuf struct{ prev, cur []int }

// distanceAtMost is the Levenshtein distance between a and c when it is at
// most k, and some number above k otherwise: it stops as soon as every
// cell of a row is above k.
func (b *distBuf) distanceAtMost(a, c []rune, k int) int {
	if len(a)-len(c) > k || len(c)-len(a) > k {
		return k + 1
	}
	if cap(b.prev) < len(c)+1 {
		b.prev = make([]int, len(c)+1)
		b.cur = make([]int, len(c)+1)
	}
	prev, cur := b.prev[:len(c)+1], b.cur[:len(c)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(c); j++ {
			cost := 1
			if a[i-1] == c[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > k {
			return k + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(c)]
}

// distance is the Levenshtein distance between a and c, in runes.
func (b *distBuf) distance(a, c []rune) int {
	return b.distanceAtMost(a, c, max(len(a), len(c)))
}
