package ollama

import "strings"

// collector accumulates streamed text and decides when to stop reading. Ollama applies
// the stop sequences itself, but a model that loops or starts chatting should not burn
// the whole token budget, and a stop sequence may straddle two chunks, so the checks run
// on the accumulated text after every chunk.
type collector struct {
	stops     []string
	multiline bool
	// complete is the streaming gate (codegen.FillRequest.Complete): offered the text
	// up to each completed line, in order, it may end the generation there.
	complete func(string) (int, bool)
	text     strings.Builder
	done     bool
	out      string
	offered  int // bytes of out already offered to complete
}

func newCollector(stops []string, multiline bool, complete func(string) (int, bool)) *collector {
	return &collector{stops: stops, multiline: multiline, complete: complete}
}

// add appends a chunk and reports whether generation should stop now.
func (c *collector) add(chunk string) bool {
	if c.done {
		return true
	}
	c.text.WriteString(chunk)
	s := c.text.String()
	cut, ok := c.cutAt(s)
	if ok {
		s = s[:cut]
	}
	c.out = s
	// Lines are offered even when the filters stop here, so the result does not depend
	// on how the server happened to split the stream into chunks.
	if c.offer() || ok {
		c.done = true
	}
	return c.done
}

// offer passes each newly completed non-blank line to complete; when it stops, out ends
// where it says (at most before that line's newline).
func (c *collector) offer() bool {
	if c.complete == nil {
		return false
	}
	// A filter may cut behind lines already offered (a stop sequence starting with
	// "\n", a repeated line): those were offered whole already.
	c.offered = min(c.offered, len(c.out))
	for {
		i := strings.IndexByte(c.out[c.offered:], '\n')
		if i < 0 {
			return false
		}
		start, end := c.offered, c.offered+i
		c.offered = end + 1
		// A blank line completes no statement: the text is the same unit as before.
		if strings.TrimSpace(c.out[start:end]) == "" {
			continue
		}
		if keep, stop := c.complete(c.out[:end]); stop {
			c.out = c.out[:min(max(keep, 0), end)]
			return true
		}
	}
}

// result is the text gathered so far, already cut at the first stop point.
func (c *collector) result() string { return c.out }

// cutAt finds the earliest place where the completion must end.
func (c *collector) cutAt(s string) (int, bool) {
	best := -1
	take := func(i int) {
		if i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	for _, stop := range c.stops {
		if stop != "" {
			take(strings.Index(s, stop))
		}
	}
	// A markdown fence means the model is writing prose about code, not code.
	take(strings.Index(s, "```"))
	// Two blank lines in a row end a block in every language we serve.
	take(strings.Index(s, "\n\n\n"))
	if !c.multiline {
		take(strings.IndexByte(s, '\n'))
	}
	take(repeatCut(s))
	return best, best >= 0
}

// repeatCut returns where to cut when the same non-blank line has just been completed
// three times in a row (a sampling loop): after the first copy. Otherwise -1.
func repeatCut(s string) int {
	end := strings.LastIndexByte(s, '\n')
	if end < 0 {
		return -1
	}
	lines := strings.Split(s[:end], "\n")
	n := len(lines)
	if n < 3 {
		return -1
	}
	last := lines[n-1]
	if strings.TrimSpace(last) == "" || lines[n-2] != last || lines[n-3] != last {
		return -1
	}
	// Offset of the end of the first of the three copies.
	off := 0
	for _, l := range lines[:n-3] {
		off += len(l) + 1
	}
	return off + len(last)
}

// Collector is the filter streamed completions run through (stop sequences straddling
// chunks, fences, blank lines, sampling loops, the streaming gate), for other streaming
// backends: a completion reads the same whichever server wrote it.
type Collector struct{ c *collector }

// NewCollector returns a Collector for one completion.
func NewCollector(stops []string, multiline bool, complete func(string) (int, bool)) *Collector {
	return &Collector{newCollector(stops, multiline, complete)}
}

// Add appends a chunk and reports whether generation should stop now.
func (c *Collector) Add(chunk string) bool { return c.c.add(chunk) }

// Result is the text gathered so far, cut at the first stop point.
func (c *Collector) Result() string { return c.c.result() }
