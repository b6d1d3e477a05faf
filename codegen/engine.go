package codegen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gantry-dev/gantry/codegen/config"
	"github.com/gantry-dev/gantry/codegen/deepstack"
	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Engine runs the suggestion pipeline: context → prompt → backend → gate.
type Engine struct {
	Registry *Registry
	// Primary answers first; when it is unavailable the Fallback (the embedded backend)
	// answers instead. Either may be nil, not both.
	Primary  Backend
	Fallback Backend
	// OnPrimaryError is told once per failure so the caller can show a status; may be nil.
	OnPrimaryError func(error)
	// Cache, when set, answers repeated and typed-through positions without a backend.
	Cache *Cache
	// Related, when set, finds workspace code related to the cursor for the prompt.
	Related Retriever
	// Health, when set, marks the primary down after a stall (shared across requests).
	Health *Health
	// Local says that no backend of this engine runs outside the process (no Primary, the
	// embedded Fallback): nothing in the prompt leaves it, so secrets are not masked. The
	// prompt a command shows, or a model host may receive, always is.
	Local bool
}

// Retriever finds context blocks related to a cursor position.
type Retriever interface {
	Related(ctx context.Context, lang, path string, text []byte, offset int) []Block
}

// contextSourceLimit bounds each context source so a slow one never stalls a suggestion.
const contextSourceLimit = 100 * time.Millisecond

// SuggestRequest is one suggestion request.
type SuggestRequest struct {
	Path      string
	File      *syntax.File
	Offset    int
	Config    *config.Config
	Workspace Workspace
	// Invoked is true when the user asked explicitly (not while typing).
	Invoked bool
}

// Suggestion is one vetted insertion.
type Suggestion struct {
	Text       string
	Start, End int // byte range replaced (Start == End == Offset for a plain insertion)
}

// Dropped is a candidate the gate refused, with the reason.
type Dropped struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	// Rule and Message name the finding that dropped it, when a rule did.
	Rule    string `json:"rule,omitempty"`
	Message string `json:"message,omitempty"`
}

// Why is the reason with the finding's message, for logs: "rule:st/x: message".
func (d Dropped) Why() string {
	if d.Message == "" {
		return d.Reason
	}
	return d.Reason + ": " + d.Message
}

// Result is the pipeline's answer.
type Result struct {
	Backend     string
	Model       string
	Suggestions []Suggestion
	Dropped     []Dropped
	Skip        string // why nothing was asked ("" when the backend was asked)
	Prompt      Prompt
	Err         error // the primary backend's failure, when the fallback answered
	Cached      bool  // answered from the cache, no backend asked
}

// Prepare computes the context and the prompt without asking a backend: what
// `gantry prompt` prints and what Suggest sends.
func (e *Engine) Prepare(ctx context.Context, p Pack, req SuggestRequest) (Context, Prompt) {
	ctx, cancel := context.WithCancel(ctx) // stops the lookup of related code if unused
	defer cancel()
	related := e.related(ctx, p, req)
	return e.prompt(ctx, p, req, e.context(ctx, p, req), related)
}

func (e *Engine) context(ctx context.Context, p Pack, req SuggestRequest) Context {
	return p.Context(ctx, ContextRequest{Path: req.Path, File: req.File, Offset: req.Offset, Config: req.Config, Workspace: req.Workspace})
}

// prompt adds related workspace code to the pack's context and builds the prompt from it.
func (e *Engine) prompt(ctx context.Context, p Pack, req SuggestRequest, c Context, related func() []Block) (Context, Prompt) {
	if c.Skip == "" {
		c.Blocks = append(c.Blocks, related()...)
	}
	text, offset := req.File.Bytes(), req.Offset
	escaped := false
	if req.File.Regions != nil {
		// A project file's prompt is its code as the IDE shows it, never the XML around it.
		v := syntax.NewCodeView(req.File.Bytes(), req.File.Regions(req.File.Bytes()))
		escaped = v.EscapedAt(req.Offset)
		if off, ok := v.ViewOffset(req.Offset); ok {
			text, offset = v.Text, off
		} else {
			text, offset = v.Text, len(v.Text)
			if c.Skip == "" {
				c.Skip = "the cursor is in the XML of a project file, outside its code"
			}
		}
	}
	c.Blocks = relativeSources(c.Blocks, req.Workspace)
	pr := BuildPrompt(text, offset, p.LineComment(), c, req.Config.Completion.ContextTokens)
	pr.EscapedText = escaped
	// Secrets never leave the process: mask them in everything the backend will see.
	if e.Local && e.Primary == nil {
		return c, pr
	}
	var n1, n2, n3 int
	mask := maskerFor(p)
	pr.Header, n1 = mask.Text(pr.Header)
	pr.Prefix, n2 = mask.Text(pr.Prefix)
	pr.Suffix, n3 = mask.Text(pr.Suffix)
	pr.Masked = n1 + n2 + n3
	return c, pr
}

// Suggest runs the whole pipeline.
func (e *Engine) Suggest(ctx context.Context, req SuggestRequest) (*Result, error) {
	p := e.Registry.ForPath(req.Path)
	if p == nil {
		return nil, errors.New("no language pack for " + req.Path)
	}
	// A cached answer needs no context, prompt or backend: it was vetted at this very text.
	if e.Cache != nil {
		if texts, ok := e.Cache.Get(req.Path, req.File.Bytes(), req.Offset); ok {
			res := &Result{Backend: "cache", Cached: true}
			for _, t := range texts {
				res.Suggestions = append(res.Suggestions, Suggestion{Text: t, Start: req.Offset, End: req.Offset})
			}
			return res, nil
		}
	}
	// Related code is looked up beside the context (it needs only the request).
	rctx, cancelRelated := context.WithCancel(ctx)
	defer cancelRelated()
	related := e.related(rctx, p, req)
	c := e.context(ctx, p, req)
	if c.Skip != "" && !req.Invoked {
		return &Result{Skip: c.Skip}, nil
	}
	// The gate is prepared (the cursor's unit and its syntax errors) while the prompt is
	// built and the model answers.
	gctx, cancelGate := context.WithCancel(ctx)
	defer cancelGate()
	gate := startGate(gctx, p, CheckRequest{Path: req.Path, File: req.File, Config: req.Config, Workspace: req.Workspace}, req.Offset, c.Unit)
	c, pr := e.prompt(ctx, p, req, c, related)
	res := &Result{Prompt: pr}
	if c.Skip != "" && !req.Invoked {
		res.Skip = c.Skip
		return res, nil
	}
	fill := FillRequest{
		Language: p.ID(), Path: req.Path, Header: pr.Header, Prefix: pr.Prefix, Suffix: pr.Suffix,
		Stop: pr.Stop, MaxTokens: req.Config.Completion.MaxTokens, Temperature: req.Config.Completion.Temperature,
		Multiline: c.Multiline, Hints: c.Hints,
	}
	if !c.Multiline && fill.MaxTokens > 48 {
		fill.MaxTokens = 48
	}
	fill.Candidates = req.Config.Completion.Candidates
	if req.Invoked {
		fill.Candidates = req.Config.Completion.CandidatesInvoked
	}
	if c.Multiline {
		fill.Complete = streamingGate(ctx, gate.get, p)
	}
	cands, backend, primaryErr, err := e.fill(ctx, fill, req.Config)
	if backend != nil {
		res.Backend, res.Model = backend.Name(), backend.Model()
	}
	res.Err = primaryErr
	if err != nil {
		return res, err
	}
	seen := map[string]bool{}
	// The model wrote code as the prompt showed it (`a < b`); a PLCopen body is escaped XML
	// text, so what goes into the file, and through the gate, is escaped (`a &lt; b`).
	vet := func(cands []Candidate) {
		for _, cand := range cands {
			text, reason := Clean(cand.Text, req.File.Bytes(), req.Offset, c.Multiline)
			if reason != "" {
				res.Dropped = append(res.Dropped, Dropped{Text: cand.Text, Reason: reason})
				continue
			}
			if pr.EscapedText {
				text = syntax.EscapeXML(text)
			}
			if seen[text] {
				continue
			}
			seen[text] = true
			v := gate.get().Vet(ctx, text)
			if v.Reason != "" {
				res.Dropped = append(res.Dropped, Dropped{Text: text, Reason: v.Reason, Rule: v.Rule, Message: v.Message})
				continue
			}
			if seen[v.Text] && v.Text != text {
				continue
			}
			seen[v.Text] = true
			res.Suggestions = append(res.Suggestions, Suggestion{Text: v.Text, Start: req.Offset, End: req.Offset})
		}
	}
	vet(cands)
	stopgap := false // embedded offers standing in for dropped model output: not cached, so
	// the next request at this position asks the model again
	if len(res.Suggestions) == 0 && len(cands) > 0 && e.Primary != nil && primaryErr == nil && e.Fallback != nil && ctx.Err() == nil {
		// The gate dropped everything the model said: the embedded backend's offers pass
		// the same gate, and an empty answer helps nobody.
		if fb, err := e.Fallback.Fill(ctx, fill); err == nil && len(fb) > 0 {
			before := len(res.Suggestions)
			vet(fb)
			if len(res.Suggestions) > before {
				res.Backend, res.Model = e.Fallback.Name(), e.Fallback.Model()
				stopgap = true
			}
		}
	}
	if e.Cache != nil && ctx.Err() == nil && !stopgap {
		texts := make([]string, len(res.Suggestions))
		for i, sg := range res.Suggestions {
			texts[i] = sg.Text
		}
		e.Cache.Put(req.Path, req.File.Bytes(), req.Offset, texts)
	}
	return res, ctx.Err()
}

// fill asks the primary backend, and the fallback when the primary fails. It returns the
// candidates, the backend that answered, the primary's failure (reported, not fatal when
// the fallback answered) and a fatal error when nobody could answer.
func (e *Engine) fill(ctx context.Context, req FillRequest, cfg *config.Config) (cands []Candidate, answered Backend, primaryErr, fatal error) {
	if e.Primary != nil {
		if down := e.Health.Down(); down != nil {
			primaryErr = down // marked down after a stall: the fallback answers at once
		} else {
			timeout := time.Duration(cfg.Completion.TimeoutMS) * time.Millisecond
			if timeout <= 0 {
				timeout = 8 * time.Second
			}
			pctx, cancel := context.WithTimeout(ctx, timeout)
			cands, err := e.Primary.Fill(pctx, req)
			stalled := pctx.Err() == context.DeadlineExceeded
			cancel()
			if err == nil {
				return cands, e.Primary, nil, nil
			}
			if ctx.Err() != nil {
				return nil, e.Primary, nil, ctx.Err()
			}
			if stalled {
				err = fmt.Errorf("%w: model %q did not answer within %v (still loading, or the host is overloaded); "+
					"the embedded backend answers meanwhile and the model is retried in the background; "+
					"raise completion.timeout_ms if the model is just slow", ErrUnavailable, e.Primary.Model(), timeout)
				e.Health.MarkDown(err, e.Primary)
			}
			primaryErr = err
			if e.OnPrimaryError != nil {
				e.OnPrimaryError(err)
			}
		}
	}
	if e.Fallback == nil {
		return nil, e.Primary, primaryErr, primaryErr
	}
	cands, err := e.Fallback.Fill(ctx, req)
	if err != nil {
		return nil, e.Fallback, primaryErr, errors.Join(primaryErr, err)
	}
	return cands, e.Fallback, primaryErr, nil
}

// Clean normalises a raw candidate and rejects useless ones: blank text, a repeat of the
// code right below the cursor, a rewrite of the line above. Single-line requests keep the
// first line only. A block's closing line (END_IF;, end, endcase, }) is no repeat: nested
// blocks close one after another, and the gate's syntax check tells a closer the code
// needs from one too many. So is a line that leaves a bracket open (`CONCAT(` above
// `CONCAT(`): nested calls open one after another, and one too many is left unclosed.
func Clean(raw string, text []byte, offset int, multiline bool) (string, string) {
	s := strings.ReplaceAll(raw, "\r\n", "\n")
	if !multiline {
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimRight(s, " \t\n")
	if strings.TrimSpace(s) == "" {
		return "", "empty"
	}
	rest := source.View(text[offset:])
	nextLines := strings.SplitN(strings.TrimLeft(rest, " \t\r\n"), "\n", 2)
	first := strings.TrimSpace(strings.SplitN(s, "\n", 2)[0])
	if (blockCloser.MatchString(first) || opensBrackets(first) || conditionalEnd.MatchString(first) && closesConditional(text, offset)) && strings.TrimSpace(s) == first {
		return s, ""
	}
	if len(nextLines) > 0 && first != "" && strings.TrimSpace(strings.TrimSpace(nextLines[0])) == first && strings.TrimSpace(s) == first {
		return "", "duplicate"
	}
	before := source.View(text[:offset])
	if i := strings.LastIndexByte(strings.TrimRight(before, " \t\r\n"), '\n'); i >= 0 {
		above := strings.TrimSpace(before[i+1:])
		if above != "" && strings.TrimSpace(s) == above {
			return "", "repeat"
		}
	}
	return s, ""
}

// opensBrackets reports whether line opens more brackets than it closes, outside quoted
// strings: its call, list or concatenation goes on below.
func opensBrackets(line string) bool {
	depth := 0
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		}
	}
	return depth > 0
}

// blockCloser matches a line that only closes a block: ST's END_* keywords, Verilog's end
// and end… keywords (with a label), fork's join, a brace; a comment may follow. A name that
// merely starts so (`endValue;`) is none.
var blockCloser = lazyregexp.New(`(?i)^(end(_[a-z_]+|case|module|function|task|generate|class|package|interface|program|clocking|group|property|sequence|checker|config|table|specify|primitive|macromodule)?|join(_any|_none)?|\}\)?)\s*(:\s*\w+)?\s*;?\s*(//.*|\(\*.*\*\)|/\*.*\*/)?$`)

// conditionalEnd matches a line that only ends a Verilog conditional compilation, an
// `endif (a comment may follow).
var conditionalEnd = lazyregexp.New(`^` + "`" + `endif\s*(//.*|/\*.*\*/)?$`)

// closesConditional reports whether an `endif inserted at offset of text closes a
// conditional (`ifdef, `ifndef) left open there, with every `endif below it still closing
// one of its own: nested conditionals end one after another, and the line an `endif
// repeats is then no duplicate. Directives in comments and strings do not count.
func closesConditional(text []byte, offset int) bool {
	depth, low := 0, 0
	at := false // past offset
	var quote bool
	for i := 0; i < len(text); i++ {
		if !at && i >= offset {
			if depth < 1 {
				return false
			}
			at, low = true, depth
		}
		c := text[i]
		switch {
		case quote:
			if c == '\\' {
				i++
			} else if c == '"' || c == '\n' {
				quote = false
			}
		case c == '"':
			quote = true
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			end := bytes.Index(text[i+2:], []byte("*/"))
			if end < 0 {
				i = len(text)
			} else {
				i += end + 3
			}
		case c == '`':
			j := i + 1
			for j < len(text) && (text[j] == '_' || text[j] == '$' || text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
				j++
			}
			switch string(text[i+1 : j]) {
			case "ifdef", "ifndef":
				depth++
			case "endif":
				depth--
				if at {
					low = min(low, depth)
				}
			}
			i = j - 1
		}
	}
	if !at {
		return depth >= 1
	}
	return low >= 1
}

// related starts looking up workspace code related to the cursor, on a goroutine of its own
// bounded by contextSourceLimit, and returns the wait for its answer (nil after the
// limit, or without a retriever). When the prompt needs the answer before the goroutine
// has even begun (both cores busy with the request and the keystroke's preparation), the
// wait does the lookup itself rather than wait for a core to start it.
func (e *Engine) related(ctx context.Context, p Pack, req SuggestRequest) func() []Block {
	if e.Related == nil {
		return func() []Block { return nil }
	}
	start := time.Now()
	lookup := func(ctx context.Context) (b []Block) {
		defer func() {
			if v := recover(); v != nil {
				rules.Recovered("retrieval", v) // logged; the suggestion goes on without
				b = nil
			}
		}()
		text, offset := req.File.Bytes(), req.Offset
		if req.File.Regions != nil {
			var at func(int) int
			text, at = syntax.CodeOnly(req.File.Bytes(), req.File.Regions(req.File.Bytes()))
			offset = at(req.Offset)
		}
		return e.Related.Related(ctx, p.ID(), req.Path, text, offset)
	}
	var claimed atomic.Bool // by the goroutine or by the wait, whichever comes first
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan []Block, 1)
	deepstack.Go(func() {
		if claimed.CompareAndSwap(false, true) {
			done <- lookup(ctx)
		}
	})
	return func() []Block {
		defer cancel()
		if claimed.CompareAndSwap(false, true) {
			lctx, stop := context.WithTimeout(ctx, contextSourceLimit)
			defer stop()
			return lookup(lctx)
		}
		select {
		case b := <-done:
			return b
		default:
		}
		// The limit's timer is made only by a wait that finds no answer yet.
		limit := time.NewTimer(contextSourceLimit - time.Since(start))
		defer limit.Stop()
		select {
		case b := <-done:
			return b
		case <-limit.C:
			return nil
		case <-ctx.Done():
			return nil
		}
	}
}

// Streaming gate bounds: a passing text of this many lines is enough, and this many failing
// lines after the last passing one mean the stream has broken beyond repair.
const (
	streamMaxLines    = 8
	streamBrokenLines = 4
)

// streamingGate decides, line by line as the model streams, when to stop: as soon as the
// text passes the gate and forms a complete unit (it ends by closing a block, or is long
// enough) and the next line does not continue the construct (ELSE after END_IF's
// branch, else after end), or when it has stayed broken for several lines (the gate then
// truncates it to its last passing prefix). The backend calls it for each candidate in
// turn; a text that does not extend the last one starts a new candidate.
func streamingGate(ctx context.Context, gate func() *Gate, p Pack) func(string) (int, bool) {
	closers := blockClosers(p)
	cont, _ := p.(Continuations)
	var last string
	lastPass := -1
	unit := -1 // length of a complete passing unit waiting for the next line, or -1
	return func(text string) (int, bool) {
		if !strings.HasPrefix(text, last) {
			lastPass, unit = -1, -1
		}
		last = text
		lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
		n := len(lines)
		if unit >= 0 {
			if cont == nil || !cont.Continues(lines[n-1]) {
				return unit, true
			}
			unit = -1
		}
		v := gate().Vet(ctx, text) // the request's context: a cancelled suggestion stops vetting
		if v.Reason == "" && v.Text == text {
			lastPass = n
			first := strings.Fields(lines[n-1])
			closes := len(first) > 0 && closers[strings.ToUpper(strings.TrimRight(first[0], ";"))]
			if closes || n >= streamMaxLines {
				if cont == nil {
					return len(text), true
				}
				unit = len(text)
			}
			return 0, false
		}
		return len(text), lastPass >= 0 && n-lastPass >= streamBrokenLines
	}
}

// blockClosers lists a pack's block-closing keywords, upper case; the map is shared, read only.
func blockClosers(p Pack) map[string]bool {
	if m, ok := closersByPack.Load(p.ID()); ok {
		return m.(map[string]bool) // asked on every multi-line request
	}
	out := map[string]bool{}
	if bk, ok := p.(BlockKeywords); ok {
		for _, pair := range bk.BlockPairs() {
			out[strings.ToUpper(pair[1])] = true
		}
	}
	closersByPack.Store(p.ID(), out)
	return out
}

// closersByPack holds blockClosers' map per pack ID.
var closersByPack sync.Map

// Rooted is a Workspace that knows its project roots.
type Rooted interface {
	Roots() []string
}

// relativeSources names files in context blocks relative to the project root: absolute
// paths would tell a remote model host the user's name and folder layout. A path outside
// every root keeps only its name under the home folder ("~/…").
func relativeSources(blocks []Block, ws Workspace) []Block {
	var prefixes []string
	if r, ok := ws.(Rooted); ok {
		for _, root := range r.Roots() {
			if root != "" && root != string(filepath.Separator) {
				prefixes = append(prefixes, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator))
			}
		}
	}
	sort.Slice(prefixes, func(i, j int) bool { return len(prefixes[i]) > len(prefixes[j]) }) // the deepest root first
	home, _ := os.UserHomeDir()
	rel := func(s string) string {
		for _, p := range prefixes {
			s = strings.ReplaceAll(s, p, "")
		}
		if home != "" && home != string(filepath.Separator) {
			s = strings.ReplaceAll(s, strings.TrimSuffix(home, string(filepath.Separator))+string(filepath.Separator), "~"+string(filepath.Separator))
		}
		return s
	}
	out := make([]Block, len(blocks))
	for i, b := range blocks {
		b.Source, b.Text = rel(b.Source), rel(b.Text)
		out[i] = b
	}
	return out
}
