//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package runtimeenv

import "errors"

// Elsewhere (Windows) a process cannot replace itself; the server runs with the defaults.
func exec(string, []string, []string) error { return errors.ErrUnsupported }
