package runtimeenv

import (
	"slices"
	"testing"
)

func TestEnvAddsTheSettingToGODEBUG(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want []string
	}{
		{[]string{"HOME=/h"}, []string{"HOME=/h", "GODEBUG=madvdontneed=0"}},
		{[]string{"GODEBUG=", "A=b"}, []string{"GODEBUG=madvdontneed=0", "A=b"}},
		{[]string{"GODEBUG=gctrace=1"}, []string{"GODEBUG=gctrace=1,madvdontneed=0"}},
	} {
		if got := Env(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Env(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
