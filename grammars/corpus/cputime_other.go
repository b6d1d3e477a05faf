//go:build !linux

package corpus

func threadCPU() (float64, bool) { return 0, false }
