// Package st is Gantry's IEC 61131-3 Structured Text language pack: a semantic model of
// POUs, variables and types (per file, cached, and across the workspace), the st/* rules
// that the gate and `gantry check` run, and the cursor context for suggestions.
package st

import (
	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
	stgrammar "github.com/gantry-dev/gantry/grammars/st"
)

// Pack implements codegen.Pack for Structured Text. It is safe for concurrent use.
type Pack struct {
	cache *cache
	ws    wsCache
	rules []*rules.Rule
	// wholeUnits has Local rules look at the whole unit even when a check names a focus
	// (tests compare the gate's verdicts both ways).
	wholeUnits bool
}

var _ codegen.Pack = (*Pack)(nil)

// New returns the Structured Text pack.
func New() *Pack { return &Pack{cache: newCache(), rules: All()} }

// ID implements codegen.Pack.
func (*Pack) ID() string { return "st" }

// Name implements codegen.Pack.
func (*Pack) Name() string { return "Structured Text" }

// Extensions implements codegen.Pack.
// TwinCAT project files are read through their ST regions (see project.go).
func (*Pack) Extensions() []string {
	return []string{".st", ".scl", ".udt", ".s7dcl", ".iecst", ".tcpou", ".tcdut", ".tcgvl", ".tcio", ".tctleo"}
}

// Grammar implements codegen.Pack.
func (*Pack) Grammar() *sitter.Language { return language }

var language = stgrammar.Language()

// LineComment implements codegen.Pack.
func (*Pack) LineComment() string { return "//" }

// Rules implements codegen.Pack.
func (p *Pack) Rules() []*rules.Rule { return p.rules }

// NotBuilt implements codegen.BuildLister: a TwinCAT object file its .plcproj does not
// compile (NotInProject).
func (p *Pack) NotBuilt(path string) (string, bool) { return NotInProject(path) }
