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
[demo]
mode = "fast"
names = ["%QX0.0", "bEStop"]
[demo.inner]
limit = 5.0
[[demo.inner.parts]]
number = 1
size = 10.0
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
	d := c.Section("demo").(*demoSection)
	if d.Mode != "fast" || d.Inner == nil || d.Inner.Limit != 5 || d.Inner.Parts[0].Size != 10 {
		t.Errorf("section %+v", d)
	}
	if c.Severities()["st/case-missing-else"] != 0 || len(d.Names) != 2 {
		t.Errorf("rules/section list not read")
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
