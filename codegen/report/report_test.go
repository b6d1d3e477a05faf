package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestJSONIsEncodingJSONIndented: the report written one diagnostic at a time is byte for
// byte what encoding/json writes for the whole report indented by two spaces, for files
// with and without findings, skipped rules, errors and encodings, and strings that JSON
// escapes (quotes, HTML characters, control characters, non-ASCII text).
func TestJSONIsEncodingJSONIndented(t *testing.T) {
	diag := func(rule, msg string) Diagnostic {
		return Diagnostic{Rule: rule, Severity: "error", Line: 3, Column: 7, EndLine: 4, EndColumn: 1, Message: msg}
	}
	reports := map[string]Report{
		"empty":    {},
		"no files": {Files: []File{}},
		"several": {Files: []File{
			{Path: "src/main.st", Language: "st", Diagnostics: []Diagnostic{diag("st/undeclared-identifier", `undeclared identifier "nSpeed"`), diag("st/syntax", "unexpected <, > & in \"a\tb\"\n")}},
			{Path: "clean.ngc", Language: "gcode", Diagnostics: []Diagnostic{}, Skipped: []string{"gcode/rapid-below-safe-z", "gcode/travel-limits"}},
			{Path: "grün/模块.sv", Language: "rtl", Diagnostics: []Diagnostic{diag("rtl/multiple-drivers", "q driven twice — in always_ff and assign\u2028")}, Encoding: "windows-1252"},
			{Path: "missing.st", Diagnostics: nil, Error: "open missing.st: no such file or directory"},
		}, Summary: Summary{Files: 4, Errors: 3}},
	}
	for name, r := range reports {
		want := r
		if want.Files == nil {
			want.Files = []File{}
		}
		var ref bytes.Buffer
		enc := json.NewEncoder(&ref)
		enc.SetIndent("", "  ")
		if err := enc.Encode(want); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := r.JSON(&got); err != nil {
			t.Fatal(err)
		}
		if got.String() != ref.String() {
			t.Errorf("%s: written\n%s\nencoding/json writes\n%s", name, got.String(), ref.String())
		}
		if !json.Valid(got.Bytes()) {
			t.Errorf("%s: not valid JSON", name)
		}
	}
}
