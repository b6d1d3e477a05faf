package syntax

import (
	"strings"
	"testing"
)

func TestCodeViewShowsOnlyTheRegionsAndMapsOffsets(t *testing.T) {
	text := []byte("<POU><Declaration><![CDATA[PROGRAM P\nVAR x : INT; END_VAR]]></Declaration>\n<ST><![CDATA[x := 1;\n// Zähler 计数\nx := x + 1;]]></ST></POU>\n")
	s := string(text)
	decl := [2]int{strings.Index(s, "PROGRAM"), strings.Index(s, "]]></Declaration>")}
	impl := [2]int{strings.Index(s, "x := 1;"), strings.Index(s, "]]></ST>") + 3} // as TwinCAT regions end: with the CDATA close
	v := NewCodeView(text, [][2]int{decl, impl})
	want := "PROGRAM P\nVAR x : INT; END_VAR\nx := 1;\n// Zähler 计数\nx := x + 1;"
	if string(v.Text) != want {
		t.Fatalf("view %q, want %q", v.Text, want)
	}
	cursor := strings.Index(s, "x + 1")
	off, ok := v.ViewOffset(cursor)
	if !ok || !strings.HasPrefix(string(v.Text[off:]), "x + 1;") {
		t.Fatalf("cursor maps to %d (%v): %q", off, ok, v.Text[min(off, len(v.Text)):])
	}
	if _, ok := v.ViewOffset(strings.Index(s, "<ST>")); ok {
		t.Fatal("an offset in the XML maps into the view")
	}
	code, at := CodeOnly(text, [][2]int{decl, impl})
	if strings.Count(string(code), "\n") != strings.Count(s, "\n") || strings.ContainsAny(string(code), "<>[") {
		t.Fatalf("code only: %q", code)
	}
	if !strings.HasPrefix(string(code[at(cursor):]), "x + 1;") {
		t.Fatalf("at(cursor) = %d: %q", at(cursor), code[at(cursor):])
	}
}
