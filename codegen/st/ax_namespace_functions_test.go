package st

import (
	"sort"
	"strconv"
	"strings"
	"testing"
)

// SIMATIC AX code keeps its functions in namespaces. A function of the project's own
// namespace (`NAMESPACE ProgramEdge`) is one function: a call that binds its output with
// `:=` or names a formal it lacks is reported (called through USING). A function the
// project adds to a namespace of Siemens' packages (an AxUnit.Assert.Equal for its own
// type) is one overload of many the workspace does not hold, and is not judged.
func TestAXProjectNamespaceFunctions(t *testing.T) {
	src := `NAMESPACE ProgramEdge
    FUNCTION Rnd : REAL
        VAR_OUTPUT
            error : BOOL;
        END_VAR
        error := FALSE;
        Rnd := 0.5;
    END_FUNCTION
END_NAMESPACE

NAMESPACE AxUnit.Assert
    FUNCTION Equal : BOOL
        VAR_INPUT
            expected : REAL;
            actual : REAL;
        END_VAR
        Equal := expected = actual;
    END_FUNCTION
END_NAMESPACE

NAMESPACE App
    USING ProgramEdge;
    USING AxUnit.Assert;
    PROGRAM Main
        VAR
            r : REAL;
            e : BOOL;
            n : INT;
        END_VAR
        r := Rnd(error => e);
        r := Rnd(error := e);
        r := Rnd(errorZq => e);
        e := Equal(expected := n, actual := n);
        e := Equal(expected := TRUE, actual := e);
    END_PROGRAM
END_NAMESPACE
`
	var got []string
	for _, fd := range cleanFindings(t, "main.st", src) {
		switch fd.Rule {
		case "st/argument-direction", "st/undeclared-identifier", "st/type-mismatch":
			line := 1 + strings.Count(src[:fd.Start], "\n")
			got = append(got, fd.Rule+" "+src[fd.Start:fd.End]+" "+strconv.Itoa(line))
		}
	}
	sort.Strings(got)
	want := []string{"st/argument-direction := 31", "st/undeclared-identifier errorZq 32"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("findings %q, want %q", got, want)
	}
}

// SIMATIC AX's packages define their own system functions (System.Strings' Concat takes
// string1, string2 …; System.Serialization's Serialize takes offset, value and buffer), not
// TIA Portal's instructions of the name. A `#` in the comment that ends a line (`// (#status
// is 16#8000 …)`) is prose: the file stays AX and those calls are not judged against TIA's
// formals; in an SCL source they still are (`SHR(INN := …)`, TestSystemFunctionFormalsSCL).
func TestAXSystemFunctionsBesideHashComment(t *testing.T) {
	src := `USING System.Strings;
USING System.Serialization;
NAMESPACE Plant.Text
    FUNCTION_BLOCK Writer
        VAR
            status : WORD;
            s : STRING;
            buf : ARRAY[0..15] OF BYTE;
            n : UDINT;
        END_VAR
        IF status.%X15 THEN // failed (#status is 16#8000 to 16#FFFF)
            s := Concat(string1 := s, string2 := '!', string3 := '?');
            n := Serialize(offset := UDINT#0, value := s, buffer := buf);
        END_IF;
    END_FUNCTION_BLOCK
END_NAMESPACE
`
	if d := dialectOf("writer.st", nil, []byte(src)); d != DialectAX {
		t.Errorf("dialect %s, want ax", d)
	}
	for _, fd := range cleanFindings(t, "writer.st", src) {
		if fd.Rule == "st/undeclared-identifier" {
			t.Errorf("%s: %s", src[fd.Start:fd.End], fd.Message)
		}
	}
}
