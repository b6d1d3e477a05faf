package st

import (
	"context"
	"sync"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
)

// askingWorkspace is a Declarer that records the names it is asked for and declares none.
type askingWorkspace struct {
	mu    sync.Mutex
	asked []string
}

func (w *askingWorkspace) Declaring(_ context.Context, _, name string) []codegen.WorkspaceFile {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.asked = append(w.asked, name)
	return nil
}

func (w *askingWorkspace) Refresh(context.Context) bool { return false }

// Words near the cursor are looked up as globals one by one; keywords, elementary types
// and numbers never name a declaration, so the workspace is not asked for them.
func TestLazyIndexAsksOnlyForPossibleNames(t *testing.T) {
	ws := &askingWorkspace{}
	ix := New().newLazyIndex(ws, "")
	for _, k := range []string{"if", "end_var", "and", "then", "int", "true", "1234", "16#ff", "", "ton", "gvl_main", "nspeed"} {
		ix.global(k)
	}
	want := []string{"ton", "gvl_main", "nspeed"}
	if len(ws.asked) != len(want) {
		t.Fatalf("asked the workspace for %q, want %q", ws.asked, want)
	}
	for i := range want {
		if ws.asked[i] != want[i] {
			t.Fatalf("asked the workspace for %q, want %q", ws.asked, want)
		}
	}
}
