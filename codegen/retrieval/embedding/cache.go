// Package embedding ranks workspace chunks by the similarity of their embeddings to
// the text at the cursor. Vectors come from the model host (codegen.Embedder, e.g.
// Ollama's /api/embed) and are kept on disk per model, keyed by the SHA-256 of the
// chunk text, so a restart does not embed the workspace again.
//
// It imports nothing from codegen/retrieval so that retrieval can import it.
package embedding

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// DefaultMaxBytes bounds one model's cache file, and so the memory it takes: about
// 20,000 chunks of a 768-dimension model.
const DefaultMaxBytes = 64 << 20

const magic = "gantry-embeddings 1\n"

// DefaultDir is os.UserCacheDir()/gantry/embeddings.
func DefaultDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(base, "gantry", "embeddings"), nil
}

// Cache holds the vectors of one embedding model, in memory and in an append-only
// file of checksummed records. The file is read once at Open; each new vector is one
// append. When the file would pass its bound it is rewritten with the newest half.
type Cache struct {
	model    string
	path     string
	maxBytes int64

	mu    sync.Mutex
	vecs  map[[32]byte][]float32
	order [][32]byte // oldest first, for compaction
	size  int64      // bytes in the file
	f     *os.File
}

// Open loads (or creates) the cache of model in dir; dir "" means DefaultDir and
// maxBytes 0 means DefaultMaxBytes. A damaged tail (a crash mid-append) is cut off.
func Open(dir, model string, maxBytes int64) (*Cache, error) {
	if model == "" {
		return nil, errors.New("embedding cache: no model name")
	}
	if dir == "" {
		d, err := DefaultDir()
		if err != nil {
			return nil, fmt.Errorf("embedding cache: %w", err)
		}
		dir = d
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("embedding cache: %w", err)
	}
	c := &Cache{model: model, path: filepath.Join(dir, fileName(model)), maxBytes: maxBytes, vecs: map[[32]byte][]float32{}}
	if err := c.load(); err != nil {
		return nil, fmt.Errorf("embedding cache %s: %w", c.path, err)
	}
	return c, nil
}

// fileName is readable and unique per model: names may hold ':' and '/'.
func fileName(model string) string {
	safe := strings.Map(func(r rune) rune {
		if r < 128 && (r == '.' || r == '-' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return r
		}
		return '_'
	}, model)
	sum := sha256.Sum256([]byte(model))
	return safe + "-" + hex.EncodeToString(sum[:4]) + ".vec"
}

func (c *Cache) header() []byte { return []byte(magic + c.model + "\n") }

func (c *Cache) load() error {
	data, err := os.ReadFile(c.path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	good := 0
	if h := c.header(); bytes.HasPrefix(data, h) {
		good = len(h)
		for good < len(data) {
			key, vec, n := decode(data[good:])
			if n == 0 {
				break
			}
			c.put(key, vec)
			good += n
		}
	}
	if good == 0 || good < len(data) || int64(good) > c.maxBytes {
		return c.rewrite() // new, foreign, damaged or over its bound
	}
	c.size = int64(good)
	c.f, err = os.OpenFile(c.path, os.O_WRONLY|os.O_APPEND, 0o644)
	return err
}

func (c *Cache) put(key [32]byte, vec []float32) {
	if _, ok := c.vecs[key]; !ok {
		c.order = append(c.order, key)
	}
	c.vecs[key] = vec
}

// Record: key[32] | dims uint32 | dims × float32 | crc32 of all before. Little endian.
func encode(key [32]byte, vec []float32) []byte {
	b := make([]byte, 0, 40+4*len(vec))
	b = append(b, key[:]...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(vec)))
	for _, x := range vec {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// decode reads one record; n is 0 when b does not start with a whole, intact one.
func decode(b []byte) (key [32]byte, vec []float32, n int) {
	if len(b) < 36 {
		return key, nil, 0
	}
	dims := binary.LittleEndian.Uint32(b[32:])
	if dims > 1<<16 || len(b) < 40+4*int(dims) {
		return key, nil, 0
	}
	n = 40 + 4*int(dims)
	if crc32.ChecksumIEEE(b[:n-4]) != binary.LittleEndian.Uint32(b[n-4:]) {
		return key, nil, 0
	}
	copy(key[:], b)
	vec = make([]float32, dims)
	for i := range vec {
		vec[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[36+4*i:]))
	}
	return key, vec, n
}

// rewrite replaces the file with the header and the newest entries that fill at most
// half the bound (all of them when they fit), through a rename so a crash leaves
// either file whole.
func (c *Cache) rewrite() error {
	if c.f != nil {
		c.f.Close()
		c.f = nil
	}
	budget := c.maxBytes / 2
	size := int64(len(c.header()))
	keep := len(c.order)
	for i := len(c.order) - 1; i >= 0; i-- {
		n := int64(40 + 4*len(c.vecs[c.order[i]]))
		if size+n > budget {
			break
		}
		size += n
		keep = i
	}
	for _, k := range c.order[:keep] {
		delete(c.vecs, k)
	}
	c.order = append([][32]byte(nil), c.order[keep:]...)

	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".vec-*")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	w.Write(c.header())
	for _, k := range c.order {
		w.Write(encode(k, c.vecs[k]))
	}
	if err := errors.Join(w.Flush(), tmp.Close()); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), c.path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	c.size = size
	c.f, err = os.OpenFile(c.path, os.O_WRONLY|os.O_APPEND, 0o644)
	return err
}

// Key is what a chunk text is cached under.
func Key(text string) [32]byte { return sha256.Sum256([]byte(text)) }

// Model is the embedding model the vectors belong to.
func (c *Cache) Model() string { return c.model }

// Len is the number of cached vectors.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.vecs)
}

// Get returns the cached vector of text.
func (c *Cache) Get(text string) ([]float32, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.vecs[Key(text)]
	return v, ok
}

// Put stores the vector of text, in memory and on disk. A failing disk only costs the
// persistence: the vector stays usable in this process.
func (c *Cache) Put(text string, vec []float32) error {
	if len(vec) == 0 {
		return nil
	}
	key := Key(text)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.vecs[key]; ok {
		return nil
	}
	c.put(key, vec)
	rec := encode(key, vec)
	if c.size+int64(len(rec)) > c.maxBytes {
		return c.rewrite() // drops the oldest, keeps (and writes) this one
	}
	if c.f == nil {
		return errors.New("embedding cache: closed")
	}
	// One write per record: with O_APPEND another process's records never interleave
	// with ours, and the checksum catches the rest.
	if _, err := c.f.Write(rec); err != nil {
		return err
	}
	c.size += int64(len(rec))
	return nil
}

// Close releases the file; the vectors in memory stay readable.
func (c *Cache) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.f == nil {
		return nil
	}
	err := c.f.Close()
	c.f = nil
	return err
}

var _ io.Closer = (*Cache)(nil)
