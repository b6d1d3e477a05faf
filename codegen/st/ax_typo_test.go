package st

import (
	"slices"
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
