// Package source holds document text and converts between the position systems that meet
// in Gantry: LSP positions (line and UTF-16 code unit), tree-sitter points and offsets
// (bytes), and the code-point columns of `gantry check`. All conversions live here.
package source

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf16"
	"unicode/utf8"
)

// Position is an LSP position: zero-based line and character within the line, the
// character counted in the Encoding the client and server agreed on (UTF-16 by default).
type Position struct {
	Line      int
	Character int
}

// Range is an LSP range of two positions, end exclusive.
type Range struct {
	Start, End Position
}

// Encoding is the unit of Position.Character: LSP's default UTF-16 code units, or UTF-8
// bytes when the client offers them at initialize (the server then does no conversion).
type Encoding uint8

const (
	UTF16 Encoding = iota
	UTF8
)

// String is the encoding's name in LSP's positionEncoding.
func (e Encoding) String() string {
	if e == UTF8 {
		return "utf-8"
	}
	return "utf-16"
}

// ErrOutOfRange marks positions beyond the document.
var ErrOutOfRange = errors.New("position out of range")

// Lines indexes the start offset of every line of a text. A line ends at "\r\n", "\n" or a
// lone "\r", as LSP 3.17 says; the break is not part of the line's content.
//
// The starts are kept in blocks that successive snapshots share: an edit makes new blocks
// only around itself and shifts the blocks after it by their offset, so a keystroke in a
// million-line file costs a few kilobytes, not a copy of a four-megabyte table.
//
// The text itself is either one slice (NewLines, Apply) or, after Edit, kept in the blocks:
// each block holds the bytes of its lines, so an edit copies the blocks it touches and
// shares the others, and the 21 MB of a million-line file are not copied per keystroke. A
// line is always inside one block, so reading lines and converting positions copy nothing;
// the whole text is joined once, when someone asks for it (Text).
type Lines struct {
	text   []byte // the whole text; nil when it is kept in the blocks
	blocks []lineBlock
	count  int
	size   int
	joined atomic.Pointer[[]byte] // the blocks' bytes joined (Text), once asked for
	joinMu sync.Mutex
}

// lineBlock holds the starts of consecutive lines, offset+rel[i]. rel is never written once
// made (later snapshots share it).
type lineBlock struct {
	first  int // the line of rel[0]
	offset int
	rel    []int32
	data   []byte // the block's lines with their breaks, when the text is kept in blocks
}

// An edit makes its block again and shifts the list of blocks after it: blocks of about
// √n lines keep both parts small (a 10,000-line file's 100-line blocks, a million-line
// file's 1,000-line blocks), within these bounds.
const minLineBlockSize, maxLineBlockSize = 64, 2048

// lineBlockSize is how many starts a block of a text of n lines holds when made.
func lineBlockSize(n int) int {
	return min(max(int(math.Sqrt(float64(n))), minLineBlockSize), maxLineBlockSize)
}

func (b *lineBlock) start(i int) int { return b.offset + int(b.rel[i]) }

// blocked cuts a table of absolute starts, beginning with line first, into blocks of size
// starts.
func blocked(starts []int, first, size int) []lineBlock {
	var out []lineBlock
	for len(starts) > 0 {
		n := min(len(starts), size)
		b := lineBlock{first: first, offset: starts[0], rel: make([]int32, n)}
		for i, st := range starts[:n] {
			b.rel[i] = int32(st - starts[0])
		}
		out = append(out, b)
		starts, first = starts[n:], first+n
	}
	return out
}

// block returns the index of the block holding line.
func (l *Lines) block(line int) int {
	return sort.Search(len(l.blocks), func(i int) bool { return l.blocks[i].first > line }) - 1
}

// breakAt reports whether a line break ends at text[i] (the line after starts at i+1): a
// "\n", or a "\r" not followed by "\n".
func breakAt(text []byte, i int) bool {
	switch text[i] {
	case '\n':
		return true
	case '\r':
		return i+1 == len(text) || text[i+1] != '\n'
	}
	return false
}

// appendStarts appends the start of every line after a break in text, whose first byte
// is at offset base; atEnd says whether a break ending text starts a line too.
func appendStarts(starts []int, text []byte, base int, atEnd bool) []int {
	for i := bytes.IndexAny(text, "\r\n"); i >= 0; {
		if breakAt(text, i) && (atEnd || i+1 < len(text)) {
			starts = append(starts, base+i+1)
		}
		j := bytes.IndexAny(text[i+1:], "\r\n")
		if j < 0 {
			break
		}
		i += j + 1
	}
	return starts
}

// NewLines indexes text. It does not copy it: callers must not mutate text afterwards.
func NewLines(text []byte) *Lines {
	starts := appendStarts(make([]int, 1, len(text)/32+1), text, 0, true)
	return &Lines{text: text, blocks: blocked(starts, 0, lineBlockSize(len(starts))), count: len(starts), size: len(text)}
}

// Text returns the indexed text. A text kept in blocks is joined on the first call (a copy
// of the whole text, kept with the index); Slice and the line functions do not need that.
func (l *Lines) Text() []byte {
	if l.text != nil {
		return l.text
	}
	if j := l.joined.Load(); j != nil {
		return *j
	}
	l.joinMu.Lock()
	defer l.joinMu.Unlock()
	if j := l.joined.Load(); j != nil {
		return *j
	}
	out := make([]byte, 0, l.size)
	for i := range l.blocks {
		out = append(out, l.blocks[i].data...)
	}
	l.joined.Store(&out)
	return out
}

// Joined reports whether the whole text exists as one slice: given to NewLines or Apply,
// or joined since by Text.
func (l *Lines) Joined() bool { return l.text != nil || l.joined.Load() != nil }

// Len is the text's length in bytes.
func (l *Lines) Len() int { return l.size }

// whole returns the whole text when it exists as one slice, else nil.
func (l *Lines) whole() []byte {
	if l.text != nil {
		return l.text
	}
	if j := l.joined.Load(); j != nil {
		return *j
	}
	return nil
}

// blockAt returns the index of the block holding byte offset off.
func (l *Lines) blockAt(off int) int {
	return max(sort.Search(len(l.blocks), func(i int) bool { return l.blocks[i].offset > off })-1, 0)
}

// blockBytes returns the bytes of block k.
func (l *Lines) blockBytes(k int) []byte {
	if l.text == nil {
		return l.blocks[k].data
	}
	end := l.size
	if k+1 < len(l.blocks) {
		end = l.blocks[k+1].offset
	}
	return l.text[l.blocks[k].offset:end]
}

// Slice returns the text's bytes from a to b, which callers must not modify. A range
// inside one line (one block) is not copied; a longer one of a text kept in blocks is.
func (l *Lines) Slice(a, b int) []byte {
	if w := l.whole(); w != nil || l.size == 0 {
		return w[a:b]
	}
	if a < 0 || b > l.size || a > b {
		panic(fmt.Sprintf("source: slice [%d:%d] of a %d-byte text", a, b, l.size))
	}
	k := l.blockAt(a)
	bl := &l.blocks[k]
	if b-bl.offset <= len(bl.data) {
		return bl.data[a-bl.offset : b-bl.offset]
	}
	out := make([]byte, 0, b-a)
	for ; a < b; k++ {
		bl := &l.blocks[k]
		part := bl.data[a-bl.offset : min(b-bl.offset, len(bl.data))]
		out = append(out, part...)
		a += len(part)
	}
	return out
}

// Pieces yields the text in order as slices that each hold whole lines (the one slice of a
// text in one piece, or each block's bytes) with the offset of their first byte: a scan
// of the whole text that does not need it joined.
func (l *Lines) Pieces(yield func(off int, data []byte) bool) {
	if w := l.whole(); w != nil || l.size == 0 {
		yield(0, w)
		return
	}
	for k := range l.blocks {
		if !yield(l.blocks[k].offset, l.blocks[k].data) {
			return
		}
	}
}

// lineWithBreak returns the bytes of line including its break (a slice of one block).
func (l *Lines) lineWithBreak(line int) []byte {
	end := l.size
	if line+1 < l.count {
		end = l.Start(line + 1)
	}
	return l.Slice(l.Start(line), end)
}

// Count is the number of lines (a text ending in a line break has an empty last line).
func (l *Lines) Count() int { return l.count }

// Start returns the byte offset where line begins.
func (l *Lines) Start(line int) int {
	b := &l.blocks[l.block(line)]
	return b.start(line - b.first)
}

// End returns the byte offset of the end of line's content, before its line break.
func (l *Lines) End(line int) int {
	if line+1 >= l.count {
		return l.size
	}
	start := l.Start(line)
	end := l.Start(line+1) - 1 // the break's last byte
	if end > start {
		if pair := l.Slice(end-1, end+1); pair[0] == '\r' && pair[1] == '\n' {
			end--
		}
	}
	return end
}

// LineText returns the content of line without its line break.
func (l *Lines) LineText(line int) []byte { return l.Slice(l.Start(line), l.End(line)) }

// LineOf returns the line holding byte offset off.
func (l *Lines) LineOf(off int) int {
	k := sort.Search(len(l.blocks), func(i int) bool { return l.blocks[i].offset > off }) - 1
	if k < 0 {
		return -1
	}
	b := &l.blocks[k]
	return b.first + sort.Search(len(b.rel), func(i int) bool { return b.start(i) > off }) - 1
}

// Offset converts an LSP position in UTF-16 code units to a byte offset.
func (l *Lines) Offset(p Position) (int, error) { return l.OffsetIn(p, UTF16) }

// OffsetIn converts a position in encoding enc to a byte offset. A character past the end
// of its line clamps to the line end (clients do send those); a line past the end is an
// error. A position inside a surrogate pair or a multi-byte character snaps to that
// character's start.
func (l *Lines) OffsetIn(p Position, enc Encoding) (int, error) {
	if p.Line < 0 || p.Character < 0 {
		return 0, fmt.Errorf("%w: negative position %d:%d", ErrOutOfRange, p.Line, p.Character)
	}
	if p.Line >= l.count {
		// The position just after a final line break is legal.
		return 0, fmt.Errorf("%w: line %d, document has %d", ErrOutOfRange, p.Line, l.count)
	}
	start, end := l.Start(p.Line), l.End(p.Line)
	text := l.Slice(start, end)
	if enc == UTF8 {
		off := min(start+p.Character, end)
		for off > start && off < end && !utf8.RuneStart(text[off-start]) {
			off--
		}
		return off, nil
	}
	units := 0
	for i := start; i < end; {
		if units >= p.Character {
			return i, nil
		}
		r, size := utf8.DecodeRune(text[i-start:])
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if units+n > p.Character {
			return i, nil
		}
		units += n
		i += size
	}
	return end, nil
}

// Position converts a byte offset to an LSP position in UTF-16 code units.
func (l *Lines) Position(off int) Position { return l.PositionIn(off, UTF16) }

// PositionIn converts a byte offset to a position in encoding enc. Offsets beyond the text
// clamp to its end.
func (l *Lines) PositionIn(off int, enc Encoding) Position {
	off = min(max(off, 0), l.size)
	line := l.LineOf(off)
	start := l.Start(line)
	text := l.lineWithBreak(line)
	off = start + charStart(text, off-start)
	if enc == UTF8 {
		return Position{Line: line, Character: off - start}
	}
	return Position{Line: line, Character: utf16Len(text[:off-start])}
}

// charStart moves an offset inside a multi-byte character back to the character's start,
// as OffsetIn does: counted as it stands, the character's first bytes would be invalid
// bytes of one unit each, and an offset a byte further on would get a smaller column.
// text is the offset's line, off relative to it.
func charStart(text []byte, off int) int {
	for k := 1; k < utf8.UTFMax && off-k >= 0 && off < len(text); k++ {
		if utf8.RuneStart(text[off-k]) {
			if _, size := utf8.DecodeRune(text[off-k:]); size > k {
				return off - k
			}
			break
		}
	}
	return off
}

// RuneColumn returns the zero-based column of off counted in Unicode code points, the unit
// of `gantry check`'s columns.
func (l *Lines) RuneColumn(off int) int {
	off = min(off, l.size)
	line := l.LineOf(off)
	start := l.Start(line)
	text := l.lineWithBreak(line)
	return utf8.RuneCount(text[:charStart(text, off-start)])
}

// Point returns the tree-sitter point (row, byte column) of off.
func (l *Lines) Point(off int) (row, column int) {
	line := l.LineOf(off)
	return line, off - l.Start(line)
}

func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r == utf8.RuneError && size == 1 {
			n++ // invalid byte: counted as one unit, as editors show a replacement character
			continue
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// OffsetAtRuneColumn converts a 1-based line and 1-based code-point column, the units of
// `gantry check` and the CLI, to a byte offset. A column past the line's end clamps to it.
func (l *Lines) OffsetAtRuneColumn(line, column int) (int, error) {
	if line < 1 || line > l.count || column < 1 {
		return 0, fmt.Errorf("%w: %d:%d (document has %d lines)", ErrOutOfRange, line, column, l.count)
	}
	start, end := l.Start(line-1), l.End(line-1)
	text := l.Slice(start, end)
	off := start
	for n := 1; n < column && off < end; n++ {
		_, size := utf8.DecodeRune(text[off-start:])
		off += size
	}
	return off, nil
}

// Apply returns the line index of the text after an edit, reusing this index: blocks
// before the edit are kept, the inserted text is scanned, blocks after it are shifted.
func (l *Lines) Apply(e Edit, newText []byte) *Lines {
	// Breaks next to the edit may change meaning ("\r" + inserted "\n" is one break), so the
	// byte before the edit is scanned again with the inserted text.
	from := max(e.StartByte-1, 0)
	keep := l.LineOf(from) + 1                                 // lines starting at or before from stay
	tail := l.LineOf(min(e.OldEndByte, l.size)) + 1            // lines starting after the edit shift
	bk, bt := l.block(max(keep-1, 0)), l.block(max(tail-1, 0)) // the blocks the edit touches
	delta := e.NewEndByte - e.OldEndByte
	// The touched blocks' lines, made again: those kept, the inserted breaks, those shifted.
	// Lines before keep are in block bk, lines from tail up to end in block bt.
	end := l.count
	if bt+1 < len(l.blocks) {
		end = l.blocks[bt+1].first
	}
	b0, b1 := &l.blocks[bk], &l.blocks[bt]
	mid := make([]int, 0, keep-b0.first+max(0, end-tail)+8)
	for line := b0.first; line < keep; line++ {
		mid = append(mid, b0.start(line-b0.first))
	}
	for i := from; i < e.NewEndByte; i++ {
		if breakAt(newText, i) {
			mid = append(mid, i+1)
		}
	}
	for line := tail; line < end; line++ {
		mid = append(mid, b1.start(line-b1.first)+delta)
	}
	first := l.blocks[bk].first
	blocks := make([]lineBlock, 0, len(l.blocks)+2)
	blocks = append(blocks, l.blocks[:bk]...)
	blocks = append(blocks, blocked(mid, first, lineBlockSize(l.count))...)
	shift := first + len(mid) - end // lines added
	for _, b := range l.blocks[bt+1:] {
		blocks = append(blocks, lineBlock{first: b.first + shift, offset: b.offset + delta, rel: b.rel})
	}
	return &Lines{text: newText, blocks: blocks, count: l.count + shift, size: len(newText)}
}

// Edit applies change and returns the index of the new text, which is kept in blocks: the
// blocks the change touches are made again with their bytes, the others are shared (those
// after it shifted). Nothing copies the whole text. l is not modified.
func (l *Lines) Edit(change Change) (*Lines, Edit, error) {
	if change.Range == nil {
		nl := NewLines([]byte(change.Text))
		return nl, l.replaceAll(nl), nil
	}
	start, end, err := l.rangeOffsets(change)
	if err != nil {
		return nil, Edit{}, err
	}
	e := l.editOf(start, end, change.Text)
	// The blocks from the one holding the byte before the change (a "\r" there and an
	// inserted "\n" make one break) to the one holding its end are made again, from
	// their bytes with the change applied; every break in them is found again.
	bk, bt := l.blockAt(max(start-1, 0)), l.blockAt(end)
	r0 := l.blocks[bk].offset
	r1, nextFirst := l.size, l.count
	if bt+1 < len(l.blocks) {
		r1, nextFirst = l.blocks[bt+1].offset, l.blocks[bt+1].first
	}
	region := make([]byte, 0, r1-r0+len(change.Text)-(end-start))
	region = append(region, l.Slice(r0, start)...)
	region = append(region, change.Text...)
	region = append(region, l.Slice(end, r1)...)
	// A break ending the region starts the next block's first line, except at the text's
	// end, where it starts an empty last line.
	starts := appendStarts([]int{r0}, region, r0, bt+1 == len(l.blocks))
	first := l.blocks[bk].first
	shift := first + len(starts) - nextFirst // lines added
	delta := len(change.Text) - (end - start)
	made := blocked(starts, first, lineBlockSize(l.count))
	for i := range made {
		to := len(region)
		if i+1 < len(made) {
			to = made[i+1].offset - r0
		}
		made[i].data = region[made[i].offset-r0 : to : to]
	}
	blocks := make([]lineBlock, 0, len(l.blocks)-(bt-bk+1)+len(made))
	for k := 0; k < bk; k++ {
		b := l.blocks[k]
		b.data = l.blockBytes(k)
		blocks = append(blocks, b)
	}
	blocks = append(blocks, made...)
	for k := bt + 1; k < len(l.blocks); k++ {
		b := l.blocks[k]
		b.data = l.blockBytes(k)
		b.first += shift
		b.offset += delta
		blocks = append(blocks, b)
	}
	return &Lines{blocks: blocks, count: l.count + shift, size: l.size + delta}, e, nil
}

// rangeOffsets returns the byte offsets of a change's range.
func (l *Lines) rangeOffsets(change Change) (start, end int, err error) {
	if start, err = l.OffsetIn(change.Range.Start, change.Encoding); err != nil {
		return 0, 0, err
	}
	if end, err = l.OffsetIn(change.Range.End, change.Encoding); err != nil {
		return 0, 0, err
	}
	if end < start {
		return 0, 0, fmt.Errorf("%w: range end before start", ErrOutOfRange)
	}
	return start, end, nil
}

// editOf describes replacing bytes start to end of l's text with text.
func (l *Lines) editOf(start, end int, text string) Edit {
	e := Edit{StartByte: start, OldEndByte: end, NewEndByte: start + len(text)}
	e.StartRow, e.StartColumn = l.Point(start)
	e.OldEndRow, e.OldEndColumn = l.Point(end)
	e.NewEndRow, e.NewEndColumn = e.StartRow, e.StartColumn
	if ins := NewLines([]byte(text)); ins.Count() > 1 {
		e.NewEndRow += ins.Count() - 1
		e.NewEndColumn = len(text) - ins.Start(ins.Count()-1)
	} else {
		e.NewEndColumn += len(text)
	}
	return e
}

// replaceAll describes replacing l's whole text with the text nl indexes.
func (l *Lines) replaceAll(nl *Lines) Edit {
	endRow, endCol := nl.Point(nl.Len())
	oldRow, oldCol := l.Point(l.size)
	return Edit{OldEndByte: l.size, NewEndByte: nl.Len(), OldEndRow: oldRow, OldEndColumn: oldCol, NewEndRow: endRow, NewEndColumn: endCol}
}
