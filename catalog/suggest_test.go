package catalog

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestSuggestIndexMatchesScan checks that the index gives the suggestion
// the plain scan over every id gives, ties and all, on random ids and
// misspellings of them.
func TestSuggestIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdeé-"
	word := func(n int) string {
		r := []rune(letters)
		w := make([]rune, n)
		for i := range w {
			w[i] = r[rng.IntN(len(r))]
		}
		return string(w)
	}
	for round := range 200 {
		var ids []string
		for range rng.IntN(60) {
			ids = append(ids, word(1+rng.IntN(9)))
		}
		c := &Catalog{}
		for _, id := range ids {
			c.Exercises = append(c.Exercises, Exercise{ID: id})
		}
		for range 50 {
			q := word(rng.IntN(11))
			if len(ids) > 0 && rng.IntN(2) == 0 {
				// A misspelling: one rune changed, dropped or doubled.
				r := []rune(ids[rng.IntN(len(ids))])
				i := rng.IntN(len(r))
				switch rng.IntN(3) {
				case 0:
					r[i] = []rune(letters)[rng.IntN(len(letters)-1)]
				case 1:
					r = append(r[:i], r[i+1:]...)
				default:
					r = append(r[:i+1], r[i:]...)
				}
				q = string(r)
			}
			if got, want := c.Suggest(q), closest(q, ids); got != want {
				t.Fatalf("round %d: Suggest(%q) = %q, the scan says %q (ids %q)", round, q, got, want, ids)
			}
		}
	}
}

// TestSuggestIndexRebuilt checks that a catalog whose list of entries is
// replaced or grows is indexed again.
func TestSuggestIndexRebuilt(t *testing.T) {
	c := &Catalog{Exercises: []Exercise{{ID: "glute-bridge"}}}
	if got := c.Suggest("glute-brige"); got != "glute-bridge" {
		t.Fatalf("Suggest = %q", got)
	}
	c.Exercises = append(c.Exercises, Exercise{ID: "clamshell"})
	if got := c.Suggest("clamshel"); got != "clamshell" {
		t.Errorf("after append: Suggest = %q", got)
	}
	c.Exercises = []Exercise{{ID: "bird-dog"}, {ID: "cat-cow"}}
	if got := c.Suggest("bird-dgo"); got != "bird-dog" {
		t.Errorf("after replace: Suggest = %q", got)
	}
}

// BenchmarkSuggest compares the index with the plain scan on the ids of a
// catalog of n renamed default entries, each looked up with two letters
// swapped, as validation does for misspelled progressions.
func BenchmarkSuggest(b *testing.B) {
	for _, n := range []int{500, 5000} {
		c := &Catalog{}
		for k := 1; len(c.Exercises) < n; k++ {
			for _, e := range Default().Exercises {
				if len(c.Exercises) < n {
					c.Exercises = append(c.Exercises, Exercise{ID: e.ID + "-v" + string(rune('a'+k%26)) + string(rune('a'+k/26))})
				}
			}
		}
		ids := make([]string, n)
		queries := make([]string, n)
		for i, e := range c.Exercises {
			ids[i] = e.ID
			r := []byte(e.ID)
			r[1], r[2] = r[2], r[1]
			queries[i] = string(r)
		}
		b.Run(fmt.Sprintf("index/%d", n), func(b *testing.B) {
			for b.Loop() {
				c.ids = nil // count building the index too
				for _, q := range queries {
					c.Suggest(q)
				}
			}
		})
		b.Run(fmt.Sprintf("scan/%d", n), func(b *testing.B) {
			for b.Loop() {
				for _, q := range queries {
					closest(q, ids)
				}
			}
		})
	}
}

// closest is the plain scan [Catalog.Suggest] must agree with: the word of
// candidates closest in spelling to s, or "" when none is close enough.
func closest(s string, candidates []string) string {
	n := utf8.RuneCountInString(s)
	limit := max(2, n/3)
	best, bestDist := "", -1
	var buf distBuf
	for _, c := range candidates {
		if m := utf8.RuneCountInString(c); m > n+limit || m < n-limit {
			continue
		}
		if d := buf.distance([]rune(s), []rune(c)); bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > limit || best == s {
		return ""
	}
	return best
}
