package syntax

import (
	"bytes"
	"sort"
)

// A file with embedded code (ST in TwinCAT or PLCopen XML) shows the engineer only its code:
// TwinCAT XAE and CODESYS display a POU's declaration and implementation (then its methods,
// actions and properties) as plain ST. CodeView is that text, with the map back to the file,
// so a prompt never carries the XML wrapper, CDATA markers, GUIDs or LineIds.

// CodeView is the regions' code one after another, each starting on a line of its own.
type CodeView struct {
	Text    []byte
	regions [][2]int
	starts  []int // offset of each region in Text
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
		v.Text = append(v.Text, code...)
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
	return min(v.starts[i]+off-v.regions[i][0], end), true
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
	pos := make([]int, len(text)+1)
	for i, c := range text {
		pos[i] = len(out)
		if keep[i] || c == '\n' {
			out = append(out, c)
		}
	}
	pos[len(text)] = len(out)
	return out, func(off int) int { return pos[min(max(off, 0), len(text))] }
}
