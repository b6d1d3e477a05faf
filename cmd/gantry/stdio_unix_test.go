//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func nonblocking(t *testing.T, fd uintptr) bool {
	t.Helper()
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
	if errno != 0 {
		t.Fatal(errno)
	}
	return flags&syscall.O_NONBLOCK != 0
}

// A pipe in blocking mode, as an editor hands it over, comes back non-blocking and still
// reads like a blocking file: Read waits for the writer instead of failing with EAGAIN.
func TestPollableSwitchesPipes(t *testing.T) {
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		t.Fatal(err)
	}
	r, w := os.NewFile(uintptr(fds[0]), "r"), os.NewFile(uintptr(fds[1]), "w")
	defer r.Close()
	defer w.Close()
	in := pollable(r)
	defer in.Close()
	if in == r || !nonblocking(t, in.Fd()) {
		t.Fatal("the pipe was not switched to non-blocking mode")
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		w.Write([]byte("Content-Length: 2\r\n\r\n{}"))
	}()
	buf := make([]byte, 64)
	n, err := in.Read(buf)
	if err != nil || string(buf[:n]) != "Content-Length: 2\r\n\r\n{}" {
		t.Fatalf("read %q, %v", buf[:n], err)
	}
}

// Files and devices are left alone: a terminal left non-blocking would break the shell
// the server was started from.
func TestPollableLeavesFilesAndDevices(t *testing.T) {
	path := filepath.Join(t.TempDir(), "input")
	if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{path, os.DevNull} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := pollable(f); got != f || nonblocking(t, f.Fd()) {
			t.Errorf("%s: switched to non-blocking mode", name)
		}
		f.Close()
	}
}
