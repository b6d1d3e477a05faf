package gcode

import "github.com/gantry-dev/gantry/codegen/rules"

var ruleUndefinedParameter = register(&rules.Rule{
	ID:       "gcode/undefined-parameter",
	Title:    "Named parameter read before it is set",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"LinuxCNC: \"Named parameter not defined\""},
	Doc: rules.Doc(
		"Reports a local named parameter (#<name>) read before any assignment to it in its scope (the subroutine, or the main program), in file order. A subroutine cannot read its caller's locals. In a subroutine file whose subroutine nothing in the file calls, a read is reported when no line of the subroutine sets the name (a remap prolog may set names before the body runs, but not a name the body never writes). EXISTS[#<name>] is not a read. Global names (#<_name>) and numbered parameters are not reported: they may be set by another program or be predefined.",
		"LinuxCNC stops the program with an error at that line; usually the name is misspelt or the assignment sits after its first use.",
		"#<depth> = -3\nG1 Z#<dept> F100",
		"#<depth> = -3\nG1 Z#<depth> F100"),
}, hookUndefinedParameter, nil)

func hookUndefinedParameter(s *Step) {
	if len(s.Undefined) == 0 {
		return
	}
	if sub := s.Sim.currentSub(); sub != "" && s.Sim.prog.FirstStmt == CtlSub && !s.Sim.prog.Called[sub] {
		// A subroutine file whose subroutine nobody here calls: its caller's locals are not
		// visible in it, but a remap prolog may define a few before the body runs, so the
		// body's reads are judged at its endsub — only names the body never sets at all.
		s.Sim.deferToSub(s.Undefined)
		return
	}
	seen := map[string]bool{}
	for _, r := range s.Undefined {
		if seen[r.Name] {
			continue
		}
		seen[r.Name] = true
		s.report(r.Start, r.End, "#<%s> is read before it is set", r.Name)
	}
}
