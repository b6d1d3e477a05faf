package gcode

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen/source"
	"runtime"
	"sort"
	"sync"
)

// Million-line files: the text is cut into chunks of whole lines. Each chunk keeps a
// compact summary (control statements, calls, what its lines may change), the interpreter
// checkpoint at its start and its findings (relative to the chunk). A new version of the
// text reuses the chunks whose bytes did not change (a common prefix and a common suffix
// found by comparing chunk bytes), scans and simulates the changed chunks, and stops
// simulating as soon as the state entering a reused chunk equals the state it had before:
// everything after it is unchanged. Scanning runs in parallel on all cores.

// ChunkLines is the number of lines per chunk (and so the checkpoint interval).
var ChunkLines = 250

type chunk struct {
	start, end int // bytes, end after the final newline
	line0      int
	lines      int
	data       []byte // the chunk's bytes: the text is not kept in one piece (source.Lines.Edit)
	sum        *summary
	entry      *Checkpoint
	findings   []finding // offsets relative to start
	reused     bool
	syn        *chunkSyntax // syntax errors, computed on demand, shared by copies
}

type docState struct {
	lines  *source.Lines // the text's line index; the chunks hold its bytes
	key    string
	prog   *Program
	chunks []*chunk
	final  *Checkpoint
	global []finding
	// foreign: the text is in a language Gantry does not read; global holds the one
	// finding that says so, and nothing else is reported
	foreign bool

	endOnce sync.Once
	end     int // codeEnd's result
}

// settings are what a document's results depend on besides its text.
type settings struct {
	key      string
	dialect  Dialect
	explicit bool
	guessed  bool // LinuxCNC's reading only by default (guessedDialect)
	prof     *Profile
	path     string
	exists   func(string) bool
	foreign  *foreignDialect // a controller language Gantry does not read (foreign.go)
}

// splitLines cuts part, the text from offset base on (starting at a line boundary), into
// chunks of n lines, each holding its slice of part.
func splitLines(part []byte, base, line0, n int) []*chunk {
	var out []*chunk
	p := 0
	line := line0
	for p < len(part) {
		c := &chunk{start: base + p, line0: line, syn: &chunkSyntax{}}
		from := p
		k := 0
		for k < n && p < len(part) {
			i := bytes.IndexByte(part[p:], '\n')
			if i < 0 {
				p = len(part)
			} else {
				p += i + 1
			}
			k++
		}
		c.end, c.lines, c.data = base+p, k, part[from:p:p]
		line += k
		out = append(out, c)
	}
	return out
}

// textChunk is the whole of a text as one chunk.
func textChunk(text []byte) *chunk { return &chunk{end: len(text), data: text} }

// scanChunk builds the summary of a chunk.
func scanChunk(c *chunk) {
	s := &summary{lastLine: -1}
	var b Block
	forLines(c, func(line, start, end int) {
		c.scan(&b, line, start, end)
		s.add(&b)
	})
	c.sum = s
}

// scan reads the chunk's line [start, end) (absolute offsets) into b.
func (c *chunk) scan(b *Block, line, start, end int) {
	scanLineAt(b, c.data, c.start, line, start, end)
}

// forLines calls fn for each line of c with its number and byte range (absolute, without
// the newline).
func forLines(c *chunk, fn func(line, start, end int)) {
	p, line := 0, c.line0
	for p < len(c.data) {
		i := bytes.IndexByte(c.data[p:], '\n')
		e := len(c.data)
		if i >= 0 {
			e = p + i
		}
		le := e
		if le > p && c.data[le-1] == '\r' {
			le--
		}
		fn(line, c.start+p, c.start+le)
		line++
		p = e + 1
	}
}

// rebase returns a copy of c moved by dl lines and db bytes.
func (c *chunk) rebase(dl, db int) *chunk {
	n := *c
	n.start += db
	n.end += db
	n.line0 += dl
	n.reused = true
	if dl == 0 && db == 0 {
		return &n
	}
	s := *c.sum
	s.events = append([]ctlEvent(nil), s.events...)
	for i := range s.events {
		s.events[i].Line += dl
		s.events[i].Start += db
		s.events[i].End += db
	}
	s.gotoLines = append([]int(nil), s.gotoLines...)
	for i := range s.gotoLines {
		s.gotoLines[i] += dl
	}
	s.calls = append([]callRef(nil), s.calls...)
	for i := range s.calls {
		s.calls[i].Line += dl
		s.calls[i].Start += db
		s.calls[i].End += db
	}
	if s.lastLine >= 0 {
		s.lastLine += dl
		s.lastStart += db
		s.lastEnd += db
	}
	n.sum = &s
	return &n
}

// build computes the document state of the text lines index, reusing old where the bytes
// are unchanged; edit, when known, is what made the text from old's: chunks wholly before
// or after it are the same bytes, and are not compared. Only the changed chunks' bytes are
// read from lines, so a text kept in blocks is never joined.
func build(old *docState, lines *source.Lines, set *settings, edit *source.Edit) *docState {
	if old != nil && old.key != set.key {
		old = nil
	}
	size := lines.Len()
	newlineBefore := func(off int) bool { return lines.Slice(off-1, off)[0] == '\n' }
	var chunks []*chunk
	var resume *Checkpoint // the state entering the first chunk to simulate
	first := 0
	if old != nil {
		i := 0
		for ; i < len(old.chunks); i++ {
			c := old.chunks[i]
			untouched := edit != nil && c.end <= edit.StartByte
			if c.end > size || !untouched && !bytes.Equal(c.data, lines.Slice(c.start, c.end)) {
				break
			}
			if c.end < size && (c.end == 0 || !newlineBefore(c.end)) {
				break
			}
		}
		prefixEnd, prefixLines := 0, 0
		if i > 0 {
			prefixEnd, prefixLines = old.chunks[i-1].end, old.chunks[i-1].line0+old.chunks[i-1].lines
		}
		delta := size - old.lines.Len()
		j := len(old.chunks)
		for j > i {
			c := old.chunks[j-1]
			ns := c.start + delta
			untouched := edit != nil && c.start >= edit.OldEndByte
			if ns < prefixEnd || c.end+delta > size || !untouched && !bytes.Equal(c.data, lines.Slice(ns, c.end+delta)) || (ns > 0 && !newlineBefore(ns)) {
				break
			}
			j--
		}
		midEnd := size
		if j < len(old.chunks) {
			midEnd = old.chunks[j].start + delta
		}
		chunks = append(chunks, old.chunks[:i]...)
		// The changed chunks get bytes of their own: a slice of an edited text's block
		// would keep the whole block in memory for each chunk made from it.
		mid := splitLines(bytes.Clone(lines.Slice(prefixEnd, midEnd)), prefixEnd, prefixLines, ChunkLines)
		scanAll(mid)
		chunks = append(chunks, mid...)
		midLines := prefixLines
		if len(mid) > 0 {
			last := mid[len(mid)-1]
			midLines = last.line0 + last.lines
		}
		if j < len(old.chunks) {
			dl := midLines - old.chunks[j].line0
			for _, c := range old.chunks[j:] {
				chunks = append(chunks, c.rebase(dl, delta))
			}
		}
		first = i
		if i < len(old.chunks) {
			resume = old.chunks[i].entry
		} else {
			resume = old.final
		}
	} else {
		chunks = splitLines(lines.Slice(0, size), 0, 0, ChunkLines)
		scanAll(chunks)
	}
	sums := make([]*summary, len(chunks))
	for i, c := range chunks {
		sums[i] = c.sum
	}
	prog := buildProgram(sums, set)
	if old == nil || old.prog.sig != prog.sig || resume == nil {
		first, resume = 0, nil
		for i, c := range chunks {
			n := *c
			n.reused = false
			chunks[i] = &n
		}
	}
	d := &docState{lines: lines, key: set.key, prog: prog, chunks: chunks}
	sim := newSim(prog, hooks())
	if resume != nil {
		sim.restore(*resume)
	}
	var b Block
	converged := false
	for k := first; k < len(chunks); k++ {
		c := chunks[k]
		cp := sim.checkpoint()
		if c.reused && c.entry != nil && cp.equal(c.entry) {
			converged = true
			d.final = old.final
			break
		}
		n := *c
		n.entry = &cp
		n.reused = false
		sim.out = sim.out[:0]
		forLines(&n, func(line, start, end int) {
			n.scan(&b, line, start, end)
			sim.Exec(&b)
		})
		n.findings = make([]finding, len(sim.out))
		for i, f := range sim.out {
			f.Start -= n.start
			f.End -= n.start
			n.findings[i] = f
		}
		chunks[k] = &n
	}
	if !converged {
		cp := sim.checkpoint()
		d.final = &cp
	}
	g := &globalPass{Prog: prog, Path: set.path, exists: set.exists, finalState: d.final, foreign: set.foreign, lines: lines}
	d.foreign = set.foreign != nil
	for _, r := range registry {
		// a text Gantry does not read gets the finding that says so, and nothing else
		if r.global != nil && (set.foreign == nil || r.rule.ID == "gcode/dialect-not-checked") {
			r.global(g)
		}
	}
	d.global = g.out
	return d
}

// scanAll summarises chunks in parallel.
func scanAll(chunks []*chunk) {
	workers := runtime.GOMAXPROCS(0)
	if workers > len(chunks) {
		workers = len(chunks)
	}
	if workers <= 1 {
		for _, c := range chunks {
			scanChunk(c)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan *chunk, len(chunks))
	for _, c := range chunks {
		next <- c
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range next {
				scanChunk(c)
			}
		}()
	}
	wg.Wait()
}

// findings returns every finding with absolute offsets, in order.
func (d *docState) findings() []finding {
	if d.foreign {
		return d.global
	}
	end := d.codeEnd()
	n := len(d.global)
	for _, c := range d.chunks {
		if c.start >= end {
			break
		}
		n += len(c.findings)
	}
	out := make([]finding, 0, n)
	for _, c := range d.chunks {
		if c.start >= end {
			break
		}
		for _, f := range c.findings {
			f.Start += c.start
			f.End += c.start
			if f.Start >= end {
				continue
			}
			out = append(out, f)
		}
	}
	out = append(out, d.global...)
	return out
}

// findingsIn returns the findings that overlap [w0, w1], reading only the chunks there.
func (d *docState) findingsIn(w0, w1 int) []finding {
	var out []finding
	if d.foreign {
		for _, f := range d.global {
			if f.End >= w0 && f.Start <= w1 {
				out = append(out, f)
			}
		}
		return out
	}
	end := d.codeEnd()
	for i := max(d.chunkAt(w0)-1, 0); i < len(d.chunks); i++ {
		c := d.chunks[i]
		if c.start > w1 {
			break
		}
		for _, f := range c.findings {
			f.Start += c.start
			f.End += c.start
			if f.End >= w0 && f.Start <= w1 && f.Start < end {
				out = append(out, f)
			}
		}
	}
	for _, f := range d.global {
		if f.End >= w0 && f.Start <= w1 {
			out = append(out, f)
		}
	}
	return out
}

// codeEnd returns the offset where a LinuxCNC or Fanuc-family controller stops reading the
// file (just after the program's M2/M30, see programEnd), or the text's length. Lines below
// it never run, so they raise no finding: LinuxCNC's on_abort.ngc samples list the abort
// codes there. Grbl and Marlin read what the sender streams after M2, so for them the text
// runs to its end.
func (d *docState) codeEnd() int {
	d.endOnce.Do(func() {
		d.end = d.lines.Len()
		if p := d.prog; p == nil || p.Ends == 0 || p.Dialect != DialectLinuxCNC && !p.Dialect.fanucFamily() ||
			len(p.GotoTargets) > 0 {
			return // (a Fanuc GOTO may jump past the M30 that ends one branch)
		}
		d.end = programEndOf(d.chunks, d.lines.Len())
	})
	return d.end
}

// chunkAt returns the index of the chunk holding offset.
func (d *docState) chunkAt(off int) int {
	i := sort.Search(len(d.chunks), func(i int) bool { return d.chunks[i].end > off })
	if i >= len(d.chunks) {
		i = len(d.chunks) - 1
	}
	return i
}

// stateAt replays from the nearest checkpoint to the start of the line holding off and
// returns the interpreter there (and the block of that line, scanned).
func (d *docState) stateAt(off int) (*Sim, *Block) {
	sim := newSim(d.prog, nil)
	b := &Block{}
	if len(d.chunks) == 0 {
		return sim, b
	}
	i := d.chunkAt(off)
	c := d.chunks[i]
	if c.entry != nil {
		sim.restore(*c.entry)
	}
	found := false
	forLines(c, func(line, start, end int) {
		if found {
			return
		}
		c.scan(b, line, start, end)
		if off <= end {
			found = true
			return
		}
		sim.Exec(b)
	})
	if size := d.lines.Len(); !found && off >= size {
		// The cursor sits after a final newline: the state after the whole chunk.
		scanLineAt(b, nil, size, c.line0+c.lines, size, size)
	}
	return sim, b
}
