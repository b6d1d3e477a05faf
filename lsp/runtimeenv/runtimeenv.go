// Package runtimeenv starts the language server's process with the Go runtime settings a
// long-lived editor server wants, which only take effect when the process starts.
//
// The one setting: freed heap goes back to the kernel with MADV_FREE instead of
// MADV_DONTNEED (GODEBUG=madvdontneed=0). A server that copies a large document on every
// keystroke (21 MB for a million-line G-code file) otherwise reuses memory the runtime has
// just returned, and pays a page fault per page for it: on the project's machine 235
// faults and 8 ms per keystroke, against none and 5 ms. The kernel still takes MADV_FREE
// pages back under memory pressure; until it does, RSS counts them. Go's //go:debug
// directive does not accept this setting, and the runtime reads it only at start-up, so
// the process re-executes itself once with it in its environment.
package runtimeenv

import (
	"os"
	"strings"
)

// Setting is the GODEBUG entry the server runs with.
const Setting = "madvdontneed=0"

// Applied reports whether the process already runs with Setting (or the user chose
// madvdontneed themselves, which is left as it is).
func Applied() bool {
	return strings.Contains(os.Getenv("GODEBUG"), "madvdontneed=")
}

// Env returns env with Setting added to its GODEBUG.
func Env(env []string) []string {
	out := make([]string, 0, len(env)+1)
	found := false
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GODEBUG="); ok {
			found = true
			if v != "" {
				kv += ","
			}
			kv += Setting
		}
		out = append(out, kv)
	}
	if !found {
		out = append(out, "GODEBUG="+Setting)
	}
	return out
}

// Reexec replaces the process with itself, same arguments, open files and process id, with
// Setting in its environment. It returns only where that is not possible (another OS, an
// executable that cannot be found, a failed exec): the caller goes on as it is, which is
// slower but correct.
func Reexec() error {
	if Applied() {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	return exec(exe, os.Args, Env(os.Environ()))
}
