package st

import (
	"bytes"
	"strings"
	"unsafe"

	"github.com/gantry-dev/gantry/codegen/syntax"
)

// DeclaredNames implements codegen.NameScanner: the names a file may declare for other
// files (POUs, interfaces, types and their enumeration values, global variables,
// namespaces, TwinCAT object names), lower case, from a scan of the text without parsing.
// It errs on the side of more: an extra name costs a parse when some file uses it, a
// missing one a false "undeclared".
func (*Pack) DeclaredNames(text []byte) []string {
	seen := map[string]bool{}
	var out []string
	sc := scanner{text: text, quoted: true}
	add := func(s string) {
		s = sc.lower(s)
		if !seen[s] && !reservedWords[s] {
			s = strings.Clone(s)
			seen[s] = true
			out = append(out, s)
		}
	}
	const (
		top = iota
		afterPOU
		inType
		inGlobals
	)
	state, prev := top, top
	declName := true       // in VAR_GLOBAL: before the ':' of a declaration
	members := 0           // in TYPE: depth of STRUCT/UNION, whose member names are not declared names
	typeStart := false     // the token after TYPE: a type's name, which SCL may quote
	afterTypeName := false // the tokens after it: a TIA type source's header words
	depth := 0             // POUs open: a VAR section outside any is global (a B&R .var file)
	for {
		tok, xmlName := sc.next()
		if tok == "" {
			break
		}
		if xmlName {
			add(tok) // <POU Name="…">, <GVL Name="…">, <DUT Name="…">
			continue
		}
		u := sc.upper(tok)
		// A quoted name ("FB_Motor", SCL's block and type names) is a name, never a keyword;
		// it declares one right after a block's keyword or TYPE only (elsewhere "…" may be
		// a WSTRING literal of CODESYS).
		quotedName, typeName := sc.wasQuoted, typeStart
		typeStart = false
		header := afterTypeName && state == inType
		afterTypeName = typeName || header && sclTypeHeader[u]
		if quotedName && state != afterPOU && !(state == inType && typeName) {
			continue
		}
		switch state {
		case afterPOU:
			switch u {
			case "PUBLIC", "PRIVATE", "PROTECTED", "INTERNAL", "ABSTRACT", "FINAL":
				continue
			}
			if isWord(tok) {
				add(tok)
			}
			state = prev
			continue
		case inType:
			switch {
			case u == "END_TYPE":
				state, members = top, 0
			case u == "STRUCT" || u == "UNION":
				members++
			case u == "END_STRUCT" || u == "END_UNION":
				members = max(members-1, 0)
			case header && sclTypeHeader[u]:
				// TYPE "UDT_X" VERSION : 0.1: the header's words name nothing
			case members == 0 && isWord(tok):
				add(tok) // type names and enumeration values
			}
			// A structure's members are reached through a variable, never by name alone:
			// listing them made every file with a member nValue a candidate for every use of
			// nValue in the project.
			continue
		case inGlobals:
			switch {
			case u == "END_VAR":
				state = top
			case tok == ";":
				declName = true
			case tok == ":" || u == "AT":
				declName = false
			case declName && isWord(tok) && u != "CONSTANT" && u != "RETAIN" && u != "PERSISTENT" && u != "NON_RETAIN":
				add(tok)
			}
			continue
		}
		switch u {
		case "PROGRAM", "FUNCTION_BLOCK", "FUNCTION", "INTERFACE", "NAMESPACE", "CLASS", "ORGANIZATION_BLOCK", "DATA_BLOCK":
			prev, state = state, afterPOU
			if u != "NAMESPACE" {
				depth++
			}
		case "ACTION":
			// A B&R program's action, in a .st of its own, is called from the program's
			// other files (a CODESYS text export's action follows its block: an extra name).
			prev, state = state, afterPOU
			depth++
		case "METHOD", "PROPERTY":
			if depth == 0 {
				// A method or property saved on its own (CODESYS's scripting writes a block's
				// members one object per file, FB_Pump.Start.st): a name the block's
				// instances are read with. Inside a block its members are not declared names.
				prev, state = state, afterPOU
			}
			depth++
		case "END_PROGRAM", "END_FUNCTION_BLOCK", "END_FUNCTION", "END_INTERFACE", "END_CLASS", "END_ORGANIZATION_BLOCK",
			"END_DATA_BLOCK", "END_METHOD", "END_PROPERTY", "END_ACTION":
			depth = max(depth-1, 0)
		case "TYPE":
			state, typeStart = inType, true
		case "VAR_GLOBAL":
			state, declName = inGlobals, true
		case "VAR":
			if depth == 0 {
				state, declName = inGlobals, true
			}
		}
	}
	return out
}

// sclTypeHeader are the header words of a TIA Portal type source (TYPE "UDT_X" VERSION :
// 0.1 …), right after the type's name: not names the type declares (an enumeration value
// Version further on still is).
var sclTypeHeader = map[string]bool{"VERSION": true, "TITLE": true, "AUTHOR": true, "FAMILY": true, "NAME": true, "KNOW_HOW_PROTECT": true}

// reservedWords are never declared names.
var reservedWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`struct end_struct union end_union array of pointer to reference ref_to string wstring
		extends implements true false bool byte word dword lword sint usint int uint dint udint lint ulint real lreal time ltime
		date tod dt time_of_day date_and_time char wchar end_type type`) {
		m[w] = true
	}
	return m
}()

func isWord(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isIdentifier reports whether b is one identifier: a letter or underscore, then letters,
// digits and underscores.
func isIdentifier(b []byte) bool {
	if len(b) == 0 || !isWord(string(b[:1])) {
		return false
	}
	for _, c := range b {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// scanner yields identifiers and the punctuation ; : of ST text, skipping comments,
// strings and pragmas; in XML it yields the value of Name="…" attributes as names.
// Identifiers are views of the text, not copies: the scans run over whole documents on
// every keystroke, and the texts they read are snapshots, never written. A caller keeps a
// token only as a copy (strings.Clone).
type scanner struct {
	text []byte
	i    int
	fold []byte // the last case-folded token (upper, lower), reused
	// quoted makes a double-quoted identifier ("FB_Motor", as SCL writes block, type and
	// data block names) a token, its name without the quotes; wasQuoted tells the caller
	// the last token was one.
	quoted, wasQuoted bool
}

// upper returns tok in upper case, valid until the next upper or lower call.
func (s *scanner) upper(tok string) string { return s.foldCase(tok, 'a', 'z') }

// lower returns tok in lower case, valid until the next upper or lower call.
func (s *scanner) lower(tok string) string { return s.foldCase(tok, 'A', 'Z') }

func (s *scanner) foldCase(tok string, from, to byte) string {
	s.fold = append(s.fold[:0], tok...)
	for i, c := range s.fold {
		if c >= from && c <= to {
			s.fold[i] = c ^ 0x20
		}
	}
	return unsafe.String(unsafe.SliceData(s.fold), len(s.fold))
}

func (s *scanner) next() (string, bool) {
	t := s.text
	s.wasQuoted = false
	for s.i < len(t) {
		c := t[s.i]
		switch {
		case c == '(' && s.i+1 < len(t) && t[s.i+1] == '*':
			depth := 0
			for s.i < len(t) {
				if s.i+1 < len(t) && t[s.i] == '(' && t[s.i+1] == '*' {
					depth++
					s.i += 2
					continue
				}
				if s.i+1 < len(t) && t[s.i] == '*' && t[s.i+1] == ')' {
					depth--
					s.i += 2
					if depth == 0 {
						break
					}
					continue
				}
				s.i++
			}
		case c == '/' && s.i+1 < len(t) && t[s.i+1] == '*':
			end := indexFrom(t, s.i+2, "*/")
			s.i = end + 2
		case c == '/' && s.i+1 < len(t) && t[s.i+1] == '/':
			for s.i < len(t) && t[s.i] != '\n' {
				s.i++
			}
		case c == '{':
			end := indexFrom(t, s.i+1, "}")
			s.i = end + 1
		case c == '\'' || c == '"':
			j := s.i + 1
			for j < len(t) && t[j] != c && t[j] != '\n' {
				j++
			}
			// Name="…" in XML: the value is an object's name.
			if c == '"' && s.i >= 5 && string(t[s.i-5:s.i]) == "Name=" {
				v := string(t[s.i+1 : min(j, len(t))])
				s.i = j + 1
				if isWord(v) {
					return v, true
				}
				continue
			}
			if c == '"' && s.quoted && j < len(t) && isIdentifier(t[s.i+1:j]) {
				w := unsafe.String(&t[s.i+1], j-s.i-1)
				s.i = j + 1
				s.wasQuoted = true
				return w, false
			}
			s.i = j + 1
		case c == ';' || c == ':':
			s.i++
			if c == ':' && s.i < len(t) && t[s.i] == '=' {
				s.i++
				continue
			}
			if c == ';' {
				return ";", false
			}
			return ":", false
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := s.i + 1
			for j < len(t) && (t[j] == '_' || t[j] >= 'a' && t[j] <= 'z' || t[j] >= 'A' && t[j] <= 'Z' || t[j] >= '0' && t[j] <= '9') {
				j++
			}
			w := unsafe.String(&t[s.i], j-s.i)
			s.i = j
			return w, false
		case c >= '0' && c <= '9':
			// Numbers, including 16#FF and T#5s: skip the whole token.
			for s.i < len(t) && (t[s.i] == '#' || t[s.i] == '_' || t[s.i] == '.' || t[s.i] >= '0' && t[s.i] <= '9' || t[s.i] >= 'a' && t[s.i] <= 'z' || t[s.i] >= 'A' && t[s.i] <= 'Z') {
				s.i++
			}
		default:
			s.i++
		}
	}
	return "", false
}

func indexFrom(t []byte, from int, sep string) int {
	if from > len(t) {
		return len(t)
	}
	if k := bytes.Index(t[from:], []byte(sep)); k >= 0 {
		return from + k
	}
	return len(t)
}

// AnalyseShared implements codegen.SharedAnalyser: what a check asks of another file is
// its model (POUs, declarations, members), built here while its tree is at hand.
func (p *Pack) AnalyseShared(f *syntax.File) {
	f.Lock()
	defer f.Unlock()
	p.cache.releasingModelOf(f)
}
