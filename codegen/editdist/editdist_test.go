package editdist

import "testing"

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3}, {"write-to-inptu", "write-to-input", 2}, {"ab", "ba", 2}} {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestWithin(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  bool
	}{{"max_item", "max_items", 1, true}, {"e_state_idel", "e_state_idle", 1, true}, {"s_ok", "s_false", 2, false},
		{"abc", "abc", 0, true}, {"kitten", "sitting", 2, false}, {"kitten", "sitting", 3, true}, {"ab", "ba", 1, true}, {"", "a", 0, false}} {
		if got := Within(c.a, c.b, c.limit); got != c.want {
			t.Errorf("Within(%q, %q, %d) = %v", c.a, c.b, c.limit, got)
		}
	}
}
