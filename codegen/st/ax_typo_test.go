package st

import (
	"slices"
	"strings"
	"testing"
)

// In a SIMATIC AX file that imports a package's namespace Gantry cannot see, a value
// passed by position to a function nothing declares may be the package's, and is left
// alone; not one a couple of edits from a member the class inherits (`_axisDBZq` beside
// the base's `_axisDB`), which is a typo as much as one of the class's own members.
func TestAXTypoOfInheritedMember(t *testing.T) {
	src := `USING Siemens.Simatic.Motion;

NAMESPACE Drives
    CLASS BaseAxis
        VAR PROTECTED
            _axisDB : DB_ANY;
        END_VAR
    END_CLASS

    CLASS PosAxis EXTENDS BaseAxis
        VAR PRIVATE
            _ref : REF_TO INT;
        END_VAR
        METHOD PUBLIC Update
            _ref := AsAxisRef(_axisDBZq);
            _ref := AsAxisRef(_axisDB);
            _ref := AsAxisRef(motionDefault);
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	if got, want := cleanRuleLines(t, "st/undeclared-identifier", "posaxis.st", src), []int{15}; !slices.Equal(got, want) {
		t.Errorf("st/undeclared-identifier on lines %v, want %v", got, want)
	}
}

// In a SIMATIC AX file that imports a namespace Gantry cannot see, a dotted name nothing
// declares may be a package's. Not a root one or two edits from the first name of a
// namespace that goes on with the name after the dot: one the project declares
// (`SimaticZq.Ax.Link.Pack(…)` beside NAMESPACE Simatic.Ax.Link) or one of AX's system
// library (`SystemZq.Serialization.SerializeBig(…)`): a typo. A root that is a namespace
// itself, or close to one that goes on with another name, stays unknown.
func TestAXTypoOfNamespaceRoot(t *testing.T) {
	src := `USING Acme.Vendor;
NAMESPACE Simatic.Ax.Link
    FUNCTION Pack : UDINT
        VAR_INPUT
            offset : UDINT;
        END_VAR
        VAR_IN_OUT
            buffer : ARRAY[*] OF BYTE;
        END_VAR
        Pack := System.Serialization.SerializeBig(offset := offset, value := BYTE#1, buffer := buffer);
        Pack := SystemZq.Serialization.SerializeBig(offset := Pack, value := BYTE#2, buffer := buffer);
        Pack := SimaticZq.Ax.Link.Pack(offset := Pack, buffer := buffer);
        Pack := SimaticZq.Bx.Other(offset := Pack);
        Pack := Acme.Vendor.Pack(offset := Pack);
    END_FUNCTION
END_NAMESPACE
`
	var got []string
	for _, fd := range cleanFindings(t, "link.st", src) {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, src[fd.Start:fd.End])
		}
	}
	if want := "SystemZq SimaticZq"; strings.Join(got, " ") != want {
		t.Errorf("undeclared %q, want %q", strings.Join(got, " "), want)
	}
}
