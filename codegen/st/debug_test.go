package st

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDump prints the syntax copy of $ST_DUMP (a source text) for debugging.
func TestDump(t *testing.T) {
	src := os.Getenv("ST_DUMP")
	if src == "" {
		t.Skip("set ST_DUMP")
	}
	f := parse(t, src)
	root := copyTree(language, f.Root(), f.Bytes(), 0)
	var pr func(n *Node, d int)
	pr = func(n *Node, d int) {
		fmt.Printf("%s%s %s [%d,%d] %q\n", strings.Repeat("  ", d), n.Field(), n.Kind(), n.Start(), n.End(), n.Text())
		for _, k := range n.Kids() {
			pr(k, d+1)
		}
	}
	pr(root, 0)
}
