package st

import (
	"slices"
	"testing"
)

// In SIMATIC AX a call binds an output with `=>` and an input or in-out with `:=`. Where
// Gantry has no signature for what a call calls (a block or function of a package the
// project depends on: an instance of WriteRecord, GetSystemDateTime, a function under a
// namespace, a method of a package's class), a formal the file's other calls of the same
// callee read with `=>` is an output, and binding it with `:=` is reported. Not a formal
// the other calls bind both ways, nor one no call reads with `=>`, nor a call of another
// instance type or another function of the same formal's name.
func TestArgumentDirectionPackageCalleeOutputsByUseAX(t *testing.T) {
	src := `USING Siemens.Simatic.S71500.DistributedIO;
USING Siemens.Simatic.S71500.Clocks;
NAMESPACE Plant.Drives
    CLASS RecordWriter
        VAR
            _wr : WriteRecord;
            _wrB : WriteRecord;
            _rd : ReadRecord;
            _valve : Valve;
            _done : BOOL;
            _busy : BOOL;
            _now : LDATE_AND_TIME;
            _year : UINT;
            _ret : WORD;
        END_VAR
        METHOD PUBLIC Run
            _wr(request := TRUE, done => _done, busy => _busy);
            _wrB(request := FALSE, done := _done, busy => _busy);
            _rd(request := TRUE, done := _done, busy := _busy);
            _ret := GetSystemDateTime(value => _now);
            _ret := GetSystemDateTime(value := _now);
            _ret := GetLocalDateTime(value := _now);
            _ret := Clocks.SplitTime(value := _now, year => _year);
            _ret := Clocks.SplitTime(value := _now, year := _year);
            _valve.WriteCyclic(signal => _done);
            _valve.WriteCyclic(signal := _done);
            _valve.ReadCyclic(signal := _done);
            _ret := Mixed(x => _year);
            _ret := Mixed(x := _year);
            _ret := Mixed(x := _year);
            _wr(request := TRUE, index := 5);
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	if got, want := cleanRuleLines(t, "st/argument-direction", "writer.st", src), []int{18, 21, 24, 26}; !slices.Equal(got, want) {
		t.Errorf("st/argument-direction on lines %v, want %v", got, want)
	}
}
