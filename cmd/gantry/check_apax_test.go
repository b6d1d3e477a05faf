package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCheckAXProjectPackages: the packages a SIMATIC AX project's apax.yml depends on are
// libraries Gantry has no list of, so a name under their namespaces (AxUnit.Mocking,
// System.Serialization) is unknown, not undeclared; without the dependency it is an
// error, and a misspelt variable is one either way.
func TestCheckAXProjectPackages(t *testing.T) {
	const src = `NAMESPACE App
    CLASS Recorder
        VAR _count : INT; END_VAR
        METHOD PUBLIC Record
            VAR_TEMP p : REF_TO INT; END_VAR
            p ?= AxUnit.Mocking.GetPayload();
            _count := System.Serialization.SerializeLittle(pos := 0);
            _cuont := 1;
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	for _, tc := range []struct {
		name, manifest, want string
	}{
		{"with the packages", "name: \"app\"\ntype: app\ndependencies:\n  \"@ax/system-serialization\": ^8.0.7\ndevDependencies:\n  \"@ax/axunit-mocking\": ^9.3.7\n",
			`undeclared identifier "_cuont"`},
		{"without them", "name: \"app\"\ntype: app\n",
			`undeclared identifier "AxUnit"; undeclared identifier "System"; undeclared identifier "_cuont"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "apax.yml"), []byte(tc.manifest), 0o644)
			os.MkdirAll(filepath.Join(dir, "src"), 0o755)
			file := filepath.Join(dir, "src", "recorder.st")
			os.WriteFile(file, []byte(src), 0o644)
			out, stderr, _ := gantry(t, "check", file)
			var got []string
			for _, line := range strings.Split(out, "\n") {
				if _, msg, ok := strings.Cut(line, "error st/undeclared-identifier: "); ok {
					got = append(got, msg)
				}
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("got %q, want %q\n%s%s", got, tc.want, out, stderr)
			}
		})
	}
}

// TestCheckAXTypoOfShortVariable: in an AX file that imports a package's namespace Gantry
// cannot see, a dotted name nothing declares may be the package's. Not a root two edits
// from a variable of the POU whose type has the member after the dot (`tankZq.rLevel`
// beside tank, a structure with rLevel), however short the variable's name: the member is
// the second witness of the typo. The same root with a member the structure lacks stays
// unknown.
func TestCheckAXTypoOfShortVariable(t *testing.T) {
	const src = `USING Siemens.Simatic.Clocks;

TYPE
    TankData : STRUCT
        rLevel : REAL;
        rMax : REAL;
    END_STRUCT;
END_TYPE

PROGRAM Filling
    VAR_EXTERNAL
        tank : TankData;
    END_VAR
    VAR_TEMP
        r : REAL;
    END_VAR
    r := tankZq.rLevel;
    r := tankZq.rElapsed;
    r := tank.rMax;
END_PROGRAM

CONFIGURATION Main
    VAR_GLOBAL
        tank : TankData;
    END_VAR
END_CONFIGURATION
`
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "apax.yml"), []byte("name: \"app\"\ntype: app\ndevDependencies:\n  \"@ax/sdk\": ^2510.0.0\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "src"), 0o755)
	file := filepath.Join(dir, "src", "filling.st")
	os.WriteFile(file, []byte(src), 0o644)
	out, stderr, _ := gantry(t, "check", file)
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "error st/undeclared-identifier: ") {
			got = append(got, strings.TrimSpace(strings.SplitN(line, " error", 2)[0]))
		}
	}
	if want := []string{file + ":17:10:"}; strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("undeclared identifiers at %q, want %q\n%s%s", got, want, out, stderr)
	}
}

// Siemens' own SIMATIC AX libraries declare their functions in the namespace of the package
// they build (`Simatic.Ax.Dosing` for `name: "@simatic-ax/dosing"`): those are the project's
// functions, not overloads packages add to a Siemens namespace, and a call binding an output
// with `:=` is reported. A function the project adds to another Siemens namespace
// (`Simatic.Ax.Tools`) is still left alone, as is every one where apax.yml names another
// package. A namespace named by a word of five letters or more of the package's name is
// the package's too (`Simatic.Ax.Dosing` for `@simatic-ax/dosing-station-lib`, as Siemens'
// standardizer tutorial declares Simatic.Ax.Tutorial).
func TestCheckAXOwnPackageNamespace(t *testing.T) {
	const src = `NAMESPACE Simatic.Ax.Dosing
    FUNCTION ConfigureDose : BOOL
        VAR_INPUT
            amount : REAL;
        END_VAR
        VAR_OUTPUT
            config : DWORD;
        END_VAR
        config := DWORD#1;
        ConfigureDose := amount > 0.0;
    END_FUNCTION
END_NAMESPACE

NAMESPACE Simatic.Ax.Tools
    FUNCTION Pack : BOOL
        VAR_OUTPUT
            packed : DWORD;
        END_VAR
        packed := DWORD#0;
        Pack := TRUE;
    END_FUNCTION
END_NAMESPACE

NAMESPACE Simatic.Ax.Dosing.Tests
    USING Simatic.Ax.Dosing;
    USING Simatic.Ax.Tools;
    CLASS TestDose
        METHOD PUBLIC Run
            VAR_TEMP
                cfg : DWORD;
                ok : BOOL;
            END_VAR
            ok := ConfigureDose(amount := 1.0, config => cfg);
            ok := ConfigureDose(amount := 1.0, config := cfg);
            ok := Pack(packed := cfg);
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	for _, tc := range []struct {
		name, manifest string
		want           []string
	}{
		{"the package's own namespace", "name: \"@simatic-ax/dosing\"\ntype: lib\n", []string{"src/dosing.st:34"}},
		{"a word of the package's name", "name: \"@simatic-ax/dosing-station-lib\"\ntype: lib\n", []string{"src/dosing.st:34"}},
		{"another package", "name: \"@simatic-ax/mixing\"\ntype: lib\n", nil},
		{"a short word", "name: \"@simatic-ax/ax-dose\"\ntype: lib\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "apax.yml"), []byte(tc.manifest), 0o644)
			os.MkdirAll(filepath.Join(dir, "src"), 0o755)
			os.WriteFile(filepath.Join(dir, "src", "dosing.st"), []byte(src), 0o644)
			out, stderr, _ := gantry(t, "check", dir)
			got := ruleAt(out, dir, "st/argument-direction")
			if !slices.Equal(got, tc.want) {
				t.Errorf("argument-direction at %q, want %q\n%s%s", got, tc.want, out, stderr)
			}
		})
	}
}

// TestCheckAXProjectsApart: a repository of several SIMATIC AX projects (a course whose
// exercises are each an apax.yml project) declares the same block in each, a little
// different from one exercise to the next. Each project's code calls its own block, so
// the rules judge a call against it: before, the name declared twice differently was left
// alone and an output bound with := went unseen.
func TestCheckAXProjectsApart(t *testing.T) {
	const valve = `NAMESPACE Course.Modules
    FUNCTION_BLOCK Valve
        VAR_INPUT
            cmdOpen : BOOL;
%s        END_VAR
        VAR_OUTPUT
            ctrlOpen : BOOL;
        END_VAR
        ctrlOpen := cmdOpen;
    END_FUNCTION_BLOCK
END_NAMESPACE
`
	const program = `USING Course.Modules;
NAMESPACE Course
    PROGRAM Fluid
        VAR
            inlet : Valve;
            open : BOOL;
        END_VAR
        inlet(cmdOpen := TRUE, ctrlOpen := open);
    END_PROGRAM
END_NAMESPACE
`
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "apax.yml"), []byte("name: \"course\"\ntype: generic\n"), 0o644)
	for i, extra := range []string{"", "            cmdClose : BOOL;\n"} {
		ex := filepath.Join(dir, "exercises", []string{"1_valve", "2_tank"}[i])
		os.MkdirAll(filepath.Join(ex, "src"), 0o755)
		os.WriteFile(filepath.Join(ex, "apax.yml"), []byte("name: \"exercise\"\ntype: app\n"), 0o644)
		os.WriteFile(filepath.Join(ex, "src", "valve.st"), []byte(strings.Replace(valve, "%s", extra, 1)), 0o644)
		os.WriteFile(filepath.Join(ex, "src", "program.st"), []byte(program), 0o644)
	}
	out, stderr, _ := gantry(t, "check", dir)
	got := ruleAt(out, dir, "st/argument-direction")
	want := []string{"exercises/1_valve/src/program.st:8", "exercises/2_tank/src/program.st:8"}
	if !slices.Equal(got, want) {
		t.Errorf("argument-direction at %q, want %q\n%s%s", got, want, out, stderr)
	}
}

// TestCheckAXRelativeNamespaceTypo: under `USING Course.Conversion;` a call names the
// project's nested namespace relative to it (`Strings.ToInt(…)` for
// Course.Conversion.Strings.ToInt). A root one or two edits from such a namespace, going on
// with a function that namespace holds or a namespace nested in it, is a typo, also where
// the file imports a package Gantry cannot see (AxUnit); a root close to it going on with a
// name the project does not declare there may be a package's, and is left alone.
func TestCheckAXRelativeNamespaceTypo(t *testing.T) {
	const lib = `NAMESPACE Course.Conversion.Strings
    FUNCTION ToInt : BOOL
        VAR_INPUT
            str : STRING;
        END_VAR
        ToInt := str <> '';
    END_FUNCTION
END_NAMESPACE
NAMESPACE Course.Conversion.Strings.ToArray
    FUNCTION OfLint : BOOL
        VAR_INPUT
            str : STRING;
        END_VAR
        OfLint := str <> '';
    END_FUNCTION
END_NAMESPACE
`
	const test = `USING AxUnit.Assert;
USING Course.Conversion;
NAMESPACE Course.Tests
    CLASS TestConversion
        METHOD PUBLIC Run
            VAR_TEMP
                ok : BOOL;
            END_VAR
            ok := Strings.ToInt(str := '1');
            ok := StringsZq.ToInt(str := '1');
            ok := Strngs.ToArray.OfLint(str := '1');
            ok := Strings.ToArray.OfLint(str := '1');
            ok := Strngs.FromInt(str := '1');
        END_METHOD
    END_CLASS
END_NAMESPACE
`
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "apax.yml"), []byte("name: \"@course/conversion\"\ntype: lib\ndevDependencies:\n  \"@ax/axunit\": ^6.0.0\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "src"), 0o755)
	os.MkdirAll(filepath.Join(dir, "test"), 0o755)
	os.WriteFile(filepath.Join(dir, "src", "strings.st"), []byte(lib), 0o644)
	os.WriteFile(filepath.Join(dir, "test", "conversion_test.st"), []byte(test), 0o644)
	out, stderr, _ := gantry(t, "check", dir)
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if at, msg, ok := strings.Cut(line, ": error st/undeclared-identifier: "); ok {
			parts := strings.Split(at, ":")
			got = append(got, parts[len(parts)-2]+" "+msg)
		}
	}
	want := []string{`10 undeclared identifier "StringsZq"`, `11 undeclared identifier "Strngs"`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q\n%s%s", got, want, out, stderr)
	}
}

// ruleAt lists where gantry check's text output reports rule, as file:line relative to dir.
func ruleAt(out, dir, rule string) []string {
	var at []string
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, rule) {
			loc, _, _ := strings.Cut(line, ": ")
			rel, _ := filepath.Rel(dir, strings.Join(strings.Split(loc, ":")[:2], ":"))
			at = append(at, filepath.ToSlash(rel))
		}
	}
	return at
}
