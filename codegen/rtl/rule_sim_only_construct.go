package rtl

import (
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
)

var ruleSimOnly = register(&rules.Rule{
	ID:       "rtl/sim-only-construct",
	Title:    "simulation-only construct in synthesizable code",
	Severity: rules.Warning,
	Category: rules.Correctness,
	Anchors:  []string{"Verible invalid-system-task-function (partly)", "IEEE 1364.1 (synthesis subset)", "synthesis guidelines"},
	Doc: rules.Doc(
		`in modules with ports (design code), outside initial/final blocks
and assertions, reports constructs synthesis ignores or rejects: output and file
system tasks ($fwrite, $fopen…; $display and its kin are rtl/display-in-synthesizable),
$finish/$stop, time and
random functions ($time, $random, $urandom…), fork … join, wait, event triggers, and
force/release and assign/deassign inside procedures. Code between
`+"`"+`ifndef SYNTHESIS / `+"`"+`ifdef SIMULATION (and the matching else branches) and
between "translate_off" and "translate_on" comments is left alone, as are the
severity tasks $error, $fatal, $warning and $info, and testbenches (modules without
ports). Delays are rtl/delay-in-synthesizable.`,
		`Synthesis drops or rejects these: a $display that "proves" a path is
taken shows nothing in hardware, a $random becomes a constant or an error, and a
force in design code makes simulation pass with logic the chip does not have.`,
		`always_ff @(posedge clk) begin
  if (overflow) $fwrite(log, "overflow at %t", $time);
  count <= count + 1;
end`,
		`always_ff @(posedge clk) begin
`+"`"+`ifndef SYNTHESIS
  if (overflow) $fwrite(log, "overflow at %t", $time);
`+"`"+`endif
  count <= count + 1;
end`,
	),
}, func(p *rules.Pass, m *checkModel) {
	for _, u := range m.modules() {
		if !synthesizable(u.Unit) {
			continue
		}
		var off [][2]int
		u.Root.Walk(func(n *Node) bool {
			switch n.Kind() {
			case "initial_construct", "final_construct", "concurrent_assertion", "immediate_assertion",
				"property_declaration", "sequence_declaration", "preprocessor_directive", "attribute_instance":
				return false
			}
			what := ""
			switch n.Kind() {
			case "system_call":
				if f := n.Child("function"); f != nil && simOnlyTasks[f.Text()] && !displayTasks[f.Text()] {
					what = f.Text()
				}
			case "par_block":
				what = "fork … join"
			case "wait_statement":
				what = "wait"
			case "event_trigger":
				what = "an event trigger"
			case "procedural_continuous_assignment":
				if k := n.Child("kind"); k != nil {
					what = "procedural " + k.Kind()
				}
			}
			if what == "" {
				return true
			}
			if off == nil {
				off = simRegions(u.Text)
			}
			for _, r := range off {
				if n.Start() >= r[0] && n.Start() < r[1] {
					return false
				}
			}
			at := n
			if n.Kind() != "system_call" {
				at = firstWord(u, n)
			}
			report(p, u, at, "%s is simulation-only: synthesis ignores or rejects it (guard it with `ifndef SYNTHESIS)", what)
			return false
		})
	}
})

// simOnlyTasks are the system tasks and functions with no hardware meaning.
var simOnlyTasks = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`$display $displayb $displayh $displayo $write $writeb $writeh $writeo
		$strobe $strobeb $strobeh $strobeo $monitor $monitorb $monitorh $monitoro $monitoron $monitoroff
		$finish $stop $exit $fopen $fclose $fdisplay $fwrite $fstrobe $fmonitor $fflush $fgetc $fgets
		$fscanf $sscanf $fread $fseek $ftell $feof $ferror $rewind $readmemb $readmemh $writememb $writememh
		$time $stime $realtime $printtimescale $timeformat $random $urandom $urandom_range $srandom
		$dist_uniform $dist_normal $dist_exponential $dist_poisson $dist_chi_square $dist_t $dist_erlang
		$test$plusargs $value$plusargs $dumpfile $dumpvars $dumpon $dumpoff $dumpall $dumpflush
		$dumplimit $dumpports $sformat $sformatf $psprintf $swrite $system`) {
		simOnlyTasks[t] = true
	}
}

var (
	simDirectiveRE = lazyregexp.New("`(ifdef|ifndef|elsif|else|endif)\\b[ \\t]*([A-Za-z_][A-Za-z0-9_$]*)?")
	translateRE    = lazyregexp.New(`(?i)(synopsys|synthesis|pragma|cadence|xilinx|altera)\s+translate_(off|on)`)
)

// simNames are macros that mark simulation-only code when defined (or, for SYNTHESIS,
// when not defined).
var simNames = map[string]bool{"SIMULATION": true, "SIM": true, "SIMULATE": true, "VERILATOR": true,
	"FORMAL": true, "COCOTB_SIM": true, "RTL_SIM": true}

func synthName(s string) bool { return s == "SYNTHESIS" || s == "SYNTH" || s == "YOSYS" }

// simRegions returns the byte ranges of text that synthesis does not see: `ifndef
// SYNTHESIS / `ifdef SIMULATION branches and translate_off … translate_on.
func simRegions(text string) [][2]int {
	var out [][2]int
	if strings.Contains(text, "`") {
		type frame struct {
			name  string
			neg   bool // ifndef
			sim   bool // the current branch is simulation-only
			start int
		}
		var stack []frame
		close := func(f frame, end int) {
			if f.sim {
				out = append(out, [2]int{f.start, end})
			}
		}
		for _, mm := range simDirectiveRE.FindAllStringSubmatchIndex(text, -1) {
			dir := text[mm[2]:mm[3]]
			name := ""
			if mm[4] >= 0 {
				name = text[mm[4]:mm[5]]
			}
			switch dir {
			case "ifdef", "ifndef":
				neg := dir == "ifndef"
				sim := (!neg && simNames[name]) || (neg && synthName(name))
				stack = append(stack, frame{name: name, neg: neg, sim: sim, start: mm[1]})
			case "elsif":
				if len(stack) > 0 {
					f := &stack[len(stack)-1]
					close(*f, mm[0])
					f.sim, f.start = simNames[name], mm[1]
				}
			case "else":
				if len(stack) > 0 {
					f := &stack[len(stack)-1]
					close(*f, mm[0])
					// the else of `ifdef SYNTHESIS or of `ifndef SIMULATION
					f.sim, f.start = (!f.neg && synthName(f.name)) || (f.neg && simNames[f.name]), mm[1]
				}
			case "endif":
				if len(stack) > 0 {
					close(stack[len(stack)-1], mm[0])
					stack = stack[:len(stack)-1]
				}
			}
		}
	}
	if strings.Contains(text, "translate_") {
		start := -1
		for _, mm := range translateRE.FindAllStringSubmatchIndex(text, -1) {
			switch strings.ToLower(text[mm[4]:mm[5]]) {
			case "off":
				if start < 0 {
					start = mm[1]
				}
			case "on":
				if start >= 0 {
					out = append(out, [2]int{start, mm[0]})
					start = -1
				}
			}
		}
		if start >= 0 {
			out = append(out, [2]int{start, len(text)})
		}
	}
	return out
}
