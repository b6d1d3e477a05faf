package provenance

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// LedgerFile is the ledger's path relative to the workspace root.
const LedgerFile = ".gantry/ledger.jsonl"

// Entry records one accepted suggestion.
type Entry struct {
	File      string `json:"file"` // relative to the workspace root, slash-separated
	StartLine int    `json:"startLine"`
	EndLine   int    `json:"endLine"` // 1-based, inclusive
	Hash      string `json:"sha256"`  // of the inserted text
	// Column (bytes into StartLine, 0-based) and Length (bytes) place the inserted text, so
	// a check can find it again after edits above it; entries without them are taken as
	// recorded.
	Column   int       `json:"column,omitempty"`
	Length   int       `json:"length,omitempty"`
	Model    string    `json:"model"`
	Language string    `json:"language"`
	Time     time.Time `json:"time"`
}

// Hash returns the hex SHA-256 of text.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Append adds an entry to the ledger under root.
func Append(root string, e Entry) error {
	p := filepath.Join(root, filepath.FromSlash(LedgerFile))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	b, _ := json.Marshal(e)
	_, err = f.Write(append(b, '\n'))
	return err
}

// Ledger is a loaded ledger.
type Ledger struct {
	Root    string
	Entries []Entry
}

// FindLedger walks up from dir to the first ledger, or returns nil.
func FindLedger(dir string) (*Ledger, error) {
	dir, _ = filepath.Abs(dir)
	for {
		p := filepath.Join(dir, filepath.FromSlash(LedgerFile))
		f, err := os.Open(p)
		if err == nil {
			defer f.Close()
			l := &Ledger{Root: dir}
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 64<<10), 1<<20)
			for sc.Scan() {
				var e Entry
				if json.Unmarshal(sc.Bytes(), &e) == nil {
					l.Entries = append(l.Entries, e)
				}
			}
			return l, sc.Err()
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
}

// Regions returns the AI-written line ranges of a file whose current text is text, 1-based
// inclusive. A region whose text moved (lines added or removed above it) is found again by
// its hash, the nearest place first; one whose text no longer exists (the engineer edited
// it) is dropped: what is there now is not the model's.
func (l *Ledger) Regions(path string, text []byte) [][2]int {
	abs, _ := filepath.Abs(path)
	rel, err := filepath.Rel(l.Root, abs)
	if err != nil {
		return nil
	}
	rel = filepath.ToSlash(rel)
	var out [][2]int
	for _, e := range l.Entries {
		if e.File != rel {
			continue
		}
		if e.Length <= 0 || text == nil {
			out = append(out, [2]int{e.StartLine, e.EndLine})
			continue
		}
		if start, ok := locate(text, e); ok {
			out = append(out, [2]int{start, start + e.EndLine - e.StartLine})
		}
	}
	return out
}

// locate finds the 1-based line where e's text starts now: at its recorded line if it is
// still there, else at the same column of the nearest line where the bytes hash the same.
func locate(text []byte, e Entry) (int, bool) {
	var starts []int
	starts = append(starts, 0)
	for i, c := range text {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	matches := func(line int) bool { // 1-based
		if line < 1 || line > len(starts) {
			return false
		}
		off := starts[line-1] + e.Column
		if off+e.Length > len(text) {
			return false
		}
		return Hash(string(text[off:off+e.Length])) == e.Hash
	}
	for d := 0; d <= len(starts); d++ {
		if matches(e.StartLine - d) {
			return e.StartLine - d, true
		}
		if d > 0 && matches(e.StartLine+d) {
			return e.StartLine + d, true
		}
	}
	return 0, false
}
