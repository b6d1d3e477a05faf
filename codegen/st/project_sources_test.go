package st

import (
	"path/filepath"
	"slices"
	"testing"
)

func TestPLCProjectSourcesReadsTheCompileList(t *testing.T) {
	text := []byte(`<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <Compile Include="POUs\MAIN.TcPOU">
      <SubType>Code</SubType>
    </Compile>
    <Compile Include="GVLs\GVL_IO.TcGVL" />
    <Compile Include="XTS %28Do Not Edit%29\FB_XTS.TcPOU" />
    <Compile Include="POUs\Notes.TcPOU">
      <SubType>Code</SubType>
      <ExcludeFromBuild>true</ExcludeFromBuild>
    </Compile>
    <Compile Include="POUs\FB_Kept.TcPOU">
      <ExcludeFromBuild>false</ExcludeFromBuild>
    </Compile>
    <Folder Include="POUs" />
  </ItemGroup>
</Project>`)
	// an object excluded from the build (its "Exclude from build" property) is none of them
	got := PLCProjectSources(text)
	if want := []string{"pous/main.tcpou", "gvls/gvl_io.tcgvl", "xts (do not edit)/fb_xts.tcpou", "pous/fb_kept.tcpou"}; !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q", got, want)
	}
}

// An object file the project does not list is not built; one it lists is, in any letter
// case; files outside any project, and projects that list nothing, exclude nothing.
func TestNotInProject(t *testing.T) {
	root := t.TempDir()
	write := fileWriter(t, root)
	write("Machine/PLC1/PLC1.plcProj", `<Project><ItemGroup><Compile Include="POUs\MAIN.TcPOU" /><Compile Include="POUs\Motion\fb_axis.TcPOU" /><Compile Include="XTS %28Do Not Edit%29\FB_XTS.TcPOU" /></ItemGroup></Project>`)
	xts := write("Machine/PLC1/XTS (Do Not Edit)/FB_XTS.TcPOU", "<TcPlcObject/>")
	main := write("Machine/PLC1/POUs/MAIN.TcPOU", "<TcPlcObject/>")
	axis := write("Machine/PLC1/POUs/Motion/FB_Axis.TcPOU", "<TcPlcObject/>")
	old := write("Machine/PLC1/POUs/FB_Axis_old.TcPOU", "<TcPlcObject/>")
	plain := write("Machine/PLC1/POUs/notes.st", "PROGRAM P END_PROGRAM")
	loose := write("Scratch/FB_Try.TcPOU", "<TcPlcObject/>")
	write("Other/Other.plcproj", `<Project><ItemGroup><Folder Include="POUs" /></ItemGroup></Project>`)
	other := write("Other/POUs/FB_X.TcPOU", "<TcPlcObject/>")
	for _, c := range []struct {
		path string
		want bool
	}{{main, false}, {axis, false}, {xts, false}, {old, true}, {plain, false}, {loose, false}, {other, false}} {
		proj, got := NotInProject(c.path)
		if got != c.want {
			t.Errorf("%s: not in project %v (%s), want %v", c.path, got, proj, c.want)
		}
	}
	if proj, _ := NotInProject(old); filepath.Base(proj) != "PLC1.plcProj" {
		t.Errorf("the project that leaves FB_Axis_old out: %q", proj)
	}
}

// An object file the compile list names in another folder, where no such file is, is the
// object the list names (a repository that flattened the project's folders, or moved an
// object without saving the project): built. A file the list names nowhere, or whose
// listed path holds its own file, stays out, and so do two copies of a moved object
// (which one the project means is not known).
func TestNotInProjectMovedObject(t *testing.T) {
	root := t.TempDir()
	write := fileWriter(t, root)
	write("Line/Line.plcproj", `<Project><ItemGroup><Compile Include="POUs\Main\MAIN.TcPOU" /><Compile Include="POUs\Cell\FB_Cell.TcPOU" /><Compile Include="GVLs\GVL_Line.TcGVL" /><Compile Include="POUs\FB_Feed.TcPOU" /></ItemGroup></Project>`)
	flatMain := write("Line/MAIN.TcPOU", "<TcPlcObject/>")
	flatGVL := write("Line/gvl_line.TcGVL", "<TcPlcObject/>")
	write("Line/POUs/Cell/FB_Cell.TcPOU", "<TcPlcObject/>")
	copyCell := write("Line/Old/FB_Cell.TcPOU", "<TcPlcObject/>")
	stray := write("Line/FB_Stray.TcPOU", "<TcPlcObject/>")
	feedA := write("Line/Old/FB_Feed.TcPOU", "<TcPlcObject/>")
	feedB := write("Line/New/FB_Feed.TcPOU", "<TcPlcObject/>")
	for _, c := range []struct {
		path string
		want bool
	}{{flatMain, false}, {flatGVL, false}, {copyCell, true}, {stray, true}, {feedA, true}, {feedB, true}} {
		if proj, got := NotInProject(c.path); got != c.want {
			t.Errorf("%s: not in project %v (%s), want %v", c.path, got, proj, c.want)
		}
	}
}
