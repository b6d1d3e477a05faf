package rtl

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen/editdist"
	"github.com/gantry-dev/gantry/codegen/rules"
)

var rulePortMismatch = register(&rules.Rule{
	ID:       "rtl/port-connection-mismatch",
	Title:    "instance connections that do not match the module's ports",
	Severity: rules.Error,
	Category: rules.Correctness,
	Anchors:  []string{"Verilator PINNOTFOUND", "Verilator PINMISSING", "Verilator WIDTH (WIDTHTRUNC/WIDTHEXPAND)"},
	Doc: rules.Doc(
		`for instances of modules the workspace defines, reports a named
connection to a port the module lacks, more positional connections than ports, an input
left out of a named connection list, a ".*" that finds no signal for a port (signals
a header the module includes declares count), and a
connection whose width differs from the port's (with the instance's parameter
overrides applied; widths that depend on the parent's own parameters are not judged). A
port list that holds a macro use or an `+"`"+`include, or a header an `+"`"+`include goes on with
(`+"`"+`module m`+"`"+` followed by `+"`"+`include "m_ports.svh"`+"`"+`), has more ports than its text shows: names
and counts it lacks are not judged; an instance whose connections hold a macro use is not
judged for the ports it leaves out. An instance of a module that more than 16 files of one
folder define, all as near the checked file (a test suite whose tests each have their own
`+"`"+`sub`+"`"+`), is not judged: which of them is compiled with it is not known. Where a
module has several definitions, a named port or an ordered connection's place that any of
them has is no error (a project's older copy kept beside the source it compiles).`,
		`An unknown port is an elaboration error; an input left out floats
(z); a width mismatch silently truncates or zero-extends the value. The last two are
legal (simulators warn), so they default to a warning.`,
		`module fifo #(parameter int WIDTH = 8)
  (input logic clk, wr_en, rd_en, input logic [WIDTH-1:0] din, output logic [WIDTH-1:0] dout);
  logic [WIDTH-1:0] held;
  always_ff @(posedge clk) if (wr_en) held <= din;
  assign dout = rd_en ? held : '0;
endmodule
module top(input logic clk, push, pop, input logic [15:0] data16, output logic [15:0] q);
  fifo #(.WIDTH(8)) u_fifo (.clk(clk), .din(data16), .wr_en(push), .dout(q));   // rd_en missing, din is 8 bits
endmodule`,
		`module fifo #(parameter int WIDTH = 8)
  (input logic clk, wr_en, rd_en, input logic [WIDTH-1:0] din, output logic [WIDTH-1:0] dout);
  logic [WIDTH-1:0] held;
  always_ff @(posedge clk) if (wr_en) held <= din;
  assign dout = rd_en ? held : '0;
endmodule
module top(input logic clk, push, pop, input logic [15:0] data16, output logic [15:0] q);
  fifo #(.WIDTH(16)) u_fifo (.clk(clk), .din(data16), .wr_en(push), .rd_en(pop), .dout(q));
endmodule`,
	),
}, checkPortMismatch)

func checkPortMismatch(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		for _, inst := range u.Instances {
			defs := m.ix.Lookup(inst.Module)
			if len(defs) == 0 || m.ix.variants(inst.Module) {
				continue // unknown, or one of many variants whose compiled one is not known
			}
			mod := defs[0]
			if mod.Kind != UnitModule && mod.Kind != UnitInterface {
				continue
			}
			named := map[string]bool{}
			// The module's parameters for this instance, evaluated once for all its ports
			// (per port, they were half of what a check of a whole project allocated).
			var sc Scope
			instScope := func() Scope {
				if sc == nil {
					sc = portScope(mod, overrides(u, inst, mod))
				}
				return sc
			}
			for j, c := range inst.Conns {
				i := inst.ConnPos[j]
				pn := c.Child("port")
				if pn == nil {
					if mod.GapPorts {
						continue // an empty port takes a place Ports does not show
					}
					if !mod.OpenPorts && (!inst.Named && i >= len(mod.Ports) && len(mod.Ports) > 0 && !anyHasPosition(defs, i) || len(mod.Ports) == 0 && c.Child("value") != nil) {
						reportUnlessPartial(p, m, u, c, inst.Module, "%s has %d ports; this is connection %d", inst.Module, len(mod.Ports), i+1)
					}
					if i < len(mod.Ports) {
						checkWidth(p, m, u, inst, instScope, mod.Ports[i], c)
					}
					continue
				}
				named[pn.Text()] = true
				port := mod.Port(pn.Text())
				if port == nil && systemVerilogOnly[pn.Text()] && !IsSystemVerilog(mod.Path) {
					// `.int(irq)` to a Verilog-2005 module whose port is named `int`: the
					// grammar reads the word as a keyword there (verilog2005.go), so the
					// port is not in Gantry's model of the header
					continue
				}
				if port == nil {
					if !mod.OpenPorts && !anyHasPort(defs, pn.Text()) {
						reportUnlessPartial(p, m, u, pn, inst.Module, "%s has no port %s%s", inst.Module, pn.Text(), suggest(pn.Text(), mod))
					}
					continue
				}
				checkWidth(p, m, u, inst, instScope, port, c)
			}
			if inst.Positonal || len(defs) > 1 || inst.MacroConns || m.ix.partial(inst.Module) {
				continue
			}
			var missing []string
			for _, port := range mod.Ports {
				if named[port.Name] {
					continue
				}
				hasDefault := port.Default != nil || port.Decl != nil && port.Decl.Value != nil
				if inst.Wildcard {
					// a port with a default value that .* finds no signal for takes its
					// default (IEEE 1800-2017 23.3.2.4), as when it is left out of a list
					// a macro among the unit's items may declare it (SVUnit's
					// `CLK_RESET_FIXTURE(5, 11) declares clk and rst_n for `rtl dut(.*);`)
					if u.LookupAt(port.Name, inst.Inst) == nil && !declaredByIncludes(m, u, port.Name) && !(port.Dir == "input" && hasDefault) &&
						!(u.MacroItems && !macrosDeclareNothing(u)) {
						missing = append(missing, port.Name)
					}
					continue
				}
				if port.Dir == "input" && !hasDefault {
					missing = append(missing, port.Name)
				}
			}
			if len(missing) > 0 && inst.NameNode != nil {
				if inst.Wildcard {
					report(p, u, inst.NameNode, "%s: .* finds no signal for port %s", inst.Name, strings.Join(missing, ", "))
				} else {
					m.reportSoft(p, u, inst.NameNode, "rtl/port-connection-mismatch", "%s: input %s of %s is not connected", inst.Name, strings.Join(missing, ", "), inst.Module)
				}
			}
		}
	}
}

// declaredByIncludes reports whether name may be declared by what u's file includes (VeeR
// declares the signals a ".*" connects in an included header): declared there, or unknown
// because an include was not found.
func declaredByIncludes(m *checkModel, u *UnitRef, name string) bool {
	if !u.HasInclude {
		return false
	}
	names, ok := m.includedNames()
	return !ok || len(m.includesBlind) > 0 || names[name]
}

// reportUnlessPartial reports a connection the module's definitions lack: an error when the
// index holds every definition of the module, a warning when it read only the nearest of
// several (another copy may be the one compiled).
func reportUnlessPartial(p *rules.Pass, m *checkModel, u *UnitRef, n *Node, module string, format string, args ...any) {
	if m.ix.partial(module) {
		m.reportSoft(p, u, n, "rtl/port-connection-mismatch", format+" (of the nearest of several definitions)", args...)
		return
	}
	report(p, u, n, format, args...)
}

// anyHasPosition reports whether a definition of the module has a port at ordered
// position i (from 0), or ports Gantry cannot count: an ordered connection past the first
// definition's ports is no error when another copy of the module, one a file list may
// compile instead (a backup folder's older core beside the source), has a port there.
func anyHasPosition(defs []*UnitRef, i int) bool {
	for _, d := range defs {
		if (d.Kind == UnitModule || d.Kind == UnitInterface) && (i < len(d.Ports) || d.OpenPorts || d.GapPorts) {
			return true
		}
	}
	return false
}

func anyHasPort(defs []*UnitRef, name string) bool {
	for _, d := range defs {
		if d.Port(name) != nil {
			return true
		}
	}
	return false
}

// suggest names the closest port, for a typo.
func suggest(name string, mod *UnitRef) string {
	best, bestD := "", 3
	for _, p := range mod.Ports {
		if d := editdist.Distance(strings.ToLower(name), strings.ToLower(p.Name)); d < bestD {
			best, bestD = p.Name, d
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean " + best + "?)"
}

// overrides evaluates an instance's parameter overrides in the parent's scope.
func overrides(u *UnitRef, inst *Instance, mod *UnitRef) map[string]Const {
	over := map[string]Const{}
	var positional []*Decl
	for _, d := range mod.Params {
		if d.Kind == KindParam {
			positional = append(positional, d)
		}
	}
	for i, pc := range inst.Params {
		v := pc.Child("value")
		name := ""
		if nm := pc.Child("name"); nm != nil {
			name = nm.Text()
		} else if i < len(positional) {
			name = positional[i].Name
		}
		if name != "" && v == nil && implicitConn(pc, u.Text) {
			over[name] = u.Scope()(name)
			continue
		}
		if name == "" || v == nil {
			continue
		}
		over[name] = Eval(v, u.Scope())
	}
	return over
}

// portScope evaluates a module's parameters for one instance: its defaults, with the
// overrides; a value depends on a parameter only through an override that does.
func portScope(mod *UnitRef, over map[string]Const) Scope {
	env := map[string]Const{}
	sc := func(name string) Const { return env[name] }
	for _, p := range mod.Params {
		if p.Kind == KindTypeParam {
			continue
		}
		if v, ok := over[p.Name]; ok && p.Kind == KindParam {
			env[p.Name] = v
			continue
		}
		if _, ok := env[p.Name]; !ok {
			env[p.Name] = Eval(p.Value, sc)
		}
	}
	return sc
}

func checkWidth(p *rules.Pass, m *checkModel, u *UnitRef, inst *Instance, instScope func() Scope, port *Port, c *Node) {
	if inst.Array || port.Decl == nil || port.Decl.Iface || port.Decl.UserType != "" || len(port.Decl.Unpacked) > 0 {
		return
	}
	v := c.Child("value")
	if v == nil {
		if pn := c.Child("port"); pn != nil && implicitConn(c, u.Text) {
			v = pn // .name
		} else {
			return
		}
	}
	pw, pdep, ok := declWidth(port.Decl, instScope())
	if !ok || pdep {
		return
	}
	cw, cdep, ok := u.ExprWidth(v, u.Scope())
	if !ok || cdep || cw == pw {
		return
	}
	m.reportSoft(p, u, v, "rtl/port-connection-mismatch", "port %s of %s is %d bits wide; the connection is %d bits", port.Name, inst.Module, pw, cw)
}

// declWidth evaluates a declaration's packed width under sc.
func declWidth(d *Decl, sc Scope) (int, bool, bool) {
	w, dep := 1, false
	for _, pd := range d.Packed {
		a, b := Eval(pd.Child("msb"), sc), Eval(pd.Child("lsb"), sc)
		if !a.OK || !b.OK {
			return 0, false, false
		}
		dep = dep || a.ParamDep || b.ParamDep
		w *= int(max(a.V, b.V)-min(a.V, b.V)) + 1
	}
	if len(d.Packed) == 0 {
		switch baseType(d.TypeText) {
		case "", "logic", "reg", "bit", "wire", "signed", "unsigned":
		case "integer", "int":
			w = 32
		default:
			return 0, false, false
		}
	}
	return w, dep, true
}
