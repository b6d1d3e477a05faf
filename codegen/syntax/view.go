package syntax

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A file with embedded code (ST in TwinCAT or PLCopen XML) shows the engineer only its code:
// TwinCAT XAE and CODESYS display a POU's declaration and implementation (then its methods,
// actions and properties) as plain ST. CodeView is that text, with the map back to the file,
// so a prompt never carries the XML wrapper, CDATA markers, GUIDs or LineIds.

// CodeView is the regions' code one after another, each starting on a line of its own.
// PLCopen XML holds code as escaped text (`IF a &lt; b`); the view shows it as the IDE does
// (`IF a < b`), and EscapedAt tells the caller that code written there must be escaped back.
type CodeView struct {
	Text    []byte
	regions [][2]int
	starts  []int   // offset of each region in Text
	maps    [][]int // for an escaped region, the view offset of each of its bytes (nil: 1:1)
}

// NewCodeView builds the view of text's regions (sorted, non-overlapping byte ranges).
func NewCodeView(text []byte, regions [][2]int) *CodeView {
	v := &CodeView{regions: regions}
	for _, r := range regions {
		if r[0] < 0 || r[1] > len(text) || r[0] > r[1] {
			continue
		}
		if n := len(v.Text); n > 0 && v.Text[n-1] != '\n' {
			v.Text = append(v.Text, '\n')
		}
		v.starts = append(v.starts, len(v.Text))
		// The parser's region of a TwinCAT section ends with the CDATA close, which stands
		// for the END_* that TwinCAT does not write: the IDE shows none of it.
		code := bytes.TrimSuffix(text[r[0]:r[1]], []byte("]]>"))
		if escapedRegion(text, r) {
			plain, at := unescapeXML(code)
			for i := range at {
				at[i] += len(v.Text)
			}
			v.Text = append(v.Text, plain...)
			v.maps = append(v.maps, at)
			continue
		}
		v.Text = append(v.Text, code...)
		v.maps = append(v.maps, nil)
	}
	if len(v.starts) != len(regions) { // a region out of range was skipped: keep the two aligned
		v.regions = nil
		v.starts = nil
		v.Text = nil
	}
	return v
}

// ViewOffset maps a byte offset of the file to the view; ok is false when the offset lies
// outside every region (in the XML around the code).
func (v *CodeView) ViewOffset(off int) (int, bool) {
	i := sort.Search(len(v.regions), func(i int) bool { return v.regions[i][1] >= off })
	if i == len(v.regions) || off < v.regions[i][0] {
		return 0, false
	}
	end := len(v.Text)
	if i+1 < len(v.starts) {
		end = v.starts[i+1]
	}
	if at := v.maps[i]; at != nil {
		return min(at[min(off-v.regions[i][0], len(at)-1)], end), true
	}
	return min(v.starts[i]+off-v.regions[i][0], end), true
}

// EscapedAt reports whether offset of the file lies in a region whose code is XML-escaped
// text: what is inserted there must be escaped (EscapeXML) to keep the file valid.
func (v *CodeView) EscapedAt(off int) bool {
	i := sort.Search(len(v.regions), func(i int) bool { return v.regions[i][1] >= off })
	return i < len(v.regions) && off >= v.regions[i][0] && v.maps[i] != nil
}

// escapedRegion reports whether a region holds escaped XML text: an element's content,
// starting right after its start tag. CDATA (TwinCAT sections, and PLCopen exporters that
// wrap code in it) holds code verbatim, and so does a plain source's region (G-code's code
// up to its program end): `#<depth>` written there stays `#<depth>`.
func escapedRegion(text []byte, r [2]int) bool {
	return r[0] > 0 && text[r[0]-1] == '>'
}

var xmlEntities = map[string]byte{"lt": '<', "gt": '>', "amp": '&', "quot": '"', "apos": '\''}

// unescapeXML replaces XML's named and numeric character references; at[i] is the output
// offset of input byte i (len(in)+1 entries).
func unescapeXML(in []byte) (out []byte, at []int) {
	at = make([]int, len(in)+1)
	for i := 0; i < len(in); {
		if in[i] == '&' {
			if j := bytes.IndexByte(in[i:min(len(in), i+12)], ';'); j > 1 {
				if r, ok := entity(string(in[i+1 : i+j])); ok {
					for k := i; k <= i+j; k++ {
						at[k] = len(out)
					}
					out = utf8.AppendRune(out, r)
					i += j + 1
					continue
				}
			}
		}
		at[i] = len(out)
		out = append(out, in[i])
		i++
	}
	at[len(in)] = len(out)
	return out, at
}

func entity(name string) (rune, bool) {
	if c, ok := xmlEntities[name]; ok {
		return rune(c), true
	}
	if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
		n, err := strconv.ParseUint(name[2:], 16, 32)
		return rune(n), err == nil && utf8.ValidRune(rune(n))
	}
	if strings.HasPrefix(name, "#") {
		n, err := strconv.ParseUint(name[1:], 10, 32)
		return rune(n), err == nil && utf8.ValidRune(rune(n))
	}
	return 0, false
}

// EscapeXML escapes code for XML text (PLCopen's escaped bodies).
func EscapeXML(code string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(code)
}

// CodeOnly keeps, on every line of text, only the bytes inside regions: line numbers stay
// those of the file and the XML around the code is gone. at maps a file offset to the result.
func CodeOnly(text []byte, regions [][2]int) (out []byte, at func(int) int) {
	keep := make([]bool, len(text))
	for _, r := range regions {
		end := min(r[1], len(text))
		if end-3 >= r[0] && end >= 3 && string(text[end-3:end]) == "]]>" {
			end -= 3 // the CDATA close of a TwinCAT section, as in NewCodeView
		}
		for i := max(r[0], 0); i < end; i++ {
			keep[i] = true
		}
	}
	escaped := make([]bool, len(text))
	for _, r := range regions {
		if r[0] >= 0 && r[1] <= len(text) && r[0] <= r[1] && escapedRegion(text, r) {
			for i := r[0]; i < r[1]; i++ {
				escaped[i] = true
			}
		}
	}
	pos := make([]int, len(text)+1)
	for i := 0; i < len(text); i++ {
		c := text[i]
		pos[i] = len(out)
		if keep[i] && escaped[i] && c == '&' {
			if j := bytes.IndexByte(text[i:min(len(text), i+12)], ';'); j > 1 {
				if r, ok := entity(string(text[i+1 : i+j])); ok {
					for k := i + 1; k <= i+j; k++ {
						pos[k] = len(out)
					}
					out = utf8.AppendRune(out, r)
					i += j
					continue
				}
			}
		}
		if keep[i] || c == '\n' {
			out = append(out, c)
		}
	}
	pos[len(text)] = len(out)
	return out, func(off int) int { return pos[min(max(off, 0), len(text))] }
}
