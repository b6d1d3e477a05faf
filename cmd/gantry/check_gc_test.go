package main

import (
	"runtime/debug"
	"testing"
)

// gantry check collects garbage at checkGCPercent, unless the user set GOGC.
func TestCheckSetsTheCollectorsTargetUnlessGOGCIsSet(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	t.Setenv("GOGC", "")
	checkGC()
	if got := debug.SetGCPercent(100); got != checkGCPercent {
		t.Errorf("GOGC unset: the target is %d, want %d", got, checkGCPercent)
	}
	t.Setenv("GOGC", "200")
	checkGC()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=200: the target is %d, want the runtime's (100 here)", got)
	}
}
