package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// encode writes text (UTF-8 in the test) to path in a Windows code page, as classic STEP 7,
// TwinCAT 2 or CODESYS V2 save their sources.
func encode(t *testing.T, path, text string, page *charmap.Charmap) {
	t.Helper()
	b, err := page.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheckReadsFilesInAWindowsCodePage: a source that is not UTF-8 is read as
// windows-1252 unless gantry.toml names its encoding, UTF-16 by its byte order mark;
// findings keep the lines and columns an editor shows, a project's files in a code page
// declare their names like any other, and `encoding = "utf-8"` refuses such files as before.
func TestCheckReadsFilesInAWindowsCodePage(t *testing.T) {
	const german = "PROGRAM MAIN (* Förderband *)\nVAR\n  x : INT;\nEND_VAR\n(* Größe *) x := x / 0;\nEND_PROGRAM\n"
	dir := t.TempDir()
	utf := filepath.Join(dir, "utf8", "main.st")
	os.MkdirAll(filepath.Dir(utf), 0o755)
	os.WriteFile(utf, []byte(german), 0o644)
	legacy := filepath.Join(dir, "cp1252", "main.st")
	os.MkdirAll(filepath.Dir(legacy), 0o755)
	encode(t, legacy, german, charmap.Windows1252)

	type result struct {
		Files []struct {
			Diagnostics []struct {
				Rule         string
				Line, Column int
			}
			Encoding string
		}
	}
	check := func(path string) (result, string) {
		t.Helper()
		out, stderr, code := gantry(t, "check", "--format", "json", path)
		if code != 1 {
			t.Fatalf("%s: exit %d, want 1 (a division by zero)\n%s%s", path, code, out, stderr)
		}
		var r result
		if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Files) != 1 {
			t.Fatalf("%s: %v\n%s", path, err, out)
		}
		return r, out
	}
	want, _ := check(utf)
	got, out := check(legacy)
	if got.Files[0].Encoding != "windows-1252" || want.Files[0].Encoding != "" {
		t.Errorf("encodings %q and %q, want windows-1252 and none:\n%s", got.Files[0].Encoding, want.Files[0].Encoding, out)
	}
	if len(got.Files[0].Diagnostics) != 1 || len(want.Files[0].Diagnostics) != 1 ||
		got.Files[0].Diagnostics[0] != want.Files[0].Diagnostics[0] || got.Files[0].Diagnostics[0].Column != 22 {
		t.Errorf("the code-page file's findings %+v, the UTF-8 file's %+v (want one at line 5, column 22 (the divisor) in both)", got.Files[0].Diagnostics, want.Files[0].Diagnostics)
	}
	if text, _, _ := gantry(t, "check", legacy); !strings.Contains(text, "note: 1 file is not UTF-8 and read as windows-1252") {
		t.Errorf("text output says nothing of the encoding:\n%s", text)
	}

	// UTF-16 with its byte order mark, as Windows PowerShell's `>` writes a file.
	wide := filepath.Join(dir, "utf16", "main.st")
	os.MkdirAll(filepath.Dir(wide), 0o755)
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(german))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(wide, u16, 0o644)
	if got, out := check(wide); got.Files[0].Encoding != "utf-16le" || len(got.Files[0].Diagnostics) != 1 || got.Files[0].Diagnostics[0] != want.Files[0].Diagnostics[0] {
		t.Errorf("a UTF-16 file: %+v, want the UTF-8 file's finding and encoding utf-16le\n%s", got.Files[0], out)
	}

	// A Cyrillic SCL project: its gantry.toml names the code page, so the source line
	// under a finding reads as written; a function another file declares is found.
	scl := filepath.Join(dir, "cp1251")
	os.MkdirAll(scl, 0o755)
	os.WriteFile(filepath.Join(scl, "gantry.toml"), []byte("encoding = \"cp1251\"\n"), 0o644)
	encode(t, filepath.Join(scl, "FB_Pumpe.scl"), "FUNCTION_BLOCK \"FB_Pumpe\" (* Насос *)\nVAR\n  x : INT;\nEND_VAR\nBEGIN\n  \"Привод\".speed := \"F_Skaliere\"(n := #x) / 0;\nEND_FUNCTION_BLOCK\n", charmap.Windows1251)
	encode(t, filepath.Join(scl, "F_Skaliere.scl"), "FUNCTION \"F_Skaliere\" : INT (* Масштаб *)\nVAR_INPUT\n  n : INT;\nEND_VAR\nBEGIN\n  #F_Skaliere := #n * 2;\nEND_FUNCTION\n", charmap.Windows1251)
	text, stderr, code := gantry(t, "check", filepath.Join(scl, "FB_Pumpe.scl"))
	if code != 1 || !strings.Contains(text, "division-by-zero") || strings.Contains(text, "undeclared") {
		t.Fatalf("exit %d, want only the division by zero:\n%s%s", code, text, stderr)
	}
	if !strings.Contains(text, `"Привод".speed`) || !strings.Contains(text, "read as windows-1251") {
		t.Errorf("the source line is not decoded from windows-1251:\n%s", text)
	}

	// `--config FILE` is the configuration of the project's other files too: with
	// encoding = "utf-8" there, a function declared in a file in a code page is not seen.
	proj := filepath.Join(dir, "config")
	os.MkdirAll(proj, 0o755)
	caller := filepath.Join(proj, "main.st")
	os.WriteFile(caller, []byte("PROGRAM MAIN\nVAR\n  x : INT;\nEND_VAR\nx := F_Skaliere(x);\nEND_PROGRAM\n"), 0o644)
	encode(t, filepath.Join(proj, "f.st"), "FUNCTION F_Skaliere : INT (* Масштаб *)\nVAR_INPUT\n  n : INT;\nEND_VAR\nF_Skaliere := n * 2;\nEND_FUNCTION\n", charmap.Windows1251)
	if out, _, code := gantry(t, "check", caller); code != 0 {
		t.Errorf("the function in a code page is not seen: exit %d\n%s", code, out)
	}
	strictCfg := filepath.Join(dir, "strict.toml")
	os.WriteFile(strictCfg, []byte("encoding = \"utf-8\"\n"), 0o644)
	if out, _, _ := gantry(t, "check", "--config", strictCfg, caller); !strings.Contains(out, `call of unknown "F_Skaliere"`) {
		t.Errorf("--config with encoding = utf-8 still read the other file:\n%s", out)
	}

	// encoding = "utf-8" refuses files that are not, saying which setting did.
	strict := filepath.Join(dir, "strict")
	os.MkdirAll(strict, 0o755)
	os.WriteFile(filepath.Join(strict, "gantry.toml"), []byte("encoding = \"utf-8\"\n"), 0o644)
	encode(t, filepath.Join(strict, "main.st"), german, charmap.Windows1252)
	if _, stderr, code := gantry(t, "check", filepath.Join(strict, "main.st")); code != 2 || !strings.Contains(stderr, "invalid UTF-8 at line 1") || !strings.Contains(stderr, `encoding = "utf-8"`) {
		t.Errorf("encoding = utf-8: exit %d %q", code, stderr)
	}
	os.WriteFile(filepath.Join(strict, "gantry.toml"), []byte("encoding = \"ebcdic-42\"\n"), 0o644)
	if _, stderr, code := gantry(t, "check", filepath.Join(strict, "main.st")); code != 2 || !strings.Contains(stderr, `unknown encoding "ebcdic-42"`) {
		t.Errorf("an unknown encoding: exit %d %q", code, stderr)
	}
}
