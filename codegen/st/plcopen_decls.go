package st

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// PLCopen declarations. A PLCopen TC6 export keeps each POU's body as ST text but its
// declarations as XML: <pou name pouType><interface><inputVars><variable name><type>…,
// CODESYS's methods and properties in the POU's <addData> (<data …/method><Method name>
// with their own <interface> and <body>), actions in <actions><action name>, data types in
// <types><dataTypes><dataType name><baseType>, global variable lists in the project's
// <addData> (<data …/globalvars><globalVars name>). The parser sees only the bodies
// (plcopenRegions), so without this reading each body is code outside a POU, judged with
// no scope. readPLCopenDecls reads those elements into POUs, variables and types with
// their byte ranges in the XML; the model indexes them beside the file's units and a
// body's statements take the scope of the POU whose element holds them.
//
// CODESYS also writes the declaration as ST text (<InterfaceAsPlainText>), after the body:
// the XML interface says the same and is what every TC6 writer exports, so it is the one
// read.

// xmlElem is one element of a small DOM with byte offsets: Start at its `<`, End after its
// end tag.
type xmlElem struct {
	name       string
	attrs      []xml.Attr
	kids       []*xmlElem
	text       string
	start, end int
	parent     *xmlElem
}

func (e *xmlElem) parentOf() *xmlElem {
	if e.parent == nil {
		return e
	}
	return e.parent
}

func (e *xmlElem) attr(name string) string {
	for _, a := range e.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (e *xmlElem) kid(name string) *xmlElem {
	for _, k := range e.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// parseXMLTree reads text into elements; nil when it is no well-formed XML.
func parseXMLTree(text []byte) *xmlElem {
	dec := xml.NewDecoder(bytes.NewReader(text))
	dec.Strict = false
	root := &xmlElem{}
	stack := []*xmlElem{root}
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			break
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			e := &xmlElem{name: t.Name.Local, attrs: t.Attr, start: before, parent: top}
			top.kids = append(top.kids, e)
			stack = append(stack, e)
		case xml.EndElement:
			if len(stack) > 1 {
				top.end = int(dec.InputOffset())
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(top.kids) == 0 {
				top.text += string(t)
			}
		}
	}
	if len(root.kids) == 0 {
		return nil
	}
	return root
}

// plcopenDecls is what a PLCopen export declares.
type plcopenDecls struct {
	top     []*POU // the <pou> elements, methods and actions as their Children
	all     []*POU // every POU, nested ones too, in document order
	globals []*Var
	types   []*TypeDecl
	// twinCAT: TwinCAT XAE wrote the export (twinCATExport). It keeps a method's VAR_INST
	// nowhere: TC6 has no element for them and TwinCAT writes no <InterfaceAsPlainText>
	// (a public project's export of a method beside its .TcPOU lacks the VAR_INST the
	// .TcPOU declares). noInst are such methods.
	twinCAT bool
	noInst  map[*POU]bool
}

var plcopenPOUKinds = map[string]string{
	"program": KindProgram, "function": KindFunction, "functionBlock": KindFunctionBlock,
}

var plcopenSections = map[string]string{
	"inputVars": SecInput, "outputVars": SecOutput, "inOutVars": SecInOut, "localVars": SecVar,
	"tempVars": SecTemp, "externalVars": SecExternal, "globalVars": SecGlobal,
}

// readPLCopenDecls reads the POUs, data types and global variable lists of a PLCopen
// export.
func readPLCopenDecls(text []byte) *plcopenDecls {
	root := parseXMLTree(text)
	if root == nil {
		return nil
	}
	d := &plcopenDecls{twinCAT: twinCATExport(text)}
	d.walk(text, root, nil)
	for _, p := range d.all {
		p.seal()
	}
	return d
}

func (d *plcopenDecls) walk(text []byte, e *xmlElem, owner *POU) {
	for _, k := range e.kids {
		switch k.name {
		case "pou":
			if kind := plcopenPOUKinds[k.attr("pouType")]; kind != "" && owner == nil {
				d.walk(text, k, d.pou(text, k, kind, nil))
				continue
			}
		case "Method", "Property", "action":
			if owner != nil && owner.Parent == nil {
				kind := map[string]string{"Method": KindMethod, "Property": KindProperty, "action": KindAction}[k.name]
				p := d.pou(text, k, kind, owner)
				if d.twinCAT && kind == KindMethod && !hasElem(k, "InterfaceAsPlainText") {
					if d.noInst == nil {
						d.noInst = map[*POU]bool{}
					}
					d.noInst[p] = true
				}
				d.walk(text, k, p)
				continue
			}
		case "dataType":
			d.dataType(text, k)
			continue
		case "globalVars":
			if owner == nil {
				d.globalList(text, k)
				continue
			}
		case "interface":
			if owner != nil {
				d.iface(text, k, owner)
				continue
			}
		case "body", "documentation":
			continue
		}
		d.walk(text, k, owner)
	}
}

// pou makes the POU of element e (its name's range: the name attribute's value).
func (d *plcopenDecls) pou(text []byte, e *xmlElem, kind string, parent *POU) *POU {
	p := &POU{Kind: kind, Name: e.attr("name"), Start: e.start, End: e.end, Parent: parent}
	p.NameStart, p.NameEnd = attrValueRange(text, e, "name")
	if parent != nil {
		parent.Children = append(parent.Children, p)
	} else {
		d.top = append(d.top, p)
	}
	d.all = append(d.all, p)
	return p
}

// iface reads an <interface>: the return type, the variable sections, and CODESYS's
// inheritance (<addData><data …/pouinheritance><Inheritance><Extends>).
func (d *plcopenDecls) iface(text []byte, e *xmlElem, p *POU) {
	for _, k := range e.kids {
		if k.name == "returnType" {
			p.ReturnType = plcopenType(k)
			continue
		}
		if sec := plcopenSections[k.name]; sec != "" {
			p.Vars = append(p.Vars, d.section(text, k, sec, p)...)
		}
	}
	p.Vars = append(p.Vars, plainTextOnlyVars(text, e, p)...)
	eachElem(e, func(x *xmlElem) {
		switch x.name {
		case "Extends":
			p.Extends = append(p.Extends, strings.TrimSpace(x.text))
		case "Implements":
			p.Implements = append(p.Implements, strings.TrimSpace(x.text))
		}
	})
}

// hasElem reports an element named name inside e, at any depth.
func hasElem(e *xmlElem, name string) bool {
	found := false
	eachElem(e, func(x *xmlElem) { found = found || x.name == name })
	return found
}

func eachElem(e *xmlElem, fn func(*xmlElem)) {
	for _, k := range e.kids {
		fn(k)
		eachElem(k, fn)
	}
}

// section reads the <variable> elements of one variable section.
func (d *plcopenDecls) section(text []byte, e *xmlElem, sec string, owner *POU) []*Var {
	var out []*Var
	constant, retain := e.attr("constant") == "true", e.attr("retain") == "true"
	for _, k := range e.kids {
		if k.name != "variable" {
			continue
		}
		v := &Var{Name: k.attr("name"), Section: sec, Constant: constant, Retain: retain, Owner: owner,
			Address: k.attr("address"), DeclStart: k.start, DeclEnd: k.end}
		v.Start, v.End = attrValueRange(text, k, "name")
		if t := k.kid("type"); t != nil {
			v.Type = plcopenType(t)
		}
		if iv := k.kid("initialValue"); iv != nil {
			if sv := iv.kid("simpleValue"); sv != nil {
				v.Value = sv.attr("value")
			}
		}
		v.Decl = v.Name + " : " + v.Type.textOr("?")
		out = append(out, v)
	}
	return out
}

func (t *Type) textOr(def string) string {
	if t == nil || t.Text == "" {
		return def
	}
	return t.Text
}

// plcopenType reads the type element inside e (<type>, <baseType>, <returnType>).
func plcopenType(e *xmlElem) *Type {
	if e == nil || len(e.kids) == 0 {
		return nil
	}
	k := e.kids[0]
	switch k.name {
	case "derived":
		n := k.attr("name")
		return &Type{Kind: TypeNamed, Name: n, Text: n}
	case "string", "wstring":
		t := &Type{Kind: TypeString, Text: strings.ToUpper(k.name)}
		if l := k.attr("length"); l != "" {
			t.Text += "(" + l + ")"
		}
		return t
	case "array":
		t := &Type{Kind: TypeArray, Elem: plcopenType(k.kid("baseType"))}
		var dims []string
		for _, dim := range k.kids {
			if dim.name == "dimension" {
				t.Dims = append(t.Dims, Dim{}) // bounds are attributes, not expressions: read as '*'
				dims = append(dims, dim.attr("lower")+".."+dim.attr("upper"))
			}
		}
		t.Text = "ARRAY[" + strings.Join(dims, ",") + "] OF " + t.Elem.textOr("?")
		return t
	case "pointer":
		t := &Type{Kind: TypePointer, Elem: plcopenType(k.kid("baseType"))}
		t.Text = "POINTER TO " + t.Elem.textOr("?")
		return t
	case "enum":
		t := &Type{Kind: TypeEnum, Text: "enum"}
		if vs := k.kid("values"); vs != nil {
			for _, v := range vs.kids {
				if v.name == "value" {
					t.Enum = append(t.Enum, EnumValue{Name: v.attr("name")})
				}
			}
		}
		if b := plcopenType(k.kid("baseType")); b != nil {
			t.Base = b.Text
		}
		return t
	case "struct":
		t := &Type{Kind: TypeStruct, Text: "STRUCT"}
		t.Members = (&plcopenDecls{}).section(nil, k, SecVar, nil)
		return t
	case "subrangeSigned", "subrangeUnsigned":
		b := plcopenType(k.kid("baseType"))
		return &Type{Kind: TypeSubrange, Name: b.textOr(""), Text: b.textOr("")}
	}
	// An elementary type: <BOOL/>, <INT/>, <TIME/>…
	n := strings.ToUpper(k.name)
	return &Type{Kind: TypeNamed, Name: n, Text: n}
}

// dataType reads a <dataType name><baseType>…: a structure, an enumeration, an alias.
func (d *plcopenDecls) dataType(text []byte, e *xmlElem) {
	t := plcopenType(e.kid("baseType"))
	if t == nil {
		return
	}
	if t.Kind == TypeStruct {
		// CODESYS: <addData><data …/datatypeinheritance><Inheritance><Extends>ST_Base.
		eachElem(e, func(x *xmlElem) {
			if x.name == "Extends" && t.Base == "" {
				t.Base = strings.TrimSpace(x.text)
			}
		})
	}
	td := &TypeDecl{Name: e.attr("name"), Type: t, Start: e.start, End: e.end}
	td.NameStart, td.NameEnd = attrValueRange(text, e, "name")
	d.types = append(d.types, td)
}

// attrValueRange returns the byte range of attribute name's value in e's start tag.
func attrValueRange(text []byte, e *xmlElem, name string) (int, int) {
	if text == nil || e.start >= len(text) {
		return e.start, e.start
	}
	tag := text[e.start:]
	if gt := bytes.IndexByte(tag, '>'); gt >= 0 {
		tag = tag[:gt]
	}
	key := []byte(" " + name + "=\"")
	i := bytes.Index(tag, key)
	if i < 0 {
		return e.start, e.start
	}
	s := e.start + i + len(key)
	q := bytes.IndexByte(text[s:], '"')
	if q < 0 {
		return s, s
	}
	return s, s + q
}

// plcopenAt returns the innermost POU of a PLCopen export whose element holds off.
func plcopenAt(pous []*POU, off int) *POU {
	var best *POU
	for _, p := range pous {
		if p.Start <= off && off < p.End && (best == nil || p.Start >= best.Start) {
			best = p
		}
	}
	return best
}

// plainTextOnlyVars reads the VAR_INST and VAR_STAT sections of the POU's
// <InterfaceAsPlainText> (a sibling of its <interface>): TC6 has no element for them, so
// CODESYS writes them only there. Each `a, b : T;` line declares a and b of type T.
func plainTextOnlyVars(text []byte, iface *xmlElem, p *POU) []*Var {
	var plain *xmlElem
	eachElem(iface.parentOf(), func(x *xmlElem) {
		if x.name == "InterfaceAsPlainText" && plain == nil {
			plain = x
		}
	})
	if plain == nil {
		return nil
	}
	var out []*Var
	section := ""
	for _, line := range strings.Split(plainText(plain), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		line = strings.TrimSpace(line)
		word := strings.ToUpper(fields[0])
		switch {
		case word == "VAR_INST" || word == "VAR_STAT":
			section = SecVar
			continue
		case strings.HasPrefix(word, "END_VAR") || strings.HasPrefix(word, "VAR"):
			section = ""
			continue
		}
		colon := strings.Index(line, ":")
		if section == "" || colon < 0 || strings.HasPrefix(line, "//") || strings.HasPrefix(line, "(*") {
			continue
		}
		typ := strings.TrimSpace(strings.SplitN(strings.SplitN(line[colon+1:], ";", 2)[0], ":=", 2)[0])
		for _, n := range strings.Split(line[:colon], ",") {
			n = strings.TrimSpace(n)
			if n == "" || strings.ContainsAny(n, " {}()") {
				continue
			}
			t := &Type{Kind: TypeNamed, Name: typ, Text: typ}
			if strings.ContainsAny(typ, " [(") {
				t = &Type{Kind: TypeNamed, Text: typ} // not a plain name: read as unknown
			}
			out = append(out, &Var{Name: n, Section: section, Type: t, Owner: p, Start: plain.start, End: plain.start,
				DeclStart: plain.start, DeclEnd: plain.end, Decl: n + " : " + typ})
		}
	}
	return out
}

// plainText returns the text of an element and its children (the <xhtml> inside
// <InterfaceAsPlainText>).
func plainText(e *xmlElem) string {
	t := e.text
	for _, k := range e.kids {
		t += plainText(k)
	}
	return t
}

// globalList reads a global variable list. A list mixing CONSTANT and other variables is
// written by CODESYS as one <globalVars constant="true"> holding them all, with the true
// split in its <addData><data …/mixedattrsvarlist>: one <globalVars> per kind.
func (d *plcopenDecls) globalList(text []byte, e *xmlElem) {
	lists := []*xmlElem{e}
	eachElem(e, func(x *xmlElem) {
		if x.name == "data" && strings.HasSuffix(x.attr("name"), "/mixedattrsvarlist") {
			lists = nil
			eachElem(x, func(y *xmlElem) {
				if y.name == "globalVars" {
					lists = append(lists, y)
				}
			})
		}
	})
	for _, l := range lists {
		vs := d.section(text, l, SecGlobal, nil)
		for _, v := range vs {
			v.List = e.attr("name")
		}
		d.globals = append(d.globals, vs...)
	}
}
