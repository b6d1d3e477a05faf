// Package retrieval finds code in the workspace related to the cursor, for the prompt:
// chunks of other files ranked by BM25 over identifiers, above a relevance threshold so weak
// matches stay out. Documentation folders from the settings are indexed the same way.
package retrieval

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/privacy"
	"github.com/gantry-dev/gantry/codegen/retrieval/embedding"
	"github.com/gantry-dev/gantry/codegen/source"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

// Chunking and ranking parameters.
const (
	chunkLines   = 16
	chunkStride  = 8
	queryRadius  = 8 // lines around the cursor that make the query
	maxChunks    = 20000
	k1, b        = 1.2, 0.75
	docMaxSize   = 1 << 20
	minQueryTerm = 3
)

// Chunk is a window of lines of one file.
type Chunk struct {
	Path   string
	Line   int // 1-based first line
	Text   string
	masked string // Text with secrets masked: what may be sent for embedding
	terms  map[string]int
	length int
}

// Index is a BM25 index over chunks.
type Index struct {
	chunks []Chunk
	df     map[string]int
	avgLen float64
}

// Terms splits text into lower-case identifier terms of at least three characters.
func Terms(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') }) {
		if len(f) >= minQueryTerm && !unicode.IsDigit(rune(f[0])) {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}

// Build indexes texts by path.
func Build(files map[string]string) *Index {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var all [][]Chunk
	for _, p := range paths {
		all = append(all, chunksOf(p, files[p], false))
	}
	return buildIndex(all)
}

// chunksOf cuts one file into overlapping windows of lines with their terms; masked texts
// are computed only when they may be sent for embedding.
func chunksOf(path, text string, mask bool) []Chunk {
	var out []Chunk
	lines := strings.Split(text, "\n")
	for start := 0; start < len(lines); start += chunkStride {
		end := min(start+chunkLines, len(lines))
		t := strings.Join(lines[start:end], "\n")
		if strings.TrimSpace(t) != "" {
			c := Chunk{Path: path, Line: start + 1, Text: t, terms: map[string]int{}}
			if mask {
				c.masked, _ = privacy.Text(t)
			}
			for _, term := range Terms(t) {
				c.terms[term]++
				c.length++
			}
			out = append(out, c)
		}
		if end == len(lines) {
			break
		}
	}
	return out
}

func buildIndex(files [][]Chunk) *Index {
	ix := &Index{df: map[string]int{}}
	total := 0
	for _, chunks := range files {
		for _, c := range chunks {
			if len(ix.chunks) >= maxChunks {
				break
			}
			for t := range c.terms {
				ix.df[t]++
			}
			total += c.length
			ix.chunks = append(ix.chunks, c)
		}
	}
	if len(ix.chunks) > 0 {
		ix.avgLen = float64(total) / float64(len(ix.chunks))
	}
	return ix
}

// Hit is a ranked chunk.
type Hit struct {
	Chunk
	Score float64
}

// Search ranks chunks against query terms, skipping chunks of exclude that overlap
// [excludeFrom, excludeTo] (the cursor's own neighbourhood), and keeps those scoring at
// least minScore.
func (ix *Index) Search(query []string, exclude string, excludeFrom, excludeTo int, limit int, minScore float64) []Hit {
	q := map[string]bool{}
	for _, t := range query {
		q[t] = true
	}
	n := float64(len(ix.chunks))
	var hits []Hit
	for _, c := range ix.chunks {
		if c.Path == exclude && c.Line <= excludeTo && c.Line+chunkLines >= excludeFrom {
			continue
		}
		score := 0.0
		for t := range q {
			tf := float64(c.terms[t])
			if tf == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(ix.df[t])+0.5)/(float64(ix.df[t])+0.5))
			score += idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(c.length)/ix.avgLen))
		}
		if score >= minScore {
			hits = append(hits, Hit{Chunk: c, Score: score})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	// One chunk per file region: overlapping windows say the same thing.
	var out []Hit
	for _, h := range hits {
		dup := false
		for _, o := range out {
			if o.Path == h.Path && abs(o.Line-h.Line) < chunkLines {
				dup = true
			}
		}
		if !dup {
			out = append(out, h)
		}
		if len(out) == limit {
			break
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Retriever keeps an index of the workspace per language, rebuilt when files change.
type Retriever struct {
	Workspace codegen.Workspace
	// Docs are extra folders (coding standards, machine manuals: .txt, .md) to index.
	Docs []string
	// MinScore is the relevance threshold; Limit the number of chunks returned.
	MinScore float64
	Limit    int
	// Semantic, when set, adds chunks similar by embedding (the model host's embed API);
	// it ranks only chunks already embedded, which a background warm-up fills.
	Semantic *embedding.Ranker

	mu       sync.Mutex
	cache    map[string]cached     // by language and current file
	files    map[string]fileChunks // by path: rebuilt only when the file changes
	docFiles []docFile
	docsAt   time.Time
}

// warmLimit bounds one background embedding pass.
const warmLimit = 10 * time.Minute

type cached struct {
	key string
	ix  *Index
}

// Related returns context blocks related to the cursor of path at byte offset.
func (r *Retriever) Related(ctx context.Context, lang, path string, text []byte, offset int) []codegen.Block {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs // workspace paths are absolute
	}
	ix := r.index(ctx, lang, path)
	if ix == nil || len(ix.chunks) == 0 {
		return nil
	}
	// The query is the lines around the cursor: only they are read, not a large file.
	line := bytes.Count(text[:offset], []byte("\n")) + 1
	around := string(lastLines(text[:offset], queryRadius)) + string(firstLines(text[offset:], queryRadius))
	query := Terms(around)
	limit, minScore := r.Limit, r.MinScore
	if limit == 0 {
		limit = 2
	}
	if minScore == 0 {
		minScore = 4
	}
	var out []codegen.Block
	hits := ix.Search(query, path, line-queryRadius, line+queryRadius, limit, minScore)
	for _, h := range hits {
		out = append(out, block(h.Chunk))
	}
	if r.Semantic != nil {
		queryText, _ := privacy.Text(around)
		var cands []embedding.Chunk
		byKey := map[string]Chunk{}
		for _, c := range ix.chunks {
			if c.Path == path && c.Line <= line+queryRadius && c.Line+chunkLines >= line-queryRadius {
				continue
			}
			cands = append(cands, embedding.Chunk{Path: c.Path, Line: c.Line, Text: c.masked})
			byKey[fmt.Sprint(c.Path, c.Line)] = c
		}
		sem, err := r.Semantic.Rank(ctx, queryText, cands)
		if err == nil {
			for _, h := range sem {
				if overlaps(hits, h.Path, h.Line) {
					continue // lexical hits come first; the same region once
				}
				out = append(out, block(byKey[fmt.Sprint(h.Path, h.Line)]))
			}
		}
	}
	return out
}

// lastLines is b's last n lines ("\n"-separated), the text before the first of them cut.
func lastLines(b []byte, n int) []byte {
	if n <= 0 {
		return nil
	}
	i := len(b)
	for k := 0; k < n; k++ {
		j := bytes.LastIndexByte(b[:i], '\n')
		if j < 0 {
			return b
		}
		i = j
	}
	return b[i+1:]
}

// firstLines is b's first n lines, without the break after the last of them.
func firstLines(b []byte, n int) []byte {
	if n <= 0 {
		return nil
	}
	i := 0
	for k := 0; k < n; k++ {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return b
		}
		i += j + 1
	}
	return b[:i-1]
}

func block(c Chunk) codegen.Block {
	end := c.Line + strings.Count(c.Text, "\n")
	return codegen.Block{Source: fmt.Sprintf("%s:%d-%d", c.Path, c.Line, end), Text: c.Text}
}

func overlaps(hits []Hit, path string, line int) bool {
	for _, h := range hits {
		if h.Path == path && abs(h.Line-line) < chunkLines {
			return true
		}
	}
	return false
}

// maxRetrievedFiles bounds the project files read for related code.
const maxRetrievedFiles = 500

// textFiler is a workspace that hands out its files as text without parsing them
// (workspace.Workspace.TextFiles).
type textFiler interface {
	TextFiles(ctx context.Context, lang, near string, limit int) []codegen.WorkspaceFile
}

func (r *Retriever) index(ctx context.Context, lang, exclude string) *Index {
	type source struct{ path, key, text string }
	var sources []source
	if r.Workspace != nil {
		var files []codegen.WorkspaceFile
		if tf, ok := r.Workspace.(textFiler); ok {
			// Chunks need the text only: nothing is parsed; related code lives near the
			// file, so the nearest folders are read first and the rest not at all.
			files = tf.TextFiles(ctx, lang, exclude, maxRetrievedFiles)
		} else {
			files = r.Workspace.Files(ctx, lang)
		}
		for _, wf := range files {
			if wf.Path == exclude {
				continue // the cursor's own file is in the prompt already, and changes per keystroke
			}
			text := wf.File.Bytes()
			if wf.File.Regions != nil {
				// A project file's code only, on its own lines: no XML, GUIDs or LineIds.
				text, _ = syntax.CodeOnly(text, wf.File.Regions(text))
			}
			sources = append(sources, source{wf.Path, fmt.Sprintf("%p", wf.File), string(text)})
		}
	}
	for _, d := range r.docs() {
		sources = append(sources, source{d.path, d.key, d.text})
	}
	sort.Slice(sources, func(i, j int) bool { return sources[i].path < sources[j].path })
	var key strings.Builder
	for _, src := range sources {
		key.WriteString(src.path + ":" + src.key + ";")
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cache == nil {
		r.cache, r.files = map[string]cached{}, map[string]fileChunks{}
	}
	ck := lang + "|" + exclude
	if c, ok := r.cache[ck]; ok && c.key == key.String() {
		return c.ix
	}
	mask := r.Semantic != nil
	var all [][]Chunk
	var fresh []string
	for _, src := range sources {
		fc, ok := r.files[src.path]
		if !ok || fc.key != src.key {
			fc = fileChunks{key: src.key, chunks: chunksOf(src.path, src.text, mask)}
			r.files[src.path] = fc
			for _, c := range fc.chunks {
				fresh = append(fresh, c.masked)
			}
		}
		all = append(all, fc.chunks)
	}
	ix := buildIndex(all)
	if len(r.cache) > 32 {
		r.cache = map[string]cached{} // one entry per (language, current file): keep it small
	}
	r.cache[ck] = cached{key: key.String(), ix: ix}
	if mask && len(fresh) > 0 {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), warmLimit)
			defer cancel()
			_ = r.Semantic.Warm(ctx, fresh) // best effort: lexical retrieval works without it
		}()
	}
	return ix
}

type fileChunks struct {
	key    string
	chunks []Chunk
}

type docFile struct{ path, key, text string }

// docsRefresh bounds how often the documentation folders are walked again.
const docsRefresh = 10 * time.Second

// docs returns the documentation files, re-reading the folders at most every docsRefresh.
func (r *Retriever) docs() []docFile {
	r.mu.Lock()
	if time.Since(r.docsAt) < docsRefresh && r.docsAt != (time.Time{}) {
		defer r.mu.Unlock()
		return r.docFiles
	}
	r.mu.Unlock()
	var out []docFile
	for _, dir := range r.Docs {
		_ = source.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(p))
			if ext != ".md" && ext != ".txt" && ext != ".rst" {
				return nil
			}
			if info, err := d.Info(); err == nil && info.Size() <= docMaxSize {
				if b, err := os.ReadFile(p); err == nil {
					out = append(out, docFile{p, fmt.Sprintf("%d:%d", info.Size(), info.ModTime().UnixNano()), string(b)})
				}
			}
			return nil
		})
	}
	r.mu.Lock()
	r.docFiles, r.docsAt = out, time.Now()
	r.mu.Unlock()
	return out
}
