package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
)

// `gantry lsp` restarts itself once with GODEBUG=madvdontneed=0 (lsp/runtimeenv) and then
// serves as usual over the same pipes: the process the editor started answers initialize,
// and its environment (as the kernel reports it) carries the setting next to the user's.
func TestLSPProcessRunsWithItsRuntimeSettings(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	bin := buildGantry(t)
	cmd := exec.Command(bin, "lsp")
	cmd.Env = append(os.Environ(), "GODEBUG=gctrace=0")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	body := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`
	fmt.Fprintf(stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
	reply := make(chan string, 1)
	go func() {
		var got []byte
		buf := make([]byte, 4096)
		for !bytes.Contains(got, []byte(`"capabilities"`)) {
			n, err := stdout.Read(buf)
			got = append(got, buf[:n]...)
			if err != nil {
				break
			}
		}
		reply <- string(got)
	}()
	select {
	case got := <-reply:
		if !strings.Contains(got, `"capabilities"`) {
			t.Fatalf("no initialize result from the restarted server: %q", got)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no initialize result from the restarted server within 20 s")
	}
	env, err := os.ReadFile(fmt.Sprintf("/proc/%d/environ", cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(env, []byte("GODEBUG=gctrace=0,madvdontneed=0\x00")) {
		t.Errorf("the server's GODEBUG lacks the setting: %q", godebugOf(env))
	}
	stdin.Close()
}

func godebugOf(environ []byte) string {
	for _, kv := range bytes.Split(environ, []byte{0}) {
		if bytes.HasPrefix(kv, []byte("GODEBUG=")) {
			return string(kv)
		}
	}
	return ""
}
