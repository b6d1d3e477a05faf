package gcode

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleUnsupportedCode = register(&rules.Rule{
	ID:       "gcode/unsupported-code",
	Title:    "Code the controller does not have",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Unknown g code used\", \"Unknown m code used\"", "Grbl error 20 (unsupported command)", "Grbl error 16 (invalid jog command)", "LinuxCNC: \"No characters found in reading real value\"", "Grbl error 2 (bad number format)"},
	Doc: rules.Doc(
		"Reports G codes (and, for LinuxCNC and Grbl, M codes) that the chosen controller does not implement, and codes the machine profile lists under `unsupported`. Codes under `supported` are always accepted. A Fanuc-family lathe program (no Y word; G18, G96 or turret T words) also has the lathe's codes: G70-G76, G90/G92/G94 as cycles, G32, G50, G98/G99. It runs only when the controller is known: from `gcode.machine.controller` or the `gcode.dialect` setting — nothing is guessed from the file; except that a Klipper extended command (`SET_VELOCITY_LIMIT VELOCITY=300`) and an O word after the first word of a block (a printer firmware's parameter, `M971 S11 C11 O0`) or a letter without a value (a printer firmware's flag, `G28 X Y`) outside the Marlin family are reported whatever the configuration, and so is a Fanuc-family comma word (`G01 X50. ,R5.`, corner rounding; `,C` chamfer, `,A` angle) under any other dialect, and so is a condition in front of a block (Haas's conditional branch `[#1 LT 10] M99 P10`) under any configured dialect but Haas, or in front of anything but M99 Pn, and so is a parameter number with a fraction (Haas's parameter-bit access, `#30057.21`) under any configured dialect but Haas, and so is a Grbl jog (`$J=`) that carries anything but G20/G21, G90/G91, G53, axis words and F (`$J=G0 X10 F500`: a jog is a G1 of its own and refuses a motion code).",
		"A code the controller lacks stops the program with an alarm, or is ignored: a canned cycle sent to Grbl or cutter compensation sent to a printer firmware does not happen, and the following moves run from the wrong place.",
		"; controller = \"grbl\"\nG81 X10 Y10 Z-5 R2 F100   ; Grbl has no canned cycles",
		"; controller = \"grbl\"\nG0 X10 Y10\nG0 Z2\nG1 Z-5 F100\nG0 Z2"),
}, hookUnsupportedCode, nil)

func hookUnsupportedCode(s *Step) {
	if s.B.Flags&FlagExtended != 0 && s.Sim.dialect != DialectMarlin {
		name, _, _ := strings.Cut(s.B.Text, " ")
		s.report(s.B.Start, s.B.End, "%s is a Klipper command: the %s controller does not read it", name, s.Sim.dialect)
	}
	if !s.Sim.dialect.fanucFamily() {
		for _, w := range s.B.Words {
			if w.Comma() {
				s.report(w.Start, w.End, "a comma word (,%c) is a Fanuc-family corner rounding, chamfer or angle: the %s controller does not read it", w.Letter-'a'+'A', s.Sim.dialect)
			}
		}
	}
	if s.B.Flags&FlagBareWord != 0 && s.Sim.dialect != DialectMarlin {
		for _, w := range s.B.Words {
			if w.bare() {
				s.report(w.Start, w.End, "a letter without a value (%c) is a printer firmware's flag: the %s controller reads a number after every letter", w.Letter, s.Sim.dialect)
			}
		}
	}
	if s.Sim.dialect != DialectMarlin {
		for _, w := range s.B.Words {
			if w.Letter == 'O' {
				s.report(w.Start, w.End, "an O word inside a block is a printer firmware's parameter: the %s controller reads O only at the start of a line (a program number or an o-word)", s.Sim.dialect)
			}
		}
	}
	if s.B.Flags&FlagCondition != 0 {
		// Haas's conditional branch `[#1 LT 10] M99 P10` (read as IF … GOTO); a Fanuc
		// program may be a Haas one when the dialect was only guessed
		d := s.Sim.dialect
		switch {
		case s.B.Ctl.Kind != CtlFanucIf:
			s.report(s.B.Start, s.B.End, "a condition in front of a block is Haas's, and only for M99 Pn (a conditional branch): this block is run whatever the condition")
		case d != DialectHaas && (d != DialectFanuc || s.Sim.prog.Explicit):
			s.report(s.B.Start, s.B.End, "a condition in front of M99 Pn is Haas's conditional branch: the %s controller does not read it", d)
		}
	}
	if sp := s.B.ParamBit; sp.End > sp.Start {
		// Haas reads `#30057.21` as bit 21 of parameter 30057; LinuxCNC stops on a
		// parameter number that is not an integer (a guessed Fanuc program may be a Haas one)
		if d := s.Sim.dialect; d != DialectHaas && (d != DialectFanuc || s.Sim.prog.Explicit) {
			s.report(sp.Start, sp.End, "a parameter number with a fraction is Haas's parameter-bit access (#30057.21 is bit 21 of parameter 30057): the %s controller reads only an integral parameter number", d)
		}
	}
	if c := s.B.Ctl; c.Kind == CtlFanucIf && (c.Block || c.NoThen) {
		// Haas runs a block after IF […], with or without THEN; Fanuc takes only GOTO n or
		// THEN #x = … there (a guessed Fanuc program may be a Haas one)
		if d := s.Sim.dialect; d != DialectHaas && (d != DialectFanuc || s.Sim.prog.Explicit) {
			s.report(c.Start, s.B.End, "IF […] followed by a block (not GOTO n or THEN #x = …) is Haas's: the %s controller does not read it", d)
		}
	}
	if s.B.Flags&FlagGrbl != 0 && s.Sim.dialect != DialectMarlin {
		if ws, ok := jogWords(s.B.Text); ok {
			if w, bad := jogRefused(ws); bad {
				s.report(s.B.Start, s.B.End, "a Grbl jog ($J=) takes only G20/G21, G90/G91, G53, axis words and F: %s is refused", w.Text)
			}
		}
	}
	if !s.Sim.prog.Explicit {
		return
	}
	d := s.Sim.dialect
	for _, g := range s.Gs {
		if ok, known := supports(d, s.Sim.prof, 'G', g.Code); known && !ok && !(s.Sim.prog.Lathe && latheHas(s.Sim.prof, g.Code)) {
			w := s.B.Words[g.W]
			s.report(w.Start, w.End, "%s is not supported by the %s controller", codeName('G', g.Code), d)
		}
	}
	for _, c := range s.Ms {
		if ok, known := supports(d, s.Sim.prof, 'M', c.Code); known && !ok {
			w := s.B.Words[c.W]
			s.report(w.Start, w.End, "%s is not supported by the %s controller", codeName('M', c.Code), d)
		}
	}
	if d == DialectGrbl && (s.B.Ctl.Kind != CtlNone || len(s.B.Assigns) > 0) {
		s.report(s.B.Start, s.B.End, "Grbl has no parameters, o-words or macro statements")
	}
}
