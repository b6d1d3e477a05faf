package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"testing"

	"github.com/gantry-dev/gantry/lsp/lsptest"
)

// `gantry lsp` restarts itself once with GODEBUG=madvdontneed=0 (lsp/runtimeenv) and then
// serves as usual over the same pipes: the process the editor started answers initialize,
// and its environment (as the kernel reports it) carries the setting next to the user's.
func TestLSPProcessRunsWithItsRuntimeSettings(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	c := lsptest.Start(t, t.TempDir(), "GODEBUG=gctrace=0")
	var init map[string]any
	if err := c.Call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &init); err != nil {
		t.Fatalf("initialize: %v\n%s", err, c.Stderr())
	}
	if init["capabilities"] == nil {
		t.Fatalf("no capabilities from the restarted server: %v", init)
	}
	env, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", c.Pid()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(env, []byte("GODEBUG=gctrace=0,madvdontneed=0\x00")) {
		t.Errorf("the server's GODEBUG lacks the setting: %q", godebugOf(env))
	}
}

func godebugOf(environ []byte) string {
	for _, kv := range bytes.Split(environ, []byte{0}) {
		if bytes.HasPrefix(kv, []byte("GODEBUG=")) {
			return string(kv)
		}
	}
	return ""
}
