package st

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
)

// An enumeration with a text list, which TwinCAT saves as a .TcTLEO object, is one of the
// project's enumerations like a .TcDUT's: its values are known, a value it lacks is
// reported, and the file itself is checked.
func TestTextListEnumerationObject(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	enum := write("E_Lamp.TcTLEO", `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1">
  <EnumerationTextList Name="E_Lamp" Id="{00000000-0000-0000-0000-000000000001}">
    <Declaration><![CDATA[{attribute 'qualified_only'}
TYPE E_Lamp :
(
	Off := 0,
	Steady := 1,
	Flashing := 2
);
END_TYPE]]></Declaration>
    <XmlArchive>
      <Data>
        <o xml:space="preserve" t="TextListEnumerationTextListObject">
          <v n="TextID">"Off"</v>
        </o>
      </Data>
    </XmlArchive>
  </EnumerationTextList>
</TcPlcObject>
`)
	pou := func(value string) string {
		return `<?xml version="1.0" encoding="utf-8"?>
<TcPlcObject Version="1.1.0.1">
  <POU Name="MAIN" Id="{00000000-0000-0000-0000-000000000002}" SpecialFunc="None">
    <Declaration><![CDATA[PROGRAM MAIN
VAR
	eLamp : E_Lamp;
END_VAR]]></Declaration>
    <Implementation>
      <ST><![CDATA[eLamp := E_Lamp.` + value + `;]]></ST>
    </Implementation>
  </POU>
</TcPlcObject>
`
	}
	pk := New()
	if !strings.Contains(strings.Join(pk.Extensions(), " "), ".tctleo") {
		t.Fatalf("extensions %v lack .tctleo", pk.Extensions())
	}
	for _, tc := range []struct {
		value string
		want  bool
	}{{"Flashing", false}, {"Blinking", true}} {
		main := write("MAIN.TcPOU", pou(tc.value))
		ws := &memWorkspace{}
		for _, p := range []string{enum, main} {
			ws.files = append(ws.files, codegen.WorkspaceFile{Path: p, File: parseProject(t, pk, p)})
		}
		var got []string
		for _, wf := range ws.files {
			res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: wf.Path, File: wf.File, Config: testConfig(), Workspace: ws})
			for _, fd := range res.Findings {
				if fd.Severity == rules.Error {
					got = append(got, filepath.Base(wf.Path)+": "+fd.Rule+": "+fd.Message)
				}
			}
		}
		want := []string{}
		if tc.want {
			want = []string{"MAIN.TcPOU: st/undeclared-identifier: E_Lamp has no value " + tc.value}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("E_Lamp.%s: got %q, want %q", tc.value, got, want)
		}
	}
}
