package gcode

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// grammarWords returns, per line, the words the grammar found ("X10", "G1", "Z[…]") and
// whether the line holds a syntax error.
func grammarWords(t *testing.T, text []byte) (map[int][]string, map[int]bool) {
	t.Helper()
	f, err := syntax.Parse(context.Background(), language, text)
	if err != nil {
		t.Fatal(err)
	}
	words := map[int][]string{}
	bad := map[int]bool{}
	var walk func(n *sitter.Node, inWord bool)
	walk = func(n *sitter.Node, inWord bool) {
		if n.IsError() || n.IsMissing() {
			for l := f.Lines.LineOf(int(n.StartByte())); l <= f.Lines.LineOf(max(int(n.EndByte())-1, int(n.StartByte()))); l++ {
				bad[l] = true
			}
			return
		}
		if n.Type() == "word" && !inWord {
			line := f.Lines.LineOf(int(n.StartByte()))
			letter := strings.ToUpper(strings.Join(strings.Fields(f.Content(n.ChildByFieldName("letter"))), "")) // `, C` is `,C`
			v := n.ChildByFieldName("value")
			s := letter + "[…]"
			if v != nil && v.Type() == "number" {
				if x, err := strconv.ParseFloat(f.Content(v), 64); err == nil {
					s = letter + trimFloat(x)
				}
			}
			words[line] = append(words[line], s)
		}
		for i := 0; i < int(n.ChildCount()); i++ {
			walk(n.Child(i), inWord || n.Type() == "word" || n.Type() == "grbl_command")
		}
	}
	walk(f.Root(), false)
	return words, bad
}

func scannerWords(text []byte) (map[int][]string, map[int]bool) {
	words := map[int][]string{}
	bad := map[int]bool{}
	var b Block
	forLines(textChunk(text), func(line, start, end int) {
		scanLine(&b, text, line, start, end)
		if b.Bad() {
			bad[line] = true
			return
		}
		for i := range b.Words {
			words[line] = append(words[line], b.wordText(i))
		}
	})
	return words, bad
}

// TestScannerAgreesWithGrammar: the fast line scanner and the tree-sitter grammar read the
// same words on every line both accept, and the scanner accepts every line the grammar
// accepts (a line the scanner refused would silently drop out of the simulation).
func TestScannerAgreesWithGrammar(t *testing.T) {
	var files []string
	_ = filepathWalk("testdata", func(p string) { files = append(files, p) })
	if dir := os.Getenv("GCODE_CORPUS"); dir != "" {
		_ = filepathWalk(dir, func(p string) { files = append(files, p) })
	}
	checked := 0
	for _, path := range files {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".ngc", ".nc", ".tap", ".gcode", ".cnc":
		default:
			continue
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if detectForeign(path, text, false) != nil {
			continue // a language neither reads (foreign.go): the fixture only shows it is recognised
		}
		gw, gbad := grammarWords(t, text)
		sw, sbad := scannerWords(text)
		lines := strings.Split(string(text), "\n")
		for l := range lines {
			if gbad[l] {
				continue
			}
			if l == len(lines)-1 && !strings.HasSuffix(string(text), "\n") {
				continue // the grammar's last line without a newline (reported to the grammar)
			}
			if sbad[l] {
				t.Errorf("%s:%d: the grammar accepts the line, the scanner refuses it: %s", path, l+1, lines[l])
				continue
			}
			if strings.Join(gw[l], " ") != strings.Join(sw[l], " ") {
				t.Errorf("%s:%d: grammar words %v, scanner words %v: %s", path, l+1, gw[l], sw[l], lines[l])
			}
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no files")
	}
}

// TestExtendedCommandNeedsBlankAfterName: a Klipper command's name ends at a blank, a
// comment or the line's end; a name followed by a bracket or parenthesis is another
// controller's function call (Syntec's `MSG_OK["…"]`), not a command for Klipper.
func TestExtendedCommandNeedsBlankAfterName(t *testing.T) {
	for _, c := range []struct {
		line     string
		extended bool
	}{
		{"SET_FAN_SPEED FAN=part SPEED=0.5", true},
		{"SAVE_CONFIG", true},
		{"_PARK_HEAD ; park", true},
		{`MSG_OK["Load the tool", "Press start"]`, false},
		{"CALL_SUB(2)", false},
	} {
		var b Block
		text := []byte(c.line + "\n")
		scanLine(&b, text, 0, 0, len(c.line))
		if got := b.Flags&FlagExtended != 0; got != c.extended {
			t.Errorf("%q: extended %v, want %v", c.line, got, c.extended)
		}
	}
}

// TestHaasIfBlock: Haas runs the block after IF […]; `IF […] M99 Pn` is its conditional
// branch to Nn (as `[…] M99 Pn` is), any other block runs when the condition holds.
func TestHaasIfBlock(t *testing.T) {
	for _, c := range []struct {
		line, label string
		block, then bool
	}{
		{"IF [#100 LT 20.] M99 P10", "10", false, false},
		{"IF [#1 EQ 0] M98 P9004", "", true, false},
		{"IF [#9 EQ #0] #9 = #4109", "", false, true},
		{"IF [#1 GT 1] THEN G0 X2.", "", true, false},
		{"IF [#1 GT 5] GOTO 100", "100", false, false},
	} {
		var b Block
		text := []byte(c.line + "\n")
		scanLine(&b, text, 0, 0, len(c.line))
		if b.Bad() || b.Ctl.Kind != CtlFanucIf || b.Ctl.Label != c.label || b.Ctl.Block != c.block || (b.Ctl.Then != nil) != c.then {
			t.Errorf("%q: bad %v kind %v label %q block %v then %v", c.line, b.Bad(), b.Ctl.Kind, b.Ctl.Label, b.Ctl.Block, b.Ctl.Then != nil)
		}
	}
}
