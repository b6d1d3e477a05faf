package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindWalksUpAndLoadsProfile(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	body := `model = "qwen2.5-coder:1.5b"
[rules]
"st/case-missing-else" = "off"
[st]
protected = ["%QX0.0", "bEStop"]
[gcode.machine]
controller = "linuxcnc"
units = "mm"
max_spindle_rpm = 12000
safe_z = 5.0
[gcode.machine.travel]
x = [0, 500]
[[gcode.machine.tools]]
number = 1
diameter = 10.0
`
	if err := os.WriteFile(filepath.Join(root, FileName), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := ForFile(filepath.Join(sub, "main.st"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Model != "qwen2.5-coder:1.5b" || c.Path != filepath.Join(root, FileName) {
		t.Errorf("model %q path %q", c.Model, c.Path)
	}
	if c.GCode.Machine == nil || *c.GCode.Machine.SafeZ != 5 || c.GCode.Machine.Tools[0].Diameter != 10 {
		t.Errorf("machine %+v", c.GCode.Machine)
	}
	if c.Severities()["st/case-missing-else"] != 0 || len(c.ST.Protected) != 2 {
		t.Errorf("rules/protected not read")
	}
	if c.Completion.MaxTokens != 128 {
		t.Errorf("defaults lost: %+v", c.Completion)
	}
}

func TestUnknownKeyAndBadValuesAreErrors(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	os.WriteFile(p, []byte("modle = \"x\"\n"), 0o644)
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "modle") {
		t.Errorf("typo must be reported, got %v", err)
	}
	os.WriteFile(p, []byte("[rules]\n\"st/x\" = \"loud\"\n"), 0o644)
	if _, err := Load(p); err == nil {
		t.Error("bad severity must be reported")
	}
}

func TestMergeJSONAcceptsWrappedSettings(t *testing.T) {
	c := Default()
	if err := c.MergeJSON([]byte(`{"gantry":{"model":"m","completion":{"max_tokens":64}}}`)); err != nil {
		t.Fatal(err)
	}
	if c.Model != "m" || c.Completion.MaxTokens != 64 || c.Completion.NumCtx != 4096 {
		t.Errorf("%+v", c)
	}
	if err := c.MergeJSON([]byte(`{"backend":"cloud"}`)); err == nil {
		t.Error("unknown backend must be rejected")
	}
}
