package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleDialectNotChecked = register(&rules.Rule{
	ID:       "gcode/dialect-not-checked",
	Title:    "Program in a controller language Gantry does not read",
	Severity: rules.Info,
	Category: rules.Correctness,
	Anchors: []string{"SINUMERIK 840D sl programming manuals (NC language: DEF, labels and GOTOF/GOTOB, control structures, cycle calls, frames)",
		"HEIDENHAIN TNC conversational programming manuals (a program begins with BEGIN PGM and ends with END PGM)",
		"Syntec macro programming manual (IF … THEN … END_IF, := assignments)",
		"Okuma OSP programming manuals (User Task variables, named sequence labels)",
		"PlanetCNC TNG user manual (scripts: expression functions, (dlg,…) dialogs)",
		"CNCjs macros (%name = … assignments, [expression] values)",
		"PrusaSlicer custom G-code macro language ({if …}/{elsif …}/{else}/{endif}, {placeholder} and legacy [placeholder] substitution)",
		"SINUMERIK 810/820 programming (a main program headed %MPF n, a subprogram %SPF n called with L n)",
		"Git LFS pointer file specification (version line first, oid and size keys, under 1024 bytes)"},
	Doc: rules.Doc(
		"Reports once, on the first line, that a program is written in a controller language Gantry recognises but does not read — Siemens Sinumerik (.mpf/.spf files, the older controls' `%MPF 12`/`%SPF 925` program headers, or DEF declarations, GOTOF/GOTOB, CYCLE…(…) calls, frames), Heidenhain Klartext (BEGIN PGM … END PGM) or DIN/ISO (`%NAME G71 *`), Syntec/LNC macros (END_IF, := assignments, @ variables), Okuma OSP programs (a `$NAME.MIN%` header, VC variables and named sequence labels), PlanetCNC scripts (NOTEXISTS[]/DEF[]/ACTIVE[] functions, #<name|#<i>> indexed parameters, (name,…) and (dlg,…) comments), or CNCjs macros (`%name = …` lines whose values the sender fills into [ ]), or a slicer's custom G-code template (PrusaSlicer/OrcaSlicer `{if …}`…`{endif}` blocks, Cura and PrusaSlicer `S{first_layer_temperature[0]}` / `T[next_extruder]` placeholders where a value goes, Jinja `{% … %}` tags), which is G-code only once the slicer has filled it in — and that no syntax or rule check runs on it. Nothing else is reported for such a file. A Git LFS pointer file (`version https://git-lfs.github.com/spec/v1`, `oid sha256:…`, `size …`: what a checkout made without Git LFS holds in place of a program the repository keeps in LFS) gets the same single finding, saying the program is not in the checkout, whatever the configured dialect.",
		"Read as LinuxCNC or Fanuc G-code, these languages get a syntax error on nearly every line and rule findings whose claims do not hold on their controller (and a Git LFS pointer a syntax error on each of its three lines, though the program it stands for may be fine); saying the file is not checked is honest where a flood of false errors is not.",
		"0 BEGIN PGM PLATE MM\n1 BLK FORM 0.1 Z X+0 Y+0 Z-20\n2 TOOL CALL 1 Z S3000\n3 L Z+50 R0 FMAX M3\n4 END PGM PLATE MM",
		"Check the program in the controller's own editor or simulator; Gantry checks LinuxCNC, Fanuc/Haas, Grbl and printer G-code."),
}, nil, globalDialectNotChecked)

func globalDialectNotChecked(g *globalPass) {
	if g.foreign == nil || g.lines == nil {
		return
	}
	// the first line, or the first line with text on it
	start, end := 0, 0
	for line := 0; line < g.lines.Count(); line++ {
		start, end = g.lines.Start(line), g.lines.End(line)
		if end > start {
			break
		}
	}
	if end <= start {
		start, end = 0, min(1, g.lines.Len())
	}
	g.report(start, end, "%s", g.foreign.message())
}
