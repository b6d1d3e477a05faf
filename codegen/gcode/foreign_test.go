package gcode

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// TestForeignDialectDetection: programs in Sinumerik's, Heidenhain's or Syntec's own
// language are recognised by their extension or by constructs only that controller
// writes; programs of the dialects Gantry reads are never taken for one, even with a `;`
// comment, a Haas IF-block, an Okuma variable, Grbl settings or Klipper parameters.
func TestForeignDialectDetection(t *testing.T) {
	cases := []struct {
		path, text, want string // want: the dialect's name, "" for none
	}{
		{"a.mpf", "G0 X1\nM30\n", nameSinumerik},
		{"A.SPF", "G1 X1 F100\nM17\n", nameSinumerik},
		{"a.nc", "%_N_PLATE_MPF\n;$PATH=/_N_MPF_DIR\nG0 X1\n", nameSinumerik},
		{"a.nc", "N10 DEF REAL DEPTH=5\nG1 Z=-DEPTH F100\n", nameSinumerik},
		{"a.nc", "PROC SLOT(REAL W) SAVE\nG1 X=W\nRET\n", nameSinumerik},
		{"a.nc", "G0 X0 Y0\nMCALL CYCLE81(10,0,2,-5)\nX10\nMCALL\nGOTOF END\nEND:\nM30\n", nameSinumerik},
		{"a.nc", "G0 SUPA Z0 D0\nG2 X10 Y0 CR=5\nM30\n", nameSinumerik},
		{"a.cnc", "$AA_ENC_COMP[0,1,B1]=0.005\n", nameSinumerik},
		{"a.nc", "OFFSETS_TABLE[3]=12.5\n", nameSinumerik},
		// the older Sinumerik controls' %MPF/%SPF headers, with R parameters and @ codes
		{"a.nc", "(FIXTURE 2)\n%MPF 12\nR11=20.5 R12=-3\nN5 @100 K40\nN10 G0 X=R11\nL925\nM30\n", nameSinumerik},
		{"a.nc", "%SPF925\nN1 G1 X10 F200\nM17\n", nameSinumerik},
		{"a.nc", "%\nO0012 (MPF SPF)\nG0 X1\nM30\n%\n", ""},
		// slicer custom G-code templates: conditional blocks, placeholders as values
		{"end.gcode", "G91\n{if max_layer_z < max_print_height}G1 Z{z_offset+2} F600{endif}\nG90\nM84\n", nameTemplate},
		{"start.gcode", "; bed first\nM140 S{first_layer_bed_temperature[0]}\nG28\nM190 S{first_layer_bed_temperature[0]}\n", nameTemplate},
		{"toolchange.gcode", "G1 E-2 F2400\nT[next_extruder]\nG92 E0\n", nameTemplate},
		{"a.gcode", "M104 S200 ; wait for {first_layer_temperature}\nG28 (home [all_axes])\nG1 X10 F3000\n", ""},
		{"a.gcode", "G1 X{move.axes[0].max - 10} Y{global.probe_y} F6000\nM400\n", ""},
		{"a.ngc", "G0 X[#<_x_max> - 1] Y[#5 + 2]\nM2\n", ""},
		{"a.ngc", "o<park> sub\nG53 G0 Z#<_ini[AXIS_Z]MAX_LIMIT>\nG53 G0 X#<_ini[TOOL_RACK]PARK_X>\no<park> endsub\nM2\n", ""},
		{"a.nc", "0  BEGIN PGM P1 MM\n1  L Z+50 R0 FMAX\n2  END PGM P1 MM\n", nameKlartext},
		{"a.nc", "TOOL CALL 3 Z S2000\nL X+10 Y+5 R0 FMAX\nCYCL DEF 200 DRILLING\n", nameKlartext},
		{"a.nc", "%P1 G71 *\nN10 G00 X+0 *\nN20 G01 Z-1 F100 *\nN99999999 %P1 G71 *\n", nameHeidISO},
		{"a.nc", "%@MACRO\n#1:=#1+1;\n", nameSyntecMacr},
		{"a.nc", "$PART1.MIN%\nG0 X1\nM02\n", nameOkuma},
		{"a.nc", "(SHOP PART)\nCALL OSETUP\nIF [VC1 EQ 2] NSKIP\nG0 X1\nNSKIP M02\n", nameOkuma},
		{"a.nc", "IF [#1 == 0]\n  M5\nEND_IF\nM99\n", nameSyntecMacr},
		{"a.nc", "// spindle warm-up\n#110 = @100\nIF [#100 == #110]\nM5\nM99\n", nameSyntecMacr},
		// an LNC/Syntec probing call: @ variables set on their own lines, then passed on
		{"a.nc", "; boss width %@MACRO in a comment\nM10719\nG17 G40 G80 G90\n@880 = 25\t; width\nG43 H9 Z@820\nM10812 X@880 F3000.\nM30\n", nameSyntecMacr},
		// PlanetCNC scripts: dialog comments, indexed parameters, its functions
		{"a.gcode", "(name,Clamp)\no<c> if[NOTEXISTS[#<q>]]\n  #<q> = 1\no<c> endif\nM2\n", namePlanetCNC},
		{"a.nc", "%\n(name,Square)\n(dlgname,Square)\n(dlg,Size, dec=1, def=30, param=size)\n(dlgshow)\nG0 X#<size>\nM2\n", namePlanetCNC},
		{"a.gcode", "#<_output_num|#<pin>> = 1\no<w> if[LNOT[ACTIVE[]]]\n  M99\no<w> endif\n", namePlanetCNC},
		{"a.gcode", "(name,Measure Height)\no<chk> if[#<_probe> EQ 0]\n  M2\no<chk> endif\nG65 P121 R1\nM2\n", namePlanetCNC},
		// a CNCjs macro: JavaScript assignments and [expression] values filled in by the sender
		{"a.nc", "%safeZ = 10\n%feed = 150\nG0 Z[safeZ]\nG38.2 Z-20 F[feed]\n%zTop = posz\n", nameCNCjs},
		// an Eding CNC macro file: sub/endsub without o-words, gosub, quoted messages
		{"macro.cnc", "sub user_2\n  gosub park\nendsub\nsub park\n  G53 G0 Z0\nendsub\n", nameEding},
		{"a.cnc", ";* user macros\nSub zero_z ;probe the top\n  if [#5397 == 0]\n    msg \"probing\"\n  endif\nEndsub\n", nameEding},
		// CNC Simulator's $-commands, in a comment or on their own
		{"a.nc", "($SetPartSize(100, 100, 20, 1) )\nO0025\nG0 X1\nM30\n", nameCNCSim},
		{"a.nc", "%\n$AddRegPart 1\nG0 X1\nM30\n", nameCNCSim},

		{"a.nc", "O1000 ; a Fanuc program with a semicolon comment\nG21 G90 G54\nG0 X1 ; rapid\nM30\n", ""},
		{"a.nc", "O9000\nIF [#1 EQ 0] #2=1\nIF [#2 GT 1] THEN #3=2\nWHILE [#2 LT 5] DO1\n#2=#2+1\nEND1\nGOTO 10\nN10 M99\n", ""},
		{"a.ngc", "o100 if [#1 GT 0]\nG0 X1\no100 endif\no200 while [#2 LT 3]\no200 endwhile\n(MSG, done)\nM2\n", ""},
		{"a.nc", "O1234\nVC1=10\nIF [VC1 EQ 10] N100\nN100 M30\n", ""},
		{"a.nc", "$H\n$110=500\n$J=G91 X1 F100\nG0 X1\n", ""},
		{"a.gcode", "SET_HEATER_TEMPERATURE HEATER=extruder TARGET=200\nEXCLUDE_OBJECT_DEFINE NAME=part CENTER=10,10\nG1 X1 E1\n", ""},
		{"a.nc", "G0 X1 (SUPA TRAORI in a comment)\nG1 X2 F10 ; CYCLE81( in a comment\nM30\n", ""},
		{"a.nc", "N1 G00 X10 Y20 *45\nN2 G01 X5 *12\nM30\n", ""},
		{"a.nc", "O0100\nN100(FACE MILL)\nN200(DRILL)\nG0 X1\nM30\n", ""},
		{"a.gcode", "NOZZLE_CLEAN\nPRINT_START BED=60\nG1 X1 E1\n", ""},
		// RepRapFirmware meta commands are printer code; a template's Jinja conditionals
		// (Klipper's macro language) are a template, never Sinumerik's or Syntec's IF
		{"a.g", "var probes = 0\nwhile iterations < 3\n  G30 P0 X10 Y10 Z-99999\nif move.axes[2].homed == false\n  G28 Z\necho \"done\"\n", ""},
		{"a.gcode", "{% if printer.heater_bed.target == 0 %}\nM140 S60\n{% endif %}\nG28\n", nameTemplate},
		// LinuxCNC's polar words, its (print,…)/(debug,…) comments and EXISTS[]
		{"a.ngc", "G0 X0 Y0\nG1 @5 ^30 F100\n(print, done)\no1 if [EXISTS[#<_a>]]\no1 endif\nM2\n", ""},
		{"a.ngc", "(name of the part: bracket)\n#<name> = 3\nG0 X#<name>\nM2\n", ""},
		{"a.ngc", "(name,bracket)\no<a> if [#1 GT 0]\no<a> endif\nM2\n", ""},
		{"a.nc", "(name,bracket)\nO1000\nG65 P9010 X1.\nM30\n", ""},
		{"a.nc", "%\nO1000\nG0 X1\nM30\n%\n", ""},
		// one Eding-like construct is not enough; Grbl's $ lines and a comment about them are
		// no simulator command
		{"a.ngc", "o<park> sub\nG53 G0 Z0\no<park> endsub\n(MSG, parked)\nM2\n", ""},
		{"a.cnc", "sub park\nG0 X1\nM30\n", ""},
		{"a.nc", "($H (home first))\n$H\n$X\nG0 X1\n", ""},
	}
	for _, c := range cases {
		got := ""
		if f := detectForeign(c.path, []byte(c.text), false); f != nil {
			got = f.Name
		}
		if got != c.want {
			t.Errorf("%s %q: %q, want %q", c.path, c.text, got, c.want)
		}
	}
	// a dialect named in the configuration is not second-guessed by content; the
	// controller's own extension still decides
	if f := detectForeign("a.nc", []byte("G0 SUPA Z0\nGOTOF END\n"), true); f != nil {
		t.Errorf("explicit dialect: %v", f.Name)
	}
	if f := detectForeign("a.spf", []byte("G0 X1\n"), true); f == nil {
		t.Error("explicit dialect: an .spf file is still Sinumerik")
	}
}

// TestClaimsHeidenhainFiles: an .h or .i file is a Heidenhain program only when its first
// block is BEGIN PGM or a `%NAME G71 *` header; C headers stay C.
func TestClaimsHeidenhainFiles(t *testing.T) {
	cases := []struct {
		path, head string
		want       bool
	}{
		{"p.h", "0  BEGIN PGM PLATE MM\n1  L Z+50 R0 FMAX\n", true},
		{"P.H", "\nBEGIN PGM PLATE INCH\n", true},
		{"p.i", "%PLATE G71 *\nN10 G00 Z+50 *\n", true},
		{"p.h", "#ifndef PLATE_H\n#define PLATE_H\n/* BEGIN PGM */\n#endif\n", false},
		{"p.h", "// BEGIN PGM PLATE MM\n", false},
		{"p.i", "# 1 \"plate.c\"\nint x;\n", false},
		{"p.nc", "BEGIN PGM PLATE MM\n", false}, // .nc is G-code by extension already
		{"p.h", "BEGIN PGM P MM\x00", false},
	}
	for _, c := range cases {
		if got := claimsForeignFile(c.path, []byte(c.head)); got != c.want {
			t.Errorf("%s %q: %v, want %v", c.path, c.head, got, c.want)
		}
	}
	// Sinumerik's .mpf and .spf files, but not a ModelSim project kept as .mpf
	reg := codegen.NewRegistry(New())
	dir := t.TempDir()
	for name, c := range map[string]struct {
		text string
		want bool
	}{
		"PART.MPF":    {"; drill the plate\nG17 G54 G90\nMCALL CYCLE81(10,0,1,-5)\nM30\n", true},
		"pocket.spf":  {"PROC POCKET_A\nG1 X10 F200\nRET\n", true},
		"project.mpf": {"; ModelSim project\n[Library]\nstd = $MODEL_TECH/../std\n[Project]\nProject_Version = 6\n", false},
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := reg.ForPath(p) != nil; got != c.want {
			t.Errorf("%s: claimed %v, want %v", name, got, c.want)
		}
	}
}

// TestForeignDialectOneFinding: a Sinumerik program checked as a whole (a tree, the LSP's
// and `gantry check`'s path) and as a large text-only document gets one information
// finding on its first line and nothing else — no syntax error, no rule finding.
func TestForeignDialectOneFinding(t *testing.T) {
	text := "; drill the row\nDEF INT N=3\nR1=0\nLOOP_START:\nG0 X=R1*10 Y0\nMCALL CYCLE81(5,0,1,-8)\nR1=R1+1\nIF R1<N GOTOB LOOP_START\nMCALL\nG0 G1 X1 X2\nM30\n"
	pk := New()
	cfg := config.Default()
	f, err := syntax.Parse(context.Background(), language, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if !f.Root().HasError() {
		t.Fatal("the sample should not parse as G-code, or the test shows nothing")
	}
	for _, path := range []string{"/w/row.nc", "/w/ROW.MPF"} {
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: cfg})
		if len(res.Findings) != 1 {
			t.Fatalf("%s: %d findings, want 1: %+v", path, len(res.Findings), res.Findings)
		}
		fd := res.Findings[0]
		if fd.Rule != "gcode/dialect-not-checked" || fd.Severity != rules.Info || fd.Start != 0 || fd.End != len("; drill the row") ||
			!strings.Contains(fd.Message, "Siemens Sinumerik") || !strings.Contains(fd.Message, "not checked") {
			t.Errorf("%s: %+v", path, fd)
		}
		errs, res2 := pk.Diagnose(context.Background(), path, []byte(text), cfg)
		if len(errs) != 0 || len(res2.Findings) != 1 || res2.Findings[0].Rule != "gcode/dialect-not-checked" {
			t.Errorf("%s text-only: %d syntax errors, findings %+v", path, len(errs), res2.Findings)
		}
	}
}

// TestScriptNotChecked: a file whose first line is an interpreter line (`#!/usr/bin/python3`)
// is an executable, a LinuxCNC user M code or filter kept beside the G-code, not a program
// of any dialect (before, a Python user M code saved as .ngc read as a Sinumerik program),
// whatever the configured dialect; `#` parameters and a `#!` later in a file are G-code.
func TestScriptNotChecked(t *testing.T) {
	for _, c := range []struct {
		text     string
		explicit bool
		want     bool
	}{
		{"#!/usr/bin/python3\nimport sys\nvalue = float(sys.argv[1])\nprint(value)\n", false, true},
		{"#!/bin/bash\nhalcmd setp spindle.0.on 1\nexit 0\n", true, true},
		{"\xEF\xBB\xBF#! /usr/bin/env tclsh\nputs done\n", false, true},
		{"#1 = 5\nG0 X#1\nM2\n", false, false},
		{"G21\n#!/bin/sh\nM2\n", false, false},
		{"#!\nG0 X1\n", false, false},
	} {
		f := detectForeign("/w/m101.ngc", []byte(c.text), c.explicit)
		if got := f != nil && f.Name == "Executable script"; got != c.want {
			t.Errorf("%q explicit=%v: script %v, want %v", c.text, c.explicit, got, c.want)
		}
	}
	script := "#!/usr/bin/python3\nimport sys\nP = int(float(sys.argv[1]))\nprint(\"M101 P%d\" % P)\n"
	f, err := syntax.Parse(context.Background(), language, []byte(script))
	if err != nil {
		t.Fatal(err)
	}
	res := codegen.Diagnose(context.Background(), New(), codegen.CheckRequest{Path: "/w/nc_files/m101.ngc", File: f, Config: config.Default()})
	if len(res.Findings) != 1 || res.Findings[0].Rule != "gcode/dialect-not-checked" ||
		!strings.Contains(res.Findings[0].Message, "executable script (#!/usr/bin/python3)") {
		t.Errorf("a Python user M code: %+v, want one dialect-not-checked note", res.Findings)
	}
}

// TestGitLFSPointerNotChecked: a program kept in Git LFS is, in a checkout made without LFS,
// a pointer file (the Git LFS specification: a version line first, then oid and size, under
// 1024 bytes). It gets one information finding that the program is not in the checkout, not
// a syntax error on each of its lines, whatever the configured dialect; text that only
// mentions the URL, or a long file that starts with it, is read as G-code.
func TestGitLFSPointerNotChecked(t *testing.T) {
	oid := strings.Repeat("0123456789abcdef", 4)
	pointer := "version https://git-lfs.github.com/spec/v1\noid sha256:" + oid + "\nsize 48213\n"
	for _, c := range []struct {
		text     string
		explicit bool
		want     bool
	}{
		{pointer, false, true},
		{pointer, true, true}, // a dialect named in the configuration does not make it code
		{strings.ReplaceAll(pointer, "\n", "\r\n"), false, true},
		{"version https://hawser.github.com/spec/v1\noid sha256:" + oid + "\nsize 7\n", false, true},
		{"(version https://git-lfs.github.com/spec/v1)\nG0 X1\nM2\n", false, false},
		{"version https://git-lfs.github.com/spec/v1\nG0 X1\n", false, false},                         // no oid: not a pointer
		{pointer + strings.Repeat("G1 X1 Y1 F100\n", 80), false, false},                               // 1 KB or more: not a pointer
		{"G21\n; version https://git-lfs.github.com/spec/v1\noid sha256:" + oid + "\n", false, false}, // not first
	} {
		f := detectForeign("/w/part.gcode", []byte(c.text), c.explicit)
		if got := f != nil; got != c.want {
			t.Errorf("%q explicit=%v: pointer %v, want %v", c.text, c.explicit, got, c.want)
		}
	}

	pk := New()
	cfg := config.Default()
	f, err := syntax.Parse(context.Background(), language, []byte(pointer))
	if err != nil {
		t.Fatal(err)
	}
	if !f.Root().HasError() {
		t.Fatal("the pointer should not parse as G-code, or the test shows nothing")
	}
	for _, path := range []string{"/w/benchy.gcode", "/w/PART.NC", "/w/probe.ngc"} {
		res := codegen.Diagnose(context.Background(), pk, codegen.CheckRequest{Path: path, File: f, Config: cfg})
		if len(res.Findings) != 1 {
			t.Fatalf("%s: %d findings, want 1: %+v", path, len(res.Findings), res.Findings)
		}
		fd := res.Findings[0]
		if fd.Rule != "gcode/dialect-not-checked" || fd.Severity != rules.Info || fd.Start != 0 ||
			!strings.Contains(fd.Message, "Git LFS pointer") || !strings.Contains(fd.Message, "git lfs pull") {
			t.Errorf("%s: %+v", path, fd)
		}
	}
}
