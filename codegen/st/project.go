package st

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Project files. TwinCAT keeps each POU, DUT, GVL and interface in an XML file (.TcPOU,
// .TcDUT, .TcGVL, .TcIO; an enumeration with a text list in a .TcTLEO) with the ST inside
// CDATA; PLCopen XML (TC6) exports keep the ST of
// each body as escaped text (or CDATA) inside <ST><xhtml>…</xhtml></ST>. Gantry parses
// only those regions (tree-sitter included ranges), so every node keeps its position in
// the XML file and diagnostics land on the line the engineer edits.
//
// Each region is handed to the parser together with the XML delimiter that closes it
// (`]]>`, or the `</` of the closing tag after escaped text); the scanner lexes it as
// `region_end`, which ends a TwinCAT POU in place of the END_* keyword TwinCAT does not
// write (see grammars/st/grammar.js). PLCopen's escaped operators (&lt; &gt; &amp;) are
// tokens of the grammar, aliased to the operators they stand for.
//
// Registration: Extensions lists .tcpou, .tcdut, .tcgvl, .tcio and .tctleo. A PLCopen file ends in
// .xml, which is too generic to claim by extension: ClaimsFile accepts *.plcopen.xml and
// any .xml whose root element is <project> in the PLCopen TC6 namespace. SCL sources use .scl,
// .udt (PLC data types) and .db (data blocks, claimed by content like .xml). CODESYS 2.3
// exports (.exp, export.go) are claimed by content too: another tool's .exp stays unread.

var _ codegen.EmbeddedCode = (*Pack)(nil)

// projectExts are TwinCAT's file kinds (lower case).
var projectExts = map[string]bool{".tcpou": true, ".tcdut": true, ".tcgvl": true, ".tcio": true, ".tctleo": true}

// Regions implements codegen.EmbeddedCode: nil for plain ST sources, the CDATA/body
// regions for TwinCAT and PLCopen files.
func (*Pack) Regions(path string) syntax.Regions {
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case projectExts[ext]:
		return twincatRegions
	case ext == ".xml":
		return xmlRegions
	case ext == ".exp":
		return exportRegions
	}
	return nil
}

// IsProjectFile reports whether path names a TwinCAT or PLCopen file by its name.
func IsProjectFile(path string) bool {
	l := strings.ToLower(path)
	return projectExts[filepath.Ext(l)] || strings.HasSuffix(l, ".plcopen.xml")
}

// ClaimsFile reports whether an .xml file is PLCopen XML the pack reads (a name ending in
// .plcopen.xml, or a root element <project> in the PLCopen TC6 namespace within the first
// bytes; head: at least the first 1 KiB of the file), or a .db file a TIA Portal data block
// source.
func ClaimsFile(path string, head []byte) bool {
	l := strings.ToLower(path)
	if strings.HasSuffix(l, ".plcopen.xml") {
		return true
	}
	if filepath.Ext(l) == ".db" {
		return isDataBlockSource(head)
	}
	if isBnRDecl(l) {
		return claimsBnR(filepath.Ext(l), head)
	}
	if isExportPath(l) {
		return isCodesysExport(head)
	}
	return filepath.Ext(l) == ".xml" && isPLCopen(head)
}

// isDataBlockSource reports whether a .db file is a TIA Portal data block source (text
// whose first declaration is DATA_BLOCK), not a database.
func isDataBlockSource(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	return bytes.Contains(bytes.ToUpper(head), []byte("DATA_BLOCK"))
}

func isPLCopen(text []byte) bool {
	head := text
	if len(head) > 4096 {
		head = head[:4096]
	}
	i := bytes.Index(head, []byte("<project"))
	return i >= 0 && bytes.Contains(head[i:], []byte("plcopen.org/xml/tc6"))
}

// xmlRegions picks PLCopen or TwinCAT regions from an .xml file by its content.
func xmlRegions(text []byte) [][2]int {
	if isPLCopen(text) {
		return plcopenRegions(text)
	}
	if twincatXML(text) {
		return twincatRegions(text)
	}
	return nil
}

var (
	cdataOpen  = []byte("<![CDATA[")
	cdataClose = []byte("]]>")
)

// twincatRegions returns the CDATA of <Declaration> and <ST> elements, each with its `]]>`.
func twincatRegions(text []byte) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := bytes.Index(text[i:], cdataOpen)
		if j < 0 {
			return out
		}
		open := i + j
		start := open + len(cdataOpen)
		before := bytes.TrimRight(text[:open], " \t\r\n")
		keep := bytes.HasSuffix(before, []byte("<Declaration>")) || bytes.HasSuffix(before, []byte("<ST>"))
		// `]]>` inside the ST is written as `]]]]><![CDATA[>`: consecutive CDATA sections
		// are one text, so the region continues after the reopening.
		for {
			k := bytes.Index(text[start:], cdataClose)
			if k < 0 {
				return out
			}
			end := start + k + len(cdataClose)
			if bytes.HasPrefix(text[end:], cdataOpen) {
				if keep {
					out = append(out, [2]int{start, start + k})
				}
				start = end + len(cdataOpen)
				continue
			}
			if keep {
				out = append(out, [2]int{start, end})
			}
			i = end
			break
		}
	}
}

// plcopenRegions returns the ST bodies of a PLCopen file: <body><ST><xhtml>text</xhtml>
// (region: the text and the `</` that ends it) or <ST><xhtml:p><![CDATA[text]]> or
// <ST><![CDATA[text]]> (region: the CDATA and its `]]>`). Transition conditions (expressions, not statements) are left out.
func plcopenRegions(text []byte) [][2]int {
	var out [][2]int
	stOpen := []byte("<ST>")
	for i := 0; ; {
		j := bytes.Index(text[i:], stOpen)
		if j < 0 {
			return out
		}
		at := i + j
		i = at + len(stOpen)
		before := bytes.TrimRight(text[:at], " \t\r\n")
		if !bytes.HasSuffix(before, []byte("<body>")) || insideElement(text[:at], "transition") {
			continue
		}
		// The child element's start tag (<xhtml …>, <xhtml:p>).
		p := i
		for p < len(text) && isXMLSpace(text[p]) {
			p++
		}
		if p >= len(text) || text[p] != '<' {
			continue
		}
		// The body follows the element's start tag; Beremiz writes the CDATA right inside
		// <ST>, with no xhtml element around it.
		content := p
		if !bytes.HasPrefix(text[p:], cdataOpen) {
			gt := bytes.IndexByte(text[p:], '>')
			if gt < 0 {
				return out
			}
			if text[p+gt-1] == '/' {
				continue // <xhtml/>: an empty body
			}
			content = p + gt + 1
		}
		q := content
		for q < len(text) && isXMLSpace(text[q]) {
			q++
		}
		if r, ok := cdataAt(text, q); ok {
			if r[1] < 0 {
				return out
			}
			out = append(out, r)
			i = r[1] - len(cdataClose)
			continue
		}
		lt := bytes.IndexByte(text[content:], '<')
		if lt < 0 || content+lt+1 >= len(text) || text[content+lt+1] != '/' {
			continue
		}
		out = append(out, [2]int{content, content + lt + 2})
		i = content + lt
	}
}

// insideElement reports whether the end of text lies inside an open <name …> element.
func insideElement(text []byte, name string) bool {
	o := bytes.LastIndex(text, []byte("<"+name+" "))
	if o2 := bytes.LastIndex(text, []byte("<"+name+">")); o2 > o {
		o = o2
	}
	return o >= 0 && bytes.LastIndex(text, []byte("</"+name+">")) < o
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// xmlInside reports whether the last <tag …> element opened before off is nearer than
// the last <other …>: which of two member kinds a TcPOU region belongs to.
func xmlInside(text []byte, off int, tag, other string) bool {
	off = min(off, len(text))
	return bytes.LastIndex(text[:off], []byte("<"+tag+" ")) > bytes.LastIndex(text[:off], []byte("<"+other+" "))
}

// twincatXML reports whether text is a TwinCAT object file's XML (its root element within
// the first bytes).
func twincatXML(text []byte) bool {
	return bytes.Contains(text[:min(len(text), 4096)], []byte("<TcPlcObject"))
}

// xmlMemberKey is "" for all but TwinCAT files, and for those the names of their <Action>
// elements and SFC steps, each after a NUL (which no source text holds): the members
// their XML declares (xmlOnlyActions, sfcImplicit).
func xmlMemberKey(text []byte) string {
	if !twincatXML(text) {
		return ""
	}
	var b strings.Builder
	for _, a := range xmlElementNames(text, "Action") {
		b.WriteByte(0)
		b.WriteString(a.name)
	}
	if bytes.Contains(text, []byte("SFCImplementationObject")) {
		b.WriteString("\x00SFC")
		for _, s := range sfcStepNames(text) {
			b.WriteByte(0)
			b.WriteString(s)
		}
	}
	return b.String()
}

// sfcNameAttribute is the attribute of a TwinCAT SFC element that holds its name.
var sfcNameAttribute = []byte("{38391c6d-6d4a-42f8-8ee7-9f45e5adafa8}")

// sfcStepNames returns the names of the steps of a TwinCAT SFC implementation, once each:
// each <o t="SFCStep"> element's first name attribute, a string value written in quotes.
func sfcStepNames(text []byte) []string {
	var out []string
	seen := map[string]bool{}
	open := []byte(`<o t="SFCStep">`)
	value := []byte(`<v n="Value">"`)
	for i := 0; ; {
		j := bytes.Index(text[i:], open)
		if j < 0 {
			return out
		}
		i += j + len(open)
		k := bytes.Index(text[i:], sfcNameAttribute)
		if k < 0 {
			return out
		}
		v := bytes.Index(text[i+k:], value)
		if v < 0 {
			return out
		}
		name := text[i+k+v+len(value):]
		e := bytes.IndexByte(name, '"')
		if e <= 0 || !isIdentString(string(name[:e])) {
			continue
		}
		if n := string(name[:e]); !seen[lower(n)] {
			seen[lower(n)] = true
			out = append(out, n)
		}
	}
}

// xmlElementName is the Name attribute of an XML element and the offset of its value.
type xmlElementName struct {
	name string
	at   int
}

// gvlName is the name of the global variable list a TwinCAT .TcGVL file holds, "" for
// any other text.
func gvlName(text []byte) string {
	if !twincatXML(text) {
		return ""
	}
	if names := xmlElementNames(text, "GVL"); len(names) == 1 {
		return names[0].name
	}
	return ""
}

// xmlElementNames returns the Name attribute of every <tag …> element of text, in order.
func xmlElementNames(text []byte, tag string) []xmlElementName {
	var out []xmlElementName
	open := []byte("<" + tag + " ")
	for i := 0; ; {
		j := bytes.Index(text[i:], open)
		if j < 0 {
			return out
		}
		i += j + len(open)
		gt := bytes.IndexByte(text[i:], '>')
		if gt < 0 {
			return out
		}
		attrs := text[i : i+gt]
		k := bytes.Index(attrs, []byte(`Name="`))
		if k < 0 || k > 0 && attrs[k-1] != ' ' {
			continue
		}
		v := attrs[k+len(`Name="`):]
		if e := bytes.IndexByte(v, '"'); e > 0 {
			out = append(out, xmlElementName{name: string(v[:e]), at: i + k + len(`Name="`)})
		}
	}
}

// xmlName returns the Name attribute of the last <tag …> element that opens before off, or
// "" (TwinCAT writes action and transition names only in the XML).
func xmlName(text []byte, off int, tag string) string {
	if off > len(text) {
		off = len(text)
	}
	i := bytes.LastIndex(text[:off], []byte("<"+tag+" "))
	if i < 0 {
		return ""
	}
	rest := text[i:off]
	gt := bytes.IndexByte(rest, '>')
	if gt < 0 {
		return ""
	}
	attrs := rest[:gt]
	k := bytes.Index(attrs, []byte(` Name="`))
	if k < 0 {
		return ""
	}
	v := attrs[k+len(` Name="`):]
	if e := bytes.IndexByte(v, '"'); e >= 0 {
		return string(v[:e])
	}
	return ""
}

// cdataAt reads a CDATA section that starts at p: its region (the content and the closing
// marker, which the body's region ends with) and whether one starts there; the end is -1
// when the section is never closed.
func cdataAt(text []byte, p int) ([2]int, bool) {
	if !bytes.HasPrefix(text[p:], cdataOpen) {
		return [2]int{}, false
	}
	start := p + len(cdataOpen)
	k := bytes.Index(text[start:], cdataClose)
	if k < 0 {
		return [2]int{start, -1}, true
	}
	return [2]int{start, start + k + len(cdataClose)}, true
}
