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

// TestCodeViewUnescapesPLCopenText: a PLCopen body is escaped XML text; the view shows the
// code as the IDE does and maps offsets through the entities, while a CDATA section is
// shown verbatim; EscapeXML turns code back into the file's form.
func TestCodeViewUnescapesPLCopenText(t *testing.T) {
	s := `<ST><xhtml xmlns="http://www.w3.org/1999/xhtml">IF n &lt; 10 &amp;&#x20;ok THEN (* &quot;ü&quot; *)
  n := n + 1;
END_IF</xhtml></ST><ST><![CDATA[x := a &lt; b;]]></ST>`
	text := []byte(s)
	body := [2]int{strings.Index(s, "IF n"), strings.Index(s, "</xhtml>")}
	cdata := [2]int{strings.Index(s, "x := a"), strings.Index(s, "]]></ST>") + 3}
	v := NewCodeView(text, [][2]int{body, cdata})
	want := "IF n < 10 & ok THEN (* \"ü\" *)\n  n := n + 1;\nEND_IF\nx := a &lt; b;"
	if string(v.Text) != want {
		t.Fatalf("view %q, want %q", v.Text, want)
	}
	cursor := strings.Index(s, "n + 1")
	if off, ok := v.ViewOffset(cursor); !ok || !strings.HasPrefix(string(v.Text[off:]), "n + 1;") {
		t.Fatalf("cursor maps to %d (%v)", off, ok)
	}
	if off, _ := v.ViewOffset(strings.Index(s, "&amp;")); v.Text[off] != '&' {
		t.Fatalf("an entity maps to %q", v.Text[off])
	}
	if !v.EscapedAt(cursor) || v.EscapedAt(strings.Index(s, "x := a")) {
		t.Error("escaped text is the xhtml body, not the CDATA section")
	}
	if got := EscapeXML("IF a < b & c > d THEN"); got != "IF a &lt; b &amp; c &gt; d THEN" {
		t.Errorf("EscapeXML = %q", got)
	}
	g := "#<depth> = 2.5\nG1 Z-#<depth> F100 (a & b)\nM2\n(notes after the end)\n"
	gv := NewCodeView([]byte(g), [][2]int{{0, strings.Index(g, "(notes")}})
	if gv.EscapedAt(3) || !strings.HasPrefix(string(gv.Text), "#<depth> = 2.5") {
		t.Errorf("a plain source's region is no XML text: escaped %v, view %q", gv.EscapedAt(3), gv.Text)
	}
	code, at := CodeOnly(text, [][2]int{body, cdata})
	if !strings.HasPrefix(string(code[at(cursor):]), "n + 1;") || !strings.Contains(string(code), "IF n < 10 & ok") {
		t.Fatalf("code only: %q at %d", code, at(cursor))
	}
}
