// Package rules is the language-neutral rule framework: a rule is a documented check with an
// id, default severity, category and anchors; packs run their rules over a parsed file and
// the framework applies configuration and in-code suppressions.
package rules

import (
	"context"
	"fmt"
	"log"
	"runtime/debug"
	"sort"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Severity orders findings; Off disables a rule.
type Severity int

const (
	Off Severity = iota
	Info
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "off"
}

// ParseSeverity reads a configured severity ("error", "warning", "info", "off").
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info", "hint", "style":
		return Info, nil
	case "off", "none", "ignore":
		return Off, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want error, warning, info or off)", s)
}

// Category groups rules by what is at stake.
type Category string

const (
	Safety      Category = "safety"
	Correctness Category = "correctness"
	Style       Category = "style"
)

// Rule is one check. Doc follows the pattern: what it does, why it is bad, an example, and
// what to write instead.
type Rule struct {
	ID       string
	Title    string
	Severity Severity
	Category Category
	Anchors  []string
	Doc      Documentation
	// NeedsProfile marks rules that stay silent without a machine profile.
	NeedsProfile bool
	// OffByDefault rules run only when configuration enables them.
	OffByDefault bool
	// Unfinished marks rules that report what a finished document still lacks (a program
	// end): code inserted while the document is being written is not at fault for that, so
	// the gate counts such findings at their own severity, never one step stricter.
	Unfinished bool
	// Local marks rules whose finding on a statement or expression depends only on that
	// node's own text and the declarations in scope: never on other statements, their
	// order or the file as a whole. Where an insertion is checked (Options.Focus), such a
	// rule looks only at the nodes that touch it: its findings elsewhere are the same
	// before and after, and the gate compares the two.
	Local bool
	Check func(*Pass)
}

// Focusable is implemented by models that can narrow what a Local rule visits to the
// nodes touching Options.Focus. Run calls Focus before each rule: the range for a Local
// rule, nil for any other.
type Focusable interface {
	Focus(within *[2]int)
}

// Finding is one reported problem, in byte offsets of the checked text.
type Finding struct {
	Rule       string
	Severity   Severity
	Start, End int
	Message    string
}

// Pass is what a rule's Check receives.
type Pass struct {
	File *syntax.File
	// Model is the pack's semantic model of the file (symbols, types, modal state…),
	// computed once per run and shared by all rules.
	Model any
	// Settings gives rules their configuration (protected signals, machine profile…).
	Settings any

	rule     string   // the running rule's id
	severity Severity // its severity in this run
	findings *[]Finding
}

// Report records a finding over the byte range [start, end).
func (p *Pass) Report(start, end int, format string, args ...any) {
	*p.findings = append(*p.findings, Finding{Rule: p.rule, Severity: p.severity,
		Start: start, End: end, Message: fmt.Sprintf(format, args...)})
}

// ReportMild records a finding one severity below the rule's (never below Info): the same
// defect in a form that is sometimes intended, as CODESYS makes SA0037 configurable for a
// function block's methods writing the block's own inputs.
func (p *Pass) ReportMild(start, end int, format string, args ...any) {
	sev := p.severity
	if sev > Info {
		sev--
	}
	*p.findings = append(*p.findings, Finding{Rule: p.rule, Severity: sev,
		Start: start, End: end, Message: fmt.Sprintf(format, args...)})
}

// ReportNode records a finding over n.
func (p *Pass) ReportNode(n *sitter.Node, format string, args ...any) {
	p.Report(int(n.StartByte()), int(n.EndByte()), format, args...)
}

// Options adjusts a run: severity overrides by rule id and whether a profile is present.
type Options struct {
	Severities map[string]Severity
	HasProfile bool
	// Within limits reporting to findings that overlap [Start, End); zero means everywhere.
	Within *[2]int
	// Context, when set, stops the run between rules once cancelled (a newer edit
	// superseded this check).
	Context context.Context
	// Focus, when set, is the range of an insertion (empty before it is made): Local rules
	// of a Focusable model look only at the nodes touching it.
	Focus *[2]int
}

// Run executes rules over a file with a shared model and applies severities, scope and
// `gantry:ignore` suppressions. It returns the findings sorted by position and the ids of
// rules skipped for lack of a machine profile.
func Run(f *syntax.File, model, settings any, list []*Rule, opt Options) (out []Finding, skipped []string) {
	// One pass serves every rule in turn: the gate runs the whole list on each candidate.
	var found []Finding
	pass := &Pass{File: f, Model: model, Settings: settings, findings: &found}
	focusable, _ := model.(Focusable)
	if opt.Focus == nil {
		focusable = nil
	}
	if focusable != nil {
		defer focusable.Focus(nil)
	}
	for _, r := range list {
		if opt.Context != nil && opt.Context.Err() != nil {
			break
		}
		sev := r.Severity
		if r.OffByDefault {
			sev = Off
		}
		if s, ok := opt.Severities[r.ID]; ok {
			sev = s
		}
		if sev == Off {
			continue
		}
		if r.NeedsProfile && !opt.HasProfile {
			skipped = append(skipped, r.ID)
			continue
		}
		if focusable != nil {
			if r.Local {
				focusable.Focus(opt.Focus)
			} else {
				focusable.Focus(nil)
			}
		}
		found = found[:0]
		pass.rule, pass.severity = r.ID, sev
		out = append(out, checkSafely(r, pass)...)
	}
	out = Filter(f, out, opt.Within)
	return out, skipped
}

// checkSafely runs one rule; a panic (a rule meeting a tree shape it did not expect) costs
// that rule's findings, not the process: it is logged with its stack and becomes one finding
// at the start of the file, so the user sees that the rule did not run.
// The findings returned are the pass's, valid until the pass runs the next rule.
func checkSafely(r *Rule, pass *Pass) (found []Finding) {
	defer func() {
		if v := recover(); v != nil {
			found = []Finding{Recovered(r.ID, v)}
		}
	}()
	r.Check(pass)
	return *pass.findings
}

// internalPrefix starts the message of a finding that stands for a crashed check.
const internalPrefix = "internal error: "

// Recovered logs a panic recovered while checking (with its stack, to stderr, which editors
// show in the server's log) and returns the finding that tells the user about it.
func Recovered(rule string, v any) Finding {
	log.Printf("gantry: %s panicked: %v\n%s", rule, v, debug.Stack())
	return Finding{Rule: rule, Severity: Warning, Message: fmt.Sprintf(
		"%s%s stopped on this file (%v); the other checks ran. Please report this with the file.", internalPrefix, rule, v)}
}

// Internal reports whether a finding stands for a crashed check rather than a problem in
// the code.
func Internal(f Finding) bool { return strings.HasPrefix(f.Message, internalPrefix) }

// Filter drops suppressed findings and those outside within, then sorts and deduplicates.
func Filter(f *syntax.File, in []Finding, within *[2]int) []Finding {
	out := in[:0]
	for _, fd := range in {
		if within != nil && (fd.End < within[0] || fd.Start > within[1]) {
			continue
		}
		if Suppressed(f, fd) {
			continue
		}
		out = append(out, fd)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Rule < out[j].Rule
	})
	dedup := out[:0]
	for i, fd := range out {
		if i > 0 && fd == out[i-1] {
			continue
		}
		dedup = append(dedup, fd)
	}
	return dedup
}

const ignoreMarker = "gantry:ignore"

// IgnoreMarker is what a line that Suppressed reads as a suppression holds: a finding whose
// line and line above hold none is never suppressed.
const IgnoreMarker = ignoreMarker

// Suppressed reports whether a `gantry:ignore` comment on the finding's line, or alone on
// the line above, names the finding's rule (or names none, which silences all rules there).
// It reads the text, not the tree, so it works the same in every language.
func Suppressed(f *syntax.File, fd Finding) bool {
	line := f.Lines.LineOf(fd.Start)
	if ignores(string(f.Lines.LineText(line)), fd.Rule) {
		return true
	}
	if line > 0 {
		above := strings.TrimSpace(string(f.Lines.LineText(line - 1)))
		if commentOnly(above) && ignores(above, fd.Rule) {
			return true
		}
	}
	return false
}

func commentOnly(line string) bool {
	for _, p := range []string{"(*", "//", ";", "(", "/*"} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

func ignores(line, rule string) bool {
	i := strings.Index(line, ignoreMarker)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(line[i+len(ignoreMarker):], " :")
	rest = strings.TrimSpace(strings.NewReplacer("*)", " ", "*/", " ", ")", " ").Replace(rest))
	if rest == "" {
		return true
	}
	for _, id := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' }) {
		if id == rule {
			return true
		}
	}
	return false
}

// Mark returns a mark of the findings recorded so far, for DropSince.
func (p *Pass) Mark() int { return len(*p.findings) }

// DropSince removes the findings recorded since mark that drop selects: a rule that
// learns only after its walk that part of the text is not compiled (a conditional
// pragma's branch no build takes) withdraws what it reported there.
func (p *Pass) DropSince(mark int, drop func(Finding) bool) {
	all := *p.findings
	kept := all[:mark]
	for _, f := range all[mark:] {
		if !drop(f) {
			kept = append(kept, f)
		}
	}
	*p.findings = kept
}
