//go:build linux || darwin || freebsd || netbsd || openbsd

package runtimeenv

import "syscall"

func exec(exe string, args, env []string) error { return syscall.Exec(exe, args, env) }
