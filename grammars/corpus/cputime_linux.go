package corpus

import "syscall"

// threadCPU is the CPU time the calling OS thread has used; with the goroutine locked to
// its thread it measures parsing alone, also on a machine busy with other work.
func threadCPU() (float64, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0, false
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9, true
}
