// Package editdist measures how far apart two short names are: for "did you mean" hints,
// and to tell a typo of a declared name from a name that is simply unknown.
package editdist

import "math"

// Distance is the Levenshtein distance between a and b (insertions, deletions and
// substitutions of bytes).
func Distance(a, b string) int { return distance(a, b, false, math.MaxInt) }

// Within reports whether a and b are at most limit edits apart, a swap of neighbours
// counting as one edit (optimal string alignment). It stops as soon as no alignment can
// stay within the limit, so asking it of many names is cheap.
func Within(a, b string, limit int) bool {
	if d := len(a) - len(b); d > limit || -d > limit {
		return false
	}
	return distance(a, b, true, limit) <= limit
}

// distance is the edit distance, swaps of neighbours counted as one edit when asked;
// once every alignment costs more than limit it returns limit+1.
func distance(a, b string, swaps bool, limit int) int {
	// Names are short: three rows of a small array on the stack, not three allocations
	// for each of the many names a typo is looked for among.
	var small [3 * 40]int
	rows := small[:0]
	if n := 3 * (len(b) + 1); n <= len(small) {
		rows = small[:n]
	} else {
		rows = make([]int, n)
	}
	w := len(b) + 1
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if swaps && i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
