package gcode

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"path/filepath"
	"strings"
)

// grblHAL's file-system plugin runs macros kept on the SD card as P<n>.macro (called with
// G65 P<n>) and TC.macro (run for M6), and lists .macro files among its G-code files. The
// extension is a generic one, so a .macro file is claimed only when its head reads as
// G-code; such a macro is called, runs in its caller's modal state and returns at the end
// of the file, as a Fanuc subprogram returns at M99.

// macroExt is grblHAL's extension for macro files.
const macroExt = ".macro"

// isMacroFile tells a grblHAL macro file by its extension.
func isMacroFile(path string) bool {
	return strings.EqualFold(filepath.Ext(path), macroExt)
}

// reMacroCodeLine is a line that starts as G-code does: a word with a value (G0, M6, T#1,
// X[…]), an o-word (o100 if, o<name> call) or a parameter (#<_name> = 1, #1001 = 0).
var reMacroCodeLine = lazyregexp.New(`^(?i)(?:N\d+\s*)?(?:[GMTSFXYZABCIJKPQRHDL]\s*[-+.\d#\[]|O\s*(?:\d|<)|#)`)

// claimsMacroFile reports whether a .macro file's head reads as G-code: nearly every line
// that is neither blank nor a comment starts with a G-code word, an o-word or a parameter.
func claimsMacroFile(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	lines := bytes.Split(head, []byte("\n"))
	if len(head) == maxClaimHead && len(lines) > 1 {
		lines = lines[:len(lines)-1] // the last line may be cut short
	}
	code, other := 0, 0
	for _, raw := range lines {
		l := bytes.TrimSpace(raw)
		if len(l) == 0 || l[0] == '(' || l[0] == ';' || l[0] == '%' {
			continue
		}
		if reMacroCodeLine.Match(l) {
			code++
		} else {
			other++
		}
	}
	return code > 0 && other*10 <= code
}

// maxClaimHead is how much of a file the registry offers a pack to claim it by content.
const maxClaimHead = 4096
