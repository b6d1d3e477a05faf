package st

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

const projectDir = "../../testdata/st/project"

// parseProject parses a project file the way the LSP and `gantry check` do.
func parseProject(t testing.TB, pk *Pack, path string) *syntax.File {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := codegen.Parse(context.Background(), pk, path, text)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func projectWorkspace(t testing.TB, pk *Pack, dir string) *memWorkspace {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*"))
	sort.Strings(paths)
	ws := &memWorkspace{}
	for _, p := range paths {
		ws.files = append(ws.files, codegen.WorkspaceFile{Path: p, File: parseProject(t, pk, p)})
	}
	return ws
}

func firstErrorNode(n *sitter.Node) *sitter.Node {
	if n.IsError() || n.IsMissing() {
		return n
	}
	for i := 0; i < int(n.ChildCount()); i++ {
		if e := firstErrorNode(n.Child(i)); e != nil {
			return e
		}
	}
	return nil
}

func TestProjectRegions(t *testing.T) {
	pk := New()
	text, _ := os.ReadFile(filepath.Join(projectDir, "FB_Conveyor.TcPOU"))
	regions := pk.Regions("x/FB_Conveyor.TcPOU")(text)
	// Declaration + implementation of the FB, two methods, the property's declaration and
	// its two accessors (declaration + implementation each), the action.
	if len(regions) != 2+4+1+4+1 {
		t.Fatalf("%d regions", len(regions))
	}
	for _, r := range regions {
		if s := string(text[r[1]-3 : r[1]]); s != "]]>" {
			t.Errorf("region %v ends with %q", r, s)
		}
	}
	if got := string(text[regions[0][0] : regions[0][0]+14]); got != "// Belt convey" {
		t.Errorf("first region starts with %q", got)
	}
	if pk.Regions("a.st") != nil || pk.Regions("b.scl") != nil {
		t.Error("plain sources have regions")
	}
	x, _ := os.ReadFile(filepath.Join(projectDir, "Line.plcopen.xml"))
	pr := pk.Regions("Line.plcopen.xml")(x)
	if len(pr) != 2 {
		t.Fatalf("PLCopen: %d regions", len(pr))
	}
	for _, r := range pr {
		if s := string(x[r[1]-2 : r[1]]); s != "</" {
			t.Errorf("PLCopen region ends with %q", s)
		}
	}
	if !ClaimsFile("a/Line.plcopen.xml", nil) || !ClaimsFile("b/export.xml", x[:600]) || ClaimsFile("c/other.xml", []byte("<?xml?><svg/>")) {
		t.Error("ClaimsFile")
	}
}

// Every project fixture parses with no ERROR or MISSING node, in XML coordinates.
func TestProjectFilesParseCleanly(t *testing.T) {
	pk := New()
	paths, _ := filepath.Glob(filepath.Join(projectDir, "*"))
	if len(paths) < 8 {
		t.Fatalf("only %d project fixtures", len(paths))
	}
	for _, p := range paths {
		f := parseProject(t, pk, p)
		if e := firstErrorNode(f.Root()); e != nil {
			t.Errorf("%s:%d: %s in %q", p, f.Lines.LineOf(int(e.StartByte()))+1, e.Type(), f.Bytes()[e.StartByte():min(int(e.EndByte()), int(e.StartByte())+60)])
		}
		if f.Root().NamedChildCount() == 0 {
			t.Errorf("%s: empty tree", p)
		}
	}
}

func TestProjectModel(t *testing.T) {
	pk := New()
	f := parseProject(t, pk, filepath.Join(projectDir, "FB_Conveyor.TcPOU"))
	f.Lock()
	m := pk.cache.modelOf(f)
	f.Unlock()
	var fb *POU
	for _, u := range m.Units {
		for _, p := range u.POUs(f.Bytes()) {
			if p.Name == "FB_Conveyor" {
				fb = p
			}
		}
	}
	if fb == nil {
		t.Fatal("no FB_Conveyor")
	}
	var kids []string
	for _, c := range fb.Children {
		kids = append(kids, c.Kind+" "+c.Name)
	}
	if got := strings.Join(kids, ", "); got != "METHOD M_Start, METHOD M_Stop, PROPERTY P_Speed, ACTION A_Reset" {
		t.Errorf("children: %s", got)
	}
	if fb.Doc != "" && !strings.Contains(fb.Doc, "Belt conveyor") {
		t.Errorf("doc %q", fb.Doc)
	}
	line := f.Lines.LineOf(fb.BodyStart) + 1
	if line != 22 {
		t.Errorf("body starts on XML line %d, want 22", line)
	}
	if v := fb.Var("rSpeed"); v == nil || v.Comment != "m/s" || v.Value != "0.5" {
		t.Errorf("rSpeed: %+v", v)
	}
}

// The whole project checks without error-severity findings: names resolve across the
// TcPOU, TcDUT, TcGVL and TcIO files, methods and actions see their FB's variables.
func TestProjectCheckClean(t *testing.T) {
	pk := New()
	ws := projectWorkspace(t, pk, projectDir)
	cfg := testConfig()
	for _, wf := range ws.files {
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: cfg, Workspace: ws})
		for _, fd := range res.Findings {
			line := wf.File.Lines.LineOf(fd.Start) + 1
			if fd.Severity == rules.Error {
				t.Errorf("%s:%d: %s: %s", filepath.Base(wf.Path), line, fd.Rule, fd.Message)
			} else {
				t.Logf("%s:%d: %s %s: %s", filepath.Base(wf.Path), line, fd.Severity, fd.Rule, fd.Message)
			}
		}
	}
}

// Diagnostics land on the line of the XML file: a write to an input in the body, a missing
// END_IF in one method (reported where it is missing, after the IF's last statement; the
// method's body and the next method still parse), a division by zero in it.
func TestProjectDiagnosticsOnXMLLines(t *testing.T) {
	pk := New()
	path := "testdata/project_bad/FB_Bad.TcPOU"
	f := parseProject(t, pk, path)
	res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: testConfig()})
	var got []string
	for _, fd := range res.Findings {
		if fd.Severity == rules.Error {
			got = append(got, fmt.Sprintf("%d:%s", f.Lines.LineOf(fd.Start)+1, fd.Rule))
		}
	}
	want := []string{"14:st/write-to-input", "21:st/syntax", "29:st/division-by-zero"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		for _, fd := range res.Findings {
			t.Logf("%d: %s %s", f.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message)
		}
		t.Errorf("got %v, want %v", got, want)
	}
}

// Context and hints inside a TcPOU body: the FB's declarations, the enum's values for the
// CASE, the closing END_IF.
func TestProjectContext(t *testing.T) {
	pk := New()
	ws := projectWorkspace(t, pk, projectDir)
	path := filepath.Join(projectDir, "FB_Conveyor.TcPOU")
	text, _ := os.ReadFile(path)
	src := string(text)
	anchor := "ELSIF NOT bEnable THEN\n\t\t\tM_Stop();\n\t\tEND_IF"
	i := strings.Index(src, anchor)
	if i < 0 {
		t.Fatal("anchor")
	}
	// Open a new IF on an empty line of the body.
	edited := src[:i] + "ELSIF NOT bEnable THEN\n\t\t\tM_Stop();\n\t\tEND_IF\n\t\tIF bJamSensor THEN\n\t\t\t\n" + src[i+len(anchor):]
	off := i + len("ELSIF NOT bEnable THEN\n\t\t\tM_Stop();\n\t\tEND_IF\n\t\tIF bJamSensor THEN\n\t\t\t")
	f, err := codegen.Parse(context.Background(), pk, path, []byte(edited))
	if err != nil {
		t.Fatal(err)
	}
	c := pk.Context(context.Background(), codegen.ContextRequest{Path: path, File: f, Offset: off, Config: testConfig(), Workspace: ws})
	if c.Skip != "" {
		t.Fatalf("skip: %s", c.Skip)
	}
	var blocks strings.Builder
	for _, b := range c.Blocks {
		blocks.WriteString(b.Source + ":\n" + b.Text + "\n")
	}
	for _, w := range []string{"FUNCTION_BLOCK FB_Conveyor", "bJamSensor : BOOL; // photo eye at the transfer", "FUNCTION_BLOCK TON"} {
		if !strings.Contains(blocks.String(), w) {
			t.Errorf("context lacks %q:\n%s", w, blocks.String())
		}
	}
	if !contains(c.Hints, "END_IF") && !anyHas(c.Hints, "END_IF") {
		t.Errorf("hints %q lack END_IF", c.Hints)
	}
	if c.Unit[0] > off || c.Unit[1] < off {
		t.Errorf("unit %v does not hold the cursor %d", c.Unit, off)
	}
}

func anyHas(s []string, sub string) bool {
	for _, x := range s {
		if strings.Contains(x, sub) {
			return true
		}
	}
	return false
}

// An edit inside one body reparses incrementally: the result equals a fresh parse, and the
// nodes of the untouched regions are reused (same identity).
func TestProjectIncrementalEdit(t *testing.T) {
	pk := New()
	path := filepath.Join(projectDir, "FB_Conveyor.TcPOU")
	f := parseProject(t, pk, path)
	src := string(f.Bytes())
	at := strings.Index(src, "nStops := nStops + 1;")
	sp := f.Lines.Position(at)
	nf, err := f.Apply(context.Background(), source.Change{Range: &source.Range{Start: sp, End: sp}, Text: "nStops := 0;\n"})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := codegen.Parse(context.Background(), pk, path, nf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if nf.Root().String() != fresh.Root().String() {
		t.Fatal("incremental tree differs from a fresh parse")
	}
	if e := firstErrorNode(nf.Root()); e != nil {
		t.Fatalf("error after edit at %d", e.StartByte())
	}
	// The FB's own declaration list (before the edit) and the action (after it) are reused.
	// A node's ID is the address of its slot in its parent's child array: a reused subtree
	// keeps its children array, so its first child's ID is unchanged.
	fbOf := func(root *sitter.Node) *sitter.Node {
		for i := 0; i < int(root.NamedChildCount()); i++ {
			if c := root.NamedChild(i); c.Type() == "function_block_declaration" {
				return c
			}
		}
		t.Fatal("no function block")
		return nil
	}
	oldFB, newFB := fbOf(f.Root()), fbOf(nf.Root())
	reused := 0
	for i := 0; i < int(oldFB.NamedChildCount()) && i < int(newFB.NamedChildCount()); i++ {
		o, n := oldFB.NamedChild(i), newFB.NamedChild(i)
		if o.Type() == "var_section" || o.Type() == "action_declaration" || o.Type() == "property_declaration" {
			oc, nc := o.NamedChild(0), n.NamedChild(0)
			if o.Type() == "action_declaration" {
				// The last member follows an ambiguity (action or accessor body) the parser
				// resolves again; it is re-lexed, which costs one small region.
				if oc.ID() != nc.ID() {
					t.Logf("action re-parsed")
				}
				continue
			}
			if oc.ID() != nc.ID() {
				t.Errorf("%s %d not reused", o.Type(), i)
			}
			reused++
		}
	}
	if reused < 4 {
		t.Errorf("only %d nodes compared", reused)
	}
}

// The edited method itself is not reused (sanity check of the identity test above).
func TestProjectIncrementalEditChangesEditedBody(t *testing.T) {
	pk := New()
	path := filepath.Join(projectDir, "FB_Conveyor.TcPOU")
	f := parseProject(t, pk, path)
	at := strings.Index(string(f.Bytes()), "nStops := nStops + 1;")
	nf, err := f.Splice(context.Background(), at, at, "nStops := 0;\n")
	if err != nil {
		t.Fatal(err)
	}
	find := func(root *sitter.Node, text []byte) *sitter.Node {
		var out *sitter.Node
		var walk func(n *sitter.Node)
		walk = func(n *sitter.Node) {
			if n.Type() == "method_declaration" && strings.Contains(string(text[n.StartByte():n.EndByte()]), "METHOD M_Stop") {
				out = n
			}
			for i := 0; i < int(n.NamedChildCount()); i++ {
				walk(n.NamedChild(i))
			}
		}
		walk(root)
		return out
	}
	o, n := find(f.Root(), f.Bytes()), find(nf.Root(), nf.Bytes())
	if o == nil || n == nil {
		t.Fatal("no M_Stop")
	}
	body := func(m *sitter.Node) *sitter.Node { return m.ChildByFieldName("body") }
	if body(o).NamedChild(0).ID() == body(n).NamedChild(0).ID() {
		t.Error("the edited body kept its children")
	}
	if body(n).NamedChildCount() != body(o).NamedChildCount()+1 {
		t.Error("the statement was not added")
	}
}

// A .TcPOU whose property accessor has an empty declaration region, and whose action is a
// region of statements with no header: their statements count as uses of the block's
// variables (they are not parsed inside the block, but they belong to it), and a variable
// nothing mentions is still reported.
func TestTcPOUMembersCountAsUses(t *testing.T) {
	const pou = `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="FB_X" Id="{00000000-0000-4000-8000-000000000001}" SpecialFunc="None">
    <Declaration><![CDATA[FUNCTION_BLOCK FB_X
VAR
	nState : INT;
	nSpeed : INT;
	nNever : INT;
END_VAR
]]></Declaration>
    <Implementation>
      <ST><![CDATA[]]></ST>
    </Implementation>
    <Property Name="P" Id="{00000000-0000-4000-8000-000000000004}">
      <Declaration><![CDATA[PROPERTY P : INT]]></Declaration>
      <Get Name="Get" Id="{00000000-0000-4000-8000-000000000005}">
        <Declaration><![CDATA[]]></Declaration>
        <Implementation>
          <ST><![CDATA[P := nSpeed;]]></ST>
        </Implementation>
      </Get>
    </Property>
    <Action Name="A_Reset" Id="{00000000-0000-4000-8000-000000000006}">
      <Implementation>
        <ST><![CDATA[nState := 0;]]></ST>
      </Implementation>
    </Action>
  </POU>
</TcPlcObject>
`
	path := filepath.Join(t.TempDir(), "FB_X.TcPOU")
	if err := os.WriteFile(path, []byte(pou), 0o644); err != nil {
		t.Fatal(err)
	}
	pk := New()
	f := parseProject(t, pk, path)
	res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: testConfig()})
	var unused []string
	for _, fd := range res.Findings {
		if fd.Rule == "st/unused-variable" {
			unused = append(unused, fd.Message)
		}
	}
	if got := strings.Join(unused, "; "); got != "nNever is declared but never used" {
		t.Errorf("unused-variable findings: %q", got)
	}
}

// An SFC program in a TcPOU: its implementation is graphical XML, its actions are ST, and
// its transitions are ST conditions (an expression, no `;`) or statements that set the
// transition's name. It parses clean and gets no finding: the name a transition sets is
// its BOOL result, a timer called in an action and tested in a transition is read, and
// the steps (Fill.t) and SFC flags (SFCError) are implicit variables, which other POUs
// read too.
func TestSFCProgramInATcPOU(t *testing.T) {
	pk := New()
	path := filepath.Join(projectDir, "PRG_Sequence.TcPOU")
	f := parseProject(t, pk, path)
	if e := firstErrorNode(f.Root()); e != nil {
		t.Fatalf("syntax error at %q", f.Bytes()[e.StartByte():min(int(e.EndByte()), int(e.StartByte())+40)])
	}
	res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: testConfig()})
	for _, fd := range res.Findings {
		t.Errorf("%d: %s %s: %s", f.Lines.LineOf(fd.Start)+1, fd.Severity, fd.Rule, fd.Message)
	}
	var names []string
	for _, u := range pk.cache.modelOf(f).Units {
		for _, p := range u.POUs(f.Bytes()) {
			for _, c := range p.Children {
				if c.ReturnType != nil {
					names = append(names, c.Name+":"+c.ReturnType.Name)
				}
			}
		}
	}
	if strings.Join(names, " ") != "T_Full:BOOL T_Timeout:BOOL" {
		t.Errorf("transitions %v", names)
	}

	// The same sequence as a function block: another POU reads its flags and steps through
	// an instance; a flag SFC does not have is still no member.
	dir := t.TempDir()
	fbPath := filepath.Join(dir, "FB_Sequence.TcPOU")
	text, _ := os.ReadFile(path)
	if err := os.WriteFile(fbPath, bytes.ReplaceAll(bytes.ReplaceAll(text, []byte("PROGRAM PRG_Sequence"), []byte("FUNCTION_BLOCK FB_Sequence")), []byte(`"PRG_Sequence"`), []byte(`"FB_Sequence"`)), 0o644); err != nil {
		t.Fatal(err)
	}
	fb := parseProject(t, pk, fbPath)
	main := "PROGRAM MAIN\nVAR\n\tfbSeq : FB_Sequence;\n\tsStep : STRING;\n\tbFilling : BOOL;\nEND_VAR\n" +
		"fbSeq();\nsStep := fbSeq.SFCCurrentStep;\nbFilling := fbSeq.Fill.x;\nfbSeq.SFCReset := fbSeq.SFCStop;\nEND_PROGRAM\n"
	var got []string
	for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, "MAIN.st"), File: parse(t, main), Config: testConfig(),
		Workspace: &memWorkspace{files: []codegen.WorkspaceFile{{Path: fbPath, File: fb}}}}).Findings {
		if fd.Rule == "st/undeclared-identifier" {
			got = append(got, fd.Message)
		}
	}
	if strings.Join(got, "; ") != "FB_Sequence has no member SFCStop" {
		t.Errorf("undeclared-identifier in MAIN: %q", got)
	}
}

// TwinCAT 3.1.4026 object-oriented code as libraries write it: a generic block (VAR_GENERIC
// before EXTENDS, an array sized by the generic constant), a method header ending in `;`, a
// conditional RETURN, a multiple assignment, __CATCH without a variable, a property named
// like a modifier whose header ends in `;` and whose Set accessor opens with its access, a
// string's character read as a BYTE, and a base block's VAR in another file. It parses and
// raises no finding.
func TestGenericBlockInATcPOU(t *testing.T) {
	pk := New()
	for _, name := range []string{"FB_Ring.TcPOU", "FB_Store.TcPOU"} {
		path := filepath.Join(projectDir, name)
		f := parseProject(t, pk, path)
		if e := firstErrorNode(f.Root()); e != nil {
			t.Fatalf("%s: syntax error at %q", name, f.Bytes()[e.StartByte():min(int(e.EndByte()), int(e.StartByte())+40)])
		}
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: testConfig()})
		for _, fd := range res.Findings {
			t.Errorf("%s:%d: %s %s: %s", name, f.Lines.LineOf(fd.Start)+1, fd.Severity, fd.Rule, fd.Message)
		}
	}
}

// An action drawn in CFC (or FBD, LD) is an <Action> whose body is XML: no ST of it is
// parsed, yet the block's ST calls it by name, in any case, and other POUs call it on an
// instance. It is a member of the block; a name no action has is still reported, and so is
// the old name once the action is renamed in the XML alone.
func TestGraphicalActionIsAMember(t *testing.T) {
	const pou = `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="FB_Writer" Id="{00000000-0000-4000-8000-000000000011}" SpecialFunc="None">
    <Declaration><![CDATA[FUNCTION_BLOCK FB_Writer
VAR_INPUT
	bWrite : BOOL;
END_VAR
]]></Declaration>
    <Implementation>
      <ST><![CDATA[fileFBs();
IF bWrite THEN
	A_Log();
END_IF]]></ST>
    </Implementation>
    <Action Name="A_Log" Id="{00000000-0000-4000-8000-000000000012}">
      <Implementation>
        <ST><![CDATA[bWrite := FALSE;]]></ST>
      </Implementation>
    </Action>
    <Action Name="FileFBs" Id="{00000000-0000-4000-8000-000000000013}">
      <Implementation>
        <CFC>
          <XmlArchive>
            <Data>
              <o xml:space="preserve" t="CFCImplementationObject" />
            </Data>
          </XmlArchive>
        </CFC>
      </Implementation>
    </Action>
  </POU>
</TcPlcObject>
`
	const main = `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1" ProductVersion="3.1.4024.12">
  <POU Name="MAIN" Id="{00000000-0000-4000-8000-000000000014}" SpecialFunc="None">
    <Declaration><![CDATA[PROGRAM MAIN
VAR
	fbWriter : FB_Writer;
END_VAR
]]></Declaration>
    <Implementation>
      <ST><![CDATA[fbWriter(bWrite := TRUE);
fbWriter.FILEFBS();
fbWriter.A_Print();]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	dir := t.TempDir()
	for name, text := range map[string]string{"FB_Writer.TcPOU": pou, "MAIN.TcPOU": main} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pk := New()
	ws := &memWorkspace{}
	files := map[string]*syntax.File{}
	for _, name := range []string{"FB_Writer.TcPOU", "MAIN.TcPOU"} {
		path := filepath.Join(dir, name)
		files[name] = parseProject(t, pk, path)
		ws.files = append(ws.files, codegen.WorkspaceFile{Path: path, File: files[name]})
	}
	// undeclared lists a file's undeclared-identifier findings as name:line: message.
	undeclared := func(name string, ws codegen.Workspace) []string {
		var out []string
		f := files[name]
		for _, fd := range codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: filepath.Join(dir, name), File: f, Config: testConfig(), Workspace: ws}).Findings {
			if fd.Rule == "st/undeclared-identifier" {
				out = append(out, fmt.Sprintf("%s:%d: %s", name, f.Lines.LineOf(fd.Start)+1, fd.Message))
			}
		}
		return out
	}
	got := append(undeclared("FB_Writer.TcPOU", ws), undeclared("MAIN.TcPOU", ws)...)
	if strings.Join(got, "; ") != "MAIN.TcPOU:12: FB_Writer has no member A_Print" {
		t.Errorf("undeclared-identifier findings: %q", got)
	}

	// The action renamed in the XML alone (its ST unchanged): the block's cached unit is
	// not reused, and the old name is no member any more.
	renamed := strings.Replace(pou, `<Action Name="FileFBs"`, `<Action Name="FileFBx"`, 1)
	path := filepath.Join(dir, "FB_Writer.TcPOU")
	if err := os.WriteFile(path, []byte(renamed), 0o644); err != nil {
		t.Fatal(err)
	}
	ws = &memWorkspace{files: []codegen.WorkspaceFile{{Path: path, File: parseProject(t, pk, path)}, ws.files[1]}}
	if got := undeclared("MAIN.TcPOU", ws); strings.Join(got, "; ") != "MAIN.TcPOU:11: FB_Writer has no member FILEFBS; MAIN.TcPOU:12: FB_Writer has no member A_Print" {
		t.Errorf("after the rename: %q", got)
	}
}

// A PLCopen body writes the variables its XML declares, which Gantry does not read: one
// named like a value of the project's enumeration is not that value, and an enumeration
// {attribute 'qualified_only'} has no bare values at all.
func TestPLCopenBodyWritesItsOwnVariables(t *testing.T) {
	pk := New()
	xml := `<?xml version="1.0" encoding="utf-8"?>
<project xmlns="http://www.plcopen.org/xml/tc6_0200">
  <types><pous>
    <pou name="P_Paint" pouType="program">
      <interface><localVars>
        <variable name="Running"><type><BOOL /></type></variable>
        <variable name="Color"><type><string /></type></variable>
      </localVars></interface>
      <body><ST><xhtml xmlns="http://www.w3.org/1999/xhtml">Running := TRUE;
Color := 'red';</xhtml></ST></body>
    </pou>
  </pous></types>
</project>
`
	enums := "TYPE E_Mode : (Off, Running); END_TYPE\n{attribute 'qualified_only'}\nTYPE E_Kind : (None, Color); END_TYPE\n"
	ws := &memWorkspace{}
	for path, text := range map[string]string{"/p/types.st": enums, "/p/paint.plcopen.xml": xml} {
		f, err := codegen.Parse(context.Background(), pk, path, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		ws.files = append(ws.files, codegen.WorkspaceFile{Path: path, File: f})
	}
	for _, wf := range ws.files {
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: testConfig(), Workspace: ws})
		for _, fd := range res.Findings {
			if fd.Severity == rules.Error {
				t.Errorf("%s:%d: %s: %s", wf.Path, wf.File.Lines.LineOf(fd.Start)+1, fd.Rule, fd.Message)
			}
		}
	}
}

// Beremiz's own PLCopen files put a body's CDATA right inside <ST>; the ST is the region,
// though it holds a `>` (the start tag of an xhtml element was looked for up to the first).
func TestPLCopenCDATARightInsideST(t *testing.T) {
	pk := New()
	text := []byte(`<?xml version="1.0" encoding="utf-8"?>
<project xmlns="http://www.plcopen.org/xml/tc6_0201">
  <types><pous>
    <pou name="Tank" pouType="program">
      <interface><localVars><variable name="nLevel"><type><INT/></type></variable></localVars></interface>
      <body>
        <ST>
<![CDATA[IF nLevel > 3 THEN
  nLevel := 0;
END_IF;]]>
        </ST>
      </body>
    </pou>
  </pous></types>
</project>
`)
	regions := pk.Regions("tank.xml")(text)
	if len(regions) != 1 {
		t.Fatalf("%d regions", len(regions))
	}
	if got := string(text[regions[0][0]:regions[0][1]]); !strings.HasPrefix(got, "IF nLevel > 3") || !strings.HasSuffix(got, "END_IF;]]>") {
		t.Fatalf("region %q", got)
	}
	f, err := codegen.Parse(context.Background(), pk, "tank.xml", text)
	if err != nil {
		t.Fatal(err)
	}
	if e := firstErrorNode(f.Root()); e != nil {
		t.Errorf("parse error at byte %d", e.StartByte())
	}
	if f.Root().NamedChildCount() == 0 {
		t.Error("empty tree")
	}
}
