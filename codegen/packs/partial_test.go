package packs_test

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/gcode"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/st"
)

// The inputs a user produces while typing are partial trees: every rule of every pack, the
// cursor context and the editor features must survive each of them. These tests cut real
// files at every token and apply random edits, and fail on any panic (a panic a boundary
// recovered shows up as an internal-error finding, which fails the test too).

// realFiles returns the repository's sample files of a pack, by extension.
func realFiles(t testing.TB, p codegen.Pack) []string {
	t.Helper()
	root := filepath.Join("..", "..")
	var out []string
	for _, dir := range []string{"testdata", "codegen/st/testdata", "codegen/rtl/testdata", "codegen/gcode/testdata", "lsp/testdata", "cmd/gantry/testdata"} {
		_ = filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return nil // dot files are other tests' scratch files (the rs274 oracle's)
			}
			ext := strings.ToLower(filepath.Ext(path))
			for _, e := range p.Extensions() {
				if ext == e {
					out = append(out, path)
				}
			}
			return nil
		})
	}
	if len(out) == 0 {
		t.Fatalf("no sample files for %s", p.ID())
	}
	return out
}

// allRulesOn enables every rule, those off by default included, with a machine profile so
// the G-code rules that need one run too.
func allRulesOn(p codegen.Pack) *config.Config {
	cfg := config.Default()
	cfg.Rules = map[string]string{}
	for _, r := range p.Rules() {
		cfg.Rules[r.ID] = "warning"
	}
	safe := 5.0
	gcode.SettingsOf(cfg).Machine = &gcode.Machine{Controller: "linuxcnc", Units: "mm", MaxSpindleRPM: 12000, MaxFeed: 3000,
		MaxRapid: 6000, SafeZ: &safe, Travel: map[string][]float64{"X": {0, 500}, "Y": {0, 400}, "Z": {-100, 0}},
		Tools: []gcode.Tool{{Number: 1, Diameter: 6, MaxRPM: 10000}}}
	st.SettingsOf(cfg).Protected = []string{"bEStopRelay", "%QX0.0"}
	return cfg
}

// tokenEnds lists the end offset of every token of text, from a tree cursor walk.
func tokenEnds(t testing.TB, p codegen.Pack, path string, text []byte) []int {
	f, err := codegen.Parse(context.Background(), p, path, text)
	if err != nil {
		t.Fatal(err)
	}
	if !f.HasTree() {
		return nil
	}
	var ends []int
	cur := sitter.NewTreeCursor(f.Root())
	defer cur.Close()
	for {
		if n := cur.CurrentNode(); n.ChildCount() == 0 && n.EndByte() > n.StartByte() {
			ends = append(ends, int(n.EndByte()))
		}
		if cur.GoToFirstChild() {
			continue
		}
		for !cur.GoToNextSibling() {
			if !cur.GoToParent() {
				return ends
			}
		}
	}
}

// exercise runs everything a document goes through in the server on one text: parse, every
// rule, syntax errors, the cursor context at off, hover, symbols, definition and references.
func exercise(t *testing.T, p codegen.Pack, path string, text []byte, off int, cfg *config.Config) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: panic on %d bytes (cursor %d): %v\n--- text ---\n%s", path, len(text), off, r, tail(text, off))
		}
	}()
	ctx := context.Background()
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		t.Fatal(err)
	}
	res := codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: f, Config: cfg})
	for _, fd := range res.Findings {
		if rules.Internal(fd) {
			t.Fatalf("%s: %s on %d bytes:\n%s", path, fd.Message, len(text), tail(text, off))
		}
	}
	w := [2]int{off, off}
	codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: f, Config: cfg, Within: &w})
	creq := codegen.ContextRequest{Path: path, File: f, Offset: off, Config: cfg}
	p.Context(ctx, creq)
	if h, ok := p.(codegen.Hoverer); ok {
		h.Hover(ctx, creq)
	}
	if s, ok := p.(codegen.Symboler); ok {
		s.Symbols(ctx, f)
	}
	if d, ok := p.(codegen.Definer); ok {
		d.Definition(ctx, creq)
	}
	if r, ok := p.(codegen.Referencer); ok {
		r.References(ctx, creq)
	}
}

func tail(text []byte, off int) string {
	if off > len(text) {
		off = len(text)
	}
	s := off - 300
	if s < 0 {
		s = 0
	}
	return string(text[s:off])
}

// TestEveryPrefixOfRealFiles cuts every sample file after its tokens: 20 cuts spread over
// each file by default, after every token with GANTRY_EVERY_TOKEN=1 (half an hour).
func TestEveryPrefixOfRealFiles(t *testing.T) {
	for _, p := range packs.Registry().Packs() {
		p := p
		t.Run(p.ID(), func(t *testing.T) {
			cfg := allRulesOn(p)
			for _, path := range realFiles(t, p) {
				text, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				ends := tokenEnds(t, p, path, text)
				stride := 1
				if os.Getenv("GANTRY_EVERY_TOKEN") == "" && len(ends) > 20 {
					stride = len(ends) / 20
				}
				for i := 0; i < len(ends); i += stride {
					exercise(t, p, path, text[:ends[i]], ends[i], cfg)
				}
			}
		})
	}
}

// TestRandomEditsOfRealFiles deletes, duplicates and moves random spans of real files.
func TestRandomEditsOfRealFiles(t *testing.T) {
	rounds := 10
	if os.Getenv("GANTRY_EVERY_TOKEN") != "" {
		rounds = 200
	}
	for _, p := range packs.Registry().Packs() {
		p := p
		t.Run(p.ID(), func(t *testing.T) {
			cfg := allRulesOn(p)
			rng := rand.New(rand.NewSource(16))
			for _, path := range realFiles(t, p) {
				orig, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				text := append([]byte(nil), orig...)
				for i := 0; i < rounds; i++ {
					text = randomEdit(rng, text, orig)
					exercise(t, p, path, text, rng.Intn(len(text)+1), cfg)
				}
			}
		})
	}
}

// randomEdit deletes a span, or inserts a span of the original or a few hostile bytes.
func randomEdit(rng *rand.Rand, text, orig []byte) []byte {
	at := rng.Intn(len(text) + 1)
	end := at + rng.Intn(40)
	if end > len(text) {
		end = len(text)
	}
	var insert []byte
	switch rng.Intn(4) {
	case 0: // delete
	case 1:
		s := rng.Intn(len(orig) + 1)
		e := s + rng.Intn(60)
		if e > len(orig) {
			e = len(orig)
		}
		insert = orig[s:e]
	case 2:
		hostile := []string{"(", ")", "[", "]", ":=", "(*", "*)", "END_IF", "begin", "end", "\r", "\x00", "'", "\"", "<![CDATA[", "]]>", "O100 sub", "#<", "`ifdef", "😀", ";", ",", "=>"}
		insert = []byte(hostile[rng.Intn(len(hostile))])
	default:
		end = at
		s := rng.Intn(len(orig) + 1)
		e := s + rng.Intn(20)
		if e > len(orig) {
			e = len(orig)
		}
		insert = orig[s:e]
	}
	out := make([]byte, 0, len(text)-(end-at)+len(insert))
	out = append(out, text[:at]...)
	out = append(out, insert...)
	return append(out, text[end:]...)
}

// TestTypingTheIssueInputs types the inputs that crashed the server one character at a time.
func TestTypingTheIssueInputs(t *testing.T) {
	reg := packs.Registry()
	cases := []struct{ path, before, typed, after string }{
		{"p.st", "PROGRAM P\nVAR a : ARRAY[0..9] OF INT; x : INT; END_VAR\n", "x := a[a[a[a[LIMIT(MN := 0", ""},
		{"p.st", "FUNCTION_BLOCK FB\nVAR x : INT; END_VAR\n", "x := LIMIT(MN := 0, IN := x, MX := 10);\nP(T, _ = X(u := 1", "\nEND_FUNCTION_BLOCK\n"},
		{"MAIN.TcPOU", "<?xml version=\"1.0\"?>\n<TcPlcObject><POU Name=\"MAIN\"><Declaration><![CDATA[PROGRAM MAIN\nVAR x : INT; END_VAR]]></Declaration><Implementation><ST><![CDATA[", "(([x,P(T,_=X(u:=", "]]></ST></Implementation></POU></TcPlcObject>\n"},
	}
	for _, c := range cases {
		p := reg.ForPath(c.path)
		cfg := allRulesOn(p)
		for i := 0; i <= len(c.typed); i++ {
			text := []byte(c.before + c.typed[:i] + c.after)
			exercise(t, p, c.path, text, len(c.before)+i, cfg)
		}
	}
}
