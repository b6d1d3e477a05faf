package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen"
)

var _ codegen.TypeNames = (*Pack)(nil)

// IsTypeName implements codegen.TypeNames: the elementary types and the type constructors
// a declaration may name (`sPassword : STRING(20);`, `aKeys : ARRAY[1..4] OF BYTE;`).
func (*Pack) IsTypeName(word string) bool {
	up := strings.ToUpper(word)
	if _, ok := elementary[up]; ok {
		return true
	}
	switch up {
	case "STRING", "WSTRING", "ARRAY", "POINTER", "REFERENCE":
		return true
	}
	return false
}
