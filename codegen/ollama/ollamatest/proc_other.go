//go:build !unix

package ollamatest

import "os/exec"

func setGroup(*exec.Cmd) {}

func signalGroup(cmd *exec.Cmd, kill bool) { cmd.Process.Kill() }

// lockFile does not lock here: parallel first builds may race, the last rename wins.
func lockFile(string) (func(), error) { return func() {}, nil }
