package source

import (
	"bytes"
	"fmt"
	"unicode/utf8"
	"unsafe"
)

// Change is one LSP content change: with a Range it replaces that range, without one the
// whole text.
type Change struct {
	Range *Range
	Text  string
	// Encoding is the unit of the range's characters (UTF-16 unless negotiated otherwise).
	Encoding Encoding
}

// Edit is a byte-level description of an applied change, what tree-sitter's Tree.Edit needs.
type Edit struct {
	StartByte, OldEndByte, NewEndByte int
	StartRow, StartColumn             int
	OldEndRow, OldEndColumn           int
	NewEndRow, NewEndColumn           int
}

// Apply applies change to the text indexed by l and returns the new text and the edit.
// The old text is not modified, so snapshots taken before stay valid.
func Apply(l *Lines, change Change) ([]byte, Edit, error) {
	old := l.Text()
	if change.Range == nil {
		nl := NewLines([]byte(change.Text))
		endRow, endCol := nl.Point(len(change.Text))
		oldRow, oldCol := l.Point(len(old))
		return []byte(change.Text), Edit{
			OldEndByte: len(old), NewEndByte: len(change.Text),
			OldEndRow: oldRow, OldEndColumn: oldCol, NewEndRow: endRow, NewEndColumn: endCol,
		}, nil
	}
	start, err := l.OffsetIn(change.Range.Start, change.Encoding)
	if err != nil {
		return nil, Edit{}, err
	}
	end, err := l.OffsetIn(change.Range.End, change.Encoding)
	if err != nil {
		return nil, Edit{}, err
	}
	if end < start {
		return nil, Edit{}, fmt.Errorf("%w: range end before start", ErrOutOfRange)
	}
	// bytes.Join allocates without zeroing: for a 20 MB document this halves an edit's cost.
	text := bytes.Join([][]byte{old[:start], []byte(change.Text), old[end:]}, nil)
	e := Edit{StartByte: start, OldEndByte: end, NewEndByte: start + len(change.Text)}
	e.StartRow, e.StartColumn = l.Point(start)
	e.OldEndRow, e.OldEndColumn = l.Point(end)
	e.NewEndRow, e.NewEndColumn = e.StartRow, e.StartColumn
	if ins := NewLines([]byte(change.Text)); ins.Count() > 1 {
		e.NewEndRow += ins.Count() - 1
		e.NewEndColumn = len(change.Text) - ins.Start(ins.Count()-1)
	} else {
		e.NewEndColumn += len(change.Text)
	}
	return text, e, nil
}

// CheckText rejects what no source editor should hand us as code: NUL bytes (a binary file)
// and invalid UTF-8. It returns a short reason, or "" when the text is fine.
func CheckText(text []byte) string {
	// The whole text is searched (memchr speed): an edit may bring a NUL anywhere, and
	// every route a text enters by gets this same check.
	if bytes.IndexByte(text, 0) >= 0 {
		return "binary file (NUL bytes)"
	}
	if !utf8.Valid(text) {
		off := 0
		for off < len(text) {
			r, size := utf8.DecodeRune(text[off:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			off += size
		}
		l := NewLines(text)
		p := l.Position(off)
		return fmt.Sprintf("invalid UTF-8 at line %d", p.Line+1)
	}
	return ""
}

// View returns b as a string without copying it, for reading a snapshot's text with the
// strings package: a snapshot's bytes are never written, and a 10,000-line document copied
// once per request costs more than the request. Keep a part of it only as a copy
// (strings.Clone), or the whole text stays in memory with it.
func View(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
