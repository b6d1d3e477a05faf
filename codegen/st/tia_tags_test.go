package st

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/workspace"
)

// An SCL source written by hand names PLC tags without their quotes; the tags are in the
// project's tag tables, exported beside the sources as CSV (TIA's "PLC Tags" sheet, either
// separator) or as Openness XML. A name no table, block or local declares stays an error,
// and so does a table's name in a CODESYS file.
func TestTIATagTablesDeclareUnquotedTags(t *testing.T) {
	t.Setenv("GANTRY_INDEX_DIR", t.TempDir())
	root := t.TempDir()
	os.Mkdir(filepath.Join(root, ".git"), 0o755)
	const main = "FUNCTION \"FC_Line\" : Void\n{ S7_Optimized_Access := 'TRUE' }\nVAR_TEMP\n    run : Bool;\n    n : Int;\nEND_VAR\nBEGIN\n" +
		"    run := PlantStop OR LineHold;\n    n := MaxBins;\n    IF DoorOpen THEN\n        run := FALSE;\n    END_IF;\n    run := run AND LineHlod;\nEND_FUNCTION\n"
	files := map[string]string{
		"Program/FC_Line.scl": main,
		"Tags/Common.csv":     "\ufeffName;Path;Data Type;Logical Address;Comment;Hmi Visible;Hmi Accessible;Hmi Writeable;Typeobject ID;Version ID\nPlantStop;Common;Bool;%M0.0;;True;True;True;;\nLineHold;Common;Bool;%M0.1;;True;True;True;;\n",
		"Constants.csv":       "Name,Path,Data Type,Value,Comment\nMaxBins,Constants,Int,12,\n",
		"PLC tags/Doors.xml": "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Document>\n  <SW.Tags.PlcTagTable ID=\"0\">\n    <AttributeList>\n      <Name>Doors</Name>\n    </AttributeList>\n    <ObjectList>\n" +
			"      <SW.Tags.PlcTag ID=\"1\" CompositionName=\"Tags\">\n        <AttributeList>\n          <DataTypeName>Bool</DataTypeName>\n          <LogicalAddress>%I0.3</LogicalAddress>\n          <Name>DoorOpen</Name>\n        </AttributeList>\n      </SW.Tags.PlcTag>\n" +
			"    </ObjectList>\n  </SW.Tags.PlcTagTable>\n</Document>\n",
		"Other/Probe.st": "PROGRAM Probe\nVAR\n    x : BOOL;\nEND_VAR\nx := PlantStop;\nEND_PROGRAM\n",
	}
	writeFiles(t, root, files)
	ws := workspace.New(codegen.NewRegistry(New()), root)
	errorsOf := func(rel string) []string {
		var got []string
		for _, fd := range checkBnR(t, ws, filepath.Join(root, filepath.FromSlash(rel)), files[rel]) {
			if fd.Severity == rules.Error {
				got = append(got, fd.Rule+": "+fd.Message)
			}
		}
		return got
	}
	if got, want := errorsOf("Program/FC_Line.scl"), []string{`st/undeclared-identifier: undeclared identifier "LineHlod"`}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("FC_Line.scl errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, want := errorsOf("Other/Probe.st"), []string{`st/undeclared-identifier: undeclared identifier "PlantStop"`}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Probe.st errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// writeFiles writes files (relative slash paths → text) under root, their folders made.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for rel, text := range files {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
